#pragma once

#include <QDate>
#include <QList>
#include <QString>

// Matching archive files dropped on a whole workshop to its presentations,
// by name and date, for the user to confirm before anything is uploaded.
namespace archivematch {

struct Candidate
{
    qint64 id = 0;
    QString slug;
    QString title;
    QString speaker;
    QDate date; // the talk's day in the workshop's time zone
};

// The best presentation for a file, or 0 when nothing fits. Each word of
// three letters or more shared between the file name and the talk's slug,
// title or speaker counts two; a date in the file name (2026-11-24,
// 20261124) equal to the talk's day three. Without either nothing matches;
// with them, the file's own date (recorded or exported) on the talk's day
// breaks ties.
qint64 bestMatch(const QString &fileName, const QDate &fileDate,
                 const QList<Candidate> &candidates);

} // namespace archivematch
