#include "CommandLine.h"

#include "core/Clock.h"
#include "core/TextRule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace attune {

namespace {

CommandLine failure(const QString& message)
{
    CommandLine line;
    line.action = CommandLine::Action::Error;
    line.error = message;
    return line;
}

// When the pop was asked for: on the wall clock, and on the machine's monotonic clock, which the
// app reads too; so the pop's latency holds when the wall clock is set between the two.
void stampRequestTime(QJsonObject* request)
{
    request->insert(QStringLiteral("requestedAtEpochMs"), QDateTime::currentMSecsSinceEpoch());
    request->insert(QStringLiteral("requestedAtMonotonicUs"), machineMonotonicUs());
}

QJsonObject makeRequest(const char* command)
{
    return QJsonObject{{QStringLiteral("v"), ControlMessage::kVersion},
                       {QStringLiteral("command"), QLatin1String(command)}};
}

// Reads `--name VALUE` options from `args` (starting at `from`) into `request`, as the JSON
// field `field`. Options not in `allowed` and missing values are errors. Bare words are
// collected into `words` when `words` is given; otherwise they are errors too.
bool isCueLanguageOption(const QString& value, bool allowAuto)
{
    static const QStringList languages = {QStringLiteral("en"), QStringLiteral("es"),
                                          QStringLiteral("de"), QStringLiteral("fr"),
                                          QStringLiteral("pt")};
    return languages.contains(value) || (allowAuto && value == QLatin1String("auto"));
}

QString givenTwice(const QString& option)
{
    return CommandLine::tr("option %1 is given twice; give it once").arg(option);
}

bool readOptions(const QStringList& args, qsizetype from,
                 const QList<std::pair<QString, QString>>& allowed, QJsonObject* request,
                 QStringList* words, const QStringList& flags, QString* error)
{
    for (qsizetype i = from; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--")) {
            if (!words) {
                *error = CommandLine::tr("unexpected argument \"%1\"").arg(arg);
                return false;
            }
            words->append(args.mid(i + 1));
            return true;
        }
        if (!arg.startsWith(QLatin1String("--"))) {
            if (!words) {
                *error = CommandLine::tr("unexpected argument \"%1\"").arg(arg);
                return false;
            }
            words->append(arg);
            continue;
        }
        QString name = arg;
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
            hasInlineValue = true;
        }
        // The last of two used to win silently: "--speaker customer --speaker agent" said a line
        // as the agent. Two of one option are a mistake to show, as in an attune:// link.
        if (flags.contains(name)) {
            if (request->contains(name.mid(2))) {
                *error = givenTwice(name);
                return false;
            }
            request->insert(name.mid(2), true);
            continue;
        }
        const auto match = std::find_if(allowed.begin(), allowed.end(),
                                        [&](const auto& option) { return option.first == name; });
        if (match == allowed.end()) {
            *error = CommandLine::tr("unknown option \"%1\"").arg(name);
            return false;
        }
        if (!hasInlineValue) {
            if (i + 1 >= args.size()) {
                *error = CommandLine::tr("option %1 needs a value").arg(name);
                return false;
            }
            value = args.at(++i);
        }
        if (value.isEmpty()) {
            *error = CommandLine::tr("option %1 needs a non-empty value").arg(name);
            return false;
        }
        if (request->contains(match->second)) {
            *error = givenTwice(name);
            return false;
        }
        request->insert(match->second, value);
    }
    return true;
}

