#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace attune;

namespace {

QStringList g_warnings;

void collect(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtWarningMsg)
        g_warnings << message;
}

} // namespace

// Settings written by hand, wrong (issue 14, defect 9): `ui/language=xx` was taken silently, so
// the agent saw English and nothing said why. A refused value is logged with its file and key
// and the next layer decides.
class TestSettingsMisuse : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int m_case = 0;
    // A fresh pair of files for each case: QSettings caches a file's content per path.
    QString userFile() const
    {
        return m_dir.path() + QStringLiteral("/%1/user/Attune.conf").arg(m_case);
    }
    QString systemFile() const
    {
        return m_dir.path() + QStringLiteral("/%1/system/Attune.conf").arg(m_case);
    }

    void write(const QString& path, const QByteArray& content)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }

private Q_SLOTS:
    void init()
    {
        ++m_case;
        g_warnings.clear();
    }

    void anUnknownLanguageIsLoggedWithItsFileAndKey_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("taken");
        QTest::newRow("xx") << QStringLiteral("xx") << false;
        QTest::newRow("klingon") << QStringLiteral("tlh") << false;
        QTest::newRow("a path") << QStringLiteral("../../etc/passwd") << false;
        QTest::newRow("japanese, not shipped") << QStringLiteral("ja") << false;
        QTest::newRow("spanish") << QStringLiteral("es") << true;
        QTest::newRow("mexican spanish") << QStringLiteral("es_MX") << true;
        QTest::newRow("brazilian portuguese") << QStringLiteral("pt_BR") << true;
        QTest::newRow("english") << QStringLiteral("en") << true;
    }

    void anUnknownLanguageIsLoggedWithItsFileAndKey()
    {
        QFETCH(QString, value);
        QFETCH(bool, taken);
        write(userFile(), "[ui]\nlanguage=" + value.toUtf8() + "\n");
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        const Settings settings(userFile(), systemFile());
        qInstallMessageHandler(previous);
        const QString logged = g_warnings.join(QLatin1Char('\n'));
        if (taken) {
            QCOMPARE(settings.language(), value);
            QVERIFY2(!logged.contains(QLatin1String("ui/language")), qPrintable(logged));
        } else {
            QCOMPARE(settings.language(), QString()); // the system's language decides
            QVERIFY2(logged.contains(userFile()) && logged.contains(QLatin1String("ui/language")) &&
                         logged.contains(value),
                     qPrintable(logged));
        }
    }

    void theSystemFileIsNamedToo()
    {
        write(systemFile(), "[Defaults]\nui/language=xx\n");
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        const Settings settings(userFile(), systemFile());
        qInstallMessageHandler(previous);
        const QString logged = g_warnings.join(QLatin1Char('\n'));
        QVERIFY2(logged.contains(systemFile()) && logged.contains(QLatin1String("ui/language")),
                 qPrintable(logged));
        QCOMPARE(settings.language(), QString());
    }

    // The log quoted a refused value as it was: an escape sequence in a settings file cleared
    // the terminal the log was read in, as a CRM header did on the command line.
    void aRefusedValueIsQuotedWithoutTerminalCodes()
    {
        write(userFile(), "[ui]\ndockEdge=\"\x1b[2J\x1b]0;pwned\x07left\"\n");
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        const Settings settings(userFile(), systemFile());
        qInstallMessageHandler(previous);
        const QString logged = g_warnings.join(QLatin1Char('\n'));
        QVERIFY2(logged.contains(QLatin1String("ui/dockEdge")) &&
                     logged.contains(QLatin1String("\\u001B[2J\\u001B]0;pwned\\u0007left")),
                 qPrintable(logged));
        QVERIFY2(!logged.contains(QChar(0x1B)), qPrintable(logged));
    }
};

QTEST_GUILESS_MAIN(TestSettingsMisuse)
#include "tst_settingsmisuse.moc"
