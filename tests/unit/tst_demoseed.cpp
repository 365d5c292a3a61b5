#include "core/CallSession.h"
#include "core/Clock.h"
#include "demo/DemoSeed.h"
#include "integration/ScenarioPlayer.h"
#include "profile/ProfileService.h"
#include "storage/CoachingStore.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/HistoryStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

namespace {

// A Thursday afternoon, so the twelve weeks end on a working day.
const QDateTime kNow(QDate(2026, 11, 19), QTime(14, 30));

const QStringList kTables = {
    QStringLiteral("calls"),
    QStringLiteral("assessments"),
    QStringLiteral("supervisor_scores"),
    QStringLiteral("coaching_notes"),
    QStringLiteral("kudos"),
    QStringLiteral("breathing_sessions"),
    QStringLiteral("customers"),
    QStringLiteral("contacts"),
    QStringLiteral("cases"),
    QStringLiteral("customer_notes"),
    QStringLiteral("customer_feedback"),
};

qint64 scalar(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Every row of every table the seed writes, as one digest: equal digests, equal contents.
QByteArray digest(Database& database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& table : kTables) {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
            return {};
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                // When a profile was last written, and the random ids the team sync gives each
                // record (schema 11), are the only things that are not the seed's own.
                if (query.record().fieldName(i) != QLatin1String("updated_at") &&
                    query.record().fieldName(i) != QLatin1String("sync_id"))
                    hash.addData(query.value(i).toString().toUtf8() + '\x1f');
            hash.addData("\x1e");
        }
    }
    return hash.result().toHex();
}

} // namespace

class TestDemoSeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsOnceAndSeedingAgainChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("attune-demo.sqlite"));
        QByteArray first;
        {
            Database database(path);
            QString error;
            QVERIFY2(database.open(&error), qPrintable(error));
            QVERIFY(!DemoSeed::isSeeded(database));
            DemoSeed::Summary summary;
            QCOMPARE(DemoSeed::ensure(database, kNow, &error, &summary), DemoSeed::Result::Seeded);
            QVERIFY(DemoSeed::isSeeded(database));
            QVERIFY2(summary.calls > 150, qPrintable(QString::number(summary.calls)));
            QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM calls")), summary.calls);
            QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM assessments")),
                     summary.assessments);
            // The customers' post-call surveys: about a third of the answered calls, some upset,
            // each about a call in the history, and the reviewed call's among them.
            const qint64 surveys =
                scalar(database, QStringLiteral("SELECT count(*) FROM customer_feedback"));
            QVERIFY2(surveys > summary.calls / 5 && surveys < summary.calls / 2,
                     qPrintable(QString::number(surveys)));
            QVERIFY(scalar(database,
                           QStringLiteral(
                               "SELECT count(*) FROM customer_feedback WHERE upset = 1")) > 5);
            QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM customer_feedback WHERE"
                                                     " call_id NOT IN (SELECT call_id FROM calls"
                                                     " WHERE answered = 1)")),
                     0);
            first = digest(database);
            QVERIFY(!first.isEmpty());
            QCOMPARE(DemoSeed::ensure(database, kNow.addDays(3), &error),
                     DemoSeed::Result::AlreadySeeded);
            QCOMPARE(digest(database), first);
        }
        // Opened again later, as the next `attune --demo` does.
        Database again(path);
        QString error;
        QVERIFY(again.open(&error));
        QCOMPARE(DemoSeed::ensure(again, kNow.addDays(40), &error),
                 DemoSeed::Result::AlreadySeeded);
        QCOMPARE(digest(again), first);
    }

    void theSameSeedGivesTheSameHistory()
    {
        QTemporaryDir dir;
        QByteArray digests[2];
        for (int i = 0; i < 2; ++i) {
            Database database(dir.filePath(QStringLiteral("demo-%1.sqlite").arg(i)));
            QString error;
            QVERIFY(database.open(&error));
            QCOMPARE(DemoSeed::ensure(database, kNow, &error), DemoSeed::Result::Seeded);
            digests[i] = digest(database);
        }
        QCOMPARE(digests[0], digests[1]);
    }

    void aFailedSeedWritesNothingAndIsTriedAgain()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("attune-demo.sqlite")));
        QString error;
        QVERIFY(database.open(&error));
        // A write that fails late in the seed (kudos come after the calls and assessments).
        QSqlQuery trap(database.connection());
        QVERIFY(trap.exec(QStringLiteral("CREATE TRIGGER refuse_kudos BEFORE INSERT ON kudos"
                                         " BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        QCOMPARE(DemoSeed::ensure(database, kNow, &error), DemoSeed::Result::Failed);
        QVERIFY2(error.contains(QStringLiteral("refused")), qPrintable(error));
        QVERIFY(!DemoSeed::isSeeded(database));
        for (const QString& table : kTables)
            QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM %1").arg(table)), 0);
        QVERIFY(trap.exec(QStringLiteral("DROP TRIGGER refuse_kudos")));
        QCOMPARE(DemoSeed::ensure(database, kNow, &error), DemoSeed::Result::Seeded);
    }

    void theDemoCallerIsAKnownCustomerWithHistory()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("attune-demo.sqlite")));
        QString error;
        QVERIFY(database.open(&error));
        QCOMPARE(DemoSeed::ensure(database, kNow, &error), DemoSeed::Result::Seeded);

        // The caller exactly as the demo scenario rings.
        Scenario demo;
        QVERIFY(Scenario::load(QStringLiteral(":/scenarios/demo.json"), &demo, &error));
        const Scenario::Step& ring = demo.steps.first();
        QCOMPARE(int(ring.kind), int(Scenario::Step::Kind::CallStart));

        CustomerStore customers(database);
        const QList<CustomerProfile> byNumber =
            customers.byPhone(QString::fromLatin1(DemoSeed::kCustomerPhone));
        QCOMPARE(byNumber.size(), 1);
        QCOMPARE(byNumber.first().customerId, ring.start.caller.customerId);
        QCOMPARE(byNumber.first().fullName, ring.start.caller.displayName);
        QCOMPARE(byNumber.first().preferredName, QStringLiteral("Elena"));

        // Found by the number alone too (a softphone sends no customer id).
        for (const bool withId : {true, false}) {
            ProfileService profiles(customers, QStringLiteral("GB"));
            Call call;
            call.id = QStringLiteral("demo-call-1");
            call.caller = ring.start.caller;
            if (!withId)
                call.caller.customerId.clear();
            const ProfileView view = profiles.lookUp(call);
            QCOMPARE(int(view.state), int(ProfileView::State::Known));
            QCOMPARE(view.profile.customerId, QString::fromLatin1(DemoSeed::kCustomerId));
            QVERIFY(!view.openCases.isEmpty());
            QCOMPARE(view.contacts.size(), 3);
            bool nextTime = false;
            bool ownNote = false;
            for (const CustomerStore::Note& note : view.notes) {
                nextTime = nextTime || note.fromSelfAssessment;
                ownNote = ownNote || !note.fromSelfAssessment;
            }
            QVERIFY(nextTime);
            QVERIFY(ownNote);
        }
        // Her two earlier calls about the outage are in the history, before today.
        QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM calls WHERE customer_id ="
                                                 " 'C-10482' AND answered = 1")),
                 3);
    }

    void twelveWeeksOfCallsAssessmentsAndCoaching()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("attune-demo.sqlite")));
        QString error;
        QVERIFY(database.open(&error));
        QCOMPARE(DemoSeed::ensure(database, kNow, &error), DemoSeed::Result::Seeded);

        HistoryStore history(database);
        const QDate today = kNow.date();
        const QList<HistoryWeek> weeks =
            history.weeks(today.addDays(-7 * DemoSeed::kWeeks + 1), today.addDays(-1));
        QVERIFY(weeks.size() >= DemoSeed::kWeeks);
        int scoredWeeks = 0;
        int breathingWeeks = 0;
        for (const HistoryWeek& week : weeks) {
            QVERIFY2(week.assessed >= 5, qPrintable(week.monday.toString(Qt::ISODate)));
            scoredWeeks += week.supervisorScore.has_value() ? 1 : 0;
            breathingWeeks += week.breathingSessions > 0 ? 1 : 0;
        }
        QVERIFY2(scoredWeeks >= 8, qPrintable(QString::number(scoredWeeks)));
        QVERIFY2(breathingWeeks >= 8, qPrintable(QString::number(breathingWeeks)));
        // Nothing from the future, nothing older than twelve weeks.
        QCOMPARE(
            scalar(database,
                   QStringLiteral("SELECT count(*) FROM calls WHERE ringing_at >= '%1'")
                       .arg(QDateTime(today, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs))),
            0);
        QCOMPARE(scalar(database,
                        QStringLiteral("SELECT count(*) FROM calls WHERE ringing_at < '%1'")
                            .arg(QDateTime(today.addDays(-7 * DemoSeed::kWeeks - 1), QTime(0, 0))
                                     .toUTC()
                                     .toString(Qt::ISODateWithMs))),
                 0);
        // The agent gets better with coaching: the last four weeks score above the first four.
        const auto average = [&](int from, int to) {
            double sum = 0;
            int count = 0;
            for (int i = from; i < to; ++i) {
                for (const auto& share : weeks.at(i).itemShare) {
                    sum += share;
                    ++count;
                }
            }
            return count ? sum / count : 0.0;
        };
        QVERIFY(average(int(weeks.size()) - 4, int(weeks.size())) > average(0, 4) + 0.1);
        // Hot calls, some calmed and some not; kudos, all of them announced when they were given.
        QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM calls WHERE arc_peak >= 0.6"
                                                " AND arc_calmed = 1")) > 10);
        QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM calls WHERE arc_peak >= 0.6"
                                                " AND arc_calmed = 0")) > 10);
        QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM coaching_notes")) >= 5);
        QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM kudos")) >= 3);
        CoachingStore coaching(database);
        QCOMPARE(coaching.kudosToAnnounce().size(), 0);
        // Every outcome occurs.
        QCOMPARE(
            scalar(database, QStringLiteral("SELECT count(DISTINCT outcome) FROM assessments")), 3);
    }

    void privateNotesInTheSeedStayPrivate()
    {
        QTemporaryDir dir;
        Database database(dir.filePath(QStringLiteral("attune-demo.sqlite")));
        QString error;
        QVERIFY(database.open(&error));
        QCOMPARE(DemoSeed::ensure(database, kNow, &error), DemoSeed::Result::Seeded);
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT c.id, a.note FROM assessments a JOIN calls c"
                                          " ON c.call_id = a.call_id WHERE a.note_private = 1")));
        HistoryStore history(database);
        int privateNotes = 0;
        while (query.next()) {
            ++privateNotes;
            const qint64 row = query.value(0).toLongLong();
            const QString note = query.value(1).toString();
            QVERIFY(!note.isEmpty());
            const std::optional<HistoryDetail> supervisor =
                history.detail(row, HistoryViewer::Supervisor);
            QVERIFY(supervisor);
            QVERIFY(supervisor->note.isEmpty());
            QVERIFY(supervisor->noteWithheld);
            const std::optional<HistoryDetail> agent = history.detail(row, HistoryViewer::Agent);
            QVERIFY(agent);
            QCOMPARE(agent->note, note);
        }
        QVERIFY2(privateNotes >= 3, qPrintable(QString::number(privateNotes)));
        QVERIFY(scalar(database, QStringLiteral("SELECT count(*) FROM assessments"
                                                " WHERE note != '' AND note_private = 0")) > 20);
    }

    void anotherDatabaseInTheSameFolderIsNotTouched()
    {
        QTemporaryDir dir;
        const QString agentPath = dir.filePath(QStringLiteral("attune.sqlite"));
        {
            Database agent(agentPath);
            QString error;
            QVERIFY(agent.open(&error));
        }
        QFile agentFile(agentPath);
        QVERIFY(agentFile.open(QIODevice::ReadOnly));
        const QByteArray before = agentFile.readAll();
        agentFile.close();
        {
            Database demo(dir.filePath(QStringLiteral("attune-demo.sqlite")));
            QString error;
            QVERIFY(demo.open(&error));
            QCOMPARE(DemoSeed::ensure(demo, kNow, &error), DemoSeed::Result::Seeded);
        }
        QVERIFY(agentFile.open(QIODevice::ReadOnly));
        QCOMPARE(agentFile.readAll(), before);
        QVERIFY(!QFile::exists(agentPath + QStringLiteral("-wal")) ||
                QFile(agentPath + QStringLiteral("-wal")).size() == 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "tst_demoseed.moc"
