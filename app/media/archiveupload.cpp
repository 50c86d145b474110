#include "app/media/archiveupload.h"

#include "app/media/remux.h"
#include "app/publish/publishtarget.h"
#include "app/publish/transport.h"
#include "models/repository.h"
#include "models/sitesettings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimeZone>

namespace archiveupload {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("archiveupload", text);
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

Result<Job> describe(const WebcastRepository &repository, qint64 presentationId,
                     const QString &file, bool prepare)
{
    const std::optional<Presentation> talk = repository.presentation(presentationId);
    if (!talk)
        return Status::failure(tr("The presentation no longer exists."));
    const std::optional<Workshop> workshop = repository.workshop(talk->workshopId);
    if (!workshop)
        return Status::failure(tr("The workshop no longer exists."));
    Job job;
    job.presentationId = presentationId;
    job.workshopSlug = workshop->slug;
    job.talkSlug = talk->slug;
    job.scheduledMs = talk->startsAt.msecsTo(talk->endsAt);
    job.date = talk->startsAt.toTimeZone(QTimeZone(workshop->timeZone.toUtf8()))
                   .date()
                   .toString(Qt::ISODate);
    job.file = file;
    job.prepare = prepare;
    return job;
}

Result<Outcome> send(const SiteSettings &settings, const Job &job, const Events &events,
                     const std::atomic_bool *cancel)
{
    Outcome outcome;
    const Result<MediaInfo> media = media::probe(job.file);
    if (!media)
        return media.status();
    outcome.media = media.value();
    const QString warning = media::durationWarning(outcome.media, job.scheduledMs);
    if (!warning.isEmpty() && events.warning)
        events.warning(warning);

    QString toSend = job.file;
    if (job.prepare && outcome.media.isMp4Family) {
        const QString prepared = preparedPathFor(QFileInfo(job.file));
        if (!QFileInfo::exists(prepared)) {
            const Status s = media::prepareForStreaming(
                job.file, prepared,
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

    QString why;
    const QString remote = sitesettings::expandArchivePattern(
        settings.archivePattern, job.workshopSlug, job.talkSlug, job.presentationId, job.date,
        QFileInfo(job.file).suffix().toLower(), &why);
    if (remote.isEmpty())
        return Status::failure(why);
    const PublishTarget target =
        PublishTarget::fromSettings(settings, PublishTarget::Role::Streaming);
    const std::unique_ptr<Transport> transport = Transport::create(target);
    transport->expectUpload(remote); // SFTP: OpenSSH logs in for the bytes meanwhile
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
    if (toSend != job.file)
        QFile::remove(toSend); // can be made again; the cache should not grow
    outcome.remotePath = remote;
    return outcome;
}

Status apply(WebcastRepository &repository, qint64 presentationId, const QString &remotePath)
{
    const std::optional<Presentation> talk = repository.presentation(presentationId);
    if (!talk)
        return Status::failure(tr("The presentation no longer exists."));
    // Path (folder) and file name, as the reference movie and the player
    // join them with the rtsp base.
    Presentation updated = *talk;
    const int slash = remotePath.lastIndexOf(QLatin1Char('/'));
    updated.webcastPath = remotePath.left(slash);
    updated.webcastFilename = remotePath.mid(slash + 1);
    updated.hasWebcast = true;
    if (Status s = repository.updatePresentation(updated); !s)
        return Status::failure(tr("Uploaded to %1, but the presentation could not be updated: %2")
                                   .arg(remotePath, s.error()));
    return {};
}

Result<Outcome> run(WebcastRepository &repository, const SiteSettings &settings,
                    qint64 presentationId, const QString &file, bool prepare, const Events &events,
                    const std::atomic_bool *cancel)
{
    const Result<Job> job = describe(repository, presentationId, file, prepare);
    if (!job)
        return job.status();
    Result<Outcome> outcome = send(settings, job.value(), events, cancel);
    if (!outcome)
        return outcome;
    if (Status s = apply(repository, presentationId, outcome.value().remotePath); !s)
        return s;
    return outcome;
}

} // namespace archiveupload
