#include "empathy/CompactEngineData.h"
#include "empathy/CueDetector.h"
#include "empathy/PhraseLibrary.h"
#include "practice/PracticeScenario.h"

#include <QFile>
#include <QTest>
#include <QtEndian>

#include <cstring>

using namespace attune;

namespace {

const QStringList kLocales{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("de"),
                           QStringLiteral("fr"), QStringLiteral("pt_BR")};

QByteArray resource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Lexicon jsonLexicon()
{
    Lexicon lexicon;
    QString error;
    if (!Lexicon::loadFile(QStringLiteral(":/lexicons/en.json"), &lexicon, &error))
        qFatal("the built-in lexicon does not load: %s", qPrintable(error));
    return lexicon;
}

bool sameHits(const QList<Lexicon::Hit>& a, const QList<Lexicon::Hit>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).kind != b.at(i).kind || a.at(i).weight != b.at(i).weight)
            return false;
    }
    return true;
}

void compareLexicons(const Lexicon& a, const Lexicon& b)
{
    QCOMPARE(a.locale, b.locale);
    QCOMPARE(a.terms.size(), b.terms.size());
    for (auto it = a.terms.cbegin(); it != a.terms.cend(); ++it) {
        QVERIFY2(b.terms.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(sameHits(it.value(), b.terms.value(it.key())), qPrintable(it.key()));
    }
    QCOMPARE(a.termPrefixes, b.termPrefixes);
    QCOMPARE(a.symbolTerms, b.symbolTerms);
    QCOMPARE(a.negators, b.negators);
    QCOMPARE(a.negationWindow, b.negationWindow);
    QCOMPARE(a.pastMarkers, b.pastMarkers);
    QCOMPARE(a.pastFactor, b.pastFactor);
    QCOMPARE(a.selfWords, b.selfWords);
    QCOMPARE(a.counts, b.counts);
    QCOMPARE(a.repeatNouns, b.repeatNouns);
    QCOMPARE(a.repeatWeight, b.repeatWeight);
    QCOMPARE(a.durationUnits, b.durationUnits);
    QCOMPARE(a.deadlineWords, b.deadlineWords);
    QCOMPARE(a.waitWeight, b.waitWeight);
    QCOMPARE(a.deadlineWeight, b.deadlineWeight);
    QCOMPARE(a.choiceQuestionWeight, b.choiceQuestionWeight);
    QCOMPARE(a.needWords, b.needWords);
    QCOMPARE(a.needFactor, b.needFactor);
    QCOMPARE(a.negatedPositives, b.negatedPositives);
    QVERIFY(sameHits({a.negatedPositiveHit}, {b.negatedPositiveHit}));
    QCOMPARE(a.intensifiers, b.intensifiers);
    QCOMPARE(a.diminishers, b.diminishers);
    QCOMPARE(a.escalation, b.escalation);
    QCOMPARE(a.sarcasm, b.sarcasm);
    QCOMPARE(a.hedges, b.hedges);
    QCOMPARE(a.capsBoost, b.capsBoost);
    QCOMPARE(a.exclamationBoost, b.exclamationBoost);
    QCOMPARE(a.maxBoost, b.maxBoost);
    QCOMPARE(a.negativeThreshold, b.negativeThreshold);
    QCOMPARE(a.positiveThreshold, b.positiveThreshold);
}

void comparePhraseLibraries(const PhraseLibrary& a, const PhraseLibrary& b)
{
    QCOMPARE(a.locale(), b.locale());
    QCOMPARE(a.version(), b.version());
    QCOMPARE(a.name(), b.name());
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Phrase& x = a.at(i);
        const Phrase& y = b.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.text, y.text);
        QCOMPARE(x.fallback, y.fallback);
        QCOMPARE(x.technique, y.technique);
        QCOMPARE(x.cues, y.cues);
        QCOMPARE(x.moments, y.moments);
        QCOMPARE(x.placeholders, y.placeholders);
        QCOMPARE(b.indexOf(x.id), i);
    }
    for (int tag = 0; tag < kCueTagCount; ++tag) {
        QCOMPARE(a.withCue(CueTag(tag)), b.withCue(CueTag(tag)));
        for (int moment = 0; moment < kCallMomentCount; ++moment)
            QCOMPARE(a.withCue(CueTag(tag), CallMoment(moment)),
                     b.withCue(CueTag(tag), CallMoment(moment)));
    }
}

