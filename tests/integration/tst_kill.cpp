#include "TestEnvironment.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <csignal>
#include <optional>
#include <thread>

using namespace attune::test;

// Proof that the agent's assessments survive the worst: the real binary saves assessments and
// writes drafts as fast as it is asked while this test kills it with SIGKILL at random moments.
// After every restart the database passes integrity_check, every save the app acknowledged is
// there and whole, and the newest acknowledged draft (or the one in flight) is restored. Each
// request carries a request id, and the one a kill cut off is sent again under it to the next
// instance, as the CLI does: it is then saved once, whether or not it was written before the kill.
class TestKill : public QObject
{
    Q_OBJECT

private:
    struct Saved
    {
        QString callId;
        QString note;
        QString outcome;
    };

    static QString socketPathOf(const IsolatedHome& home)
    {
        const QDir runtime(home.runtimeDir());
        const QStringList sockets =
            runtime.entryList({QStringLiteral("attune-*.sock")}, QDir::System);
        return sockets.isEmpty() ? QString() : runtime.filePath(sockets.first());
    }

    // One request on its own connection; the reply object, or empty when the app died first.
    static QJsonObject request(const QString& socketPath, const QJsonObject& message)
    {
        QLocalSocket socket;
        socket.connectToServer(socketPath);
        if (!socket.waitForConnected(2000))
            return {};
        socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
        QByteArray reply;
        while (!reply.contains('\n') && socket.waitForReadyRead(2000))
            reply += socket.readAll();
        return QJsonDocument::fromJson(reply).object();
    }

    static QJsonObject assessmentMessage(const char* command, const QString& callId,
                                         const QString& note, const QString& outcome,
                                         const QString& requestId)
    {
        return QJsonObject{{QStringLiteral("v"), 1},
                           {QStringLiteral("requestId"), requestId},
                           {QStringLiteral("command"), QString::fromLatin1(command)},
                           {QStringLiteral("callId"), callId},
                           {QStringLiteral("note"), note},
                           {QStringLiteral("answers"),
                            QJsonObject{{QStringLiteral("outcome"), outcome},
                                        {QStringLiteral("used_name"), QStringLiteral("yes")},
                                        {QStringLiteral("stress_after"), QStringLiteral("3")}}}};
    }

private Q_SLOTS:
    void killedAHundredTimesLosesNothingAcknowledged()
    {
        IsolatedHome home;
        const QString databaseFile = home.dataDir() + QStringLiteral("/attune.sqlite");
        QList<Saved> acknowledged;
        int lastDraftAcked = -1;
        int draftCounter = 0;
        int kills = 0;
        int requestsInFlightAtKill = 0;
        int sentAgain = 0;
        // The request a kill cut off, sent again first thing to the next instance.
        QJsonObject cutOff;
        std::optional<Saved> cutOffSave;
        int cutOffDraft = -1;
        QRandomGenerator random(20261123);
        const QStringList outcomes = {QStringLiteral("resolved"), QStringLiteral("follow_up"),
                                      QStringLiteral("escalated")};

        for (int round = 0; round < 100; ++round) {
            QProcess app;
            QVERIFY2(startAttuneApp(app, home), qPrintable(QStringLiteral("round %1").arg(round)));
            const QString socketPath = socketPathOf(home);
            QVERIFY(!socketPath.isEmpty());
            if (!cutOff.isEmpty()) {
                const QJsonObject reply = request(socketPath, cutOff);
                QVERIFY2(reply.value(QStringLiteral("ok")).toBool(),
                         QJsonDocument(reply).toJson().constData());
                if (cutOffSave)
                    acknowledged.append(*cutOffSave);
                else
                    lastDraftAcked = cutOffDraft;
                cutOff = {};
                ++sentAgain;
            }
            const qint64 pid = app.processId();
            std::atomic<bool> killed{false};
            const int delayMs = int(random.bounded(5, 120));
            std::thread killer([pid, delayMs, &killed] {
                std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
                ::kill(pid_t(pid), SIGKILL);
                killed = true;
            });
            int sent = 0;
            while (true) {
                const bool save = sent % 3 != 2;
                const QString requestId = QStringLiteral("kill-req-%1-%2").arg(round).arg(sent);
                QJsonObject message;
                QJsonObject reply;
                if (save) {
                    const Saved wanted{
                        QStringLiteral("kill-%1-%2").arg(round).arg(sent),
                        QStringLiteral("round %1, line \"%2\", ünïcode").arg(round).arg(sent),
                        outcomes.at(sent % 3)};
                    message = assessmentMessage("assessment.save", wanted.callId, wanted.note,
                                                wanted.outcome, requestId);
                    reply = request(socketPath, message);
                    if (reply.value(QStringLiteral("ok")).toBool())
                        acknowledged.append(wanted);
                    cutOffSave = wanted;
                } else {
                    const int counter = ++draftCounter;
                    message =
                        assessmentMessage("assessment.draft", QStringLiteral("draft-call"),
                                          QString::number(counter), outcomes.at(0), requestId);
                    reply = request(socketPath, message);
                    if (reply.value(QStringLiteral("ok")).toBool())
                        lastDraftAcked = counter;
                    cutOffSave.reset();
                    cutOffDraft = counter;
                }
                ++sent;
                if (reply.isEmpty()) {
                    ++requestsInFlightAtKill;
                    cutOff = message;
                    break; // the app is gone
                }
                QVERIFY2(reply.value(QStringLiteral("ok")).toBool(),
                         QJsonDocument(reply).toJson().constData());
            }
            killer.join();
            app.waitForFinished(5000);
            QVERIFY(killed);
            QCOMPARE(app.exitStatus(), QProcess::CrashExit);
            ++kills;
        }

        // One last start recovers the stale lock and the WAL, then the file is read directly.
        QProcess app;
        QVERIFY(startAttuneApp(app, home));
        stopAttuneApp(app);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(databaseFile);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
            int found = 0;
            for (const Saved& saved : std::as_const(acknowledged)) {
                query.prepare(QStringLiteral("SELECT note, json_extract(answers, '$.outcome'), "
                                             "json_extract(answers, '$.used_name')"
                                             " FROM assessments WHERE call_id = :id"));
                query.bindValue(QStringLiteral(":id"), saved.callId);
                QVERIFY(query.exec());
                QVERIFY2(query.next(), qPrintable(QStringLiteral("lost: %1").arg(saved.callId)));
                QCOMPARE(query.value(0).toString(), saved.note);
                QCOMPARE(query.value(1).toString(), saved.outcome);
                QCOMPARE(query.value(2).toString(), QStringLiteral("yes"));
                QVERIFY2(!query.next(), "saved twice");
                ++found;
            }
            QVERIFY(query.exec(
                QStringLiteral("SELECT note FROM assessment_drafts WHERE call_id = 'draft-call'")));
            QVERIFY(query.next());
            const int restored = query.value(0).toInt();
            // The newest acknowledged draft, or the one whose reply the kill cut off.
            QVERIFY2(restored == lastDraftAcked || restored == lastDraftAcked + 1,
                     qPrintable(QStringLiteral("restored %1, acknowledged %2")
                                    .arg(restored)
                                    .arg(lastDraftAcked)));
            qInfo("kills %d, acknowledged saves %d (all %d found whole, none twice), drafts "
                  "written %d, requests cut off by a kill %d (%d sent again)",
                  kills, int(acknowledged.size()), found, draftCounter, requestsInFlightAtKill,
                  sentAgain);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QVERIFY(kills >= 100);
        QVERIFY(acknowledged.size() > 100);
    }
};

QTEST_GUILESS_MAIN(TestKill)
#include "tst_kill.moc"
