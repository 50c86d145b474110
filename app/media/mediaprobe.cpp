#include "app/media/mediaprobe.h"
#include "app/media/remux.h"
#include "app/stream/ffmpegmodule.h"

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
    QString error;
    if (const FfmpegModule *ffmpeg = ffmpegmodule::get(&error))
        return ffmpeg->probe(path);
    return Status::failure(error);
}

Status prepareForStreaming(const QString &input, const QString &output,
                           const std::function<void(double)> &progress,
                           const std::atomic_bool *cancel)
{
    QString error;
    if (const FfmpegModule *ffmpeg = ffmpegmodule::get(&error))
        return ffmpeg->prepareForStreaming(input, output, progress, cancel);
    return Status::failure(error);
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
