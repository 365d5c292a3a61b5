// The team server's connection options, read back by the real libpq. QPSQL appends
// setConnectOptions' text as it is after the host, user and password it quotes itself, and in
// libpq's connection string a later keyword wins; the options were joined unquoted, so an agent's
// own team/keyFile (agents may set it) of "/k.pem host=their.server sslmode=disable" sent the
// sync, every customer's name and number, to a server of the agent's choosing, in the clear,
// although team/server is IT's alone. libpq is the one Qt's PostgreSQL driver loads; it is opened
// here at run time so the test needs no libpq headers.

#include "settings/Settings.h"
#include "team/TeamSchema.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <dlfcn.h>

using namespace attune;

namespace {

struct ConninfoOption // libpq's PQconninfoOption, a stable public layout
{
    char* keyword;
    char* envvar;
    char* compiled;
    char* val;
    char* label;
    char* dispchar;
    int dispsize;
};

using ParseFunction = ConninfoOption* (*)(const char*, char**);
using FreeFunction = void (*)(ConninfoOption*);

// What libpq makes of the connection string QPSQL builds from these parts and options.
QHash<QString, QString> parsedByLibpq(const QString& options, QString* error)
{
    void* libpq = ::dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!libpq) {
        *error = QString::fromLocal8Bit(::dlerror());
        return {};
    }
    const auto parse = reinterpret_cast<ParseFunction>(::dlsym(libpq, "PQconninfoParse"));
    const auto release = reinterpret_cast<FreeFunction>(::dlsym(libpq, "PQconninfoFree"));
    // As QPSQLDriver::open writes it (Qt 6.4): its own fields quoted, then the options with
    // each ';' made a space.
    QString conninfo = QStringLiteral("host='team.example.org' dbname='attune' user='alice' "
                                      "port='5432'");
    QString opt = options;
    opt.replace(QLatin1Char(';'), QLatin1Char(' '));
    conninfo += QLatin1Char(' ') + opt;
    char* message = nullptr;
    ConninfoOption* parsed = parse(conninfo.toUtf8().constData(), &message);
    QHash<QString, QString> values;
    if (!parsed) {
        *error = QString::fromUtf8(message ? message : "unparsable");
        return values;
    }
    for (ConninfoOption* option = parsed; option->keyword; ++option) {
        if (option->val)
            values.insert(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
    }
    release(parsed);
    return values;
}

} // namespace

class TestTeamConnectOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFilePathCanNeverNameAnotherServerOrTurnTlsOff_data()
    {
        QTest::addColumn<QString>("keyFile");
        QTest::newRow("host and sslmode after a space")
            << QStringLiteral("/home/a/k.pem host=their.server sslmode=disable");
        QTest::newRow("quote and backslash")
            << QStringLiteral("/home/a/it's \\ k.pem' host='their.server");
        QTest::newRow("plain") << QStringLiteral("/home/a/k.pem");
    }

    void aFilePathCanNeverNameAnotherServerOrTurnTlsOff()
    {
        QFETCH(QString, keyFile);
        QString error;
        const QHash<QString, QString> parsed = parsedByLibpq(
            TeamSchema::connectOptions({{QStringLiteral("sslmode"), QStringLiteral("verify-full")},
                                        {QStringLiteral("sslkey"), keyFile}}),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.value(QStringLiteral("host")), QStringLiteral("team.example.org"));
        QCOMPARE(parsed.value(QStringLiteral("sslmode")), QStringLiteral("verify-full"));
        QCOMPARE(parsed.value(QStringLiteral("sslkey")), keyFile);
    }

    // The way they were joined before, read by the same libpq: the agent's path named the host.
    void theUnquotedJoinWasHijackedAsTheTestAbove()
    {
        QString error;
        const QHash<QString, QString> parsed = parsedByLibpq(
            QStringLiteral("sslmode=verify-full;sslkey=/home/a/k.pem host=their.server "
                           "sslmode=disable"),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.value(QStringLiteral("host")), QStringLiteral("their.server"));
        QCOMPARE(parsed.value(QStringLiteral("sslmode")), QStringLiteral("disable"));
    }

    // A ';' would be made a space inside the value by QPSQL, and a relative path depends on the
    // folder Attune was started from: both are refused where they are set, naming file and key.
    void aTeamFilePathWithASemicolonOrRelativeIsIgnoredAndNamed_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("semicolon") << QStringLiteral("/home/a/k.pem;host=their.server");
        QTest::newRow("relative") << QStringLiteral("k.pem");
    }

    void aTeamFilePathWithASemicolonOrRelativeIsIgnoredAndNamed()
    {
        QFETCH(QString, value);
        QTemporaryDir dir;
        const QString user = dir.filePath(QStringLiteral("Attune.conf"));
        {
            QFile file(user);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[team]\nkeyFile=\"" + value.toUtf8() + "\"\ncertFile=\"" + value.toUtf8() +
                       "\"\n");
        }
        QTest::ignoreMessage(
            QtWarningMsg, qPrintable(QStringLiteral("%1: team/certFile: expected an absolute file "
                                                    "path without ';' or control characters, "
                                                    "got \"%2\" (ignored)")
                                         .arg(user, value)));
        QTest::ignoreMessage(
            QtWarningMsg, qPrintable(QStringLiteral("%1: team/keyFile: expected an absolute file "
                                                    "path without ';' or control characters, "
                                                    "got \"%2\" (ignored)")
                                         .arg(user, value)));
        const Settings settings(user, dir.filePath(QStringLiteral("none.conf")));
        QCOMPARE(settings.teamKeyFile(), QString());
        QCOMPARE(settings.teamCertFile(), QString());
    }
};

QTEST_GUILESS_MAIN(TestTeamConnectOptions)
#include "tst_teamconnectoptions.moc"
