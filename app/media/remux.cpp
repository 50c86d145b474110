// Part of the FFmpeg module (ffmpegmodule.h): faststart and RTP hint tracks.
#include "app/media/remux.h"
#include "app/stream/ffmpegmodule.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace media {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("media", text);
}

QString avError(int code)
{
    char text[256] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

struct InputCloser
{
    void operator()(AVFormatContext *c) const { avformat_close_input(&c); }
};

struct OutputCloser
{
    void operator()(AVFormatContext *c) const
    {
        if (c && c->pb)
            avio_closep(&c->pb);
        avformat_free_context(c);
    }
};

struct PacketFree
{
    void operator()(AVPacket *p) const { av_packet_free(&p); }
};

} // namespace

Status prepareWithFfmpeg(const QString &input, const QString &output,
                         const std::function<void(double)> &progress,
                         const std::atomic_bool *cancel)
{
    av_log_set_level(AV_LOG_QUIET); // our messages say what went wrong
    const QString name = QFileInfo(input).fileName();
    const QByteArray in = QFile::encodeName(input);
    const QString partial = output + QStringLiteral(".part");
    const QByteArray out = QFile::encodeName(partial);

    AVFormatContext *rawIn = nullptr;
    int rc = avformat_open_input(&rawIn, in.constData(), nullptr, nullptr);
    if (rc < 0)
        return Status::failure(tr("Cannot read %1: %2").arg(name, avError(rc)));
    std::unique_ptr<AVFormatContext, InputCloser> src(rawIn);
    if ((rc = avformat_find_stream_info(src.get(), nullptr)) < 0)
        return Status::failure(tr("Cannot read %1: %2").arg(name, avError(rc)));

    AVFormatContext *rawOut = nullptr;
    // The container follows the final name's extension (.mp4 or .mov).
    const bool mp4 = output.endsWith(QLatin1String(".mp4"), Qt::CaseInsensitive) ||
                     output.endsWith(QLatin1String(".m4v"), Qt::CaseInsensitive);
    rc = avformat_alloc_output_context2(&rawOut, nullptr, mp4 ? "mp4" : "mov", out.constData());
    if (rc < 0 || !rawOut)
        return Status::failure(tr("Cannot prepare %1: %2").arg(name, avError(rc)));
    std::unique_ptr<AVFormatContext, OutputCloser> dst(rawOut);
    dst->flags |= AVFMT_FLAG_BITEXACT; // same input, same bytes: uploads can resume

    // Only audio and video go on; each input stream maps to one output
    // stream or none.
    std::vector<int> map(src->nb_streams, -1);
    for (unsigned i = 0; i < src->nb_streams; ++i) {
        const AVCodecParameters *p = src->streams[i]->codecpar;
        if (p->codec_type != AVMEDIA_TYPE_VIDEO && p->codec_type != AVMEDIA_TYPE_AUDIO)
            continue;
        if (src->streams[i]->disposition & AV_DISPOSITION_ATTACHED_PIC)
            continue;
        AVStream *s = avformat_new_stream(dst.get(), nullptr);
        if (!s || avcodec_parameters_copy(s->codecpar, p) < 0)
            return Status::failure(tr("Cannot prepare %1: out of memory.").arg(name));
        s->codecpar->codec_tag = 0; // let the muxer choose the tag it knows
        s->time_base = src->streams[i]->time_base;
        map[i] = s->index;
    }
    auto fail = [&](const QString &why) {
        dst.reset();
        QFile::remove(partial);
        return Status::failure(why);
    };
    if ((rc = avio_open(&dst->pb, out.constData(), AVIO_FLAG_WRITE)) < 0)
        return fail(tr("Cannot write %1: %2").arg(partial, avError(rc)));
    AVDictionary *options = nullptr;
    av_dict_set(&options, "movflags", "+faststart+rtphint", 0);
    rc = avformat_write_header(dst.get(), &options);
    av_dict_free(&options);
    if (rc < 0)
        return fail(tr("%1 cannot be prepared for streaming (%2): its codecs cannot be hinted. "
                       "Upload it without preparing, or export it as H.264/AAC.")
                        .arg(name, avError(rc)));

    std::unique_ptr<AVPacket, PacketFree> packet(av_packet_alloc());
    const double total = double(std::max<int64_t>(1, avio_size(src->pb)));
    int lastPercent = -1;
    while ((rc = av_read_frame(src.get(), packet.get())) >= 0) {
        if (cancel && *cancel) {
            av_packet_unref(packet.get());
            return fail(tr("Preparing %1 was cancelled.").arg(name));
        }
        const int target = map[packet->stream_index];
        if (target < 0) {
            av_packet_unref(packet.get());
            continue;
        }
        const int64_t position = packet->pos;
        av_packet_rescale_ts(packet.get(), src->streams[packet->stream_index]->time_base,
                             dst->streams[target]->time_base);
        packet->stream_index = target;
        packet->pos = -1;
        if ((rc = av_interleaved_write_frame(dst.get(), packet.get())) < 0)
            return fail(tr("Cannot prepare %1: %2").arg(name, avError(rc)));
        if (progress && position > 0) {
            const int percent = int(double(position) * 100 / total);
            if (percent != lastPercent) {
                lastPercent = percent;
                progress(std::min(0.99, double(position) / total));
            }
        }
    }
    if (rc != AVERROR_EOF)
        return fail(tr("%1 is damaged part-way: %2").arg(name, avError(rc)));
    // The trailer writes the index and (faststart) moves it to the front.
    if ((rc = av_write_trailer(dst.get())) < 0)
        return fail(tr("Cannot finish %1: %2").arg(partial, avError(rc)));
    dst.reset();
    QFile::remove(output);
    if (!QFile::rename(partial, output))
        return fail(tr("Cannot put the prepared file at %1.").arg(output));
    if (progress)
        progress(1.0);
    return {};
}

} // namespace media
