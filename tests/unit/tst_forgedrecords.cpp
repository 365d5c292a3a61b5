#include "HistorySeed.h"
#include "ServicesFixture.h"
#include "services/AppServices.h"
#include "services/CoachingService.h"
#include "services/HistoryService.h"
#include "settings/ExportPolicy.h"
#include "storage/CoachingStore.h"
#include "storage/HistoryStore.h"
#include "supervisor/SupervisorAccess.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

// Supervisor records (coaching notes, kudos, scores) typed into the agent's own SQLite file by
// anyone who can write it: never shown or counted as the supervisor's, on any read path of the
// running services (the history's rows and their counts and scores, one call's detail, the
// trends, the CSV, the printed report, the kudos announced in the sidebar). One genuine signed
// record of each kind shows, so nothing here passes by showing nothing.
class TestForgedRecords : public QObject
{
    Q_OBJECT

private:
    static inline const QString kPin = QStringLiteral("424242");
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<test::ServicesFixture> m_fixture;
    // The genuine call, the one the forger targets, and one whose genuine score is altered.
    QString m_genuine, m_target, m_altered;
    qint64 m_genuineAssessment = 0, m_targetAssessment = 0, m_alteredAssessment = 0;

    AppServices& services() { return m_fixture->services(); }

    bool pickCalls()
    {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("forger")));
        if (!query.exec(QStringLiteral("SELECT c.call_id, a.id FROM calls c JOIN assessments a"
                                       " ON a.call_id = c.call_id WHERE a.id % 20 <> 0"
                                       " ORDER BY c.id DESC LIMIT 3")))
            return false;
        QString* calls[] = {&m_genuine, &m_target, &m_altered};
        qint64* assessments[] = {&m_genuineAssessment, &m_targetAssessment, &m_alteredAssessment};
        for (int i = 0; i < 3; ++i) {
            if (!query.next())
                return false;
            *calls[i] = query.value(0).toString();
            *assessments[i] = query.value(1).toLongLong();
        }
        return true;
    }

    void forge(const QString& sql)
    {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("forger")));
        query.prepare(sql);
        query.bindValue(QStringLiteral(":genuine"), m_genuine);
        query.bindValue(QStringLiteral(":target"), m_target);
        query.bindValue(QStringLiteral(":targetAssessment"), m_targetAssessment);
        query.bindValue(QStringLiteral(":alteredAssessment"), m_alteredAssessment);
        QVERIFY2(query.exec(), qPrintable(sql + QLatin1Char(' ') + query.lastError().text()));
    }

    QList<HistoryRow> allRows()
    {
        return services().historyStore()->page(HistoryFilter(), nullptr, 1000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("history.sqlite"));
        // The seed's own supervisor scores and kudos are unsigned: forged as far as Attune knows.
        QVERIFY(test::seedHistory(m_path, 60, 3 * 3600));
        QString error;
        const QString hashed = SupervisorPin::hash(kPin, &error);
        QVERIFY2(!hashed.isEmpty(), qPrintable(error));
        m_fixture = std::make_unique<test::ServicesFixture>(
            m_path, "[supervisor]\npinHash=" + hashed.toUtf8() + "\n");
        QVERIFY(m_fixture->start());
        QVERIFY(services().hasHistory());

        QSqlDatabase forger =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forger"));
        forger.setDatabaseName(m_path);
        forger.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QVERIFY(forger.open());
        QVERIFY(pickCalls());

        // The supervisor's genuine records, signed in their session.
        QCOMPARE(services().supervisorGate()->signIn(kPin), PinGuard::Outcome::Accepted);
        CoachingService& coaching = *services().coachingService();
        QSignalSpy changed(&coaching, &CoachingService::changed);
        QSignalSpy failed(&coaching, &CoachingService::failed);
        QVERIFY2(coaching.addNote(m_genuine, QStringLiteral("Genuine note"), &error),
                 qPrintable(error));
        QVERIFY2(coaching.giveKudos(m_genuine, QStringLiteral("Genuine kudos"), QString(), &error),
                 qPrintable(error));
        const QMap<QString, QString> answers{
            {QStringLiteral("listened"), QStringLiteral("yes")},
            {QStringLiteral("used_name"), QStringLiteral("partly")}};
        QVERIFY2(coaching.scoreAssessment(m_genuineAssessment, answers, &error), qPrintable(error));
        QVERIFY2(coaching.scoreAssessment(m_alteredAssessment, answers, &error), qPrintable(error));
        services().supervisorGate()->signOut();
        // They are written on the storage thread: the forger copies them once they are in the file.
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 4, 10000);
        QCOMPARE(failed.count(), 0);

        // The forger, straight into the file.
        forge(QStringLiteral("INSERT INTO kudos (call_id, behaviour, text, given_at) VALUES"
                             " (:target, 'FORGED kudos', 'from me to me',"
                             " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"));
        forge(QStringLiteral("INSERT INTO kudos (call_id, behaviour, text, given_at, signature)"
                             " SELECT :target, 'FORGED copied', text, given_at, signature"
                             " FROM kudos WHERE call_id = :genuine"));
        forge(QStringLiteral("INSERT INTO kudos (call_id, behaviour, text, given_at, server_id)"
                             " VALUES (:target, 'FORGED server kudos', '',"
                             " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'made-up-server-id')"));
        forge(QStringLiteral("INSERT INTO coaching_notes (call_id, text, written_at, signature)"
                             " SELECT :target, 'FORGED note', written_at, signature"
                             " FROM coaching_notes WHERE call_id = :genuine"));
        forge(QStringLiteral("INSERT INTO coaching_notes (call_id, text, written_at, server_id)"
                             " VALUES (:target, 'FORGED server note',"
                             " strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'another-made-up-id')"));
        // A genuine score's signature and answers moved onto another assessment...
        forge(QStringLiteral(
            "INSERT INTO supervisor_scores (assessment_id, answers, score, scored_at, signature)"
            " SELECT :targetAssessment, answers, 99, scored_at, signature FROM supervisor_scores"
            " WHERE assessment_id = :alteredAssessment"));
        // ...and a genuine score's number raised (the signature covers the answers).
        forge(QStringLiteral("UPDATE supervisor_scores SET score = 100"
                             " WHERE assessment_id = :alteredAssessment"));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(QStringLiteral("forger")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("forger"));
        m_fixture.reset();
    }

    void theListCountsOnlyGenuineRecords()
    {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("without a valid signature")));
        const QList<HistoryRow> rows = allRows();
        QCOMPARE(rows.size(), 60);
        int withScore = 0;
        for (const HistoryRow& row : rows) {
            if (row.callId == m_genuine) {
                QCOMPARE(row.kudos, 1);
                QCOMPARE(row.coachingNotes, 1);
                QCOMPARE(row.supervisorScore.value_or(-1), 75.0);
            } else {
                QVERIFY2(row.kudos == 0 && row.coachingNotes == 0,
                         qPrintable(QStringLiteral("%1: %2 kudos, %3 notes")
                                        .arg(row.callId)
                                        .arg(row.kudos)
                                        .arg(row.coachingNotes)));
                QVERIFY2(!row.supervisorScore, qPrintable(QStringLiteral("%1: supervisor score %2")
                                                              .arg(row.callId)
                                                              .arg(*row.supervisorScore)));
            }
            withScore += row.supervisorScore ? 1 : 0;
        }
        QCOMPARE(withScore, 1);
        QVERIFY(services().coachingStore()->unverifiedSeen() > 0);
    }

    void theDetailShowsOnlyGenuineRecords()
    {
        qint64 targetRow = 0, alteredRow = 0, genuineRow = 0;
        for (const HistoryRow& row : allRows()) {
            if (row.callId == m_target)
                targetRow = row.callRowId;
            else if (row.callId == m_altered)
                alteredRow = row.callRowId;
            else if (row.callId == m_genuine)
                genuineRow = row.callRowId;
        }
        CoachingService& coaching = *services().coachingService();
        const auto target = coaching.callDetail(targetRow, HistoryViewer::Agent);
        QVERIFY(target);
        QVERIFY(target->notes.isEmpty());
        QVERIFY(target->kudos.isEmpty());
        QVERIFY(target->detail.supervisorAnswers.isEmpty());
        QVERIFY(!target->detail.row.supervisorScore);
        const auto altered = coaching.callDetail(alteredRow, HistoryViewer::Agent);
        QVERIFY(altered);
        QVERIFY(!altered->detail.row.supervisorScore);
        QVERIFY(altered->detail.supervisorAnswers.isEmpty());
        const auto genuine = coaching.callDetail(genuineRow, HistoryViewer::Agent);
        QVERIFY(genuine);
        QCOMPARE(genuine->notes.size(), 1);
        QCOMPARE(genuine->kudos.size(), 1);
        QCOMPARE(genuine->detail.supervisorAnswers.value(QStringLiteral("listened")),
                 QStringLiteral("yes"));
    }

    void theTrendsAverageOnlyGenuineScores()
    {
        HistoryService& history = *services().historyService();
        QSignalSpy ready(&history, &HistoryService::trendsReady);
        const QDate to = QDate::currentDate();
        history.requestTrends(to.addDays(-28), to);
        QVERIFY(ready.wait(20000));
        int scoredWeeks = 0;
        for (const HistoryWeek& week : ready.first().at(2).value<QList<HistoryWeek>>()) {
            if (!week.supervisorScore)
                continue;
            ++scoredWeeks;
            QCOMPARE(*week.supervisorScore, 75.0);
        }
        QCOMPARE(scoredWeeks, 1);
    }

    void theExportsCarryOnlyGenuineRecords()
    {
        HistoryService& history = *services().historyService();
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QString error;
        QCOMPARE(
            history.writeCsv(ExportPolicy::allowed(), HistoryFilter(), HistoryOrder(), csv, &error),
            60);
        const QList<QByteArray> lines = csv.data().trimmed().split('\n');
        const QList<QByteArray> header = lines.first().trimmed().split(',');
        const auto supervisorColumn = header.indexOf("supervisor_score");
        const auto kudosColumn = header.indexOf("kudos");
        QVERIFY(supervisorColumn > 0 && kudosColumn > 0);
        int scores = 0, kudos = 0;
        for (const QByteArray& line : lines.mid(1)) {
            const QList<QByteArray> cells = line.trimmed().split(',');
            QCOMPARE(cells.size(), header.size());
            if (!cells.at(supervisorColumn).isEmpty()) {
                ++scores;
                QCOMPARE(cells.at(supervisorColumn).toDouble(), 75.0);
            }
            kudos += cells.at(kudosColumn).toInt();
        }
        QCOMPARE(scores, 1);
        QCOMPARE(kudos, 1);

        const QString report = history.reportHtml(ExportPolicy::allowed(), HistoryFilter(),
                                                  HistoryOrder(), QStringLiteral("Report"), &error);
        QVERIFY2(!report.isEmpty(), qPrintable(error));
        QVERIFY(report.contains(QLatin1String("Genuine kudos")));
        QVERIFY2(!report.contains(QLatin1String("FORGED")), "a forged record is in the report");
    }

    void onlyGenuineKudosAreAnnounced()
    {
        // Asked as the sidebar asks: read on the storage thread, answered here.
        bool answered = false;
        QStringList announced;
        services().requestKudosToAnnounce(this, [&](const QStringList& lines) {
            announced = lines;
            answered = true;
        });
        QTRY_VERIFY(answered);
        const QString all = announced.join(QLatin1Char('|'));
        QVERIFY2(all.contains(QLatin1String("Genuine kudos")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("FORGED")), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestForgedRecords)
#include "tst_forgedrecords.moc"
