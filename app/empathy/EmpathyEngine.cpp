#include "EmpathyEngine.h"

#include "core/CallSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace attune {

namespace {

// How much of an earlier cue is still felt when the next line is calmer: one calm sentence
// after shouting does not mean the customer has calmed down.
constexpr double kCarryOver = 0.6;
constexpr double kNoticeable = 0.15;

QList<Cue> blend(const QList<Cue>& previous, const QList<Cue>& latest)
{
    QList<Cue> merged = latest;
    for (const Cue& earlier : previous) {
        const double faded = earlier.intensity * kCarryOver;
        if (faded < kNoticeable)
            continue;
        auto same = std::find_if(merged.begin(), merged.end(),
                                 [&](const Cue& cue) { return cue.kind == earlier.kind; });
        if (same == merged.end()) {
            Cue carried = earlier;
            carried.intensity = faded;
            merged.append(carried);
        } else if (same->intensity < faded) {
            same->intensity = faded;
        }
    }
    std::sort(merged.begin(), merged.end(),
              [](const Cue& a, const Cue& b) { return a.intensity > b.intensity; });
    return merged;
}

constexpr Cue::Kind kAllKinds[] = {Cue::Kind::Frustration, Cue::Kind::Anxiety,
                                   Cue::Kind::Sadness,     Cue::Kind::Confusion,
                                   Cue::Kind::Urgency,     Cue::Kind::Gratitude};

double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

} // namespace

QJsonObject cueReadingObject(const CueReading& reading)
{
    QJsonObject cues;
    for (Cue::Kind kind : kAllKinds)
        cues.insert(cueKindName(kind), 0.0);
    for (const Cue& cue : reading.cues)
        cues.insert(cueKindName(cue.kind), rounded(cue.intensity));
    QJsonObject object{{QStringLiteral("negative"), reading.negative},
                       {QStringLiteral("positive"), reading.positive},
                       {QStringLiteral("intensity"), rounded(reading.intensity)},
                       {QStringLiteral("cues"), cues},
                       {QStringLiteral("evidence"), QJsonArray::fromStringList(reading.evidence)}};
    if (!reading.language.isEmpty())
        object.insert(QStringLiteral("language"), reading.language);
    return object;
}

QByteArray cueReadingJson(const CueReading& reading)
{
    // Written by hand rather than through QJsonDocument: the keys come in the documented order
    // and `attune cues` keeps up with a speech-analytics export (see cues_lines_per_s).
    const auto number = [](double value) { return QByteArray::number(rounded(value), 'g', 6); };
    const auto string = [](const QString& text) {
        QByteArray quoted = "\"";
        for (const char c : text.toUtf8()) {
            if (c == '"' || c == '\\') {
                quoted += '\\';
                quoted += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                quoted += "\\u00";
                quoted += "0123456789abcdef"[(c >> 4) & 0xf];
                quoted += "0123456789abcdef"[c & 0xf];
            } else {
                quoted += c;
            }
        }
        return quoted + '"';
    };
    QByteArray json;
    json.reserve(200);
    json += "{\"negative\":";
    json += reading.negative ? "true" : "false";
    json += ",\"positive\":";
    json += reading.positive ? "true" : "false";
    json += ",\"intensity\":" + number(reading.intensity) + ",\"cues\":{";
    bool first = true;
    for (Cue::Kind kind : kAllKinds) {
        if (!first)
            json += ',';
        first = false;
        json += string(cueKindName(kind)) + ':' + number(reading.level(kind));
    }
    json += "},\"evidence\":[";
    for (qsizetype i = 0; i < reading.evidence.size(); ++i) {
        if (i > 0)
            json += ',';
        json += string(reading.evidence.at(i));
    }
    json += ']';
    if (!reading.language.isEmpty())
        json += ",\"language\":" + string(reading.language);
    json += '}';
    return json;
}

EmpathyEngine::EmpathyEngine(const CueDetector& detector, const PhraseLibrary& library)
    : m_detector(detector)
    , m_reader(&detector)
    , m_baseLibrary(library)
    , m_suggester(library)
{}

void EmpathyEngine::restore(const QSet<QString>& starred, const PhraseLearning& learning,
                            const QList<Phrase>& personalPhrases)
{
    {
        std::lock_guard lock(m_mutex);
        m_suggester.setLibrary(m_baseLibrary.withExtra(personalPhrases));
        m_suggester.setLearning(learning);
        for (const QString& id : starred)
            m_suggester.setStarred(id, true);
        refreshLocked();
    }
    publish();
}

