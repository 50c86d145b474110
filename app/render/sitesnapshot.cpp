#include "sitesnapshot.h"

#include "repository.h"

#include <QFileInfo>

SiteSnapshot SiteSnapshot::capture(const WebcastRepository &repository,
                                   const SiteSettings &settings)
{
    SiteSnapshot s;
    s.settings = settings;
    const QList<Workshop> workshops = repository.workshops();
    s.workshops.reserve(workshops.size());
    for (const Workshop &w : workshops) {
        WorkshopSnapshot ws;
        ws.workshop = w;
        ws.presentations = repository.presentations(w.id);
        for (const Presentation &p : std::as_const(ws.presentations)) {
            const QList<Attachment> attachments = repository.attachments(p.id);
            for (const Attachment &a : attachments) {
                const QFileInfo info(a.localFile);
                ws.slides[p.id].append({a, info.isFile() ? info.size() : -1});
            }
        }
        ws.updated = repository.lastStateChange(w.id);
        s.workshops.append(ws);
    }
    return s;
}

const WorkshopSnapshot *SiteSnapshot::workshopById(qint64 id) const
{
    for (const WorkshopSnapshot &w : workshops) {
        if (w.workshop.id == id)
            return &w;
    }
    return nullptr;
}
