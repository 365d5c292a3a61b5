#include "PhoneNumber.h"

#include <array>

namespace attune {

namespace {

struct Country
{
    const char* iso;
    const char* callingCode;
    // The prefix dialled before a national number inside the country, dropped in E.164; empty
    // where national numbers keep every digit (Italy's leading 0 is part of the number).
    const char* trunkPrefix;
    const char* internationalPrefix;
};

constexpr std::array<Country, 26> kCountries = {{
    {"AT", "43", "0", "00"},  {"AU", "61", "0", "0011"}, {"BE", "32", "0", "00"},
    {"BR", "55", "0", "00"},  {"CA", "1", "1", "011"},   {"CH", "41", "0", "00"},
    {"DE", "49", "0", "00"},  {"DK", "45", "", "00"},    {"ES", "34", "", "00"},
    {"FI", "358", "0", "00"}, {"FR", "33", "0", "00"},   {"GB", "44", "0", "00"},
    {"IE", "353", "0", "00"}, {"IN", "91", "0", "00"},   {"IT", "39", "", "00"},
    {"JP", "81", "0", "010"}, {"MX", "52", "", "00"},    {"NL", "31", "0", "00"},
    {"NO", "47", "", "00"},   {"NZ", "64", "0", "00"},   {"PL", "48", "", "00"},
    {"PT", "351", "", "00"},  {"SE", "46", "0", "00"},   {"SG", "65", "", "000"},
    {"US", "1", "1", "011"},  {"ZA", "27", "0", "00"},
}};

const Country* countryOf(const QString& iso)
{
    for (const Country& country : kCountries) {
        if (iso.compare(QLatin1String(country.iso), Qt::CaseInsensitive) == 0)
            return &country;
    }
    return nullptr;
}

// E.164 allows at most 15 digits; below 7 nothing real is left (short codes are not callers).
constexpr int kMinDigits = 7;
constexpr int kMaxDigits = 15;

} // namespace

QStringList PhoneNumber::knownCountries()
{
    QStringList codes;
    for (const Country& country : kCountries)
        codes << QString::fromLatin1(country.iso);
    return codes;
}

bool PhoneNumber::isKnownCountry(const QString& isoCode)
{
    return countryOf(isoCode) != nullptr;
}

QString PhoneNumber::toE164(QStringView raw, const QString& defaultCountry, QString* error)
{
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = reason;
        return QString();
    };
    QString text = raw.trimmed().toString();
    // URIs from softphones: sip:+4420…@pbx;user=phone, tel:+1-555-0100;ext=12
    for (const QLatin1String scheme :
         {QLatin1String("sips:"), QLatin1String("sip:"), QLatin1String("tel:")}) {
        if (text.startsWith(scheme, Qt::CaseInsensitive)) {
            text = text.mid(scheme.size());
            break;
        }
    }
    text = text.section(QLatin1Char('@'), 0, 0)
               .section(QLatin1Char(';'), 0, 0)
               .section(QLatin1Char('?'), 0, 0);
    // "+44 (0)20 …": the bracketed trunk 0 is for dialling inside the country only.
    text.replace(QLatin1String("(0)"), QString());
    QString digits;
    bool plus = false;
    for (const QChar c : std::as_const(text)) {
        if (c.isDigit() && c.unicode() < 128) {
            digits += c;
        } else if (c == QLatin1Char('+') && digits.isEmpty() && !plus) {
            plus = true;
        } else if (QStringView(u" -./()\u00A0\u2010\u2011\u2012\u2013").contains(c)) {
            continue; // how people and CRMs make numbers readable
        } else {
            return fail(tr("\"%1\" is not a phone number").arg(raw.toString().left(40)));
        }
    }
    if (digits.isEmpty())
        return fail(tr("\"%1\" is not a phone number").arg(raw.toString().left(40)));
    const Country* home = countryOf(defaultCountry);
    QString international;
    if (plus) {
        international = digits;
    } else if (home && digits.startsWith(QLatin1String(home->internationalPrefix))) {
        international = digits.mid(int(qstrlen(home->internationalPrefix)));
    } else if (digits.startsWith(QLatin1String("00"))) {
        international = digits.mid(2); // the prefix most of the world dials abroad
    } else {
        if (!home)
            return fail(tr("\"%1\" is a national number and no default country is set")
                            .arg(raw.toString().left(40)));
        QString national = digits;
        const QLatin1String trunk(home->trunkPrefix);
        const QLatin1String code(home->callingCode);
        if (trunk.size() > 0 && national.startsWith(trunk)) {
            // In North America "1" is both the trunk prefix and the country code: only an
            // 11-digit number starting with 1 carries it.
            if (code != QLatin1String("1") || national.size() == 11)
                national = national.mid(trunk.size());
        }
        international = QString(code) + national;
    }
    if (international.size() < kMinDigits)
        return fail(tr("\"%1\" is too short to be a phone number").arg(raw.toString().left(40)));
    if (international.size() > kMaxDigits)
        return fail(
            tr("\"%1\" has more digits than any phone number").arg(raw.toString().left(40)));
    if (international.startsWith(QLatin1Char('0')))
        return fail(tr("\"%1\" does not start with a country code").arg(raw.toString().left(40)));
    return QLatin1Char('+') + international;
}

} // namespace attune