CommandLine parseCall(const QStringList& args)
{
    if (args.size() < 2)
        return failure(CommandLine::tr("\"call\" needs a subcommand: start, answer, say or end"));
    const QString sub = args.at(1);
    CommandLine line;
    line.action = CommandLine::Action::Forward;
    line.startsAppIfNeeded = true;
    QString error;
    const std::pair<QString, QString> callId{QStringLiteral("--call-id"), QStringLiteral("callId")};
    if (sub == QLatin1String("start")) {
        line.request = makeRequest("call.start");
        QStringList words;
        if (!readOptions(args, 2,
                         {callId,
                          {QStringLiteral("--phone"), QStringLiteral("phone")},
                          {QStringLiteral("--customer-id"), QStringLiteral("customerId")},
                          {QStringLiteral("--name"), QStringLiteral("name")},
                          {QStringLiteral("--lang"), QStringLiteral("language")}},
                         &line.request, &words, {}, &error))
            return failure(error);
        if (line.request.contains(QStringLiteral("language")) &&
            !isCueLanguageOption(line.request.value(QStringLiteral("language")).toString(), false))
            return failure(CommandLine::tr("--lang must be one of %1")
                               .arg(QStringLiteral("en, es, de, fr, pt")));
        // Softphones that "run a program on incoming call" append the number as a bare word.
        if (words.size() > 1 ||
            (words.size() == 1 && line.request.contains(QStringLiteral("phone"))))
            return failure(CommandLine::tr("unexpected argument \"%1\"").arg(words.last()));
        if (words.size() == 1)
            line.request.insert(QStringLiteral("phone"), words.first());
        // Stamped here, as early as the command runs, to measure pop-to-screen latency.
        stampRequestTime(&line.request);
        return line;
    }
    if (sub == QLatin1String("answer") || sub == QLatin1String("end")) {
        line.request = makeRequest(sub == QLatin1String("answer") ? "call.answer" : "call.end");
        if (!readOptions(args, 2, {callId}, &line.request, nullptr, {}, &error))
            return failure(error);
        return line;
    }
    if (sub == QLatin1String("say")) {
        line.request = makeRequest("call.say");
        QStringList words;
        if (!readOptions(args, 2,
                         {callId, {QStringLiteral("--speaker"), QStringLiteral("speaker")}},
                         &line.request, &words, {QStringLiteral("--partial")}, &error))
            return failure(error);
        const QString speaker = line.request.value(QStringLiteral("speaker")).toString();
        if (speaker.isEmpty())
            return failure(
                CommandLine::tr("\"call say\" needs --speaker customer or --speaker agent"));
        if (speaker != QLatin1String("customer") && speaker != QLatin1String("agent"))
            return failure(
                CommandLine::tr("--speaker must be customer or agent, not \"%1\"").arg(speaker));
        const QString text = words.join(QLatin1Char(' ')).trimmed();
        if (text.isEmpty())
            return failure(CommandLine::tr("\"call say\" needs the text of what was said"));
        line.request.insert(QStringLiteral("text"), text);
        return line;
    }
    return failure(CommandLine::tr("unknown call subcommand \"%1\"").arg(sub));
}

// attune export assessments --format csv|json FILE (private notes never leave)
CommandLine parseExport(const QStringList& arguments)
{
    if (arguments.value(1) != QLatin1String("assessments"))
        return failure(CommandLine::tr("\"export\" needs what to export: assessments"));
    CommandLine line;
    line.action = CommandLine::Action::ExportAssessments;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--format")) {
            if (!line.exportFormat.isEmpty())
                return failure(givenTwice(arg));
            if (i + 1 >= arguments.size())
                return failure(CommandLine::tr("--format needs csv or json"));
            line.exportFormat = arguments.at(++i);
            if (line.exportFormat != QLatin1String("csv") &&
                line.exportFormat != QLatin1String("json"))
                return failure(CommandLine::tr("--format must be csv or json, not \"%1\"")
                                   .arg(line.exportFormat));
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return failure(CommandLine::tr("unknown option \"%1\"").arg(arg));
        } else if (line.exportFile.isEmpty()) {
            line.exportFile = arg;
        } else {
            return failure(
                CommandLine::tr("\"export assessments\" writes one file; got \"%1\" too").arg(arg));
        }
    }
    if (line.exportFormat.isEmpty())
        return failure(
            CommandLine::tr("\"export assessments\" needs --format csv or --format json"));
    if (line.exportFile.isEmpty())
        return failure(CommandLine::tr("\"export assessments\" needs the file to write"));
    return line;
}

