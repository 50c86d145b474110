#include "webdavtransport.h"

#include "render/sitewriter.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WebDavTransport", text);
}

QString encodedPath(const QString &path)
{
    QStringList parts;
    const QStringList raw = path.split(QLatin1Char('/'));
    for (const QString &p : raw)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(p));
    return parts.join(QLatin1Char('/'));
}

} // namespace

WebDavTransport::WebDavTransport(QUrl base)
    : m_base(std::move(base))
{
    QString path = m_base.path(QUrl::FullyEncoded);
    if (!path.endsWith(QLatin1Char('/')))
        m_base.setPath(m_base.path() + QLatin1Char('/'));
}

WebDavTransport::~WebDavTransport() = default;

Status WebDavTransport::open()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    const QString user = m_base.userName();
    const QString password = qEnvironmentVariable("WEBCAST_ADMIN_PASSWORD");
    QObject::connect(m_network.get(), &QNetworkAccessManager::authenticationRequired,
                     m_network.get(), [user, password](QNetworkReply *, QAuthenticator *auth) {
                         // Offer the credentials once; a second ask means they
                         // were refused, and leaving them empty ends the request.
                         if (!auth->user().isEmpty())
                             return;
                         auth->setUser(user);
                         auth->setPassword(password);
                     });
    m_knownCollections.clear();
    // The target folder itself must exist (or be creatable).
    return makeCollections(QString());
}

QUrl WebDavTransport::urlFor(const QString &path) const
{
    QUrl url = m_base;
    url.setUserName(QString());
    url.setPassword(QString());
    url.setPath(m_base.path(QUrl::FullyEncoded) + encodedPath(path), QUrl::StrictMode);
    return url;
}

int WebDavTransport::send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body,
                          QString *error)
{
    request.setTransferTimeout(m_timeoutSeconds * 1000);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0 && error)
        *error = reply->errorString();
    else if (error && status >= 400)
        *error = QStringLiteral("HTTP %1 %2")
                     .arg(status)
                     .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    reply->deleteLater();
    return status;
}

Status WebDavTransport::makeCollections(const QString &path)
{
    // Every folder on the way, from the top; 405 means it already exists.
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString current;
    QList<QString> todo{QString()};
    for (const QString &p : parts) {
        current += p + QLatin1Char('/');
        todo << current;
    }
    for (const QString &dir : std::as_const(todo)) {
        if (m_knownCollections.contains(dir))
            continue;
        QString error;
        const int status =
            send(QByteArrayLiteral("MKCOL"), QNetworkRequest(urlFor(dir)), {}, &error);
        if (status == 201 || status == 405 || status == 301) {
            m_knownCollections.insert(dir);
            continue;
        }
        if (status == 401 || status == 403)
            return Status::failure(tr("The server refused the login for %1 (%2). Check the user "
                                      "name and password.")
                                       .arg(urlFor(dir).toDisplayString(), error));
        return Status::failure(
            tr("Cannot create the folder %1: %2").arg(urlFor(dir).toDisplayString(), error));
    }
    return {};
}

Status WebDavTransport::put(const QString &path, const QByteArray &data, const QByteArray &mimeType)
{
    if (!sitewriter::isSafeRelativePath(path))
        return Status::failure(tr("Refusing the unsafe path \"%1\".").arg(path));
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    const QString dir = slash < 0 ? QString() : path.left(slash + 1);
    if (Status s = makeCollections(dir); !s)
        return s;
    const QString name = path.mid(slash + 1);
    const QString temp = dir + QLatin1Char('.') + name + QStringLiteral(".webcast-tmp");
    QNetworkRequest putRequest(urlFor(temp));
    putRequest.setHeader(QNetworkRequest::ContentTypeHeader, mimeType);
    QString error;
    int status = send(QByteArrayLiteral("PUT"), putRequest, data, &error);
    if (status != 201 && status != 204 && status != 200)
        return Status::failure(tr("Cannot upload %1: %2").arg(path, error));
    QNetworkRequest move(urlFor(temp));
    move.setRawHeader(QByteArrayLiteral("Destination"), urlFor(path).toEncoded());
    move.setRawHeader(QByteArrayLiteral("Overwrite"), QByteArrayLiteral("T"));
    status = send(QByteArrayLiteral("MOVE"), move, {}, &error);
    if (status != 201 && status != 204) {
        send(QByteArrayLiteral("DELETE"), QNetworkRequest(urlFor(temp)), {}, nullptr);
        return Status::failure(tr("Cannot put %1 in place: %2").arg(path, error));
    }
    return {};
}

Status WebDavTransport::remove(const QString &path)
{
    if (!sitewriter::isSafeRelativePath(path))
        return Status::failure(tr("Refusing the unsafe path \"%1\".").arg(path));
    QString error;
    const int status = send(QByteArrayLiteral("DELETE"), QNetworkRequest(urlFor(path)), {}, &error);
    if (status == 200 || status == 204 || status == 404)
        return {};
    return Status::failure(tr("Cannot remove %1: %2").arg(path, error));
}
