#include "integration/CommandLine.h"

#include <QTest>

using namespace attune;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static CommandLine parse(const QString& line)
    {
        return CommandLine::parse(line.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }

private Q_SLOTS:
    void anAttuneLinkStartsACall()
    {
        const CommandLine line = CommandLine::parse({QStringLiteral(
            "attune://call?phone=%2B1%20555%20123&name=Jos%C3%A9%20P%C3%A9rez&id=CC-9"
            "&customerId=C-1")});
        QCOMPARE(line.action, CommandLine::Action::Forward);
        QVERIFY(line.startsAppIfNeeded);
        QCOMPARE(line.request.value(QStringLiteral("command")).toString(),
                 QStringLiteral("call.start"));
        QCOMPARE(line.request.value(QStringLiteral("via")).toString(), QStringLiteral("url"));
        QCOMPARE(line.request.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+1 555 123"));
        QCOMPARE(line.request.value(QStringLiteral("name")).toString(),
                 QString::fromUtf8("José Pérez"));
        QCOMPARE(line.request.value(QStringLiteral("callId")).toString(), QStringLiteral("CC-9"));
        QCOMPARE(line.request.value(QStringLiteral("customerId")).toString(),
                 QStringLiteral("C-1"));
        QVERIFY(line.request.value(QStringLiteral("requestedAtEpochMs")).toDouble() > 0);
        QVERIFY(line.request.value(QStringLiteral("requestedAtMonotonicUs")).toInteger(-1) >= 0);
        // The scheme is case-insensitive, as URLs are.
        QCOMPARE(CommandLine::parse({QStringLiteral("ATTUNE://call?name=Ann")}).action,
                 CommandLine::Action::Forward);
    }

    void aBadLinkIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("other host") << "attune://settings?phone=1"
                                    << "attune://call";
        QTest::newRow("port") << "attune://call:80?phone=123"
                              << "attune://call";
        QTest::newRow("unknown field") << "attune://call?phone=123&cmd=rm"
                                       << "unknown field";
        QTest::newRow("twice") << "attune://call?name=a&name=b"
                               << "twice";
        QTest::newRow("letters in phone") << "attune://call?phone=12ab"
                                          << "phone number";
        QTest::newRow("newline in name") << "attune://call?name=a%0Ab"
                                         << "name";
        QTest::newRow("bidi override in name") << "attune://call?name=a%E2%80%AEb"
                                               << "name";
        QTest::newRow("slash in id") << "attune://call?name=a&id=a/b"
                                     << "an id";
        QTest::newRow("nothing to show") << "attune://call"
                                         << "at least";
        QTest::newRow("not a url") << "attune:// call"
                                   << "valid URL";
    }

    void aBadLinkIsRefusedWithTheReason()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        const CommandLine line = CommandLine::parse({url});
        QCOMPARE(line.action, CommandLine::Action::Error);
        QVERIFY2(line.error.contains(QStringLiteral("attune:// link was refused")) &&
                     line.error.contains(reason),
                 qPrintable(line.error));
        QCOMPARE(CommandLine::parse({QStringLiteral("attune://call?name=a"), QStringLiteral("x")})
                     .action,
                 CommandLine::Action::Error);
    }

    void noArgumentsRunsTheApp()
    {
        const CommandLine line = parse(QString());
        QCOMPARE(line.action, CommandLine::Action::RunApp);
        QVERIFY(!line.demo);
        QVERIFY(line.screenshotFile.isEmpty());
    }

    void appOptions()
    {
        const CommandLine line =
            parse(QStringLiteral("--demo --screenshot /tmp/a.png --exit-after-first-frame"));
        QCOMPARE(line.action, CommandLine::Action::RunApp);
        QVERIFY(line.demo);
        QVERIFY(line.exitAfterFirstFrame);
        QCOMPARE(line.screenshotFile, QStringLiteral("/tmp/a.png"));
        QCOMPARE(parse(QStringLiteral("--screenshot=/tmp/b.png")).screenshotFile,
                 QStringLiteral("/tmp/b.png"));
        QCOMPARE(parse(QStringLiteral("-platform offscreen --demo")).action,
                 CommandLine::Action::RunApp);
    }

    void helpAndVersion()
    {
        QCOMPARE(parse(QStringLiteral("--help")).action, CommandLine::Action::Help);
        QCOMPARE(parse(QStringLiteral("help")).action, CommandLine::Action::Help);
        QCOMPARE(parse(QStringLiteral("--version")).action, CommandLine::Action::Version);
        QVERIFY(CommandLine::usage().contains(QStringLiteral("attune call start")));
    }

    void callStartCarriesEveryField()
    {
        const CommandLine line = CommandLine::parse(
            {QStringLiteral("call"), QStringLiteral("start"), QStringLiteral("--call-id"),
             QStringLiteral("abc"), QStringLiteral("--phone"), QStringLiteral("+44 20 7946 0321"),
             QStringLiteral("--customer-id=C-9"), QStringLiteral("--name"),
             QStringLiteral("Zoë O'Brien")});
        QCOMPARE(line.action, CommandLine::Action::Forward);
        QVERIFY(line.startsAppIfNeeded);
        QCOMPARE(line.request.value(QStringLiteral("command")).toString(),
                 QStringLiteral("call.start"));
        QCOMPARE(line.request.value(QStringLiteral("v")).toInt(), ControlMessage::kVersion);
        QCOMPARE(line.request.value(QStringLiteral("callId")).toString(), QStringLiteral("abc"));
        QCOMPARE(line.request.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+44 20 7946 0321"));
        QCOMPARE(line.request.value(QStringLiteral("customerId")).toString(),
                 QStringLiteral("C-9"));
        QCOMPARE(line.request.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Zoë O'Brien"));
        QVERIFY(line.request.value(QStringLiteral("requestedAtEpochMs")).toDouble() > 0);
        QVERIFY(line.request.value(QStringLiteral("requestedAtMonotonicUs")).toInteger(-1) >= 0);
    }

    // The customer's language: `call start --lang` and `cues --lang`, checked on the way in.
    void languageOptions()
    {
        QCOMPARE(parse(QStringLiteral("call start --lang es 123"))
                     .request.value(QStringLiteral("language"))
                     .toString(),
                 QStringLiteral("es"));
        const CommandLine italian = parse(QStringLiteral("call start --lang it 123"));
        QCOMPARE(italian.action, CommandLine::Action::Error);
        QVERIFY2(italian.error.contains(QStringLiteral("en, es, de, fr, pt")),
                 qPrintable(italian.error));
        QCOMPARE(parse(QStringLiteral("cues")).cueLanguage, QStringLiteral("auto"));
        const CommandLine german = parse(QStringLiteral("cues --lang de"));
        QCOMPARE(german.action, CommandLine::Action::Cues);
        QCOMPARE(german.cueLanguage, QStringLiteral("de"));
        QCOMPARE(parse(QStringLiteral("cues --lang=auto")).cueLanguage, QStringLiteral("auto"));
        QCOMPARE(parse(QStringLiteral("cues --lang xx")).action, CommandLine::Action::Error);
        QCOMPARE(parse(QStringLiteral("cues extra")).action, CommandLine::Action::Error);
    }

    void callStartTakesTheNumberAsABareWordLikeSoftphonesSendIt()
    {
        const CommandLine line = parse(QStringLiteral("call start +15551234567"));
        QCOMPARE(line.action, CommandLine::Action::Forward);
        QCOMPARE(line.request.value(QStringLiteral("phone")).toString(),
                 QStringLiteral("+15551234567"));
    }

    void callSayJoinsTheWords()
    {
        const CommandLine line =
            parse(QStringLiteral("call say --speaker customer --partial this is the third time"));
        QCOMPARE(line.action, CommandLine::Action::Forward);
        QCOMPARE(line.request.value(QStringLiteral("text")).toString(),
                 QStringLiteral("this is the third time"));
        QCOMPARE(line.request.value(QStringLiteral("speaker")).toString(),
                 QStringLiteral("customer"));
        QVERIFY(line.request.value(QStringLiteral("partial")).toBool());
        // Text that looks like an option is passed after "--".
        const CommandLine dashed = CommandLine::parse(
            {QStringLiteral("call"), QStringLiteral("say"), QStringLiteral("--speaker"),
             QStringLiteral("agent"), QStringLiteral("--"), QStringLiteral("--not-an-option")});
        QCOMPARE(dashed.request.value(QStringLiteral("text")).toString(),
                 QStringLiteral("--not-an-option"));
    }

    void statusDoesNotStartTheApp()
    {
        const CommandLine line = parse(QStringLiteral("status"));
        QCOMPARE(line.action, CommandLine::Action::Forward);
        QVERIFY(!line.startsAppIfNeeded);
        QCOMPARE(line.request.value(QStringLiteral("command")).toString(),
                 QStringLiteral("status"));
    }

    void errorsSayWhatWasWrong_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("unknown command") << "dance"
                                         << "unknown command \"dance\"";
        QTest::newRow("unknown option") << "--fly"
                                        << "unknown option \"--fly\"";
        QTest::newRow("call without subcommand") << "call"
                                                 << "needs a subcommand";
        QTest::newRow("unknown call subcommand") << "call hold"
                                                 << "unknown call subcommand";
        QTest::newRow("missing value") << "call start --phone"
                                       << "--phone needs a value";
        QTest::newRow("unknown call option") << "call start --fax 123"
                                             << "unknown option \"--fax\"";
        QTest::newRow("stray word") << "call answer extra"
                                    << "unexpected argument";
        QTest::newRow("two bare words") << "call start 555 666"
                                        << "unexpected argument \"666\"";
        QTest::newRow("number twice") << "call start --phone 555 666"
                                      << "unexpected argument";
        QTest::newRow("say without speaker") << "call say hello"
                                             << "--speaker";
        QTest::newRow("say bad speaker") << "call say --speaker robot hi"
                                         << "customer or agent";
        QTest::newRow("say without text") << "call say --speaker customer"
                                          << "text";
        QTest::newRow("status with arguments") << "status now"
                                               << "takes no arguments";
        QTest::newRow("screenshot without file") << "--screenshot"
                                                 << "needs a file name";
        QTest::newRow("export what") << "export calls"
                                     << "needs what to export";
        QTest::newRow("export format") << "export assessments out.csv"
                                       << "needs --format";
        QTest::newRow("export bad format") << "export assessments --format xml out"
                                           << "csv or json";
        QTest::newRow("export no file") << "export assessments --format csv"
                                        << "needs the file";
        QTest::newRow("export two files") << "export assessments --format csv a b"
                                          << "one file";
        QTest::newRow("breathe with arguments") << "breathe now"
                                                << "takes no arguments";
        QTest::newRow("team without what") << "team"
                                           << "init, add-agent or add-supervisor";
        QTest::newRow("team unknown") << "team drop --server pg"
                                      << "init, add-agent or add-supervisor";
        QTest::newRow("team without server") << "team init"
                                             << "needs --server HOST";
        QTest::newRow("team password option") << "team init --server pg --password s3cret"
                                              << "unknown option \"--password\"";
        QTest::newRow("team bad port") << "team init --server pg --port 70000"
                                       << "--port must be";
        QTest::newRow("team bad sslmode") << "team init --server pg --sslmode prefer"
                                          << "--sslmode must be one of";
        QTest::newRow("team init with person") << "team init alice --server pg"
                                               << "unexpected argument \"alice\"";
        QTest::newRow("team add without person") << "team add-agent --server pg --team t"
                                                 << "exactly one person";
        QTest::newRow("team add without team") << "team add-supervisor sue --server pg"
                                               << "needs --team TEAM";
    }

    void teamCommandsForIt()
    {
        CommandLine line = parse(QStringLiteral("team add-agent alice --team north --server "
                                                "pg.example.org --port 5433 --ca-file ca.pem"));
        QCOMPARE(line.action, CommandLine::Action::Team);
        QCOMPARE(line.team.value(QStringLiteral("action")).toString(), QStringLiteral("add-agent"));
        QCOMPARE(line.team.value(QStringLiteral("person")).toString(), QStringLiteral("alice"));
        QCOMPARE(line.team.value(QStringLiteral("team")).toString(), QStringLiteral("north"));
        QCOMPARE(line.team.value(QStringLiteral("server")).toString(),
                 QStringLiteral("pg.example.org"));
        QCOMPARE(line.team.value(QStringLiteral("port")).toString(), QStringLiteral("5433"));
        QCOMPARE(line.team.value(QStringLiteral("caFile")).toString(), QStringLiteral("ca.pem"));
        line = parse(QStringLiteral("team init --server pg --password-file /root/pw"));
        QCOMPARE(line.action, CommandLine::Action::Team);
        QCOMPARE(line.team.value(QStringLiteral("passwordFile")).toString(),
                 QStringLiteral("/root/pw"));
    }

    void exportAndBreathe()
    {
        CommandLine line = parse(QStringLiteral("export assessments --format json out.json"));
        QCOMPARE(line.action, CommandLine::Action::ExportAssessments);
        QCOMPARE(line.exportFormat, QStringLiteral("json"));
        QCOMPARE(line.exportFile, QStringLiteral("out.json"));
        // Private notes never leave, not even on request.
        QVERIFY(!parse(QStringLiteral("export assessments --format json --include-private o.json"))
                     .error.isEmpty());
        line = parse(QStringLiteral("breathe"));
        QCOMPARE(line.action, CommandLine::Action::Forward);
        QVERIFY(line.startsAppIfNeeded);
        QCOMPARE(line.request.value(QStringLiteral("command")).toString(),
                 QStringLiteral("breathe"));
    }

    void errorsSayWhatWasWrong()
    {
        QFETCH(QString, arguments);
        QFETCH(QString, errorContains);
        const CommandLine line = parse(arguments);
        QCOMPARE(line.action, CommandLine::Action::Error);
        QVERIFY2(line.error.contains(errorContains), qPrintable(line.error));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
