#include "common/Theme.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "core/PopTrace.h"
#include "settings/Settings.h"
#include "sidebar/SidebarWindow.h"
#include "sidebar/TeamSyncIndicator.h"

#include <QApplication>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

// The sidebar's team sync line: hidden without a team server, plain words for each state, named
// for a screen reader, and never a thing that takes focus (an agent on a call keeps typing).
class TestTeamSyncIndicator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysTheStateInPlainWords()
    {
        QWidget window;
        auto* indicator = new TeamSyncIndicator(&window);
        window.show();
        QVERIFY(!indicator->isVisible());
        QCOMPARE(indicator->focusPolicy(), Qt::NoFocus);

        // Noon, not the clock: a minute before a time read in the first minute after midnight
        // is yesterday, which shows its date, and this check of "today's time" failed then.
        const QDateTime now(QDate::currentDate(), QTime(12, 0));
        TeamSyncStatus status;
        status.running = true;
        indicator->setStatus(status, now);
        QVERIFY(indicator->isVisible());
        QCOMPARE(indicator->text(), QStringLiteral("Team history: connecting…"));

        status.connected = true;
        status.lastSuccess = now.addSecs(-60);
        indicator->setStatus(status, now);
        QVERIFY2(indicator->text().startsWith(QStringLiteral("Team history: up to date. Last "
                                                             "sent ")),
                 qPrintable(indicator->text()));
        QVERIFY(indicator->text().contains(
            QLocale().toString(status.lastSuccess.time(), QLocale::ShortFormat)));

        status.pending = 3;
        indicator->setStatus(status, now);
        QVERIFY(indicator->text().startsWith(QStringLiteral("Team history: sending 3 record(s)…")));

        status.connected = false;
        status.lastError = QStringLiteral("Wrong password for agent alice on the team server.");
        indicator->setStatus(status, now);
        QVERIFY2(indicator->text().startsWith(
                     QStringLiteral("Team history: offline, 3 record(s) wait on this computer.")),
                 qPrintable(indicator->text()));
        QVERIFY(indicator->text().endsWith(status.lastError));
        // A success on another day shows its date, not a time that would look like today's.
        status.lastSuccess = now.addDays(-3);
        indicator->setStatus(status, now);
        QVERIFY(indicator->text().contains(
            QLocale().toString(status.lastSuccess.date(), QLocale::ShortFormat)));
        QCOMPARE(indicator->accessibleName(), QStringLiteral("Team history sync"));
        QCOMPARE(indicator->accessibleDescription(), indicator->text());
    }

    // In the sidebar it is there but hidden until a status arrives, and a status arriving while
    // the agent types elsewhere moves no focus.
    void inTheSidebarItNeverTakesFocus()
    {
        QTemporaryDir dir;
        Settings settings(dir.path() + QStringLiteral("/user.conf"),
                          dir.path() + QStringLiteral("/system.conf"));
        SystemClock clock;
        CallSession session(clock);
        PopTrace trace;
        ThemeManager theme(*qApp);
        SidebarWindow window(session, settings, theme, trace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.teamSyncIndicator());
        QVERIFY(!window.teamSyncIndicator()->isVisible());
        QLineEdit crm;
        crm.show();
        crm.activateWindow();
        crm.setFocus();
        QTRY_VERIFY(crm.hasFocus());
        TeamSyncStatus status;
        status.lastError = QStringLiteral("The team server cannot be reached.");
        window.teamSyncIndicator()->setStatus(status);
        QVERIFY(window.teamSyncIndicator()->isVisible());
        QVERIFY(crm.hasFocus());
    }
};

QTEST_MAIN(TestTeamSyncIndicator)
#include "tst_teamsyncindicator.moc"
