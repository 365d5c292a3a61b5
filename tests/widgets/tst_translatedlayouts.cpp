// "Layouts survive German": every real view, in each translated language with the app's own
// compiled catalogue installed as the app installs it (installTranslations, from :/i18n), laid
// out at the size the app gives it; then every visible text is measured against the room it got.
// A text that needs more than its widget has is cut off on screen, and a widget pushed past its
// parent is cut off by it. German runs first: it is the longest. The views are audited in English
// too, with no catalogue: the source texts must fit as well.

#include "ServicesFixture.h"
#include "common/Theme.h"
#include "core/CallEvents.h"
#include "demo/DemoSeed.h"
#include "history/HistoryWindow.h"
#include "history/SupervisorDialogs.h"
#include "integration/Localization.h"
#include "integration/ScenarioPlayer.h"
#include "practice/PracticePanel.h"
#include "services/AppServices.h"
#include "services/CoachingService.h"
#include "services/HistoryService.h"
#include "settings/SettingsDialog.h"
#include "sidebar/ProfilePanel.h"
#include "sidebar/SidebarSection.h"
#include "sidebar/SidebarWindow.h"
#include "sidebar/SuggestionPanel.h"
#include "storage/Database.h"
#include "supervisor/SupervisorAccess.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStyleOptionButton>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace attune;
using namespace attune::test;

namespace {

// The smallest screen an agent's desk is planned for: a 1366×768 laptop.
constexpr QSize kSmallestScreen(1366, 768);
// The fewest texts any view audited shows (the coaching note's form: its OK and Cancel).
constexpr int kAtLeastTexts = 2;

// QTabBar keeps the size a tab's text needs behind `protected`; named through a subclass, the
// member pointer is an ordinary public one of the base.
struct TabSizes : QTabBar
{
    static QSize needed(const QTabBar* bar, int index)
    {
        return (bar->*(&TabSizes::tabSizeHint))(index);
    }
};

QString plain(const QString& text)
{
    QString shown = text;
    shown.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return shown;
}

// Walks one view and collects every text that does not fit, with what it needed and got.
class LayoutAudit
{
public:
    LayoutAudit(QString language, QString view)
        : m_language(std::move(language))
        , m_view(std::move(view))
    {}

    const QStringList& problems() const { return m_problems; }
    int textsMeasured() const { return m_measured; }

    void walk(QWidget* root)
    {
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* widget : widgets) {
            if (!widget->isVisible() || widget->window() != root->window())
                continue;
            checkPlace(widget);
            if (auto* label = qobject_cast<QLabel*>(widget))
                checkLabel(label);
            else if (auto* push = qobject_cast<QPushButton*>(widget))
                checkPushButton(push);
            else if (auto* tool = qobject_cast<QToolButton*>(widget))
                checkToolButton(tool);
            else if (auto* button = qobject_cast<QAbstractButton*>(widget))
                checkButton(button);
            else if (auto* group = qobject_cast<QGroupBox*>(widget))
                checkGroupBox(group);
            else if (auto* tabs = qobject_cast<QTabBar*>(widget))
                checkTabBar(tabs);
            else if (auto* combo = qobject_cast<QComboBox*>(widget))
                checkComboBox(combo);
            else if (auto* edit = qobject_cast<QLineEdit*>(widget))
                checkLineEdit(edit);
            else if (auto* header = qobject_cast<QHeaderView*>(widget))
                checkHeader(header);
        }
    }

    // The docked sidebar: on the screen the app placed it on.
    void checkOnScreen(QWidget* window, const QRect& screen)
    {
        const QRect frame = window->frameGeometry();
        if (!screen.contains(frame))
            report(window, window->windowTitle(), QStringLiteral("outside the screen"),
                   rectText(frame), rectText(screen));
    }

    // A window or dialog the window manager places: never larger than the smallest screen
    // planned for.
    void checkFitsASmallScreen(QWidget* window)
    {
        const QSize size = window->frameGeometry().size();
        if (size.width() > kSmallestScreen.width() || size.height() > kSmallestScreen.height())
            report(window, window->windowTitle(), QStringLiteral("larger than a laptop screen"),
                   sizeText(size), sizeText(kSmallestScreen));
    }

