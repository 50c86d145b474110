// Part of the FFmpeg module (ffmpegmodule.h): is a stream up, and what it shows.
#include "app/stream/streamcheck.h"
#include "app/stream/ffmpegmodule.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libswscale/swscale.h>
}

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>

#include <cerrno>

namespace streamcheck {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("streamcheck", text);
}

// libavformat's answer in words a helper understands.
QString reasonFor(int code, bool timedOut)
{
    if (timedOut || code == AVERROR(ETIMEDOUT) || code == AVERROR_EXIT)
        return tr("the server did not answer in time");
    if (code == AVERROR(ECONNREFUSED))
        return tr("the server refused the connection (nothing listens at that address and port)");
    if (code == AVERROR_HTTP_NOT_FOUND)
        return tr("no stream at this address (the server says 404 Not Found)");
    if (code == AVERROR_HTTP_UNAUTHORIZED || code == AVERROR_HTTP_FORBIDDEN)
        return tr("the server does not let us watch this stream (login needed or forbidden)");
    if (code == AVERROR_INVALIDDATA)
        return tr("the server answered, but not with a stream a player can use");
    if (code == AVERROR(EHOSTUNREACH) || code == AVERROR(ENETUNREACH))
        return tr("the server cannot be reached (network)");
    char text[256] = {};
    av_strerror(code, text, sizeof text);
    const QString raw = QString::fromUtf8(text);
    if (raw.contains(QLatin1String("404")))
        return tr("no stream at this address (the server says 404 Not Found)");
    if (raw.contains(QLatin1String("Name or service not known"), Qt::CaseInsensitive) ||
        raw.contains(QLatin1String("resolve"), Qt::CaseInsensitive))
        return tr("the server's name is unknown");
    return tr("the stream could not be opened (%1)").arg(raw);
}

struct Deadline
{
    QElapsedTimer clock;
    int limitMs = 0;
    const std::atomic_bool *cancel = nullptr;
    bool hit = false;
};

int interrupt(void *opaque)
{
    auto *d = static_cast<Deadline *>(opaque);
    d->hit = d->clock.elapsed() > d->limitMs || (d->cancel && d->cancel->load());
    return d->hit ? 1 : 0;
}

struct InputCloser
{
    void operator()(AVFormatContext *c) const { avformat_close_input(&c); }
};

// The decoded frame as a QImage at most `width` pixels wide (libswscale
// converts and scales in one pass). Null when the frame cannot be converted.
QImage scaledPicture(const AVFrame *frame, int width)
{
    if (frame->width <= 0 || frame->height <= 0)
        return {};
    const int w = qMin(qMax(16, width), frame->width);
    const int h = qMax(1, int(qint64(frame->height) * w / frame->width));
    SwsContext *sws = sws_getContext(frame->width, frame->height, AVPixelFormat(frame->format), w,
                                     h, AV_PIX_FMT_RGB32, SWS_BILINEAR, nullptr, nullptr, nullptr);
    if (!sws)
        return {};
    QImage image(w, h, QImage::Format_RGB32);
    uint8_t *planes[4] = {image.bits(), nullptr, nullptr, nullptr};
    int strides[4] = {int(image.bytesPerLine()), 0, 0, 0};
    const int rows =
        sws_scale(sws, frame->data, frame->linesize, 0, frame->height, planes, strides);
    sws_freeContext(sws);
    return rows > 0 ? image : QImage();
}

} // namespace

