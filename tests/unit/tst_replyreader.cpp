// The reply reader of practice (docs/practice.md): its rules file, its evidence, and its
// per-behaviour precision and recall on the labelled replies. The floors below sit a few points
// under the figures measured on the locked test split; the rules were tuned on train only.
#include "TestConfig.h"
#include "practice/ReplyReader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <array>

using namespace attune;

namespace {

struct Score
{
    int truePositive = 0;
    int falsePositive = 0;
    int falseNegative = 0;
    double precision() const
    {
        return truePositive + falsePositive == 0
                   ? 1.0
                   : double(truePositive) / (truePositive + falsePositive);
    }
    double recall() const
    {
        return truePositive + falseNegative == 0
                   ? 1.0
                   : double(truePositive) / (truePositive + falseNegative);
    }
};

QString trainingFolder()
{
    return QStringLiteral(ATTUNE_SOURCE_DIR "/resources/training/practice");
}

// Scores `split` of `language`; with ATTUNE_SHOW_MISSES set (train only, for tuning) prints each
// miss.
bool score(const QString& language, const QString& split,
           std::array<Score, kPracticeBehaviourCount>* scores, int* replies, QString* error)
{
    ReplyReader reader;
    // The source tree's rules for the language (what the build compiles in), English without.
    QString rules = QStringLiteral(ATTUNE_SOURCE_DIR "/resources/practice/%1.json").arg(language);
    if (!QFile::exists(rules))
        rules = QStringLiteral(ATTUNE_SOURCE_DIR "/resources/practice/en.json");
    if (!reader.loadFile(rules, error))
        return false;
    QFile file(trainingFolder() + QLatin1Char('/') + language + QLatin1Char('/') + split +
               QStringLiteral(".jsonl"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return false;
    }
    const bool showMisses =
        qEnvironmentVariableIsSet("ATTUNE_SHOW_MISSES") && split == QLatin1String("train");
    *replies = 0;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QJsonObject record = QJsonDocument::fromJson(line).object();
        if (record.isEmpty()) {
            *error =
                QStringLiteral("%1:%2: not a JSON object").arg(file.fileName()).arg(lineNumber);
            return false;
        }
        PracticeBehaviours expected = 0;
        for (const QJsonValue& value : record.value(QStringLiteral("behaviours")).toArray()) {
            PracticeBehaviour behaviour;
            if (!behaviourFromName(value.toString(), &behaviour)) {
                *error = QStringLiteral("%1:%2: unknown behaviour %3")
                             .arg(file.fileName())
                             .arg(lineNumber)
                             .arg(value.toString());
                return false;
            }
            expected |= bit(behaviour);
        }
        const QString reply = record.value(QStringLiteral("reply")).toString();
        const ReplyReading reading =
            reader.read(reply, record.value(QStringLiteral("addressAs")).toString());
        ++*replies;
        for (int b = 0; b < kPracticeBehaviourCount; ++b) {
            const bool want = expected & bit(PracticeBehaviour(b));
            const bool got = reading.has(PracticeBehaviour(b));
            Score& s = (*scores)[std::size_t(b)];
            s.truePositive += want && got;
            s.falsePositive += !want && got;
            s.falseNegative += want && !got;
            if (showMisses && want != got)
                qInfo().noquote() << (got ? "FP" : "FN") << behaviourName(PracticeBehaviour(b))
                                  << reading.evidenceFor(PracticeBehaviour(b)) << reply;
        }
    }
    return true;
}

} // namespace

