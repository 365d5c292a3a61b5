#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace attune {

// Installs Attune's own translation and Qt's for `language` ("" follows the system locale).
// Returns the locale used. English needs no file; a locale without a file falls back to it, with
// English plural forms for the counted texts ("%n answer(s)").
QLocale installTranslations(QCoreApplication& app, const QString& language);

} // namespace attune
