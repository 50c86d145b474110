#pragma once

// Small helpers the test servers and media tests share.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>

namespace testtools {

// Writes a file, making its folder; true on success.
inline bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file under `dir` (hidden ones too) with its bytes, by relative path:
// what "left untouched" is compared by.
inline QMap<QString, QByteArray> filesUnder(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        out.insert(QDir(dir).relativeFilePath(file), readFile(file));
    }
    return out;
}

// A loopback port nothing listens on right now.
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// Runs Debian's ffmpeg quietly (overwriting its output); true on success.
inline bool ffmpeg(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"),
            QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")} +
                args);
    return p.waitForFinished(120000) && p.exitCode() == 0;
}

// A short H.264 test pattern (with AAC sound when `sound`) at `path`.
inline bool makeTestVideo(const QString &path, int seconds, const QString &size, bool sound)
{
    QStringList args{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                     QStringLiteral("testsrc=duration=%1:size=%2:rate=25").arg(seconds).arg(size)};
    if (sound)
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("sine=duration=%1").arg(seconds) << QStringLiteral("-c:a")
             << QStringLiteral("aac") << QStringLiteral("-shortest");
    args << QStringLiteral("-c:v") << QStringLiteral("libx264") << path;
    return ffmpeg(args);
}

// A short HLS stream (playlist + one-second segments), as a streaming server
// publishes it, at `playlist` (its folder must exist).
inline bool makeTestHls(const QString &playlist, int seconds)
{
    return ffmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                   QStringLiteral("testsrc=duration=%1:size=320x240:rate=25").arg(seconds),
                   QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-g"),
                   QStringLiteral("25"), QStringLiteral("-f"), QStringLiteral("hls"),
                   QStringLiteral("-hls_time"), QStringLiteral("1"),
                   QStringLiteral("-hls_playlist_type"), QStringLiteral("vod"), playlist});
}

} // namespace testtools
