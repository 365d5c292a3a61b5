#include "feedback/FeedbackImport.h"
#include "integration/Localization.h"
#include "profile/CustomerImport.h"
#include "profile/ImportRows.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

// The row checks every import shares (ImportRows): the CRM import and the survey import refuse
// the same broken file with the same words, each naming its own file, line and field, and
// nothing is imported.
class TestImportRows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(content);
        return path;
    }

    // What each import says about the same fault: the customer file's and the survey file's.
    QPair<QString, QString> refusals(const QByteArray& customers, const QByteArray& surveys)
    {
        CustomerImport crm(*m_db, QStringLiteral("GB"));
        CustomerImport::Result crmResult;
        QString crmError;
        if (crm.importFile(CustomerImport::Kind::Customers,
                           write(QStringLiteral("crm.csv"), customers), &crmResult, &crmError))
            crmError = QStringLiteral("<imported>");
        FeedbackImport feedback(*m_db, QStringLiteral("GB"));
        FeedbackImport::Result feedbackResult;
        QString feedbackError;
        if (feedback.importFile(write(QStringLiteral("survey.csv"), surveys), &feedbackResult,
                                &feedbackError))
            feedbackError = QStringLiteral("<imported>");
        return {crmError, feedbackError};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The messages as the app and the command line give them in English.
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("h.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        // The call the surveys are about, so their rows pass until the fault.
        QSqlQuery call(m_db->connection());
        QVERIFY(call.exec(QStringLiteral(
            "INSERT INTO calls (call_id, source, ringing_at, answered, talk_ms, ended_at)"
            " VALUES ('c-1', 'test', '2026-12-01T09:00:00.000Z', 1, 60000,"
            " '2026-12-01T09:01:00.000Z')")));
    }

    void bothImportsRefuseAlike_data()
    {
        QTest::addColumn<QByteArray>("customers");
        QTest::addColumn<QByteArray>("surveys");
        QTest::addColumn<QString>("crmSays");
        QTest::addColumn<QString>("surveySays");
        QTest::newRow("a column twice")
            << QByteArray("customer_id,full_name,full_name\nC-1,Ann,Ann\n")
            << QByteArray("call_id,csat,csat\nc-1,4,4\n")
            << QStringLiteral("crm.csv:1: column \"full_name\" appears twice")
            << QStringLiteral("survey.csv:1: column \"csat\" appears twice");
        QTest::newRow("a short record")
            << QByteArray("customer_id,full_name\nC-1,Ann\nC-2\n")
            << QByteArray("call_id,csat\nc-1,4\nc-2\n")
            << QStringLiteral("crm.csv:3: has 1 field, the header has 2")
            << QStringLiteral("survey.csv:3: has 1 field, the header has 2");
        QTest::newRow("a NUL in a value")
            << QByteArray("customer_id,full_name\nC-1,An") + '\0' + "n\n"
            << QByteArray("call_id,csat,comment\nc-1,4,fi") + '\0' + "ne\n"
            << QStringLiteral("crm.csv:2: field \"full_name\": holds a NUL character (U+0000)")
            << QStringLiteral("survey.csv:2: field \"comment\": holds a NUL character (U+0000)");
        QTest::newRow("a control character")
            << QByteArray("customer_id,full_name\nC-1,An\x07n\n")
            << QByteArray("call_id,csat,comment\nc-1,4,fi\x07ne\n")
            << QStringLiteral("crm.csv:2: field \"full_name\": holds the control character U+0007")
            << QStringLiteral(
                   "survey.csv:2: field \"comment\": holds the control character U+0007");
        QTest::newRow("a value too long")
            << QByteArray("customer_id,full_name\nC-1,") + QByteArray(2001, 'a') + "\n"
            << QByteArray("call_id,csat,comment\nc-1,4,") + QByteArray(2001, 'a') + "\n"
            << QStringLiteral("crm.csv:2: field \"full_name\": longer than 2000 characters")
            << QStringLiteral("survey.csv:2: field \"comment\": longer than 2000 characters");
        QTest::newRow("no rows") << QByteArray("customer_id,full_name\n")
                                 << QByteArray("call_id,csat\n")
                                 << QStringLiteral("crm.csv: there are no rows under the header")
                                 << QStringLiteral(
                                        "survey.csv: there are no rows under the header");
        QTest::newRow("JSON: an object as a value")
            << QByteArray("[{\"customer_id\": \"C-1\", \"full_name\": {\"a\": 1}}]")
            << QByteArray("[{\"call_id\": \"c-1\", \"csat\": {\"a\": 1}}]")
            << QStringLiteral("crm.csv:1: field \"full_name\": must be text")
            << QStringLiteral("survey.csv:1: field \"csat\": must be text");
        QTest::newRow("JSON: an empty list")
            << QByteArray("[]") << QByteArray("[]") << QStringLiteral("crm.csv: the list is empty")
            << QStringLiteral("survey.csv: the list is empty");
    }

    void bothImportsRefuseAlike()
    {
        QFETCH(QByteArray, customers);
        QFETCH(QByteArray, surveys);
        QFETCH(QString, crmSays);
        QFETCH(QString, surveySays);
        const auto [crm, survey] = refusals(customers, surveys);
        QCOMPARE(crm, crmSays);
        QCOMPARE(survey, surveySays);
    }

    // A CRM name "\u202EanelE" was stored as it came and shown as "Elena"; a survey comment
    // could hide its words the same way. Both imports now take out overrides and what is left
    // unclosed, keep right-to-left names and their marks as they are, and say where.
    void textDirectionOverridesAreTakenOutAndNamedByLineAndField()
    {
        const QString hebrew = QStringLiteral("\u05D3\u05D5\u05D3 \u05DC\u05D5\u05D9\u200F");
        const QString isolated = QStringLiteral("Omar \u2067\u0639\u0645\u0631\u2069");
        CustomerImport crm(*m_db, QStringLiteral("GB"));
        CustomerImport::Result crmResult;
        QString error;
        QVERIFY2(crm.importFile(
                     CustomerImport::Kind::Customers,
                     write(QStringLiteral("bidi.csv"), "customer_id,full_name,preferred_name\n"
                                                       "B-1,\u202EanelE\u202C,Ann\n"
                                                       "B-2," +
                                                           hebrew.toUtf8() +
                                                           ",\n"
                                                           "B-3," +
                                                           isolated.toUtf8() + ",\u2067x\n"),
                     &crmResult, &error),
                 qPrintable(error));
        QCOMPARE(crmResult.rows, 3);
        QCOMPARE(crmResult.warnings,
                 QStringList({QStringLiteral("bidi.csv:2: field \"full_name\": took out 2 "
                                             "text-direction characters (the first U+202E) that "
                                             "override the direction or were left unclosed; they "
                                             "could make the text look different from what it is"),
                              QStringLiteral("bidi.csv:4: field \"preferred_name\": took out 1 "
                                             "text-direction character (the first U+2067) that "
                                             "override the direction or were left unclosed; they "
                                             "could make the text look different from what it "
                                             "is")}));
        const auto stored = [this](const QString& id, const char* column) {
            QSqlQuery query(m_db->connection());
            query.prepare(QStringLiteral("SELECT %1 FROM customers WHERE customer_id = ?")
                              .arg(QLatin1String(column)));
            query.addBindValue(id);
            return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("?");
        };
        QCOMPARE(stored(QStringLiteral("B-1"), "full_name"), QStringLiteral("anelE"));
        QCOMPARE(stored(QStringLiteral("B-2"), "full_name"), hebrew);
        QCOMPARE(stored(QStringLiteral("B-3"), "full_name"), isolated);
        QCOMPARE(stored(QStringLiteral("B-3"), "preferred_name"), QStringLiteral("x"));

        FeedbackImport feedback(*m_db, QStringLiteral("GB"));
        FeedbackImport::Result surveyResult;
        QVERIFY2(feedback.importFile(write(QStringLiteral("bidi-survey.json"),
                                           "[{\"call_id\": \"c-1\", \"csat\": 2, \"comment\": "
                                           "\"great \\u202Enot\"}]"),
                                     &surveyResult, &error),
                 qPrintable(error));
        QCOMPARE(surveyResult.warnings.size(), 1);
        QVERIFY2(surveyResult.warnings.first().startsWith(
                     QStringLiteral("bidi-survey.json:1: field \"comment\": took out 1")),
                 qPrintable(surveyResult.warnings.first()));
    }

    // One warning per value up to a bound, then one line with how many more: a file of a
    // million such names does not print a million lines.
    void manyWarningsEndInACount()
    {
        QByteArray csv("customer_id,full_name\n");
        for (int i = 0; i < ImportRows::kMaxWarnings + 5; ++i)
            csv += "M-" + QByteArray::number(i) + ",\u202Ex\n";
        CustomerImport crm(*m_db, QStringLiteral("GB"));
        CustomerImport::Result result;
        QString error;
        QVERIFY2(crm.importFile(CustomerImport::Kind::Customers,
                                write(QStringLiteral("many.csv"), csv), &result, &error),
                 qPrintable(error));
        QCOMPARE(result.warnings.size(), ImportRows::kMaxWarnings + 1);
        QCOMPARE(result.warnings.last(),
                 QStringLiteral("many.csv: 5 more values had text-direction characters taken out"));
    }

    // The shared rule, on its own: tab and line breaks are text, a lone surrogate is not.
    void theTextRule()
    {
        QVERIFY(ImportRows::textProblem(QStringLiteral("a\tb\r\nc")).isEmpty());
        QVERIFY(ImportRows::textProblem(QStringLiteral("emoji \U0001F600")).isEmpty());
        QString lone = QStringLiteral("x");
        lone.append(QChar(0xD800));
        QCOMPARE(ImportRows::textProblem(lone),
                 QStringLiteral("holds a lone surrogate (U+D800), which is not a character"));
        QCOMPARE(ImportRows::textProblem(QString(QChar(0x85))),
                 QStringLiteral("holds the control character U+0085"));
    }
};

QTEST_GUILESS_MAIN(TestImportRows)
#include "tst_importrows.moc"