// attune import customers|contacts|cases FILE [--map "CRM header=field,..."]
CommandLine parseImport(const QStringList& arguments)
{
    const QString what = arguments.value(1);
    if (what != QLatin1String("customers") && what != QLatin1String("contacts") &&
        what != QLatin1String("cases") && what != QLatin1String("feedback"))
        return failure(CommandLine::tr(
            "\"import\" needs what to import: customers, contacts, cases or feedback"));
    CommandLine line;
    line.action = CommandLine::Action::Import;
    line.importWhat = what;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--map") && what != QLatin1String("feedback")) {
            if (!line.importMap.isEmpty())
                return failure(givenTwice(arg));
            if (i + 1 >= arguments.size())
                return failure(CommandLine::tr("--map needs \"CRM header=field,...\""));
            line.importMap = arguments.at(++i);
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return failure(CommandLine::tr("unknown option \"%1\"").arg(arg));
        } else if (line.importFile.isEmpty()) {
            line.importFile = arg;
        } else {
            return failure(CommandLine::tr("\"import\" reads one file; got \"%1\" too").arg(arg));
        }
    }
    if (line.importFile.isEmpty())
        return failure(CommandLine::tr("\"import %1\" needs the file to read").arg(what));
    return line;
}

CommandLine parseTeam(const QStringList& arguments)
{
    const QString what = arguments.value(1);
    if (what != QLatin1String("init") && what != QLatin1String("add-agent") &&
        what != QLatin1String("add-supervisor"))
        return failure(
            CommandLine::tr("\"team\" needs what to do: init, add-agent or add-supervisor"));
    CommandLine line;
    line.action = CommandLine::Action::Team;
    QStringList words;
    QString error;
    // No option takes a password: it would be seen in `ps` and kept in the shell's history.
    if (!readOptions(arguments, 2,
                     {{QStringLiteral("--server"), QStringLiteral("server")},
                      {QStringLiteral("--port"), QStringLiteral("port")},
                      {QStringLiteral("--database"), QStringLiteral("database")},
                      {QStringLiteral("--user"), QStringLiteral("user")},
                      {QStringLiteral("--team"), QStringLiteral("team")},
                      {QStringLiteral("--ca-file"), QStringLiteral("caFile")},
                      {QStringLiteral("--password-file"), QStringLiteral("passwordFile")},
                      {QStringLiteral("--sslmode"), QStringLiteral("sslMode")}},
                     &line.team, &words, {}, &error))
        return failure(error);
    line.team.insert(QStringLiteral("action"), what);
    if (!line.team.contains(QStringLiteral("server")))
        return failure(CommandLine::tr("\"team %1\" needs --server HOST").arg(what));
    bool portOk = true;
    const int port =
        line.team.value(QStringLiteral("port")).toString(QStringLiteral("5432")).toInt(&portOk);
    if (!portOk || port < 1 || port > 65535)
        return failure(CommandLine::tr("--port must be a port number from 1 to 65535"));
    const QString sslMode =
        line.team.value(QStringLiteral("sslMode")).toString(QStringLiteral("verify-full"));
    static const QStringList sslModes = {QStringLiteral("verify-full"), QStringLiteral("verify-ca"),
                                         QStringLiteral("require"), QStringLiteral("disable")};
    if (!sslModes.contains(sslMode))
        return failure(
            CommandLine::tr("--sslmode must be one of %1").arg(sslModes.join(QLatin1String(", "))));
    if (what == QLatin1String("init")) {
        if (!words.isEmpty())
            return failure(CommandLine::tr("unexpected argument \"%1\"").arg(words.first()));
        if (line.team.contains(QStringLiteral("team")))
            return failure(CommandLine::tr("\"team init\" takes no --team"));
        return line;
    }
    if (words.size() != 1)
        return failure(CommandLine::tr("\"team %1\" needs exactly one person (their PostgreSQL "
                                       "role name)")
                           .arg(what));
    if (!line.team.contains(QStringLiteral("team")))
        return failure(CommandLine::tr("\"team %1\" needs --team TEAM").arg(what));
    line.team.insert(QStringLiteral("person"), words.first());
    return line;
}

} // namespace

