#include "history/HistoryWindow.h"

#include "assessment/Rubric.h"
#include "common/Prompts.h"
#include "history/HistoryCharts.h"
#include "history/HistoryDetailPane.h"
#include "history/HistoryFilterBar.h"
#include "history/HistoryReportPrinter.h"
#include "history/TeamHistoryView.h"
#include "services/CoachingService.h"
#include "services/HistoryService.h"
#include "supervisor/HistoryModel.h"
#include "supervisor/SupervisorAccess.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace attune {

HistoryWindow::HistoryWindow(HistoryService& history, CoachingService& coaching,
                             const Rubric& rubric, SupervisorGate& gate, ExportPolicy exports,
                             std::function<QString(const QString&)> profileSummary, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_history(&history)
    , m_coaching(&coaching)
    , m_rubric(rubric)
    , m_gate(gate)
    , m_profileSummary(std::move(profileSummary))
{
    build(exports);
}

HistoryWindow::HistoryWindow(HistoryStore& store, CoachingStore& coaching, TrendsLoader& trends,
                             const Rubric& rubric, SupervisorGate& gate, ExportPolicy exports,
                             std::function<QString(const QString&)> profileSummary, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ownedHistory(std::make_unique<HistoryService>(store, coaching, trends))
    , m_ownedCoaching(std::make_unique<CoachingService>(store, coaching))
    , m_history(m_ownedHistory.get())
    , m_coaching(m_ownedCoaching.get())
    , m_rubric(rubric)
    , m_gate(gate)
    , m_profileSummary(std::move(profileSummary))
{
    build(exports);
}

void HistoryWindow::build(ExportPolicy exports)
{
    m_prompts = &Prompts::real();
    setWindowTitle(tr("Attune – History"));
    setAccessibleName(tr("Call history"));
    resize(1100, 700);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_modeLabel = new QLabel(this);
    m_modeLabel->setWordWrap(true);
    top->addWidget(m_modeLabel, 1);
    m_supervisorButton = new QPushButton(this);
    m_supervisorButton->setObjectName(QStringLiteral("supervisor"));
    connect(m_supervisorButton, &QPushButton::clicked, this, [this] {
        if (m_viewer == HistoryViewer::Supervisor)
            signOut();
        else
            askForPin();
    });
    top->addWidget(m_supervisorButton);
    layout->addLayout(top);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    m_filters = new HistoryFilterBar(m_rubric, exports, this);
    connect(m_filters, &HistoryFilterBar::filterChanged, this, &HistoryWindow::applyFilter);
    connect(m_filters, &HistoryFilterBar::exportCsvRequested, this, [this] { exportTo(false); });
    connect(m_filters, &HistoryFilterBar::exportPdfRequested, this, [this] { exportTo(true); });
    layout->addWidget(m_filters);
    m_printer = std::make_unique<HistoryReportPrinter>(*m_history, exports);

    m_model = new HistoryModel(m_history->loader(), this);
    m_loading = new QLabel(tr("Loading calls…"), this);
    m_loading->setObjectName(QStringLiteral("historyLoading"));
    m_loading->setAccessibleName(tr("Loading"));
    m_loading->hide();
    layout->addWidget(m_loading);
    m_loadingDelay = new QTimer(this);
    m_loadingDelay->setSingleShot(true);
    // Only a wait someone would notice is announced; a page in a few ms never blinks the line.
    m_loadingDelay->setInterval(150);
    connect(m_loadingDelay, &QTimer::timeout, m_loading, &QWidget::show);
    connect(m_model, &HistoryModel::loadingChanged, this, [this](bool loading) {
        if (loading) {
            m_loadingDelay->start();
            return;
        }
        m_loadingDelay->stop();
        m_loading->hide();
    });
    connect(m_model, &HistoryModel::failed, this, [this](const QString& reason) {
        showMessage(tr("The history could not be read. %1").arg(reason));
    });
    connect(m_model, &HistoryModel::firstPageArrived, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->selectRow(std::min(std::exchange(m_reselectRow, 0), m_model->rowCount() - 1));
        else
            showSelected();
    });
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Calls and trends"));
    auto* split = new QSplitter(Qt::Horizontal, m_tabs);
    m_table = new QTableView(split);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Calls"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view never measures a million of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(HistoryModel::When, Qt::DescendingOrder);
    m_table->setWordWrap(false);
    // Tab leaves the table for the next control; the arrow keys move between rows.
    m_table->setTabKeyNavigation(false);
    // Room for a date with its time and a full name; the rest fit their headers.
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->horizontalHeader()->resizeSection(
        HistoryModel::When, metrics.horizontalAdvance(QStringLiteral("00 Mmm 0000, 00:00")) + 28);
    m_table->horizontalHeader()->resizeSection(HistoryModel::Customer,
                                               metrics.horizontalAdvance(QLatin1Char('M')) * 14);
    m_table->horizontalHeader()->resizeSection(
        HistoryModel::Peak, metrics.horizontalAdvance(QStringLiteral("frustrated (warm)")) + 16);
    // No header is cut short, in any language: the header's own measure of its title (the
    // style's margins and the sort arrow's room), which a sum of pixel metrics fell short of by
    // up to 18 px ("Supervisor-Bewertung", "Puntuación del supervisor").
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        QHeaderView* header = m_table->horizontalHeader();
        header->resizeSection(
            column, std::max(header->sectionSize(column), header->sectionSizeHint(column)));
    }
    m_table->viewport()->installEventFilter(this);
    // Only the columns SQL can sort by keep the indicator; the others put it back.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (HistoryModel::isSortable(column))
                    return;
                const HistoryOrder& order = m_model->order();
                const int sorted = order.by == HistorySort::Duration ? HistoryModel::Duration
                                   : order.by == HistorySort::Peak   ? HistoryModel::Peak
                                   : order.by == HistorySort::Score  ? HistoryModel::SelfScore
                                                                     : HistoryModel::When;
                QSignalBlocker block(m_table->horizontalHeader());
                m_table->horizontalHeader()->setSortIndicator(
                    sorted, order.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryWindow::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_shownRow.reset(); // the rows are numbered afresh
        showSelected();
    });
    // A selected call whose row was still being read is shown once it arrives.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& top, const QModelIndex& bottom) {
                const int at = m_table->currentIndex().row();
                if (at >= top.row() && at <= bottom.row() && !m_shownRow)
                    showSelected();
            });
    split->addWidget(m_table);
    m_detail = new HistoryDetailPane(m_rubric, this);
    connect(m_detail, &HistoryDetailPane::coachingNoteRequested, this,
            &HistoryWindow::askForCoachingNote);
    connect(m_detail, &HistoryDetailPane::kudosRequested, this, &HistoryWindow::askForKudos);
    connect(m_detail, &HistoryDetailPane::scoreRequested, this, &HistoryWindow::askForScore);
    // A supervisor's note, kudos or score is shown once it is on disk (it is written on the
    // storage thread); a refusal, at once or from the write, is said in the message line.
    connect(m_coaching, &CoachingService::changed, this, &HistoryWindow::showCoachingWritten);
    connect(m_coaching, &CoachingService::failed, this, &HistoryWindow::showMessage);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_tabs->addTab(split, tr("Calls"));
    auto* trendsScroll = new QScrollArea(m_tabs);
    trendsScroll->setWidgetResizable(true);
    m_trendsView = new TrendsView(trendsScroll);
    trendsScroll->setWidget(m_trendsView);
    m_tabs->addTab(trendsScroll, tr("Trends"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            requestTrends();
    });
    connect(m_history, &HistoryService::trendsReady, this,
            [this](const QDate&, const QDate&, const QList<HistoryWeek>& weeks) {
                QList<QPair<QString, QString>> items;
                for (const RubricItem& item : m_rubric.items) {
                    if (item.kind == RubricItem::Kind::YesPartlyNo)
                        items.append({item.id, item.label});
                }
                m_trendsView->showWeeks(weeks, items);
            });
    layout->addWidget(m_tabs, 1);

    m_sessionWatch = new QTimer(this);
    m_sessionWatch->setInterval(1000);
    // Runs only while a supervisor is signed in: the session ends on idle or a ringing call.
    connect(m_sessionWatch, &QTimer::timeout, this, [this] {
        if (m_viewer == HistoryViewer::Supervisor && !m_gate.isOpen()) {
            setViewer(HistoryViewer::Agent);
            showMessage(tr("The supervisor session ended."));
        }
    });
    installEventFilter(this);
    setViewer(HistoryViewer::Agent);
    m_model->setFilter(currentFilter());
}

