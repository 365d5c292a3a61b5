#include "TeamHistoryLoader.h"

#include "core/Logging.h"
#include "core/PrivateFile.h"
#include "settings/Settings.h"
#include "storage/TeamCoachingStore.h"
#include "storage/TeamHistoryStore.h"
#include "team/TeamSchema.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <unistd.h>
#include <utility>

namespace attune {

namespace {

// The password from IT's file, refused unless it is an ordinary file only its owner (this user)
// can read (PrivateFile: the sync's rule).
bool readPasswordFile(const QString& path, QString* password, QString* error)
{
    switch (PrivateFile::readFirstLine(path, password)) {
    case PrivateFile::Problem::None:
        return true;
    case PrivateFile::Problem::Missing:
        *error = TeamHistoryLoader::tr("The team password file %1 does not exist.").arg(path);
        return false;
    case PrivateFile::Problem::Exposed:
        *error = TeamHistoryLoader::tr("The team password file %1 can be read by others; Attune "
                                       "uses it only when it belongs to you and no one else can "
                                       "read it (chmod 600).")
                     .arg(path);
        return false;
    case PrivateFile::Problem::NotOrdinary:
    case PrivateFile::Problem::Unreadable:
        break;
    }
    *error = TeamHistoryLoader::tr("The team password file %1 cannot be read.").arg(path);
    return false;
}

// The client certificate's key, by the same rule; libpq reads it itself.
bool checkKeyFile(const QString& path, QString* error)
{
    switch (PrivateFile::check(path)) {
    case PrivateFile::Problem::None:
        return true;
    case PrivateFile::Problem::Exposed:
        *error = TeamHistoryLoader::tr("The team key file %1 can be read by others; Attune uses "
                                       "it only when it belongs to you and no one else can read "
                                       "it (chmod 600).")
                     .arg(path);
        return false;
    case PrivateFile::Problem::Missing:
    case PrivateFile::Problem::NotOrdinary:
    case PrivateFile::Problem::Unreadable:
        break;
    }
    *error = TeamHistoryLoader::tr("The team key file %1 is not an ordinary file Attune can read.")
                 .arg(path);
    return false;
}

// The driver's message in words a supervisor can act on.
QString plainWords(const QString& driverText, const TeamServerLogin& login)
{
    if (driverText.contains(QLatin1String("password authentication failed")) ||
        driverText.contains(QLatin1String("no password supplied")))
        return TeamHistoryLoader::tr("Wrong name or password for %1 on the team server.")
            .arg(login.user);
    if (driverText.contains(QLatin1String("Connection refused")) ||
        driverText.contains(QLatin1String("could not connect")) ||
        driverText.contains(QLatin1String("timeout expired")))
        return TeamHistoryLoader::tr("The team server %1:%2 does not answer.")
            .arg(login.host)
            .arg(login.port);
    if (driverText.contains(QLatin1String("certificate")) ||
        driverText.contains(QLatin1String("SSL")))
        return TeamHistoryLoader::tr("The team server's certificate could not be verified (%1).")
            .arg(driverText.trimmed());
    return TeamHistoryLoader::tr("The team server refused the sign-in: %1")
        .arg(driverText.trimmed());
}

// What every session of the team view runs first; a session's settings end with its connection.
void startSession(QSqlDatabase& db)
{
    // Each filter's own plan: a plan cached for one agent's calls is a poor one for a whole
    // team's, and a supervisor changes filters all the time.
    QSqlQuery(db).exec(QStringLiteral("SET plan_cache_mode = force_custom_plan"));
    QSqlQuery(db).exec(QStringLiteral("SET statement_timeout = '30s'"));
}

QString unreachable()
{
    return TeamHistoryLoader::tr("Team server unreachable — retrying…");
}

// The worker thread's side of the connection: whether the server is known to be gone, and the
// background tries to reach it again. Lives on, and is used only from, the loader's thread.
class TeamLink : public QObject
{
public:
    using Report = std::function<void(quint64 session, bool reachable, int failedReads)>;

    TeamLink(QString name, Report report)
        : m_name(std::move(name))
        , m_report(std::move(report))
        , m_retry(this)
    {
        m_retry.setSingleShot(true);
        connect(&m_retry, &QTimer::timeout, this, &TeamLink::tryAgain);
    }

    const QString& name() const { return m_name; }

    // A sign-in or sign-out: whatever was known of the last session's connection goes with it.
    void restart(quint64 session)
    {
        m_session = session;
        m_signedIn = false;
        m_down = false;
        m_failedReads = 0;
        m_pause = TeamHistoryLoader::kFirstRetryMs;
        m_retry.stop();
    }

