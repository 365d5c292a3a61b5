#include "history/HistoryWindow.h"

#include "assessment/Assessment.h"
#include "assessment/Rubric.h"
#include "history/HistoryCharts.h"
#include "history/TeamHistoryView.h"
#include "storage/CoachingStore.h"
#include "supervisor/HistoryExport.h"
#include "supervisor/HistoryModel.h"
#include "supervisor/SupervisorAccess.h"
#include "supervisor/TrendsLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace attune {

namespace {

enum Period
{
    AllTime,
    Today,
    LastWeek,
    LastMonth,
    LastQuarter,
    Custom
};

QString answerText(const RubricItem* item, const QString& value)
{
    if (value.isEmpty())
        return QStringLiteral("–");
    if (item && item->kind == RubricItem::Kind::Choice) {
        for (const auto& [id, label] : item->options) {
            if (id == value)
                return label;
        }
    }
    if (value == QLatin1String("yes"))
        return HistoryWindow::tr("yes");
    if (value == QLatin1String("partly"))
        return HistoryWindow::tr("partly");
    if (value == QLatin1String("no"))
        return HistoryWindow::tr("no");
    return value;
}

// A small modal-to-this-window form with OK and Cancel; returns null when cancelled.
bool runForm(QWidget* parent, const QString& title, QWidget* body)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setAccessibleName(title);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(body);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    body->setParent(nullptr); // the caller still reads it
    return accepted;
}

} // namespace

HistoryWindow::HistoryWindow(HistoryStore& store, CoachingStore& coaching, TrendsLoader& trends,
                             const Rubric& rubric, SupervisorGate& gate, ExportPolicy exports,
                             std::function<QString(const QString&)> profileSummary, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
    , m_exports(exports)
    , m_coaching(coaching)
    , m_trendsLoader(trends)
    , m_rubric(rubric)
    , m_gate(gate)
    , m_profileSummary(std::move(profileSummary))
{
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
    layout->addWidget(buildFilters());

    m_model = new HistoryModel(m_store, this);
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
    // No header is cut short, in any language.
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        QHeaderView* header = m_table->horizontalHeader();
        // The title, its margins and room for the sort arrow.
        const int needed = header->fontMetrics().horizontalAdvance(
                               m_model->headerData(column, Qt::Horizontal).toString()) +
                           header->style()->pixelMetric(QStyle::PM_HeaderMargin) * 2 +
                           header->style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 8;
        header->resizeSection(column, std::max(header->sectionSize(column), needed));
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
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWindow::showSelected);
    split->addWidget(m_table);
    split->addWidget(buildDetail());
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
    connect(&m_trendsLoader, &TrendsLoader::ready, this,
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
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

HistoryWindow::~HistoryWindow() = default;

TeamHistoryView* HistoryWindow::addTeamScope(const TeamServerLogin& team)
{
    return installTeamScope(this, qobject_cast<QVBoxLayout*>(layout()), team, m_rubric);
}

QWidget* HistoryWindow::buildFilters()
{
    auto* box = new QWidget(this);
    auto* rows = new QVBoxLayout(box);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* first = new QHBoxLayout;
    m_search = new QLineEdit(box);
    m_search->setPlaceholderText(tr("Search customer name or number"));
    m_search->setAccessibleName(tr("Search customer name or number"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));
    first->addWidget(m_search, 2);
    m_period = new QComboBox(box);
    m_period->setAccessibleName(tr("Period"));
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItems({tr("All time"), tr("Today"), tr("Last 7 days"), tr("Last 30 days"),
                        tr("Last 12 weeks"), tr("Between dates")});
    first->addWidget(m_period);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), box);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From date"));
    m_to = new QDateEdit(QDate::currentDate(), box);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To date"));
    first->addWidget(m_from);
    first->addWidget(m_to);
    m_from->hide();
    m_to->hide();
    rows->addLayout(first);

    auto* second = new QHBoxLayout;
    m_outcome = new QComboBox(box);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->addItem(tr("Any outcome"), QString());
    if (const RubricItem* outcome = m_rubric.item(QStringLiteral("outcome"))) {
        for (const auto& [id, label] : outcome->options)
            m_outcome->addItem(label, id);
    }
    second->addWidget(m_outcome);
    m_scoreBelowOn = new QCheckBox(tr("Self score below"), box);
    m_scoreBelow = new QSpinBox(box);
    m_scoreBelow->setRange(1, 100);
    m_scoreBelow->setValue(50);
    m_scoreBelowOn->setObjectName(QStringLiteral("scoreBelowOn"));
    m_scoreBelow->setAccessibleName(tr("Self score threshold"));
    m_scoreBelow->setEnabled(false);
    second->addWidget(m_scoreBelowOn);
    second->addWidget(m_scoreBelow);
    m_hotOnly = new QCheckBox(tr("Hot calls"), box);
    m_hotOnly->setToolTip(tr("Calls where the customer's feelings ran high"));
    m_stressOnly = new QCheckBox(tr("My stress 4 or 5"), box);
    m_hotOnly->setObjectName(QStringLiteral("hotOnly"));
    m_stressOnly->setObjectName(QStringLiteral("stressOnly"));
    m_stressOnly->setToolTip(tr("Calls after which the agent rated their stress 4 or 5"));
    second->addWidget(m_hotOnly);
    second->addWidget(m_stressOnly);
    second->addStretch(1);
    auto* csv = new QPushButton(tr("Export CSV…"), box);
    auto* pdf = new QPushButton(tr("PDF report…"), box);
    csv->setObjectName(QStringLiteral("exportCsv"));
    pdf->setObjectName(QStringLiteral("exportPdf"));
    second->addWidget(csv);
    second->addWidget(pdf);
    rows->addLayout(second);
    for (QWidget* control :
         std::initializer_list<QWidget*>{m_scoreBelowOn, m_hotOnly, m_stressOnly, csv, pdf}) {
        control->setAccessibleName(
            qobject_cast<QAbstractButton*>(control)->text().remove(QStringLiteral("…")));
    }
    // The export code refuses on its own; the buttons only say so before anyone clicks.
    QString exportRefusal;
    if (!m_exports.check(&exportRefusal)) {
        for (QPushButton* button : {csv, pdf}) {
            button->setEnabled(false);
            button->setToolTip(exportRefusal);
            button->setAccessibleDescription(exportRefusal);
        }
    }

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // typing a name runs one query, not one per key
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryWindow::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &HistoryWindow::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryWindow::applyFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HistoryWindow::applyFilter);
    connect(m_scoreBelowOn, &QCheckBox::toggled, m_scoreBelow, &QSpinBox::setEnabled);
    connect(m_scoreBelowOn, &QCheckBox::toggled, this, &HistoryWindow::applyFilter);
    connect(m_scoreBelow, &QSpinBox::valueChanged, this, &HistoryWindow::applyFilter);
    connect(m_hotOnly, &QCheckBox::toggled, this, &HistoryWindow::applyFilter);
    connect(m_stressOnly, &QCheckBox::toggled, this, &HistoryWindow::applyFilter);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the listed calls"),
                                                          QStringLiteral("attune-history.csv"),
                                                          tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            showMessage(error);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save a coaching report"),
                                                          QStringLiteral("attune-report.pdf"),
                                                          tr("PDF files (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportPdf(path, &error))
            showMessage(error);
    });
    return box;
}

