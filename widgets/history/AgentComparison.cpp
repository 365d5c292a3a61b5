#include "history/AgentComparison.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace attune {

AgentComparison::AgentComparison(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("Behaviour"), this);
    m_behaviour = new QComboBox(this);
    m_behaviour->setObjectName(QStringLiteral("comparedBehaviour"));
    m_behaviour->setAccessibleName(tr("Behaviour"));
    label->setBuddy(m_behaviour);
    top->addWidget(label);
    top->addWidget(m_behaviour, 1);
    layout->addLayout(top);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("agentComparison"));
    m_table->setAccessibleName(tr("Agents compared week by week"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    connect(m_behaviour, &QComboBox::currentIndexChanged, this, &AgentComparison::redraw);
}

QString AgentComparison::behaviour() const
{
    return m_behaviour->currentData().toString();
}

void AgentComparison::showLoading()
{
    m_status->setText(tr("Reading the team's weeks…"));
}

void AgentComparison::showShares(const QList<AgentWeekShare>& shares,
                                 const QList<QPair<QString, QString>>& items)
{
    m_shares = shares;
    const QString kept = behaviour();
    {
        const QSignalBlocker block(m_behaviour);
        m_behaviour->clear();
        for (const auto& [id, label] : items)
            m_behaviour->addItem(label, id);
        const int index = m_behaviour->findData(kept);
        m_behaviour->setCurrentIndex(index >= 0 ? index : 0);
    }
    redraw();
}

void AgentComparison::redraw()
{
    const QString item = behaviour();
    QSet<QString> agentSet;
    QSet<QDate> weekSet;
    // agent -> week -> (share, assessed)
    QMap<QString, QMap<QDate, QPair<double, int>>> cells;
    for (const AgentWeekShare& share : m_shares) {
        if (share.item != item)
            continue;
        agentSet.insert(share.agent);
        weekSet.insert(share.monday);
        cells[share.agent][share.monday] = {share.share, share.assessed};
    }
    QList<QString> agents(agentSet.begin(), agentSet.end());
    std::sort(agents.begin(), agents.end());
    QList<QDate> weeks(weekSet.begin(), weekSet.end());
    std::sort(weeks.begin(), weeks.end());
    m_status->setText(agents.isEmpty() ? tr("No assessed calls in this period.")
                                       : tr("Share of assessed calls with this behaviour; a "
                                            "\"partly\" counts half."));
    m_table->clear();
    m_table->setRowCount(int(agents.size()));
    m_table->setColumnCount(int(weeks.size()) + 1);
    const QLocale locale;
    QStringList headers;
    for (const QDate& monday : weeks)
        headers << tr("Week of %1").arg(locale.toString(monday, QStringLiteral("d MMM")));
    headers << tr("Period");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setVerticalHeaderLabels(agents);
    const auto cell = [&](double share, int assessed) {
        auto* item = new QTableWidgetItem(tr("%1 %").arg(qRound(share * 100)));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(tr("Assessed calls: %1").arg(assessed));
        item->setData(Qt::UserRole, share);
        // Light to strong blue with the share; the text stays dark on every shade.
        item->setBackground(QColor::fromHsv(210, int(30 + share * 120), 255));
        item->setForeground(QColor(20, 20, 20));
        return item;
    };
    for (int row = 0; row < agents.size(); ++row) {
        const auto& byWeek = cells.value(agents.at(row));
        double weighted = 0;
        int assessed = 0;
        for (int column = 0; column < weeks.size(); ++column) {
            const auto found = byWeek.constFind(weeks.at(column));
            if (found == byWeek.constEnd())
                continue;
            m_table->setItem(row, column, cell(found->first, found->second));
            weighted += found->first * found->second;
            assessed += found->second;
        }
        if (assessed > 0)
            m_table->setItem(row, int(weeks.size()), cell(weighted / assessed, assessed));
    }
}

} // namespace attune
