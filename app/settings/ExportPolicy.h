#pragma once

#include <QCoreApplication>
#include <QString>

namespace attune {

class Settings;

// IT's privacy/allowExport as the one thing every export asks before it writes a byte: the
// agent's `attune export`, the history's CSV and its PDF report. It has no default, so an export
// path cannot be written that forgot to ask.
class ExportPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ExportPolicy)

public:
    static ExportPolicy fromSettings(const Settings& settings);
    static ExportPolicy allowed() { return ExportPolicy(true); }
    static ExportPolicy forbidden() { return ExportPolicy(false); }

    bool isAllowed() const { return m_allowed; }
    // True when exporting is allowed; otherwise false with the reason (naming the key, so the
    // agent knows whom to ask and IT can find the line) in `reason` when given.
    bool check(QString* reason) const;

private:
    explicit ExportPolicy(bool allowed)
        : m_allowed(allowed)
    {}
    bool m_allowed;
};

} // namespace attune
