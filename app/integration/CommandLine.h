#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace attune {

// The command line is a contract: softphones, IT scripts, packaging and tests rely on it.
// Parsing is a pure function of the arguments, so every form and every error is unit-tested.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action
    {
        RunApp,  // start the app (or raise the running one)
        Forward, // send `request` to the running instance (starting it first if none runs)
        Cues,    // read utterances on stdin, write one JSON object of cues per line on stdout
        ExportAssessments, // write the agent's own assessments to `exportFile`
        Import,            // read `importFile` (customers or contacts) into the profile store
        HashPin,           // read a supervisor PIN on stdin, print the setting line for IT
        Practice,          // open practice in the running Attune (starting it if needed)
        Team,              // IT's team server set-up: `team` says what (init, add-agent, ...)
        Help,
        Version,
        Error, // `error` says what was wrong; print it with the usage and exit 2
    };

    Action action = Action::RunApp;
    bool demo = false;
    QString screenshotFile;
    bool exitAfterFirstFrame = false;
    QJsonObject request;
    // Whether a missing instance should be started for this request (`status` must not).
    bool startsAppIfNeeded = false;
    QString error;
    // export assessments
    QString exportFormat; // "csv" or "json"
    QString exportFile;
    // import customers|contacts|cases|feedback
    QString importWhat; // "customers", "contacts", "cases" or "feedback"
    QString importFile;
    QString importMap;
    QString practiceScenario; // `attune practice [SCENARIO]`; empty: the agent chooses
    QString cueLanguage = QStringLiteral("auto"); // `attune cues --lang`: en, es, de, fr, pt, auto
    // attune team init|add-agent|add-supervisor: "action", "person", and the options by name
    // ("server", "port", "database", "user", "team", "caFile", "passwordFile", "sslMode").
    QJsonObject team;

    // `arguments` excludes the program name.
    static CommandLine parse(const QStringList& arguments);
    // `attune://call?phone=…&name=…&id=…` (a screen-pop link a contact-center desktop opens):
    // a `call.start` request, or an Error that says what is wrong with the link. Strict: only
    // those fields (and customerId), each once, with the characters a number, a name and an id
    // may have, so a crafted link cannot smuggle anything into the app.
    static CommandLine parseUrl(const QString& url);
    static QString usage();
};

// Version 1 of the local-socket protocol between the command line and the running app: one
// JSON object per line each way. Requests carry "v" and "command"; replies carry "ok" and
// either "error" or the command's result.
namespace ControlMessage {
constexpr int kVersion = 1;
constexpr int kMaxLineBytes = 64 * 1024;
} // namespace ControlMessage

} // namespace attune