QWidget* HistoryWindow::buildDetail()
{
    auto* pane = new QWidget(this);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 0, 0, 0);
    m_detailTitle = new QLabel(pane);
    m_detailTitle->setWordWrap(true);
    QFont bold = m_detailTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_detailTitle->setFont(bold);
    layout->addWidget(m_detailTitle);
    m_arc = new ArcChart(pane);
    layout->addWidget(m_arc);
    m_detail = new QTextBrowser(pane);
    m_detail->setAccessibleName(tr("Call details"));
    m_detail->setOpenLinks(false);
    m_detail->setTabChangesFocus(true);
    layout->addWidget(m_detail, 1);
    auto* actions = new QHBoxLayout;
    m_noteButton = new QPushButton(tr("Coaching note…"), pane);
    m_kudosButton = new QPushButton(tr("Give kudos…"), pane);
    m_scoreButton = new QPushButton(tr("Score this call…"), pane);
    for (QPushButton* button : {m_noteButton, m_kudosButton, m_scoreButton}) {
        button->setAccessibleName(button->text().remove(QStringLiteral("…")));
        actions->addWidget(button);
    }
    actions->addStretch(1);
    layout->addLayout(actions);
    connect(m_noteButton, &QPushButton::clicked, this, [this] {
        auto* text = new QPlainTextEdit;
        text->setAccessibleName(tr("Coaching note"));
        text->setPlaceholderText(tr("What to keep doing, and one thing to try next time"));
        text->setTabChangesFocus(true);
        const bool accepted = runForm(this, tr("Coaching note"), text);
        if (accepted)
            addCoachingNote(text->toPlainText());
        delete text;
    });
    connect(m_kudosButton, &QPushButton::clicked, this, [this] {
        auto* form = new QWidget;
        auto* fields = new QFormLayout(form);
        auto* behaviour = new QComboBox(form);
        behaviour->setEditable(true);
        behaviour->setAccessibleName(tr("Behaviour"));
        for (const RubricItem& item : m_rubric.items) {
            if (item.kind == RubricItem::Kind::YesPartlyNo)
                behaviour->addItem(item.label);
        }
        auto* text = new QLineEdit(form);
        text->setAccessibleName(tr("What was good"));
        text->setPlaceholderText(tr("e.g. great acknowledgement when the refund was late"));
        fields->addRow(tr("Behaviour"), behaviour);
        fields->addRow(tr("What was good"), text);
        if (runForm(this, tr("Give kudos"), form))
            giveKudos(behaviour->currentText(), text->text());
        delete form;
    });
    connect(m_scoreButton, &QPushButton::clicked, this, [this] {
        const HistoryRow* row = selectedRow();
        if (!row || row->assessmentId == 0)
            return;
        const std::optional<HistoryDetail> detail = m_store.detail(row->callRowId, m_viewer);
        auto* form = new QWidget;
        auto* fields = new QFormLayout(form);
        QMap<QString, QComboBox*> boxes;
        for (const RubricItem& item : m_rubric.items) {
            if (item.kind != RubricItem::Kind::YesPartlyNo)
                continue;
            auto* box = new QComboBox(form);
            box->setAccessibleName(item.label);
            box->addItem(tr("Not scored"), QString());
            box->addItem(tr("Yes"), QStringLiteral("yes"));
            box->addItem(tr("Partly"), QStringLiteral("partly"));
            box->addItem(tr("No"), QStringLiteral("no"));
            if (detail)
                box->setCurrentIndex(
                    std::max(0, box->findData(detail->supervisorAnswers.value(item.id))));
            fields->addRow(item.label, box);
            boxes.insert(item.id, box);
        }
        if (runForm(this, tr("Your score of this call"), form)) {
            QMap<QString, QString> answers;
            for (auto it = boxes.cbegin(); it != boxes.cend(); ++it) {
                if (!it.value()->currentData().toString().isEmpty())
                    answers.insert(it.key(), it.value()->currentData().toString());
            }
            scoreSelected(answers);
        }
        delete form;
    });
    return pane;
}

