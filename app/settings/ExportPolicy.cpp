#include "ExportPolicy.h"

#include "Settings.h"

namespace attune {

ExportPolicy ExportPolicy::fromSettings(const Settings& settings)
{
    return ExportPolicy(settings.allowExport());
}

bool ExportPolicy::check(QString* reason) const
{
    if (m_allowed)
        return true;
    if (reason)
        *reason = tr("exporting is turned off by your IT department (%1); nothing was written")
                      .arg(Settings::keyName(SettingKey::AllowExport));
    return false;
}

} // namespace attune
