#include "history/TeamHistoryView.h"

#include "assessment/Rubric.h"
#include "history/AgentComparison.h"
#include "history/HistoryCharts.h"
#include "history/HistoryDetailPane.h"
#include "history/HistoryFilterBar.h"
#include "history/TeamCallDelegate.h"
#include "history/TeamCoachingPanel.h"
#include "services/TeamCoachingService.h"
#include "supervisor/HistoryModel.h"
#include "supervisor/TeamHistoryModel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace attune {

namespace {

QList<QPair<QString, QString>> yesPartlyNoItems(const Rubric& rubric)
{
    QList<QPair<QString, QString>> items;
    for (const RubricItem& item : rubric.items) {
        if (item.kind == RubricItem::Kind::YesPartlyNo)
            items.append({item.id, item.label});
    }
    return items;
}

} // namespace

TeamSignInDialog::TeamSignInDialog(const TeamServerLogin& defaults, QWidget* parent)
    : QDialog(parent)
    , m_defaults(defaults)
{
    setWindowTitle(tr("Sign in to the team server"));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Your own supervisor account on %1. The password is used for "
                                "this session only and never saved.")
                                 .arg(defaults.host),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_user = new QLineEdit(defaults.user, this);
    m_user->setObjectName(QStringLiteral("teamUser"));
    m_user->setAccessibleName(tr("Name on the team server"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("Name"), m_user);
    form->addRow(tr("Password"), m_password);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

TeamServerLogin TeamSignInDialog::login() const
{
    TeamServerLogin login = m_defaults;
    login.user = m_user->text().trimmed();
    login.password = m_password->text();
    return login;
}

TeamHistoryView::TeamHistoryView(const TeamServerLogin& defaults, const Rubric& rubric,
                                 QWidget* parent)
    : QWidget(parent)
    , m_defaults(defaults)
    , m_rubric(rubric)
{
    setAccessibleName(tr("Team history"));
    m_loader = new TeamHistoryLoader(this);
    m_model = new TeamHistoryModel(*m_loader, this);
    m_coaching = new TeamCoachingService(*m_loader, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("teamStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_status, 1);
    m_signInButton = new QPushButton(this);
    m_signInButton->setObjectName(QStringLiteral("teamSignIn"));
    connect(m_signInButton, &QPushButton::clicked, this, [this] {
        if (isSignedIn())
            signOut();
        else
            askToSignIn();
    });
    top->addWidget(m_signInButton);
    layout->addLayout(top);

    m_body = new QWidget(this);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(buildFilters());
    m_tabs = new QTabWidget(m_body);
    m_tabs->setAccessibleName(tr("Team calls, trends and comparison"));
    auto* split = new QSplitter(Qt::Horizontal, m_tabs);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("teamCalls"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new TeamCallDelegate(m_table)); // text shaped once, not per paint
    m_table->setAccessibleName(tr("Team calls"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view never measures ten million of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(HistoryModel::When + 1, Qt::DescendingOrder);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->horizontalHeader()->resizeSection(
        HistoryModel::When + 1,
        metrics.horizontalAdvance(QStringLiteral("00 Mmm 0000, 00:00")) + 28);
    m_table->horizontalHeader()->resizeSection(HistoryModel::Customer + 1,
                                               metrics.horizontalAdvance(QLatin1Char('M')) * 12);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (TeamHistoryModel::isSortable(column))
                    return;
                const HistoryOrder& order = m_model->order();
                const int sorted = 1 + (order.by == HistorySort::Duration ? HistoryModel::Duration
                                        : order.by == HistorySort::Peak   ? HistoryModel::Peak
                                        : order.by == HistorySort::Score  ? HistoryModel::SelfScore
                                                                          : HistoryModel::When);
                const QSignalBlocker block(m_table->horizontalHeader());
                m_table->horizontalHeader()->setSortIndicator(
                    sorted, order.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TeamHistoryView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TeamHistoryView::showSelected);
    connect(m_model, &TeamHistoryModel::firstPageArrived, this, [this] {
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->selectRow(0);
        else
            showSelected();
    });
    connect(m_model, &TeamHistoryModel::failed, this, [this](const QString& error) {
        // A server that is gone is said once, below, and retried on its own.
        if (m_loader->isServerReachable())
            setStatus(tr("The team server did not answer: %1").arg(error));
    });
    connect(m_loader, &TeamHistoryLoader::serverUnreachable, this,
            [this] { setStatus(TeamHistoryLoader::tr("Team server unreachable — retrying…")); });
    connect(m_loader, &TeamHistoryLoader::serverReachable, this, [this](int failedReads) {
        setStatus(tr("The team server answers again."));
        // What failed meanwhile is read again at once, where the view is (the model would
        // retry on its own, after its back-off): pages, and the selected call's detail.
        if (failedReads & TeamHistoryLoader::Pages)
            m_model->retryFailed();
        if (failedReads & (TeamHistoryLoader::Details | TeamHistoryLoader::Coaching))
            showSelected();
        if ((failedReads & TeamHistoryLoader::Trends) && m_tabs->currentIndex() > 0)
            requestTrends();
    });
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
    m_comparison = new AgentComparison(m_tabs);
    m_tabs->addTab(m_comparison, tr("Compare agents"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index > 0)
            requestTrends();
    });
    body->addWidget(m_tabs, 1);
    layout->addWidget(m_body, 1);
    signOut();
}

TeamHistoryView::~TeamHistoryView() = default;

QWidget* TeamHistoryView::buildFilters()
{
    // The same filter row as the agent's own history, with the team and the agent in front.
    m_filterBar = new HistoryFilterBar(m_rubric, m_body);
    m_team = new QComboBox(m_filterBar);
    m_team->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_team->setObjectName(QStringLiteral("team"));
    m_team->setAccessibleName(tr("Team"));
    m_filterBar->insertLeading(0, m_team);
    m_agent = new QComboBox(m_filterBar);
    m_agent->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_agent->setObjectName(QStringLiteral("agent"));
    m_agent->setAccessibleName(tr("Agent"));
    m_filterBar->insertLeading(1, m_agent);
    connect(m_filterBar, &HistoryFilterBar::filterChanged, this, &TeamHistoryView::applyFilter);
    connect(m_team, &QComboBox::currentIndexChanged, this, &TeamHistoryView::teamChanged);
    connect(m_agent, &QComboBox::currentIndexChanged, this, &TeamHistoryView::applyFilter);
    return m_filterBar;
}

QWidget* TeamHistoryView::buildDetail()
{
    auto* pane = new QWidget(m_body);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    // The same pane as the agent's own history (one place for every label); its supervisor
    // buttons are the coaching panel's below, which writes to the team server.
    m_detailPane = new HistoryDetailPane(m_rubric, pane);
    m_detailPane->setObjectName(QStringLiteral("teamDetail"));
    m_detailPane->setActions(false, false, false);
    layout->addWidget(m_detailPane, 1);
    m_coachingPanel = new TeamCoachingPanel(*m_coaching, m_rubric, pane);
    layout->addWidget(m_coachingPanel);
    connect(m_coachingPanel, &TeamCoachingPanel::coachingChanged, this,
            [this](const TeamCallCoaching& after) {
                m_model->updateCoaching(after.callKey, after.kudos, after.notes,
                                        after.supervisorScore);
                showSelected();
            });
    return pane;
}

bool TeamHistoryView::isSignedIn() const
{
    return m_loader->isSignedIn();
}

QString TeamHistoryView::statusText() const
{
    return m_status->text();
}

QString TeamHistoryView::detailText() const
{
    return m_detailPane->text();
}

void TeamHistoryView::setStatus(const QString& text)
{
    m_status->setText(text);
}

void TeamHistoryView::askToSignIn()
{
    TeamSignInDialog dialog(m_defaults, this);
    if (dialog.exec() == QDialog::Accepted)
        signIn(dialog.login());
}

void TeamHistoryView::signIn(const TeamServerLogin& login)
{
    setStatus(tr("Signing in to the team server as %1…").arg(login.user));
    m_signInButton->setEnabled(false);
    m_loader->signIn(login, [this, user = login.user](const TeamSignInResult& result) {
        m_signInButton->setEnabled(true);
        if (!result.ok) {
            setStatus(result.error);
            Q_EMIT signInFailed(result.error);
            return;
        }
        {
            const QSignalBlocker blockTeam(m_team);
            const QSignalBlocker blockAgent(m_agent);
            m_team->clear();
            m_team->addItem(tr("All my teams"), QString());
            for (const auto& [id, name] : result.teams)
                m_team->addItem(name, id);
            m_agent->clear();
            m_agent->addItem(tr("All agents"), QString());
            for (const QString& agent : result.agents)
                m_agent->addItem(agent, agent);
        }
        setStatus(tr("Signed in to the team server as %1 (agents in your teams: %2). Private "
                     "notes and (unless IT shares them) stress ratings stay on each agent's "
                     "computer.")
                      .arg(user)
                      .arg(result.agents.size()));
        m_signInButton->setText(tr("Sign out of the team server"));
        m_signInButton->setAccessibleName(m_signInButton->text());
        m_body->setEnabled(true);
        m_model->setFilter(currentFilter());
        m_model->refresh();
        if (m_tabs->currentIndex() > 0)
            requestTrends();
        Q_EMIT signedIn();
    });
}

void TeamHistoryView::signOut()
{
    m_loader->signOut();
    m_coaching->forget();
    m_coachingPanel->showCall(nullptr);
    m_model->clear();
    m_team->clear();
    m_agent->clear();
    m_body->setEnabled(false);
    m_detailPane->showNothing(false);
    setStatus(m_defaults.host.isEmpty()
                  ? tr("No team server is set up on this computer (team/server).")
                  : tr("Sign in with your own supervisor account on the team server %1 to read "
                       "your team's calls.")
                        .arg(m_defaults.host));
    m_signInButton->setText(tr("Sign in to the team server…"));
    m_signInButton->setAccessibleName(tr("Sign in to the team server"));
    m_signInButton->setEnabled(!m_defaults.host.isEmpty());
}

HistoryFilter TeamHistoryView::currentFilter() const
{
    HistoryFilter filter = m_filterBar->filter();
    filter.team = m_team->currentData().toString();
    filter.agent = m_agent->currentData().toString();
    return filter;
}

void TeamHistoryView::teamChanged()
{
    if (!isSignedIn())
        return;
    const QString team = m_team->currentData().toString();
    m_loader->agents(team, [this, team](const QStringList& agents) {
        if (m_team->currentData().toString() != team)
            return;
        const QString kept = m_agent->currentData().toString();
        {
            const QSignalBlocker block(m_agent);
            m_agent->clear();
            m_agent->addItem(tr("All agents"), QString());
            for (const QString& agent : agents)
                m_agent->addItem(agent, agent);
            m_agent->setCurrentIndex(std::max(0, m_agent->findData(kept)));
        }
        applyFilter();
    });
}

void TeamHistoryView::applyFilter()
{
    if (!isSignedIn())
        return;
    m_model->setFilter(currentFilter());
    if (m_tabs->currentIndex() > 0)
        requestTrends();
}

void TeamHistoryView::requestTrends()
{
    if (!isSignedIn())
        return;
    // The filter's dates, or the last 12 weeks when it has none: a trend needs a window.
    const HistoryFilter filter = currentFilter();
    const QDate to = filter.to.isValid() ? filter.to : QDate::currentDate();
    const QDate from = filter.from.isValid() ? filter.from : to.addDays(-83);
    HistoryFilter scope;
    scope.agent = filter.agent;
    scope.team = filter.team;
    m_trendsView->showLoading();
    m_comparison->showLoading();
    const quint64 request = ++m_trendsRequest;
    m_loader->trends(
        from, to, scope,
        [this, request](const QList<HistoryWeek>& weeks, const QList<AgentWeekShare>& shares) {
            if (request != m_trendsRequest)
                return;
            const auto items = yesPartlyNoItems(m_rubric);
            m_trendsView->showWeeks(weeks, items);
            m_comparison->showShares(shares, items);
            Q_EMIT trendsShown();
        });
}

void TeamHistoryView::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const HistoryRow* row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    m_coachingPanel->showCall(row);
    if (!row) {
        m_detailPane->showNothing(isSignedIn() && !m_model->isLoading() &&
                                  m_model->rowCount() == 0);
        return;
    }
    const HistoryRow shown = *row;
    const quint64 request = ++m_detailRequest;
    m_loader->detail(shown.key, [this, request, shown](const std::optional<HistoryDetail>& detail) {
        if (request != m_detailRequest || !detail)
            return;
        // The team server's own coaching is listed by the coaching panel, not here.
        CallDetail call;
        call.detail = *detail;
        m_detailPane->showCall(shown, call, QString());
        Q_EMIT detailShown();
    });
}

TeamHistoryView* installTeamScope(QWidget* window, QVBoxLayout* content,
                                  const TeamServerLogin& defaults, const Rubric& rubric)
{
    // Nothing changes when no team server is set.
    if (defaults.host.isEmpty())
        return nullptr;
    auto* mine = new QWidget(window);
    auto* mineLayout = new QVBoxLayout(mine);
    mineLayout->setContentsMargins(0, 0, 0, 0);
    while (content->count() > 0) {
        const int stretch = content->stretch(0);
        QLayoutItem* item = content->takeAt(0);
        if (QWidget* widget = item->widget()) {
            mineLayout->addWidget(widget, stretch);
            delete item;
        } else if (QLayout* layout = item->layout()) {
            layout->setParent(nullptr);
            mineLayout->addLayout(layout, stretch);
        } else {
            mineLayout->addItem(item);
        }
    }
    auto* team = new TeamHistoryView(defaults, rubric, window);
    auto* pages = new QStackedWidget(window);
    pages->setObjectName(QStringLiteral("historyScopes"));
    pages->addWidget(mine);
    pages->addWidget(team);
    auto* switchRow = new QHBoxLayout;
    auto* group = new QButtonGroup(window);
    const QList<QString> labels = {TeamHistoryView::tr("My calls"), TeamHistoryView::tr("My team")};
    for (int i = 0; i < labels.size(); ++i) {
        auto* button = new QPushButton(labels.at(i), window);
        button->setObjectName(i == 0 ? QStringLiteral("scopeMine") : QStringLiteral("scopeTeam"));
        button->setCheckable(true);
        button->setChecked(i == 0);
        button->setAccessibleName(labels.at(i));
        group->addButton(button, i);
        switchRow->addWidget(button);
    }
    switchRow->addStretch(1);
    QObject::connect(group, &QButtonGroup::idClicked, pages, &QStackedWidget::setCurrentIndex);
    content->addLayout(switchRow);
    content->addWidget(pages, 1);
    return team;
}

} // namespace attune