    // The sign-in succeeded: from now on a lost connection is opened again with its credentials.
    void signedIn() { m_signedIn = true; }
    // The server is known to be gone (between serverUnreachable and serverReachable).
    bool isDown() const { return m_down; }

    // Runs `read` (true when it worked, else with its error) on the team connection. A failure
    // on a connection that is gone opens it again and runs the read once more. `tryAtOnce`: a
    // write the supervisor asked for (Save, Try again) tries a server known to be gone at once.
    bool run(TeamHistoryLoader::Read kind, const std::function<bool(QSqlDatabase&, QString*)>& read,
             QString* error, bool tryAtOnce = false)
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (!db.isValid() || !m_signedIn)
            return read(db, error); // signed out: the read says so itself
        if (m_down) {
            // Reads while the server is gone fail at once (the supervisor is told it is being
            // retried) rather than each waiting out a connection attempt, unless the last
            // attempt is a while ago.
            if (!tryAtOnce && m_lastAttempt.isValid() &&
                m_lastAttempt.elapsed() < TeamHistoryLoader::kFirstRetryMs)
                return failed(kind, error);
            if (!reopen(db))
                return failed(kind, error);
            cameBack();
        }
        QString first;
        if (read(db, &first))
            return true;
        if (alive(db)) {
            *error = first;
            return false;
        }
        qCInfo(lcStorage) << "team view: the connection to the team server was lost, opening it"
                             " again";
        if (reopen(db)) {
            QString second;
            if (read(db, &second))
                return true;
            if (alive(db)) {
                *error = second;
                return false;
            }
        }
        return failed(kind, error);
    }

private:
    bool failed(TeamHistoryLoader::Read kind, QString* error)
    {
        m_failedReads |= kind;
        if (!m_down) {
            qCWarning(lcStorage) << "team view: the team server cannot be reached; retrying";
            m_down = true;
            m_pause = TeamHistoryLoader::kFirstRetryMs;
            m_retry.start(m_pause);
            m_report(m_session, false, m_failedReads);
        }
        *error = unreachable();
        return false;
    }

    void cameBack()
    {
        qCInfo(lcStorage) << "team view: the team server answers again";
        m_down = false;
        m_retry.stop();
        m_report(m_session, true, std::exchange(m_failedReads, 0));
    }

    void tryAgain()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (!m_down || !db.isValid() || !m_signedIn)
            return;
        if (alive(db) || reopen(db)) {
            cameBack();
            return;
        }
        m_pause = std::min(m_pause * 2, TeamHistoryLoader::kLastRetryMs);
        m_retry.start(m_pause);
    }

    static bool alive(QSqlDatabase& db)
    {
        if (!db.isOpen())
            return false;
        QSqlQuery probe(db);
        return probe.exec(QStringLiteral("SELECT 1"));
    }

    bool reopen(QSqlDatabase& db)
    {
        m_lastAttempt.start();
        db.close();
        if (!db.open())
            return false;
        startSession(db);
        return true;
    }

    QString m_name;
    Report m_report;
    QTimer m_retry;
    QElapsedTimer m_lastAttempt;
    quint64 m_session = 0;
    bool m_signedIn = false;
    bool m_down = false;
    int m_failedReads = 0; // TeamHistoryLoader::Read
    int m_pause = TeamHistoryLoader::kFirstRetryMs;
};

TeamLink* linkOf(QObject* worker)
{
    return static_cast<TeamLink*>(worker);
}

} // namespace

TeamServerLogin TeamServerLogin::fromSettings(const Settings& settings)
{
    TeamServerLogin login;
    login.host = settings.teamServer();
    login.port = settings.teamPort();
    login.database = settings.teamDatabase();
    login.user = settings.teamUser();
    login.passwordFile = settings.teamPasswordFile();
    login.caFile = settings.teamCaFile();
    login.certFile = settings.teamCertFile();
    login.keyFile = settings.teamKeyFile();
    return login;
}

TeamHistoryLoader::TeamHistoryLoader(QObject* parent)
    : QObject(parent)
    , m_connection(QStringLiteral("attune-team-view-") + QUuid::createUuid().toString(QUuid::Id128))
{
    // Without a parent: closing the window never waits for a query in flight (up to the
    // statement timeout); the thread ends after it and then deletes itself.
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("attune-team-view"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    QPointer<TeamHistoryLoader> self(this);
    m_worker = new TeamLink(m_connection, [self](quint64 session, bool reachable, int failedReads) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, session, reachable, failedReads] {
                if (self)
                    self->linkChanged(session, reachable, failedReads);
            },
            Qt::QueuedConnection);
    });
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // Runs on the ending thread itself: only it may close the connection it made.
    connect(
        m_thread, &QThread::finished, m_worker,
        [name = m_connection] {
            if (QSqlDatabase::contains(name)) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
        },
        Qt::DirectConnection);
    m_thread->start(QThread::LowPriority);
}

