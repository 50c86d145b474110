#include "archiveupload.h"

#include "publish/publishtarget.h"
#include "remux.h"
#include "repository.h"
#include "sitesettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace archiveupload {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ArchiveUpload", text);
}

// The prepared copy of a file, kept in the cache under a name made from the
// file's path, size and time: a second run (after a crash or a dropped
// network) finds the same bytes and the upload resumes.
QString preparedPathFor(const QFileInfo &file)
{
    const QByteArray key = QFile::encodeName(file.absoluteFilePath()) + '|' +
                           QByteArray::number(file.size()) + '|' +
                           QByteArray::number(file.lastModified().toMSecsSinceEpoch());
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                        QStringLiteral("/prepared");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex()) +
           QLatin1Char('.') + file.suffix().toLower();
}

} // namespace

QString remotePathFor(const QString &workshopSlug, const QString &talkSlug, const QString &file)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    return workshopSlug + QLatin1Char('/') + talkSlug +
           (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

Result<Outcome> run(WebcastRepository &repository, const SiteSettings &settings,
                    qint64 presentationId, const QString &file, bool prepare, const Events &events,
                    const std::atomic_bool *cancel)
{
    const std::optional<Presentation> talk = repository.presentation(presentationId);
    if (!talk)
        return Status::failure(tr("The presentation no longer exists."));
    const std::optional<Workshop> workshop = repository.workshop(talk->workshopId);
    if (!workshop)
        return Status::failure(tr("The workshop no longer exists."));

    Outcome outcome;
    const Result<MediaInfo> media = media::probe(file);
    if (!media)
        return media.status();
    outcome.media = media.value();
    const QString warning =
        media::durationWarning(outcome.media, talk->startsAt.msecsTo(talk->endsAt));
    if (!warning.isEmpty() && events.warning)
        events.warning(warning);

    QString toSend = file;
    if (prepare && outcome.media.isMp4Family) {
        const QString prepared = preparedPathFor(QFileInfo(file));
        if (!QFileInfo::exists(prepared)) {
            const Status s = media::prepareForStreaming(
                file, prepared,
                [&](double fraction) {
                    if (events.progress)
                        events.progress(QStringLiteral("prepare"), qint64(fraction * 1000), 1000);
                },
                cancel);
            if (!s)
                return s;
        }
        toSend = prepared;
    }

    const QString remote = remotePathFor(workshop->slug, talk->slug, file);
    const PublishTarget target =
        PublishTarget::fromSettings(settings, PublishTarget::Role::Streaming);
    const std::unique_ptr<Transport> transport = Transport::create(target);
    if (Status s = transport->open(); !s)
        return s;
    outcome.bytes = QFileInfo(toSend).size();
    const Status sent = transport->uploadFile(
        toSend, remote,
        [&](qint64 done, qint64 total) {
            if (events.progress)
                events.progress(QStringLiteral("upload"), done, total);
        },
        cancel, &outcome.resumedFrom);
    transport->close();
    if (!sent)
        return sent; // a prepared copy stays for the resume
    if (toSend != file)
        QFile::remove(toSend); // can be made again; the cache should not grow
    outcome.remotePath = remote;

    // The presentation now points at it: path (folder) and file name, as the
    // reference movie and the player join them with the rtsp base.
    Presentation updated = *talk;
    const int slash = remote.lastIndexOf(QLatin1Char('/'));
    updated.webcastPath = remote.left(slash);
    updated.webcastFilename = remote.mid(slash + 1);
    updated.hasWebcast = true;
    if (Status s = repository.updatePresentation(updated); !s)
        return Status::failure(tr("Uploaded to %1, but the presentation could not be updated: %2")
                                   .arg(remote, s.error()));
    return outcome;
}

} // namespace archiveupload
