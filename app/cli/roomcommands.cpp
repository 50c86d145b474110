// now [--at TIME] [--check]: the rooms in use, for scripts and status displays.
#include "app/cli/cliinternal.h"
#include "app/stream/controlroom.h"
#include "app/stream/streamcheck.h"
#include "models/repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QThreadPool>
#include <QtConcurrent>

namespace commandline {
namespace {

// A value in a tab-separated line (oneLine), "-" when empty.
QString field(const QString &value)
{
    const QString s = oneLine(value).trimmed();
    return s.isEmpty() ? QStringLiteral("-") : s;
}

// An ISO date and time ("2026-11-28T10:30", with or without an offset; no
// offset: this computer's time) or a time of today ("10:30").
QDateTime parseAt(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid()) {
        const QTime time = QTime::fromString(text, Qt::ISODate);
        if (time.isValid())
            at = QDateTime(QDate::currentDate(), time);
    }
    return at.isValid() ? at.toUTC() : QDateTime();
}

} // namespace

int runNow(Context &c, const QString &atText, bool check)
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (!atText.isEmpty()) {
        now = parseAt(atText);
        if (!now.isValid())
            return c.fail(tr("--at wants an ISO date and time such as 2026-11-28T10:30 or "
                             "2026-11-28T10:30+01:00, or a time of today such as 10:30; not "
                             "\"%1\"")
                              .arg(atText),
                          UsageError);
    }
    const QList<controlroom::RoomSlot> rooms = controlroom::roomsInUse(c.repo, now);

    // Each address once, all at the same time: twelve rooms cost one timeout.
    QHash<QUrl, StreamCheck> checks;
    if (check) {
        QList<QUrl> urls;
        for (const controlroom::RoomSlot &r : rooms)
            if (!r.streamUrl.isEmpty() && !urls.contains(r.streamUrl))
                urls.append(r.streamUrl);
        QThreadPool pool;
        pool.setMaxThreadCount(int(qBound(qsizetype(1), urls.size(), qsizetype(16))));
        const QList<StreamCheck> results =
            QtConcurrent::blockingMapped(&pool, urls, [](const QUrl &url) {
                return streamcheck::check(url, streamcheck::Depth::Open, 4000);
            });
        for (int i = 0; i < urls.size(); ++i)
            checks.insert(urls.at(i), results.at(i));
    }
    bool anyDown = false;
    for (const controlroom::RoomSlot &r : rooms) {
        const QString talk = r.current ? r.current->slug : QString();
        const QString state = r.current ? stateKey(r.current->state) : QString();
        QString stream = QStringLiteral("-");
        QString reason;
        if (check) {
            const StreamCheck result = checks.value(r.streamUrl);
            stream = controlroom::streamWord(!r.streamUrl.isEmpty(), result);
            reason = r.streamUrl.isEmpty() ? tr("no live stream address")
                     : result.up ? tr("%1, %2 ms").arg(result.details).arg(result.milliseconds)
                                 : result.reason;
            anyDown = anyDown || stream == QLatin1String("down");
        }
        c.out << field(r.displayName()) << '\t' << field(r.workshopSlug) << '/' << field(talk)
              << '\t' << field(state) << '\t' << stream << '\t' << field(reason) << '\n';
    }
    c.out.flush();
    return anyDown ? Failed : Success;
}

} // namespace commandline
