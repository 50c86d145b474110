#pragma once

#include <QLocale>

// Loads the translation for the user's language (the system locale: LANGUAGE,
// LC_ALL, LC_MESSAGES, LANG) into the running application: ours, built into
// the program from resources/translations, and Qt's own for its standard
// dialogs. English needs nothing. Call once the application object exists.
namespace translations {

// The language that was loaded ("de"), or empty when the program stays English.
QString install(const QLocale &locale = QLocale());

} // namespace translations
