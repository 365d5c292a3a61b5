#include "TestConfig.h"
#include "integration/CommandLine.h"
#include "integration/ControlReply.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

// lupdate runs in every build, so the .ts files list every string the sources use right now.
// Any message left unfinished (or a stale one kept) means a user would see English in the
// middle of their language.
class TestTranslations : public QObject
{
    Q_OBJECT

    // "%1" and the like, as a sorted list: a translation that drops or adds one shows the wrong
    // value or none (plural forms may leave %n out, so they are not compared).
    static QStringList placeholders(const QString& text)
    {
        static const QRegularExpression pattern(QStringLiteral("%[0-9]"));
        QStringList found;
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        found.removeDuplicates();
        return found;
    }

    inline static const QRegularExpression kSeveralLanguages{
        QStringLiteral("'(es|de|fr|pt_BR)'\\s*:")};

private Q_SLOTS:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("tsFile");
        const QStringList files =
            QStringLiteral(ATTUNE_TS_FILES).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        QVERIFY(!files.isEmpty());
        for (const QString& file : files)
            QTest::newRow(qPrintable(file.section(QLatin1Char('/'), -1))) << file;
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, tsFile);
        QFile file(tsFile);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(tsFile));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList problems;
        QString source;
        QString context;
        bool isNumerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                isNumerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty())
                    problems << QStringLiteral("%1: %2 \"%3\"").arg(context, type, source.left(60));
                else if (text.trimmed().isEmpty())
                    problems << QStringLiteral("%1: empty \"%2\"").arg(context, source.left(60));
                else if (!isNumerus && placeholders(text) != placeholders(source))
                    problems << QStringLiteral("%1: placeholders differ \"%2\"")
                                    .arg(context, source.left(60));
                // A tool's leftover: every language's text in one, as a dictionary.
                else if (text.contains(kSeveralLanguages))
                    problems << QStringLiteral("%1: several languages in one \"%2\"")
                                    .arg(context, source.left(60));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // A file with almost nothing in it would pass trivially; the app has far more strings.
        QVERIFY2(messages > 80, qPrintable(QStringLiteral("only %1 messages").arg(messages)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The compiled catalogue is found at run time under the contexts the code asks for, for
    // core classes (Q_DECLARE_TR_FUNCTIONS) and widgets (Q_OBJECT) alike.
    void spanishIsUsedAtRunTime()
    {
        QTranslator spanish;
        QVERIFY(spanish.load(QStringLiteral(ATTUNE_QM_DIR "/attune_es.qm")));
        QCoreApplication::installTranslator(&spanish);
        const attune::CommandLine line = attune::CommandLine::parse({QStringLiteral("dance")});
        QCOMPARE(line.error, QStringLiteral("comando desconocido «dance»"));
        QCOMPARE(QCoreApplication::translate("attune::SidebarWindow", "Ready for next call"),
                 QStringLiteral("Listo para la siguiente llamada"));
        // The local socket's answer for a request only the real server can answer later.
        const QJsonObject deferred = attune::ControlReply::later([](auto) {});
        QCOMPARE(deferred.value(QStringLiteral("error")).toString(),
                 QStringLiteral("esta solicitud se responde cuando su escritura se ha hecho"));
        QCoreApplication::removeTranslator(&spanish);
        QCOMPARE(attune::CommandLine::parse({QStringLiteral("dance")}).error,
                 QStringLiteral("unknown command \"dance\""));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
