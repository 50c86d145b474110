#include "models/entities.h"

#include <QLocale>

#include <QFileInfo>
#include <QStringList>

bool Workshop::operator==(const Workshop &o) const
{
    return id == o.id && slug == o.slug && title == o.title && description == o.description &&
           location == o.location && firstDay == o.firstDay && lastDay == o.lastDay &&
           timeZone == o.timeZone && state == o.state && liveStreamUrl == o.liveStreamUrl &&
           externalUrl == o.externalUrl && externalNote == o.externalNote &&
           scheduleSource == o.scheduleSource;
}

bool Presentation::operator==(const Presentation &o) const
{
    return id == o.id && workshopId == o.workshopId && slug == o.slug && title == o.title &&
           speakerName == o.speakerName && speakerAffiliation == o.speakerAffiliation &&
           speakerBio == o.speakerBio && summary == o.summary && startsAt == o.startsAt &&
           endsAt == o.endsAt && room == o.room && hasWebcast == o.hasWebcast && state == o.state &&
           webcastPath == o.webcastPath && webcastFilename == o.webcastFilename &&
           externalUrl == o.externalUrl && sortOrder == o.sortOrder && sourceKey == o.sourceKey &&
           cancelled == o.cancelled;
}

QString Attachment::kindForFile(const QString &fileName)
{
    static const QStringList kinds{QStringLiteral("pdf"), QStringLiteral("ppt"),
                                   QStringLiteral("pptx"), QStringLiteral("key"),
                                   QStringLiteral("odp")};
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return kinds.contains(suffix) ? suffix : QString();
}

QString historyEventKey(StateChange::Event event)
{
    switch (event) {
    case StateChange::Event::Suggested:
        return QStringLiteral("suggested");
    case StateChange::Event::Accepted:
        return QStringLiteral("accepted");
    case StateChange::Event::Dismissed:
        return QStringLiteral("dismissed");
    case StateChange::Event::Change:
        break;
    }
    return QStringLiteral("change");
}

StateChange::Event historyEventFromKey(const QString &key)
{
    if (key == QLatin1String("suggested"))
        return StateChange::Event::Suggested;
    if (key == QLatin1String("accepted"))
        return StateChange::Event::Accepted;
    if (key == QLatin1String("dismissed"))
        return StateChange::Event::Dismissed;
    return StateChange::Event::Change;
}

QString clockTime(const QTime &time)
{
    static const QString format = [] {
        QString f = QLocale().timeFormat(QLocale::ShortFormat);
        f.remove(QStringLiteral(":ss"));
        f.remove(QStringLiteral(".ss"));
        return f;
    }();
    return QLocale().toString(time, format);
}