void TeamHistoryLoader::linkChanged(quint64 session, bool reachable, int failedReads)
{
    if (session != m_session || !m_signedIn || reachable == m_reachable)
        return;
    m_reachable = reachable;
    if (reachable)
        Q_EMIT serverReachable(failedReads);
    else
        Q_EMIT serverUnreachable();
}

TeamHistoryLoader::~TeamHistoryLoader()
{
    ++*m_pageEpoch;
    m_thread->quit();
}

template <typename Result>
void TeamHistoryLoader::post(std::function<Result()> work, std::function<void(const Result&)> done)
{
    QPointer<TeamHistoryLoader> self(this);
    const quint64 session = m_session;
    QMetaObject::invokeMethod(m_worker,
                              [self, session, work = std::move(work), done = std::move(done)] {
                                  Result result = work();
                                  if (!self)
                                      return;
                                  QMetaObject::invokeMethod(
                                      self.data(),
                                      [self, session, result = std::move(result), done] {
                                          if (self && self->m_session == session && done)
                                              done(result);
                                      },
                                      Qt::QueuedConnection);
                              });
}

void TeamHistoryLoader::signIn(const TeamServerLogin& login,
                               std::function<void(const TeamSignInResult&)> done)
{
    ++m_session;
    m_signedIn = false;
    m_reachable = true;
    const QString name = m_connection;
    QPointer<TeamHistoryLoader> self(this);
    post<TeamSignInResult>(
        [name, login, link = linkOf(m_worker), session = m_session] {
            link->restart(session);
            TeamSignInResult result;
            QString password = login.password;
            if (password.isEmpty() && !login.passwordFile.isEmpty() &&
                !readPasswordFile(login.passwordFile, &password, &result.error))
                return result;
            if (!login.keyFile.isEmpty() && !checkKeyFile(login.keyFile, &result.error))
                return result;
            if (QSqlDatabase::contains(name)) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(login.host);
            db.setPort(login.port);
            db.setDatabaseName(login.database);
            db.setUserName(login.user);
            db.setPassword(password);
            QList<QPair<QString, QString>> options = {
                {QStringLiteral("connect_timeout"), QStringLiteral("5")},
                {QStringLiteral("sslmode"), login.sslMode},
                {QStringLiteral("application_name"), QStringLiteral("attune-team-view")}};
            if (!login.caFile.isEmpty())
                options.append({QStringLiteral("sslrootcert"), login.caFile});
            if (!login.certFile.isEmpty())
                options.append({QStringLiteral("sslcert"), login.certFile});
            if (!login.keyFile.isEmpty())
                options.append({QStringLiteral("sslkey"), login.keyFile});
            db.setConnectOptions(TeamSchema::connectOptions(options));
            if (!db.open()) {
                result.error = plainWords(db.lastError().text(), login);
                qCWarning(lcStorage) << "team view: cannot connect";
                return result;
            }
            startSession(db);
            TeamHistoryStore store(db);
            if (!store.isSupervisor(&result.error)) {
                db.close();
                return result;
            }
            result.teams = store.teams(&result.error);
            result.agents = store.agents(QString(), &result.error);
            result.ok = true;
            result.error.clear();
            link->signedIn();
            return result;
        },
        [self, done, user = login.user](const TeamSignInResult& result) {
            if (!self)
                return;
            self->m_signedIn = result.ok;
            self->m_user = result.ok ? user : QString();
            if (done)
                done(result);
        });
}

void TeamHistoryLoader::signOut()
{
    ++m_session;
    m_signedIn = false;
    m_reachable = true;
    m_user.clear();
    const QString name = m_connection;
    QMetaObject::invokeMethod(m_worker, [name, link = linkOf(m_worker), session = m_session] {
        link->restart(session);
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    });
}

