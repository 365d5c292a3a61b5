// The team scope of the history against a real PostgreSQL 15 (TLS, verify-full): the same keyset
// pages, filters, detail and trends as the local history (HistorySql), read as each person's own
// role so that the server's row-level security is what is tested, never a check in Attune.

#include "PostgresCluster.h"
#include "TeamHistorySeed.h"
#include "storage/Database.h"
#include "storage/TeamHistoryStore.h"
#include "supervisor/TeamHistoryLoader.h"
#include "team/TeamSchema.h"
#include "team/TeamSync.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(attune::HistoryFilter)

using namespace attune;
using namespace attune::test;

namespace {

constexpr int kCallsPerAgent = 150;

// One call as a plain scan sees it: the latest assessment joined by hand, no index, no paging.
struct Plain
{
    QString key;
    QString agent;
    QString startedAt; // text, microseconds kept
    int talk = 0;
    std::optional<double> peak;
    QString customer;
    QString phone;
    QString assessmentKey;
    QString outcome;
    std::optional<double> score;
    std::optional<int> stressAfter;
    std::optional<double> customerScore; // the latest survey's
    bool upset = false;                  // any survey reads upset
};

QList<Plain> plainScan(QSqlDatabase admin, const QStringList& agents)
{
    QList<Plain> rows;
    QSqlQuery query(admin);
    const bool ok = query.exec(
        QStringLiteral(
            "SELECT c.id::text, c.agent::text, to_char(c.started_at AT TIME ZONE 'UTC',"
            " 'YYYY-MM-DD HH24:MI:SS.US'), c.talk_seconds, c.peak, c.customer_name, c.phone,"
            " a.id::text, a.outcome, a.score, a.stress_after,"
            " (SELECT f.score FROM attune.customer_feedback f WHERE f.call_id = c.id"
            "  AND NOT EXISTS (SELECT 1 FROM attune.customer_feedback g WHERE g.call_id = c.id"
            "   AND (g.imported_at, g.id) > (f.imported_at, f.id))),"
            " coalesce((SELECT bool_or(f.upset) FROM attune.customer_feedback f"
            "  WHERE f.call_id = c.id), false)"
            " FROM attune.calls c"
            " LEFT JOIN attune.assessments a ON a.call_id = c.id AND NOT EXISTS ("
            "  SELECT 1 FROM attune.assessments l WHERE l.call_id = c.id"
            "  AND l.saved_at > a.saved_at)"
            " WHERE c.ended_at IS NOT NULL AND c.agent::text IN ('%1')")
            .arg(agents.join(QStringLiteral("', '"))));
    if (!ok)
        qWarning() << query.lastError().text();
    while (query.next()) {
        Plain row;
        row.key = query.value(0).toString();
        row.agent = query.value(1).toString();
        row.startedAt = query.value(2).toString();
        row.talk = query.value(3).toInt();
        if (!query.value(4).isNull())
            row.peak = query.value(4).toDouble();
        row.customer = query.value(5).toString();
        row.phone = query.value(6).toString();
        row.assessmentKey = query.value(7).toString();
        row.outcome = query.value(8).toString();
        if (!query.value(9).isNull())
            row.score = query.value(9).toDouble();
        if (!query.value(10).isNull())
            row.stressAfter = query.value(10).toInt();
        if (!query.value(11).isNull())
            row.customerScore = query.value(11).toDouble();
        row.upset = query.value(12).toBool();
        rows.append(row);
    }
    return rows;
}

bool matches(const Plain& row, const HistoryFilter& filter, const QSet<QString>& teamAgents)
{
    if (!filter.agent.isEmpty() && row.agent != filter.agent)
        return false;
    if (!filter.team.isEmpty() && !teamAgents.contains(row.agent))
        return false;
    const QDateTime at =
        QDateTime::fromString(row.startedAt.left(23), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    if (filter.from.isValid() && utc < filter.from.startOfDay())
        return false;
    if (filter.to.isValid() && utc >= filter.to.addDays(1).startOfDay())
        return false;
    if (!filter.outcome.isEmpty() && row.outcome != filter.outcome)
        return false;
    if (filter.scoreBelow && !(row.score && *row.score < *filter.scoreBelow))
        return false;
    if (filter.hotOnly && row.peak.value_or(-1) < HistoryFilter::kHotPeak - 1e-6)
        return false;
    if (filter.highStressOnly && !(row.stressAfter && *row.stressAfter >= 4))
        return false;
    if (filter.customerUpsetOnly && !row.upset)
        return false;
    if (!filter.customerContains.isEmpty() &&
        !(row.customer + QLatin1Char(' ') + row.phone)
             .contains(filter.customerContains, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace

class TestTeamHistory : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostgresCluster> m_cluster;
    QTemporaryDir m_secrets;
    int m_connections = 0;

    QSqlDatabase connectAs(const QString& user)
    {
        QString error;
        QSqlDatabase db = m_cluster->connect(QStringLiteral("c%1").arg(++m_connections), user,
                                             user == PostgresCluster::adminUser()
                                                 ? PostgresCluster::adminPassword()
                                                 : user + QStringLiteral("-pw"),
                                             &error);
        if (!db.isOpen())
            qWarning() << user << error;
        return db;
    }
    QSqlDatabase admin() { return connectAs(PostgresCluster::adminUser()); }

    TeamServerLogin login(const QString& user, const QString& password) const
    {
        TeamServerLogin login;
        login.host = QStringLiteral("127.0.0.1");
        login.port = m_cluster->port();
        login.database = PostgresCluster::databaseName();
        login.user = user;
        login.password = password;
        login.sslMode = QStringLiteral("verify-full");
        login.caFile = m_cluster->caFile();
        return login;
    }

    // Every row of a filter and order, a small page at a time, as `store` sees it.
    static QList<HistoryRow> readAll(const TeamHistoryStore& store, const HistoryFilter& filter,
                                     const HistoryOrder& order, int pageSize = 37)
    {
        QList<HistoryRow> all;
        std::optional<HistoryRow> after;
        for (int guard = 0; guard < 10000; ++guard) {
            QString error;
            const QList<HistoryRow> page =
                store.page(filter, order, after ? &*after : nullptr, pageSize, &error);
            if (!error.isEmpty())
                qWarning() << error;
            all += page;
            if (page.size() < pageSize)
                break;
            after = page.last();
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_secrets.isValid());
        m_cluster = std::make_unique<PostgresCluster>();
        QString error;
        QVERIFY2(m_cluster->useTls(QStringLiteral("127.0.0.1"), &error), qPrintable(error));
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QSqlDatabase db = admin();
        int from = -1;
        // Schema 3 brings the team view's indexes (pg_trgm among them).
        QVERIFY2(TeamSchema::initialise(db, &from, &error), qPrintable(error));
        QVERIFY2(seedTeamHistory(db, kCallsPerAgent, &error), qPrintable(error));
    }

    // Every sort, both ways: each visible row exactly once, in order, nothing of another team.
    void pagingEverySortVisitsEveryRowOnce_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        for (const auto& [name, sort] :
             QList<QPair<const char*, HistorySort>>{{"time", HistorySort::Time},
                                                    {"duration", HistorySort::Duration},
                                                    {"peak", HistorySort::Peak},
                                                    {"score", HistorySort::Score}}) {
            QTest::addRow("%s desc", name) << int(sort) << true;
            QTest::addRow("%s asc", name) << int(sort) << false;
        }
    }
    void pagingEverySortVisitsEveryRowOnce()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        const TeamHistoryStore store(connectAs(QStringLiteral("sam")));
        HistoryOrder order;
        order.by = HistorySort(sort);
        order.descending = descending;
        const QList<HistoryRow> rows = readAll(store, HistoryFilter(), order);
        QSet<QString> expected;
        for (const Plain& row :
             plainScan(admin(), {QStringLiteral("alice"), QStringLiteral("bob")})) {
            if (order.by != HistorySort::Score || row.score)
                expected.insert(row.key);
        }
        QSet<QString> seen;
        for (const HistoryRow& row : rows) {
            QVERIFY2(!seen.contains(row.key), qPrintable(row.key));
            seen.insert(row.key);
            QVERIFY(row.agent == QLatin1String("alice") || row.agent == QLatin1String("bob"));
        }
        QCOMPARE(seen, expected);
        QVERIFY(expected.size() > 200);
        // In order by the sorted value.
        for (int i = 1; i < rows.size(); ++i) {
            const HistoryRow& a = rows.at(i - 1);
            const HistoryRow& b = rows.at(i);
            double left = 0;
            double right = 0;
            switch (order.by) {
            case HistorySort::Time:
                left = double(a.at.toMSecsSinceEpoch());
                right = double(b.at.toMSecsSinceEpoch());
                break;
            case HistorySort::Duration:
                left = double(a.talkMs);
                right = double(b.talkMs);
                break;
            case HistorySort::Peak:
                left = a.arcPeak.value_or(-1);
                right = b.arcPeak.value_or(-1);
                break;
            case HistorySort::Score:
                left = a.score.value_or(-1);
                right = b.score.value_or(-1);
                break;
            }
            QVERIFY2(descending ? left >= right : left <= right, qPrintable(QString::number(i)));
        }
    }

    // Each filter gives exactly what a plain scan of the same rows gives.
    void filtersMatchAPlainScan_data()
    {
        QTest::addColumn<HistoryFilter>("filter");
        HistoryFilter f;
        QTest::addRow("none") << f;
        f = {};
        f.outcome = QStringLiteral("escalated");
        QTest::addRow("outcome") << f;
        f = {};
        f.scoreBelow = 40;
        QTest::addRow("score below 40") << f;
        f = {};
        f.hotOnly = true;
        QTest::addRow("hot") << f;
        f = {};
        f.highStressOnly = true;
        QTest::addRow("stress") << f;
        f = {};
        f.customerContains = QStringLiteral("marsh");
        QTest::addRow("search name") << f;
        f = {};
        f.customerContains = QStringLiteral("Ann Lee 12");
        QTest::addRow("search rare") << f;
        f = {};
        f.customerContains = QStringLiteral("9001");
        QTest::addRow("search number") << f;
        f = {};
        f.customerContains = QStringLiteral("100%_O'H");
        QTest::addRow("search wildcards and quote") << f;
        f = {};
        f.customerContains = QStringLiteral("%");
        QTest::addRow("search a lone percent") << f;
        f = {};
        f.customerContains = QStringLiteral("Zoé 10");
        QTest::addRow("search accented") << f;
        f = {};
        f.customerContains = QStringLiteral("le");
        QTest::addRow("search two letters") << f;
        f = {};
        f.agent = QStringLiteral("bob");
        QTest::addRow("agent") << f;
        f = {};
        f.team = QStringLiteral("t1");
        QTest::addRow("team") << f;
        f = {};
        f.from = QDate(2026, 11, 20);
        f.to = QDate(2026, 11, 25);
        f.agent = QStringLiteral("alice");
        f.hotOnly = true;
        QTest::addRow("dates, agent and hot") << f;
        f = {};
        f.customerUpsetOnly = true;
        QTest::addRow("customer left upset") << f;
        f = {};
        f.customerUpsetOnly = true;
        f.agent = QStringLiteral("bob");
        f.outcome = QStringLiteral("escalated");
        QTest::addRow("upset, agent and outcome") << f;
        f = {};
        f.scoreBelow = 50;
        f.hotOnly = true;
        f.outcome = QStringLiteral("escalated");
        f.customerContains = QStringLiteral("brennan");
        QTest::addRow("score, hot, outcome and search") << f;
    }
    void filtersMatchAPlainScan()
    {
        QFETCH(HistoryFilter, filter);
        const TeamHistoryStore store(connectAs(QStringLiteral("sam")));
        QSet<QString> expected;
        const QSet<QString> t1 = {QStringLiteral("alice"), QStringLiteral("bob")};
        for (const Plain& row :
             plainScan(admin(), {QStringLiteral("alice"), QStringLiteral("bob")})) {
            if (matches(row, filter, t1))
                expected.insert(row.key);
        }
        QVERIFY2(!expected.isEmpty() || filter.customerContains.contains(QLatin1Char('%')),
                 "a filter of nothing");
        for (const HistoryOrder& order :
             {HistoryOrder{HistorySort::Time, true}, HistoryOrder{HistorySort::Duration, false},
              HistoryOrder{HistorySort::Peak, true}}) {
            QSet<QString> got;
            for (const HistoryRow& row : readAll(store, filter, order))
                got.insert(row.key);
            QCOMPARE(got, expected);
        }
    }

    // The customer's verdict reads as in the agent's own history: the latest survey's score,
    // and "left upset" when any survey of the call reads upset.
    void customerVerdictMatchesAPlainScan()
    {
        const TeamHistoryStore store(connectAs(QStringLiteral("sam")));
        QHash<QString, Plain> plain;
        for (const Plain& row :
             plainScan(admin(), {QStringLiteral("alice"), QStringLiteral("bob")}))
            plain.insert(row.key, row);
        int scored = 0;
        int upset = 0;
        int secondSurveys = 0;
        const QList<HistoryRow> rows = readAll(store, HistoryFilter(), HistoryOrder());
        QCOMPARE(rows.size(), plain.size());
        for (const HistoryRow& row : rows) {
            const Plain& expected = plain.value(row.key);
            QCOMPARE(row.customerScore.has_value(), expected.customerScore.has_value());
            if (row.customerScore) {
                QCOMPARE(*row.customerScore, *expected.customerScore);
                ++scored;
            }
            QCOMPARE(row.customerUpset, expected.upset);
            upset += row.customerUpset ? 1 : 0;
            // Upset from the first survey while the later one is not: the flag stays.
            if (row.customerUpset && row.customerScore && *row.customerScore > 0)
                ++secondSurveys;
        }
        QVERIFY(scored > 50);
        QVERIFY(upset > 5);
        QVERIFY(secondSurveys > 0);
    }

    // attune.call_facts (migration 0005) equals what its sources say, row for row, both as the
    // triggers kept it while the seed was written and as the first run's copy makes it.
    void callFactsEqualTheirSources()
    {
        QSqlDatabase db = admin();
        const QString facts = QStringLiteral(
            "SELECT string_agg(concat_ws('|', call_id, agent, started_at, talk_seconds, peak,"
            " assessment_id, outcome, score, stress_after, upset, search), ';'"
            " ORDER BY call_id) FROM attune.call_facts");
        const QString sources = QStringLiteral(
            "SELECT string_agg(concat_ws('|', c.id, c.agent, c.started_at, c.talk_seconds,"
            " coalesce(c.peak, -1), a.id, a.outcome, a.score, a.stress_after,"
            " EXISTS (SELECT 1 FROM attune.customer_feedback f WHERE f.call_id = c.id"
            "  AND f.upset), c.customer_name || ' ' || c.phone), ';' ORDER BY c.id)"
            " FROM attune.calls c LEFT JOIN attune.assessments a ON a.call_id = c.id"
            " AND NOT EXISTS (SELECT 1 FROM attune.assessments l WHERE l.call_id = c.id"
            "  AND (l.saved_at, l.id) > (a.saved_at, a.id))"
            " WHERE c.ended_at IS NOT NULL");
        const auto value = [&db](const QString& sql) {
            QSqlQuery query(db);
            if (!query.exec(sql) || !query.next())
                qWarning() << query.lastError().text();
            return query.value(0).toString();
        };
        const QString expected = value(sources);
        QVERIFY(expected.size() > 1000);
        QCOMPARE(value(facts), expected);

        // The first run of 0005 on a server that already holds calls (one at schema 4, played
        // here by the version and an empty table) copies them; a later init copies nothing
        // again.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("DELETE FROM attune.call_facts")));
        QVERIFY(
            query.exec(QStringLiteral("DELETE FROM attune.meta WHERE key = 'call_facts_filled'")));
        QVERIFY(query.exec(
            QStringLiteral("UPDATE attune.meta SET value = '4' WHERE key = 'schema_version'")));
        int from = -1;
        QString error;
        QVERIFY2(TeamSchema::initialise(db, &from, &error), qPrintable(error));
        QCOMPARE(from, 4);
        QCOMPARE(value(facts), expected);
        const QString stamps = QStringLiteral(
            "SELECT string_agg(xmin::text, ',' ORDER BY call_id) FROM attune.call_facts");
        const QString before = value(stamps);
        QVERIFY2(TeamSchema::initialise(db, &from, &error), qPrintable(error));
        QCOMPARE(from, TeamSchema::latestVersion());
        QCOMPARE(value(stamps), before);
    }

    // The server decides: a supervisor asking for another team's agent, team or call gets
    // nothing, and one who supervises that team gets only that.
    void supervisorSeesOnlyTheirTeam()
    {
        const TeamHistoryStore sam(connectAs(QStringLiteral("sam")));
        HistoryFilter carol;
        carol.agent = QStringLiteral("carol");
        QCOMPARE(readAll(sam, carol, HistoryOrder()).size(), 0);
        HistoryFilter t2;
        t2.team = QStringLiteral("t2");
        QCOMPARE(readAll(sam, t2, HistoryOrder()).size(), 0);
        const QList<Plain> carols = plainScan(admin(), {QStringLiteral("carol")});
        QVERIFY(!carols.isEmpty());
        QVERIFY(!sam.detail(carols.first().key).has_value());
        QCOMPARE(sam.weeks(QDate(2026, 9, 1), QDate(2026, 11, 30), carol).size() > 0, true);
        for (const HistoryWeek& week : sam.weeks(QDate(2026, 9, 1), QDate(2026, 11, 30), carol))
            QCOMPARE(week.assessed, 0);
        QCOMPARE(sam.agents(QString(), nullptr),
                 QStringList({QStringLiteral("alice"), QStringLiteral("bob")}));

        // The search's helper runs as the table's owner: it still answers only for agents the
        // caller may read.
        const auto searchAs = [this](const QString& user, const QString& agent) {
            QSqlQuery query(connectAs(user));
            if (!query.exec(QStringLiteral("SELECT count(*) FROM attune.search_agent_calls("
                                           "'%1', 'Lee', '%Lee%')")
                                .arg(agent)) ||
                !query.next())
                return -1;
            return query.value(0).toInt();
        };
        QCOMPARE(searchAs(QStringLiteral("sam"), QStringLiteral("carol")), 0);
        QCOMPARE(searchAs(QStringLiteral("alice"), QStringLiteral("bob")), 0);
        QVERIFY(searchAs(QStringLiteral("tess"), QStringLiteral("carol")) > 10);
        QVERIFY(searchAs(QStringLiteral("alice"), QStringLiteral("alice")) > 10);

        const TeamHistoryStore tess(connectAs(QStringLiteral("tess")));
        QSet<QString> agents;
        for (const HistoryRow& row : readAll(tess, HistoryFilter(), HistoryOrder()))
            agents.insert(row.agent);
        QCOMPARE(agents, QSet<QString>{QStringLiteral("carol")});
        QVERIFY(tess.detail(carols.first().key).has_value());
        for (const AgentWeekShare& share :
             tess.agentComparison(QDate(2026, 9, 1), QDate(2026, 11, 30), HistoryFilter()))
            QCOMPARE(share.agent, QStringLiteral("carol"));
    }

    // The search's helper is planned as one agent's short read (migration 0007): never with
    // parallel workers or JIT, which its arguments' unknown selectivity used to bring on every
    // call (15-30 ms per agent on ten million calls). Still so after init ran again
    // (tst_teamschema checks an upgraded server and later changes). With a session that would make
    // any plan parallel and compiled, it answers what a plain scan answers, for its own
    // agents only.
    void searchIsPlannedAsOneAgentsRead()
    {
        QSqlDatabase db = admin();
        int from = -1;
        QString error;
        QVERIFY2(TeamSchema::initialise(db, &from, &error), qPrintable(error));
        QSqlQuery settings(db);
        QVERIFY(settings.exec(QStringLiteral(
                    "SELECT array_to_string(proconfig, ';'), prosecdef FROM pg_proc"
                    " WHERE oid = 'attune.search_agent_calls(name, text, text)'::regprocedure")) &&
                settings.next());
        const QStringList config = settings.value(0).toString().split(QLatin1Char(';'));
        QVERIFY2(config.contains(QStringLiteral("jit=off")), qPrintable(config.join(' ')));
        QVERIFY2(config.contains(QStringLiteral("max_parallel_workers_per_gather=0")),
                 qPrintable(config.join(' ')));
        QVERIFY(config.contains(QStringLiteral("search_path=pg_catalog, pg_temp")));
        QVERIFY(settings.value(1).toBool());

        QSqlQuery query(connectAs(QStringLiteral("sam")));
        for (const char* eager :
             {"SET jit = on", "SET jit_above_cost = 0", "SET parallel_setup_cost = 0",
              "SET parallel_tuple_cost = 0", "SET min_parallel_table_scan_size = 0",
              "SET max_parallel_workers_per_gather = 4"})
            QVERIFY2(query.exec(QLatin1String(eager)), eager);
        for (const QString& term :
             {QStringLiteral("Lee"), QStringLiteral("+44770090012"), QStringLiteral("100%_O'H")}) {
            QSet<QString> expected;
            for (const Plain& row : plainScan(admin(), {QStringLiteral("alice")}))
                if ((row.customer + QLatin1Char(' ') + row.phone)
                        .contains(term, Qt::CaseInsensitive))
                    expected.insert(row.key);
            QVERIFY2(!expected.isEmpty(), qPrintable(term));
            QString pattern = term;
            pattern.replace(QLatin1String("%"), QLatin1String("\\%"))
                .replace(QLatin1String("_"), QLatin1String("\\_"));
            QVERIFY(query.prepare(
                QStringLiteral("SELECT id::text FROM attune.search_agent_calls('alice', ?, ?)"
                               " AS hit(id)")));
            query.addBindValue(term);
            query.addBindValue(QLatin1Char('%') + pattern + QLatin1Char('%'));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QSet<QString> got;
            while (query.next())
                got.insert(query.value(0).toString());
            QCOMPARE(got, expected);
        }
        QVERIFY(query.exec(QStringLiteral(
                    "SELECT count(*) FROM attune.search_agent_calls('carol', 'Lee', '%Lee%')")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // An agent signing in to the team scope is refused; reading the store as that agent anyway
    // shows nothing but their own calls.
    void agentCannotOpenTheTeamScope()
    {
        TeamHistoryLoader loader;
        std::optional<TeamSignInResult> result;
        loader.signIn(login(QStringLiteral("alice"), QStringLiteral("alice-pw")),
                      [&](const TeamSignInResult& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok);
        QVERIFY2(result->error.contains(QLatin1String("not a supervisor")),
                 qPrintable(result->error));
        QVERIFY(!loader.isSignedIn());
        bool answered = false;
        loader.page(HistoryFilter(), HistoryOrder(), std::nullopt, 10,
                    [&](const QList<HistoryRow>& rows, const QString&) {
                        answered = true;
                        QVERIFY(rows.isEmpty());
                    });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);

        const TeamHistoryStore alice(connectAs(QStringLiteral("alice")));
        QString error;
        QVERIFY(!alice.isSupervisor(&error));
        QSet<QString> agents;
        for (const HistoryRow& row : readAll(alice, HistoryFilter(), HistoryOrder()))
            agents.insert(row.agent);
        QCOMPARE(agents, QSet<QString>{QStringLiteral("alice")});
    }

    void wrongPasswordIsSaidPlainly()
    {
        TeamHistoryLoader loader;
        std::optional<TeamSignInResult> result;
        loader.signIn(login(QStringLiteral("sam"), QStringLiteral("not-the-password")),
                      [&](const TeamSignInResult& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok);
        QCOMPARE(result->error,
                 TeamHistoryLoader::tr("Wrong name or password for %1 on the team server.")
                     .arg(QStringLiteral("sam")));
    }

    // A password file others can read is refused before anything is sent.
    void passwordFileReadableByOthersIsRefused()
    {
        const QString path = m_secrets.filePath(QStringLiteral("sam.pw"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sam-pw\n");
        file.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        TeamServerLogin withFile = login(QStringLiteral("sam"), QString());
        withFile.passwordFile = path;
        TeamHistoryLoader loader;
        std::optional<TeamSignInResult> result;
        loader.signIn(withFile, [&](const TeamSignInResult& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(!result->ok);
        QVERIFY2(result->error.contains(QLatin1String("chmod 600")), qPrintable(result->error));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        result.reset();
        loader.signIn(withFile, [&](const TeamSignInResult& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(result->ok, qPrintable(result->error));
        QCOMPARE(result->teams.size(), 1);
        QCOMPARE(result->teams.first().second, QStringLiteral("Billing"));
    }

    // A private note, delivered by the agent's real sync, never reaches the supervisor's view;
    // a shared one does.
    void privateNoteNeverAppears()
    {
        const QString mark = QStringLiteral("PRIVATE-TEAMVIEW-MARK");
        QTemporaryDir dir;
        Database local(dir.filePath(QStringLiteral("alice.sqlite")));
        QString error;
        QVERIFY2(local.open(&error), qPrintable(error));
        QVERIFY2(TeamSync::setEnabled(local, true, &error), qPrintable(error));
        QSqlDatabase sql = local.connection();
        for (const auto& [ref, note, isPrivate] :
             {std::tuple{QStringLiteral("tv-private"), mark, 1},
              std::tuple{QStringLiteral("tv-shared"), QStringLiteral("Shared with my lead"), 0}}) {
            QSqlQuery query(sql);
            QVERIFY(query.exec(
                QStringLiteral(
                    "INSERT INTO calls (call_id, source, phone, display_name, ringing_at, answered,"
                    " talk_ms, ended_at, outcome, arc_peak, arc_peak_kind) VALUES ('%1', 'test',"
                    " '+441632960001', 'Private Test', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 1, "
                    "60000,"
                    " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'completed', 0.7, 'anxiety')")
                    .arg(ref)));
            query.prepare(QStringLiteral(
                "INSERT INTO assessments (call_id, rubric_id, rubric_version, answers, note,"
                " note_private, saved_at, score) VALUES (:ref, 'attune-default', 1,"
                " '{\"listened\":\"yes\"}', :note, :private,"
                " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 80)"));
            query.bindValue(QStringLiteral(":ref"), ref);
            query.bindValue(QStringLiteral(":note"), note);
            query.bindValue(QStringLiteral(":private"), isPrivate);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        TeamSyncConfig config;
        config.host = QStringLiteral("127.0.0.1");
        config.port = m_cluster->port();
        config.database = PostgresCluster::databaseName();
        config.user = QStringLiteral("alice");
        config.caFile = m_cluster->caFile();
        const QString passwordFile = m_secrets.filePath(QStringLiteral("alice.pw"));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write("alice-pw\n");
        file.close();
        config.passwordFile = passwordFile;
        config.pollIntervalMs = 50;
        TeamSync sync(local, config);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(sync.status().delivered >= 4, 30000);
        sync.stop();

        const TeamHistoryStore sam(connectAs(QStringLiteral("sam")));
        HistoryFilter search;
        search.customerContains = QStringLiteral("Private Test");
        const QList<HistoryRow> rows = readAll(sam, search, HistoryOrder());
        QCOMPARE(rows.size(), 2);
        QStringList notes;
        for (const HistoryRow& row : rows) {
            QCOMPARE(row.agent, QStringLiteral("alice"));
            const std::optional<HistoryDetail> detail = sam.detail(row.key);
            QVERIFY(detail.has_value());
            QVERIFY(!detail->note.contains(mark));
            notes << detail->note;
        }
        notes.sort();
        QCOMPARE(notes, QStringList({QString(), QStringLiteral("Shared with my lead")}));
        // Nor anywhere the supervisor's role can read.
        QSqlQuery query(connectAs(QStringLiteral("sam")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM attune.assessments t"
                                          " WHERE t::text LIKE '%%1%'")
                               .arg(mark)));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // The trends of one agent equal a plain count; the comparison has one line per agent.
    void trendsAndComparison()
    {
        const TeamHistoryStore sam(connectAs(QStringLiteral("sam")));
        HistoryFilter bob;
        bob.agent = QStringLiteral("bob");
        const QDate from(2026, 10, 1);
        const QDate to(2026, 11, 30);
        int assessed = 0;
        for (const HistoryWeek& week : sam.weeks(from, to, bob))
            assessed += week.assessed;
        QSqlQuery query(admin());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT count(DISTINCT c.id) FROM attune.calls c JOIN attune.assessments a"
            " ON a.call_id = c.id WHERE c.agent = 'bob' AND c.started_at >= '2026-09-28'"
            " AND c.started_at < '2026-12-01'")));
        QVERIFY(query.next());
        QCOMPARE(assessed, query.value(0).toInt());
        QVERIFY(assessed > 0);
        QSet<QString> agents;
        for (const AgentWeekShare& share : sam.agentComparison(from, to, HistoryFilter())) {
            agents.insert(share.agent);
            QVERIFY(share.share >= 0 && share.share <= 1);
        }
        QCOMPARE(agents, (QSet<QString>{QStringLiteral("alice"), QStringLiteral("bob")}));
    }
};

QTEST_GUILESS_MAIN(TestTeamHistory)
#include "tst_teamhistory.moc"
