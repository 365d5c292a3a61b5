#pragma once

#include <QCoreApplication>
#include <QString>

namespace attune {

// The secret every WebSocket client presents. Unless IT sets one (api/token in the system
// scope), Attune generates 256 random bits on first use into a file only the agent can read
// (0600, in their 0700 config folder), where the contact center's connector reads it.
class ApiToken
{
    Q_DECLARE_TR_FUNCTIONS(ApiToken)

public:
    // Reads the token in `file`, creating the file (and its folder) with a fresh token when
    // there is none. A file others may read is tightened to 0600 first.
    static bool loadOrCreate(const QString& file, QString* token, QString* error);
    // Where the generated token lives: beside the user settings file, in its 0700 folder.
    static QString fileBeside(const QString& userSettingsFile);
    // 32 random bytes from the system's generator, base64url without padding (43 characters).
    static QString generate();
    // At least 32 characters of base64url, so a guessable word is refused.
    static bool isWellFormed(const QString& token);
    // Compares in time that does not depend on where the two differ.
    static bool matches(const QString& expected, const QString& presented);
};

} // namespace attune
