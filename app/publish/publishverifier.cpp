#include "app/publish/publishverifier.h"

#include "app/publish/publisher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace publishverifier {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("publishverifier", text);
}

QString fixFor(const QString &path, const QByteArray &expected)
{
    const QString suffix = path.section(QLatin1Char('.'), -1);
    return tr("Configure the web server to send .%1 files as %2: on Apache the published "
              ".htaccess does it (AllowOverride FileInfo), on nginx add the types block from the "
              "README.")
        .arg(suffix, QString::fromLatin1(expected));
}

// What browsers and players accept for each kind of file; the first is
// what we ask servers to send.
QList<QByteArray> acceptableTypes(const QString &path)
{
    const QByteArray preferred = contentTypeFor(path).split(';').first().trimmed();
    if (path.endsWith(QLatin1String(".xml")))
        return {preferred, QByteArrayLiteral("application/xml"), QByteArrayLiteral("text/xml")};
    if (path.endsWith(QLatin1String(".m3u")))
        return {preferred, QByteArrayLiteral("audio/mpegurl"),
                QByteArrayLiteral("application/vnd.apple.mpegurl")};
    return {preferred};
}

} // namespace

QStringList verify(const QUrl &publicBase, const QStringList &paths, const RenderedSite &site,
                   int timeoutSeconds)
{
    QStringList problems;
    QNetworkAccessManager network;
    QUrl base = publicBase;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    for (const QString &path : paths) {
        if (path.startsWith(QLatin1Char('.')))
            continue; // .htaccess is for the server, not for visitors
        const QUrl url = base.resolved(QUrl(path));
        QNetworkRequest request(url);
        request.setRawHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
        request.setTransferTimeout(timeoutSeconds * 1000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        reply->deleteLater();
        const QString shown = url.toDisplayString();
        if (status == 0) {
            problems << tr("%1 could not be fetched: %2").arg(shown, reply->errorString());
            continue;
        }
        if (status != 200) {
            problems << tr("%1 answered HTTP %2 instead of 200.").arg(shown).arg(status);
            continue;
        }
        const QByteArray &expectedBody = site.find(path).value();
        if (sha256Hex(body) != sha256Hex(expectedBody))
            problems << tr("%1 is not what was published (%2 bytes served, %3 published); a "
                           "cache in front of the server may still hold an old copy.")
                            .arg(shown)
                            .arg(body.size())
                            .arg(expectedBody.size());
        const QList<QByteArray> acceptable = acceptableTypes(path);
        const QByteArray &expected = acceptable.first();
        const QByteArray served = type.split(';').first().trimmed().toLower();
        if (!acceptable.contains(served))
            problems << tr("%1 is served as %2 instead of %3. %4")
                            .arg(shown,
                                 served.isEmpty() ? QStringLiteral("(no type)")
                                                  : QString::fromLatin1(served),
                                 QString::fromLatin1(expected), fixFor(path, expected));
    }
    return problems;
}

} // namespace publishverifier
