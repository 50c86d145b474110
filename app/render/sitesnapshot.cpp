#include "app/render/sitesnapshot.h"

#include "models/repository.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

SiteSnapshot SiteSnapshot::capture(const WebcastRepository &repository,
                                   const SiteSettings &settings)
{
    SiteSnapshot s;
    s.settings = settings;
    const QList<Workshop> workshops = repository.workshops();
    s.workshops.reserve(workshops.size());
    for (const Workshop &w : workshops)
        s.workshops.append(captureWorkshop(repository, w));
    return s;
}

WorkshopSnapshot SiteSnapshot::captureWorkshop(const WebcastRepository &repository,
                                               const Workshop &w)
{
    WorkshopSnapshot ws;
    ws.workshop = w;
    ws.presentations = repository.presentations(w.id);
    ws.rooms = repository.rooms(w.id);
    const QHash<qint64, QList<Attachment>> slides = repository.attachmentsOfWorkshop(w.id);
    for (auto it = slides.cbegin(); it != slides.cend(); ++it) {
        for (const Attachment &a : it.value())
            ws.slides[a.presentationId].append({a, a.sha256.isEmpty() ? -1 : a.size});
    }
    ws.updated = repository.lastStateChange(w.id);
    return ws;
}

const WorkshopSnapshot *SiteSnapshot::workshopById(qint64 id) const
{
    for (const WorkshopSnapshot &w : workshops) {
        if (w.workshop.id == id)
            return &w;
    }
    return nullptr;
}

QByteArray SiteSnapshot::digest(const QStringList &extra) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    const SiteSettings &s = settings;
    out << s.publicUrl << s.rtspBase << s.playbackBase << s.player << s.templateDir << extra;
    for (const WorkshopSnapshot &ws : workshops) {
        const Workshop &w = ws.workshop;
        out << w.id << w.slug << w.title << w.description << w.location << w.firstDay << w.lastDay
            << w.timeZone << int(w.state) << w.liveStreamUrl << w.externalUrl << w.externalNote
            << ws.updated;
        for (const Room &r : ws.rooms)
            out << r.id << r.name << r.liveStreamUrl;
        for (const Presentation &p : ws.presentations) {
            out << p.id << p.slug << p.title << p.speakerName << p.speakerAffiliation
                << p.speakerBio << p.summary << p.startsAt << p.endsAt << p.room << p.hasWebcast
                << int(p.state) << p.webcastPath << p.webcastFilename << p.externalUrl
                << p.sortOrder << p.cancelled;
            for (const SlideFile &f : ws.slides.value(p.id))
                out << f.attachment.id << f.attachment.label << f.attachment.fileName
                    << f.attachment.kind << f.attachment.sha256 << f.size;
        }
    }
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}
