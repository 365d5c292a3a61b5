#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace attune {

// Phone numbers as softphones, contact-center feeds and CRM exports write them, brought to one
// form (E.164, "+442079460321") so a caller can be found whatever the source wrote.
struct PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    // Handles spaces, dashes, dots, slashes and brackets; "+44 (0)20…"; a leading 00 (and 011
    // in North America); the trunk 0 of national numbers; sip:, sips: and tel: URIs with their
    // ";parameters" and "@host". `defaultCountry` (ISO 3166 alpha-2, e.g. "GB") says what a
    // national number belongs to. Returns an empty string, with the reason in `error`, for what
    // is not a number ("anonymous", letters, too short or too long).
    static QString toE164(QStringView raw, const QString& defaultCountry, QString* error = nullptr);

    // The countries toE164 knows, for settings and their validation.
    static QStringList knownCountries();
    static bool isKnownCountry(const QString& isoCode);
};

} // namespace attune
