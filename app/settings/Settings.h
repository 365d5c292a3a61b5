#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <boost/signals2/signal.hpp>

#include <memory>

class QSettings;
class QTemporaryDir;

namespace attune {
struct BreathingPattern;
}

namespace attune {

enum class SettingKey
{
    DockEdge,
    AlwaysOnTop,
    CompactMode,
    RaiseOnCall,
    ReducedMotion,
    Theme,
    Language,
    ShowTrayIcon,
    PhraseLibraryPath,
    PromptBudget,
    MutedTechniques,
    BreathingPatterns,
    MyBreathingPatterns,
    BreathingPattern,
    BreathingLength,
    AssessmentRubricPath,
    DefaultCountry,
    SupervisorPinHash,
    RetentionDays,
    AllowPrivateNotes,
    AllowExport,
    BaresipEnabled,
    BaresipHost,
    BaresipPort,
    TranscribeCalls,
    WebSocketEnabled,
    WebSocketPort,
    ApiToken,
    AllowedOrigins,
    PracticeScenarioFolder,
    TeamServer,
    TeamPort,
    TeamDatabase,
    TeamUser,
    TeamPasswordFile,
    TeamCaFile,
    TeamCertFile,
    TeamKeyFile,
    TeamShareWellbeing,
};

enum class DockEdge
{
    Right,
    Left
};
enum class Theme
{
    System,
    Light,
    Dark,
    HighContrast // white on black, yellow focus: for low vision and bright rooms
};

// The one typed settings object. Values come from three layers, strongest first:
//   1. the system scope's top-level keys (IT policy): they lock the setting;
//   2. the user scope (what the agent chose);
//   3. the system scope's [Defaults] group (IT's defaults the agent may change);
//   4. the built-in default table.
// The system scope is /etc/xdg/Attune/Attune.conf, always: never taken from the environment
// ($XDG_CONFIG_DIRS is the agent's to set), so only root decides IT's policy;
// the user scope is $XDG_CONFIG_HOME/Attune/Attune.conf. On Windows the system scope is the
// registry: HKLM\Software\Attune (top-level values lock, its Defaults subkey does not), with
// HKLM\Software\Policies\Attune (where Group Policy writes) locking above it.
//
// A key IT wrote at the top level stays locked even when its value is invalid: the value then
// comes from IT's [Defaults] or the built-in table, never from the agent's file, so a typo in a
// policy can never hand the choice back to the agent.
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    Settings(const QString& userFile, const QString& systemFile);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    static QString defaultUserFile();
    static QString defaultSystemFile();
    static QList<SettingKey> allKeys();
    // The key as written in the .conf files ("ui/dockEdge"); documented for IT.
    static QString keyName(SettingKey key);
    static QVariant builtInDefault(SettingKey key);

    QVariant value(SettingKey key) const;
    bool isLocked(SettingKey key) const;
    // Refuses a locked key or an invalid value, with the reason in `error`.
    bool setValue(SettingKey key, const QVariant& value, QString* error = nullptr);
    // Validates without storing: the reason a value is refused, or an empty string.
    static QString validate(SettingKey key, const QVariant& value);

    DockEdge dockEdge() const;
    bool alwaysOnTop() const { return value(SettingKey::AlwaysOnTop).toBool(); }
    bool compactMode() const { return value(SettingKey::CompactMode).toBool(); }
    bool raiseOnCall() const { return value(SettingKey::RaiseOnCall).toBool(); }
    bool reducedMotion() const { return value(SettingKey::ReducedMotion).toBool(); }
    Theme theme() const;
    QString language() const { return value(SettingKey::Language).toString(); }
    bool showTrayIcon() const { return value(SettingKey::ShowTrayIcon).toBool(); }
    // A phrase library IT deploys in place of the built-in one; empty for the built-in.
    QString phraseLibraryPath() const { return value(SettingKey::PhraseLibraryPath).toString(); }
    // A folder of practice scenarios IT or supervisors deploy beside the built-in ones; empty
    // for none.
    QString practiceScenarioFolder() const
    {
        return value(SettingKey::PracticeScenarioFolder).toString();
    }
    // Suggestion refreshes per call; 0 means no limit.
    int promptBudget() const { return value(SettingKey::PromptBudget).toInt(); }
    // Technique names ("apologise", ...) the agent does not want suggested.
    QStringList mutedTechniques() const;
    // IT's breathing patterns, then the agent's own ("Name: in 4, out 6; ..."); a list that does
    // not validate is ignored as a whole (and logged with its reason).
    QList<attune::BreathingPattern> extraBreathingPatterns() const;
    // The country national phone numbers belong to (ISO code): the setting, else the system
    // locale's territory.
    QString defaultCountry() const;
    // The supervisor PIN's hash, honoured only from the system scope's top level (IT policy): an
    // agent must not be able to set the PIN that guards the supervisor view. Empty when none.
    QString supervisorPinHash() const;
    // Days of call history kept; older calls, assessments, drafts, breathing exercises and call
    // notes are purged (storage/DataRetention). 0 keeps everything.
    int retentionDays() const { return value(SettingKey::RetentionDays).toInt(); }
    // IT may want every "next time" note visible to supervisors: then none can be made private.
    bool allowPrivateNotes() const { return value(SettingKey::AllowPrivateNotes).toBool(); }
    // IT may forbid taking the agent's assessments out of Attune (`attune export`).
    bool allowExport() const { return value(SettingKey::AllowExport).toBool(); }