void compareScenarios(const QList<PracticeScenario>& a, const QList<PracticeScenario>& b)
{
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const PracticeScenario& x = a.at(i);
        const PracticeScenario& y = b.at(i);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.locale, y.locale);
        QCOMPARE(x.title, y.title);
        QCOMPARE(x.summary, y.summary);
        QCOMPARE(x.customerName, y.customerName);
        QCOMPARE(x.addressAs, y.addressAs);
        QCOMPARE(x.start, y.start);
        QCOMPARE(x.turns.size(), y.turns.size());
        for (auto it = x.turns.cbegin(); it != x.turns.cend(); ++it) {
            const PracticeTurn* other = y.turn(it.key());
            QVERIFY2(other, qPrintable(it.key()));
            QCOMPARE(other->id, it->id);
            QCOMPARE(other->customer, it->customer);
            QCOMPARE(other->feeling, it->feeling);
            QCOMPARE(other->end, it->end);
            QCOMPARE(other->next.size(), it->next.size());
            for (qsizetype n = 0; n < it->next.size(); ++n) {
                QCOMPARE(other->next.at(n).kind, it->next.at(n).kind);
                QCOMPARE(other->next.at(n).behaviours, it->next.at(n).behaviours);
                QCOMPARE(other->next.at(n).target, it->next.at(n).target);
            }
        }
    }
}

// `file` with its payload replaced and the header's size and checksum made to match, so only
// the framing inside is wrong.
QByteArray withPayload(const QByteArray& file, const QByteArray& payload)
{
    QByteArray out = file.left(compact::kHeaderBytes) + payload;
    qToLittleEndian<quint64>(quint64(payload.size()), out.data() + 20);
    qToLittleEndian<quint64>(compact::payloadChecksum(payload.constData(), payload.size()),
                             out.data() + 28);
    return out;
}

} // namespace

