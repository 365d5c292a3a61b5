#include "TextRule.h"

#include <QList>

#include <algorithm>
#include <functional>

namespace attune {

namespace {

QString codePoint(char32_t c)
{
    return QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

// The left-to-right, right-to-left and Arabic letter marks are part of how right-to-left names
// are written (a Hebrew name with a trailing number, an Arabic name beside Latin initials); they
// only lend a direction to neutral characters and cannot reverse letters.
bool isDirectionMark(char32_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C;
}

// Explicit embeddings, overrides and isolates, with their terminators: judged by
// TextRule::withBalancedDirection, not refused one by one.
bool isExplicitDirection(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isAllowedFormatCharacter(char32_t c)
{
    return c == 0x200C || c == 0x200D || (c >= 0xE0020 && c <= 0xE007F) || isDirectionMark(c);
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
        if (category == QChar::Other_Format && !isAllowedFormatCharacter(ucs4) &&
            !isExplicitDirection(ucs4))
            return TextRule::tr("field \"%1\" contains an invisible formatting or text-direction "
                                "character (U+%2), which can make text look different from what "
                                "it is")
                .arg(field, codePoint(ucs4));
    }
    char32_t removed = 0;
    if (withBalancedDirection(text, &removed) != text)
        return TextRule::tr("field \"%1\" contains a text-direction character (U+%2) that "
                            "overrides the direction or is left unclosed, which can make text "
                            "look different from what it is")
            .arg(field, codePoint(removed));
    return {};
}

QString TextRule::withBalancedDirection(QStringView text, char32_t* firstRemoved, int* count)
{
    // Each explicit opener kept so far, by its place in `kept`, innermost last. An override
    // (U+202D, U+202E) is never kept: even closed, it shows "Elena" as "anelE" and a file's
    // ".exe" as ".txt". Embeddings and isolates are kept only when closed, and within their
    // isolate, so nothing opened inside a name runs on into what is shown after it.
    struct Open
    {
        qsizetype at; // index in `kept`, or -1 for a dropped override
        bool isolate;
    };
    QList<Open> open;
    QString kept;
    kept.reserve(text.size());
    QList<qsizetype> dropAt; // indexes in `kept` of openers found unclosed
    int removed = 0;
    const auto drop = [&](char32_t c) {
        if (removed++ == 0 && firstRemoved)
            *firstRemoved = c;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!isExplicitDirection(c)) {
            kept += text.at(i);
            continue;
        }
        if (c == 0x202D || c == 0x202E) { // LRO, RLO
            drop(c);
            open.append({-1, false});
        } else if (c == 0x202A || c == 0x202B) { // LRE, RLE
            open.append({kept.size(), false});
            kept += text.at(i);
        } else if (c >= 0x2066 && c <= 0x2068) { // LRI, RLI, FSI
            open.append({kept.size(), true});
            kept += text.at(i);
        } else if (c == 0x202C) { // PDF closes the innermost embedding or override, not an isolate
            if (!open.isEmpty() && !open.last().isolate) {
                if (open.takeLast().at >= 0)
                    kept += text.at(i);
                else
                    drop(c); // its override was dropped
            } else {
                drop(c);
            }
        } else { // PDI closes the innermost isolate, and whatever was left open inside it
            qsizetype isolate = open.size() - 1;
            while (isolate >= 0 && !open.at(isolate).isolate)
                --isolate;
            if (isolate < 0) {
                drop(c);
                continue;
            }
            while (open.size() > isolate + 1) {
                const Open inner = open.takeLast();
                if (inner.at >= 0) {
                    drop(kept.at(inner.at).unicode());
                    dropAt.append(inner.at);
                }
            }
            open.removeLast();
            kept += text.at(i);
        }
    }
    for (const Open& unclosed : std::as_const(open)) {
        if (unclosed.at >= 0) {
            drop(kept.at(unclosed.at).unicode());
            dropAt.append(unclosed.at);
        }
    }
    std::sort(dropAt.begin(), dropAt.end(), std::greater<>());
    for (const qsizetype at : std::as_const(dropAt))
        kept.remove(at, 1);
    if (count)
        *count = removed;
    return kept;
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
