#include "app/media/mediaprobe.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("media", text);
}

QString minutes(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return QCoreApplication::translate("media", "%1 s").arg(s);
    if (s % 60 == 0 || s >= 600)
        return QCoreApplication::translate("media", "%1 min").arg((s + 30) / 60);
    return QCoreApplication::translate("media", "%1 min %2 s").arg(s / 60).arg(s % 60);
}

struct InputCloser
{
    void operator()(AVFormatContext *c) const { avformat_close_input(&c); }
};
using Input = std::unique_ptr<AVFormatContext, InputCloser>;

} // namespace

QString MediaInfo::summary() const
{
    QString codecs = videoCodec.toUpper();
    if (width > 0)
        codecs += QStringLiteral(" %1×%2").arg(width).arg(height);
    if (!audioCodec.isEmpty())
        codecs += QStringLiteral(" + ") + audioCodec.toUpper();
    const QString kind = container.section(QLatin1Char(','), 0, 0).toUpper();
    return QStringLiteral("%1, %2, %3, %4")
        .arg(kind == QLatin1String("MOV") ? QStringLiteral("MOV/MP4") : kind, minutes(durationMs),
             codecs, QLocale().formattedDataSize(size, 1, QLocale::DataSizeSIFormat));
}

namespace media {

Result<MediaInfo> probe(const QString &path)
{
    const QFileInfo file(path);
    const QString name = file.fileName();
    if (!file.exists())
        return Status::failure(tr("%1 does not exist.").arg(path));
    if (!file.isFile())
        return Status::failure(tr("%1 is not a file.").arg(name));
    if (file.size() == 0)
        return Status::failure(
            tr("%1 is empty (0 bytes): the copy or export did not finish.").arg(name));
    if (!file.isReadable())
        return Status::failure(tr("%1 cannot be read (permissions).").arg(name));

    av_log_set_level(AV_LOG_QUIET); // our messages say what went wrong
    AVFormatContext *raw = nullptr;
    const QByteArray encoded = QFile::encodeName(file.absoluteFilePath());
    char why[256] = {};
    int rc = avformat_open_input(&raw, encoded.constData(), nullptr, nullptr);
    if (rc < 0) {
        av_strerror(rc, why, sizeof why);
        return Status::failure(tr("%1 is not a video file FFmpeg can read, or it is damaged (%2).")
                                   .arg(name, QString::fromUtf8(why)));
    }
    Input input(raw);
    if ((rc = avformat_find_stream_info(input.get(), nullptr)) < 0) {
        av_strerror(rc, why, sizeof why);
        return Status::failure(tr("%1 is damaged: its streams cannot be read (%2).")
                                   .arg(name, QString::fromUtf8(why)));
    }
    MediaInfo info;
    info.size = file.size();
    info.container = QString::fromUtf8(input->iformat->name);
    info.isMp4Family = info.container.startsWith(QLatin1String("mov,mp4"));
    if (input->duration > 0)
        info.durationMs = input->duration / (AV_TIME_BASE / 1000);
    qint64 dataEnd = 0; // where the last indexed sample ends, for MP4/MOV
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        AVStream *stream = input->streams[i];
        const AVCodecParameters *p = stream->codecpar;
        const QString codec = QString::fromUtf8(avcodec_get_name(p->codec_id));
        if (p->codec_type == AVMEDIA_TYPE_VIDEO && info.videoCodec.isEmpty() &&
            !(stream->disposition & AV_DISPOSITION_ATTACHED_PIC)) {
            info.videoCodec = codec;
            info.width = p->width;
            info.height = p->height;
        } else if (p->codec_type == AVMEDIA_TYPE_AUDIO && info.audioCodec.isEmpty()) {
            info.audioCodec = codec;
        }
        const int entries = avformat_index_get_entries_count(stream);
        if (entries > 0) {
            const AVIndexEntry *last = avformat_index_get_entry(stream, entries - 1);
            dataEnd = std::max<qint64>(dataEnd, last->pos + last->size);
        }
    }
    if (info.videoCodec.isEmpty())
        return Status::failure(tr("%1 has no video in it (found: %2).")
                                   .arg(name, info.audioCodec.isEmpty()
                                                  ? tr("nothing playable")
                                                  : tr("sound only, %1").arg(info.audioCodec)));
    if (info.isMp4Family && dataEnd > info.size)
        return Status::failure(
            tr("%1 is truncated: it ends at %2 but its index says the video runs to %3. Copy or "
               "export it again.")
                .arg(name, QLocale().formattedDataSize(info.size),
                     QLocale().formattedDataSize(dataEnd)));
    if (info.durationMs <= 0)
        return Status::failure(tr("%1 has no length: it may be damaged.").arg(name));
    return info;
}

QString durationWarning(const MediaInfo &info, qint64 scheduledMs)
{
    if (scheduledMs <= 0 || info.durationMs <= 0)
        return {};
    if (info.durationMs * 2 >= scheduledMs && info.durationMs * 2 <= scheduledMs * 3)
        return {};
    return tr("this file is %1, the talk was %2 — right file?")
        .arg(minutes(info.durationMs), minutes(scheduledMs));
}

} // namespace media