HistoryWindow::~HistoryWindow() = default;

TeamHistoryView* HistoryWindow::addTeamScope(const TeamServerLogin& team)
{
    return installTeamScope(this, qobject_cast<QVBoxLayout*>(layout()), team, m_rubric);
}

HistoryFilter HistoryWindow::currentFilter() const
{
    return m_filters->filter();
}

void HistoryWindow::exportTo(bool pdf)
{
    const QString path =
        pdf ? m_prompts->saveFileName(this, tr("Save a coaching report"),
                                      QStringLiteral("attune-report.pdf"), tr("PDF files (*.pdf)"))
            : m_prompts->saveFileName(this, tr("Export the listed calls"),
                                      QStringLiteral("attune-history.csv"),
                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !(pdf ? exportPdf(path, &error) : exportCsv(path, &error)))
        showMessage(error);
}

void HistoryWindow::askForCoachingNote()
{
    if (stillLoading())
        return;
    if (const std::optional<QString> text = SupervisorDialogs::askCoachingNote(this))
        addCoachingNote(*text);
}

void HistoryWindow::askForKudos()
{
    if (stillLoading())
        return;
    if (const auto kudos = SupervisorDialogs::askKudos(this, m_rubric))
        giveKudos(kudos->behaviour, kudos->text);
}