StreamCheck checkWithFfmpeg(const QUrl &url, Depth depth, int timeoutMs,
                            const std::atomic_bool *cancel, int pictureWidth)
{
    av_log_set_level(AV_LOG_QUIET);
    avformat_network_init();
    StreamCheck result;
    Deadline deadline;
    deadline.limitMs = timeoutMs;
    deadline.cancel = cancel;
    deadline.clock.start();
    auto finish = [&](StreamCheck r) {
        r.milliseconds = deadline.clock.elapsed();
        return r;
    };
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || !(scheme == QLatin1String("rtsp") || scheme == QLatin1String("rtsps") ||
                            scheme == QLatin1String("http") || scheme == QLatin1String("https"))) {
        result.reason = tr("not a stream address (rtsp://, http:// or https://)");
        return finish(result);
    }

    // A name that does not resolve is said as such (libavformat only says
    // "Input/output error").
    if (QHostAddress(url.host()).isNull()) {
        const QHostInfo host = QHostInfo::fromName(url.host());
        if (host.error() != QHostInfo::NoError || host.addresses().isEmpty()) {
            result.reason = tr("the server's name %1 is unknown").arg(url.host());
            return finish(result);
        }
    }

    AVFormatContext *raw = avformat_alloc_context();
    raw->interrupt_callback.callback = interrupt;
    raw->interrupt_callback.opaque = &deadline;
    AVDictionary *options = nullptr;
    const QByteArray socketTimeout = QByteArray::number(qint64(timeoutMs) * 1000);
    if (scheme.startsWith(QLatin1String("rtsp"))) {
        av_dict_set(&options, "rtsp_transport", "tcp", 0);
        av_dict_set(&options, "timeout", socketTimeout.constData(), 0);
    } else {
        av_dict_set(&options, "rw_timeout", socketTimeout.constData(), 0);
    }
    av_dict_set(&options, "probesize", "500000", 0);
    av_dict_set(&options, "analyzeduration", "1000000", 0);
    const QByteArray address = url.toEncoded();
    int rc = avformat_open_input(&raw, address.constData(), nullptr, &options);
    av_dict_free(&options);
    if (rc < 0) {
        result.reason = reasonFor(rc, deadline.hit);
        return finish(result);
    }
    std::unique_ptr<AVFormatContext, InputCloser> input(raw);
    if (depth == Depth::Open) {
        // RTSP: the server described the stream and started playing it; the
        // description (SDP) already names the codec. HLS: the playlist and
        // the first segment's header were read.
        for (unsigned i = 0; i < input->nb_streams; ++i) {
            const AVCodecParameters *p = input->streams[i]->codecpar;
            if (p->codec_type != AVMEDIA_TYPE_VIDEO)
                continue;
            result.details = QString::fromUtf8(avcodec_get_name(p->codec_id));
            if (p->width > 0)
                result.details += QStringLiteral(" %1×%2").arg(p->width).arg(p->height);
            break;
        }
        if (input->nb_streams == 0) {
            result.reason = tr("the server answered, but describes no stream");
            return finish(result);
        }
        result.up = true;
        return finish(result);
    }
    if ((rc = avformat_find_stream_info(input.get(), nullptr)) < 0) {
        result.reason = reasonFor(rc, deadline.hit);
        return finish(result);
    }
    const int video = av_find_best_stream(input.get(), AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (video < 0) {
        result.reason = tr("the stream has no video");
        return finish(result);
    }
    const AVCodecParameters *p = input->streams[video]->codecpar;
    result.details = QStringLiteral("%1 %2×%3")
                         .arg(QString::fromUtf8(avcodec_get_name(p->codec_id)))
                         .arg(p->width)
                         .arg(p->height);
    if (depth == Depth::Decode || depth == Depth::Picture) {
        // One decoded picture: the stream carries video, not just a header.
        // A picture to show starts at a key frame (before it, a decoder
        // joining a live stream only has grey smears).
        const bool keep = depth == Depth::Picture;
        const AVCodec *codec = avcodec_find_decoder(p->codec_id);
        AVCodecContext *ctx = codec ? avcodec_alloc_context3(codec) : nullptr;
        bool pictured = false;
        if (ctx && avcodec_parameters_to_context(ctx, p) >= 0 &&
            avcodec_open2(ctx, codec, nullptr) >= 0) {
            AVPacket *packet = av_packet_alloc();
            AVFrame *frame = av_frame_alloc();
            bool keyed = !keep;
            while (!pictured && av_read_frame(input.get(), packet) >= 0) {
                if (packet->stream_index == video) {
                    keyed = keyed || (packet->flags & AV_PKT_FLAG_KEY);
                    if (keyed && avcodec_send_packet(ctx, packet) >= 0)
                        pictured = avcodec_receive_frame(ctx, frame) >= 0;
                }
                av_packet_unref(packet);
            }
            if (pictured && keep)
                result.picture = scaledPicture(frame, pictureWidth);
            av_frame_free(&frame);
            av_packet_free(&packet);
        }
        avcodec_free_context(&ctx);
        if (!pictured) {
            result.reason = deadline.hit ? tr("the server did not answer in time")
                                         : tr("no picture could be decoded from the stream");
            return finish(result);
        }
        result.details += tr(", a picture decoded");
    }
    result.up = true;
    return finish(result);
}

} // namespace streamcheck