void TeamHistoryLoader::page(const HistoryFilter& filter, const HistoryOrder& order,
                             std::optional<HistoryRow> after, int size,
                             std::function<void(const QList<HistoryRow>&, const QString&)> done)
{
    using Answer = QPair<QList<HistoryRow>, QString>;
    post<Answer>(
        [link = linkOf(m_worker), filter, order, after, size, epoch = m_pageEpoch,
         asked = m_pageEpoch->load()] {
            Answer answer;
            if (epoch->load() != asked)
                return answer;
            link->run(
                TeamHistoryLoader::Pages,
                [&](QSqlDatabase& db, QString* error) {
                    error->clear();
                    answer.first = TeamHistoryStore(db).page(
                        filter, order, after ? &*after : nullptr, size, error);
                    return error->isEmpty();
                },
                &answer.second);
            return answer;
        },
        [done](const Answer& answer) { done(answer.first, answer.second); });
}

void TeamHistoryLoader::detail(const QString& key,
                               std::function<void(const std::optional<HistoryDetail>&)> done)
{
    post<std::optional<HistoryDetail>>(
        [link = linkOf(m_worker), key] {
            std::optional<HistoryDetail> detail;
            QString error;
            link->run(
                TeamHistoryLoader::Details,
                [&](QSqlDatabase& db, QString* failed) {
                    failed->clear();
                    detail = TeamHistoryStore(db).detail(key, failed);
                    return failed->isEmpty();
                },
                &error);
            return detail;
        },
        std::move(done));
}

void TeamHistoryLoader::trends(
    const QDate& from, const QDate& to, const HistoryFilter& scope,
    std::function<void(const QList<HistoryWeek>&, const QList<AgentWeekShare>&)> done)
{
    using Answer = QPair<QList<HistoryWeek>, QList<AgentWeekShare>>;
    post<Answer>(
        [link = linkOf(m_worker), from, to, scope] {
            Answer answer;
            QString error;
            link->run(
                TeamHistoryLoader::Trends,
                [&](QSqlDatabase& db, QString* failed) {
                    failed->clear();
                    const TeamHistoryStore store(db);
                    answer.first = store.weeks(from, to, scope, failed);
                    if (failed->isEmpty())
                        answer.second = store.agentComparison(from, to, scope, failed);
                    return failed->isEmpty();
                },
                &error);
            return answer;
        },
        [done](const Answer& answer) { done(answer.first, answer.second); });
}

void TeamHistoryLoader::agents(const QString& team, std::function<void(const QStringList&)> done)
{
    post<QStringList>(
        [link = linkOf(m_worker), team] {
            QStringList agents;
            QString error;
            link->run(
                TeamHistoryLoader::Agents,
                [&](QSqlDatabase& db, QString* failed) {
                    failed->clear();
                    agents = TeamHistoryStore(db).agents(team, failed);
                    return failed->isEmpty();
                },
                &error);
            return agents;
        },
        std::move(done));
}

void TeamHistoryLoader::coaching(const QString& callKey, const QString& assessmentKey,
                                 std::function<void(const TeamCallCoaching&)> done)
{
    post<TeamCallCoaching>(
        [link = linkOf(m_worker), callKey, assessmentKey] {
            TeamCallCoaching coaching;
            QString error;
            link->run(
                TeamHistoryLoader::Coaching,
                [&](QSqlDatabase& db, QString* failed) {
                    failed->clear();
                    coaching = TeamCoachingStore(db).read(callKey, assessmentKey, failed);
                    return failed->isEmpty();
                },
                &error);
            return coaching;
        },
        std::move(done));
}

void TeamHistoryLoader::save(const TeamCoachingAction& action,
                             std::function<void(const TeamCoachingOutcome&)> done)
{
    post<TeamCoachingOutcome>(
        [link = linkOf(m_worker), action] {
            // The reads' rule for a lost connection, for the write too: the statement is sent
            // again on a connection opened again (its id makes that safe), and a server that
            // cannot be reached is retried in the background and said so.
            TeamCoachingOutcome outcome;
            bool sent = false;
            QString error;
            const bool ok = link->run(
                TeamHistoryLoader::Coaching,
                [&](QSqlDatabase& db, QString* failed) {
                    sent = sent || db.isOpen();
                    outcome = TeamCoachingStore(db).save(action);
                    *failed = outcome.error;
                    return outcome.ok;
                },
                &error, /*tryAtOnce=*/true);
            if (!ok && link->isDown()) {
                // The connection's last error is why it could not be opened again (a changed
                // password reads differently from a server that is gone).
                const QSqlDatabase db = QSqlDatabase::database(link->name(), false);
                outcome = TeamCoachingOutcome();
                outcome.error = TeamCoachingStore(db).notReached(db.lastError().text(), sent);
            }
            return outcome;
        },
        std::move(done));
}

} // namespace attune