HistoryFilter HistoryWindow::currentFilter() const
{
    HistoryFilter filter;
    const QDate today = QDate::currentDate();
    switch (m_period->currentIndex()) {
    case Today:
        filter.from = today;
        break;
    case LastWeek:
        filter.from = today.addDays(-6);
        break;
    case LastMonth:
        filter.from = today.addDays(-29);
        break;
    case LastQuarter:
        filter.from = today.addDays(-83);
        break;
    case Custom:
        filter.from = m_from->date();
        filter.to = m_to->date();
        break;
    default:
        break;
    }
    filter.outcome = m_outcome->currentData().toString();
    if (m_scoreBelowOn->isChecked())
        filter.scoreBelow = m_scoreBelow->value();
    filter.hotOnly = m_hotOnly->isChecked();
    filter.highStressOnly = m_stressOnly->isChecked();
    filter.customerContains = m_search->text().trimmed();
    return filter;
}

void HistoryWindow::periodChanged()
{
    const bool custom = m_period->currentIndex() == Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    applyFilter();
}

void HistoryWindow::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilter(currentFilter());
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
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
    m_trendsLoader.request(from, to);
}

const HistoryRow* HistoryWindow::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()) : nullptr;
}

void HistoryWindow::showSelected()
{
    const HistoryRow* row = selectedRow();
    const bool supervisor = m_viewer == HistoryViewer::Supervisor;
    m_noteButton->setVisible(supervisor);
    m_kudosButton->setVisible(supervisor);
    m_scoreButton->setVisible(supervisor);
    m_noteButton->setEnabled(row);
    m_kudosButton->setEnabled(row);
    m_scoreButton->setEnabled(row && row->assessmentId != 0);
    if (!row) {
        m_detailTitle->setText(m_model->rowCount() == 0 ? tr("No call matches.") : QString());
        m_arc->showArc({});
        m_detail->clear();
        return;
    }
    const std::optional<HistoryDetail> detail = m_store.detail(row->callRowId, m_viewer);
    if (!detail)
        return;
    const QLocale locale;
    m_detailTitle->setText(tr("%1 · %2 · %3")
                               .arg(row->customer.isEmpty() ? tr("Unknown caller") : row->customer,
                                    HistoryModel::whenText(row->at),
                                    HistoryModel::durationText(row->talkMs)));
    m_arc->showArc(detail->arcPoints);
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html;
    if (row->arcPeak && *row->arcPeak >= 0.35) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("The customer sounded %1 at the peak, %2 into the call; %3.")
                                 .arg(HistoryModel::feelingName(row->arcPeakKind),
                                      HistoryModel::durationText(detail->arcPeakAfterMs),
                                      row->calmed.value_or(false) ? tr("the call calmed")
                                                                  : tr("it did not calm"))));
    }
    const QString profile = m_profileSummary && !detail->customerId.isEmpty()
                                ? m_profileSummary(detail->customerId)
                                : QString();
    if (!profile.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(profile));
    if (row->assessmentId == 0) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Not self-assessed.")));
    } else {
        const bool scored = !detail->supervisorAnswers.isEmpty();
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\">")
                    .arg(esc(tr("Self-assessment")));
        if (scored) {
            html += QStringLiteral("<tr><th></th><th align=\"left\">%1</th>"
                                   "<th align=\"left\">%2</th></tr>")
                        .arg(esc(tr("Agent")), esc(tr("Supervisor")));
        }
        for (const RubricItem& item : m_rubric.items) {
            if (!detail->answers.contains(item.id))
                continue;
            html +=
                QStringLiteral("<tr><td>%1</td><td><b>%2</b></td>")
                    .arg(esc(item.label), esc(answerText(&item, detail->answers.value(item.id))));
            if (scored && item.kind == RubricItem::Kind::YesPartlyNo)
                html += QStringLiteral("<td><b>%1</b></td>")
                            .arg(esc(answerText(&item, detail->supervisorAnswers.value(item.id))));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
        if (row->score)
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(row->supervisorScore
                                     ? tr("Self score %1, supervisor score %2 (gap %3).")
                                           .arg(qRound(*row->score))
                                           .arg(qRound(*row->supervisorScore))
                                           .arg(qRound(*row->score - *row->supervisorScore))
                                     : tr("Self score %1.").arg(qRound(*row->score))));
        if (detail->noteWithheld) {
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(esc(tr("The agent kept their note private.")));
        } else if (!detail->note.isEmpty()) {
            html += QStringLiteral("<p>%1%2</p>")
                        .arg(esc(tr("Next time: %1").arg(detail->note)),
                             detail->notePrivate ? QStringLiteral(" <i>(%1)</i>")
                                                       .arg(esc(tr("private: only you see this")))
                                                 : QString());
        }
    }
    if (!detail->suggestionsUsed.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Suggestions used")));
        for (const QString& used : detail->suggestionsUsed)
            html += QStringLiteral("<li>%1</li>").arg(esc(used));
        html += QStringLiteral("</ul>");
    }
    const QList<CoachingNote> notes = m_coaching.notes(row->callId);
    if (!notes.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Coaching notes")));
        for (const CoachingNote& note : notes)
            html +=
                QStringLiteral("<p>%1 <small>(%2)</small></p>")
                    .arg(esc(note.text),
                         esc(locale.toString(note.writtenAt.toLocalTime(), QLocale::ShortFormat)));
    }
    const QList<Kudos> kudos = m_coaching.kudos(row->callId);
    if (!kudos.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Kudos")));
        for (const Kudos& one : kudos)
            html +=
                QStringLiteral("<p>★ <b>%1</b>%2</p>")
                    .arg(esc(one.behaviour),
                         one.text.isEmpty() ? QString() : QStringLiteral(" – ") + esc(one.text));
    }
    m_detail->setHtml(html);
}

