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
        const QHash<qint64, QList<Attachment>> slides = repository.attachmentsOfWorkshop(w.id);
        for (auto it = slides.cbegin(); it != slides.cend(); ++it) {
            for (const Attachment &a : it.value()) {
                const QFileInfo info(a.localFile);
                ws.slides[a.presentationId].append({a, info.isFile() ? info.size() : -1});
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