    // The size asked for was given: no text's minimum forced the window wider.
    void checkGivenWidth(QWidget* window, int asked)
    {
        if (window->width() != asked)
            report(window, window->windowTitle(), QStringLiteral("cannot be as narrow as asked"),
                   QString::number(window->width()), QString::number(asked));
    }

private:
    static QString rectText(const QRect& r)
    {
        return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    }
    static QString sizeText(const QSize& s)
    {
        return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
    }

    void report(QWidget* widget, const QString& text, const QString& what, const QString& needed,
                const QString& given)
    {
        m_problems << QStringLiteral("[%1] %2: %3 \"%4\" (accessible \"%5\") %6: \"%7\" needs %8, "
                                     "has %9")
                          .arg(m_language, m_view,
                               QString::fromLatin1(widget->metaObject()->className()),
                               widget->objectName(), widget->accessibleName(), what, text.left(120),
                               needed, given);
    }
    void report(QWidget* widget, const QString& text, const QString& what, int needed, int given)
    {
        report(widget, text, what, QString::number(needed), QString::number(given));
    }

    // Inside its parent: a child that reaches past its parent is drawn cut at the parent's edge.
    // A scroll area's content may run past the viewport in the direction it scrolls, and only
    // there.
    void checkPlace(QWidget* widget)
    {
        QWidget* parent = widget->parentWidget();
        if (!parent || widget->isWindow())
            return;
        if (auto* area = qobject_cast<QAbstractScrollArea*>(parent->parentWidget());
            area && area->viewport() == parent) {
            const bool scrollsAcross = area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff;
            if (!scrollsAcross && widget->geometry().right() > parent->width() - 1) {
                report(widget, QString(), QStringLiteral("runs past the right of its scroll area"),
                       widget->geometry().right() + 1, parent->width());
                reportWhatIsCut(widget, parent);
            }
            return;
        }
        if (!parent->rect().contains(widget->geometry()))
            report(widget, QString(), QStringLiteral("outside its parent"),
                   rectText(widget->geometry()), rectText(parent->rect()));
    }

    // What forced the content wider than the viewport: the innermost widgets that cannot
    // shrink enough to end inside it (their least width, from where they start).
    void reportWhatIsCut(QWidget* content, QWidget* viewport)
    {
        // As a layout takes it (qSmartMinSize): a minimum set by hand wins over the hint.
        const auto leastWidth = [](QWidget* widget) {
            if (widget->minimumWidth() > 0)
                return widget->minimumWidth();
            return widget->sizePolicy().horizontalPolicy() & QSizePolicy::ShrinkFlag
                       ? widget->minimumSizeHint().width()
                       : widget->sizeHint().width();
        };
        const auto tooWide = [&](QWidget* widget) {
            return widget->isVisible() &&
                   widget->mapTo(viewport, QPoint(0, 0)).x() + leastWidth(widget) >
                       viewport->width();
        };
        for (QWidget* widget : content->findChildren<QWidget*>()) {
            if (!tooWide(widget))
                continue;
            const QList<QWidget*> children = widget->findChildren<QWidget*>();
            if (std::any_of(children.begin(), children.end(), tooWide))
                continue;
            QString text;
            if (auto* label = qobject_cast<QLabel*>(widget))
                text = label->text();
            else if (auto* button = qobject_cast<QAbstractButton*>(widget))
                text = button->text();
            else if (auto* combo = qobject_cast<QComboBox*>(widget))
                text = combo->currentText();
            const int left = widget->mapTo(viewport, QPoint(0, 0)).x();
            report(widget, text, QStringLiteral("pushes the sidebar's content past its edge"),
                   QStringLiteral("%1 from x %2").arg(leastWidth(widget)).arg(left),
                   QString::number(viewport->width() - left));
        }
    }