    // The softphone connector: baresip's ctrl_tcp address (loopback by default).
    bool baresipEnabled() const { return value(SettingKey::BaresipEnabled).toBool(); }
    QString baresipHost() const { return value(SettingKey::BaresipHost).toString(); }
    quint16 baresipPort() const { return quint16(value(SettingKey::BaresipPort).toInt()); }
    // Transcribe the customer's side of baresip calls on this computer (English only).
    bool transcribeCalls() const { return value(SettingKey::TranscribeCalls).toBool(); }
    // The loopback WebSocket API: off unless the agent or IT turns it on.
    bool webSocketEnabled() const { return value(SettingKey::WebSocketEnabled).toBool(); }
    quint16 webSocketPort() const { return quint16(value(SettingKey::WebSocketPort).toInt()); }
    // The API token IT sets, honoured only from the system scope's top level (so every agent's
    // Attune accepts the contact center's one connector); empty: the generated token file.
    QString apiToken() const;
    // Browser origins allowed to connect to the WebSocket API ("https://crm.example.com").
    QStringList allowedOrigins() const;

    // The team server (docs/team-server.md): empty, the default, keeps all history on this
    // computer. Where the history goes (server, port, database and the CA that vouches for the
    // server) is IT's decision alone: read from the system file only (its top level or its
    // [Defaults]), never from the agent's, so nobody can point the sync at a server of their own
    // and send customers' names and numbers there. Who connects (user, password file, client
    // certificate) may be the agent's.
    QString teamServer() const { return itValue(SettingKey::TeamServer).toString().trimmed(); }
    quint16 teamPort() const { return quint16(itValue(SettingKey::TeamPort).toInt()); }
    QString teamDatabase() const { return itValue(SettingKey::TeamDatabase).toString(); }
    QString teamUser() const { return value(SettingKey::TeamUser).toString(); }
    QString teamPasswordFile() const { return value(SettingKey::TeamPasswordFile).toString(); }
    QString teamCaFile() const { return itValue(SettingKey::TeamCaFile).toString(); }
    QString teamCertFile() const { return value(SettingKey::TeamCertFile).toString(); }
    QString teamKeyFile() const { return value(SettingKey::TeamKeyFile).toString(); }
    // Stress ratings stay on this computer unless IT shares them: honoured only from the system
    // scope's top level (IT policy), like the PIN's hash. An agent's own file cannot share them,
    // nor can IT's [Defaults] (which the agent may override). Also decides whether a supervisor
    // sees them in the local history.
    bool teamShareWellbeing() const;

    // Window state is not a setting IT can lock; it just comes back next time.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    QString userFile() const { return m_userFile; }
    QString systemFile() const { return m_systemFile; }
    // Where a locked key's value comes from, for messages ("/etc/xdg/Attune/Attune.conf").
    QString lockedBy(SettingKey key) const;

    boost::signals2::signal<void(SettingKey)> changed;

    // Keys only IT may set (see teamServer()): always shown as IT's, never taken from the agent.
    static bool isItOnly(SettingKey key);

private:
    // `key` as IT's system file says (top level, then [Defaults]), or the built-in default.
    QVariant itValue(SettingKey key) const;
    // The scope holding `key` at its top level: Group Policy first (Windows only), then the
    // system file. Null when the key is not locked.
    const QSettings* lockingScope(SettingKey key) const;
    void persistUserFile();

    QString m_userFile;
    QString m_systemFile;
    // Stands in for a settings file that is not an ordinary file of a sane size.
    std::unique_ptr<QTemporaryDir> m_scratch;
    bool m_userUsable = true;
    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_system;
    std::unique_ptr<QSettings> m_policy; // HKLM\Software\Policies\Attune; Windows only
};

} // namespace attune
