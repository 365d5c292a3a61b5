#include "TestConfig.h"
#include "empathy/CueDetector.h"

#include <QFile>
#include <QTest>

using namespace attune;

class TestCueDetector : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CueDetector> m_detector;

    CueReading read(const char* text) const { return m_detector->read(QString::fromUtf8(text)); }
    double level(const char* text, Cue::Kind kind) const { return read(text).level(kind); }

private Q_SLOTS:
    void initTestCase()
    {
        Lexicon lexicon;
        QString error;
        QVERIFY2(Lexicon::loadFile(QStringLiteral(":/lexicons/en.json"), &lexicon, &error),
                 qPrintable(error));
        QCOMPARE(lexicon.locale, QStringLiteral("en"));
        m_detector = std::make_unique<CueDetector>(std::move(lexicon));
    }

    void readsEachCueWithEvidence()
    {
        const CueReading angry = read("This is ridiculous, I'm absolutely furious");
        QVERIFY(angry.negative);
        QVERIFY(angry.level(Cue::Kind::Frustration) > 0.8);
        QVERIFY(angry.evidence.contains(QStringLiteral("furious")));
        QVERIFY(level("I'm really worried my account was hacked", Cue::Kind::Anxiety) > 0.6);
        QVERIFY(level("My husband passed away last month", Cue::Kind::Sadness) > 0.6);
        QVERIFY(level("I don't understand why there are two charges", Cue::Kind::Confusion) > 0.5);
        QVERIFY(level("I need this sorted before my flight tonight", Cue::Kind::Urgency) > 0.5);
        const CueReading thanks = read("Thank you so much, you've been a lifesaver");
        QVERIFY(thanks.positive);
        QVERIFY(!thanks.negative);
    }

    void negationTurnsCuesOffOrAround()
    {
        QCOMPARE(level("I'm not angry at all, I just want it fixed", Cue::Kind::Frustration), 0.0);
        QVERIFY(!read("No worries, take your time").negative);
        QVERIFY(level("I'm not happy about this at all", Cue::Kind::Frustration) >= 0.4);
        QCOMPARE(level("I'm not happy about this at all", Cue::Kind::Gratitude), 0.0);
        QCOMPARE(level("I'm never worried about this kind of thing", Cue::Kind::Anxiety), 0.0);
        // A negation ends with its clause: the comma keeps "not" away from "fed up".
        QVERIFY(level("It's still not fixed, I'm fed up", Cue::Kind::Frustration) > 0.6);
    }

    void intensifiersAndDiminishersScale()
    {
        const double plain = level("I'm annoyed", Cue::Kind::Frustration);
        QVERIFY(level("I'm extremely annoyed", Cue::Kind::Frustration) > plain);
        QVERIFY(level("I'm a bit annoyed", Cue::Kind::Frustration) < plain);
        QVERIFY(level("I'm a bit annoyed", Cue::Kind::Frustration) > 0);
    }

    void escalationShoutingAndRepetition()
    {
        QVERIFY(read("This is the third time I'm calling").level(Cue::Kind::Frustration) >= 0.5);
        const double calm = level("the internet is not working", Cue::Kind::Frustration);
        QVERIFY(level("the internet is STILL not working AGAIN!!!", Cue::Kind::Frustration) > calm);
        QVERIFY(level("Every single time I call it's the same", Cue::Kind::Frustration) > 0.6);
        // Escalation words alone are not a feeling.
        QVERIFY(!read("I'll call again tomorrow").negative);
    }

    void sarcasmIsNotThanks()
    {
        const CueReading sarcastic = read("Oh great, another hour on hold, just brilliant");
        QVERIFY(sarcastic.negative);
        QCOMPARE(sarcastic.level(Cue::Kind::Gratitude), 0.0);
        QVERIFY(!read("Thanks for nothing").positive);
    }

    void misspellingsContractionsAndEmoji()
    {
        QVERIFY(level("this is ridiculus and so frustating", Cue::Kind::Frustration) > 0.6);
        QVERIFY(level("i dont understand this bill", Cue::Kind::Confusion) > 0.5);
        QVERIFY(level("my package is lost :(", Cue::Kind::Sadness) > 0.3);
        QVERIFY(read("thank you 🙏").positive);
        QVERIFY(level("I’m so worried", Cue::Kind::Anxiety) > 0.6); // typographic apostrophe
    }

    void plainRequestsStayNeutral()
    {
        for (const char* line :
             {"Can you cancel the order I placed yesterday?", "What's my account balance?",
              "I'd like to update my address please", "The reference number is 4471"}) {
            const CueReading reading = read(line);
            QVERIFY2(!reading.negative && !reading.positive, line);
        }
        QCOMPARE(read("").intensity, 0.0);
    }

    void aBrokenLexiconNamesFileLineAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("syntax") << QByteArray("{\n\"schema\": 1,\n\"cues\": {]\n}") << "xx.json:3";
        QTest::newRow("schema") << QByteArray(R"({"schema":2})") << "field \"schema\"";
        QTest::newRow("locale") << QByteArray(R"({"schema":1,"cues":{}})") << "field \"locale\"";
        QTest::newRow("unknown cue")
            << QByteArray("{\"schema\":1,\"locale\":\"en\",\n\"cues\":{\"boredom\":{\"meh\":0.5}}}")
            << "xx.json:2: field \"cues.boredom\"";
        QTest::newRow("weight") << QByteArray(
                                       R"({"schema":1,"locale":"en","cues":{"anxiety":{"eek":7}}})")
                                << "field \"cues.anxiety.eek\": weight";
    }

    void aBrokenLexiconNamesFileLineAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorContains);
        Lexicon lexicon;
        QString error;
        QVERIFY(!Lexicon::load(json, QStringLiteral("xx.json"), &lexicon, &error));
        QVERIFY2(error.contains(errorContains), qPrintable(error));
    }

    void theArcFindsThePeakAndTheCalm()
    {
        CallArc arc;
        arc.add(1000, read("Hi, I'm calling about my bill"));
        arc.add(5000, read("This is the THIRD time and I'm furious!"));
        QVERIFY(arc.peakIntensity() > 0.8);
        QCOMPARE(arc.peakAtMs(), 5000);
        QCOMPARE(arc.peakKind(), Cue::Kind::Frustration);
        QVERIFY(!arc.calmedDown());
        arc.add(20000, read("Okay, that makes sense"));
        arc.add(30000, read("Thank you so much, I really appreciate it"));
        QVERIFY(arc.calmedDown());
        QCOMPARE(arc.points().size(), 4);
        CallArc calmCall;
        calmCall.add(0, read("I'd like to change my address"));
        calmCall.add(1, read("Thanks"));
        QVERIFY(!calmCall.calmedDown()); // it never ran hot
    }

    // The labelled sets: per-cue precision and recall, with F1 floors set a few points under
    // what the detector measured, so a change that makes it worse fails here. The dev set was
    // tuned on; the held-out set was written afterwards, blind to the lexicon, and shows what
    // to expect on text nobody tuned for.
    void labelledSetQuality_data()
    {
        using Floors = QHash<QString, double>;
        QTest::addColumn<QString>("file");
        QTest::addColumn<Floors>("floors");
        // Measured: F1 frustration 0.85, anxiety 0.91, sadness 0.93, confusion 0.94,
        // urgency 0.87, gratitude 0.93, negative 0.94 (precision 0.92, recall 0.96).
        QTest::newRow("dev") << QStringLiteral("dev_en.tsv")
                             << Floors{{QStringLiteral("frustration"), 0.82},
                                       {QStringLiteral("anxiety"), 0.88},
                                       {QStringLiteral("sadness"), 0.89},
                                       {QStringLiteral("confusion"), 0.90},
                                       {QStringLiteral("urgency"), 0.83},
                                       {QStringLiteral("gratitude"), 0.89},
                                       {QStringLiteral("negative"), 0.91}};
        // Measured: F1 frustration 0.62, anxiety 0.56, sadness 0.50, confusion 0.66,
        // urgency 0.60, gratitude 0.69, negative 0.71 (precision 0.89, recall 0.59).
        QTest::newRow("held-out") << QStringLiteral("heldout_en.tsv")
                                  << Floors{{QStringLiteral("frustration"), 0.58},
                                            {QStringLiteral("anxiety"), 0.52},
                                            {QStringLiteral("sadness"), 0.45},
                                            {QStringLiteral("confusion"), 0.61},
                                            {QStringLiteral("urgency"), 0.55},
                                            {QStringLiteral("gratitude"), 0.64},
                                            {QStringLiteral("negative"), 0.67}};
    }

    void labelledSetQuality()
    {
        QFETCH(QString, file);
        using Floors = QHash<QString, double>;
        QFETCH(Floors, floors);
        QFile data(QStringLiteral(ATTUNE_TEST_DATA_DIR "/cues/") + file);
        QVERIFY(data.open(QIODevice::ReadOnly | QIODevice::Text));
        struct Counts
        {
            int tp = 0, fp = 0, fn = 0;
        };
        QHash<QString, Counts> counts;
        int lines = 0;
        while (!data.atEnd()) {
            const QString line = QString::fromUtf8(data.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            ++lines;
            const QStringList labels =
                line.section(QLatin1Char('\t'), 0, 0).split(QLatin1Char(','));
            const CueReading reading = m_detector->read(line.section(QLatin1Char('\t'), 1));
            QStringList predicted;
            for (const Cue& cue : reading.cues) {
                if (cue.intensity >= 0.35)
                    predicted << cueKindName(cue.kind);
            }
            const bool truthNegative = labels.contains(QStringLiteral("frustration")) ||
                                       labels.contains(QStringLiteral("anxiety")) ||
                                       labels.contains(QStringLiteral("sadness")) ||
                                       labels.contains(QStringLiteral("confusion"));
            if (reading.negative)
                predicted << QStringLiteral("negative");
            QStringList truth = labels;
            if (truthNegative)
                truth << QStringLiteral("negative");
            for (auto it = floors.cbegin(); it != floors.cend(); ++it) {
                const bool t = truth.contains(it.key());
                const bool p = predicted.contains(it.key());
                counts[it.key()].tp += t && p;
                counts[it.key()].fp += !t && p;
                counts[it.key()].fn += t && !p;
            }
        }
        QVERIFY(lines >= (file == QLatin1String("dev_en.tsv") ? 400 : 250));
        QStringList below;
        for (auto it = floors.cbegin(); it != floors.cend(); ++it) {
            const Counts& c = counts.value(it.key());
            const double precision = c.tp + c.fp ? double(c.tp) / (c.tp + c.fp) : 0;
            const double recall = c.tp + c.fn ? double(c.tp) / (c.tp + c.fn) : 0;
            const double f1 =
                precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
            qInfo("%-12s precision %.2f recall %.2f F1 %.2f", qPrintable(it.key()), precision,
                  recall, f1);
            if (f1 < it.value())
                below << QStringLiteral("%1 F1 %2 < %3")
                             .arg(it.key())
                             .arg(f1, 0, 'f', 2)
                             .arg(it.value());
        }
        QVERIFY2(below.isEmpty(), qPrintable(below.join(QLatin1String("; "))));
    }
};

QTEST_GUILESS_MAIN(TestCueDetector)
#include "tst_cuedetector.moc"
