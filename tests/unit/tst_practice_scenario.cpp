// The practice scenario format (docs/practice.md): every refusal names file, line and field, and
// a bad file in a folder is reported and skipped while the others load. Misuse cases (FIFO,
// /dev/zero, oversized files) are here too, so the whole test carries the adversarial label.
#include "core/JsonFile.h"
#include "practice/PracticeScenario.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace attune;

namespace {

QJsonObject branch(const char* kind, const QStringList& behaviours, const QString& target)
{
    QJsonObject object;
    if (QLatin1String(kind) == QLatin1String("otherwise"))
        object.insert(QStringLiteral("otherwise"), true);
    else
        object.insert(QLatin1String(kind), QJsonArray::fromStringList(behaviours));
    object.insert(QStringLiteral("goto"), target);
    return object;
}

QJsonObject turn(const QString& line, const QString& feeling, const QJsonArray& next)
{
    return {{QStringLiteral("customer"), line},
            {QStringLiteral("feeling"), feeling},
            {QStringLiteral("next"), next}};
}

QJsonObject endTurn(const QString& line, const QString& end)
{
    return {{QStringLiteral("customer"), line},
            {QStringLiteral("feeling"), QStringLiteral("neutral")},
            {QStringLiteral("end"), end}};
}

// A valid scenario of six turns, two ends.
QJsonObject validScenario()
{
    QJsonObject turns;
    turns.insert(
        QStringLiteral("open"),
        turn(QStringLiteral("It broke again."), QStringLiteral("frustration"),
             {branch("when", {QStringLiteral("acknowledged_feeling")}, QStringLiteral("softer")),
              branch("whenAny", {QStringLiteral("blame"), QStringLiteral("jargon")},
                     QStringLiteral("angrier")),
              branch("otherwise", {}, QStringLiteral("pressing"))}));
    turns.insert(QStringLiteral("softer"),
                 turn(QStringLiteral("Thanks."), QStringLiteral("neutral"),
                      {branch("whenAny", {QStringLiteral("ownership")}, QStringLiteral("good")),
                       branch("otherwise", {}, QStringLiteral("pressing"))}));
    turns.insert(QStringLiteral("pressing"),
                 turn(QStringLiteral("So?"), QStringLiteral("frustration"),
                      {branch("when", {QStringLiteral("apology")}, QStringLiteral("softer")),
                       branch("otherwise", {}, QStringLiteral("angrier"))}));
    turns.insert(QStringLiteral("angrier"),
                 turn(QStringLiteral("Unbelievable."), QStringLiteral("frustration"),
                      {branch("when", {QStringLiteral("apology")}, QStringLiteral("pressing")),
                       branch("otherwise", {}, QStringLiteral("bad"))}));
    turns.insert(QStringLiteral("good"),
                 endTurn(QStringLiteral("Thank you."), QStringLiteral("better")));
    turns.insert(QStringLiteral("bad"),
                 endTurn(QStringLiteral("Forget it."), QStringLiteral("worse")));
    return {{QStringLiteral("format"), QStringLiteral("attune-practice-scenario")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("id"), QStringLiteral("sample")},
            {QStringLiteral("locale"), QStringLiteral("en")},
            {QStringLiteral("title"), QStringLiteral("A sample")},
            {QStringLiteral("summary"), QStringLiteral("For the tests.")},
            {QStringLiteral("customer"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("Dana Whitfield")},
                         {QStringLiteral("addressAs"), QStringLiteral("Ms Whitfield")}}},
            {QStringLiteral("start"), QStringLiteral("open")},
            {QStringLiteral("turns"), turns}};
}

QByteArray bytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// The 1-based line of the `occurrence`-th `needle` in `json`.
int lineOf(const QByteArray& json, const QByteArray& needle, int occurrence = 1)
{
    qsizetype at = -1;
    for (int i = 0; i < occurrence; ++i)
        at = json.indexOf(needle, at + 1);
    return at < 0 ? -1 : JsonFile::lineOfOffset(json, at);
}

// The line of the first `needle` after `anchor`.
int lineAfter(const QByteArray& json, const QByteArray& anchor, const QByteArray& needle)
{
    const qsizetype at = json.indexOf(needle, json.indexOf(anchor));
    return at < 0 ? -1 : JsonFile::lineOfOffset(json, at);
}

