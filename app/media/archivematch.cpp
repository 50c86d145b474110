#include "app/media/archivematch.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace archivematch {
namespace {

QSet<QString> words(const QString &text)
{
    static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
    static const QSet<QString> ignored{QStringLiteral("the"),  QStringLiteral("and"),
                                       QStringLiteral("for"),  QStringLiteral("mov"),
                                       QStringLiteral("mp4"),  QStringLiteral("final"),
                                       QStringLiteral("talk"), QStringLiteral("archive"),
                                       QStringLiteral("edit"), QStringLiteral("edited")};
    QSet<QString> out;
    const QStringList parts = text.toLower().split(split, Qt::SkipEmptyParts);
    for (const QString &w : parts)
        if (w.size() >= 3 && !ignored.contains(w) && !w.front().isDigit())
            out.insert(w);
    return out;
}

QDate dateIn(const QString &name)
{
    static const QRegularExpression date(
        QStringLiteral("(20\\d\\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\\d|3[01])"));
    const QRegularExpressionMatch m = date.match(name);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

} // namespace

qint64 bestMatch(const QString &fileName, const QDate &fileDate, const QList<Candidate> &candidates)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    const QSet<QString> fileWords = words(base);
    const QDate named = dateIn(base);
    qint64 best = 0;
    int bestScore = 0;
    for (const Candidate &c : candidates) {
        const QSet<QString> talkWords =
            words(c.slug + QLatin1Char(' ') + c.title + QLatin1Char(' ') + c.speaker);
        int score = 2 * int(QSet<QString>(fileWords).intersect(talkWords).size());
        if (named.isValid() && named == c.date)
            score += 3;
        if (score == 0)
            continue; // the file's own date alone says nothing
        if (fileDate.isValid() && fileDate == c.date)
            score += 1;
        if (score > bestScore) {
            bestScore = score;
            best = c.id;
        }
    }
    return best;
}

} // namespace archivematch
