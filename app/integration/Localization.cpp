#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

#include <cstring>

namespace attune {

namespace {

// English is the source language, so it has no catalogue, but its counts still need their two
// forms: "Imported 1 survey answer", "2 survey answers". A source text marks the counted noun as
// "answer(s)" beside its %n; this gives the singular for one and the regular plural otherwise
// (reply -> replies). Every other language's forms are in its .ts file (numerusform).
class EnglishPlurals final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool isEmpty() const override { return false; }

    QString translate(const char*, const char* sourceText, const char*, int n) const override
    {
        if (n < 0 || !sourceText || !std::strstr(sourceText, "(s)"))
            return {};
        static const QRegularExpression counted(QStringLiteral("([A-Za-z-]+)\\(s\\)"));
        QString text = QString::fromUtf8(sourceText);
        text.replace(counted, n == 1 ? QStringLiteral("\\1") : QStringLiteral("\\1\x01"));
        static const QRegularExpression consonantY(QStringLiteral("([^aeiou])y\x01"));
        static const QRegularExpression sibilant(QStringLiteral("(s|x|z|ch|sh)\x01"));
        text.replace(consonantY, QStringLiteral("\\1ies"))
            .replace(sibilant, QStringLiteral("\\1es"))
            .replace(QLatin1Char('\x01'), QLatin1Char('s'));
        return text;
    }
};

} // namespace

QLocale installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("attune"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
        // English, or a language Attune does not speak: the English texts, counted right.
        QCoreApplication::installTranslator(new EnglishPlurals(&app));
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace attune
