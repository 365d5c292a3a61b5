#include "history/PracticeHistoryList.h"

#include "practice/PracticePanel.h"
#include "services/PracticeService.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attune {

namespace {

constexpr int kRunsListed = 200;

QString outcomeText(const QString& name)
{
    static const QList<std::pair<QLatin1String, PracticeOutcome>> outcomes = {
        {QLatin1String("better"), PracticeOutcome::Better},
        {QLatin1String("same"), PracticeOutcome::Same},
        {QLatin1String("worse"), PracticeOutcome::Worse},
        {QLatin1String("turn_limit"), PracticeOutcome::TurnLimit},
        {QLatin1String("abandoned"), PracticeOutcome::Abandoned}};
    for (const auto& [key, outcome] : outcomes) {
        if (name == key)
            return PracticePanel::outcomeLabel(outcome);
    }
    return name;
}

} // namespace

PracticeHistoryList::PracticeHistoryList(PracticeService& practice, QWidget* parent)
    : QWidget(parent)
    , m_practice(practice)
{
    setAccessibleName(tr("Practice runs"));
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(tr("Your practice runs, kept apart from real calls. Only what the "
                                "replies showed is kept, never the replies themselves."),
                             this);
    about->setWordWrap(true);
    about->setAccessibleName(tr("About practice runs"));
    m_empty =
        new QLabel(tr("No practice runs yet. Practise from the sidebar between calls."), this);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("No practice runs"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setAccessibleName(tr("Practice runs"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Scenario"), tr("Turns"), tr("How it ended"),
                                        tr("What the replies showed")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setWordWrap(true);
    layout->addWidget(about);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    connect(&m_practice, &PracticeService::runsLoaded, this, &PracticeHistoryList::fill);
    // A run finished while the history is open shows up here too.
    connect(&m_practice, &PracticeService::ended, this, [this] {
        if (isVisible())
            refresh();
    });
}

void PracticeHistoryList::refresh()
{
    m_practice.requestRuns(kRunsListed);
}

void PracticeHistoryList::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void PracticeHistoryList::fill(const QList<PracticeRun>& runs)
{
    m_table->setRowCount(0);
    m_empty->setVisible(runs.isEmpty());
    m_table->setVisible(!runs.isEmpty());
    for (const PracticeRun& run : runs) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList shown;
        for (int b = 0; b < kPracticeBehaviourCount; ++b) {
            const auto behaviour = PracticeBehaviour(b);
            const int count = run.behaviours.value(behaviourName(behaviour));
            if (count > 0)
                shown << tr("%1 ×%2").arg(PracticePanel::behaviourLabel(behaviour)).arg(count);
        }
        const QStringList cells = {
            QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat), run.title,
            QLocale().toString(run.turns), outcomeText(run.outcome),
            shown.isEmpty() ? tr("nothing recognised") : shown.join(QLatin1String("; "))};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    // The behaviours wrap in the last column rather than push the page sideways.
    for (int column = 0; column < m_table->columnCount() - 1; ++column)
        m_table->resizeColumnToContents(column);
    m_table->resizeRowsToContents();
    Q_EMIT refreshed();
}

} // namespace attune