QString HistoryWindow::detailText() const
{
    return m_detailTitle->text() + QLatin1Char('\n') + m_detail->toPlainText();
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
    SupervisorPinDialog dialog(m_gate, this);
    if (dialog.exec() == QDialog::Accepted && m_gate.isOpen())
        setViewer(HistoryViewer::Supervisor);
}

void HistoryWindow::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool HistoryWindow::addCoachingNote(const QString& text)
{
    const HistoryRow* row = selectedRow();
    if (m_viewer != HistoryViewer::Supervisor || !row)
        return false;
    QString error;
    if (!m_coaching.addNote(row->callId, text, QDateTime::currentDateTimeUtc(), &error)) {
        showMessage(error);
        return false;
    }
    m_gate.touch();
    showSelected();
    return true;
}

bool HistoryWindow::giveKudos(const QString& behaviour, const QString& text)
{
    const HistoryRow* row = selectedRow();
    if (m_viewer != HistoryViewer::Supervisor || !row)
        return false;
    QString error;
    if (!m_coaching.giveKudos(row->callId, behaviour, text, QDateTime::currentDateTimeUtc(),
                              &error)) {
        showMessage(error);
        return false;
    }
    m_gate.touch();
    const int current = m_table->currentIndex().row();
    m_model->refresh(); // the kudos column
    m_table->selectRow(std::min(current, m_model->rowCount() - 1));
    Q_EMIT kudosGiven();
    return true;
}