void HistoryWindow::askForScore()
{
    const HistoryRow* row = selectedRow();
    if (stillLoading() || !row || row->assessmentId == 0)
        return;
    // The form opens with the supervisor's earlier answers once they are read; a different row
    // selected meanwhile cancels it.
    const quint64 ticket = m_detailTicket;
    m_history->requestCallDetail(
        row->callRowId, m_viewer, this, [this, ticket](const std::optional<CallDetail>& call) {
            if (ticket != m_detailTicket)
                return;
            if (const auto answers = SupervisorDialogs::askScore(
                    this, m_rubric,
                    call ? call->detail.supervisorAnswers : QMap<QString, QString>()))
                scoreSelected(*answers);
        });
}

void HistoryWindow::applyFilter()
{
    m_model->setFilter(currentFilter()); // the first row is selected when it arrives
    if (m_tabs->currentIndex() == 1)
        requestTrends();
}

void HistoryWindow::requestTrends()
{
    // The filter's dates, or the last 12 weeks when it has none: a trend needs a window.
    const HistoryFilter filter = currentFilter();
    const QDate to = filter.to.isValid() ? filter.to : QDate::currentDate();
    QDate from = filter.from.isValid() ? filter.from : to.addDays(-83);
    if (from.daysTo(to) > 366)
        from = to.addDays(-366);
    m_trendsView->showLoading();
    m_history->requestTrends(from, to);
}

const HistoryRow* HistoryWindow::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return nullptr;
    if (const HistoryRow* row = m_model->rowAt(current.row()))
        return row;
    // Its page is being read again: the call the detail pane still shows is the one meant.
    return m_shownRow && m_shownAt == current.row() ? &*m_shownRow : nullptr;
}

bool HistoryWindow::stillLoading()
{
    if (m_viewer != HistoryViewer::Supervisor || selectedRow() ||
        !m_table->currentIndex().isValid())
        return false;
    showMessage(tr("This call is still loading. Try again in a moment."));
    return true;
}

void HistoryWindow::showSelected()
{
    const HistoryRow* row = selectedRow();
    m_detail->setActions(m_viewer == HistoryViewer::Supervisor, row, row && row->assessmentId != 0);
    // Also when the viewer changed: an agent's detail (with private notes) still on its way is
    // never shown to a supervisor.
    const quint64 ticket = ++m_detailTicket;
    if (!row) {
        m_shownRow.reset();
        if (m_table->currentIndex().isValid())
            m_detail->showLoading(); // shown when its page arrives (dataChanged)
        else
            m_detail->showNothing(m_model->rowCount() == 0 && !m_model->isLoading());
        return;
    }
    if (!m_shownRow || row != &*m_shownRow) { // not the kept copy itself
        m_shownRow = *row;
        m_shownAt = m_table->currentIndex().row();
    }
    m_history->requestCallDetail(
        row->callRowId, m_viewer, this,
        [this, ticket, shown = *row](const std::optional<CallDetail>& call) {
            if (ticket == m_detailTicket && call)
                m_detail->showCall(shown, *call, call->profileSummary);
        },
        m_profileSummary);
}