CommandLine CommandLine::parseUrl(const QString& text)
{
    constexpr qsizetype kMaxUrlChars = 2048;
    const auto refuse = [](const QString& reason) {
        return failure(CommandLine::tr("the attune:// link was refused: %1").arg(reason));
    };
    if (text.size() > kMaxUrlChars)
        return refuse(CommandLine::tr("it is longer than %1 characters").arg(kMaxUrlChars));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(CommandLine::tr("it is not a valid URL"));
    if (url.scheme().compare(QLatin1String("attune"), Qt::CaseInsensitive) != 0)
        return refuse(CommandLine::tr("it does not start with attune://"));
    if (url.host() != QLatin1String("call") || !url.userInfo().isEmpty() || url.port() != -1 ||
        (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasFragment())
        return refuse(CommandLine::tr("only attune://call?… links are understood"));

    struct Field
    {
        const char* key;
        const char* requestField;
        QRegularExpression pattern;
        const char* what;
    };
    // Numbers as people and softphones write them; names without control characters; ids as
    // contact centers make them.
    static const QList<Field> fields = {
        {"phone", "phone", QRegularExpression(QStringLiteral("^\\+?[0-9][0-9 ().-]{1,31}$")),
         QT_TR_NOOP("a phone number (digits, spaces, + ( ) . -)")},
        // Which characters a name may hold is the one text rule's to say (core/TextRule.h).
        {"name", "name", QRegularExpression(QStringLiteral("^.+$")),
         QT_TR_NOOP("a name of at most 200 characters")},
        {"id", "callId", QRegularExpression(QStringLiteral("^[A-Za-z0-9._:@-]{1,128}$")),
         QT_TR_NOOP("an id of letters, digits and . _ : @ -")},
        {"customerId", "customerId",
         QRegularExpression(QStringLiteral("^[A-Za-z0-9._:@-]{1,128}$")),
         QT_TR_NOOP("an id of letters, digits and . _ : @ -")},
    };
    CommandLine line;
    line.action = Action::Forward;
    line.startsAppIfNeeded = true;
    line.request = makeRequest("call.start");
    line.request.insert(QStringLiteral("via"), QStringLiteral("url"));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        const auto field = std::find_if(fields.begin(), fields.end(), [&key = key](const Field& f) {
            return key == QLatin1String(f.key);
        });
        if (field == fields.end())
            return refuse(CommandLine::tr("unknown field \"%1\"").arg(key.left(64)));
        const QString requestField = QLatin1String(field->requestField);
        if (line.request.contains(requestField))
            return refuse(CommandLine::tr("field \"%1\" is given twice").arg(key));
        // The one text rule first, so a link is refused for the same reason as the same name
        // sent any other way (a U+202E is a text-direction character, not a length problem).
        if (const QString refusal =
                TextRule::check(value, TextRule::kindOfField(requestField), key);
            !refusal.isEmpty())
            return refuse(refusal);
        const QString trimmed = value.trimmed();
        if (!field->pattern.match(trimmed).hasMatch())
            return refuse(
                CommandLine::tr("field \"%1\" must be %2").arg(key, CommandLine::tr(field->what)));
        line.request.insert(requestField, trimmed);
    }
    if (!line.request.contains(QStringLiteral("phone")) &&
        !line.request.contains(QStringLiteral("name")) &&
        !line.request.contains(QStringLiteral("customerId")))
        return refuse(CommandLine::tr("it needs at least a phone, a name or a customerId"));
    stampRequestTime(&line.request);
    return line;
}