QJsonObject editTurn(QJsonObject scenario, const QString& turnId,
                     const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject turns = scenario.value(QStringLiteral("turns")).toObject();
    QJsonObject object = turns.value(turnId).toObject();
    edit(object);
    turns.insert(turnId, object);
    scenario.insert(QStringLiteral("turns"), turns);
    return scenario;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestPracticeScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validScenarioLoads()
    {
        PracticeScenario scenario;
        QString error;
        QVERIFY2(PracticeScenario::load(bytes(validScenario()), QStringLiteral("sample.json"),
                                        &scenario, &error),
                 qPrintable(error));
        QCOMPARE(scenario.turns.size(), 6);
        QCOMPARE(scenario.addressAs, QStringLiteral("Ms Whitfield"));
        const PracticeTurn* open = scenario.turn(QStringLiteral("open"));
        QVERIFY(open);
        QCOMPARE(open->feeling, CueTag::Frustration);
        QCOMPARE(open->next.size(), 3);
        QCOMPARE(open->next.at(1).kind, PracticeBranch::Kind::Any);
        QVERIFY(scenario.turn(QStringLiteral("bad"))->isEnd());
        QCOMPARE(scenario.turn(QStringLiteral("bad"))->end, PracticeOutcome::Worse);
    }

    void builtInEnglishScenariosAllLoad()
    {
        QStringList problems;
        const QList<PracticeScenario> scenarios = PracticeScenarioSet::loadFolder(
            QStringLiteral(":/scenarios/practice/en"), QStringLiteral("en"), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QStringList ids;
        for (const PracticeScenario& scenario : scenarios)
            ids << scenario.id;
        ids.sort();
        QCOMPARE(ids, QStringList({"angry-escalation", "bereavement", "billing-shock",
                                   "confused-caller", "data-breach", "grateful-but-worried",
                                   "repeat-failure", "urgent-deadline"}));
    }

    // Every locale that has built-in scenarios has all eight, and all of them load.
    void everyBuiltInLocaleLoads()
    {
        const QStringList locales = QDir(QStringLiteral(":/scenarios/practice"))
                                        .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY(locales.contains(QStringLiteral("en")));
        for (const QString& locale : locales) {
            QStringList problems;
            const QList<PracticeScenario> scenarios = PracticeScenarioSet::loadFolder(
                QStringLiteral(":/scenarios/practice/") + locale, locale, &problems);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            QCOMPARE(scenarios.size(), 8);
            QCOMPARE(PracticeScenarioSet::builtInFolder(locale),
                     QStringLiteral(":/scenarios/practice/") + locale);
        }
        // A locale without scenarios practises the English ones.
        QCOMPARE(PracticeScenarioSet::builtInFolder(QStringLiteral("xx")),
                 QStringLiteral(":/scenarios/practice/en"));
    }

    void everyRefusalNamesFileLineAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        QJsonObject noTitle = validScenario();
        noTitle.remove(QStringLiteral("title"));
        QTest::newRow("missing top-level field")
            << bytes(noTitle) << QStringLiteral("s.json:1: field \"title\": missing");

        const QByteArray noFeeling =
            bytes(editTurn(validScenario(), QStringLiteral("pressing"),
                           [](QJsonObject& t) { t.remove(QStringLiteral("feeling")); }));
        QTest::newRow("missing turn field")
            << noFeeling
            << QStringLiteral("s.json:%1: turn \"pressing\": field \"feeling\": missing")
                   .arg(lineOf(noFeeling, "\"pressing\": {"));

        const QByteArray unknownGoto =
            bytes(editTurn(validScenario(), QStringLiteral("softer"), [](QJsonObject& t) {
                t.insert(QStringLiteral("next"),
                         QJsonArray{branch("whenAny", {QStringLiteral("ownership")},
                                           QStringLiteral("good")),
                                    branch("otherwise", {}, QStringLiteral("nowhere"))});
            }));
        QTest::newRow("unknown goto")
            << unknownGoto
            << QStringLiteral("s.json:%1: turn \"softer\": field \"next[2].goto\": \"nowhere\" "
                              "is not a turn of this scenario")
                   .arg(lineOf(unknownGoto, "\"nowhere\""));

        QJsonObject island = validScenario();
        {
            QJsonObject turns = island.value(QStringLiteral("turns")).toObject();
            turns.insert(QStringLiteral("island"),
                         endTurn(QStringLiteral("Nobody gets here."), QStringLiteral("same")));
            island.insert(QStringLiteral("turns"), turns);
        }
        const QByteArray unreachable = bytes(island);
        QTest::newRow("unreachable turn")
            << unreachable
            << QStringLiteral("s.json:%1: turn \"island\": cannot be reached from \"start\"")
                   .arg(lineOf(unreachable, "\"island\""));

        const QByteArray noOtherwise =
            bytes(editTurn(validScenario(), QStringLiteral("softer"), [](QJsonObject& t) {
                t.insert(QStringLiteral("next"),
                         QJsonArray{branch("whenAny", {QStringLiteral("ownership")},
                                           QStringLiteral("good"))});
            }));
        QTest::newRow("no otherwise")
            << noOtherwise
            << QStringLiteral("s.json:%1: turn \"softer\": field \"next\": must end with one "
                              "\"otherwise\" branch")
                   .arg(lineAfter(noOtherwise, "\"softer\": {", "\"next\""));

        const QByteArray otherwiseFirst =
            bytes(editTurn(validScenario(), QStringLiteral("softer"), [](QJsonObject& t) {
                t.insert(QStringLiteral("next"),
                         QJsonArray{branch("otherwise", {}, QStringLiteral("pressing")),
                                    branch("otherwise", {}, QStringLiteral("good"))});
            }));
        QTest::newRow("otherwise not last")
            << otherwiseFirst
            << QStringLiteral("turn \"softer\": field \"next[1].otherwise\": only the last "
                              "branch may be \"otherwise\"");

        const QByteArray badEnd =
            bytes(editTurn(validScenario(), QStringLiteral("good"), [](QJsonObject& t) {
                t.insert(QStringLiteral("end"), QStringLiteral("great"));
            }));
        QTest::newRow("bad end")
            << badEnd
            << QStringLiteral("s.json:%1: turn \"good\": field \"end\": must be one of better, "
                              "same, worse")
                   .arg(lineOf(badEnd, "\"great\""));

        QTest::newRow("both next and end")
            << bytes(editTurn(validScenario(), QStringLiteral("good"),
                              [](QJsonObject& t) {
                                  t.insert(
                                      QStringLiteral("next"),
                                      QJsonArray{branch("otherwise", {}, QStringLiteral("open"))});
                              }))
            << QStringLiteral("turn \"good\": has both \"next\" and \"end\"");

        const QByteArray tooLong =
            bytes(editTurn(validScenario(), QStringLiteral("angrier"), [](QJsonObject& t) {
                t.insert(QStringLiteral("customer"), QString(601, QLatin1Char('x')));
            }));
        QTest::newRow("oversized text")
            << tooLong
            << QStringLiteral("s.json:%1: turn \"angrier\": field \"customer\": must be text of "
                              "1 to 600 characters")
                   .arg(lineOf(tooLong, "xxxxxxxx"));

        QTest::newRow("empty text")
            << bytes(editTurn(validScenario(), QStringLiteral("open"),
                              [](QJsonObject& t) {
                                  t.insert(QStringLiteral("customer"), QStringLiteral("   "));
                              }))
            << QStringLiteral("turn \"open\": field \"customer\": must be text of 1 to 600");

        QTest::newRow("unknown behaviour")
            << bytes(editTurn(
                   validScenario(), QStringLiteral("softer"),
                   [](QJsonObject& t) {
                       t.insert(QStringLiteral("next"),
                                QJsonArray{branch("when", {QStringLiteral("charm")},
                                                  QStringLiteral("good")),
                                           branch("otherwise", {}, QStringLiteral("pressing"))});
                   }))
            << QStringLiteral("field \"next[1].when\": unknown behaviour \"charm\"");

        QTest::newRow("unknown feeling")
            << bytes(editTurn(validScenario(), QStringLiteral("open"),
                              [](QJsonObject& t) {
                                  t.insert(QStringLiteral("feeling"), QStringLiteral("joy"));
                              }))
            << QStringLiteral("turn \"open\": field \"feeling\": must be one of frustration");

        QJsonObject fewTurns = validScenario();
        {
            QJsonObject turns = fewTurns.value(QStringLiteral("turns")).toObject();
            turns.remove(QStringLiteral("angrier"));
            fewTurns.insert(QStringLiteral("turns"), turns);
        }
        QTest::newRow("fewer than six turns")
            << bytes(fewTurns) << QStringLiteral("field \"turns\": must hold at least 6 turns");

        QTest::newRow("one end reachable")
            << bytes(editTurn(validScenario(), QStringLiteral("bad"),
                              [](QJsonObject& t) {
                                  t.insert(QStringLiteral("end"), QStringLiteral("better"));
                              }))
            << QStringLiteral("field \"turns\": at least two different \"end\" values must be "
                              "reachable");

        QJsonObject badStart = validScenario();
        badStart.insert(QStringLiteral("start"), QStringLiteral("hello"));
        QTest::newRow("unknown start")
            << bytes(badStart)
            << QStringLiteral("field \"start\": \"hello\" is not a turn of this scenario");

        QJsonObject badFormat = validScenario();
        badFormat.insert(QStringLiteral("version"), 2);
        QTest::newRow("unknown version")
            << bytes(badFormat) << QStringLiteral("field \"version\": must be 1");

        QTest::newRow("not json") << QByteArray("{\n\"format\": \"attune-practice-scenario\",\n,}")
                                  << QStringLiteral("s.json:3: ");

        // A customer's name or line that reads differently on screen from what it is (the
        // override shows "anelE" as "Elena") was loaded and played as it came.
        QJsonObject overriddenName = validScenario();
        QJsonObject customer = overriddenName.value(QStringLiteral("customer")).toObject();
        customer.insert(QStringLiteral("name"), QStringLiteral("\u202EanelE"));
        overriddenName.insert(QStringLiteral("customer"), customer);
        QTest::newRow("text-direction override in the customer's name")
            << bytes(overriddenName)
            << QStringLiteral("field \"customer.name\": holds a text-direction character (U+202E)");
        const QByteArray openIsolate =
            bytes(editTurn(validScenario(), QStringLiteral("pressing"), [](QJsonObject& t) {
                t.insert(QStringLiteral("customer"), QStringLiteral("I want \u2067it now"));
            }));
        QTest::newRow("unclosed isolate in a customer line")
            << openIsolate
            << QStringLiteral("s.json:%1: turn \"pressing\": field \"customer\": holds a "
                              "text-direction character (U+2067)")
                   .arg(lineOf(openIsolate, "I want"));
    }

    // Right-to-left names and lines load as written, marks and closed isolates included.
    void rightToLeftTextLoadsAsWritten()
    {
        QJsonObject scenario = validScenario();
        QJsonObject customer = scenario.value(QStringLiteral("customer")).toObject();
        const QString name =
            QStringLiteral("\u05D3\u05D5\u05D3 \u2067\u05DC\u05D5\u05D9\u2069\u200F");
        customer.insert(QStringLiteral("name"), name);
        scenario.insert(QStringLiteral("customer"), customer);
        PracticeScenario loaded;
        QString error;
        QVERIFY2(PracticeScenario::load(bytes(scenario), QStringLiteral("s.json"), &loaded, &error),
                 qPrintable(error));
        QCOMPARE(loaded.customerName, name);
    }

    void everyRefusalNamesFileLineAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        PracticeScenario scenario;
        scenario.id = QStringLiteral("kept");
        QString error;
        QVERIFY(!PracticeScenario::load(json, QStringLiteral("s.json"), &scenario, &error));
        QVERIFY2(error.contains(expected),
                 qPrintable(QStringLiteral("got: %1\nexpected: %2").arg(error, expected)));
        QCOMPARE(scenario.id, QStringLiteral("kept")); // nothing half-loaded
    }

    void textOfExactlySixHundredCharactersIsAccepted()
    {
        PracticeScenario scenario;
        QString error;
        QVERIFY2(PracticeScenario::load(bytes(editTurn(validScenario(), QStringLiteral("open"),
                                                       [](QJsonObject& t) {
                                                           t.insert(QStringLiteral("customer"),
                                                                    QString(600, QLatin1Char('y')));
                                                       })),
                                        QStringLiteral("s.json"), &scenario, &error),
                 qPrintable(error));
    }

    void idMustMatchTheFileName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.json"));
        const QByteArray json = bytes(validScenario());
        QVERIFY(writeFile(path, json));
        PracticeScenario scenario;
        QString error;
        QVERIFY(!PracticeScenario::loadFile(path, &scenario, &error));
        QVERIFY2(
            error.contains(
                QStringLiteral("other.json:%1: field \"id\": must match the file name \"other\"")
                    .arg(lineOf(json, "\"id\""))),
            qPrintable(error));
    }

    void fifoIsRefusedWithoutWaitingForAWriter()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("stuck.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        PracticeScenario scenario;
        QString error;
        QVERIFY(!PracticeScenario::loadFile(fifo, &scenario, &error));
        QVERIFY2(error.contains(QStringLiteral("stuck.json: not an ordinary file")),
                 qPrintable(error));
    }

    void devZeroIsRefused()
    {
        PracticeScenario scenario;
        QString error;
        QVERIFY(!PracticeScenario::loadFile(QStringLiteral("/dev/zero"), &scenario, &error));
        QVERIFY2(error.contains(QStringLiteral("zero: not an ordinary file")), qPrintable(error));
    }

    void oversizedFileIsRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(JsonFile::kMaxBytes + 1)); // sparse: nothing is written
        file.close();
        PracticeScenario scenario;
        QString error;
        QVERIFY(!PracticeScenario::loadFile(path, &scenario, &error));
        QVERIFY2(error.contains(QStringLiteral("huge.json: the file is larger than 8 MB")),
                 qPrintable(error));
    }

    // A FIFO, a broken file and a good one in IT's folder: the good one loads, the other two are
    // reported by name, and the built-ins are all still there.
    void badFilesInAFolderAreReportedAndSkipped()
    {
        QTemporaryDir dir;
        QJsonObject good = validScenario();
        good.insert(QStringLiteral("id"), QStringLiteral("team-special"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("team-special.json")), bytes(good)));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("broken.json")), "{\"format\": "));
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe.json"))).constData(),
                          0600),
                 0);
        // Replaces the built-in of the same id.
        QJsonObject replacement = validScenario();
        replacement.insert(QStringLiteral("id"), QStringLiteral("bereavement"));
        replacement.insert(QStringLiteral("title"), QStringLiteral("Our own bereavement call"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("bereavement.json")), bytes(replacement)));

        QStringList problems;
        const QList<PracticeScenario> scenarios =
            PracticeScenarioSet::load(QStringLiteral("en"), dir.path(), &problems);
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QStringLiteral("broken.json:1:")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(problems.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("pipe.json: not an ordinary file")));
        QCOMPARE(scenarios.size(), 9);
        bool replaced = false;
        bool added = false;
        for (const PracticeScenario& scenario : scenarios) {
            replaced |= scenario.id == QLatin1String("bereavement") &&
                        scenario.title == QLatin1String("Our own bereavement call");
            added |= scenario.id == QLatin1String("team-special");
        }
        QVERIFY(replaced);
        QVERIFY(added);
    }

    void scenarioInAnotherLanguageIsReported()
    {
        QTemporaryDir dir;
        QJsonObject spanish = validScenario();
        spanish.insert(QStringLiteral("locale"), QStringLiteral("es"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sample.json")), bytes(spanish)));
        QStringList problems;
        QVERIFY(
            PracticeScenarioSet::loadFolder(dir.path(), QStringLiteral("en"), &problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("\"es\"")));
    }

    void missingFolderIsReported()
    {
        QStringList problems;
        QVERIFY(PracticeScenarioSet::loadFolder(QStringLiteral("/nonexistent/attune"),
                                                QStringLiteral("en"), &problems)
                    .isEmpty());
        QCOMPARE(problems.size(), 1);
    }

    // The app passes its UI locale ("de_DE" once the agent picked German): the German scenarios
    // load, not the English fallback (the sidebar showed English scenarios in German before).
    void theUiLocaleChoosesTheScenarioLanguage()
    {
        QCOMPARE(PracticeScenarioSet::scenarioLocale(QStringLiteral("de_DE")),
                 QStringLiteral("de"));
        QCOMPARE(PracticeScenarioSet::scenarioLocale(QStringLiteral("fr_CA")),
                 QStringLiteral("fr"));
        QCOMPARE(PracticeScenarioSet::scenarioLocale(QStringLiteral("pt_BR")),
                 QStringLiteral("pt_BR"));
        QCOMPARE(PracticeScenarioSet::scenarioLocale(QStringLiteral("pt_PT")),
                 QStringLiteral("pt_BR"));
        QCOMPARE(PracticeScenarioSet::scenarioLocale(QStringLiteral("it_IT")),
                 QStringLiteral("en"));
        QStringList problems;
        const QList<PracticeScenario> german =
            PracticeScenarioSet::load(QStringLiteral("de_DE"), QString(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(german.size(), 8);
        for (const PracticeScenario& scenario : german)
            QCOMPARE(scenario.locale, QStringLiteral("de"));
    }
};

QTEST_GUILESS_MAIN(TestPracticeScenario)
#include "tst_practice_scenario.moc"
