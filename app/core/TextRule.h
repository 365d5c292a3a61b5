#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace attune {

// The one rule for text that comes from outside the app: the local socket (`attune call …`,
// `attune call say`, assessment drafts), the WebSocket API, `attune://` links and baresip's
// peer names all take a field only when this says so, so a name or a line is refused (or
// taken) the same way whichever way it came. docs/integration.md ("Text") states it.
//
// A field is refused when it is longer than its kind allows, holds a control character (only
// multi-line text may hold line feeds and tabs), a lone UTF-16 surrogate, or an invisible
// formatting character of Unicode category Cf: the right-to-left override U+202E and its kin can
// make a name read differently on screen from what it is. The zero-width joiner and non-joiner
// (U+200C, U+200D), the emoji tag characters (U+E0020–U+E007F) and the direction marks (U+200E,
// U+200F, U+061C) stay allowed, since emoji and several scripts need them; embeddings and
// isolates only when closed within the field (withBalancedDirection).
class TextRule
{
    Q_DECLARE_TR_FUNCTIONS(TextRule)

public:
    enum class Kind
    {
        Id,     // call and customer ids: 128 characters
        Phone,  // a number as written: 64
        Name,   // a person's name, a speaker, a label: 200
        Detail, // one line of further detail (a CRM field): 1,024
        Text,   // what was said, a note: 16,384, line feeds and tabs allowed
    };

    static qsizetype maxChars(Kind kind);
    // Empty when `text` may be taken as `kind`; otherwise why not, naming `field`.
    static QString check(QStringView text, Kind kind, const QString& field);
    // `text` without what could make it read differently from what it is, the one rule for
    // text-direction controls on every way a name or a line comes in: overrides (U+202D,
    // U+202E) always go, with the terminator that closed them; embeddings (U+202A, U+202B) and
    // isolates (U+2066–U+2068) stay only when closed (U+202C, U+2069) within the text and
    // within their isolate, so nothing opened inside a name runs on into what follows it;
    // stray terminators go. Right-to-left letters and the direction marks are kept.
    // `firstRemoved` gets the first character taken out, `count` how many.
    static QString withBalancedDirection(QStringView text, char32_t* firstRemoved = nullptr,
                                         int* count = nullptr);
    // The kind of a request field by its name, for the local socket and the WebSocket API:
    // "callId" and "customerId" are ids, "text" and "note" text, and so on.
    static Kind kindOfField(QStringView field);
    // What the command line prints, made harmless for a terminal: every character the rule
    // refuses in multi-line text (a control character other than line feed and tab, a lone
    // surrogate, a formatting character) is shown as \uXXXX. Messages quote the files and
    // arguments they refuse, and an escape sequence in a CRM export's header cleared the
    // agent's screen and retitled the window.
    static QString forTerminal(QStringView text);
};

} // namespace attune