QList<Phrase> EmpathyEngine::personalPhrases() const
{
    std::lock_guard lock(m_mutex);
    QList<Phrase> personal;
    for (const Phrase& phrase : m_suggester.library().phrases()) {
        if (m_baseLibrary.indexOf(phrase.id) < 0)
            personal.append(phrase);
    }
    return personal;
}

void EmpathyEngine::addPersonalPhrase(const Phrase& phrase)
{
    QList<Phrase> personal = personalPhrases();
    personal.append(phrase);
    {
        std::lock_guard lock(m_mutex);
        m_suggester.setLibrary(m_baseLibrary.withExtra(personal));
        refreshLocked();
    }
    publish();
}

void EmpathyEngine::setCustomerContext(const QString& callId, const PhraseContext& context)
{
    {
        std::lock_guard lock(m_mutex);
        if (callId != m_snapshot.callId)
            return; // a lookup for a call that is already over
        m_context = context;
        // The profile's language counts when the call source did not say one.
        if (!m_language.isFixed() && !cueLanguageOf(context.language).isEmpty()) {
            m_language.setFixed(context.language);
            m_snapshot.language = m_language.current();
            m_snapshot.languageFixed = true;
        }
        refreshLocked();
    }
    publish();
}

void EmpathyEngine::removePersonalPhrase(const QString& phraseId)
{
    QList<Phrase> personal = personalPhrases();
    personal.removeIf([&phraseId](const Phrase& phrase) { return phrase.id == phraseId; });
    {
        std::lock_guard lock(m_mutex);
        m_suggester.setLibrary(m_baseLibrary.withExtra(personal));
        refreshLocked();
    }
    publish();
}

void EmpathyEngine::attach(CallSession& session)
{
    m_connections.emplace_back(
        session.ringing.connect([this](const Call& call, qint64) { onRinging(call); }));
    m_connections.emplace_back(session.answered.connect([this](const Call& call) {
        {
            std::lock_guard lock(m_mutex);
            m_answeredAtMs = call.answeredAtMonotonicMs;
        }
    }));
    m_connections.emplace_back(session.utteranceAdded.connect(
        [this](const Call& call, const Utterance& line, bool) { onUtterance(call, line); }));
    m_connections.emplace_back(session.ended.connect([this](const Call&) {
        {
            std::lock_guard lock(m_mutex);
            m_snapshot.moment = CallMoment::Closing;
            m_snapshot.suggestions.clear();
        }
        publish();
        publishLearning();
    }));
}

void EmpathyEngine::onRinging(const Call& call)
{
    {
        std::lock_guard lock(m_mutex);
        m_suggester.startCall();
        m_arc = CallArc();
        m_answeredAtMs = 0;
        m_customerLines = 0;
        m_context = PhraseContext();
        // Until the profile store exists, the name the call source sent is all we have.
        m_context.preferredName = call.caller.displayName.section(QLatin1Char(' '), 0, 0);
        m_snapshot = EmpathySnapshot();
        m_snapshot.callId = call.id;
        m_language = CallLanguage();
        m_language.setFixed(call.caller.language);
        m_snapshot.language = m_language.current();
        m_snapshot.languageFixed = m_language.isFixed();
        refreshLocked();
    }
    publish();
}

void EmpathyEngine::onUtterance(const Call& call, const Utterance& line)
{
    // Only the customer's finished lines: partial lines flicker, and the agent's own words are
    // never read for emotion.
    if (!line.isFinal)
        return;
    if (line.speaker == Utterance::Speaker::Agent) {
        std::lock_guard lock(m_mutex);
        if (call.id == m_snapshot.callId)
            noticeUsedLocked(line.text);
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        if (call.id != m_snapshot.callId)
            return;
        // The language model and detector load on the first customer line, not at start-up.
        const QString language =
            m_language.observe(line.text, CueModels::shared().detector().get());
        const CueReading reading = m_reader.read(line.text, language);
        m_snapshot.language = language;
        m_arc.add(line.atMonotonicMs, reading);
        ++m_customerLines;
        m_snapshot.activeCues = blend(m_snapshot.activeCues, reading.cues);
        m_snapshot.latest = reading;
        m_snapshot.arcPeak = m_arc.peakIntensity();
        m_snapshot.arcPeakAtMs = m_arc.peakAtMs();
        m_snapshot.arcPeakKind = m_arc.peakKind();
        m_snapshot.calmedDown = m_arc.calmedDown();
        if (m_customerLines <= 1)
            m_snapshot.moment = CallMoment::Opening;
        else if (m_snapshot.arcPeak >= 0.5 && m_snapshot.calmedDown)
            m_snapshot.moment = CallMoment::Resolution;
        else
            m_snapshot.moment = CallMoment::Discovery;
        refreshLocked();
    }
    publish();
}

