#pragma once

#include <QString>

// "Opening Remarks: Day 1!" -> "opening-remarks-day-1", for suggesting a slug
// from a title (the user can still type their own).
QString slugFromTitle(const QString &title);
