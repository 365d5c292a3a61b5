// Practice misused (issue #19): a reply of a megabyte, an empty one, `attune practice` sent
// twice mid-run, and IT's scenario folder set to a FIFO. Each is refused or absorbed with a
// clear message, and the run on screen loses nothing.
#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/PopTrace.h"
#include "integration/CommandLine.h"
#include "integration/ControlProtocol.h"
#include "services/PracticeService.h"
#include "widgets/practice/PracticePanel.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace attune;

class TestPracticeMisuse : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock{5000};
    std::unique_ptr<CallEvents> m_bus;
    std::unique_ptr<CallSession> m_session;
    PopTrace m_trace;
    std::unique_ptr<PracticeService> m_practice;
    std::unique_ptr<PracticePanel> m_panel;

    QJsonObject practiceOpen(ControlProtocol& control, const QString& scenario)
    {
        return control.handle(
            QJsonObject{{QStringLiteral("v"), ControlMessage::kVersion},
                        {QStringLiteral("command"), QStringLiteral("practice.open")},
                        {QStringLiteral("scenario"), scenario}});
    }

private Q_SLOTS:
    void init()
    {
        m_bus = std::make_unique<CallEvents>();
        m_session = std::make_unique<CallSession>(m_clock);
        m_session->attach(*m_bus);
        m_practice = std::make_unique<PracticeService>(*m_session, m_clock);
        QVERIFY(m_practice->load(QStringLiteral("en"), QString()).isEmpty());
        m_panel = std::make_unique<PracticePanel>(*m_practice);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QVERIFY(m_panel->openPicker(QStringLiteral("angry-escalation")));
        QVERIFY(m_panel->startSelected());
        QCOMPARE(m_practice->run()->scenario().id, QStringLiteral("angry-escalation"));
    }

    void cleanup()
    {
        m_panel.reset();
        m_practice.reset();
        m_session.reset();
        m_bus.reset();
    }

    void aHugeReplyIsRefusedAndKept()
    {
        const QString huge = QString(QStringLiteral("I understand. ")).repeated(75000); // ~1 MB
        m_panel->replyBox()->setPlainText(huge);
        QElapsedTimer took;
        took.start();
        QVERIFY(!m_panel->sendReply());
        QVERIFY(took.elapsed() < 2000);
        QCOMPARE(m_panel->messageLabel()->text(),
                 QStringLiteral("The reply is longer than 2000 characters."));
        QVERIFY(m_panel->messageLabel()->isVisible());
        // Nothing moved on; the agent's text is still there to shorten.
        QCOMPARE(m_panel->customerLines().size(), 1);
        QVERIFY(m_practice->run()->transcript().isEmpty());
        QCOMPARE(m_panel->replyBox()->toPlainText(), huge);
        QCOMPARE(m_panel->page(), PracticePanel::Page::Run);
    }

    void anEmptyOrBlankReplyIsRefused()
    {
        for (const QString& blank : {QString(), QStringLiteral("   \n\t  ")}) {
            m_panel->replyBox()->setPlainText(blank);
            QVERIFY(!m_panel->sendReply());
            QCOMPARE(m_panel->messageLabel()->text(), QStringLiteral("Write a reply first."));
            QCOMPARE(m_panel->customerLines().size(), 1);
        }
        // Enter in an empty box sends nothing either.
        m_panel->replyBox()->clear();
        m_panel->replyBox()->setFocus();
        QTest::keyClick(m_panel->replyBox(), Qt::Key_Return);
        QCOMPARE(m_panel->customerLines().size(), 1);
        QVERIFY(m_practice->run()->transcript().isEmpty());
    }

    void thePracticeCommandSentTwiceKeepsTheRun()
    {
        ControlProtocol control(*m_bus, *m_session, m_trace);
        control.onPractice = [this](const QString& id) { return m_practice->requestOpen(id); };
        m_panel->replyBox()->setPlainText(
            QStringLiteral("Mr Brandt, I'm sorry. I will sort this out for you today."));
        QVERIFY(m_panel->sendReply());
        const QStringList lines = m_panel->customerLines();
        QCOMPARE(lines.size(), 2);
        m_panel->replyBox()->setPlainText(QStringLiteral("half a reply"));

        for (int i = 0; i < 2; ++i) {
            const QJsonObject reply = practiceOpen(control, QStringLiteral("angry-escalation"));
            QVERIFY2(reply.value(QStringLiteral("ok")).toBool(),
                     qPrintable(reply.value(QStringLiteral("error")).toString()));
            QCoreApplication::processEvents();
        }
        // Another scenario mid-run is refused, saying which one runs; nothing is replaced.
        const QJsonObject other = practiceOpen(control, QStringLiteral("bereavement"));
        QVERIFY(!other.value(QStringLiteral("ok")).toBool());
        QCOMPARE(other.value(QStringLiteral("error")).toString(),
                 QStringLiteral("\"angry-escalation\" is being practised; stop it first to start "
                                "another."));
        QCOMPARE(m_practice->run()->scenario().id, QStringLiteral("angry-escalation"));
        QCOMPARE(m_panel->customerLines(), lines);
        QCOMPARE(m_panel->replyBox()->toPlainText(), QStringLiteral("half a reply"));
        QCOMPARE(m_panel->page(), PracticePanel::Page::Run);

        // A field of the wrong kind or length is refused by the protocol, naming the field.
        QJsonObject bad = practiceOpen(control, QString(41, QLatin1Char('a')));
        QVERIFY(!bad.value(QStringLiteral("ok")).toBool());
        QVERIFY(bad.value(QStringLiteral("error")).toString().contains(QStringLiteral("scenario")));
        bad =
            control.handle(QJsonObject{{QStringLiteral("v"), ControlMessage::kVersion},
                                       {QStringLiteral("command"), QStringLiteral("practice.open")},
                                       {QStringLiteral("scenario"), 7}});
        QVERIFY(!bad.value(QStringLiteral("ok")).toBool());
    }

    void theCommandIsRefusedWhileACallIsLive()
    {
        ControlProtocol control(*m_bus, *m_session, m_trace);
        control.onPractice = [this](const QString& id) { return m_practice->requestOpen(id); };
        CallStartedEvent event;
        event.callId = QStringLiteral("c-9");
        event.source = QStringLiteral("test");
        m_bus->callStarted(event);
        const QJsonObject reply = practiceOpen(control, QString());
        QVERIFY(!reply.value(QStringLiteral("ok")).toBool());
        QCOMPARE(reply.value(QStringLiteral("error")).toString(),
                 QStringLiteral("Practice waits while a call is live."));
    }

    void aFifoForTheScenarioFolderIsSaidAndTheBuiltInsStay()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("scenarios"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        PracticeService practice(*m_session, m_clock);
        QElapsedTimer took;
        took.start();
        const QStringList problems = practice.load(QStringLiteral("en"), fifo);
        QVERIFY(took.elapsed() < 2000); // nobody writes to the FIFO: it must not be opened
        QCOMPARE(problems,
                 QStringList{QStringLiteral("%1: the scenario folder is not a folder").arg(fifo)});
        QCOMPARE(practice.scenarios().size(), 8);
    }
};

QTEST_MAIN(TestPracticeMisuse)
#include "tst_practice_misuse.moc"