class TestCompactEngineData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What the app reads at start is what the JSON says.
    void builtInLexiconEqualsTheJsonParse()
    {
        Lexicon compactLexicon;
        QString error;
        QVERIFY2(
            compact::loadLexicon(compact::compactResourceFor(QStringLiteral(":/lexicons/en.json")),
                                 &compactLexicon, &error),
            qPrintable(error));
        const Lexicon json = jsonLexicon();
        QVERIFY(json.terms.size() > 100);
        compareLexicons(json, compactLexicon);

        // And it reads the same: the detector built from either finds the same cues.
        const CueDetector fromJson(json);
        const CueDetector fromCompact(compactLexicon);
        for (const char* line :
             {"This is the third time I've called and I'm absolutely furious!!",
              "not good with computers, sorry, is it paper or online?",
              "Thank you so much :) you've been a lifesaver", "I need this fixed in 40 minutes",
              "oh great, just great, another outage"}) {
            const CueReading a = fromJson.read(QString::fromUtf8(line));
            const CueReading b = fromCompact.read(QString::fromUtf8(line));
            QCOMPARE(a.intensity, b.intensity);
            QCOMPARE(a.evidence, b.evidence);
            QCOMPARE(a.cues.size(), b.cues.size());
        }
    }

    void builtInPhrasesEqualTheJsonParse_data()
    {
        QTest::addColumn<QString>("locale");
        for (const QString& locale : kLocales)
            QTest::newRow(qPrintable(locale)) << locale;
    }
    void builtInPhrasesEqualTheJsonParse()
    {
        QFETCH(QString, locale);
        const QString json = QStringLiteral(":/phrases/%1.json").arg(locale);
        PhraseLibrary fromJson;
        QString error;
        QVERIFY2(fromJson.load(json, &error), qPrintable(error));
        PhraseLibrary fromCompact;
        QVERIFY2(
            compact::loadPhraseLibrary(compact::compactResourceFor(json), &fromCompact, &error),
            qPrintable(error));
        QVERIFY(fromJson.size() > 50);
        comparePhraseLibraries(fromJson, fromCompact);
    }

    void builtInScenariosEqualTheJsonParse_data()
    {
        QTest::addColumn<QString>("locale");
        for (const QString& locale : kLocales)
            QTest::newRow(qPrintable(locale)) << locale;
    }
    void builtInScenariosEqualTheJsonParse()
    {
        QFETCH(QString, locale);
        const QString folder = PracticeScenarioSet::builtInFolder(locale);
        QVERIFY(folder.endsWith(locale));
        QStringList problems;
        const QList<PracticeScenario> fromJson =
            PracticeScenarioSet::loadFolder(folder, locale, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(fromJson.size(), 8);
        QList<PracticeScenario> fromCompact;
        QString error;
        QVERIFY2(compact::loadScenarios(compact::compactResourceFor(folder), &fromCompact, &error),
                 qPrintable(error));
        compareScenarios(fromJson, fromCompact);
        // And what the app loads at start is the compact form's.
        compareScenarios(PracticeScenarioSet::load(locale, QString(), &problems), fromCompact);
        QVERIFY(problems.isEmpty());
    }

    // Adversarial: a damaged scenario file is refused like the others, and the app then reads
    // the JSON (tested through decode: the resource itself cannot be damaged in a test).
    void damagedScenariosAreRefused()
    {
        const QByteArray file = resource(QStringLiteral(":/engine/scenarios/practice/en.atd"));
        QVERIFY(file.size() > 1000);
        QList<PracticeScenario> kept;
        QString error;
        QByteArray damaged = file;
        damaged[file.size() / 3] = char(damaged[file.size() / 3] ^ 0x01);
        QVERIFY(!compact::decodeScenarios(damaged, QStringLiteral("en.atd"), &kept, &error));
        QCOMPARE(error, QStringLiteral("en.atd: checksum mismatch: the file is damaged"));
        QVERIFY(!compact::decodeScenarios(file.left(file.size() - 8), QStringLiteral("en.atd"),
                                          &kept, &error));
        QVERIFY2(error.contains(QStringLiteral("truncated")), qPrintable(error));
        QVERIFY(!compact::decodeScenarios(withPayload(file, file.mid(compact::kHeaderBytes, 40)),
                                          QStringLiteral("en.atd"), &kept, &error));
        QVERIFY2(error.startsWith(QStringLiteral("en.atd: truncated in scenario")),
                 qPrintable(error));
        QVERIFY(!compact::decodeScenarios(resource(QStringLiteral(":/engine/phrases/en.atd")),
                                          QStringLiteral("en.atd"), &kept, &error));
        QCOMPARE(error, QStringLiteral("en.atd: holds a phrase library, not a set of practice "
                                       "scenarios"));
        QVERIFY(kept.isEmpty());
    }

    void encodingIsStable()
    {
        // The same library gives the same bytes (QHash and QSet orders are not written).
        const Lexicon lexicon = jsonLexicon();
        const QByteArray bytes = compact::encodeLexicon(lexicon);
        QCOMPARE(compact::encodeLexicon(jsonLexicon()), bytes);
        QCOMPARE(bytes, resource(QStringLiteral(":/engine/lexicons/en.atd")));
    }

    // Adversarial: every way a compact file can be wrong is refused with its reason, and what
    // the caller held is left alone.
    void truncatedFilesAreRefused()
    {
        const QByteArray file = resource(QStringLiteral(":/engine/phrases/en.atd"));
        QVERIFY(file.size() > 1000);
        PhraseLibrary kept;
        QString error;
        QVERIFY(kept.load(QStringLiteral(":/phrases/de.json"), &error));
        for (const qsizetype size : {qsizetype(0), qsizetype(7), compact::kHeaderBytes - 1,
                                     compact::kHeaderBytes, file.size() / 2, file.size() - 1}) {
            error.clear();
            QVERIFY(!compact::decodePhraseLibrary(file.left(size), QStringLiteral("en.atd"), &kept,
                                                  &error));
            QVERIFY2(error.startsWith(QStringLiteral("en.atd: truncated")), qPrintable(error));
            QCOMPARE(kept.locale(), QStringLiteral("de"));
        }
        error.clear();
        QVERIFY(!compact::decodePhraseLibrary(file + QByteArray(3, '\0'), QStringLiteral("en.atd"),
                                              &kept, &error));
        QVERIFY2(error.contains(QStringLiteral("truncated or padded")), qPrintable(error));
    }

    void damagedFilesAreRefused()
    {
        const QByteArray file = resource(QStringLiteral(":/engine/lexicons/en.atd"));
        QVERIFY(file.size() > compact::kHeaderBytes + 1000);
        Lexicon kept;
        kept.locale = QStringLiteral("kept");
        QString error;
        // One bit anywhere in the data, including the last, odd bytes.
        for (const qsizetype at : {compact::kHeaderBytes, compact::kHeaderBytes + 1,
                                   file.size() / 2, file.size() - 3, file.size() - 1}) {
            QByteArray damaged = file;
            damaged[at] = char(damaged[at] ^ 0x10);
            error.clear();
            QVERIFY(!compact::decodeLexicon(damaged, QStringLiteral("en.atd"), &kept, &error));
            QCOMPARE(error, QStringLiteral("en.atd: checksum mismatch: the file is damaged"));
            QCOMPARE(kept.locale, QStringLiteral("kept"));
        }

        QByteArray wrongMagic = file;
        wrongMagic[0] = 'X';
        QVERIFY(!compact::decodeLexicon(wrongMagic, QStringLiteral("en.atd"), &kept, &error));
        QVERIFY2(error.contains(QStringLiteral("wrong magic")), qPrintable(error));

        QByteArray newerVersion = file;
        qToLittleEndian<quint32>(99, newerVersion.data() + 8);
        QVERIFY(!compact::decodeLexicon(newerVersion, QStringLiteral("en.atd"), &kept, &error));
        QVERIFY2(error.contains(QStringLiteral("format version 99")), qPrintable(error));

        const QByteArray phrases = resource(QStringLiteral(":/engine/phrases/en.atd"));
        QVERIFY(!compact::decodeLexicon(phrases, QStringLiteral("en.atd"), &kept, &error));
        QCOMPARE(error, QStringLiteral("en.atd: holds a phrase library, not a cue lexicon"));

        QVERIFY(
            !compact::decodeLexicon(QByteArray(4096, '\0'), QStringLiteral("zero"), &kept, &error));
        QVERIFY2(error.contains(QStringLiteral("wrong magic")), qPrintable(error));
        QCOMPARE(kept.locale, QStringLiteral("kept"));
    }

    // With a checksum that matches, the framing inside is still checked before each read.
    void framingThatLiesIsRefused()
    {
        const QByteArray file = resource(QStringLiteral(":/engine/phrases/en.atd"));
        const QByteArray payload = file.mid(compact::kHeaderBytes);
        PhraseLibrary kept;
        QString error;

        // A first string that claims more than the file holds.
        QByteArray huge = payload;
        qToLittleEndian<quint32>(0x00ffffff, huge.data());
        QVERIFY(!compact::decodePhraseLibrary(withPayload(file, huge), QStringLiteral("x.atd"),
                                              &kept, &error));
        QCOMPARE(error, QStringLiteral("x.atd: truncated in locale"));

        // A count beyond any real file, refused before anything is reserved for it.
        QByteArray count = payload;
        qToLittleEndian<quint32>(0xfffffff0u, count.data());
        QVERIFY(!compact::decodePhraseLibrary(withPayload(file, count), QStringLiteral("x.atd"),
                                              &kept, &error));
        QVERIFY2(error.contains(QStringLiteral("out of range")), qPrintable(error));

        // Cut inside the phrases, the header made to agree.
        QVERIFY(!compact::decodePhraseLibrary(withPayload(file, payload.left(payload.size() / 2)),
                                              QStringLiteral("x.atd"), &kept, &error));
        QVERIFY2(error.startsWith(QStringLiteral("x.atd: truncated in phrase")), qPrintable(error));

        // Extra bytes after the last phrase.
        QVERIFY(!compact::decodePhraseLibrary(withPayload(file, payload + QByteArray(2, 'x')),
                                              QStringLiteral("x.atd"), &kept, &error));
        QCOMPARE(error, QStringLiteral("x.atd: 2 bytes left over after the data"));

        // A technique this Attune does not know.
        PhraseLibrary one = PhraseLibrary::fromValidated(
            {Phrase{QStringLiteral("a"), QStringLiteral("b"), {}, Technique::Close, 1, 1, 0}},
            QStringLiteral("en"), QStringLiteral("1"), QStringLiteral("n"));
        QByteArray bad = compact::encodePhraseLibrary(one);
        bad[bad.size() - 4] = char(kTechniqueCount);
        QVERIFY(!compact::decodePhraseLibrary(withPayload(bad, bad.mid(compact::kHeaderBytes)),
                                              QStringLiteral("x.atd"), &kept, &error));
        QCOMPARE(error, QStringLiteral("x.atd: phrase 1 has a value out of range"));
        QVERIFY(kept.isEmpty());

        // And the untouched payload through the same path reads, so the cases above fail for
        // the reason they name.
        QVERIFY2(compact::decodePhraseLibrary(withPayload(file, payload), QStringLiteral("x.atd"),
                                              &kept, &error),
                 qPrintable(error));
        QCOMPARE(kept.locale(), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestCompactEngineData)
#include "tst_compactenginedata.moc"
