#include "app/core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace translations {

QString install(const QLocale &locale)
{
    auto *ours = new QTranslator(QCoreApplication::instance());
    // Tries every UI language of the locale in order (de_AT, de, …).
    if (!ours->load(locale, QStringLiteral("webcast-admin"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return ours->language();
}

} // namespace translations
