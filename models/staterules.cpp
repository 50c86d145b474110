#include "models/staterules.h"

#include "models/sitesettings.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("staterules", text);
}

StateAvailability refused(const QString &reason, const QString &fix)
{
    return {false, reason, fix};
}

} // namespace

namespace staterules {

StateAvailability archivePlayable(const SiteSettings &settings)
{
    if (!settings.rtspBase.trimmed().isEmpty() || !settings.playbackBase.trimmed().isEmpty())
        return {};
    return refused(tr("Needs the streaming server's address, so the archive can play."),
                   tr("Enter the RTSP base or the HTTP/HLS base in Site → Site Settings."));
}

bool hasArchivedWebcast(const Presentation &p)
{
    return p.hasWebcast && !p.webcastPath.trimmed().isEmpty() &&
           !p.webcastFilename.trimmed().isEmpty();
}

StateAvailability forWorkshop(const Workshop &w, const QList<Presentation> &presentations,
                              WebcastState state)
{
    switch (state) {
    case WebcastState::Upcoming:
        if (!w.firstDay.isValid())
            return refused(tr("Needs the first day of the workshop."),
                           tr("Enter the first day in the workshop editor."));
        return {};
    case WebcastState::Live:
        if (w.liveStreamUrl.trimmed().isEmpty())
            return refused(tr("Needs a live stream URL."),
                           tr("Enter it in the workshop's \"Live stream URL\" field."));
        return {};
    case WebcastState::Concluded:
        return {};
    case WebcastState::Archive:
        for (const Presentation &p : presentations) {
            if (hasArchivedWebcast(p))
                return {};
        }
        return refused(tr("Needs at least one presentation with an archived webcast."),
                       tr("Drop the archive file on a presentation, or fill in its webcast "
                          "path and file name."));
    case WebcastState::External:
        if (w.externalUrl.trimmed().isEmpty())
            return refused(tr("Needs the partner's webcast URL."),
                           tr("Enter it in the workshop's \"External URL\" field."));
        return {};
    }
    return {};
}

const Room *roomNamed(const QList<Room> &rooms, const QString &name)
{
    if (name.isEmpty())
        return nullptr;
    for (const Room &r : rooms) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QString liveStreamFor(const Presentation &p, const Workshop &w, const QList<Room> &rooms)
{
    if (const Room *room = roomNamed(rooms, p.room);
        room && !room->liveStreamUrl.trimmed().isEmpty())
        return room->liveStreamUrl.trimmed();
    return w.liveStreamUrl.trimmed();
}

StateAvailability forPresentation(const Presentation &p, const Workshop &w, WebcastState state,
                                  const QList<Room> &rooms)
{
    switch (state) {
    case WebcastState::Upcoming:
        if (!p.startsAt.isValid())
            return refused(tr("Needs a start time."),
                           tr("Enter the start time in the presentation editor."));
        return {};
    case WebcastState::Live:
        if (liveStreamFor(p, w, rooms).isEmpty())
            return refused(tr("Needs the workshop's live stream URL."),
                           tr("Enter it in the workshop's \"Live stream URL\" field."));
        return {};
    case WebcastState::Concluded:
        return {};
    case WebcastState::Archive:
        if (!p.hasWebcast)
            return refused(tr("Needs an archived webcast."),
                           tr("Drop the archive file here, or tick \"Has webcast\" and fill in "
                              "its path and file name."));
        if (p.webcastPath.trimmed().isEmpty() || p.webcastFilename.trimmed().isEmpty())
            return refused(tr("Needs the webcast path and file name."),
                           tr("Drop the archive file here, or fill in both in the presentation "
                              "editor."));
        return {};
    case WebcastState::External:
        if (p.externalUrl.trimmed().isEmpty())
            return refused(tr("Needs the partner's webcast URL."),
                           tr("Enter it in the presentation's \"External URL\" field."));
        return {};
    }
    return {};
}

} // namespace staterules
