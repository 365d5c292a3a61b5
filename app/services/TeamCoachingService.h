#pragma once

#include "core/History.h"
#include "core/TeamCoaching.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace attune {

class TeamHistoryLoader;

// A supervisor coaching from the history's team scope: notes, kudos and their own score on a
// team member's call, written to the team server as the supervisor's own role through the team
// scope's loader (its thread and connection, never the GUI thread). The agent's sync brings
// them down to the agent's Attune like any supervisor record.
//
// Each action gets its id once, when it is made, and keeps it through every sending: the server
// applies an id once, so sending again after a lost reply or a failure is always safe. What a
// supervisor wrote and could not save is kept (in memory only, never on disk, and forgotten at
// sign-out) so that it can be offered again. Use it on the GUI thread.
class TeamCoachingService final : public QObject
{
    Q_OBJECT

public:
    using Kind = TeamCoachingAction::Kind;

    explicit TeamCoachingService(TeamHistoryLoader& loader, QObject* parent = nullptr);

    // New actions about a listed call of the team scope, each with a new id; not sent yet.
    static TeamCoachingAction note(const HistoryRow& row, const QString& text);
    static TeamCoachingAction kudos(const HistoryRow& row, const QString& behaviour,
                                    const QString& text);
    // The score is the rubric's over `answers` (Assessment::score), as on this computer.
    static TeamCoachingAction score(const HistoryRow& row, const QMap<QString, QString>& answers);

    // Why `action` cannot be sent as it is (nothing typed, too long); empty when it can. Sending
    // it again will not help: the supervisor changes it in the form.
    static QString problem(const TeamCoachingAction& action);

    // Emits saving() at once, then saved() or failed(); false (with failed()) when it cannot
    // even be sent: nothing typed, too long, not signed in.
    bool send(const TeamCoachingAction& action);
    // The action of `kind` on `callKey` that failed last, sent again with its own id.
    bool retry(const QString& callKey, Kind kind);
    // What the supervisor wrote for `callKey` and could not save, to offer again.
    std::optional<TeamCoachingAction> unsaved(const QString& callKey, Kind kind) const;
    bool isSaving(const QString& callKey) const;
    // The call's notes, kudos and scores as the server has them.
    void read(const HistoryRow& row, std::function<void(const TeamCallCoaching&)> done);
    // Sign-out: what was kept for another try goes with the session.
    void forget();

Q_SIGNALS:
    void saving(const attune::TeamCoachingAction& action);
    // `applied` is false when the server already had it (an earlier sending arrived).
    void saved(const attune::TeamCoachingAction& action, const attune::TeamCallCoaching& after,
               bool applied);
    void failed(const attune::TeamCoachingAction& action, const QString& reason);

private:
    static QString slot(const QString& callKey, Kind kind);
    void fail(const TeamCoachingAction& action, const QString& reason);

    TeamHistoryLoader& m_loader;
    QHash<QString, TeamCoachingAction> m_unsaved; // by slot()
    QHash<QString, int> m_inFlight;               // sendings per call key
    quint64 m_session = 0; // forget() drops the answers of sendings made before it
};

} // namespace attune
