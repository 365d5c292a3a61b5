// `attune import feedback` refuses a bad file whole, naming the file, the line and the field, and
// changes nothing (issue #19): every refusal, and the files that are no survey export at all.

#include "FeedbackFixture.h"

#include <QThread>

#include <sys/stat.h>
#include <thread>

using namespace attune;

class TestFeedbackImportMisuse : public QObject
{
    Q_OBJECT

private:
    test::FeedbackFixture f;
    QString m_before;

    // A good row first, so a refusal is seen to undo what came before it.
    static QByteArray withGoodRow(const QByteArray& header, const QByteArray& bad)
    {
        return header + "\n" + "call-1,5,,\n" + bad + "\n";
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(f.open());
        QCOMPARE(f.import(QStringLiteral("first.csv"), "call_id,nps\ncall-5,8\n"), QString());
        m_before = f.snapshot();
    }

    void cleanup()
    {
        // Whatever was refused, the table is as it was.
        QCOMPARE(f.snapshot(), m_before);
    }

    void aBadRowRefusesTheWholeFile_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("no call reference") << QByteArray(",4,,") << "call_id"
                                           << "is empty";
        QTest::newRow("CSAT 0") << QByteArray("call-2,0,,") << "csat"
                                << "from 1 to 5";
        QTest::newRow("CSAT 6") << QByteArray("call-2,6,,") << "csat"
                                << "from 1 to 5";
        QTest::newRow("CSAT 4.5") << QByteArray("call-2,4.5,,") << "csat"
                                  << "from 1 to 5";
        QTest::newRow("NPS 11") << QByteArray("call-2,,11,") << "nps"
                                << "from 0 to 10";
        QTest::newRow("NPS -1") << QByteArray("call-2,,-1,") << "nps"
                                << "from 0 to 10";
        QTest::newRow("both scores missing") << QByteArray("call-2,,,only words") << "csat"
                                             << "CSAT (1 to 5) or NPS (0 to 10)";
        QTest::newRow("unknown call") << QByteArray("call-99,3,,") << "call_id"
                                      << "no answered call \"call-99\"";
        QTest::newRow("a missed call") << QByteArray("call-4,3,,") << "call_id"
                                       << "no answered call \"call-4\"";
        QTest::newRow("huge comment") << ("call-2,3,," + QByteArray(2001, 'a')) << "comment"
                                      << "longer than 2000";
        QTest::newRow("NUL in the comment") << QByteArray("call-2,3,,bad\0word", 18) << "comment"
                                            << "NUL";
        QTest::newRow("control character") << QByteArray("call-2,3,,bad\x07word") << "comment"
                                           << "U+0007";
    }

    void aBadRowRefusesTheWholeFile()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const QString error =
            f.import(QStringLiteral("bad.csv"), withGoodRow("call_id,csat,nps,comment", row));
        QVERIFY2(error.startsWith(QStringLiteral("bad.csv:3: field \"%1\": ").arg(field)),
                 qPrintable(error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void aCustomerAndTimeMustNameOneCall_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        // Elena called at 09:00 and 09:04 on 2 December: 09:02 fits both.
        QTest::newRow("ambiguous") << QByteArray("C-1,,2026-12-02T09:02:00Z,4") << "customer_id"
                                   << "2 calls of \"C-1\" are within 10 minutes";
        QTest::newRow("no call then") << QByteArray("C-1,,2026-12-03T09:02:00Z,4") << "customer_id"
                                      << "no answered call of \"C-1\" within 10 minutes";
        QTest::newRow("no such number")
            << QByteArray(",+15550100,2026-12-01T09:02:00Z,4") << "phone"
            << "no answered call";
        QTest::newRow("bad time") << QByteArray("C-1,,yesterday at ten,4") << "call_time"
                                  << "\"yesterday at ten\"";
        QTest::newRow("a day is no time") << QByteArray("C-1,,2026-12-02,4") << "call_time"
                                          << "YYYY-MM-DDTHH:MM";
        QTest::newRow("no time") << QByteArray("C-1,,,4") << "call_time"
                                 << "is empty";
    }

    void aCustomerAndTimeMustNameOneCall()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const QByteArray csv = "customer_id,phone,call_time,csat\n"
                               "C-2,,2026-12-01T11:00:30Z,5\n" +
                               row + "\n";
        const QString error = f.import(QStringLiteral("t.csv"), csv);
        QVERIFY2(error.startsWith(QStringLiteral("t.csv:3: field \"%1\": ").arg(field)),
                 qPrintable(error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void aDuplicateRowWithinAFile()
    {
        const QString error =
            f.import(QStringLiteral("d.csv"), "call_id,survey_id,csat\ncall-1,S-1,4\ncall-2,S-2,4\n"
                                              "call-1,S-1,4\n");
        QVERIFY2(error.startsWith(QStringLiteral("d.csv:4: ")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("already on line 2")), qPrintable(error));
        // The same answer twice without a survey id is the same row twice.
        const QString same =
            f.import(QStringLiteral("e.csv"), "call_id,csat,comment\ncall-1,4,ok\ncall-1,4,ok\n");
        QVERIFY2(same.contains(QStringLiteral("e.csv:3: ")) &&
                     same.contains(QStringLiteral("line 2")),
                 qPrintable(same));
    }

    void aFileThatNamesNoCallOrNoScore()
    {
        QString error = f.import(QStringLiteral("h.csv"), "call_time,csat\n2026-12-01T09:00Z,4\n");
        QVERIFY2(error.startsWith(QStringLiteral("h.csv:1: the file needs a column call_id")),
                 qPrintable(error));
        error = f.import(QStringLiteral("h2.csv"), "call_id,comment\ncall-1,hello\n");
        QVERIFY2(error.startsWith(QStringLiteral("h2.csv:1: ")), qPrintable(error));
        error = f.import(QStringLiteral("h3.csv"), "call_id,csat\n");
        QVERIFY2(error.contains(QStringLiteral("no rows")), qPrintable(error));
        error = f.import(QStringLiteral("empty.csv"), "");
        QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));
    }

    void truncatedAndMalformedJson()
    {
        QString error =
            f.import(QStringLiteral("t.json"),
                     "[{\"call_id\": \"call-1\", \"csat\": 4},\n{\"call_id\": \"call-2\"");
        QVERIFY2(error.startsWith(QStringLiteral("t.json:2")), qPrintable(error));
        error = f.import(QStringLiteral("o.json"), "[{\"call_id\": \"call-1\", \"csat\": [4]}]");
        QVERIFY2(error.contains(QStringLiteral("field \"csat\": must be text")), qPrintable(error));
        error = f.import(QStringLiteral("s.json"),
                         "[{\"call_id\": \"call-1\", \"csat\": 4, \"comment\": \"A\\ud800B\"}]");
        QVERIFY2(error.startsWith(QStringLiteral("s.json:1")), qPrintable(error));
    }

    void notAnOrdinaryFile()
    {
        FeedbackImport import(*f.db, QStringLiteral("GB"));
        FeedbackImport::Result result;
        QString error;
        QVERIFY(!import.importFile(QStringLiteral("/dev/zero"), &result, &error));
        QVERIFY2(error.contains(QStringLiteral("zero")), qPrintable(error));
        const QString fifo = f.dir.filePath(QStringLiteral("survey.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        error.clear();
        // Refused at once: opening a FIFO would wait for a writer forever.
        QVERIFY(!import.importFile(fifo, &result, &error));
        QVERIFY2(error.contains(QStringLiteral("survey.fifo")), qPrintable(error));
        error.clear();
        QVERIFY(!import.importFile(f.dir.path(), &result, &error));
        QVERIFY(!error.isEmpty());
    }

    void anotherWriterHoldingTheLockDelaysButLosesNothing()
    {
        // A running Attune's write (another connection) holds the lock for a second while the
        // import swaps its rows in: the import waits its turn and then lands whole.
        const QString path = f.db->filePath();
        std::atomic<bool> held{false};
        std::thread writer([&] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                            QStringLiteral("other-writer"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
                QVERIFY(query.exec(QStringLiteral("UPDATE calls SET display_name = 'Elena' WHERE"
                                                  " call_id = 'call-1'")));
                held = true;
                QThread::msleep(1000);
                QVERIFY(query.exec(QStringLiteral("COMMIT")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
        });
        while (!held)
            QThread::msleep(5);
        FeedbackImport::Result result;
        const QString error =
            f.import(QStringLiteral("l.csv"), "call_id,csat\ncall-1,4\ncall-2,2\n", &result);
        writer.join();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.created, 2);
        QCOMPARE(f.count(), 3);
        m_before = f.snapshot(); // this one was meant to land
    }
};

QTEST_GUILESS_MAIN(TestFeedbackImportMisuse)
#include "tst_feedbackimport_misuse.moc"
