#include "TextRule.h"

namespace attune {

namespace {

QString codePoint(char32_t c)
{
    return QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

bool isAllowedFormatCharacter(char32_t c)
{
    return c == 0x200C || c == 0x200D || (c >= 0xE0020 && c <= 0xE007F);
}

} // namespace

qsizetype TextRule::maxChars(Kind kind)
{
    switch (kind) {
    case Kind::Id:
        return 128;
    case Kind::Phone:
        return 64;
    case Kind::Name:
        return 200;
    case Kind::Detail:
        return 1024;
    case Kind::Text:
        return 16 * 1024;
    }
    return 0;
}

TextRule::Kind TextRule::kindOfField(QStringView field)
{
    if (field == u"callId" || field == u"customerId")
        return Kind::Id;
    if (field == u"phone")
        return Kind::Phone;
    if (field == u"text" || field == u"note")
        return Kind::Text;
    return Kind::Name;
}

QString TextRule::check(QStringView text, Kind kind, const QString& field)
{
    if (text.size() > maxChars(kind))
        return TextRule::tr("field \"%1\" is longer than %2 characters")
            .arg(field)
            .arg(maxChars(kind));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t ucs4 = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
            ++i;
        } else if (c.isSurrogate()) {
            return TextRule::tr("field \"%1\" contains an invalid character (a lone UTF-16 "
                                "surrogate)")
                .arg(field);
        }
        const QChar::Category category = QChar::category(ucs4);
        if (category == QChar::Other_Control) {
            if (kind == Kind::Text && (ucs4 == U'\n' || ucs4 == U'\t'))
                continue;
            return TextRule::tr("field \"%1\" contains a control character (U+%2)")
                .arg(field, codePoint(ucs4));
        }
        if (category == QChar::Other_Format && !isAllowedFormatCharacter(ucs4))
            return TextRule::tr("field \"%1\" contains an invisible formatting or text-direction "
                                "character (U+%2), which can make text look different from what "
                                "it is")
                .arg(field, codePoint(ucs4));
    }
    return {};
}

QString TextRule::forTerminal(QStringView text)
{
    QString shown;
    shown.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t ucs4 = c.unicode();
        qsizetype units = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
            units = 2;
        }
        const QChar::Category category = QChar::category(ucs4);
        const bool harmful = (category == QChar::Other_Control && ucs4 != U'\n' && ucs4 != U'\t') ||
                             (category == QChar::Other_Format && !isAllowedFormatCharacter(ucs4)) ||
                             (units == 1 && c.isSurrogate());
        // Each UTF-16 unit as \uXXXX: inside the JSON that `attune status` prints, that is the
        // same string, still valid JSON.
        for (qsizetype unit = i; unit < i + units; ++unit) {
            if (harmful)
                shown += QStringLiteral("\\u%1").arg(codePoint(text.at(unit).unicode()));
            else
                shown += text.at(unit);
        }
        i += units - 1;
    }
    return shown;
}

} // namespace attune
