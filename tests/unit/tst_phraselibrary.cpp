#include "TestConfig.h"
#include "assessment/Rubric.h"
#include "core/CustomerProfile.h"
#include "empathy/PhraseLibrary.h"
#include "integration/Localization.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

namespace {

const QString kRealLibrary = QStringLiteral(ATTUNE_SOURCE_DIR "/resources/phrases/en.json");

// A two-phrase library whose second phrase's fields start on line 16, so every expected line
// number below can be read off this layout. Line 15 holds the second phrase's "{".
QByteArray withSecondPhrase(const QByteArray& fields)
{
    return QByteArray("{\n"
                      "  \"schema\": 1,\n"
                      "  \"locale\": \"en\",\n"
                      "  \"version\": \"t1\",\n"
                      "  \"name\": \"Test library\",\n"
                      "  \"phrases\": [\n"
                      "    {\n"
                      "      \"id\": \"ok-001\",\n"
                      "      \"technique\": \"acknowledge\",\n"
                      "      \"cues\": [\"frustration\"],\n"
                      "      \"moments\": [\"discovery\"],\n"
                      "      \"text\": \"I hear you, {customer.preferred_name}.\",\n"
                      "      \"fallback\": \"I hear you.\"\n"
                      "    },\n"
                      "    {\n") +
           fields +
           QByteArray("\n"
                      "    }\n"
                      "  ]\n"
                      "}\n");
}

// The second phrase's fields, one per line from line 16, with `replace` swapped in for the
// line of the same field (or appended when that field is not there; an empty value drops it).
QByteArray fields(const QList<QPair<QByteArray, QByteArray>>& replace = {})
{
    QList<QPair<QByteArray, QByteArray>> lines{
        {"id", "\"id\": \"bad-002\""},
        {"technique", "\"technique\": \"validate\""},
        {"cues", "\"cues\": [\"anxiety\"]"},
        {"moments", "\"moments\": [\"opening\"]"},
        {"text", "\"text\": \"That makes sense.\""},
    };
    for (const auto& [field, line] : replace) {
        bool found = false;
        for (auto& existing : lines) {
            if (existing.first == field) {
                existing.second = line;
                found = true;
            }
        }
        if (!found)
            lines.append({field, line});
    }
    QByteArrayList out;
    for (const auto& line : lines) {
        if (!line.second.isEmpty())
            out << "      " + line.second;
    }
    return out.join(",\n");
}

} // namespace

class TestPhraseLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theShippedLibraryLoads()
    {
        PhraseLibrary library;
        QString error;
        QVERIFY2(library.load(kRealLibrary, &error), qPrintable(error));
        QVERIFY(library.size() >= 300);
        QCOMPARE(library.locale(), QStringLiteral("en"));
        QCOMPARE(library.version(), QStringLiteral("2026.11.1"));
        QVERIFY(!library.name().isEmpty());

        // The app reads the copy compiled into the binary; it must be the same file.
        PhraseLibrary embedded;
        QVERIFY2(embedded.load(QStringLiteral(":/phrases/en.json"), &error), qPrintable(error));
        QCOMPARE(embedded.size(), library.size());

        // Every technique, cue and moment is covered, so no state leaves the agent empty-handed.
        QSet<Technique> techniques;
        for (const Phrase& phrase : library.phrases())
            techniques.insert(phrase.technique);
        QCOMPARE(techniques.size(), kTechniqueCount);
        for (int tag = 0; tag < kCueTagCount; ++tag) {
            QVERIFY2(!library.withCue(CueTag(tag)).isEmpty(), qPrintable(cueTagName(CueTag(tag))));
        }
        QVERIFY(library.find(QStringLiteral("ack-frustration-001")));
        QCOMPARE(library.find(QStringLiteral("ack-frustration-001"))->technique,
                 Technique::Acknowledge);
        QVERIFY(!library.find(QStringLiteral("no-such-phrase")));
    }

    void everyLanguageShipsALibraryAndRubricLikeEnglish_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char* locale : {"es", "de", "fr", "pt_BR"})
            QTest::newRow(locale) << QString::fromLatin1(locale);
    }

    // Each language's library is its own writing, but it must serve every moment English does:
    // at least half as many phrases in every cue x technique and cue x moment cell, and the
    // same questions in its rubric.
    void everyLanguageShipsALibraryAndRubricLikeEnglish()
    {
        QFETCH(QString, locale);
        QString error;
        PhraseLibrary english;
        QVERIFY2(english.load(QStringLiteral(":/phrases/en.json"), &error), qPrintable(error));
        PhraseLibrary library;
        QVERIFY2(library.load(QStringLiteral(":/phrases/%1.json").arg(locale), &error),
                 qPrintable(error));
        QCOMPARE(library.locale(), locale);
        QVERIFY(library.size() >= 300);
        for (int cue = 0; cue < kCueTagCount; ++cue) {
            for (int technique = 0; technique < kTechniqueCount; ++technique) {
                const auto countIn = [&](const PhraseLibrary& lib) {
                    int n = 0;
                    for (const qint32 index : lib.withCue(CueTag(cue)))
                        n += int(lib.at(index).technique) == technique;
                    return n;
                };
                QVERIFY2(countIn(library) * 2 >= countIn(english),
                         qPrintable(QStringLiteral("cue %1 technique %2").arg(cue).arg(technique)));
            }
            for (int moment = 0; moment < kCallMomentCount; ++moment) {
                QVERIFY(library.withCue(CueTag(cue), CallMoment(moment)).size() * 2 >=
                        english.withCue(CueTag(cue), CallMoment(moment)).size());
            }
        }
        Rubric englishRubric;
        Rubric rubric;
        QVERIFY2(Rubric::loadFile(QStringLiteral(":/rubrics/en.json"), &englishRubric, &error),
                 qPrintable(error));
        QVERIFY2(Rubric::loadFile(QStringLiteral(":/rubrics/%1.json").arg(locale), &rubric, &error),
                 qPrintable(error));
        QCOMPARE(rubric.locale, locale);
        QCOMPARE(rubric.id, englishRubric.id);
        QCOMPARE(rubric.version, englishRubric.version);
        QCOMPARE(rubric.items.size(), englishRubric.items.size());
        for (qsizetype i = 0; i < rubric.items.size(); ++i) {
            QCOMPARE(rubric.items.at(i).id, englishRubric.items.at(i).id);
            QCOMPARE(rubric.items.at(i).values(), englishRubric.items.at(i).values());
            QVERIFY(rubric.items.at(i).label != englishRubric.items.at(i).label);
        }
    }

    void theIndexMatchesThePhrases()
    {
        PhraseLibrary library;
        QString error;
        QVERIFY2(library.load(kRealLibrary, &error), qPrintable(error));
        for (int tag = 0; tag < kCueTagCount; ++tag) {
            int withTag = 0;
            for (const Phrase& phrase : library.phrases())
                withTag += phrase.fits(CueTag(tag));
            QCOMPARE(library.withCue(CueTag(tag)).size(), withTag);
            for (int moment = 0; moment < kCallMomentCount; ++moment) {
                int expected = 0;
                for (const Phrase& phrase : library.phrases())
                    expected += phrase.fits(CueTag(tag)) && phrase.fits(CallMoment(moment));
                const QList<qint32>& indexed = library.withCue(CueTag(tag), CallMoment(moment));
                QCOMPARE(indexed.size(), expected);
                for (const qint32 index : indexed) {
                    QVERIFY(library.at(index).fits(CueTag(tag)));
                    QVERIFY(library.at(index).fits(CallMoment(moment)));
                }
            }
        }
        for (qsizetype i = 0; i < library.size(); ++i)
            QCOMPARE(library.indexOf(library.at(i).id), i);
    }

    void theShippedLibraryIsParsedIntoTheRightBits()
    {
        PhraseLibrary library;
        QString error;
        QVERIFY2(library.load(kRealLibrary, &error), qPrintable(error));
        const Phrase* phrase = library.find(QStringLiteral("per-neutral-007"));
        QVERIFY(phrase);
        QCOMPARE(phrase->technique, Technique::Personalise);
        QCOMPARE(phrase->placeholders,
                 quint8(bit(Placeholder::PreferredName) | bit(Placeholder::AgentName) |
                        bit(Placeholder::OpenCaseTopic)));
        QVERIFY(!phrase->hasFallback());
        QCOMPARE(phrase->moments, bit(CallMoment::Opening));
        QCOMPARE(phrase->cues, bit(CueTag::Neutral));
    }

    void brokenFilesNameFileLineAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        const auto row = [](const char* name, const QByteArray& json, const char* expected) {
            QTest::newRow(name) << json << QString::fromUtf8(expected);
        };
        row("unknown technique",
            withSecondPhrase(fields({{"technique", "\"technique\": \"shout\""}})),
            "test.json:17: phrase \"bad-002\": field \"technique\": unknown value \"shout\"");
        row("technique spelled the American way",
            withSecondPhrase(fields({{"technique", "\"technique\": \"apologize\""}})),
            "test.json:17: phrase \"bad-002\": field \"technique\": unknown value \"apologize\"");
        row("missing technique: the line of the id", withSecondPhrase(fields({{"technique", ""}})),
            "test.json:16: phrase \"bad-002\": field \"technique\": missing");
        row("unknown cue",
            withSecondPhrase(fields({{"cues", "\"cues\": [\"anxiety\", \"anger\"]"}})),
            "test.json:18: phrase \"bad-002\": field \"cues\": unknown value \"anger\"");
        row("cue listed twice",
            withSecondPhrase(fields({{"cues", "\"cues\": [\"anxiety\", \"anxiety\"]"}})),
            "test.json:18: phrase \"bad-002\": field \"cues\": value \"anxiety\" is listed twice");
        row("no cues", withSecondPhrase(fields({{"cues", "\"cues\": []"}})),
            "test.json:18: phrase \"bad-002\": field \"cues\": must be a list with at least one "
            "value");
        row("cues not a list", withSecondPhrase(fields({{"cues", "\"cues\": \"anxiety\""}})),
            "test.json:18: phrase \"bad-002\": field \"cues\": must be a list with at least one "
            "value");
        row("unknown moment", withSecondPhrase(fields({{"moments", "\"moments\": [\"lunch\"]"}})),
            "test.json:19: phrase \"bad-002\": field \"moments\": unknown value \"lunch\"");
        row("missing moments", withSecondPhrase(fields({{"moments", ""}})),
            "test.json:16: phrase \"bad-002\": field \"moments\": missing");
        row("missing text", withSecondPhrase(fields({{"text", ""}})),
            "test.json:16: phrase \"bad-002\": field \"text\": missing");
        row("blank text", withSecondPhrase(fields({{"text", "\"text\": \"  \""}})),
            "test.json:20: phrase \"bad-002\": field \"text\": must not be empty");
        row("text not a string", withSecondPhrase(fields({{"text", "\"text\": 5"}})),
            "test.json:20: phrase \"bad-002\": field \"text\": must be a string");
        row("unknown placeholder",
            withSecondPhrase(fields({{"text", "\"text\": \"Hi {customer.name}.\""}})),
            "test.json:20: phrase \"bad-002\": field \"text\": unknown placeholder "
            "\"{customer.name}\"");
        row("spaces inside the braces",
            withSecondPhrase(fields({{"text", "\"text\": \"Hi { agent.name }.\""},
                                     {"fallback", "\"fallback\": \"Hi.\""}})),
            "test.json:20: phrase \"bad-002\": field \"text\": unknown placeholder "
            "\"{ agent.name }\"");
        row("placeholders are case-sensitive",
            withSecondPhrase(fields({{"text", "\"text\": \"Hi {Agent.Name}.\""}})),
            "test.json:20: phrase \"bad-002\": field \"text\": unknown placeholder "
            "\"{Agent.Name}\"");
        row("stray closing brace", withSecondPhrase(fields({{"text", "\"text\": \"Hi} there.\""}})),
            "test.json:20: phrase \"bad-002\": field \"text\": unknown placeholder \"} there.\"");
        row("unclosed brace", withSecondPhrase(fields({{"text", "\"text\": \"Hi {agent.name\""}})),
            "test.json:20: phrase \"bad-002\": field \"text\": unknown placeholder "
            "\"{agent.name\"");
        row("placeholder in the fallback",
            withSecondPhrase(fields({{"text", "\"text\": \"Hi {customer.preferred_name}.\""},
                                     {"fallback", "\"fallback\": \"Hi {agent.name}.\""}})),
            "test.json:21: phrase \"bad-002\": field \"fallback\": must not contain placeholders; "
            "found \"{agent.name}\"");
        row("name-only phrase without a fallback",
            withSecondPhrase(fields({{"text", "\"text\": \"Hi {customer.preferred_name}.\""}})),
            "test.json:16: phrase \"bad-002\": field \"fallback\": missing; \"text\" uses only "
            "name placeholders, so it needs a fallback");
        row("agent-name-only phrase without a fallback",
            withSecondPhrase(fields({{"text", "\"text\": \"This is {agent.name}.\""}})),
            "test.json:16: phrase \"bad-002\": field \"fallback\": missing; \"text\" uses only "
            "name placeholders, so it needs a fallback");
        row("fallback without a placeholder in the text",
            withSecondPhrase(fields({{"fallback", "\"fallback\": \"That makes sense.\""}})),
            "test.json:21: phrase \"bad-002\": field \"fallback\": must be left out when \"text\" "
            "has no placeholder");
        row("empty fallback",
            withSecondPhrase(fields({{"text", "\"text\": \"Hi {customer.preferred_name}.\""},
                                     {"fallback", "\"fallback\": \"\""}})),
            "test.json:21: phrase \"bad-002\": field \"fallback\": must not be empty");
        row("duplicate id", withSecondPhrase(fields({{"id", "\"id\": \"ok-001\""}})),
            "test.json:16: phrase \"ok-001\": field \"id\": duplicate id, first used on line 8");
        row("id with capitals", withSecondPhrase(fields({{"id", "\"id\": \"Bad_002\""}})),
            "test.json:16: phrase 2: field \"id\": \"Bad_002\" may only hold lowercase letters, "
            "digits and hyphens");
        row("missing id: the line of the brace", withSecondPhrase(fields({{"id", ""}})),
            "test.json:15: phrase 2: field \"id\": missing");
        row("syntax error", withSecondPhrase(fields({{"technique", "\"technique\": shout"}})),
            "test.json:17: illegal value");
        row("wrong schema", withSecondPhrase(fields()).replace("\"schema\": 1", "\"schema\": 2"),
            "test.json:2: field \"schema\": unknown value \"2\"");
        row("missing name", withSecondPhrase(fields()).replace("\"name\": \"Test library\",\n", ""),
            "test.json:1: field \"name\": missing");
        row("no phrases",
            QByteArray("{\"schema\": 1, \"locale\": \"en\", \"version\": \"1\", \"name\": \"x\",\n"
                       "\"phrases\": []}"),
            "test.json:2: field \"phrases\": must be a list with at least one value");
        row("not an object", QByteArray("[1, 2]"),
            "test.json:1: the file must hold one JSON object");
        row("phrase not an object",
            QByteArray("{\"schema\": 1, \"locale\": \"en\", \"version\": \"1\", \"name\": \"x\",\n"
                       "\"phrases\": [\n\"hello\"\n]}"),
            "test.json:3: phrase 1: must be an object");
    }

    void brokenFilesNameFileLineAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        PhraseLibrary library;
        QString error;
        QVERIFY(!library.loadData(json, QStringLiteral("test.json"), &error));
        if (expected.endsWith(QLatin1String("illegal value")))
            QVERIFY2(error.startsWith(QLatin1String("test.json:17: ")), qPrintable(error));
        else
            QCOMPARE(error, expected);
        QVERIFY(library.isEmpty());
    }

    void theTestLayoutItselfIsValid()
    {
        PhraseLibrary library;
        QString error;
        QVERIFY2(library.loadData(withSecondPhrase(fields()), QStringLiteral("test.json"), &error),
                 qPrintable(error));
        QCOMPARE(library.size(), 2);
    }

    void historyPhrasesMayGoWithoutAFallback()
    {
        PhraseLibrary library;
        QString error;
        QVERIFY2(library.loadData(
                     withSecondPhrase(fields({{"text", "\"text\": \"About {open_case.topic}, "
                                                       "{customer.preferred_name}?\""}})),
                     QStringLiteral("test.json"), &error),
                 qPrintable(error));
        QVERIFY(!library.at(1).hasFallback());
        QVERIFY(library.at(1).placeholders & kHistoryPlaceholders);
    }

    void everyProblemIsListed()
    {
        QByteArray json = withSecondPhrase(
            fields({{"technique", "\"technique\": \"shout\""}, {"cues", "\"cues\": [\"anger\"]"}}));
        json.replace("\"acknowledge\"", "\"hug\"");
        PhraseLibrary library;
        QString error;
        QVERIFY(!library.loadData(json, QStringLiteral("test.json"), &error));
        const QStringList lines = error.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("test.json:9: phrase \"ok-001\"")),
                 qPrintable(error));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("test.json:17: phrase \"bad-002\"")),
                 qPrintable(error));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("test.json:18: phrase \"bad-002\"")),
                 qPrintable(error));

        // A file broken throughout gets the first ten and a count, not a wall of text.
        // Two broken phrases, then eleven more appended: 13 problems in all.
        QByteArray many = withSecondPhrase(fields({{"technique", "\"technique\": \"hug\""}}));
        many.replace("\"acknowledge\"", "\"hug\"");
        for (int i = 0; i < 11; ++i) {
            const QByteArray id = "\"id\": \"x-" + QByteArray::number(i) + "\"";
            const QByteArray extra = fields({{"id", id}, {"technique", "\"technique\": \"hug\""}});
            many.replace("    }\n  ]", "    },\n    {\n" + extra + "\n    }\n  ]");
        }
        // As the app and the command line read it: English counted in English.
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QVERIFY(!library.loadData(many, QStringLiteral("test.json"), &error));
        const QStringList manyLines = error.split(QLatin1Char('\n'));
        QCOMPARE(manyLines.size(), 11);
        QCOMPARE(manyLines.last(), QStringLiteral("test.json: 3 more problems not listed"));
        QVERIFY(library.isEmpty());
    }

    void aRefusedReloadKeepsTheLibraryInUse()
    {
        PhraseLibrary library;
        QString error;
        QVERIFY2(library.load(kRealLibrary, &error), qPrintable(error));
        const qsizetype size = library.size();
        const QString version = library.version();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString broken = dir.filePath(QStringLiteral("team.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(withSecondPhrase(fields({{"technique", "\"technique\": \"shout\""}})));
        file.close();

        QVERIFY(!library.reload(broken, &error));
        QVERIFY2(error.startsWith(QLatin1String("team.json:17: ")), qPrintable(error));
        QCOMPARE(library.size(), size);
        QCOMPARE(library.version(), version);
        QVERIFY(library.find(QStringLiteral("ack-frustration-001")));
        QVERIFY(!library.find(QStringLiteral("bad-002")));

        QVERIFY(!library.reload(dir.filePath(QStringLiteral("missing.json")), &error));
        QVERIFY2(error.startsWith(QLatin1String("missing.json: ")), qPrintable(error));
        QCOMPARE(library.size(), size);

        // A good file replaces it whole.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(withSecondPhrase(fields()));
        file.close();
        QVERIFY2(library.reload(broken, &error), qPrintable(error));
        QCOMPARE(library.size(), 2);
        QCOMPARE(library.version(), QStringLiteral("t1"));
        QVERIFY(!library.find(QStringLiteral("ack-frustration-001")));
        QCOMPARE(library.withCue(CueTag::Frustration).size(), 1);
    }

    void placeholdersAreFilledInOrTheFallbackIsUsed()
    {
        PhraseLibrary library;
        QString error;
        QVERIFY2(library.load(kRealLibrary, &error), qPrintable(error));
        const Phrase& named = *library.find(QStringLiteral("ack-frustration-001"));

        PhraseContext context;
        context.preferredName = QStringLiteral("Ana");
        QString text;
        bool personalised = false;
        QVERIFY(fillPhrase(named, context, &text, &personalised));
        QCOMPARE(text, QStringLiteral("I can hear how frustrating this has been, Ana."));
        QVERIFY(personalised);

        // A missing or blank value: the fallback, never a hole.
        for (const QString& missing : {QString(), QStringLiteral("   ")}) {
            context.preferredName = missing;
            QVERIFY(fillPhrase(named, context, &text, &personalised));
            QCOMPARE(text, QStringLiteral("I can hear how frustrating this has been."));
            QVERIFY(!personalised);
        }

        // Values are trimmed, and filled in once: a value spelled like a placeholder stays text.
        const Phrase& three = *library.find(QStringLiteral("per-neutral-007"));
        context.preferredName = QStringLiteral(" {agent.name} ");
        context.agentName = QStringLiteral("Sam");
        context.openCaseTopic = QStringLiteral("your replacement router");
        QVERIFY(fillPhrase(three, context, &text));
        QCOMPARE(text, QStringLiteral("Hi {agent.name}, this is Sam. Thanks for calling back "
                                      "about your replacement router."));

        // No fallback and a missing value: not offered.
        context.openCaseTopic.clear();
        text = QStringLiteral("untouched");
        QVERIFY(!fillPhrase(three, context, &text));
        QCOMPARE(text, QStringLiteral("untouched"));

        const Phrase& plain = *library.find(QStringLiteral("ack-frustration-002"));
        QVERIFY(fillPhrase(plain, PhraseContext(), &text, &personalised));
        QCOMPARE(text, plain.text);
        QVERIFY(!personalised);
    }

    void noPhraseIsEverShownWithAHole()
    {
        PhraseLibrary library;
        QString error;
        QVERIFY2(library.load(kRealLibrary, &error), qPrintable(error));
        PhraseContext full;
        full.preferredName = QStringLiteral("Ana");
        full.firstName = QStringLiteral("Ana");
        full.lastContactTopic = QStringLiteral("the change to your billing date");
        full.lastContactDate = QStringLiteral("March 3");
        full.openCaseTopic = QStringLiteral("your replacement router");
        full.agentName = QStringLiteral("Sam");
        int notOffered = 0;
        for (const Phrase& phrase : library.phrases()) {
            QString text;
            QVERIFY2(fillPhrase(phrase, full, &text), qPrintable(phrase.id));
            QVERIFY2(!text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('}')),
                     qPrintable(phrase.id));
            if (fillPhrase(phrase, PhraseContext(), &text)) {
                QVERIFY2(!text.contains(QLatin1Char('{')) && !text.contains(QLatin1Char('}')),
                         qPrintable(phrase.id));
            } else {
                ++notOffered;
                QVERIFY2(phrase.placeholders & kHistoryPlaceholders, qPrintable(phrase.id));
            }
        }
        QVERIFY(notOffered > 0);
    }

    void theContextComesFromTheProfile()
    {
        CustomerProfile profile;
        profile.customerId = QStringLiteral("c-1");
        profile.fullName = QStringLiteral("Okafor Chiamaka");
        PhraseContext context = PhraseContext::fromProfile(profile, QStringLiteral("Sam"));
        // No guessing a given name from the full name: that gets many names wrong.
        QVERIFY(context.firstName.isEmpty());
        QVERIFY(context.preferredName.isEmpty());
        QCOMPARE(context.available(), bit(Placeholder::AgentName));

        profile.preferredName = QStringLiteral("Chi");
        context = PhraseContext::fromProfile(profile);
        QCOMPARE(context.preferredName, QStringLiteral("Chi"));
        QCOMPARE(context.firstName, QStringLiteral("Chi"));
        QCOMPARE(context.available(),
                 quint8(bit(Placeholder::PreferredName) | bit(Placeholder::FirstName)));
    }

    void aSyntheticLibraryForBenchmarks()
    {
        PhraseLibrary base;
        QString error;
        QVERIFY2(base.load(kRealLibrary, &error), qPrintable(error));
        const PhraseLibrary big = PhraseLibrary::replicated(base, 5000);
        QCOMPARE(big.size(), 5000);
        QSet<QString> ids;
        for (const Phrase& phrase : big.phrases())
            ids.insert(phrase.id);
        QCOMPARE(ids.size(), 5000);
        QCOMPARE(big.at(0).id, base.at(0).id);
        QCOMPARE(big.at(base.size()).text, base.at(0).text);
        QCOMPARE(big.indexOf(big.at(4999).id), 4999);
        QVERIFY(big.withCue(CueTag::Frustration).size() >
                10 * base.withCue(CueTag::Frustration).size());
    }

    void namesOfTheSchema()
    {
        Technique technique = Technique::Acknowledge;
        QVERIFY(techniqueFromName(u"de_escalate", &technique));
        QCOMPARE(technique, Technique::DeEscalate);
        QCOMPARE(techniqueName(Technique::SetExpectations), QLatin1String("set_expectations"));
        QVERIFY(!techniqueFromName(u"shout", &technique));
        QCOMPARE(cueTagName(cueTag(Cue::Kind::Urgency)), QLatin1String("urgency"));
        QCOMPARE(momentName(CallMoment::Closing), QLatin1String("closing"));
        QCOMPARE(placeholderName(Placeholder::OpenCaseTopic), QLatin1String("open_case.topic"));
    }
};

QTEST_GUILESS_MAIN(TestPhraseLibrary)
#include "tst_phraselibrary.moc"
