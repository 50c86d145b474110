#pragma once

#include <QString>

// "Opening Remarks: Day 1!" -> "opening-remarks-day-1", for suggesting a slug
// from a title (the user can still type their own).
QString slugFromTitle(const QString &title);

class QLineEdit;

// Fills `slug` from what is typed in `title` until the user edits the slug
// themselves (or from the start, when `slugChosen` is true).
void suggestSlugWhileTyping(QLineEdit *title, QLineEdit *slug, bool slugChosen);
