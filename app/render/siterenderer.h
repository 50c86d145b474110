#pragma once

#include "app/render/sitesnapshot.h"
#include "app/render/templateset.h"
#include "models/result.h"

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>

// path (relative, '/'-separated) -> file contents, sorted by path.
using RenderedSite = QMap<QString, QByteArray>;

// What changed, for working out which outputs need rendering again.
struct SiteChange
{
    enum class Kind
    {
        Everything,
        Workshop,
        Presentation
    };
    Kind kind = Kind::Everything;
    qint64 workshopId = 0;
    qint64 presentationId = 0;
};

// Turns a snapshot into the public site. Pure: no files, no database, no
// clock; the same snapshot gives byte-identical output, so it can run on any
// thread and its output can be compared with what a server already has.
class SiteRenderer
{
public:
    explicit SiteRenderer(TemplateSet templates = TemplateSet::builtIn());

    // Every output, or only those in `only` when it is not empty.
    Result<RenderedSite> render(const SiteSnapshot &snapshot, const QSet<QString> &only = {}) const;
    // Reads the snapshot (into `snapshot`) and renders every output side by
    // side: each slice of workshops goes to the other cores as soon as it
    // has been read, while this thread, the database's, reads on. The same
    // output as capture() then render(). `read` is called once reading is
    // done.
    //
    // With `each`, this thread is handed every part of the site once reading
    // is done, in an order it may be published in: the style sheet and
    // server settings first, then each slice of workshops (`from` up to
    // `to`) as soon as it is rendered, the index and the feed last (both
    // null). A part holds each workshop's pages with all they link to except
    // the style sheet and its slides. A failure stops the handing; the rest
    // is rendered, and all of it returned, as without.
    using PartRendered = std::function<Status(
        const RenderedSite &part, const WorkshopSnapshot *from, const WorkshopSnapshot *to)>;
    Result<RenderedSite> captureAndRender(const WebcastRepository &repository,
                                          const SiteSettings &settings, SiteSnapshot &snapshot,
                                          const std::function<void()> &read = {},
                                          const PartRendered &each = {}) const;

    // The outputs a change touches (a flip of one talk: its page, its
    // workshop's master page, status.json, calendar, index, feed, its
    // reference files).
    static QSet<QString> affectedOutputs(const SiteSnapshot &snapshot, const SiteChange &change);

    // Where things live in the site.
    static QString workshopDir(const Workshop &w);
    static QString presentationDir(const Workshop &w, const Presentation &p);
    static QString archiveReferenceBase(const Presentation &p); // without extension
    // A room's folder under its workshop's, by room id: its name made a slug,
    // unique within the workshop (rooms/<room-slug>/, where its live
    // reference movie lives when it has a stream of its own).
    static QHash<qint64, QString> roomDirs(const Workshop &w, const QList<Room> &rooms);
    // Where a slide file is published: <talk folder>/slides/<id>-<name>.<kind>.
    static QString slidePath(const Workshop &w, const Presentation &p, const Attachment &a);
    // How often open master pages check status.json.
    static constexpr int pollMilliseconds = 10000;

private:
    TemplateSet m_templates;
};
