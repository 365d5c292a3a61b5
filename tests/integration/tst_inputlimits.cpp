// Issue #14, defects 6 and 9, through the real binary: files that are not files (/dev/zero, a
// FIFO, a folder), files over their limit, one CSV line of endless commas, a large JSON import,
// and text that is not text. Every run is under an address-space limit, so a regression fails
// fast instead of taking the machine's memory.

#include "TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace attune::test;

namespace {

struct LimitedRun
{
    bool finished = false;
    int exitCode = -1;
    QString err;
    double peakRssMb = 0;
};

// The real binary with RLIMIT_AS set to `limitMb`, its standard error kept and its peak resident
// memory read from wait4.
LimitedRun runLimited(const IsolatedHome& home, const QStringList& arguments, qint64 limitMb,
                      int timeoutMs = 60000)
{
    LimitedRun result;
    std::vector<QByteArray> argStorage{QByteArray(ATTUNE_BINARY)};
    for (const QString& argument : arguments)
        argStorage.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& arg : argStorage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envStorage;
    for (const QString& entry : home.environment().toStringList())
        envStorage.push_back(entry.toLocal8Bit());
    std::vector<char*> envp;
    for (QByteArray& entry : envStorage)
        envp.push_back(entry.data());
    envp.push_back(nullptr);
    int errPipe[2];
    if (::pipe2(errPipe, O_CLOEXEC) != 0)
        return result;
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(errPipe[1], STDERR_FILENO);
        const int devNull = ::open("/dev/null", O_WRONLY);
        ::dup2(devNull, STDOUT_FILENO);
        const rlimit limit{rlim_t(limitMb) << 20, rlim_t(limitMb) << 20};
        ::setrlimit(RLIMIT_AS, &limit);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(errPipe[1]);
    QByteArray err;
    QElapsedTimer waited;
    waited.start();
    int status = 0;
    rusage usage{};
    bool done = false;
    while (!done) {
        pollfd readable{errPipe[0], POLLIN, 0};
        if (::poll(&readable, 1, 100) > 0) {
            char buffer[4096];
            const ssize_t n = ::read(errPipe[0], buffer, sizeof buffer);
            if (n > 0 && err.size() < (1 << 20))
                err.append(buffer, n);
        }
        done = ::wait4(pid, &status, WNOHANG, &usage) == pid;
        if (!done && waited.elapsed() > timeoutMs) {
            ::kill(pid, SIGKILL);
            ::wait4(pid, &status, 0, &usage);
            ::close(errPipe[0]);
            result.err = QString::fromUtf8(err);
            return result;
        }
    }
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(errPipe[0], buffer, sizeof buffer)) > 0)
        err.append(buffer, n);
    ::close(errPipe[0]);
    result.finished = true;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.err = QString::fromUtf8(err);
    result.peakRssMb = usage.ru_maxrss / 1024.0;
    return result;
}

// A path of the given kind: /dev/zero, a FIFO, a folder, or an ordinary file one byte over
// `limit`.
QString hostile(const IsolatedHome& home, const QString& kind, qint64 limit)
{
    if (kind == QLatin1String("dev-zero"))
        return QStringLiteral("/dev/zero");
    const QString path = home.path() + QStringLiteral("/hostile.json");
    if (kind == QLatin1String("fifo"))
        ::mkfifo(QFile::encodeName(path).constData(), 0600);
    else if (kind == QLatin1String("folder"))
        QDir().mkpath(path);
    else {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.resize(limit + 1); // a sparse file: nothing is written
    }
    return path;
}

int customerCount(const IsolatedHome& home)
{
    int count = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(home.dataDir() + QStringLiteral("/attune.sqlite"));
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT count(*) FROM customers")) &&
            query.next())
            count = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

// The app under 1 GB of address space: it needs about a tenth, and reading /dev/zero whole does
// not fit, so a regression aborts at once.
const QString kOneGigabyteOfAddressSpace = QStringLiteral("ulimit -v 1048576");

} // namespace

class TestInputLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // `empathy/phraseLibrary` or `assessment/rubric` pointed at /dev/zero grew to 24 GB; at a
    // FIFO it hung start-up, deaf to SIGTERM. Now the app starts with the built-in file, says
    // which file it refused and why, and stops on SIGTERM.
    void aDataFileThatIsNoFileIsRefusedAtStart_data()
    {
        QTest::addColumn<QByteArray>("group");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        for (const auto& [group, key] :
             {std::pair<QByteArray, QByteArray>{"empathy", "phraseLibrary"},
              std::pair<QByteArray, QByteArray>{"assessment", "rubric"}}) {
            for (const char* kind : {"dev-zero", "fifo", "folder"})
                QTest::newRow(group + "/" + key + " " + kind)
                    << group << key << QString::fromLatin1(kind)
                    << QStringLiteral("not an ordinary file");
            QTest::newRow(group + "/" + key + " over 8 MB")
                << group << key << QStringLiteral("oversized")
                << QStringLiteral("the file is larger than 8 MB");
        }
    }

    void aDataFileThatIsNoFileIsRefusedAtStart()
    {
        QFETCH(QByteArray, group);
        QFETCH(QByteArray, key);
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        IsolatedHome home;
        const QString path = hostile(home, kind, 8 * 1024 * 1024);
        QVERIFY(home.writePolicy("[" + group + "]\n" + key + "=" + QFile::encodeName(path) + "\n"));
        const StartAndStopOutcome run = startAndStopAttune(home, kOneGigabyteOfAddressSpace);
        const QString& err = run.err;
        QVERIFY2(run.answered, qPrintable(err.left(2000)));
        QVERIFY2(run.stopped, "SIGTERM did not stop the app");
        QVERIFY2(err.contains(QFileInfo(path).fileName() + QStringLiteral(": ") + reason) &&
                     err.contains(QLatin1String(key)),
                 qPrintable(err.left(2000)));
    }

    // The settings files themselves: QSettings read a FIFO in the agent's Attune.conf forever
    // (the app never showed) and a link to /dev/zero until memory ran out. Now the file is left
    // alone, named in the log with the reason, and the app starts; a change the agent makes is
    // kept for the run and the FIFO is never written to. IT's file gets the same rule.
    void aSettingsFileThatIsNoFileIsIgnoredAtStart_data()
    {
        QTest::addColumn<bool>("policy");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        for (const bool policy : {false, true}) {
            const QByteArray whose = policy ? "policy " : "user ";
            for (const char* kind : {"dev-zero", "fifo", "folder"})
                QTest::newRow(whose + kind) << policy << QString::fromLatin1(kind)
                                            << QStringLiteral("not an ordinary file");
            QTest::newRow(whose + "over 1 MB")
                << policy << QStringLiteral("oversized") << QStringLiteral("larger than 1048576");
        }
    }

    void aSettingsFileThatIsNoFileIsIgnoredAtStart()
    {
        QFETCH(bool, policy);
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        IsolatedHome home;
        const QString settingsFile =
            policy ? home.policyFile() : home.configDir() + QStringLiteral("/Attune/Attune.conf");
        QDir().mkpath(QFileInfo(settingsFile).absolutePath());
        if (kind == QLatin1String("dev-zero"))
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), settingsFile));
        else if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(settingsFile).constData(), 0600), 0);
        else if (kind == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(settingsFile));
        else {
            QFile file(settingsFile);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[ui]\ntheme=dark\n");
            file.resize(1024 * 1024 + 1); // sparse: the rest is never written
        }
        const StartAndStopOutcome run = startAndStopAttune(home, kOneGigabyteOfAddressSpace);
        const QString& err = run.err;
        QVERIFY2(run.answered, qPrintable(err.left(2000)));
        QVERIFY2(run.stopped, "SIGTERM did not stop the app");
        // The app sees IT's file at its fixed place (IsolatedHome binds our folder over it).
        const QString shownAs =
            policy ? QStringLiteral("/etc/xdg/Attune/Attune.conf") : settingsFile;
        QVERIFY2(err.contains(shownAs + QStringLiteral(": ") + reason), qPrintable(err.left(2000)));
        // Left as it was: still a FIFO, still a link, still a folder, still the same size.
        const QFileInfo after(settingsFile);
        if (kind == QLatin1String("dev-zero"))
            QVERIFY(after.isSymLink());
        else if (kind == QLatin1String("folder"))
            QVERIFY(after.isDir());
        else if (kind == QLatin1String("oversized"))
            QCOMPARE(after.size(), 1024 * 1024 + 1);
        else
            QVERIFY(!after.isFile() && after.exists());
    }

    // `attune import` of something that is not a file: refused at once, naming it, nothing
    // written. A FIFO used to block the command for good.
    void anImportOfNoFileIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("dev-zero") << QStringLiteral("dev-zero");
        QTest::newRow("fifo") << QStringLiteral("fifo");
        QTest::newRow("folder") << QStringLiteral("folder");
    }

    void anImportOfNoFileIsRefused()
    {
        QFETCH(QString, kind);
        IsolatedHome home;
        const QString path = hostile(home, kind, 0);
        const LimitedRun run = runLimited(
            home, {QStringLiteral("import"), QStringLiteral("customers"), path}, 1024, 20000);
        QVERIFY2(run.finished, qPrintable(run.err));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(QFileInfo(path).fileName() + QStringLiteral(": not an ordinary file")),
            qPrintable(run.err));
    }

    // One CSV row of endless commas took 2.4 GB for 100 million; 30 million are refused after a
    // thousand fields, in a few megabytes.
    void aRowOfEndlessCommasIsRefusedSmall()
    {
        IsolatedHome home;
        const QString path = home.path() + QStringLiteral("/commas.csv");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("customer_id,full_name\n");
            const QByteArray commas(1 << 20, ',');
            for (int i = 0; i < 30; ++i)
                file.write(commas);
        }
        const LimitedRun run =
            runLimited(home, {QStringLiteral("import"), QStringLiteral("customers"), path}, 512);
        QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.err.left(2000)));
        QVERIFY2(run.err.contains(QLatin1String("commas.csv:2: the record has more than 1000 "
                                                "fields")),
                 qPrintable(run.err.left(2000)));
        QVERIFY2(run.peakRssMb < 100, qPrintable(QString::number(run.peakRssMb)));
    }

    // A JSON import took about 7.5 times the file in memory. A 64 MB list now takes about what
    // a tiny one does: it is read a record at a time.
    void aLargeJsonImportIsStreamed()
    {
        IsolatedHome home;
        const QString path = home.path() + QStringLiteral("/crm.json");
        const int records = 8000;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[\n");
            const QByteArray filler(8 * 1024 - 100, 'n');
            for (int i = 0; i < records; ++i)
                file.write((i ? ",\n" : "") +
                           QStringLiteral("{\"customer_id\": \"C-%1\", "
                                          "\"full_name\": \"Customer %1\", "
                                          "\"crm_notes\": \"")
                               .arg(i)
                               .toUtf8() +
                           filler + "\"}");
            file.write("\n]\n");
        }
        QVERIFY(QFileInfo(path).size() > 60 * 1024 * 1024);
        const LimitedRun run =
            runLimited(home, {QStringLiteral("import"), QStringLiteral("customers"), path}, 1024);
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err.left(2000)));
        QCOMPARE(customerCount(home), records);
        // The file itself (64 MB) no longer fits in what the import takes.
        QVERIFY2(run.peakRssMb < 64, qPrintable(QString::number(run.peakRssMb)));
    }

    // `A\ud800B` was stored as `A𐂂`, and NUL went in as text. Refused with file, line and
    // field; nothing is written.
    void textThatIsNotTextIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lone surrogate")
            << "c.json"
            << QByteArray("[\n{\"customer_id\": \"C-1\", \"full_name\": \"Ann\"},\n"
                          "{\"customer_id\": \"C-2\", \"full_name\": \"A\\ud800B\"}\n]\n")
            << "c.json:3: field \"full_name\": \\uD800 is half of a surrogate pair";
        QTest::newRow("json NUL")
            << "c.json"
            << QByteArray("[\n{\"customer_id\": \"C-1\", \"full_name\": \"A\\u0000B\"}\n]\n")
            << "c.json:2: field \"full_name\": holds a NUL character";
        QTest::newRow("csv NUL") << "c.csv" << QByteArray("customer_id,full_name\nC-1,A\0B\n", 29)
                                 << "c.csv:2: field \"full_name\": holds a NUL character";
    }

    void textThatIsNotTextIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        IsolatedHome home;
        const QString path = home.path() + QLatin1Char('/') + name;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        }
        const LimitedRun run =
            runLimited(home, {QStringLiteral("import"), QStringLiteral("customers"), path}, 1024);
        QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(customerCount(home), 0);
    }

    // A message quotes what it refuses: a CRM export's header, an argument, a path. The escape
    // sequences in them went to the terminal as they were (a header "name\e[2J\e]0;…\a" cleared
    // the agent's screen and retitled the window; a carriage return or U+202E can make a line
    // read as something else). Now every such character is shown as \uXXXX.
    void aMessageQuotingTheInputWritesNoTerminalCodes_data()
    {
        QTest::addColumn<QStringList>("arguments"); // %HOME% is the isolated home
        QTest::addColumn<QByteArray>("csv");        // written to %HOME%/crm.csv when not empty
        QTest::addColumn<QString>("expected");
        QTest::newRow("a CRM export's header")
            << QStringList{QStringLiteral("import"), QStringLiteral("customers"),
                           QStringLiteral("%HOME%/crm.csv")}
            << QByteArray("name\x1b[2J\x1b]0;pwned\x07,phone\nAnn,1\n")
            << QStringLiteral("name\\u001B[2J\\u001B]0;pwned\\u0007");
        QTest::newRow("a command-line argument")
            << QStringList{QStringLiteral("practice"), QStringLiteral("a\x1b[2J\r\u202Eb")}
            << QByteArray() << QStringLiteral("a\\u001B[2J\\u000D\\u202Eb");
        QTest::newRow("a screenshot path")
            << QStringList{QStringLiteral("--screenshot"), QStringLiteral("%HOME%/no\x1b]0;x\x07"
                                                                          "folder/shot.png")}
            << QByteArray() << QStringLiteral("no\\u001B]0;x\\u0007folder");
    }

    void aMessageQuotingTheInputWritesNoTerminalCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        IsolatedHome home;
        if (!csv.isEmpty()) {
            QFile file(home.path() + QStringLiteral("/crm.csv"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(csv);
        }
        for (QString& argument : arguments)
            argument.replace(QStringLiteral("%HOME%"), home.path());
        const LimitedRun run = runLimited(home, arguments, 1024, 30000);
        QVERIFY2(run.finished && run.exitCode != 0, qPrintable(run.err.left(2000)));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err.left(2000)));
        for (const QChar c : run.err)
            QVERIFY2(
                c == u'\n' || c == u'\t' ||
                    (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format),
                qPrintable(QStringLiteral("U+%1 reached the terminal")
                               .arg(int(c.unicode()), 4, 16, QLatin1Char('0'))));
    }
};

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