QString HistoryWindow::detailText() const
{
    return m_detail->text();
}

void HistoryWindow::setViewer(HistoryViewer viewer)
{
    m_viewer = viewer;
    const bool supervisor = viewer == HistoryViewer::Supervisor;
    m_modeLabel->setText(supervisor ? tr("Supervisor view. Private notes are hidden. The session "
                                         "ends after 5 idle minutes or when a call rings.")
                                    : tr("Your history. Private notes are shown only to you."));
    m_supervisorButton->setText(supervisor ? tr("End supervisor session")
                                           : tr("Supervisor sign-in…"));
    m_supervisorButton->setAccessibleName(m_supervisorButton->text().remove(QStringLiteral("…")));
    if (supervisor)
        m_sessionWatch->start();
    else
        m_sessionWatch->stop();
    m_message->hide();
    showSelected();
}

bool HistoryWindow::signIn(const QString& pin)
{
    if (!m_gate.isConfigured()) {
        showMessage(SupervisorGate::unavailableText());
        return false;
    }
    if (m_gate.signIn(pin) != PinGuard::Outcome::Accepted)
        return false;
    setViewer(HistoryViewer::Supervisor);
    return true;
}

void HistoryWindow::signOut()
{
    m_gate.signOut();
    setViewer(HistoryViewer::Agent);
}

void HistoryWindow::askForPin()
{
    if (!m_gate.isConfigured()) {
        showMessage(SupervisorGate::unavailableText());
        return;
    }
    // Not exec(): no nested event loop to outlive this window while the PIN is checked.
    auto* dialog = new SupervisorPinDialog(m_gate, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_gate.isOpen())
            setViewer(HistoryViewer::Supervisor);
    });
    dialog->open();
}

void HistoryWindow::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool HistoryWindow::addCoachingNote(const QString& text)
{
    const HistoryRow* row = selectedRow();
    if (stillLoading() || m_viewer != HistoryViewer::Supervisor || !row)
        return false;
    if (!m_coaching->addNote(row->callId, text))
        return false;
    m_gate.touch();
    return true;
}

void HistoryWindow::showCoachingWritten()
{
    m_reselectRow = std::max(0, m_table->currentIndex().row());
    m_model->refresh(); // the kudos and score columns; the row is selected again on arrival
}

bool HistoryWindow::giveKudos(const QString& behaviour, const QString& text)
{
    const HistoryRow* row = selectedRow();
    if (stillLoading() || m_viewer != HistoryViewer::Supervisor || !row)
        return false;
    if (!m_coaching->giveKudos(row->callId, behaviour, text))
        return false;
    m_gate.touch();
    return true;
}

bool HistoryWindow::scoreSelected(const QMap<QString, QString>& answers)
{
    const HistoryRow* row = selectedRow();
    if (stillLoading() || m_viewer != HistoryViewer::Supervisor || !row || row->assessmentId == 0)
        return false;
    if (!m_coaching->scoreAssessment(row->assessmentId, answers))
        return false;
    m_gate.touch();
    return true;
}

bool HistoryWindow::exportCsv(const QString& path, QString* error)
{
    return m_printer->writeCsv(
        path, m_model->filter(), m_model->order(), this,
        [this, path](qint64 rows, const QString& failure) {
            if (rows < 0)
                showMessage(failure);
            else
                showMessage(tr("Exported %n call(s) to %1.", nullptr, int(rows)).arg(path));
        },
        error);
}

bool HistoryWindow::exportPdf(const QString& path, QString* error)
{
    return m_printer->writePdf(
        path, m_model->filter(), m_model->order(), this,
        [this, path](bool ok, const QString& failure) {
            showMessage(ok ? tr("Saved the report to %1.").arg(path) : failure);
        },
        error);
}

bool HistoryWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Paint && !m_painted &&
        m_model->rowCount() > 0) {
        // Reported after the paint returns, so the rows are on screen.
        m_painted = true;
        QTimer::singleShot(0, this, &HistoryWindow::firstRowsPainted);
    }
    // Anything the supervisor does keeps the session alive.
    if (m_viewer == HistoryViewer::Supervisor &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress))
        m_gate.touch();
    if (watched == this && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        close();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_table->setFocus();
}

} // namespace attune
