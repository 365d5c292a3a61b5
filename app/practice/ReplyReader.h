#pragma once

#include "practice/PracticeBehaviour.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <array>

namespace attune {

// What the reader found in one reply: the behaviours shown and, for each, the words that showed
// it, so the feedback can say why.
struct ReplyReading
{
    PracticeBehaviours shown = 0;
    std::array<QStringList, kPracticeBehaviourCount> evidence;

    bool has(PracticeBehaviour behaviour) const { return shown & bit(behaviour); }
    const QStringList& evidenceFor(PracticeBehaviour behaviour) const
    {
        return evidence[std::size_t(behaviour)];
    }
};

// Recognises the behaviours of docs/practice.md in an agent's *practice* reply, in one language,
// from rules and lexicons kept as data (resources/practice/<lang>.json).
//
// It reads practice text only. Live calls never go through it: Attune reads the customer's
// words for cues and never reads, scores or judges what an agent says on a real call. Nothing on
// the call path (CallSession, EmpathyEngine, the integrations) may hold a ReplyReader.
class ReplyReader
{
    Q_DECLARE_TR_FUNCTIONS(ReplyReader)

public:
    // Validates the whole file; on failure `error` reads "file:line: field "name": problem" and
    // the reader keeps what it held.
    bool load(const QByteArray& json, const QString& fileName, QString* error);
    bool loadFile(const QString& path, QString* error);
    // The built-in rules for `language` (en, es, de, fr, pt; pt_BR reads as pt), English when
    // the language has none.
    static QString builtInPath(const QString& language);

    bool isLoaded() const { return !m_language.isEmpty(); }
    // Compiles (and JIT-compiles) every pattern now; otherwise each compiles on its first match.
    // Loading only checks them: the compile is most of a load's cost.
    void compilePatterns() const;
    QString language() const { return m_language; }

    // `addressAs` is how the scenario's customer is addressed ("Ms Whitfield"); `fullName` their
    // name ("Dana Whitfield"): either, or its surname, counts as using the name.
    ReplyReading read(const QString& reply, const QString& addressAs,
                      const QString& fullName = QString()) const;

    // The most a reply may hold; longer ones are refused before reading.
    static constexpr qsizetype kMaxReplyLength = 2000;

private:
    enum class Scope : quint8
    {
        Any,
        Question,
        Statement
    };
    struct Rule
    {
        Scope scope = Scope::Any;
        QList<QRegularExpression> match;
        QList<QRegularExpression> unless;
    };

    QString m_language;
    QStringList m_honorifics; // lower case, without a trailing dot
    std::array<QList<Rule>, kPracticeBehaviourCount> m_rules;
};

} // namespace attune
