#pragma once

#include "empathy/PhraseLibrary.h"
#include "practice/PracticeBehaviour.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace attune {

// How a practice run ended: the customer's own verdict in an end turn, or the engine's.
enum class PracticeOutcome : quint8
{
    Better,
    Same,
    Worse,
    TurnLimit, // 12 customer turns without an end turn
    Abandoned  // the agent stopped before the end
};
QLatin1String outcomeName(PracticeOutcome outcome);

// One way on from a customer turn: taken when all (`All`) or any (`Any`) of `behaviours` show in
// the agent's reply; `Otherwise` is the last and always taken.
struct PracticeBranch
{
    enum class Kind : quint8
    {
        All,
        Any,
        Otherwise
    };
    Kind kind = Kind::Otherwise;
    PracticeBehaviours behaviours = 0;
    QString target;

    bool takenFor(PracticeBehaviours shown) const;
};

struct PracticeTurn
{
    QString id;
    QString customer;
    CueTag feeling = CueTag::Neutral;
    QList<PracticeBranch> next; // empty for an end turn
    PracticeOutcome end = PracticeOutcome::Same;

    bool isEnd() const { return next.isEmpty(); }
};

// A role-play scenario (docs/practice.md): the customer Attune plays and the turns of the
// conversation, branching on what the agent's replies show. Validated as a whole at load.
class PracticeScenario
{
    Q_DECLARE_TR_FUNCTIONS(PracticeScenario)

public:
    // A run ends after at most this many customer turns, whatever the scenario's graph.
    static constexpr int kMaxTurns = 12;
    static constexpr int kMinTurns = 6;
    static constexpr qsizetype kMaxTextLength = 600;

    QString id;
    QString locale;
    QString title;
    QString summary;
    QString customerName;
    QString addressAs;
    QString start;
    QHash<QString, PracticeTurn> turns;

    const PracticeTurn* turn(const QString& turnId) const;

    // On failure `error` lists the problems, one a line: "file:line: turn "x": field "y": what".
    // `expectedId` (the file's base name) is checked when given.
    static bool load(const QByteArray& json, const QString& fileName, PracticeScenario* out,
                     QString* error, const QString& expectedId = QString());
    // Reads through JsonFile (an ordinary file of at most JsonFile::kMaxBytes).
    static bool loadFile(const QString& path, PracticeScenario* out, QString* error);
};

// The scenarios an agent can practise: the built-in ones for their language
// (:/scenarios/practice/<locale>/), then those IT deploys (practice/scenarioFolder), which
// replace a built-in one of the same id. A bad file is reported and skipped; the rest load.
class PracticeScenarioSet
{
    Q_DECLARE_TR_FUNCTIONS(PracticeScenarioSet)

public:
    // Every *.json file of `folder` (or of its `<locale>` subfolder when there is one), sorted by
    // file name. Problems are appended to `problems`, one per bad file.
    static QList<PracticeScenario> loadFolder(const QString& folder, const QString& locale,
                                              QStringList* problems);
    // Built-in for `locale` (English when it has none), then `itFolder` when not empty.
    static QList<PracticeScenario> load(const QString& locale, const QString& itFolder,
                                        QStringList* problems);
    static QString builtInFolder(const QString& locale);
    // The scenario locale for a system or UI locale ("de_DE" -> "de", "pt_PT" -> "pt_BR"),
    // English when there is none: the built-in folder and IT's locale subfolder use it.
    static QString scenarioLocale(const QString& locale);
    // More files than this in one folder are left unread (and reported): a deployed folder is a
    // few dozen scenarios, not a dump.
    static constexpr int kMaxFiles = 500;
};

} // namespace attune
