#include "core/CallEvents.h"
#include "core/CallSession.h"
#include "core/Clock.h"
#include "integration/Localization.h"
#include "supervisor/SupervisorAccess.h"
#include "supervisor/SupervisorRecords.h"

#include <QPasswordDigestor>
#include <QTest>
#include <QThreadPool>

using namespace attune;

class TestSupervisorAccess : public QObject
{
    Q_OBJECT

private:
    QString m_hash; // of "482916", made once: PBKDF2 at 200,000 rounds is slow on purpose

private Q_SLOTS:
    void initTestCase()
    {
        // The texts as the app shows them in English: counted in English.
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QString error;
        m_hash = SupervisorPin::hash(QStringLiteral("482916"), &error);
        QVERIFY2(!m_hash.isEmpty(), qPrintable(error));
    }

    void theHashIsSaltedPbkdf2AndVerifies()
    {
        QVERIFY(m_hash.startsWith(QStringLiteral("pbkdf2-sha256$200000$")));
        QVERIFY(!m_hash.contains(QStringLiteral("482916")));
        QVERIFY(SupervisorPin::isWellFormed(m_hash));
        QVERIFY(SupervisorPin::verify(QStringLiteral("482916"), m_hash));
        QVERIFY(!SupervisorPin::verify(QStringLiteral("482917"), m_hash));
        QVERIFY(!SupervisorPin::verify(QString(), m_hash));
        // Fresh salt each time: the same PIN never hashes the same twice.
        QString error;
        const QString again = SupervisorPin::hash(QStringLiteral("482916"), &error, 1000);
        QVERIFY(again.section(QLatin1Char('$'), 2, 2) != m_hash.section(QLatin1Char('$'), 2, 2));
    }

