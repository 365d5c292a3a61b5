#include "TestEnvironment.h"
#include "supervisor/SupervisorAccess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTest>

using namespace attune::test;

// The command line is a contract with softphones and IT scripts: these run the real binary.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp()
    {
        IsolatedHome home;
        RunResult version = runAttune(home, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("attune " ATTUNE_VERSION));
        RunResult help = runAttune(home, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* expected :
             {"attune call start", "attune call say", "attune status", "--demo", "--screenshot",
              "--exit-after-first-frame", "Exit codes"})
            QVERIFY2(help.out.contains(QLatin1String(expected)), expected);
    }

    void badCommandLinesExitTwoWithTheReasonAndUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("dance")} << "unknown command";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--fly")} << "unknown option";
        QTest::newRow("missing value")
            << QStringList{QStringLiteral("call"), QStringLiteral("start"),
                           QStringLiteral("--phone")}
            << "needs a value";
        QTest::newRow("missing speaker")
            << QStringList{QStringLiteral("call"), QStringLiteral("say"), QStringLiteral("hi")}
            << "--speaker";
    }

    void badCommandLinesExitTwoWithTheReasonAndUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        IsolatedHome home;
        const RunResult result = runAttune(home, arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(reason), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("Usage:")));
        QVERIFY(result.out.isEmpty());
    }

    // `attune cues` as a speech-analytics pipeline would use it: many lines in, one JSON object
    // per line out, in order, with the documented shape.
    void cuesAnswersEveryLineInOrder()
    {
        IsolatedHome home;
        const QList<QByteArray> samples = {"This is the THIRD time I'm calling, I'm furious!",
                                           "I'd like to update my address please",
                                           "Thank you so much, what a relief",
                                           "I'm not angry at all, I just want it fixed",
                                           "",
                                           "I don't understand why there are two charges"};
        constexpr int kRounds = 5000;
        QByteArray input;
        for (int i = 0; i < kRounds; ++i) {
            for (const QByteArray& sample : samples)
                input += sample + '\n';
        }
        QProcess process;
        process.setProcessEnvironment(home.environment());
        process.start(QStringLiteral(ATTUNE_BINARY), {QStringLiteral("cues")});
        QVERIFY(process.waitForStarted());
        process.write(input);
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        QCOMPARE(lines.size(), kRounds * samples.size() + 1); // and a final newline
        QVERIFY(lines.first().startsWith(R"({"negative":true,"positive":false,"intensity":)"));
        for (int i = 0; i < kRounds * int(samples.size()); i += 997) {
            const QJsonObject line = QJsonDocument::fromJson(lines.at(i)).object();
            const QJsonObject cues = line.value(QStringLiteral("cues")).toObject();
            QCOMPARE(cues.size(), 6);
            QVERIFY(line.value(QStringLiteral("evidence")).isArray());
            switch (i % samples.size()) {
            case 0:
                QVERIFY(cues.value(QStringLiteral("frustration")).toDouble() > 0.7);
                break;
            case 1:
            case 3:
            case 4:
                QCOMPARE(line.value(QStringLiteral("negative")).toBool(), false);
                QCOMPARE(line.value(QStringLiteral("intensity")).toDouble(), 0.0);
                break;
            case 2:
                QCOMPARE(line.value(QStringLiteral("positive")).toBool(), true);
                break;
            case 5:
                QVERIFY(cues.value(QStringLiteral("confusion")).toDouble() > 0.5);
                break;
            }
        }
    }

    void importReadsACrmExportOrChangesNothing()
    {
        IsolatedHome home;
        const QString good = home.path() + QStringLiteral("/crm.csv");
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Client ID,full_name,Mobile\nC-1,Elena Marsh,+44 20 7946 0321\nC-2,Jonas "
                   "Berg,+49 30 1234567\n");
        file.close();
        RunResult result = runAttune(home, {QStringLiteral("import"), QStringLiteral("customers"),
                                            good, QStringLiteral("--map"),
                                            QStringLiteral("Client ID=customer_id,Mobile=phone")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("2 new")), qPrintable(result.out));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("customer_id,full_name\nC-3,New Person\nC-4,\n");
        file.close();
        result = runAttune(home, {QStringLiteral("import"), QStringLiteral("customers"), good});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("crm.csv:3: field \"full_name\"")),
                 qPrintable(result.err));
        result = runAttune(home, {QStringLiteral("import"), QStringLiteral("people"), good});
        QCOMPARE(result.exitCode, 2);
    }

    void hashPinPrintsTheSettingLineAndNeverThePin()
    {
        IsolatedHome home;
        QProcess process;
        process.setProcessEnvironment(home.environment());
        process.start(QStringLiteral(ATTUNE_BINARY), {QStringLiteral("hash-pin")});
        QVERIFY(process.waitForStarted());
        process.write("482916\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.startsWith(QStringLiteral("[supervisor]\npinHash=pbkdf2-sha256$200000$")),
                 qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("482916")));
        const QString hashed = out.section(QLatin1String("pinHash="), 1).trimmed();
        QVERIFY(attune::SupervisorPin::verify(QStringLiteral("482916"), hashed));

        QProcess shortPin;
        shortPin.setProcessEnvironment(home.environment());
        shortPin.start(QStringLiteral(ATTUNE_BINARY), {QStringLiteral("hash-pin")});
        shortPin.write("123\n");
        shortPin.closeWriteChannel();
        QVERIFY(shortPin.waitForFinished(30000));
        QCOMPARE(shortPin.exitCode(), 1);
        QVERIFY(shortPin.readAllStandardOutput().isEmpty());
    }

    // `attune practice` against the real app: opened with a scenario, an unknown one refused
    // with the ids, paused by a ringing call (and refused while it is live), back after it.
    void practiceOpensInTheRunningAttuneAndGivesWayToCalls()
    {
        IsolatedHome home;
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        const auto practice = [&home] {
            return statusOf(home).value(QStringLiteral("practice")).toObject();
        };
        RunResult result =
            runAttune(home, {QStringLiteral("practice"), QStringLiteral("bereavement")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("Practice \"bereavement\" is open in Attune.\n"));
        QCOMPARE(practice().value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(practice().value(QStringLiteral("scenario")).toString(),
                 QStringLiteral("bereavement"));

        result = runAttune(home, {QStringLiteral("practice"), QStringLiteral("bereavment")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("the scenarios are: angry-escalation, "
                                                    "bereavement")),
                 qPrintable(result.err));

        result = runAttune(home, {QStringLiteral("call"), QStringLiteral("start"),
                                  QStringLiteral("+15551234567")});
        QCOMPARE(result.exitCode, 0);
        QTRY_COMPARE(practice().value(QStringLiteral("state")).toString(),
                     QStringLiteral("paused"));
        result = runAttune(home, {QStringLiteral("practice")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.err,
                 QStringLiteral("attune: refused: Practice waits while a call is live.\n"));

        result = runAttune(home, {QStringLiteral("call"), QStringLiteral("end")});
        QCOMPARE(result.exitCode, 0);
        QTRY_COMPARE(practice().value(QStringLiteral("state")).toString(),
                     QStringLiteral("running"));
        QCOMPARE(practice().value(QStringLiteral("scenario")).toString(),
                 QStringLiteral("bereavement"));
        stopAttuneApp(app);
    }

    void statusWithoutAnInstanceExitsThree()
    {
        IsolatedHome home;
        const RunResult result = runAttune(home, {QStringLiteral("status")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("not running")), qPrintable(result.err));
    }

    void exitAfterFirstFrameReportsTheFrame()
    {
        IsolatedHome home;
        const RunResult result = runAttune(home, {QStringLiteral("--exit-after-first-frame")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("first-frame-monotonic-us ")),
                 qPrintable(result.out));
    }

    // The start-up's milestones (tests/bench/startup-timeline): nothing unless the attune.startup
    // debug log is switched on; then every step of a whole start, in the order of their times.
    void theStartupTimelineListsTheWholeStartInOrder()
    {
        IsolatedHome home;
        const RunResult quiet = runAttune(home, {QStringLiteral("--exit-after-first-frame")});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.err.contains(QStringLiteral("attune.startup")), qPrintable(quiet.err));

        QProcessEnvironment environment = home.environment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                           QStringLiteral("attune.startup.debug=true"));
        QProcess app;
        home.start(app, {QStringLiteral("--exit-after-first-frame")}, environment);
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 0);
        const QString err = QString::fromUtf8(app.readAllStandardError());
        // Two threads write these lines: ordered by their times, not by where they landed.
        QMap<qint64, QString> marks;
        int notes = 0;
        static const QString kPrefix = QStringLiteral("attune.startup: ");
        for (const QString& line : err.split(u'\n')) {
            if (!line.startsWith(kPrefix))
                continue;
            const QString rest = line.mid(kPrefix.size());
            if (rest.startsWith(QLatin1String("event loop: "))) { // a note, not a milestone
                ++notes;
                continue;
            }
            bool ok = false;
            const qint64 us = rest.section(u' ', 0, 0).toLongLong(&ok);
            QVERIFY2(ok, qPrintable(line));
            marks.insert(us, rest.section(u' ', 1));
        }
        QCOMPARE(notes, 1);
        // The GUI thread's steps in their order; the storage thread's: its libraries loaded
        // (started with the services, while the window is built), then the open between the
        // first frame and the answer, beside the views that attach while the database opens.
        const QStringList onTheGuiThread{QStringLiteral("application made"),
                                         QStringLiteral("services made"),
                                         QStringLiteral("window made"),
                                         QStringLiteral("window shown"),
                                         QStringLiteral("first frame painted"),
                                         QStringLiteral("views attached before storage"),
                                         QStringLiteral("storage answer handled"),
                                         QStringLiteral("services started"),
                                         QStringLiteral("views attached"),
                                         QStringLiteral("socket listening"),
                                         QStringLiteral("start complete"),
                                         QStringLiteral("event loop left"),
                                         QStringLiteral("window gone"),
                                         QStringLiteral("services gone"),
                                         QStringLiteral("application gone")};
        const QStringList onTheStorageThread{QStringLiteral("storage driver loaded"),
                                             QStringLiteral("storage open begins"),
                                             QStringLiteral("storage open ends")};
        const QStringList all = marks.values();
        QCOMPARE(all.size(), onTheGuiThread.size() + onTheStorageThread.size());
        QStringList gui = all;
        gui.removeIf([&](const QString& mark) { return onTheStorageThread.contains(mark); });
        QCOMPARE(gui, onTheGuiThread);
        const auto at = [&](const char* mark) { return all.indexOf(QString::fromLatin1(mark)); };
        QVERIFY2(at("application made") < at("storage driver loaded"), qPrintable(err));
        QVERIFY2(at("storage driver loaded") < at("storage open begins"), qPrintable(err));
        QVERIFY2(at("first frame painted") < at("storage open begins"), qPrintable(err));
        QVERIFY2(at("storage open begins") < at("storage open ends"), qPrintable(err));
        QVERIFY2(at("storage open ends") < at("storage answer handled"), qPrintable(err));
    }

    // The GUI thread runs Qt's own event loop where no platform theme can need GLib's (offscreen
    // loads none unless one is named), and GLib's as before where one is named: a GTK theme's
    // dialogs would freeze without it. The variable that chooses it is not left behind.
    void theEventLoopIsQtsOwnOnlyWhereNoThemeNeedsGlibs()
    {
        IsolatedHome home;
        const auto loopOf = [&home](const QString& theme, const QString& noGlib) {
            QProcessEnvironment environment = home.environment();
            environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                               QStringLiteral("attune.startup.debug=true"));
            environment.remove(QStringLiteral("QT_NO_GLIB"));
            environment.remove(QStringLiteral("QT_QPA_PLATFORMTHEME"));
            if (!theme.isEmpty())
                environment.insert(QStringLiteral("QT_QPA_PLATFORMTHEME"), theme);
            if (!noGlib.isEmpty())
                environment.insert(QStringLiteral("QT_NO_GLIB"), noGlib);
            QProcess app;
            home.start(app, {QStringLiteral("--exit-after-first-frame")}, environment);
            if (!app.waitForFinished(30000) || app.exitCode() != 0)
                return QStringLiteral("(no clean run)");
            const QString err = QString::fromUtf8(app.readAllStandardError());
            static const QString kNote = QStringLiteral("attune.startup: event loop: ");
            const qsizetype at = err.indexOf(kNote);
            return at < 0 ? err : err.mid(at + kNote.size()).section(u'\n', 0, 0);
        };
        QCOMPARE(loopOf({}, {}), QStringLiteral("QUnixEventDispatcherQPA"));
        // A theme named, even one that is not installed: Qt decides as it always did.
        QCOMPARE(loopOf(QStringLiteral("gtk3"), {}), QStringLiteral("QPAEventDispatcherGlib"));
        // The agent's own choice stands.
        QCOMPARE(loopOf(QStringLiteral("gtk3"), QStringLiteral("1")),
                 QStringLiteral("QUnixEventDispatcherQPA"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