bool HistoryWindow::scoreSelected(const QMap<QString, QString>& answers)
{
    const HistoryRow* row = selectedRow();
    if (m_viewer != HistoryViewer::Supervisor || !row || row->assessmentId == 0)
        return false;
    Assessment scored;
    scored.answers = answers;
    QString error;
    if (!m_coaching.scoreAssessment(row->assessmentId, answers, scored.score(),
                                    QDateTime::currentDateTimeUtc(), &error)) {
        showMessage(error);
        return false;
    }
    m_gate.touch();
    const int current = m_table->currentIndex().row();
    m_model->refresh();
    m_table->selectRow(std::min(current, m_model->rowCount() - 1));
    return true;
}

bool HistoryWindow::exportCsv(const QString& path, QString* error)
{
    if (!m_exports.check(error))
        return false; // before the file is created: a refused export leaves nothing behind
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString failure;
    const qint64 rows = HistoryExport::writeCsv(m_exports, m_store, m_model->filter(),
                                                m_model->order(), file, &failure);
    if (rows < 0 || !file.commit()) {
        *error =
            tr("Cannot write %1: %2").arg(path, failure.isEmpty() ? file.errorString() : failure);
        return false;
    }
    showMessage(tr("Exported %n call(s) to %1.", nullptr, int(rows)).arg(path));
    return true;
}

bool HistoryWindow::exportPdf(const QString& path, QString* error)
{
    const HistoryFilter filter = m_model->filter();
    const QDate to = filter.to.isValid() ? filter.to : QDate::currentDate();
    const QDate from = filter.from.isValid() ? filter.from : to.addDays(-83);
    // Read as it is printed; a report is an explicit, one-off wait.
    const QList<HistoryWeek> weeks = m_store.weeks(from, to);
    const QString html =
        HistoryExport::reportHtml(m_exports, m_store, m_coaching, filter, m_model->order(), weeks,
                                  tr("Attune coaching report"), error);
    if (html.isEmpty())
        return false;
    QTextDocument document;
    document.setHtml(html);
    {
        // Made 0600 before a byte is written: QPdfWriter keeps the mode of a file that exists.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    QPdfWriter writer(path);
    writer.setTitle(tr("Attune coaching report"));
    writer.setCreator(QStringLiteral("Attune"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    document.print(&writer);
    if (QFileInfo(path).size() == 0) {
        *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    showMessage(tr("Saved the report to %1.").arg(path));
    return true;
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

SupervisorPinDialog::SupervisorPinDialog(SupervisorGate& gate, QWidget* parent)
    : QDialog(parent)
    , m_gate(gate)
{
    setWindowTitle(tr("Supervisor sign-in"));
    setAccessibleName(tr("Supervisor sign-in"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("Supervisor PIN or passphrase"), this);
    m_pin = new QLineEdit(this);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAccessibleName(tr("Supervisor PIN"));
    label->setBuddy(m_pin);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Sign-in status"));
    m_status->setText(m_gate.waitText());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SupervisorPinDialog::tryPin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(label);
    layout->addWidget(m_pin);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void SupervisorPinDialog::tryPin()
{
    const PinGuard::Outcome outcome = m_gate.signIn(m_pin->text());
    m_pin->clear();
    if (outcome == PinGuard::Outcome::Accepted) {
        accept();
        return;
    }
    const QString wait = m_gate.waitText();
    m_status->setText(outcome == PinGuard::Outcome::Waiting
                          ? wait
                          : (wait.isEmpty() ? tr("That PIN is not right.")
                                            : tr("That PIN is not right. %1").arg(wait)));
}

} // namespace attune
