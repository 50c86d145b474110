#pragma once

#include <QString>

class QLineEdit;

// Fills `slug` from what is typed in `title` until the user edits the slug
// themselves (or from the start, when `slugChosen` is true).
void suggestSlugWhileTyping(QLineEdit *title, QLineEdit *slug, bool slugChosen);