class TestReplyReader : public QObject
{
    Q_OBJECT

private:
    ReplyReader m_reader;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        // The source tree's copy of the rules compiled into :/practice/en.json.
        QVERIFY2(m_reader.loadFile(QStringLiteral(ATTUNE_SOURCE_DIR "/resources/practice/en.json"),
                                   &error),
                 qPrintable(error));
        QCOMPARE(m_reader.language(), QStringLiteral("en"));
    }

    void builtInRulesLoadForEveryLanguageThatHasThem()
    {
        const QStringList files =
            QDir(QStringLiteral(":/practice")).entryList({QStringLiteral("*.json")});
        QVERIFY(files.contains(QStringLiteral("en.json")));
        for (const QString& name : files) {
            ReplyReader reader;
            QString error;
            QVERIFY2(reader.loadFile(QStringLiteral(":/practice/") + name, &error),
                     qPrintable(error));
        }
        // A language without rules reads as English rather than not at all.
        QCOMPARE(ReplyReader::builtInPath(QStringLiteral("xx")),
                 QStringLiteral(":/practice/en.json"));
        QCOMPARE(ReplyReader::builtInPath(QStringLiteral("en_GB")),
                 QStringLiteral(":/practice/en.json"));
    }

    void aBadPatternIsRefusedWithLineAndField()
    {
        const QByteArray json = "{\n"
                                "\"format\": \"attune-practice-lexicon\", \"version\": 1,\n"
                                "\"language\": \"en\",\n"
                                "\"rules\": {\n"
                                "  \"apology\": [{\"match\": [\"sorry(\"]}]\n"
                                "}}";
        ReplyReader reader = m_reader;
        QString error;
        QVERIFY(!reader.load(json, QStringLiteral("x.json"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("x.json:5: field \"rules.apology[1].match\": "
                                                 "\"sorry(\" is not a valid pattern")),
                 qPrintable(error));
        // What it held before is kept.
        QCOMPARE(reader.language(), QStringLiteral("en"));
        QVERIFY(reader.read(QStringLiteral("I'm so sorry."), QString())
                    .has(PracticeBehaviour::Apology));
    }

    void aMissingBehaviourIsRefused()
    {
        const QByteArray json = "{\"format\": \"attune-practice-lexicon\", \"version\": 1,\n"
                                "\"language\": \"en\", \"rules\": {\n"
                                "\"apology\": [{\"match\": [\"sorry\"]}]}}";
        ReplyReader reader;
        QString error;
        QVERIFY(!reader.load(json, QStringLiteral("x.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("field \"rules.acknowledged_feeling\": missing")),
                 qPrintable(error));
        QVERIFY(!reader.isLoaded());
    }

    void evidenceQuotesTheWordsThatDroveEachBehaviour()
    {
        const ReplyReading reading = m_reader.read(
            QStringLiteral("I'm so sorry, Ms Whitfield. I'll book an engineer for Thursday."),
            QStringLiteral("Ms Whitfield"));
        QVERIFY(reading.has(PracticeBehaviour::Apology));
        QVERIFY(reading.has(PracticeBehaviour::UsedName));
        QVERIFY(reading.has(PracticeBehaviour::Ownership));
        QVERIFY(reading.has(PracticeBehaviour::NextSteps));
        QVERIFY(!reading.has(PracticeBehaviour::Blame));
        QCOMPARE(reading.evidenceFor(PracticeBehaviour::Apology),
                 QStringList{QStringLiteral("I'm so sorry")});
        QCOMPARE(reading.evidenceFor(PracticeBehaviour::UsedName),
                 QStringList{QStringLiteral("Ms Whitfield")});
        QVERIFY(reading.evidenceFor(PracticeBehaviour::NextSteps)
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("Thursday")));
    }

    void theSurnameAloneIsTheNameButSomeoneElsesIsNot()
    {
        QVERIFY(m_reader.read(QStringLiteral("Thanks, Mrs. Novak."), QStringLiteral("Mrs Novak"))
                    .has(PracticeBehaviour::UsedName));
        QVERIFY(m_reader
                    .read(QStringLiteral("Of course, Irena."), QStringLiteral("Mrs Novak"),
                          QStringLiteral("Irena Novak"))
                    .has(PracticeBehaviour::UsedName));
        QVERIFY(!m_reader.read(QStringLiteral("Thanks, Mrs Novakova."), QStringLiteral("Mrs Novak"))
                     .has(PracticeBehaviour::UsedName));
    }

    void apologyThatBlamesIsNotSincere()
    {
        const ReplyReading reading = m_reader.read(QStringLiteral("Sorry, but that's our policy."),
                                                   QStringLiteral("Mr Brennan"));
        QVERIFY(!reading.has(PracticeBehaviour::Apology));
        QVERIFY(reading.has(PracticeBehaviour::Blame));
    }

    void anExplainedTermIsNotJargon()
    {
        QVERIFY(m_reader.read(QStringLiteral("It's in the L2 queue."), QString())
                    .has(PracticeBehaviour::Jargon));
        QVERIFY(!m_reader
                     .read(QStringLiteral("It's with L2, which means our specialist engineers."),
                           QString())
                     .has(PracticeBehaviour::Jargon));
    }

    void precisionAndRecallStayAboveTheFloors_data()
    {
        QTest::addColumn<QString>("language");
        // Every language with a labelled test split is measured; English has floors.
        const QStringList languages =
            QDir(trainingFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& language : languages) {
            if (QFile::exists(trainingFolder() + QLatin1Char('/') + language +
                              QStringLiteral("/test.jsonl")))
                QTest::newRow(qPrintable(language)) << language;
        }
    }

    void precisionAndRecallStayAboveTheFloors()
    {
        QFETCH(QString, language);
        // Measured on each test split when the rules were last tuned (on train only), minus a
        // few points: {precision, recall} per behaviour, in PracticeBehaviour order. A language
        // without floors here is measured and printed, not held.
        using Floors = std::array<std::array<double, 2>, kPracticeBehaviourCount>;
        QHash<QString, Floors> floorsByLanguage;
        // en, 87 replies; measured 1.00/1.00, 1.00/0.65, 0.89/0.80, 0.94/0.94, 1.00/1.00,
        // 1.00/1.00, 0.92/0.92, 0.67/0.67 (6 blaming replies in the split), 1.00/0.71.
        floorsByLanguage.insert(QStringLiteral("en"), Floors{{{0.95, 0.95},
                                                              {0.95, 0.60},
                                                              {0.84, 0.75},
                                                              {0.89, 0.89},
                                                              {0.95, 0.95},
                                                              {0.95, 0.95},
                                                              {0.87, 0.87},
                                                              {0.60, 0.60},
                                                              {0.95, 0.65}}});
        // de, 82 replies; measured 1.00/1.00, 0.93/0.65, 1.00/0.69, 1.00/0.89, 1.00/1.00,
        // 0.96/0.82, 0.82/0.64, 0.50/0.09 (blame: the rules' weakest point in German), 1.00/0.40.
        floorsByLanguage.insert(QStringLiteral("de"), Floors{{{0.95, 0.95},
                                                              {0.88, 0.60},
                                                              {0.95, 0.64},
                                                              {0.95, 0.84},
                                                              {0.95, 0.95},
                                                              {0.91, 0.77},
                                                              {0.77, 0.59},
                                                              {0.45, 0.05},
                                                              {0.95, 0.35}}});
        // fr, 84 replies; measured 0.95/1.00, 0.92/0.71, 1.00/0.77, 1.00/0.63, 1.00/1.00,
        // 1.00/0.85, 0.75/1.00, 1.00/0.33, 1.00/0.47.
        floorsByLanguage.insert(QStringLiteral("fr"), Floors{{{0.90, 0.95},
                                                              {0.87, 0.66},
                                                              {0.95, 0.72},
                                                              {0.95, 0.58},
                                                              {0.95, 0.95},
                                                              {0.95, 0.80},
                                                              {0.70, 0.95},
                                                              {0.95, 0.28},
                                                              {0.95, 0.42}}});
        // es, 86 replies; measured 0.95/1.00, 1.00/0.62, 0.88/0.78, 0.89/0.80, 0.94/0.94,
        // 0.96/0.72, 1.00/0.86, 1.00/0.56, 1.00/0.55.
        floorsByLanguage.insert(QStringLiteral("es"), Floors{{{0.90, 0.95},
                                                              {0.95, 0.57},
                                                              {0.83, 0.73},
                                                              {0.84, 0.75},
                                                              {0.89, 0.89},
                                                              {0.91, 0.67},
                                                              {0.95, 0.81},
                                                              {0.95, 0.51},
                                                              {0.95, 0.50}}});
        // pt, 86 replies; measured 0.91/1.00, 0.96/0.74, 0.88/0.78, 0.73/0.80, 0.94/0.94,
        // 1.00/0.91, 1.00/1.00, 1.00/0.44, 1.00/0.64.
        floorsByLanguage.insert(QStringLiteral("pt"), Floors{{{0.86, 0.95},
                                                              {0.91, 0.69},
                                                              {0.83, 0.73},
                                                              {0.68, 0.75},
                                                              {0.89, 0.89},
                                                              {0.95, 0.86},
                                                              {0.95, 0.95},
                                                              {0.95, 0.39},
                                                              {0.95, 0.59}}});
        for (const QString& split : {QStringLiteral("train"), QStringLiteral("test")}) {
            std::array<Score, kPracticeBehaviourCount> scores{};
            int replies = 0;
            QString error;
            QVERIFY2(score(language, split, &scores, &replies, &error), qPrintable(error));
            QVERIFY(replies > 0);
            qInfo().noquote()
                << QStringLiteral("%1/%2: %3 replies").arg(language, split).arg(replies);
            for (int b = 0; b < kPracticeBehaviourCount; ++b) {
                const Score& s = scores[std::size_t(b)];
                qInfo().noquote() << QStringLiteral("  %1 P %2 R %3 (tp %4 fp %5 fn %6)")
                                         .arg(behaviourName(PracticeBehaviour(b)), -21)
                                         .arg(s.precision(), 0, 'f', 2)
                                         .arg(s.recall(), 0, 'f', 2)
                                         .arg(s.truePositive)
                                         .arg(s.falsePositive)
                                         .arg(s.falseNegative);
                if (floorsByLanguage.contains(language) && split == QLatin1String("test")) {
                    const auto floor = floorsByLanguage.value(language)[std::size_t(b)];
                    QVERIFY2(s.precision() >= floor[0] && s.recall() >= floor[1],
                             qPrintable(QStringLiteral("%1 below its floor")
                                            .arg(behaviourName(PracticeBehaviour(b)))));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReplyReader)
#include "tst_replyreader.moc"
