// Part of the FFmpeg module (ffmpegmodule.h): what a video file holds.
#include "app/media/mediaprobe.h"
#include "app/stream/ffmpegmodule.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("media", text);
}

struct InputCloser
{
    void operator()(AVFormatContext *c) const { avformat_close_input(&c); }
};
using Input = std::unique_ptr<AVFormatContext, InputCloser>;

} // namespace

namespace media {

Result<MediaInfo> probeWithFfmpeg(const QString &path)
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

} // namespace media