    // Our PBKDF2 (the executable no longer loads Qt Network, where QPasswordDigestor is) gives
    // the bytes Qt's gave, so every PIN hash and record key made before still verifies.
    void pbkdf2IsTheSameAsQtsAndTheRfcs()
    {
        // RFC 7914, 11: PBKDF2-HMAC-SHA256("passwd", "salt", 1, 64), two blocks.
        QCOMPARE(SupervisorPin::pbkdf2Sha256("passwd", "salt", 1, 64).toHex(),
                 QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                            "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"));
        for (const int iterations : {1, 2, 1000, 4097}) {
            for (const int bytes : {1, 16, 32, 33, 100}) {
                const QByteArray salt = QByteArray::number(iterations * 131 + bytes).repeated(3);
                QCOMPARE(
                    SupervisorPin::pbkdf2Sha256("pin \xc3\xa9 482916", salt, iterations, bytes),
                    QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                                       "pin \xc3\xa9 482916", salt, iterations,
                                                       bytes));
            }
        }
        QVERIFY(SupervisorPin::pbkdf2Sha256("x", "salt", 0, 32).isEmpty());
    }

    void badSettingsAndShortPinsAreRefused_data()
    {
        QTest::addColumn<QString>("hashed");
        QTest::addColumn<QString>("problem");
        QTest::newRow("plain PIN") << "482916"
                                   << "as printed by attune hash-pin";
        QTest::newRow("too few rounds") << "pbkdf2-sha256$1000$c2FsdHNhbHQ=$"
                                           "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE="
                                        << "at least 200000";
        QTest::newRow("short key") << "pbkdf2-sha256$200000$c2FsdHNhbHQ=$YWJj"
                                   << "base64";
        QTest::newRow("other scheme") << "md5$200000$a$b"
                                      << "as printed";
    }

    void badSettingsAndShortPinsAreRefused()
    {
        QFETCH(QString, hashed);
        QFETCH(QString, problem);
        QString error;
        QVERIFY(!SupervisorPin::isWellFormed(hashed, &error));
        QVERIFY2(error.contains(problem), qPrintable(error));
        QVERIFY(!SupervisorPin::verify(QStringLiteral("482916"), hashed));
        QVERIFY(SupervisorPin::hash(QStringLiteral("12345"), &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("at least 6")));
    }

    void wrongPinsBackOffThenLock()
    {
        FakeClock clock;
        PinGuard guard(clock, m_hash);
        for (int i = 0; i < PinGuard::kFreeAttempts; ++i) {
            QCOMPARE(guard.attempt(QStringLiteral("000000")), PinGuard::Outcome::Wrong);
            QCOMPARE(guard.waitMs(), 0); // three free tries
        }
        // From the fourth failure each wait doubles.
        for (qint64 expected : {1000, 2000, 4000, 8000, 16000, 32000}) {
            QCOMPARE(guard.attempt(QStringLiteral("000000")), PinGuard::Outcome::Wrong);
            QCOMPARE(guard.waitMs(), expected);
            // Trying again too soon checks nothing and counts nothing, even with the right PIN.
            QCOMPARE(guard.attempt(QStringLiteral("482916")), PinGuard::Outcome::Waiting);
            clock.advanceMs(expected);
        }
        QCOMPARE(guard.failuresInARow(), 9);
        QCOMPARE(guard.attempt(QStringLiteral("000000")), PinGuard::Outcome::Wrong); // the tenth
        QCOMPARE(guard.waitMs(), PinGuard::kLockMs);
        QVERIFY2(guard.waitText().contains(QStringLiteral("5 minutes")),
                 qPrintable(guard.waitText()));
        QCOMPARE(guard.failures().size(), 10);
        QVERIFY(guard.failures().first().isValid());
        clock.advanceMs(PinGuard::kLockMs);
        QCOMPARE(guard.attempt(QStringLiteral("482916")), PinGuard::Outcome::Accepted);
        QCOMPARE(guard.failuresInARow(), 0);
        QCOMPARE(guard.attempt(QStringLiteral("000000")), PinGuard::Outcome::Wrong);
        QCOMPARE(guard.waitMs(), 0); // a new run starts free again
    }

    // Issue #14, defect 7: quitting Attune does not hand out fresh tries, and a clock set back
    // does not shorten the wait.
    void theBackOffSurvivesARestartAndAClockSetBack()
    {
        QMap<QString, QString> kept;
        const PinGuard::Memory memory{
            [&kept](const QString& key) { return kept.value(key); },
            [&kept](const QString& key, const QString& value) { kept.insert(key, value); }};
        const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        {
            FakeClock clock(0, start);
            PinGuard guard(clock, m_hash);
            guard.keepIn(memory);
            for (int i = 0; i <= PinGuard::kFreeAttempts; ++i)
                QCOMPARE(guard.attempt(QStringLiteral("000000")), PinGuard::Outcome::Wrong);
            QCOMPARE(guard.waitMs(), 1000); // the fourth failure waits a second
        }
        // Quitting and starting again at once: the same wait, not three fresh tries (the
        // monotonic clock starts again from zero).
        {
            FakeClock clock(0, start.addMSecs(400));
            PinGuard guard(clock, m_hash);
            guard.keepIn(memory);
            QCOMPARE(guard.failuresInARow(), PinGuard::kFreeAttempts + 1);
            QCOMPARE(guard.waitMs(), 600);
            QCOMPARE(guard.attempt(QStringLiteral("482916")), PinGuard::Outcome::Waiting);
        }
        // Started with the clock set a day back: the whole wait, not none of it.
        {
            FakeClock clock(0, start.addDays(-1));
            PinGuard guard(clock, m_hash);
            guard.keepIn(memory);
            QCOMPARE(guard.waitMs(), 1000);
        }
        // The next failure doubles from where the run was, across the restart.
        {
            FakeClock clock(0, start.addSecs(5));
            PinGuard guard(clock, m_hash);
            guard.keepIn(memory);
            QCOMPARE(guard.attempt(QStringLiteral("000000")), PinGuard::Outcome::Wrong);
            QCOMPARE(guard.waitMs(), 2000);
            clock.advanceMs(2000);
            QCOMPARE(guard.attempt(QStringLiteral("482916")), PinGuard::Outcome::Accepted);
            QCOMPARE(kept.value(QStringLiteral("supervisor/failuresInARow")), QStringLiteral("0"));
        }
    }

    // The kept back-off is read from the agent's database, which can be damaged or edited. Each
    // row's value is taken only as far as a run can have written it.
    void aKeptBackOffOutOfRangeIsBoundedNotTrusted_data()
    {
        QTest::addColumn<QString>("failures");
        QTest::addColumn<QString>("wait");
        QTest::addColumn<int>("failuresAfterOneMore"); // once the kept wait has run out
        QTest::addColumn<qint64>("waitAfterOneMore");
        // Overflowed at the next failure: a negative count, and three free tries again.
        QTest::newRow("count at INT_MAX") << QStringLiteral("2147483647") << QStringLiteral("0")
                                          << PinGuard::kMaxKeptFailures + 1 << PinGuard::kLockMs;
        // Handed out a million free tries before any wait.
        QTest::newRow("negative count")
            << QStringLiteral("-1000000") << QStringLiteral("0") << 1 << qint64(0);
        // Locked the view for 292 million years (and overflowed the deadline past monotonic 0).
        QTest::newRow("wait of 2^63 ms")
            << QStringLiteral("4") << QStringLiteral("9223372036854775807")
            << PinGuard::kFreeAttempts + 2 << qint64(2000);
        QTest::newRow("negative wait")
            << QStringLiteral("4") << QStringLiteral("-9223372036854775807")
            << PinGuard::kFreeAttempts + 2 << qint64(2000);
    }

    void aKeptBackOffOutOfRangeIsBoundedNotTrusted()
    {
        QFETCH(QString, failures);
        QFETCH(QString, wait);
        QFETCH(int, failuresAfterOneMore);
        QFETCH(qint64, waitAfterOneMore);
        const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        QMap<QString, QString> kept{
            {QStringLiteral("supervisor/failuresInARow"), failures},
            {QStringLiteral("supervisor/waitMs"), wait},
            {QStringLiteral("supervisor/lastFailureAt"), start.toString(Qt::ISODateWithMs)}};
        const PinGuard::Memory memory{
            [&kept](const QString& key) { return kept.value(key); },
            [&kept](const QString& key, const QString& value) { kept.insert(key, value); }};
        FakeClock clock(1000, start);
        PinGuard guard(clock, m_hash);
        guard.keepIn(memory);
        QVERIFY2(guard.waitMs() >= 0 && guard.waitMs() <= PinGuard::kLockMs,
                 qPrintable(QString::number(guard.waitMs())));
        QVERIFY(guard.failuresInARow() >= 0);
        clock.advanceMs(guard.waitMs());
        QCOMPARE(guard.attempt(QStringLiteral("000000")), PinGuard::Outcome::Wrong);
        QCOMPARE(guard.failuresInARow(), failuresAfterOneMore);
        QCOMPARE(guard.waitMs(), waitAfterOneMore);
    }

    // Long passphrases (spaces, any script) work, and the record key signs only while signed in.
    void passphrasesSignSupervisorRecords()
    {
        const QString passphrase = QStringLiteral("Maçã verde, 7 gatos e um piano às três");
        QString error;
        const QString hashed = SupervisorPin::hash(passphrase, &error);
        QVERIFY2(!hashed.isEmpty(), qPrintable(error));
        QCOMPARE(hashed.count(QLatin1Char('$')), 4);
        QVERIFY(SupervisorPin::verify(passphrase, hashed));
        QVERIFY(SupervisorPin::strengthAdvice(passphrase).isEmpty());
        QVERIFY(!SupervisorPin::strengthAdvice(QStringLiteral("482916")).isEmpty());
        // The record key is not the verifier's key.
        QVERIFY(SupervisorPin::recordPublicKey(hashed).size() == 32);
        QVERIFY(!hashed.section(QLatin1Char('$'), 3, 3).isEmpty());
        QVERIFY(hashed.section(QLatin1Char('$'), 3, 3) != hashed.section(QLatin1Char('$'), 4, 4));

        FakeClock clock;
        SupervisorGate gate(clock, hashed);
        QVERIFY(gate.sign("x").isEmpty()); // nobody signed in
        QCOMPARE(gate.signIn(passphrase), PinGuard::Outcome::Accepted);
        const QByteArray message = SupervisorRecords::kudosMessage(
            QStringLiteral("c1"), QStringLiteral("calm"), QString(), clock.wallNow());
        const QByteArray signature = gate.sign(message);
        QVERIFY(SupervisorRecords::verify(gate.recordPublicKey(), message, signature));
        QVERIFY(!SupervisorRecords::verify(gate.recordPublicKey(), message + "!", signature));
        gate.signOut();
        QVERIFY(gate.sign(message).isEmpty());

        // A hash from before record keys still signs in, but signs nothing.
        SupervisorGate legacy(clock, m_hash.section(QLatin1Char('$'), 0, 3));
        QCOMPARE(legacy.signIn(QStringLiteral("482916")), PinGuard::Outcome::Accepted);
        QVERIFY(legacy.sign(message).isEmpty());
    }

    void theSessionEndsWhenIdleOrWhenACallRings()
    {
        FakeClock clock;
        CallEvents bus;
        CallSession calls(clock);
        calls.attach(bus);
        SupervisorSession session(clock);
        session.attach(calls);
        QVERIFY(!session.isOpen());
        session.open();
        clock.advanceMs(4 * 60 * 1000);
        QVERIFY(session.isOpen());
        session.touch();
        clock.advanceMs(4 * 60 * 1000);
        QVERIFY(session.isOpen()); // activity kept it alive
        clock.advanceMs(60 * 1000 + 1);
        QVERIFY(!session.isOpen()); // five idle minutes
        session.open();
        CallStartedEvent ring;
        ring.callId = QStringLiteral("c1");
        bus.callStarted(ring);
        QVERIFY(!session.isOpen());
    }

    // A PIN check still running when Attune quits: nobody will read it (the gate that asked is
    // gone), and QCoreApplication's exit waits for the thread pool it runs on. It used to run to
    // its end (about a second at the real rounds; here a hash with far more rounds, so the wait
    // shows); it now stops within milliseconds, and the attempt stays charged.
    void aCheckNobodyWillReadDoesNotHoldUpTheExit()
    {
        const QString slow = QStringLiteral("pbkdf2-sha256$%1$%2$%3")
                                 .arg(20000000)
                                 .arg(QString::fromLatin1(QByteArray(16, 's').toBase64()),
                                      QString::fromLatin1(QByteArray(32, 'k').toBase64()));
        QVERIFY(SupervisorPin::isWellFormed(slow));
        FakeClock clock;
        QHash<QString, QString> kept;
        auto gate = std::make_unique<SupervisorGate>(clock, slow);
        gate->keepBackOffIn({[&](const QString& key) { return kept.value(key); },
                             [&](const QString& key, const QString& value) { kept[key] = value; }});
        bool answered = false;
        QVERIFY(gate->checkPin(QStringLiteral("wrong-pin-1"),
                               [&](PinGuard::Outcome) { answered = true; }) != 0);
        QVERIFY(gate->isChecking());
        QTest::qWait(100);
        gate.reset();
        QVERIFY2(QThreadPool::globalInstance()->waitForDone(5000),
                 "the pool still runs a check nobody will read");
        QCoreApplication::processEvents();
        QVERIFY(!answered);
        // The attempt was counted when it was asked: stopping it gave nothing back.
        QCOMPARE(kept.value(QStringLiteral("supervisor/failuresInARow")), QStringLiteral("1"));
    }

    // Cancelling reads as wrong, never right; without it the right PIN is right.
    void aCancelledCheckIsNeverRight()
    {
        QVERIFY(SupervisorPin::check(QStringLiteral("482916"), m_hash).right);
        std::atomic<bool> cancelled{true};
        const SupervisorPin::Check check =
            SupervisorPin::check(QStringLiteral("482916"), m_hash, &cancelled);
        QVERIFY(!check.right);
        QVERIFY(check.recordSeed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSupervisorAccess)
#include "tst_supervisoraccess.moc"
