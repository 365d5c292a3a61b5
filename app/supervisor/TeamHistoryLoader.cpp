#include "TeamHistoryLoader.h"

#include "core/Logging.h"
#include "settings/Settings.h"
#include "storage/TeamCoachingStore.h"
#include "storage/TeamHistoryStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <unistd.h>

namespace attune {

namespace {

// The password from IT's file, refused unless only its owner (this user) can read it.
bool readPasswordFile(const QString& path, QString* password, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = TeamHistoryLoader::tr("The team password file %1 does not exist.").arg(path);
        return false;
    }
    if (info.ownerId() != ::getuid() ||
        (info.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                               QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther))) {
        *error = TeamHistoryLoader::tr("The team password file %1 can be read by others; Attune "
                                       "uses it only when it belongs to you and no one else can "
                                       "read it (chmod 600).")
                     .arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = TeamHistoryLoader::tr("The team password file %1 cannot be read.").arg(path);
        return false;
    }
    *password = QString::fromUtf8(file.readLine(4096)).trimmed();
    return true;
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
    m_worker = new QObject;
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
    const QString name = m_connection;
    QPointer<TeamHistoryLoader> self(this);
    post<TeamSignInResult>(
        [name, login] {
            TeamSignInResult result;
            QString password = login.password;
            if (password.isEmpty() && !login.passwordFile.isEmpty() &&
                !readPasswordFile(login.passwordFile, &password, &result.error))
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
            QStringList options = {QStringLiteral("connect_timeout=5"),
                                   QStringLiteral("sslmode=") + login.sslMode,
                                   QStringLiteral("application_name=attune-team-view")};
            if (!login.caFile.isEmpty())
                options << QStringLiteral("sslrootcert=") + login.caFile;
            if (!login.certFile.isEmpty())
                options << QStringLiteral("sslcert=") + login.certFile;
            if (!login.keyFile.isEmpty())
                options << QStringLiteral("sslkey=") + login.keyFile;
            db.setConnectOptions(options.join(QLatin1Char(';')));
            if (!db.open()) {
                result.error = plainWords(db.lastError().text(), login);
                qCWarning(lcStorage) << "team view: cannot connect";
                return result;
            }
            // Each filter's own plan: a plan cached for one agent's calls is a poor one for
            // a whole team's, and a supervisor changes filters all the time.
            QSqlQuery(db).exec(QStringLiteral("SET plan_cache_mode = force_custom_plan"));
            QSqlQuery(db).exec(QStringLiteral("SET statement_timeout = '30s'"));
            TeamHistoryStore store(db);
            if (!store.isSupervisor(&result.error)) {
                db.close();
                return result;
            }
            result.teams = store.teams(&result.error);
            result.agents = store.agents(QString(), &result.error);
            result.ok = true;
            result.error.clear();
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
    m_user.clear();
    const QString name = m_connection;
    QMetaObject::invokeMethod(m_worker, [name] {
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
        [name = m_connection, filter, order, after, size, epoch = m_pageEpoch,
         asked = m_pageEpoch->load()] {
            Answer answer;
            if (epoch->load() != asked)
                return answer;
            answer.first =
                TeamHistoryStore(QSqlDatabase::database(name, false))
                    .page(filter, order, after ? &*after : nullptr, size, &answer.second);
            return answer;
        },
        [done](const Answer& answer) { done(answer.first, answer.second); });
}

void TeamHistoryLoader::detail(const QString& key,
                               std::function<void(const std::optional<HistoryDetail>&)> done)
{
    post<std::optional<HistoryDetail>>(
        [name = m_connection, key] {
            return TeamHistoryStore(QSqlDatabase::database(name, false)).detail(key);
        },
        std::move(done));
}

void TeamHistoryLoader::trends(
    const QDate& from, const QDate& to, const HistoryFilter& scope,
    std::function<void(const QList<HistoryWeek>&, const QList<AgentWeekShare>&)> done)
{
    using Answer = QPair<QList<HistoryWeek>, QList<AgentWeekShare>>;
    post<Answer>(
        [name = m_connection, from, to, scope] {
            const TeamHistoryStore store(QSqlDatabase::database(name, false));
            return Answer{store.weeks(from, to, scope), store.agentComparison(from, to, scope)};
        },
        [done](const Answer& answer) { done(answer.first, answer.second); });
}

void TeamHistoryLoader::agents(const QString& team, std::function<void(const QStringList&)> done)
{
    post<QStringList>(
        [name = m_connection, team] {
            return TeamHistoryStore(QSqlDatabase::database(name, false)).agents(team, nullptr);
        },
        std::move(done));
}

void TeamHistoryLoader::coaching(const QString& callKey, const QString& assessmentKey,
                                 std::function<void(const TeamCallCoaching&)> done)
{
    post<TeamCallCoaching>(
        [name = m_connection, callKey, assessmentKey] {
            return TeamCoachingStore(QSqlDatabase::database(name, false))
                .read(callKey, assessmentKey);
        },
        std::move(done));
}

void TeamHistoryLoader::save(const TeamCoachingAction& action,
                             std::function<void(const TeamCoachingOutcome&)> done)
{
    post<TeamCoachingOutcome>(
        [name = m_connection, action] {
            return TeamCoachingStore(QSqlDatabase::database(name, false)).save(action);
        },
        std::move(done));
}

} // namespace attune
