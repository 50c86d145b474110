#include "app/render/streamlinks.h"

#include "app/render/byteappender.h"

#include "models/entities.h"
#include "models/sitesettings.h"
#include "models/staterules.h"
#include "models/validation.h"

#include <QStringList>
#include <QUrl>
#include <QXmlStreamWriter>

namespace streamlinks {

namespace {

// "/seg/seg/file", each segment trimmed and percent-encoded; empty without a file.
QString encodedTail(const QString &path, const QString &file)
{
    const QString f = file.trimmed();
    if (f.isEmpty())
        return {};
    QString tail;
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts) + QStringList{f};
    for (const QString &segment : segments) {
        const QString s = segment.trimmed();
        if (s.isEmpty())
            continue;
        tail +=
            QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(s, "-._~!$&'()*+,;=:@"));
    }
    return tail;
}

QString joined(const QString &base, const QString &tail)
{
    QString url = base.trimmed();
    if (url.isEmpty() || tail.isEmpty())
        return {};
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url + tail;
}

} // namespace

QString join(const QString &base, const QString &path, const QString &file)
{
    return joined(base, encodedTail(path, file));
}

ArchiveAddress archiveAddress(const SiteSettings &settings, const Presentation &talk)
{
    ArchiveAddress a;
    if (!staterules::hasArchivedWebcast(talk))
        return a;
    // The same two bases for every talk of a site: each thread remembers
    // the last base it checked rather than parsing it as a URL per talk.
    struct Checked
    {
        QString url;
        bool ok = false;
    };
    thread_local Checked lastRtsp, lastPlayback;
    auto base = [](const QString &url, const QStringList &schemes, Checked &last) {
        if (url.isEmpty())
            return QString();
        if (last.url != url)
            last = {url, validation::isAcceptableUrl(url, schemes)};
        return last.ok ? url : QString();
    };
    static const QStringList rtspSchemes{QStringLiteral("rtsp"), QStringLiteral("rtsps")};
    static const QStringList webSchemes{QStringLiteral("http"), QStringLiteral("https")};
    // The path is encoded once for both bases.
    const QString tail = encodedTail(talk.webcastPath, talk.webcastFilename);
    a.rtsp = joined(base(settings.rtspBase, rtspSchemes, lastRtsp), tail);
    a.playback = joined(base(settings.playbackBase, webSchemes, lastPlayback), tail);
    return a;
}

QByteArray referenceMovie(const QString &url)
{
    return QByteArrayLiteral("RTSPtext\n") + url.toUtf8() + '\n';
}

QByteArray quickTimeMediaLink(const QString &url)
{
    ByteAppender out(160 + std::size_t(url.size()));
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeProcessingInstruction(QStringLiteral("quicktime"),
                                 QStringLiteral("type=\"application/x-quicktime-media-link\""));
    w.writeStartElement(QStringLiteral("embed"));
    w.writeAttribute(QStringLiteral("src"), url);
    w.writeAttribute(QStringLiteral("autoplay"), QStringLiteral("true"));
    w.writeEndElement();
    w.writeEndDocument();
    return out.bytes();
}

QByteArray m3uPlaylist(const QString &url, const QString &title)
{
    QString oneLineTitle = title;
    oneLineTitle.replace(QLatin1Char('\n'), QLatin1Char(' '));
    oneLineTitle.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return QByteArrayLiteral("#EXTM3U\n#EXTINF:-1,") + oneLineTitle.toUtf8() + '\n' + url.toUtf8() +
           '\n';
}

} // namespace streamlinks
