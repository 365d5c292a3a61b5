#include "history/HistoryFilterBar.h"

#include "assessment/Rubric.h"
#include "history/CustomerFeedbackView.h"
#include "settings/ExportPolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
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

} // namespace

HistoryFilterBar::HistoryFilterBar(const Rubric& rubric, const ExportPolicy& exports,
                                   QWidget* parent)
    : HistoryFilterBar(rubric, &exports, parent)
{}

HistoryFilterBar::HistoryFilterBar(const Rubric& rubric, QWidget* parent)
    : HistoryFilterBar(rubric, nullptr, parent)
{}

HistoryFilterBar::HistoryFilterBar(const Rubric& rubric, const ExportPolicy* exports,
                                   QWidget* parent)
    : QWidget(parent)
{
    const bool team = exports == nullptr;
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* first = new QHBoxLayout;
    m_firstRow = first;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search customer name or number"));
    m_search->setAccessibleName(tr("Search customer name or number"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));
    first->addWidget(m_search, 2);
    m_period = new QComboBox(this);
    m_period->setAccessibleName(tr("Period"));
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItems({tr("All time"), tr("Today"), tr("Last 7 days"), tr("Last 30 days"),
                        tr("Last 12 weeks"), tr("Between dates")});
    first->addWidget(m_period);
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From date"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("To date"));
    first->addWidget(m_from);
    first->addWidget(m_to);
    m_from->hide();
    m_to->hide();
    rows->addLayout(first);

    auto* second = new QHBoxLayout;
    m_outcome = new QComboBox(this);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->addItem(tr("Any outcome"), QString());
    if (const RubricItem* outcome = rubric.item(QStringLiteral("outcome"))) {
        for (const auto& [id, label] : outcome->options)
            m_outcome->addItem(label, id);
    }
    second->addWidget(m_outcome);
    m_scoreBelowOn = new QCheckBox(tr("Self score below"), this);
    m_scoreBelow = new QSpinBox(this);
    m_scoreBelow->setRange(1, 100);
    m_scoreBelow->setValue(50);
    m_scoreBelowOn->setObjectName(QStringLiteral("scoreBelowOn"));
    m_scoreBelow->setAccessibleName(tr("Self score threshold"));
    m_scoreBelow->setEnabled(false);
    second->addWidget(m_scoreBelowOn);
    second->addWidget(m_scoreBelow);
    m_hotOnly = new QCheckBox(tr("Hot calls"), this);
    m_hotOnly->setToolTip(tr("Calls where the customer's feelings ran high"));
    m_stressOnly = new QCheckBox(team ? tr("Agent's stress 4 or 5") : tr("My stress 4 or 5"), this);
    m_hotOnly->setObjectName(QStringLiteral("hotOnly"));
    m_stressOnly->setObjectName(QStringLiteral("stressOnly"));
    m_stressOnly->setToolTip(team ? tr("Shared only where IT set team/shareWellbeing; otherwise "
                                       "no call matches")
                                  : tr("Calls after which the agent rated their stress 4 or 5"));
    second->addWidget(m_hotOnly);
    second->addWidget(m_stressOnly);
    m_upsetOnly = CustomerFeedbackView::makeUpsetFilter(this);
    second->addWidget(m_upsetOnly);
    second->addStretch(1);
    rows->addLayout(second);
    for (QAbstractButton* control :
         std::initializer_list<QAbstractButton*>{m_scoreBelowOn, m_hotOnly, m_stressOnly})
        control->setAccessibleName(control->text());
    if (team) {
        // Nothing is exported from the team scope. Its controls keep the names the team
        // scope's tests and benchmark find them by.
        for (QWidget* control : std::initializer_list<QWidget*>{
                 m_search, m_period, m_outcome, m_scoreBelowOn, m_hotOnly, m_stressOnly})
            control->setObjectName(QStringLiteral("team") + control->objectName().at(0).toUpper() +
                                   control->objectName().mid(1));
        m_upsetOnly->setObjectName(QStringLiteral("teamUpsetOnly"));
    } else {
        auto* csv = new QPushButton(tr("Export CSV…"), this);
        auto* pdf = new QPushButton(tr("PDF report…"), this);
        csv->setObjectName(QStringLiteral("exportCsv"));
        pdf->setObjectName(QStringLiteral("exportPdf"));
        second->addWidget(csv);
        second->addWidget(pdf);
        // The export code refuses on its own; the buttons only say so before anyone clicks.
        QString exportRefusal;
        const bool allowed = exports->check(&exportRefusal);
        for (QPushButton* button : {csv, pdf}) {
            button->setAccessibleName(button->text().remove(QStringLiteral("…")));
            if (!allowed) {
                button->setEnabled(false);
                button->setToolTip(exportRefusal);
                button->setAccessibleDescription(exportRefusal);
            }
        }
        connect(csv, &QPushButton::clicked, this, &HistoryFilterBar::exportCsvRequested);
        connect(pdf, &QPushButton::clicked, this, &HistoryFilterBar::exportPdfRequested);
    }

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // typing a name runs one query, not one per key
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryFilterBar::changed);
    connect(m_period, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryFilterBar::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryFilterBar::changed);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::changed);
    connect(m_scoreBelowOn, &QCheckBox::toggled, m_scoreBelow, &QSpinBox::setEnabled);
    connect(m_scoreBelowOn, &QCheckBox::toggled, this, &HistoryFilterBar::changed);
    connect(m_scoreBelow, &QSpinBox::valueChanged, this, &HistoryFilterBar::changed);
    connect(m_hotOnly, &QCheckBox::toggled, this, &HistoryFilterBar::changed);
    connect(m_stressOnly, &QCheckBox::toggled, this, &HistoryFilterBar::changed);
    connect(m_upsetOnly, &QCheckBox::toggled, this, &HistoryFilterBar::changed);
}

HistoryFilter HistoryFilterBar::filter() const
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
    filter.customerUpsetOnly = m_upsetOnly->isChecked();
    filter.customerContains = m_search->text().trimmed();
    return filter;
}

void HistoryFilterBar::insertLeading(int position, QWidget* control)
{
    m_firstRow->insertWidget(position, control);
}

void HistoryFilterBar::changed()
{
    m_searchDelay->stop();
    Q_EMIT filterChanged();
}

void HistoryFilterBar::periodChanged()
{
    const bool custom = m_period->currentIndex() == Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    changed();
}

} // namespace attune