    void checkLabel(QLabel* label)
    {
        const QString text = label->text();
        if (text.isEmpty())
            return;
        ++m_measured;
        // The room QLabel draws its text in (QLabelPrivate::documentRect).
        QRect room = label->contentsRect().adjusted(label->margin(), label->margin(),
                                                    -label->margin(), -label->margin());
        int indent = label->indent();
        if (indent < 0 && label->frameWidth() > 0)
            indent = label->fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2;
        if (indent > 0) {
            const Qt::Alignment align =
                QStyle::visualAlignment(label->layoutDirection(), label->alignment());
            if (align & (Qt::AlignLeft | Qt::AlignRight))
                room.setWidth(room.width() - indent);
        }
        const bool rich = label->textFormat() == Qt::RichText ||
                          (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
        int widest = 0; // the widest line (not wrapped) or the widest word (wrapped)
        if (rich) {
            QTextDocument document;
            document.setDefaultFont(label->font());
            document.setDocumentMargin(0);
            document.setHtml(text);
            if (label->wordWrap())
                document.setTextWidth(0); // every line break it may take: its longest word
            widest = qCeil(document.idealWidth());
        } else {
            const QFontMetrics metrics = label->fontMetrics();
            static const QRegularExpression lines(QStringLiteral("\\n"));
            static const QRegularExpression words(QStringLiteral("\\s+"));
            for (const QString& part : text.split(label->wordWrap() ? words : lines))
                widest = std::max(widest, metrics.horizontalAdvance(part));
        }
        if (widest > room.width())
            report(label, text,
                   label->wordWrap() ? QStringLiteral("has a word wider than its label")
                                     : QStringLiteral("is cut off"),
                   widest, room.width());
        if (label->wordWrap()) {
            const int high = label->heightForWidth(label->width());
            if (high > label->height())
                report(label, text, QStringLiteral("wraps to more lines than its height holds"),
                       QStringLiteral("height %1").arg(high),
                       QStringLiteral("height %1").arg(label->height()));
        } else if (label->fontMetrics().height() > room.height() + 1) {
            report(label, text, QStringLiteral("is cut at the top or bottom"),
                   QStringLiteral("height %1").arg(label->fontMetrics().height()),
                   QStringLiteral("height %1").arg(room.height()));
        }
    }

    // QPushButton::sizeHint without the style's 80-pixel floor: the text, the icon, the menu
    // arrow, then the style's margins and frame.
    void checkPushButton(QPushButton* button)
    {
        const QString text = plain(button->text());
        if (text.isEmpty())
            return;
        ++m_measured;
        QStyleOptionButton option;
        option.initFrom(button);
        option.features = QStyleOptionButton::None;
        if (button->isFlat())
            option.features |= QStyleOptionButton::Flat;
        if (button->menu())
            option.features |= QStyleOptionButton::HasMenu;
        if (button->autoDefault())
            option.features |= QStyleOptionButton::AutoDefaultButton;
        if (button->isDefault())
            option.features |= QStyleOptionButton::DefaultButton;
        option.iconSize = button->iconSize();
        int width = button->fontMetrics().size(Qt::TextShowMnemonic, text).width();
        if (!button->icon().isNull())
            width += button->iconSize().width() + 4;
        if (button->menu())
            width += button->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, button);
        // Without its text the style adds only the margins and frame (its floor is for a text).
        const int needed =
            button->style()
                ->sizeFromContents(QStyle::CT_PushButton, &option,
                                   QSize(width, button->fontMetrics().height()), button)
                .width();
        if (needed > button->width())
            report(button, text, QStringLiteral("is cut off"), needed, button->width());
    }

    void checkToolButton(QToolButton* button)
    {
        if (button->toolButtonStyle() == Qt::ToolButtonIconOnly || plain(button->text()).isEmpty())
            return;
        ++m_measured;
        if (button->sizeHint().width() > button->width())
            report(button, button->text(), QStringLiteral("is cut off"), button->sizeHint().width(),
                   button->width());
    }

    // Check boxes and radio buttons: the indicator, its spacing and the text, all Qt's own sum.
    void checkButton(QAbstractButton* button)
    {
        if (plain(button->text()).isEmpty())
            return;
        ++m_measured;
        if (button->sizeHint().width() > button->width())
            report(button, button->text(), QStringLiteral("is cut off"), button->sizeHint().width(),
                   button->width());
    }

    void checkGroupBox(QGroupBox* group)
    {
        if (group->title().isEmpty())
            return;
        ++m_measured;
        if (group->minimumSizeHint().width() > group->width())
            report(group, group->title(), QStringLiteral("title or content cut off"),
                   group->minimumSizeHint().width(), group->width());
    }

    void checkTabBar(QTabBar* bar)
    {
        for (int i = 0; i < bar->count(); ++i) {
            if (!bar->isTabVisible(i))
                continue;
            ++m_measured;
            const QRect tab = bar->tabRect(i);
            const int needed = TabSizes::needed(bar, i).width();
            if (needed > tab.width() || !bar->rect().contains(tab))
                report(bar, bar->tabText(i), QStringLiteral("tab is cut off"), needed,
                       std::min(tab.width(), bar->rect().intersected(tab).width()));
        }
    }