void EmpathyEngine::refreshLocked()
{
    // Nothing to suggest between calls; settings and restored choices apply from the next one.
    if (m_snapshot.callId.isEmpty() || m_snapshot.moment == CallMoment::Closing) {
        m_snapshot.suggestions.clear();
        return;
    }
    m_snapshot.suggestions =
        m_suggester.suggest(m_snapshot.activeCues, m_snapshot.moment, m_context);
    m_snapshot.snoozed = m_suggester.isSnoozed();
    m_snapshot.budgetSpent = m_suggester.isBudgetSpent();
}

void EmpathyEngine::publish()
{
    // Snapshot and emit under one lock, so two threads cannot announce their states in the
    // opposite order and leave a view on the older one.
    std::lock_guard lock(m_publishMutex);
    changed(snapshot());
}

EmpathySnapshot EmpathyEngine::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

CallArc EmpathyEngine::arc() const
{
    std::lock_guard lock(m_mutex);
    return m_arc;
}

namespace {

QSet<QString> wordsOf(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w']+"));
    QSet<QString> words;
    for (const QString& word : text.toLower().split(separators, Qt::SkipEmptyParts))
        words.insert(word);
    return words;
}

} // namespace

void EmpathyEngine::noticeUsedLocked(const QString& agentLine)
{
    // Agents paraphrase; most of a suggestion's words in their line is close enough to count
    // as used. Only the words are compared: nothing about the agent's feelings is read.
    constexpr double kMostOfIt = 0.6;
    const QSet<QString> said = wordsOf(agentLine);
    for (const Suggestion& suggestion : std::as_const(m_snapshot.suggestions)) {
        QSet<QString> words = wordsOf(suggestion.text);
        const qsizetype total = words.size();
        if (total < 3)
            continue;
        if (double(words.intersect(said).size()) / double(total) >= kMostOfIt) {
            m_suggester.recordUsed(suggestion.phraseId);
            if (!m_snapshot.usedThisCall.contains(suggestion.text))
                m_snapshot.usedThisCall << suggestion.text;
        }
    }
}

void EmpathyEngine::publishLearning()
{
    PhraseLearning learning;
    {
        std::lock_guard lock(m_mutex);
        learning = m_suggester.learning();
    }
    learningChanged(learning);
}

void EmpathyEngine::markCopied(const QString& phraseId)
{
    {
        std::lock_guard lock(m_mutex);
        m_suggester.recordCopied(phraseId);
        for (const Suggestion& shown : std::as_const(m_snapshot.suggestions)) {
            if (shown.phraseId == phraseId && !m_snapshot.usedThisCall.contains(shown.text))
                m_snapshot.usedThisCall << shown.text;
        }
    }
    publishLearning();
}

void EmpathyEngine::markDismissed(const QString& phraseId)
{
    {
        std::lock_guard lock(m_mutex);
        m_suggester.recordDismissed(phraseId);
        refreshLocked();
    }
    publish();
    publishLearning();
}

void EmpathyEngine::setStarred(const QString& phraseId, bool starred)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_suggester.isStarred(phraseId) == starred)
            return;
        m_suggester.setStarred(phraseId, starred);
    }
    starredChanged(phraseId, starred);
}

bool EmpathyEngine::isStarred(const QString& phraseId) const
{
    std::lock_guard lock(m_mutex);
    return m_suggester.isStarred(phraseId);
}

void EmpathyEngine::setMutedTechniques(const QStringList& techniqueNames)
{
    {
        std::lock_guard lock(m_mutex);
        for (int i = 0; i < kTechniqueCount; ++i)
            m_suggester.setTechniqueMuted(
                Technique(i), techniqueNames.contains(QString(techniqueName(Technique(i)))));
        refreshLocked();
    }
    publish();
}

void EmpathyEngine::setPromptBudget(int refreshes)
{
    std::lock_guard lock(m_mutex);
    m_suggester.setPromptBudget(refreshes);
}

QList<Suggestion> EmpathyEngine::moreLike(const QString& phraseId, int count) const
{
    std::lock_guard lock(m_mutex);
    return m_suggester.similar(phraseId, m_context, count);
}

void EmpathyEngine::setSnoozed(bool snoozed)
{
    {
        std::lock_guard lock(m_mutex);
        m_suggester.setSnoozed(snoozed);
        refreshLocked();
    }
    publish();
}

} // namespace attune
