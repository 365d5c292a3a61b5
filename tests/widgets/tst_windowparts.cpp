#include "ServicesFixture.h"
#include "common/Prompts.h"
#include "common/Theme.h"
#include "history/HistoryWindow.h"
#include "services/AppServices.h"
#include "services/CoachingService.h"
#include "services/HistoryService.h"
#include "sidebar/KudosStrip.h"
#include "sidebar/SidebarWindow.h"
#include "sidebar/TranscriptView.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;
using namespace attune::test;

// The windows' parts on their own, and the windows over the services as the app builds them
// (ServicesFixture), with their message boxes and file dialogs answered through the Prompts seam.
class TestWindowParts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ThemeManager> m_theme;

private Q_SLOTS:
    void initTestCase() { m_theme = std::make_unique<ThemeManager>(*qApp); }

    void theTranscriptKeepsTheLastLinesAndReplacesAPartialOne()
    {
        TranscriptView view;
        for (int i = 1; i <= TranscriptView::kLinesShown + 2; ++i)
            view.addLine(QStringLiteral("Customer: line %1").arg(i), true, true, false);
        QCOMPARE(view.lines().size(), TranscriptView::kLinesShown);
        QCOMPARE(view.lines().first(), QStringLiteral("Customer: line 3"));
        view.addLine(QStringLiteral("You: I und"), false, false, false);
        view.addLine(QStringLiteral("You: I understand"), false, true, true);
        QCOMPARE(view.lines().last(), QStringLiteral("You: I understand"));
        QCOMPARE(view.lines().size(), TranscriptView::kLinesShown);
        // Markup in what was said is shown as text, never read as markup.
        view.addLine(QStringLiteral("Customer: <b>now</b>"), true, true, false);
        QVERIFY(view.accessibleDescription().contains(QLatin1String("<b>now</b>")));
        view.clear();
        QVERIFY(view.lines().isEmpty());
    }

    void theKudosStripIsEmptyOnceDismissed()
    {
        QWidget host;
        auto* strip = new KudosStrip(&host);
        host.show();
        strip->announce({QStringLiteral("Stayed calm <on> the refund call")});
        QVERIFY(strip->text().contains(QLatin1String("Stayed calm &lt;on&gt;")));
        auto* thanks = strip->findChild<QPushButton*>();
        QVERIFY(thanks);
        QCOMPARE(thanks->focusPolicy(), Qt::TabFocus); // never takes focus from the agent's typing
        QTest::mouseClick(thanks, Qt::LeftButton);
        QVERIFY(strip->text().isEmpty());
    }

    void theSidebarTellsThroughItsPrompts()
    {
        ServicesFixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.problems().join(u'\n')));
        AppServices& services = fixture.services();
        QVERIFY(services.suggestions());
        SidebarWindow window(services.session(), fixture.settings(), *m_theme, services.popTrace());
        ScriptedPrompts prompts;
        window.setPrompts(prompts);
        // Without a phrase service the agent cannot keep phrases: told so, not left wondering.
        window.setEmpathyEngine(*services.suggestions(), nullptr);
        QVERIFY(!window.addPersonalPhrase());
        QCOMPARE(prompts.notices().size(), 1);
        QVERIFY(!prompts.notices().first().warning);
        QVERIFY(prompts.notices().first().text.contains(QLatin1String("local database")));
    }

    void theHistoryOverTheServicesExportsWhereTheAgentChose()
    {
        ServicesFixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.problems().join(u'\n')));
        AppServices& services = fixture.services();
        QVERIFY(services.hasHistory() && services.historyService() && services.coachingService());
        HistoryWindow window(*services.historyService(), *services.coachingService(),
                             *services.rubric(), *services.supervisorGate(),
                             ExportPolicy::allowed(), {});
        ScriptedPrompts prompts;
        window.setPrompts(prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* csv = window.findChild<QPushButton*>(QStringLiteral("exportCsv"));
        QVERIFY(csv && csv->isEnabled());

        // Cancelled: asked once, nothing written.
        QTest::mouseClick(csv, Qt::LeftButton);
        QCOMPARE(prompts.fileDialogCaptions().size(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("calls.csv"));
        QVERIFY(!QFile::exists(path));

        prompts.answerNextSaveWith(path);
        QTest::mouseClick(csv, Qt::LeftButton);
        QCOMPARE(prompts.fileDialogCaptions().size(), 2);
        // Read and written on the history's reader thread; the message line says when.
        const auto told = [&] {
            for (QLabel* label : window.findChildren<QLabel*>()) {
                if (label->isVisible() && label->text().contains(path))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(told());
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }
};

QTEST_MAIN(TestWindowParts)
#include "tst_windowparts.moc"
