#include "Settings.h"

#include "breathing/BreathingPattern.h"
#include "core/Logging.h"
#include "core/PrivatePath.h"
#include "core/TextRule.h"
#include "empathy/PhraseLibrary.h"
#include "integration/ApiToken.h"
#include "profile/PhoneNumber.h"
#include "supervisor/SupervisorAccess.h"
#include "team/TeamSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace attune {

namespace {

// An IPv4 or IPv6 address (IPv6 with a "%interface" scope, as QHostAddress takes it), checked
// with libc's parser: QHostAddress would make the executable load Qt Network before the first
// frame (integration/NetModule.h).
bool isIpAddress(const QString& text)
{
    const QByteArray bytes = text.toLatin1();
    if (text.size() != bytes.size() || bytes.contains('\0'))
        return false;
    unsigned char address[16];
    if (inet_pton(AF_INET, bytes.constData(), address) == 1)
        return true;
    const qsizetype percent = bytes.indexOf('%');
    const QByteArray scope = percent < 0 ? QByteArray() : bytes.mid(percent + 1);
    static const QRegularExpression scopeName(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (percent >= 0 && !scopeName.match(QString::fromLatin1(scope)).hasMatch())
        return false;
    return inet_pton(AF_INET6, bytes.left(percent < 0 ? bytes.size() : percent).constData(),
                     address) == 1;
}

struct KeyInfo
{
    SettingKey key;
    const char* name;
    QVariant fallback;
    QStringList choices; // for string keys with a closed set of values; empty: any
};

const QList<KeyInfo>& keyTable()
{
    static const QList<KeyInfo> table = {
        {SettingKey::DockEdge,
         "ui/dockEdge",
         QStringLiteral("right"),
         {QStringLiteral("right"), QStringLiteral("left")}},
        {SettingKey::AlwaysOnTop, "ui/alwaysOnTop", true, {}},
        {SettingKey::CompactMode, "ui/compact", false, {}},
        // Off by default: a highlight is enough, and raising can cover the agent's CRM.
        {SettingKey::RaiseOnCall, "ui/raiseOnCall", false, {}},
        {SettingKey::ReducedMotion, "ui/reducedMotion", false, {}},
        {SettingKey::Theme,
         "ui/theme",
         QStringLiteral("system"),
         {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
          QStringLiteral("contrast")}},
        {SettingKey::Language, "ui/language", QString(), {}},
        {SettingKey::ShowTrayIcon, "ui/trayIcon", true, {}},
        {SettingKey::PhraseLibraryPath, "empathy/phraseLibrary", QString(), {}},
        {SettingKey::PromptBudget, "empathy/promptBudget", QStringLiteral("20"), {}},
        {SettingKey::MutedTechniques, "empathy/mutedTechniques", QString(), {}},
        {SettingKey::BreathingPatterns, "breathing/patterns", QString(), {}},
        {SettingKey::AssessmentRubricPath, "assessment/rubric", QString(), {}},
        {SettingKey::PracticeScenarioFolder, "practice/scenarioFolder", QString(), {}},
        {SettingKey::DefaultCountry, "profile/defaultCountry", QString(), {}},
        {SettingKey::SupervisorPinHash, "supervisor/pinHash", QString(), {}},
        {SettingKey::MyBreathingPatterns, "breathing/myPatterns", QString(), {}},
        // Keep everything unless IT decides otherwise: deleting an agent's history is not ours
        // to choose.
        {SettingKey::RetentionDays, "privacy/retentionDays", QStringLiteral("0"), {}},
        {SettingKey::AllowPrivateNotes, "privacy/allowPrivateNotes", true, {}},
        {SettingKey::AllowExport, "privacy/allowExport", true, {}},
        {SettingKey::BaresipEnabled, "integration/baresipEnabled", false, {}},
        {SettingKey::BaresipHost, "integration/baresipHost", QStringLiteral("127.0.0.1"), {}},
        // baresip's own default ctrl_tcp port.
        {SettingKey::BaresipPort, "integration/baresipPort", QStringLiteral("4444"), {}},
        // Off by default: listening to the customer is the agent's or IT's decision.
        {SettingKey::TranscribeCalls, "integration/transcribeCalls", false, {}},
        // Off by default: a listening socket is opened only when someone asks for it.
        {SettingKey::WebSocketEnabled, "api/websocketEnabled", false, {}},
        {SettingKey::WebSocketPort, "api/websocketPort", QStringLiteral("47651"), {}},
        {SettingKey::ApiToken, "api/token", QString(), {}},
        {SettingKey::AllowedOrigins, "api/allowedOrigins", QString(), {}},
        // No team server unless IT names one: nothing leaves the machine by default.
        {SettingKey::TeamServer, "team/server", QString(), {}},
        {SettingKey::TeamPort, "team/port", QStringLiteral("5432"), {}},
        {SettingKey::TeamDatabase, "team/database", QStringLiteral("attune"), {}},
        {SettingKey::TeamUser, "team/user", QString(), {}},
        {SettingKey::TeamPasswordFile, "team/passwordFile", QString(), {}},
        {SettingKey::TeamCaFile, "team/caFile", QString(), {}},
        {SettingKey::TeamCertFile, "team/certFile", QString(), {}},
        {SettingKey::TeamKeyFile, "team/keyFile", QString(), {}},
        {SettingKey::TeamShareWellbeing, "team/shareWellbeing", false, {}},
        {SettingKey::BreathingPattern, "breathing/pattern", QStringLiteral("box"), {}},
        {SettingKey::BreathingLength,
         "breathing/length",
         QStringLiteral("60s"),
         {QStringLiteral("30s"), QStringLiteral("60s"), QStringLiteral("120s"),
          QStringLiteral("300s"), QStringLiteral("3 breaths"), QStringLiteral("6 breaths"),
          QStringLiteral("10 breaths")}},
    };
    return table;
}

const KeyInfo& info(SettingKey key)
{
    for (const KeyInfo& entry : keyTable()) {
        if (entry.key == key)
            return entry;
    }
    Q_UNREACHABLE();
}

bool isBoolKey(SettingKey key)
{
    return info(key).fallback.typeId() == QMetaType::Bool;
}

// QSettings' INI format reads "true" back as a string, and the Windows registry a REG_DWORD
// as a number; normalise to the key's type.
QVariant normalised(SettingKey key, const QVariant& raw)
{
    if (isBoolKey(key)) {
        if (raw.typeId() == QMetaType::Int || raw.typeId() == QMetaType::UInt ||
            raw.typeId() == QMetaType::LongLong || raw.typeId() == QMetaType::ULongLong) {
            if (raw.toLongLong() == 0 || raw.toLongLong() == 1)
                return raw.toLongLong() == 1;
            return raw.toString();
        }
        if (raw.typeId() == QMetaType::QString) {
            const QString text = raw.toString().trimmed().toLower();
            if (text == QLatin1String("true") || text == QLatin1String("1"))
                return true;
            if (text == QLatin1String("false") || text == QLatin1String("0"))
                return false;
            return raw;
        }
        return raw;
    }
    return raw.toString();
}

const QString kDefaultsGroup = QStringLiteral("Defaults/");
const QString kGeometryKey = QStringLiteral("state/windowGeometry");

// A registry path (HKEY_LOCAL_MACHINE\Software\Attune) is read natively, a file as INI.
std::unique_ptr<QSettings> openScope(const QString& location)
{
    if (location.startsWith(QLatin1String("HKEY_")))
        return std::make_unique<QSettings>(location, QSettings::NativeFormat);
    return std::make_unique<QSettings>(location, QSettings::IniFormat);
}

// QSettings reads its whole file, blocking, the moment it is made: a FIFO in its place would
// hang the start and a link to /dev/zero would eat the memory. A settings file is a little text.
constexpr qint64 kMaxSettingsFileBytes = 1024 * 1024;

// Why the file at `location` cannot be read as settings, or empty when it can (or is absent).
QString unusableSettingsFile(const QString& location)
{
    if (location.startsWith(QLatin1String("HKEY_")))
        return {};
    const QFileInfo file(location); // follows a symbolic link to what it names
    if (!file.exists())
        return {};
    if (!file.isFile())
        return QStringLiteral("not an ordinary file");
    if (file.size() > kMaxSettingsFileBytes)
        return QStringLiteral("larger than %1 bytes").arg(kMaxSettingsFileBytes);
    // QSettings reads a file it may not open as an empty one, without a word: IT's policy made
    // 0600 to hide the PIN verifier then locked nothing, and nobody could tell.
    if (::access(QFile::encodeName(location).constData(), R_OK) != 0)
        return QStringLiteral("cannot be read by this user (%1)")
            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

} // namespace

Settings::Settings(const QString& userFile, const QString& systemFile)
    : m_userFile(userFile)
    , m_systemFile(systemFile)
{
    // An unreadable file is left alone, never overwritten: the agent's changes then last until
    // Attune quits (in a private scratch folder), and IT's file counts as absent, which the log
    // says with the file and the reason.
    const auto scope = [this](const QString& location, const char* whose) {
        const QString reason = unusableSettingsFile(location);
        if (reason.isEmpty())
            return openScope(location);
        qCWarning(lcSettings).noquote()
            << QStringLiteral("%1: %2 (ignored; %3)")
                   .arg(location, reason,
                        QLatin1String(whose) == QLatin1String("user")
                            ? QStringLiteral("changes are kept until Attune quits")
                            : QStringLiteral("read as if there were no policy"));
        if (!m_scratch)
            m_scratch = std::make_unique<QTemporaryDir>();
        return std::make_unique<QSettings>(
            m_scratch->filePath(QLatin1String(whose) + QStringLiteral(".conf")),
            QSettings::IniFormat);
    };
    m_user = scope(userFile, "user");
    m_userUsable = unusableSettingsFile(userFile).isEmpty();
    m_system = scope(systemFile, "system");
#ifdef Q_OS_WIN
    // Untested here (CI is Debian): Group Policy's place for Attune, locking above the rest.
    if (systemFile.startsWith(QLatin1String("HKEY_")))
        m_policy = openScope(QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\Attune"));
#endif
    // A bad value in either file is reported with the file and the key, then ignored (value()
    // takes the next layer that may decide), so one typo never stops the app.
    const auto check = [](const QSettings& file, const QString& fileName, const QString& key,
                          SettingKey setting) {
        if (!file.contains(key))
            return;
        const QString problem = validate(setting, file.value(key));
        if (!problem.isEmpty())
            qCWarning(lcSettings).noquote() << TextRule::forTerminal(
                QStringLiteral("%1: %2: %3 (ignored)").arg(fileName, key, problem));
    };
    for (SettingKey key : allKeys()) {
        if (m_policy)
            check(*m_policy, m_policy->fileName(), keyName(key), key);
        check(*m_system, m_systemFile, keyName(key), key);
        check(*m_system, m_systemFile, kDefaultsGroup + keyName(key), key);
        check(*m_user, m_userFile, keyName(key), key);
        if (isItOnly(key) && m_user->contains(keyName(key)))
            qCWarning(lcSettings).noquote()
                << QStringLiteral("%1: %2 is read from %3 only (ignored)")
                       .arg(m_userFile, keyName(key), m_systemFile);
    }
}

Settings::~Settings() = default;

QString Settings::defaultUserFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/Attune/Attune.conf");
}

QString Settings::defaultSystemFile()
{
#ifdef Q_OS_WIN
    // Untested here (CI is Debian): the machine-wide registry key IT's installer or GPO fills.
    return QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Attune");
#else
    // Fixed, as browsers read their managed policy: $XDG_CONFIG_DIRS belongs to whoever starts
    // the process, so honouring it would let an agent swap IT's policy for a file of their own.
    return QStringLiteral(ATTUNE_SYSTEM_POLICY_FILE);
#endif
}

QList<SettingKey> Settings::allKeys()
{
    QList<SettingKey> keys;
    for (const KeyInfo& entry : keyTable())
        keys.append(entry.key);
    return keys;
}

QString Settings::keyName(SettingKey key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::builtInDefault(SettingKey key)
{
    return info(key).fallback;
}

QString Settings::validate(SettingKey key, const QVariant& value)
{
    const KeyInfo& entry = info(key);
    const QVariant typed = normalised(key, value);
    if (isBoolKey(key)) {
        if (typed.typeId() != QMetaType::Bool)
            return Settings::tr("expected true or false, got \"%1\"").arg(value.toString());
        return {};
    }
    if (key == SettingKey::PromptBudget) {
        bool ok = false;
        const int budget = typed.toString().toInt(&ok);
        if (!ok || budget < 0 || budget > 1000)
            return Settings::tr("expected a whole number from 0 (no limit) to 1000, got \"%1\"")
                .arg(value.toString());
        return {};
    }
    if (key == SettingKey::RetentionDays) {
        bool ok = false;
        const int days = typed.toString().trimmed().toInt(&ok);
        if (!ok || days < 0 || days > 36500)
            return Settings::tr("expected a number of days from 0 (keep forever) to 36500, got "
                                "\"%1\"")
                .arg(value.toString());
        return {};
    }
    if (key == SettingKey::MutedTechniques) {
        for (const QString& name : typed.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Technique technique;
            if (!techniqueFromName(name.trimmed(), &technique))
                return Settings::tr("\"%1\" is not a technique").arg(name.trimmed());
        }
        return {};
    }
    if (key == SettingKey::SupervisorPinHash) {
        QString problem;
        if (!typed.toString().isEmpty() && !SupervisorPin::isWellFormed(typed.toString(), &problem))
            return problem;
        return {};
    }
    if (key == SettingKey::BaresipPort || key == SettingKey::WebSocketPort ||
        key == SettingKey::TeamPort) {
        bool ok = false;
        const int port = typed.toString().toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Settings::tr("expected a port number from 1 to 65535, got \"%1\"")
                .arg(value.toString());
        return {};
    }
    if (key == SettingKey::TeamPasswordFile || key == SettingKey::TeamCaFile ||
        key == SettingKey::TeamCertFile || key == SettingKey::TeamKeyFile) {
        // Handed to libpq (quoted, TeamSchema::connectOptions), whose options QPSQL splits at
        // ';'; a relative path would depend on the folder Attune was started from.
        const QString path = typed.toString();
        if (path.isEmpty() || (QDir::isAbsolutePath(path) && !path.contains(QLatin1Char(';')) &&
                               TextRule::check(path, TextRule::Kind::Detail, QString()).isEmpty()))
            return {};
        return Settings::tr("expected an absolute file path without ';' or control characters, "
                            "got \"%1\"")
            .arg(TextRule::forTerminal(path.left(200)));
    }
    if (key == SettingKey::TeamUser || key == SettingKey::TeamDatabase) {
        const QString name = typed.toString().trimmed();
        if (name.isEmpty() || TeamSchema::isValidName(name))
            return {};
        return Settings::tr("expected lower-case letters, digits, '.', '_' or '-', starting with "
                            "a letter, got \"%1\"")
            .arg(name);
    }
    if (key == SettingKey::BaresipHost ||
        (key == SettingKey::TeamServer && !typed.toString().trimmed().isEmpty())) {
        // A host name or an address; nothing that could carry a port, a path or a scheme.
        static const QRegularExpression hostName(
            QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                           "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*$"));
        const QString host = typed.toString().trimmed();
        if (isIpAddress(host) || (host.size() <= 253 && hostName.match(host).hasMatch()))
            return {};
        return Settings::tr("expected a host name or an IP address, got \"%1\"").arg(host);
    }
    if (key == SettingKey::ApiToken) {
        const QString token = typed.toString();
        if (!token.isEmpty() && !ApiToken::isWellFormed(token))
            return Settings::tr("expected at least 32 letters, digits, '-' or '_'");
        return {};
    }
    if (key == SettingKey::AllowedOrigins) {
        static const QRegularExpression origin(
            QStringLiteral("^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$|^https?://"
                           "\\[[0-9a-fA-F:]+\\](:[0-9]{1,5})?/?$"));
        for (const QString& entry : typed.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!origin.match(entry.trimmed()).hasMatch())
                return Settings::tr("\"%1\" is not an origin like https://crm.example.com")
                    .arg(entry.trimmed());
        }
        return {};
    }
    if (key == SettingKey::DefaultCountry) {
        const QString code = typed.toString();
        if (!code.isEmpty() && !PhoneNumber::isKnownCountry(code))
            return Settings::tr("expected one of %1, got \"%2\"")
                .arg(PhoneNumber::knownCountries().join(QLatin1String(", ")), code);
        return {};
    }
    if (key == SettingKey::Language) {
        // The languages Attune is translated into (translations/); a regional variant of one
        // (es_MX) takes that one. Anything else would silently show English, so it is refused,
        // logged with its file and key, and the system's language decides.
        static const QStringList shipped = {QStringLiteral("en"), QStringLiteral("es"),
                                            QStringLiteral("de"), QStringLiteral("fr"),
                                            QStringLiteral("pt_BR")};
        const QString name = typed.toString().trimmed();
        if (name.isEmpty())
            return {};
        static const QRegularExpression localeName(
            QStringLiteral("^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"));
        const QLocale::Language language = QLocale(name).language();
        if (localeName.match(name).hasMatch() && language != QLocale::C) {
            for (const QString& candidate : shipped) {
                if (QLocale(candidate).language() == language)
                    return {};
            }
        }
        return Settings::tr("expected one of %1, got \"%2\"")
            .arg(shipped.join(QLatin1String(", ")), name);
    }
    if (key == SettingKey::BreathingPatterns || key == SettingKey::MyBreathingPatterns) {
        QList<BreathingPattern> patterns;
        QString problem;
        if (!BreathingPattern::parseList(typed.toString(), &patterns, &problem))
            return problem;
        return {};
    }
    if (!entry.choices.isEmpty() && !entry.choices.contains(typed.toString()))
        return Settings::tr("expected one of %1, got \"%2\"")
            .arg(entry.choices.join(QLatin1String(", ")), typed.toString());
    return {};
}

QVariant Settings::value(SettingKey key) const
{
    if (isItOnly(key))
        return itValue(key);
    const QString name = keyName(key);
    // A value that does not validate is ignored (and was logged at start), so a typo in a
    // policy file falls back to the next layer instead of breaking the app.
    const auto usable = [key](const QVariant& raw) { return validate(key, raw).isEmpty(); };
    const QSettings* locking = lockingScope(key);
    if (locking && usable(locking->value(name)))
        return normalised(key, locking->value(name));
    // A locked key never falls through to the agent's value, even when IT's value is broken.
    if (!locking && m_user->contains(name) && usable(m_user->value(name)))
        return normalised(key, m_user->value(name));
    if (m_system->contains(kDefaultsGroup + name) && usable(m_system->value(kDefaultsGroup + name)))
        return normalised(key, m_system->value(kDefaultsGroup + name));
    return info(key).fallback;
}

QStringList Settings::mutedTechniques() const
{
    QStringList names;
    for (const QString& name :
         value(SettingKey::MutedTechniques).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        names << name.trimmed();
    return names;
}

QString Settings::supervisorPinHash() const
{
    const QSettings* locking = lockingScope(SettingKey::SupervisorPinHash);
    if (!locking)
        return {};
    const QString hashed = locking->value(keyName(SettingKey::SupervisorPinHash)).toString();
    return validate(SettingKey::SupervisorPinHash, hashed).isEmpty() ? hashed : QString();
}

bool Settings::teamShareWellbeing() const
{
    const QSettings* locking = lockingScope(SettingKey::TeamShareWellbeing);
    if (!locking)
        return false;
    const QVariant shared = locking->value(keyName(SettingKey::TeamShareWellbeing));
    return validate(SettingKey::TeamShareWellbeing, shared).isEmpty() &&
           normalised(SettingKey::TeamShareWellbeing, shared).toBool();
}

QString Settings::apiToken() const
{
    const QString name = keyName(SettingKey::ApiToken);
    if (!m_system->contains(name))
        return {};
    const QString token = m_system->value(name).toString().trimmed();
    return validate(SettingKey::ApiToken, token).isEmpty() ? token : QString();
}

QStringList Settings::allowedOrigins() const
{
    QStringList origins;
    for (const QString& entry :
         value(SettingKey::AllowedOrigins).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        origins << entry.trimmed();
    return origins;
}

QString Settings::defaultCountry() const
{
    const QString chosen = value(SettingKey::DefaultCountry).toString();
    if (!chosen.isEmpty())
        return chosen.toUpper();
    return QLocale::system().name().section(QLatin1Char('_'), 1, 1);
}

QList<BreathingPattern> Settings::extraBreathingPatterns() const
{
    QList<BreathingPattern> all;
    for (SettingKey key : {SettingKey::BreathingPatterns, SettingKey::MyBreathingPatterns}) {
        QList<BreathingPattern> patterns;
        QString problem;
        if (BreathingPattern::parseList(value(key).toString(), &patterns, &problem))
            all += patterns;
    }
    return all;
}

const QSettings* Settings::lockingScope(SettingKey key) const
{
    const QString name = keyName(key);
    if (m_policy && m_policy->contains(name))
        return m_policy.get();
    if (m_system->contains(name))
        return m_system.get();
    return nullptr;
}

bool Settings::isItOnly(SettingKey key)
{
    return key == SettingKey::TeamServer || key == SettingKey::TeamPort ||
           key == SettingKey::TeamDatabase || key == SettingKey::TeamCaFile;
}

QVariant Settings::itValue(SettingKey key) const
{
    const QString name = keyName(key);
    const auto usable = [key](const QVariant& raw) { return validate(key, raw).isEmpty(); };
    if (const QSettings* locking = lockingScope(key); locking && usable(locking->value(name)))
        return normalised(key, locking->value(name));
    if (m_system->contains(kDefaultsGroup + name) && usable(m_system->value(kDefaultsGroup + name)))
        return normalised(key, m_system->value(kDefaultsGroup + name));
    return info(key).fallback;
}

bool Settings::isLocked(SettingKey key) const
{
    return isItOnly(key) || lockingScope(key) != nullptr;
}

QString Settings::lockedBy(SettingKey key) const
{
    const QSettings* locking = lockingScope(key);
    if (locking)
        return locking->fileName();
    return isItOnly(key) ? m_systemFile : QString();
}

bool Settings::setValue(SettingKey key, const QVariant& newValue, QString* error)
{
    if (isLocked(key)) {
        if (error)
            *error = Settings::tr("%1 is set by your IT department and cannot be changed here.")
                         .arg(keyName(key));
        return false;
    }
    const QString problem = validate(key, newValue);
    if (!problem.isEmpty()) {
        if (error)
            *error = keyName(key) + QLatin1String(": ") + problem;
        return false;
    }
    const QVariant before = value(key);
    m_user->setValue(keyName(key), normalised(key, newValue));
    persistUserFile();
    if (before != value(key))
        changed(key);
    return true;
}

DockEdge Settings::dockEdge() const
{
    return value(SettingKey::DockEdge).toString() == QLatin1String("left") ? DockEdge::Left
                                                                           : DockEdge::Right;
}

Theme Settings::theme() const
{
    const QString name = value(SettingKey::Theme).toString();
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    if (name == QLatin1String("contrast"))
        return Theme::HighContrast;
    return Theme::System;
}

QByteArray Settings::windowGeometry() const
{
    return m_user->value(kGeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    // Called at every quit: a window that did not move leaves the file as it is, rather than
    // rewriting it (a new file, synced to disk, renamed over the old) on the way out.
    if (m_user->value(kGeometryKey).toByteArray() == geometry)
        return;
    m_user->setValue(kGeometryKey, geometry);
    persistUserFile();
}

void Settings::persistUserFile()
{
    if (!m_userUsable) {
        m_user->sync(); // into the scratch folder, for this run only
        return;
    }
    // The folder may hold other private files (the API token, later), so it is 0700 and the
    // file 0600, whatever the umask says.
    // Through PrivatePath, which never changes what a link points at; a folder it refuses
    // (another user's, or writable by others) gets none of the agent's settings.
    const QFileInfo file(m_userFile);
    QString problem;
    if (!PrivatePath::usable(PrivatePath::makeFolderPrivate(file.absolutePath(), &problem))) {
        qCWarning(lcSettings).noquote() << "the user settings are not written:" << problem;
        return;
    }
    m_user->sync();
    if (m_user->status() != QSettings::NoError)
        qCWarning(lcSettings) << "could not write the user settings file";
    if (!PrivatePath::usable(PrivatePath::makeFilePrivate(m_userFile, &problem)))
        qCWarning(lcSettings).noquote() << problem;
}

} // namespace attune
