// A supervisor's record sent again late, against a real PostgreSQL 15 (issue 17): sending is
// at-least-once, so the server itself must make a late re-send harmless, whatever the client.
// An old score whose reply was lost, sent again after a newer rescoring, leaves the newer one;
// so does a statement that bypasses Attune with an old time. A note or kudos sent again under
// the same id with other words is refused, and a record IT removed is not brought back by a
// re-send. Row-level security still decides who writes what.

#include "PostgresCluster.h"
#include "TeamHistorySeed.h"
#include "core/TeamCoaching.h"
#include "storage/TeamCoachingStore.h"
#include "team/TeamSchema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace attune;
using namespace attune::test;

class TestTeamCoachingOrder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PostgresCluster> m_cluster;
    int m_connections = 0;
    QString m_call;       // one of bob's calls, with an assessment
    QString m_assessment; // its assessment

    QSqlDatabase as(const QString& user)
    {
        QString error;
        const bool admin = user == QLatin1String("admin");
        QSqlDatabase db = m_cluster->connect(
            QStringLiteral("c%1").arg(++m_connections), admin ? PostgresCluster::adminUser() : user,
            admin ? PostgresCluster::adminPassword() : user + QStringLiteral("-pw"), &error);
        if (!db.isOpen())
            qWarning() << user << error;
        return db;
    }
    QString scalar(const QString& sql)
    {
        QSqlQuery query(as(QStringLiteral("admin")));
        if (!query.exec(sql) || !query.next())
            return QStringLiteral("<error: %1>").arg(query.lastError().text());
        return query.value(0).toString();
    }

    TeamCoachingAction score(const QString& used, const QDateTime& givenAt) const
    {
        TeamCoachingAction action;
        action.kind = TeamCoachingAction::Kind::Score;
        action.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        action.callKey = m_call;
        action.assessmentKey = m_assessment;
        action.agent = QStringLiteral("bob");
        action.answers = {{QStringLiteral("used_name"), used}};
        action.score = used == QLatin1String("yes") ? 100.0 : 0.0;
        action.givenAt = givenAt;
        return action;
    }
    TeamCoachingAction note(const QString& text) const
    {
        TeamCoachingAction action;
        action.kind = TeamCoachingAction::Kind::Note;
        action.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        action.callKey = m_call;
        action.agent = QStringLiteral("bob");
        action.text = text;
        action.givenAt = QDateTime::currentDateTimeUtc();
        return action;
    }
    QString samsAnswer()
    {
        return scalar(QStringLiteral("SELECT answers->>'used_name' FROM attune.supervisor_scores"
                                     " WHERE assessment_id = '%1' AND author = 'sam'")
                          .arg(m_assessment));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<PostgresCluster>();
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
        QSqlDatabase admin = as(QStringLiteral("admin"));
        int from = -1;
        QVERIFY2(TeamSchema::initialise(admin, &from, &error), qPrintable(error));
        QVERIFY2(seedTeamHistory(admin, 20, &error), qPrintable(error));
        // Init runs every migration again each time: this one must be harmless the second time.
        QVERIFY2(TeamSchema::initialise(admin, &from, &error), qPrintable(error));
        QCOMPARE(from, TeamSchema::latestVersion());
        QSqlQuery query(admin);
        QVERIFY(query.exec(QStringLiteral("SELECT call_id::text, id::text FROM attune.assessments"
                                          " WHERE agent = 'bob' ORDER BY saved_at LIMIT 1")));
        QVERIFY(query.next());
        m_call = query.value(0).toString();
        m_assessment = query.value(1).toString();
    }

    // The lost reply: rescoring 1 lands but its answer never comes back; rescoring 2 lands; then
    // rescoring 1 is sent again. The server keeps rescoring 2, and says nothing was applied.
    void anOldScoreSentAgainLeavesTheNewerOne()
    {
        TeamCoachingStore store(as(QStringLiteral("sam")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const TeamCoachingAction first = score(QStringLiteral("no"), now.addSecs(-60));
        const TeamCoachingAction second = score(QStringLiteral("yes"), now.addSecs(-30));
        TeamCoachingOutcome outcome = store.save(first);
        QVERIFY2(outcome.ok && outcome.applied, qPrintable(outcome.error));
        outcome = store.save(second);
        QVERIFY2(outcome.ok && outcome.applied, qPrintable(outcome.error));
        QCOMPARE(samsAnswer(), QStringLiteral("yes"));
        const QString createdAt =
            scalar(QStringLiteral("SELECT created_at FROM attune.supervisor_scores"
                                  " WHERE assessment_id = '%1' AND author = 'sam'")
                       .arg(m_assessment));

        outcome = store.save(first);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!outcome.applied);
        QCOMPARE(samsAnswer(), QStringLiteral("yes"));
        QCOMPARE(outcome.after.myAnswers.value(QStringLiteral("used_name")), QStringLiteral("yes"));
        // The newer one sent again changes nothing either: the agent's sync has nothing new.
        outcome = store.save(second);
        QVERIFY(outcome.ok && !outcome.applied);
        QCOMPARE(scalar(QStringLiteral("SELECT created_at FROM attune.supervisor_scores"
                                       " WHERE assessment_id = '%1' AND author = 'sam'")
                            .arg(m_assessment)),
                 createdAt);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attune.supervisor_scores"
                                       " WHERE assessment_id = '%1'")
                            .arg(m_assessment)),
                 QStringLiteral("1"));
        // A later rescoring still replaces it.
        outcome = store.save(score(QStringLiteral("no"), now));
        QVERIFY(outcome.ok && outcome.applied);
        QCOMPARE(samsAnswer(), QStringLiteral("no"));
    }

    // The server guards it, not only Attune: a supervisor's own statement with an older time
    // (or none) cannot replace the score kept, and nobody can touch another's score.
    void theServerKeepsTheLatestWhateverTheClient()
    {
        QSqlDatabase sam = as(QStringLiteral("sam"));
        const QString before = samsAnswer();
        QVERIFY(before == QLatin1String("no"));
        QSqlQuery query(sam);
        // An older time, and the very time of the score kept (under another id).
        for (const QString& when :
             {QStringLiteral("'2001-01-01Z'"),
              QStringLiteral("(SELECT given_at FROM attune.supervisor_scores WHERE author ="
                             " 'sam' AND assessment_id = '%1')")
                  .arg(m_assessment)}) {
            QVERIFY2(query.exec(
                         QStringLiteral(
                             "INSERT INTO attune.supervisor_scores AS s (id, assessment_id, agent,"
                             " answers, score, given_at) VALUES (gen_random_uuid(), '%1', 'bob',"
                             " '{\"used_name\":\"partly\"}', 50, %2)"
                             " ON CONFLICT (assessment_id, author) DO UPDATE SET id = excluded.id,"
                             " answers = excluded.answers, given_at = excluded.given_at")
                             .arg(m_assessment, when)),
                     qPrintable(query.lastError().text()));
            QCOMPARE(query.numRowsAffected(), 0);
            QCOMPARE(samsAnswer(), before);
        }
        // A plain UPDATE to an old time is skipped too.
        QVERIFY2(query.exec(QStringLiteral("UPDATE attune.supervisor_scores SET"
                                           " id = gen_random_uuid(), answers = '{}',"
                                           " given_at = '2001-01-01Z' WHERE assessment_id = '%1'")
                                .arg(m_assessment)),
                 qPrintable(query.lastError().text()));
        QCOMPARE(samsAnswer(), before);

        // Row-level security as before: tess (another team) cannot score bob's call, and sam
        // cannot write as tess, however late the time they give.
        QSqlQuery tess(as(QStringLiteral("tess")));
        QVERIFY(!tess.exec(QStringLiteral("INSERT INTO attune.supervisor_scores (id,"
                                          " assessment_id, agent, answers, given_at) VALUES"
                                          " (gen_random_uuid(), '%1', 'bob', '{}', now())")
                               .arg(m_assessment)));
        QCOMPARE(tess.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(
            !query.exec(QStringLiteral("INSERT INTO attune.supervisor_scores (id, assessment_id,"
                                       " agent, author, answers, given_at) VALUES"
                                       " (gen_random_uuid(), '%1', 'bob', 'tess', '{}',"
                                       " now() + interval '1 day')")
                            .arg(m_assessment)));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attune.supervisor_scores"
                                       " WHERE assessment_id = '%1'")
                            .arg(m_assessment)),
                 QStringLiteral("1"));
    }

    // The same note's id with other words: refused in plain words, the first words kept. The
    // same kudos likewise.
    void theSameIdWithOtherWordsIsRefused()
    {
        TeamCoachingStore store(as(QStringLiteral("sam")));
        TeamCoachingAction action = note(QStringLiteral("Slow down the recap"));
        TeamCoachingOutcome outcome = store.save(action);
        QVERIFY2(outcome.ok && outcome.applied, qPrintable(outcome.error));
        outcome = store.save(action);
        QVERIFY(outcome.ok && !outcome.applied);
        action.text = QStringLiteral("Something else entirely");
        outcome = store.save(action);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QLatin1String("saved before with other words")),
                 qPrintable(outcome.error));
        QCOMPARE(scalar(QStringLiteral("SELECT body FROM attune.coaching_notes WHERE id = '%1'")
                            .arg(action.id)),
                 QStringLiteral("Slow down the recap"));

        TeamCoachingAction kudos = note(QString());
        kudos.kind = TeamCoachingAction::Kind::Kudos;
        kudos.behaviour = QStringLiteral("Used the customer's name");
        QVERIFY(store.save(kudos).ok);
        kudos.behaviour = QStringLiteral("Listened");
        outcome = store.save(kudos);
        QVERIFY(!outcome.ok);
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT behaviour FROM attune.kudos WHERE id = '%1'").arg(kudos.id)),
            QStringLiteral("Used the customer's name"));
    }

    // IT removes a note, kudos and a score; the same records sent again (a retry whose first
    // reply was lost) do not bring them back.
    void whatItRemovedIsNotBroughtBack()
    {
        TeamCoachingStore store(as(QStringLiteral("sam")));
        TeamCoachingAction kudos = note(QString());
        kudos.kind = TeamCoachingAction::Kind::Kudos;
        kudos.behaviour = QStringLiteral("Stayed calm");
        const TeamCoachingAction removedNote = note(QStringLiteral("Said in anger"));
        const TeamCoachingAction removedScore =
            score(QStringLiteral("yes"), QDateTime::currentDateTimeUtc().addSecs(1));
        for (const TeamCoachingAction& action : {removedNote, kudos, removedScore})
            QVERIFY(store.save(action).applied);
        QSqlQuery it(as(QStringLiteral("admin")));
        QVERIFY(it.exec(QStringLiteral("DELETE FROM attune.coaching_notes WHERE id = '%1'")
                            .arg(removedNote.id)));
        QVERIFY(it.exec(QStringLiteral("DELETE FROM attune.kudos WHERE id = '%1'").arg(kudos.id)));
        QVERIFY(it.exec(QStringLiteral("DELETE FROM attune.supervisor_scores WHERE id = '%1'")
                            .arg(removedScore.id)));
        for (const TeamCoachingAction& action : {removedNote, kudos, removedScore}) {
            const TeamCoachingOutcome outcome = store.save(action);
            QVERIFY2(outcome.ok, qPrintable(outcome.error));
            QVERIFY(!outcome.applied);
        }
        QCOMPARE(scalar(QStringLiteral("SELECT (SELECT count(*) FROM attune.coaching_notes WHERE"
                                       " id = '%1') + (SELECT count(*) FROM attune.kudos WHERE"
                                       " id = '%2') + (SELECT count(*) FROM"
                                       " attune.supervisor_scores WHERE id = '%3')")
                            .arg(removedNote.id, kudos.id, removedScore.id)),
                 QStringLiteral("0"));
        // Supervisors cannot read which ids IT removed.
        QSqlQuery peek(as(QStringLiteral("sam")));
        QVERIFY(!peek.exec(QStringLiteral("SELECT count(*) FROM attune.removed_coaching")));
        QCOMPARE(peek.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
};

QTEST_MAIN(TestTeamCoachingOrder)
#include "tst_teamcoachingorder.moc"