CommandLine CommandLine::parse(const QStringList& arguments)
{
    // A desktop file's `Exec=attune %u` passes the link as the only argument.
    if (!arguments.isEmpty() &&
        arguments.first().startsWith(QLatin1String("attune:"), Qt::CaseInsensitive)) {
        if (arguments.size() > 1)
            return failure(CommandLine::tr("an attune:// link comes alone, without other "
                                           "arguments"));
        return parseUrl(arguments.first());
    }
    if (!arguments.isEmpty() && !arguments.first().startsWith(QLatin1Char('-'))) {
        const QString command = arguments.first();
        if (command == QLatin1String("call"))
            return parseCall(arguments);
        if (command == QLatin1String("status")) {
            if (arguments.size() > 1)
                return failure(CommandLine::tr("\"status\" takes no arguments"));
            CommandLine line;
            line.action = Action::Forward;
            line.request = makeRequest("status");
            return line;
        }
        if (command == QLatin1String("export"))
            return parseExport(arguments);
        if (command == QLatin1String("import"))
            return parseImport(arguments);
        if (command == QLatin1String("hash-pin")) {
            if (arguments.size() > 1)
                return failure(CommandLine::tr(
                    "\"hash-pin\" takes no arguments; it reads the PIN on standard input"));
            CommandLine line;
            line.action = Action::HashPin;
            return line;
        }
        if (command == QLatin1String("team"))
            return parseTeam(arguments);
        if (command == QLatin1String("breathe")) {
            if (arguments.size() > 1)
                return failure(CommandLine::tr("\"breathe\" takes no arguments"));
            CommandLine line;
            line.action = Action::Forward;
            line.startsAppIfNeeded = true;
            line.request = makeRequest("breathe");
            return line;
        }
        if (command == QLatin1String("practice")) {
            if (arguments.size() > 2)
                return failure(CommandLine::tr("\"practice\" takes at most one scenario id"));
            CommandLine line;
            line.action = Action::Practice;
            line.practiceScenario = arguments.value(1);
            static const QRegularExpression id(QStringLiteral("^[a-z0-9-]{1,40}$"));
            if (arguments.size() == 2 && !id.match(line.practiceScenario).hasMatch())
                return failure(CommandLine::tr("a practice scenario id is 1 to 40 lower-case "
                                               "letters, digits and -, not \"%1\"")
                                   .arg(line.practiceScenario.left(64)));
            line.request = makeRequest("practice.open");
            if (!line.practiceScenario.isEmpty())
                line.request.insert(QStringLiteral("scenario"), line.practiceScenario);
            return line;
        }
        if (command == QLatin1String("cues")) {
            QJsonObject options;
            QString error;
            if (!readOptions(arguments, 1, {{QStringLiteral("--lang"), QStringLiteral("lang")}},
                             &options, nullptr, {}, &error))
                return failure(error);
            CommandLine line;
            line.action = Action::Cues;
            if (options.contains(QStringLiteral("lang"))) {
                line.cueLanguage = options.value(QStringLiteral("lang")).toString();
                if (!isCueLanguageOption(line.cueLanguage, true))
                    return failure(CommandLine::tr("--lang must be one of %1")
                                       .arg(QStringLiteral("en, es, de, fr, pt, auto")));
            }
            return line;
        }
        if (command == QLatin1String("help")) {
            CommandLine line;
            line.action = Action::Help;
            return line;
        }
        return failure(CommandLine::tr("unknown command \"%1\"").arg(command));
    }

    CommandLine line;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            line.action = Action::Help;
            return line;
        }
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            line.action = Action::Version;
            return line;
        }
        if (arg == QLatin1String("--demo")) {
            line.demo = true;
        } else if (arg == QLatin1String("--exit-after-first-frame")) {
            line.exitAfterFirstFrame = true;
        } else if (arg == QLatin1String("--screenshot") ||
                   arg.startsWith(QLatin1String("--screenshot="))) {
            if (!line.screenshotFile.isEmpty())
                return failure(givenTwice(QStringLiteral("--screenshot")));
            if (arg.contains(QLatin1Char('=')))
                line.screenshotFile = arg.section(QLatin1Char('='), 1);
            else if (i + 1 < arguments.size())
                line.screenshotFile = arguments.at(++i);
            if (line.screenshotFile.isEmpty())
                return failure(CommandLine::tr("option --screenshot needs a file name"));
        } else if (arg == QLatin1String("-platform") || arg == QLatin1String("-style")) {
            // Qt's own options, consumed by QApplication; allowed through.
            if (i + 1 >= arguments.size())
                return failure(CommandLine::tr("option %1 needs a value").arg(arg));
            ++i;
        } else {
            return failure(CommandLine::tr("unknown option \"%1\"").arg(arg));
        }
    }
    return line;
}