    // Every item, since the agent may choose any: the closed box draws it in its edit field
    // (QCommonStyle's CE_ComboBoxLabel, a pixel in from each side), cut where that ends.
    void checkComboBox(QComboBox* combo)
    {
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = combo->isEditable();
        option.frame = combo->hasFrame();
        option.iconSize = combo->iconSize();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        for (int i = 0; i < combo->count(); ++i) {
            const QString text = combo->itemText(i);
            ++m_measured;
            int needed = combo->fontMetrics().horizontalAdvance(text) + 2;
            if (!combo->itemIcon(i).isNull())
                needed += combo->iconSize().width() + 4;
            if (needed > field.width())
                report(combo, text, QStringLiteral("item is cut off"), needed, field.width());
        }
    }

    // A field's hint (its placeholder) is elided when it is wider than the room QLineEdit draws
    // it in: the style's contents rect less the text margins and two pixels each side
    // (QLineEdit::paintEvent). A field inside a combo box shows the combo's item instead.
    void checkLineEdit(QLineEdit* edit)
    {
        const QString hint = edit->placeholderText();
        if (hint.isEmpty() || qobject_cast<QComboBox*>(edit->parentWidget()))
            return;
        ++m_measured;
        QStyleOptionFrame panel;
        panel.initFrom(edit);
        panel.lineWidth =
            edit->hasFrame()
                ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &panel, edit)
                : 0;
        panel.midLineWidth = 0;
        panel.state |= QStyle::State_Sunken;
        const QRect contents = edit->style()
                                   ->subElementRect(QStyle::SE_LineEditContents, &panel, edit)
                                   .marginsRemoved(edit->textMargins());
        constexpr int kHorizontalMargin = 2; // QLineEditPrivate::horizontalMargin
        const int room = contents.width() - 2 * kHorizontalMargin;
        const int needed = edit->fontMetrics().horizontalAdvance(hint);
        if (needed > room)
            report(edit, hint, QStringLiteral("hint is cut off"), needed, room);
    }

    void checkHeader(QHeaderView* header)
    {
        if (header->orientation() != Qt::Horizontal || !header->model())
            return;
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical))
                continue;
            ++m_measured;
            // Qt's own measure: the title, its margins and the sort arrow.
            const int needed = header->sectionSizeHint(logical);
            if (needed > header->sectionSize(logical))
                report(header, header->model()->headerData(logical, Qt::Horizontal).toString(),
                       QStringLiteral("section is cut off"), needed, header->sectionSize(logical));
        }
    }

    QString m_language;
    QString m_view;
    QStringList m_problems;
    int m_measured = 0;
};

} // namespace

