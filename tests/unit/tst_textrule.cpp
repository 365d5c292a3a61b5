#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "core/PopTrace.h"
#include "core/TextRule.h"
#include "integration/ApiMessage.h"
#include "integration/BaresipConnector.h"
#include "integration/CommandLine.h"
#include "integration/ControlProtocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace attune;

// Issue 14, defect 9: the local socket (and so `attune call …`) took 4,096 characters with
// control characters, the WebSocket API 16,384 without, links had a third rule and baresip
// names none; a U+202E in a link's name was refused as "at most 200 characters". Now one rule
// (core/TextRule.h) decides for every source, and each says the same thing.
class TestTextRule : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    CallEvents m_bus;
    std::unique_ptr<CallSession> m_session;
    PopTrace m_trace;
    std::unique_ptr<ControlProtocol> m_protocol;

    QJsonObject send(QJsonObject request)
    {
        request.insert(QStringLiteral("v"), ControlMessage::kVersion);
        return m_protocol->handle(request);
    }

    static QString verdict(const QJsonObject& reply)
    {
        return reply.value(QStringLiteral("ok")).toBool()
                   ? QString()
                   : reply.value(QStringLiteral("error")).toString(QStringLiteral("no reason"));
    }

    // A caller's name by every way a name comes in; each source's refusal, empty when taken.
    QStringList nameVerdicts(const QString& name)
    {
        QStringList verdicts;
        verdicts << verdict(send({{QStringLiteral("command"), QStringLiteral("call.start")},
                                  {QStringLiteral("callId"), QStringLiteral("n1")},
                                  {QStringLiteral("name"), name}}));
        send({{QStringLiteral("command"), QStringLiteral("call.end")}});

        ApiMessage message;
        QString error;
        const QJsonObject started{
            {QStringLiteral("type"), QStringLiteral("call.started")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("caller"), QJsonObject{{QStringLiteral("name"), name}}}};
        verdicts << (ApiMessage::parse(QJsonDocument(started).toJson(), &message, &error)
                         ? QString()
                         : error);

        const CommandLine link =
            CommandLine::parseUrl(QStringLiteral("attune://call?name=") +
                                  QString::fromLatin1(QUrl::toPercentEncoding(name)));
        verdicts << link.error;

        // baresip's calls are never refused for a name: the name is left out, with the reason.
        BaresipEvent event;
        const QJsonObject incoming{{QStringLiteral("event"), true},
                                   {QStringLiteral("class"), QStringLiteral("call")},
                                   {QStringLiteral("type"), QStringLiteral("CALL_INCOMING")},
                                   {QStringLiteral("id"), QStringLiteral("b1")},
                                   {QStringLiteral("peeruri"), QStringLiteral("sip:+155501@x")},
                                   {QStringLiteral("peerdisplayname"), name}};
        if (!BaresipEvent::parse(QJsonDocument(incoming).toJson(), &event, &error))
            verdicts << error;
        else
            verdicts << (event.caller().displayName == name.trimmed() ? QString()
                                                                      : QStringLiteral("left out"));
        return verdicts;
    }

    // A transcript line by the local socket (`attune call say`) and the WebSocket API.
    QStringList textVerdicts(const QString& text)
    {
        QStringList verdicts;
        send({{QStringLiteral("command"), QStringLiteral("call.start")},
              {QStringLiteral("callId"), QStringLiteral("t1")},
              {QStringLiteral("phone"), QStringLiteral("+15550100")}});
        send({{QStringLiteral("command"), QStringLiteral("call.answer")}});
        verdicts << verdict(send({{QStringLiteral("command"), QStringLiteral("call.say")},
                                  {QStringLiteral("speaker"), QStringLiteral("customer")},
                                  {QStringLiteral("text"), text}}));
        send({{QStringLiteral("command"), QStringLiteral("call.end")}});

        ApiMessage message;
        QString error;
        const QJsonObject utterance{{QStringLiteral("type"), QStringLiteral("utterance")},
                                    {QStringLiteral("version"), 1},
                                    {QStringLiteral("speaker"), QStringLiteral("customer")},
                                    {QStringLiteral("text"), text}};
        verdicts << (ApiMessage::parse(QJsonDocument(utterance).toJson(), &message, &error)
                         ? QString()
                         : error);
        return verdicts;
    }

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<CallSession>(m_clock);
        m_session->attach(m_bus);
        m_protocol = std::make_unique<ControlProtocol>(m_bus, *m_session, m_trace);
    }

    void cleanup()
    {
        m_protocol.reset();
        m_session.reset();
    }

    void aNameIsJudgedAlikeByEverySource_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason"); // empty: taken
        QTest::newRow("plain") << QStringLiteral("Grace Hopper") << QString();
        QTest::newRow("accents") << QStringLiteral("José Pérez") << QString();
        QTest::newRow("hebrew") << QStringLiteral("דוד לוי") << QString();
        QTest::newRow("emoji with zero-width joiner")
            << QStringLiteral("Ann \U0001F469\u200D\U0001F4BB") << QString();
        QTest::newRow("200 characters") << QString(200, QLatin1Char('a')) << QString();
        QTest::newRow("201 characters")
            << QString(201, QLatin1Char('a')) << QStringLiteral("longer than 200 characters");
        QTest::newRow("right-to-left override") << QStringLiteral("Ann\u202Egnp.exe")
                                                << QStringLiteral("text-direction character "
                                                                  "(U+202E)");
        QTest::newRow("right-to-left isolate")
            << QStringLiteral("Ann\u2067x") << QStringLiteral("(U+2067)");
        // Right-to-left names as they are written: the marks and a closed isolate were refused
        // as "invisible formatting" by every source, so such a customer could not pop.
        QTest::newRow("hebrew with right-to-left mark")
            << QStringLiteral("\u05D3\u05D5\u05D3 3\u200F") << QString();
        QTest::newRow("arabic with letter mark")
            << QStringLiteral("\u0639\u0645\u0631\u061C 2") << QString();
        QTest::newRow("closed isolate")
            << QStringLiteral("Ann \u2067\u0639\u0645\u0631\u2069") << QString();
        QTest::newRow("closed override")
            << QStringLiteral("\u202EanelE\u202C") << QStringLiteral("(U+202E)");
        QTest::newRow("unclosed embedding")
            << QStringLiteral("Ann\u202Bx") << QStringLiteral("(U+202B)");
        QTest::newRow("stray isolate end")
            << QStringLiteral("Ann\u2069") << QStringLiteral("(U+2069)");
        QTest::newRow("zero-width space")
            << QStringLiteral("An\u200Bn") << QStringLiteral("(U+200B)");
        QTest::newRow("bell") << QStringLiteral("Ann\u0007")
                              << QStringLiteral("control character "
                                                "(U+0007)");
        QTest::newRow("line feed")
            << QStringLiteral("Ann\nBob") << QStringLiteral("control character (U+000A)");
        QTest::newRow("C1 control")
            << QStringLiteral("Ann\u0085") << QStringLiteral("control character (U+0085)");
    }

    void aNameIsJudgedAlikeByEverySource()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const QStringList verdicts = nameVerdicts(name);
        const QStringList sources = {QStringLiteral("local socket"), QStringLiteral("WebSocket"),
                                     QStringLiteral("attune:// link"), QStringLiteral("baresip")};
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const QString& got = verdicts.at(i);
            if (reason.isEmpty()) {
                QVERIFY2(got.isEmpty(), qPrintable(sources.at(i) + QStringLiteral(": ") + got));
            } else if (i == 3) {
                QVERIFY2(got == QLatin1String("left out"), qPrintable(sources.at(i)));
            } else {
                QVERIFY2(got.contains(reason) &&
                             got.contains(QLatin1String("\"name\"")) == (i != 1),
                         qPrintable(sources.at(i) + QStringLiteral(": ") + got));
            }
        }
    }

    void aTranscriptLineIsJudgedAlikeByEverySource_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("lines and tabs") << QStringLiteral("first\n\tsecond") << QString();
        QTest::newRow("16,384 characters") << QString(16384, QLatin1Char('a')) << QString();
        QTest::newRow("16,385 characters")
            << QString(16385, QLatin1Char('a')) << QStringLiteral("longer than 16384 characters");
        QTest::newRow("bell") << QStringLiteral("hello\u0007") << QStringLiteral("(U+0007)");
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b")
                             << QStringLiteral("(U+0000)");
        QTest::newRow("escape sequence")
            << QStringLiteral("\u001B[31mred") << QStringLiteral("(U+001B)");
        QTest::newRow("right-to-left override")
            << QStringLiteral("refund \u202E001$") << QStringLiteral("(U+202E)");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("(U+000D)");
    }

    void aTranscriptLineIsJudgedAlikeByEverySource()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const QStringList verdicts = textVerdicts(text);
        QCOMPARE(verdicts.size(), 2);
        for (const QString& got : verdicts) {
            if (reason.isEmpty())
                QVERIFY2(got.isEmpty(), qPrintable(got));
            else
                QVERIFY2(got.contains(reason) && got.contains(QLatin1String("\"text\"")),
                         qPrintable(got));
        }
        QCOMPARE(verdicts.at(0), verdicts.at(1));
    }

    // The rule imports, practice scenarios and the profile panel apply instead of refusing.
    void onlyOverridesAndWhatIsLeftOpenAreTakenOut_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("removed");
        QTest::newRow("plain") << QStringLiteral("Elena") << QStringLiteral("Elena") << 0;
        QTest::newRow("hebrew and marks")
            << QStringLiteral("\u05D3\u05D5\u05D3\u200F 3\u200E")
            << QStringLiteral("\u05D3\u05D5\u05D3\u200F 3\u200E") << 0;
        QTest::newRow("override, closed")
            << QStringLiteral("\u202EanelE\u202C") << QStringLiteral("anelE") << 2;
        QTest::newRow("override, open")
            << QStringLiteral("Ann\u202Egnp.exe") << QStringLiteral("Anngnp.exe") << 1;
        QTest::newRow("left-to-right override")
            << QStringLiteral("a\u202Db") << QStringLiteral("ab") << 1;
        QTest::newRow("closed isolate kept") << QStringLiteral("Ann \u2067\u0639\u2069!")
                                             << QStringLiteral("Ann \u2067\u0639\u2069!") << 0;
        QTest::newRow("closed embedding kept")
            << QStringLiteral("\u202B\u0639\u202C") << QStringLiteral("\u202B\u0639\u202C") << 0;
        QTest::newRow("open isolate")
            << QStringLiteral("Ann \u2068x") << QStringLiteral("Ann x") << 1;
        QTest::newRow("stray terminators")
            << QStringLiteral("\u202Ca\u2069") << QStringLiteral("a") << 2;
        QTest::newRow("embedding left open inside an isolate")
            << QStringLiteral("\u2066a\u202Bb\u2069c") << QStringLiteral("\u2066ab\u2069c") << 1;
        QTest::newRow("embedding's end cannot close an isolate")
            << QStringLiteral("\u2067a\u202C") << QStringLiteral("a") << 2;
        QTest::newRow("nested, all closed") << QStringLiteral("\u2066\u202Aa\u202C\u2069")
                                            << QStringLiteral("\u2066\u202Aa\u202C\u2069") << 0;
    }

    void onlyOverridesAndWhatIsLeftOpenAreTakenOut()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QFETCH(int, removed);
        int count = -1;
        QCOMPARE(TextRule::withBalancedDirection(in, nullptr, &count), out);
        QCOMPARE(count, removed);
        // What it leaves is what the live sources take.
        QCOMPARE(TextRule::check(out, TextRule::Kind::Name, QStringLiteral("name")), QString());
    }

    void aLoneSurrogateIsRefused()
    {
        QString text = QStringLiteral("A");
        text.append(QChar(0xD800));
        text.append(QStringLiteral("B"));
        const QStringList verdicts = textVerdicts(text);
        QVERIFY2(verdicts.at(0).contains(QLatin1String("surrogate")), qPrintable(verdicts.at(0)));
        // Through JSON text Qt's parser already turns it into U+FFFD, which is a character.
        QVERIFY2(verdicts.at(1).isEmpty() || verdicts.at(1).contains(QLatin1String("surrogate")),
                 qPrintable(verdicts.at(1)));
    }

    // What the command line prints: nothing a terminal acts on gets through, what is printable
    // (emoji with their joiners and an astral letter included) stays as it is, and JSON (the
    // output of `attune status`) stays the same JSON.
    void forTheTerminalEveryCodeIsShownAndJsonStaysValid()
    {
        QString text =
            QStringLiteral("a\x1b[2J\r\u202E\u00AD\t\n\U0001F469\u200D\U0001F4BB\U00010400");
        text.append(QChar(0xDC00)); // a lone low surrogate
        QCOMPARE(TextRule::forTerminal(text),
                 QStringLiteral("a\\u001B[2J\\u000D\\u202E\\u00AD\t\n\U0001F469\u200D"
                                "\U0001F4BB\U00010400\\uDC00"));
        const QJsonObject object{{QStringLiteral("name"), QStringLiteral("Ann\u202Ee\x1b")}};
        const QString json = QString::fromUtf8(QJsonDocument(object).toJson());
        QJsonParseError error{};
        const QJsonDocument back =
            QJsonDocument::fromJson(TextRule::forTerminal(json).toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.object(), object);
    }
};

QTEST_GUILESS_MAIN(TestTextRule)
#include "tst_textrule.moc"