QString CommandLine::usage()
{
    return CommandLine::tr(
        "Usage:\n"
        "  attune [--demo] [--screenshot FILE] [--exit-after-first-frame]\n"
        "  attune call start [--call-id ID] [--phone NUMBER | NUMBER] [--customer-id ID] [--name "
        "NAME] [--lang en|es|de|fr|pt]\n"
        "  attune call answer [--call-id ID]\n"
        "  attune call say --speaker customer|agent [--call-id ID] [--partial] TEXT\n"
        "  attune call end [--call-id ID]\n"
        "  attune status\n"
        "  attune breathe\n"
        "  attune practice [SCENARIO]\n"
        "  attune export assessments --format csv|json FILE\n"
        "  attune import customers|contacts|cases FILE [--map \"CRM header=field,...\"]\n"
        "  attune import feedback FILE\n"
        "  attune hash-pin\n"
        "  attune team init --server HOST [CONNECTION]\n"
        "  attune team add-agent PERSON --team TEAM --server HOST [CONNECTION]\n"
        "  attune team add-supervisor PERSON --team TEAM --server HOST [CONNECTION]\n"
        "  attune cues [--lang en|es|de|fr|pt|auto] < utterances.txt\n"
        "  attune \"attune://call?phone=NUMBER&name=NAME&id=CALL-ID\"\n"
        "  attune --version | --help\n"
        "\n"
        "Without a command, starts Attune, or brings the running one forward.\n"
        "\"call\" commands pass a call event to the running Attune (starting it if\n"
        "needed); softphones can run them on incoming, answered and ended calls.\n"
        "\"status\" prints the running Attune's live state as JSON (exit 3 if none runs).\n"
        "\"breathe\" starts a breathing exercise in Attune (not while a call is live).\n"
        "\"practice\" opens practice in Attune, Attune playing the customer (not while a\n"
        "call is live); with SCENARIO (an id such as repeat-failure) that one starts.\n"
        "\"export assessments\" writes your own post-call self-assessments to FILE;\n"
        "a private note never leaves the computer's database.\n"
        "\"import\" reads a CRM export (CSV or JSON) into the customer profiles; a bad row\n"
        "stops it with file, line and field, and nothing is written.\n"
        "\"import feedback\" reads post-call survey results (CSV or JSON) beside your calls,\n"
        "by the same rules; a survey whose call is not in the history is refused.\n"
        "\"hash-pin\" reads a supervisor PIN (not echoed) and prints the line IT puts in\n"
        "the system settings to enable the supervisor view.\n"
        "\"team\" sets up the team server (PostgreSQL) for IT: \"init\" creates or upgrades\n"
        "its schema, roles and policies (safe to run again); \"add-agent\" and\n"
        "\"add-supervisor\" make a PostgreSQL role a member of a team. CONNECTION is\n"
        "[--port N] [--database NAME] [--user ADMIN] [--ca-file FILE]\n"
        "[--sslmode verify-full|verify-ca|require|disable] [--password-file FILE]; the\n"
        "admin password is read from FILE (only its owner may read it) or standard input,\n"
        "never from the command line.\n"
        "\"cues\" reads customer utterances, one per line, and writes one JSON object of\n"
        "emotional cues per line, in the same order.\n"
        "An attune://call link (from a contact-center desktop) pops the call like\n"
        "\"call start\"; a link that does not validate changes nothing.\n"
        "\n"
        "Options:\n"
        "  --demo                    play a scripted demo call, on a separate demo database\n"
        "  --screenshot FILE         write the main window to a PNG and exit (with --demo:\n"
        "                            after the demo's first lines)\n"
        "  --exit-after-first-frame  say when the first frame is painted and exit once\n"
        "                            started (startup benchmark)\n"
        "  --version, --help\n"
        "\n"
        "Exit codes: 0 success, 1 the request was refused or failed, 2 bad command line\n"
        "(or an unknown practice scenario), 3 Attune is not running (status).\n");
}

} // namespace attune