class TestTranslatedLayouts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ThemeManager> m_theme;
    QTemporaryDir m_dir;
    QString m_language;
    QStringList m_problems;

    // The app's catalogue and Qt's for `language`, through the app's own function, in place of
    // the previous language's.
    void useLanguage(const QString& language)
    {
        for (QTranslator* old : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
        const QLocale locale = installTranslations(*qApp, language);
        m_language = language;
        QCOMPARE(locale.name().left(2), language.left(2));
    }

    void audit(const QString& view, QWidget* window, int askedWidth = -1)
    {
        // Settled as the agent sees it: the layout requests a change posts, and theirs.
        QTest::qWait(60);
        LayoutAudit audit(m_language, view);
        if (askedWidth > 0)
            audit.checkGivenWidth(window, askedWidth);
        QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
        // Only the sidebar is placed by the app (docked at the screen's full height); the other
        // windows open where the window manager puts them.
        if (qobject_cast<SidebarWindow*>(window))
            audit.checkOnScreen(window, screen->availableGeometry());
        else
            audit.checkFitsASmallScreen(window);
        audit.walk(window);
        m_problems << audit.problems();
        qInfo().noquote() << QStringLiteral("[%1] %2: %3 texts measured")
                                 .arg(m_language, view)
                                 .arg(audit.textsMeasured());
        // A view that shows (almost) nothing measures nothing: never a pass by default.
        if (audit.textsMeasured() < kAtLeastTexts)
            m_problems << QStringLiteral("[%1] %2: only %3 texts measured")
                              .arg(m_language, view)
                              .arg(audit.textsMeasured());
    }

    void verifyNoProblems()
    {
        const QStringList problems = std::exchange(m_problems, {});
        // Every one in full (Qt Test cuts a long failure message short).
        for (const QString& problem : problems)
            std::fprintf(stderr, "%s\n", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, the first: %2")
                                                    .arg(problems.size())
                                                    .arg(problems.value(0))));
    }

    static void languages()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"de", "fr", "es", "pt_BR"}) // German first: the longest
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    // The layouts are audited in English too: the source texts must fit as well.
    static void languagesAndEnglish()
    {
        languages();
        QTest::newRow("en") << QStringLiteral("en");
    }

    // A database with the demo's history and its caller's profile (DemoSeed).
    QString seededDatabase(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        Database database(path);
        QString error;
        if (!database.open(&error))
            return {};
        if (DemoSeed::ensure(database, QDateTime::currentDateTime(), &error) ==
            DemoSeed::Result::Failed)
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_theme = std::make_unique<ThemeManager>(*qApp);
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { m_problems.clear(); }

    // How much the accent adds to a label's picture: the label drawn with `accented`, against
    // itself with `plain` (the same word without the accent).
    static int accentInk(QLabel* label, const QString& accented, const QString& plain)
    {
        label->setText(accented);
        const QImage withAccent = label->grab().toImage();
        label->setText(plain);
        const QImage without = label->grab().toImage();
        int ink = 0;
        for (int y = 0; y < withAccent.height(); ++y) {
            for (int x = 0; x < withAccent.width(); ++x)
                ink += std::abs(qGray(withAccent.pixel(x, y)) - qGray(without.pixel(x, y)));
        }
        return ink;
    }

    // Most fonts (DejaVu Sans, the usual "Sans Serif") draw the accents of capitals above the
    // ascent a label is sized by. A label laid out at its own height, right under another as in
    // the sidebar, cut them off: the German section "Übung" read "UBUNG", a caller named Émile
    // read "Emile". The accent must show whole, as it does in a label with room to spare above.
    void theAccentsOfCapitalsAreNotCutOff_data()
    {
        QTest::addColumn<QString>("accented");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<int>("font");
        const QList<std::pair<QString, QString>> words{
            {QStringLiteral("Übung"), QStringLiteral("Ubung")},
            {QStringLiteral("Émile"), QStringLiteral("Emile")},
            {QStringLiteral("Ángel"), QStringLiteral("Angel")}};
        const QStringList fonts{QStringLiteral("text"), QStringLiteral("bold"),
                                QStringLiteral("section title")};
        for (const auto& [accented, plain] : words) {
            for (int font = 0; font < fonts.size(); ++font)
                QTest::addRow("%s, %s", qPrintable(plain), qPrintable(fonts[font]))
                    << accented << plain << font;
        }
    }

    void theAccentsOfCapitalsAreNotCutOff()
    {
        QFETCH(QString, accented);
        QFETCH(QString, plain);
        QFETCH(int, font);
        QWidget page;
        auto* layout = new QVBoxLayout(&page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(new QLabel(QStringLiteral("Bereit")));
        auto* label = new QLabel;
        auto* roomy = new QLabel;
        QFont chosen = page.font();
        if (font == 1)
            chosen.setBold(true);
        else if (font == 2)
            chosen = SidebarSection::titleFont(page.font());
        for (QLabel* each : {label, roomy}) {
            each->setFont(chosen);
            layout->addWidget(each);
        }
        roomy->setContentsMargins(0, roomy->fontMetrics().height(), 0, 0);
        layout->addStretch();
        page.resize(240, 160);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int whole = accentInk(roomy, accented, plain);
        const int shown = accentInk(label, accented, plain);
        QVERIFY(whole > 0);
        QVERIFY2(shown * 20 >= whole * 19,
                 qPrintable(QStringLiteral("%1 of the accent's %2 shows").arg(shown).arg(whole)));
    }

    // The catalogue really is the app's: a sidebar text comes out in the language.
    void theAppsCatalogueIsInstalled_data() { languages(); }
    void theAppsCatalogueIsInstalled()
    {
        QFETCH(QString, language);
        useLanguage(language);
        const QString shown = SidebarWindow::tr("Customer profile");
        QVERIFY2(shown != QLatin1String("Customer profile"), qPrintable(shown));
    }

    void sidebar_data() { languagesAndEnglish(); }
    void sidebar()
    {
        QFETCH(QString, language);
        useLanguage(language);
        const QString database = seededDatabase(QStringLiteral("sidebar-%1.sqlite").arg(language));
        QVERIFY(!database.isEmpty());
        ServicesFixture fixture(database);
        QVERIFY2(fixture.start(), qPrintable(fixture.problems().join(u'\n')));
        AppServices& services = fixture.services();
        SidebarWindow window(services.session(), fixture.settings(), *m_theme, services.popTrace());
        // As the app: docked at its width, shown, then the parts attached (RunApp, attachViews).
        QSignalSpy firstFrame(&window, &SidebarWindow::firstFramePainted);
        window.restoreOrDock();
        window.show();
        QVERIFY(firstFrame.wait());
        window.setProfileService(*services.profiles());
        window.setSelfAssessment(*services.selfAssessment(), &services.breathing(),
                                 [&services] { return services.recentCalls(30); });
        window.setHistoryOpener([] {});
        window.setEmpathyEngine(*services.suggestions(), services.phrases());
        window.setBreathingCoach(services.breathingService());
        window.setPracticeService(*services.practice());
        window.sayWhichPartsDidNotStart();
        QCoreApplication::processEvents();
        // The docked strip, less the window frame where the platform has one.
        const int dockedWidth = window.width();
        QVERIFY2(dockedWidth > window.minimumWidth() && dockedWidth <= 360,
                 qPrintable(QString::number(dockedWidth)));
        const int height = window.height();
        const int minimumWidth = window.minimumWidth();
        const auto atBothWidths = [&](const QString& state) {
            for (const int width : {dockedWidth, minimumWidth}) {
                window.resize(width, height);
                audit(QStringLiteral("sidebar %1 at %2 px").arg(state).arg(width), &window, width);
            }
            window.resize(dockedWidth, height);
            QCoreApplication::processEvents();
        };

        atBothWidths(QStringLiteral("idle, practice offered"));
        window.practicePanel()->practiseButton()->click();
        QCOMPARE(window.practicePanel()->page(), PracticePanel::Page::Choose);
        atBothWidths(QStringLiteral("practice, choosing a scenario"));
        window.practicePanel()->startButton()->click();
        QCOMPARE(window.practicePanel()->page(), PracticePanel::Page::Run);
        atBothWidths(QStringLiteral("practice, running"));
        window.practicePanel()->stopButton()->click();
        QCoreApplication::processEvents();

        // The demo's call in this language: the known caller rings, answers, speaks.
        Scenario demo;
        QString error;
        QVERIFY2(Scenario::load(language == QLatin1String("en")
                                    ? QStringLiteral(":/scenarios/demo.json")
                                    : QStringLiteral(":/scenarios/demo_%1.json").arg(language),
                                &demo, &error),
                 qPrintable(error));
        CallEvents& bus = services.bus();
        QString callId;
        for (const Scenario::Step& step : demo.steps) {
            if (step.kind == Scenario::Step::Kind::CallStart) {
                callId = step.start.callId;
                bus.callStarted(step.start);
                QTRY_VERIFY(window.profilePanel()->isVisible());
                QTest::qWait(200); // the profile's read, off the GUI thread
                // The demo's caller is new to this database: the form to create a profile.
                atBothWidths(QStringLiteral("ringing, new caller"));
                // The CRM names the caller: the demo's known customer, with her open case,
                // contacts and notes (DemoSeed).
                CallerInfo known = step.start.caller;
                known.customerId = QString::fromLatin1(DemoSeed::kCustomerId);
                known.phone = QString::fromLatin1(DemoSeed::kCustomerPhone);
                bus.customerUpdated(callId, known);
                const auto profileShows = [&window](const QString& words) {
                    const QList<QLabel*> labels = window.profilePanel()->findChildren<QLabel*>();
                    return std::any_of(labels.begin(), labels.end(), [&words](QLabel* label) {
                        return label->isVisible() && label->text().contains(words);
                    });
                };
                QTRY_VERIFY(profileShows(QStringLiteral("Elena")));
                atBothWidths(QStringLiteral("ringing, known customer"));
            } else if (step.kind == Scenario::Step::Kind::CallAnswer) {
                bus.callAnswered(callId);
            } else if (step.kind == Scenario::Step::Kind::Say) {
                bus.utterance(callId, step.line);
            }
        }
        QTRY_VERIFY(!window.suggestionPanel()->shownTexts().isEmpty());
        atBothWidths(QStringLiteral("live call, profile and suggestions"));

        bus.callEnded(callId);
        QTRY_VERIFY(window.isAssessmentShown());
        atBothWidths(QStringLiteral("wrap-up, self-assessment"));

        window.readyButton()->click();
        QCoreApplication::processEvents();
        QVERIFY2(window.startBreathing().isEmpty(), "the breathing exercise did not start");
        atBothWidths(QStringLiteral("breathing"));
        verifyNoProblems();
    }

    void settingsDialog_data() { languagesAndEnglish(); }
    void settingsDialog()
    {
        QFETCH(QString, language);
        useLanguage(language);
        Settings settings(m_dir.filePath(QStringLiteral("settings-%1.conf").arg(language)),
                          m_dir.filePath(QStringLiteral("settings-system-%1.conf").arg(language)));
        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tabs = dialog.findChild<QTabWidget*>();
        QVERIFY(tabs && tabs->count() >= 4);
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            audit(QStringLiteral("settings, tab \"%1\"").arg(tabs->tabText(tab)), &dialog);
        }
        verifyNoProblems();
    }

    // The history with a call's detail, as the agent and as a supervisor; then the supervisor's
    // PIN dialog and forms.
    void historyAndSupervisorDialogs_data() { languagesAndEnglish(); }
    void historyAndSupervisorDialogs()
    {
        QFETCH(QString, language);
        useLanguage(language);
        const QString database = seededDatabase(QStringLiteral("history-%1.sqlite").arg(language));
        QVERIFY(!database.isEmpty());
        ServicesFixture fixture(
            database, "[supervisor]\npinHash=" + DemoSeed::supervisorPinHash().toUtf8() + "\n");
        QVERIFY2(fixture.start(), qPrintable(fixture.problems().join(u'\n')));
        AppServices& services = fixture.services();
        QVERIFY(services.hasHistory());
        HistoryWindow window(*services.historyService(), *services.coachingService(),
                             *services.rubric(), *services.supervisorGate(),
                             services.exportPolicy(), {});
        QSignalSpy painted(&window, &HistoryWindow::firstRowsPainted);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(painted.wait());
        QTRY_VERIFY(!window.detailText().isEmpty());
        QTest::qWait(200); // the detail's customer line, read off the GUI thread
        const auto everyTab = [&](const QString& who) {
            for (int tab = 0; tab < window.tabs()->count(); ++tab) {
                window.tabs()->setCurrentIndex(tab);
                QTest::qWait(50);
                audit(QStringLiteral("history (%1), tab \"%2\"")
                          .arg(who, window.tabs()->tabText(tab)),
                      &window);
            }
            window.tabs()->setCurrentIndex(0);
        };
        everyTab(QStringLiteral("agent"));

        {
            SupervisorPinDialog pin(*services.supervisorGate(), &window);
            pin.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pin));
            audit(QStringLiteral("supervisor sign-in"), &pin);
        }
        QVERIFY(window.signIn(QString::fromLatin1(DemoSeed::kSupervisorPassphrase)));
        QTest::qWait(200);
        everyTab(QStringLiteral("supervisor"));

        // The supervisor's forms are modal: looked at while open, then cancelled.
        const auto whileOpen = [&](const QString& view) {
            QTimer::singleShot(0, this, [this, view] {
                QWidget* dialog = QApplication::activeModalWidget();
                QVERIFY(dialog);
                QVERIFY(QTest::qWaitForWindowExposed(dialog));
                audit(view, dialog);
                qobject_cast<QDialog*>(dialog)->reject();
            });
        };
        whileOpen(QStringLiteral("coaching note"));
        QVERIFY(!SupervisorDialogs::askCoachingNote(&window));
        whileOpen(QStringLiteral("kudos"));
        QVERIFY(!SupervisorDialogs::askKudos(&window, *services.rubric()));
        whileOpen(QStringLiteral("supervisor's score"));
        QVERIFY(!SupervisorDialogs::askScore(&window, *services.rubric(), {}));
        verifyNoProblems();
    }
};

QTEST_MAIN(TestTranslatedLayouts)
#include "tst_translatedlayouts.moc"
