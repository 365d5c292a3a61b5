#include "integration/Localization.h"
#include "profile/CustomerImport.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

class TestCustomerImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(data);
        return path;
    }

    // Every table's rows, as one string: equal before and after a refused import.
    QString snapshot() const
    {
        QString all;
        QSqlQuery query(m_db->connection());
        for (const char* table : {"customers", "contacts"}) {
            query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
            while (query.next()) {
                for (int i = 0; i < query.record().count(); ++i)
                    all += query.value(i).toString() + QLatin1Char('|');
                all += QLatin1Char('\n');
            }
        }
        return all;
    }

    static const QByteArray& goodCustomers()
    {
        static const QByteArray csv = "\xEF\xBB\xBF"
                                      "customer_id,full_name,preferred_name,phone,language,segment,"
                                      "customer_since,flags,notes\r\n"
                                      "C-10482,Elena Marsh,Elena,+44 20 7946 "
                                      "0321,en,Gold,2019-03-04,vip,\"likes email, not calls\"\r\n"
                                      "C-20001,María López,María,020 7946 "
                                      "0999,es,,,bereavement;complaint-open,\"two\nlines\"\r\n"
                                      "C-20002,Tom Marsh,,+44 20 7946 0321,en,,,,\r\n";
        return csv;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The messages as the command line gives them in English (counted in English).
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("a.sqlite")));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("a.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }

    void aGoodFileLandsWholeAndLookupsFindIt()
    {
        CustomerImport import(*m_db, QStringLiteral("GB"));
        CustomerImport::Result result;
        QString error;
        QVERIFY2(import.importFile(CustomerImport::Kind::Customers,
                                   write(QStringLiteral("c.csv"), goodCustomers()), &result,
                                   &error),
                 qPrintable(error));
        QCOMPARE(result.rows, 3);
        QCOMPARE(result.created, 3);
        CustomerStore store(*m_db);
        const CustomerProfile elena = *store.byId(QStringLiteral("C-10482"));
        QCOMPARE(elena.phoneE164, QStringLiteral("+442079460321"));
        QCOMPARE(elena.customerSince, QDate(2019, 3, 4));
        QCOMPARE(elena.sensitiveFlags, QStringList{QStringLiteral("vip")});
        QCOMPARE(store.byId(QStringLiteral("C-20001"))->fullName, QStringLiteral("María López"));
        QCOMPARE(store.byId(QStringLiteral("C-20001"))->phoneE164, QStringLiteral("+442079460999"));
        // Two profiles share a number: both come back, for the agent to choose.
        QCOMPARE(store.byPhone(QStringLiteral("+442079460321")).size(), 2);

        // Importing again updates by id; nothing is duplicated.
        QByteArray changed = goodCustomers();
        changed.replace("Gold", "Platinum");
        QVERIFY(import.importFile(CustomerImport::Kind::Customers,
                                  write(QStringLiteral("c2.csv"), changed), &result, &error));
        QCOMPARE(result.updated, 3);
        QCOMPARE(store.count(), 3);
        QCOMPARE(store.byId(QStringLiteral("C-10482"))->segment, QStringLiteral("Platinum"));
    }

    void contactsJsonAndMapping()
    {
        CustomerImport import(*m_db, QStringLiteral("GB"));
        CustomerImport::Result result;
        QString error;
        QVERIFY(import.importFile(CustomerImport::Kind::Customers,
                                  write(QStringLiteral("c.csv"), goodCustomers()), &result,
                                  &error));
        QVERIFY(import.setMapping(
            QStringLiteral("Ticket=contact_id,Client=customer_id,When=contact_at"),
            CustomerImport::Kind::Contacts, &error));
        const QByteArray json =
            "[\n"
            "  {\"Ticket\": \"T-1\", \"Client\": \"C-10482\", \"When\": \"2026-11-17T10:30:00Z\",\n"
            "   \"channel\": \"phone\", \"topic\": \"refund\", \"outcome\": \"follow-up\"},\n"
            "  {\"Ticket\": \"T-2\", \"Client\": \"C-10482\", \"When\": \"2026-11-19\", \"topic\": "
            "\"outage\"}\n"
            "]\n";
        QVERIFY2(import.importFile(CustomerImport::Kind::Contacts,
                                   write(QStringLiteral("t.json"), json), &result, &error),
                 qPrintable(error));
        const QList<ContactRecord> contacts =
            CustomerStore(*m_db).contacts(QStringLiteral("C-10482"), 5);
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(contacts.first().topic, QStringLiteral("outage")); // newest first
        QCOMPARE(contacts.last().outcome, QStringLiteral("follow-up"));
        QVERIFY(!import.setMapping(QStringLiteral("Ticket=ticket_no"),
                                   CustomerImport::Kind::Contacts, &error));
    }

    void openCasesComeInToo()
    {
        CustomerImport import(*m_db, QStringLiteral("GB"));
        CustomerImport::Result result;
        QString error;
        QVERIFY(import.importFile(CustomerImport::Kind::Customers,
                                  write(QStringLiteral("c.csv"), goodCustomers()), &result,
                                  &error));
        QVERIFY2(import.importFile(CustomerImport::Kind::Cases,
                                   write(QStringLiteral("k.csv"),
                                         "case_id,customer_id,opened_at,topic,status\n"
                                         "K-1,C-10482,2026-11-01,router keeps dropping,open\n"
                                         "K-2,C-10482,2026-01-01,old bill,closed\n"),
                                   &result, &error),
                 qPrintable(error));
        QCOMPARE(CustomerStore(*m_db).openCases(QStringLiteral("C-10482")),
                 QStringList{QStringLiteral("router keeps dropping")});
        QVERIFY(!import.importFile(CustomerImport::Kind::Cases,
                                   write(QStringLiteral("k2.csv"),
                                         "case_id,customer_id,opened_at,topic,status\n"
                                         "K-3,C-10482,2026-11-01,x,pending\n"),
                                   &result, &error));
        QVERIFY2(error.contains(QStringLiteral("k2.csv:2: field \"status\"")), qPrintable(error));
    }

    // Every refusal names file, line and field, and leaves the database exactly as it was.
    void aBadFileChangesNothing_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const int customers = int(CustomerImport::Kind::Customers);
        QTest::newRow("empty file") << customers << QByteArray() << "bad.csv: the file is empty";
        QTest::newRow("header only") << customers << QByteArray("customer_id,full_name\n")
                                     << "there are no rows under the header";
        QTest::newRow("not UTF-8")
            << customers << QByteArray("customer_id,full_name\nC-1,Mar\xE9n\n")
            << "bad.csv:2: the file is not UTF-8";
        QTest::newRow("missing column")
            << customers << QByteArray("customer_id,name\nC-1,Elena\n")
            << "bad.csv:1: the required column \"full_name\" is missing";
        QTest::newRow("duplicate id")
            << customers << QByteArray("customer_id,full_name\nC-1,A\nC-2,B\nC-1,C\n")
            << "bad.csv:4: field \"customer_id\": \"C-1\" is already on line 2";
        QTest::newRow("10 MB field")
            << customers
            << QByteArray("customer_id,full_name\nC-1,") + QByteArray(10 << 20, 'x') + "\n"
            << "bad.csv:2: field 2 is longer than";
        QTest::newRow("bad phone")
            << customers << QByteArray("customer_id,full_name,phone\nC-1,A,+4420\nC-2,B,call me\n")
            << "bad.csv:2: field \"phone\":";
        QTest::newRow("bad date")
            << customers << QByteArray("customer_id,full_name,customer_since\nC-1,A,04/03/2019\n")
            << "bad.csv:2: field \"customer_since\": \"04/03/2019\" is not a date";
        QTest::newRow("unknown flag")
            << customers << QByteArray("customer_id,full_name,flags\nC-1,A,angry\n")
            << "bad.csv:2: field \"flags\": \"angry\" is not one of";
        QTest::newRow("empty name")
            << customers << QByteArray("customer_id,full_name\nC-1,A\nC-2,  \n")
            << "bad.csv:3: field \"full_name\": is empty";
        QTest::newRow("ragged row")
            << customers << QByteArray("customer_id,full_name\nC-1,A,extra\n")
            << "bad.csv:2: has 3 fields, the header has 2";
        QTest::newRow("open quote") << customers << QByteArray("customer_id,full_name\nC-1,\"A\n")
                                    << "bad.csv:2: a quoted field is never closed";
        QTest::newRow("contact for nobody")
            << int(CustomerImport::Kind::Contacts)
            << QByteArray("contact_id,customer_id,contact_at\nT-1,C-10482,2026-11-17\nT-2,C-999,"
                          "2026-11-18\n")
            << "bad.csv:3: field \"customer_id\": no customer \"C-999\"";
        QTest::newRow("json syntax")
            << customers << QByteArray("[\n {\"customer_id\": \"C-1\",\n \"full_name\": }\n]")
            << "bad.csv:3:";
        QTest::newRow("json bad record")
            << customers
            << QByteArray("[\n{\"customer_id\": \"C-1\", \"full_name\": \"A\"},\n"
                          "{\"customer_id\": \"C-2\", \"full_name\": \"\"}\n]")
            << "bad.csv:3: field \"full_name\"";
    }

    void aBadFileChangesNothing()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        CustomerImport import(*m_db, QStringLiteral("GB"));
        CustomerImport::Result result;
        QString error;
        QVERIFY(import.importFile(CustomerImport::Kind::Customers,
                                  write(QStringLiteral("good.csv"), goodCustomers()), &result,
                                  &error));
        const QString before = snapshot();
        QVERIFY(!import.importFile(CustomerImport::Kind(kind),
                                   write(QStringLiteral("bad.csv"), data), &result, &error));
        QVERIFY2(error.startsWith(expected) || error.contains(expected),
                 qPrintable(error.left(300)));
        QCOMPARE(snapshot(), before);
        QCOMPARE(result.rows, 0);
    }
};

QTEST_GUILESS_MAIN(TestCustomerImport)
#include "tst_customerimport.moc"
