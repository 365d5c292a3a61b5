#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <boost/signals2/signal.hpp>

#include <memory>

class QSettings;

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
    BaresipEnabled,
    BaresipHost,
    BaresipPort,
    WebSocketEnabled,
    WebSocketPort,
    ApiToken,
    AllowedOrigins,
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
    Dark
};

// The one typed settings object. Values come from three layers, strongest first:
//   1. the system scope's top-level keys (IT policy): they lock the setting;
//   2. the user scope (what the agent chose);
//   3. the system scope's [Defaults] group (IT's defaults the agent may change);
//   4. the built-in default table.
// The system scope is /etc/xdg/Attune/Attune.conf (the first folder of $XDG_CONFIG_DIRS);
// the user scope is $XDG_CONFIG_HOME/Attune/Attune.conf.
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

    // The softphone connector: baresip's ctrl_tcp address (loopback by default).
    bool baresipEnabled() const { return value(SettingKey::BaresipEnabled).toBool(); }
    QString baresipHost() const { return value(SettingKey::BaresipHost).toString(); }
    quint16 baresipPort() const { return quint16(value(SettingKey::BaresipPort).toInt()); }
    // The loopback WebSocket API: off unless the agent or IT turns it on.
    bool webSocketEnabled() const { return value(SettingKey::WebSocketEnabled).toBool(); }
    quint16 webSocketPort() const { return quint16(value(SettingKey::WebSocketPort).toInt()); }
    // The API token IT sets, honoured only from the system scope's top level (so every agent's
    // Attune accepts the contact center's one connector); empty: the generated token file.
    QString apiToken() const;
    // Browser origins allowed to connect to the WebSocket API ("https://crm.example.com").
    QStringList allowedOrigins() const;

    // Window state is not a setting IT can lock; it just comes back next time.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    QString userFile() const { return m_userFile; }
    QString systemFile() const { return m_systemFile; }

    boost::signals2::signal<void(SettingKey)> changed;

private:
    void persistUserFile();

    QString m_userFile;
    QString m_systemFile;
    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_system;
};

} // namespace attune
