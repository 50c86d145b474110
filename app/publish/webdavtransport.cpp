#include "app/publish/webdavtransport.h"

#include "app/core/sha256.h"
#include "app/publish/credentials.h"
#include "app/render/sitewriter.h"

#include "models/sitesettings.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QThread>
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

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme().toLower() == QLatin1String("https") ? 443 : 80);
}

// Scheme, host and port: where a password may go.
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().toLower() == b.scheme().toLower() &&
           a.host().toLower() == b.host().toLower() && defaultPort(a) == defaultPort(b);
}

bool isLoopback(const QString &host)
{
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
           QHostAddress(host).isLoopback();
}

} // namespace

WebDavTransport::WebDavTransport(QUrl base, QStringList trustedCertificates)
    : m_base(std::move(base))
    , m_trustedCertificates(std::move(trustedCertificates))
{
    QString path = m_base.path(QUrl::FullyEncoded);
    if (!path.endsWith(QLatin1Char('/')))
        m_base.setPath(m_base.path() + QLatin1Char('/'));
}

WebDavTransport::~WebDavTransport()
{
    if (!m_network)
        return;
    if (m_network->thread() == QThread::currentThread()) {
        if (!m_pending.isEmpty())
            discard();
        return;
    }
    releaseElsewhere();
}

void WebDavTransport::releaseElsewhere()
{
    // Kept between publishes on the publishing thread and let go from
    // another: the manager is deleted in its own thread, by the next event
    // loop there.
    QNetworkAccessManager *network = m_network.release();
    QMetaObject::invokeMethod(
        network, [network] { delete network; }, Qt::QueuedConnection);
}

bool WebDavTransport::isOpen() const
{
    // Its connections are only usable from the thread that made them.
    return m_network && m_network->thread() == QThread::currentThread();
}

Status WebDavTransport::open()
{
    if (m_network && m_network->thread() != QThread::currentThread())
        releaseElsewhere();
    m_pending.clear();
    m_network = std::make_unique<QNetworkAccessManager>();
    // Never followed: a redirect could take the password to another server.
    // send() says where the server points instead.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_loginNeed = passwordLogin();
    m_loginNeed.kind = LoginNeed::Kind::None;
    m_passwordOffered = false;
    const QString user = m_base.userName();
    if (!user.isEmpty() && m_base.scheme().toLower() == QLatin1String("http") &&
        !isLoopback(m_base.host()))
        return Status::failure(
            tr("Refusing to send the password of %1 over plain http:// to %2: anyone on the "
               "network could read it. Use https://%2%3 instead.")
                .arg(user, m_base.host(), m_base.path()));
    m_password = user.isEmpty() ? QString() : credentials::lookup(m_loginNeed.key, m_role).password;
    QObject::connect(m_network.get(), &QNetworkAccessManager::authenticationRequired,
                     m_network.get(), [this, user](QNetworkReply *reply, QAuthenticator *auth) {
                         // Offer the credentials once, and only to the
                         // configured origin; a second ask means they were
                         // refused, and leaving them empty ends the request.
                         if (!auth->user().isEmpty() || user.isEmpty() || m_password.isEmpty() ||
                             !sameOrigin(reply->url(), m_base))
                             return;
                         m_passwordOffered = true;
                         auth->setUser(user);
                         auth->setPassword(m_password);
                     });
    QObject::connect(
        m_network.get(), &QNetworkAccessManager::sslErrors, m_network.get(),
        [this](QNetworkReply *reply, const QList<QSslError> &errors) {
            const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
            const QString digest =
                QString::fromLatin1(leaf.digest(QCryptographicHash::Sha256).toHex());
            const QUrl url = reply->url();
            bool nameMismatch = false;
            for (const QSslError &e : errors)
                nameMismatch = nameMismatch || e.error() == QSslError::HostNameMismatch;
            // Trusted for this server only, and a certificate made out for
            // another name only when that was shown and accepted too.
            const QString entry =
                sitesettings::trustEntry(url.host(), defaultPort(url), digest, false);
            const QString anyName =
                sitesettings::trustEntry(url.host(), defaultPort(url), digest, true);
            if (!leaf.isNull() && (m_trustedCertificates.contains(anyName) ||
                                   (!nameMismatch && m_trustedCertificates.contains(entry)))) {
                reply->ignoreSslErrors(errors); // the user's remembered decision
                return;
            }
            m_loginNeed.kind = LoginNeed::Kind::CertificateUntrusted;
            m_loginNeed.fingerprint = digest;
            m_loginNeed.server = QStringLiteral("%1:%2").arg(url.host()).arg(defaultPort(url));
            m_loginNeed.nameMismatch = nameMismatch;
            QStringList reasons;
            for (const QSslError &e : errors)
                reasons << e.errorString();
            reasons.removeDuplicates();
            m_loginNeed.detail = reasons.join(QStringLiteral("; "));
        });
    m_knownCollections.clear();
    // The target folder itself must exist (or be creatable).
    return makeCollections(QString());
}

LoginNeed WebDavTransport::passwordLogin() const
{
    LoginNeed login;
    const QString user = m_base.userName();
    if (user.isEmpty())
        return login; // no user, no password to keep
    login.kind = LoginNeed::Kind::Password;
    login.key = credentials::keyFor(m_base.scheme(), user, m_base.host(), defaultPort(m_base));
    login.account = user + QLatin1Char('@') + m_base.host();
    return login;
}

QString WebDavTransport::explain(int status, const QString &error) const
{
    if (m_loginNeed.kind == LoginNeed::Kind::CertificateUntrusted)
        return tr("The certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3. "
                  "If the server's administrator confirms it, trust it in Site Settings or with "
                  "`webcast-admin config trusted-certificates %4`.")
            .arg(m_loginNeed.server, m_loginNeed.detail, m_loginNeed.fingerprint,
                 trustEntryFor(m_loginNeed));
    if (!m_redirect.isEmpty())
        return m_redirect;
    if (status == 401 && m_base.userName().isEmpty())
        return tr("The server %1 asks for a login: put the user name in the address, like "
                  "https://name@%1/path.")
            .arg(m_base.host());
    if (status == 401 && m_passwordOffered)
        return tr("The server %1 refused the password of %2.")
            .arg(m_base.host(), m_loginNeed.account);
    if (status == 401)
        return tr("The server %1 asks for the password of %2.")
            .arg(m_base.host(), m_loginNeed.account);
    if (status == 403)
        return tr("The server %1 does not allow %2 to write here (%3).")
            .arg(m_base.host(), m_loginNeed.account, error);
    return error;
}

QUrl WebDavTransport::urlFor(const QString &path) const
{
    QUrl url = m_base;
    url.setUserName(QString());
    url.setPassword(QString());
    url.setPath(m_base.path(QUrl::FullyEncoded) + encodedPath(path), QUrl::StrictMode);
    return url;
}

Result<std::optional<QByteArray>> WebDavTransport::fetch(const QString &path)
{
    if (!sitewriter::isSafeRelativePath(path))
        return Status::failure(tr("Refusing the unsafe path \"%1\".").arg(path));
    QNetworkRequest request(urlFor(path));
    request.setTransferTimeout(m_timeoutSeconds * 1000);
    QNetworkReply *reply = m_network->get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->read(maximumFetch + 1);
    const QString error = reply->errorString();
    reply->deleteLater();
    if (status == 404)
        return std::optional<QByteArray>();
    if (status == 200 && body.size() <= maximumFetch)
        return std::optional<QByteArray>(body);
    return Status::failure(
        tr("Cannot read %1: %2").arg(path, status ? explain(status, error) : error));
}

int WebDavTransport::send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body,
                          QString *error)
{
    request.setTransferTimeout(m_timeoutSeconds * 1000);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = finished(reply, error);
    reply->deleteLater();
    return status;
}

void WebDavTransport::noteRedirect(QNetworkReply *reply, int status)
{
    m_redirect.clear();
    m_redirectElsewhere = false;
    if (status < 300 || status >= 400 || status == 304)
        return;
    const QUrl target = reply->url().resolved(
        reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
    m_redirectElsewhere = !sameOrigin(target, m_base);
    if (m_redirectElsewhere)
        m_redirect = tr("The server %1 sends the request on to %2, another server. The password "
                        "is only ever sent to %1, so nothing was sent there. If the new address "
                        "is right, make it the target.")
                         .arg(m_base.host(), target.toDisplayString(QUrl::RemoveUserInfo));
    else
        m_redirect = tr("The server %1 sends the request on to %2; redirects are not followed. "
                        "If that address is right, make it the target.")
                         .arg(m_base.host(), target.toDisplayString(QUrl::RemoveUserInfo));
}

QString WebDavTransport::trustEntryFor(const LoginNeed &need)
{
    const QString host = need.server.section(QLatin1Char(':'), 0, -2);
    const int port = need.server.section(QLatin1Char(':'), -1).toInt();
    return sitesettings::trustEntry(host, port, need.fingerprint, need.nameMismatch);
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
        if (status == 201 || status == 405 || (status == 301 && !m_redirectElsewhere)) {
            m_knownCollections.insert(dir);
            continue;
        }
        if (status == 0 || status == 401 || status == 403 || !m_redirect.isEmpty())
            return Status::failure(explain(status, error));
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
    // The same file twice in a batch: the first goes into place first, so
    // the two never share a temporary name.
    for (const Pending &p : std::as_const(m_pending)) {
        if (p.path == path) {
            if (Status s = commit(); !s)
                return s;
            break;
        }
    }
    // Sent now to a temporary name, side by side with the others of the
    // batch (and with the marker's check, publishpipeline.cpp); commit()
    // waits for them and moves them into place.
    Pending pending;
    pending.path = path;
    pending.temp = dir + QLatin1Char('.') + path.mid(slash + 1) + QStringLiteral(".webcast-tmp");
    QNetworkRequest request(urlFor(pending.temp));
    request.setHeader(QNetworkRequest::ContentTypeHeader, mimeType);
    request.setTransferTimeout(m_timeoutSeconds * 1000);
    pending.reply = m_network->sendCustomRequest(request, QByteArrayLiteral("PUT"), data);
    m_pending.append(pending);
    return {};
}

int WebDavTransport::finished(QNetworkReply *reply, QString *error)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    noteRedirect(reply, status);
    if (status == 401 && !m_base.userName().isEmpty())
        m_loginNeed.kind =
            m_passwordOffered ? LoginNeed::Kind::PasswordRefused : LoginNeed::Kind::Password;
    if (status == 0 && error)
        *error = reply->errorString();
    else if (error && status >= 400)
        *error = QStringLiteral("HTTP %1 %2")
                     .arg(status)
                     .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    return status;
}

void WebDavTransport::waitAll(const QList<QNetworkReply *> &replies)
{
    QEventLoop loop;
    int open = 0;
    for (QNetworkReply *reply : replies) {
        if (reply->isFinished())
            continue;
        ++open;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&open, &loop] {
            if (--open == 0)
                loop.quit();
        });
    }
    if (open > 0)
        loop.exec();
}

void WebDavTransport::removeTemporaries(const QList<Pending> &pending)
{
    QList<QNetworkReply *> deletes;
    for (const Pending &p : pending) {
        QNetworkRequest request(urlFor(p.temp));
        request.setTransferTimeout(m_timeoutSeconds * 1000);
        deletes << m_network->sendCustomRequest(request, QByteArrayLiteral("DELETE"));
    }
    waitAll(deletes);
    for (QNetworkReply *reply : std::as_const(deletes))
        reply->deleteLater();
}

Status WebDavTransport::commit()
{
    const QList<Pending> pending = std::exchange(m_pending, {});
    if (pending.isEmpty())
        return {};
    QList<QNetworkReply *> puts;
    for (const Pending &p : pending)
        puts << p.reply;
    waitAll(puts);
    Status result;
    for (const Pending &p : pending) {
        QString error;
        const int status = finished(p.reply, &error);
        p.reply->deleteLater();
        if (result && status != 201 && status != 204 && status != 200)
            result =
                Status::failure(tr("Cannot upload %1: %2").arg(p.path, explain(status, error)));
    }
    if (!result) {
        removeTemporaries(pending);
        return result;
    }
    // Into place in steps, the files of each sent side by side: what pages
    // link to (stream files, slides), then the pages, then status.json, which
    // open master pages watch (publisher.cpp). A flip has no files of the
    // first kind, and an empty step costs nothing.
    constexpr int steps = 3;
    QList<Pending> waves[steps];
    for (const Pending &p : pending) {
        const bool status = p.path.endsWith(QLatin1String("status.json"));
        const bool page =
            p.path.endsWith(QLatin1String(".html")) || p.path.endsWith(QLatin1String(".xml"));
        waves[status ? 2 : page ? 1 : 0] << p;
    }
    for (int w = 0; w < steps; ++w) {
        QList<QNetworkReply *> moves;
        for (const Pending &p : std::as_const(waves[w])) {
            QNetworkRequest move(urlFor(p.temp));
            move.setRawHeader(QByteArrayLiteral("Destination"), urlFor(p.path).toEncoded());
            move.setRawHeader(QByteArrayLiteral("Overwrite"), QByteArrayLiteral("T"));
            move.setTransferTimeout(m_timeoutSeconds * 1000);
            moves << m_network->sendCustomRequest(move, QByteArrayLiteral("MOVE"));
        }
        waitAll(moves);
        QList<Pending> notMoved;
        for (qsizetype i = 0; i < moves.size(); ++i) {
            QString error;
            const int status = finished(moves.at(i), &error);
            moves.at(i)->deleteLater();
            if (status != 201 && status != 204) {
                notMoved << waves[w].at(i);
                if (result)
                    result = Status::failure(
                        tr("Cannot put %1 in place: %2").arg(waves[w].at(i).path, error));
            }
        }
        if (!result) {
            // What did not move stays out of sight: no temporary is left.
            for (int later = w + 1; later < steps; ++later)
                notMoved += waves[later];
            removeTemporaries(notMoved);
            return result;
        }
    }
    return {};
}

void WebDavTransport::discard()
{
    const QList<Pending> pending = std::exchange(m_pending, {});
    QList<QNetworkReply *> puts;
    for (const Pending &p : pending)
        puts << p.reply;
    waitAll(puts);
    for (QNetworkReply *reply : std::as_const(puts))
        reply->deleteLater();
    removeTemporaries(pending);
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

int WebDavTransport::wait(QNetworkReply *reply, const std::atomic_bool *cancel, QString *error)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    if (cancel) {
        QObject::connect(&poll, &QTimer::timeout, reply, [reply, cancel] {
            if (*cancel)
                reply->abort();
        });
        poll.start(100);
    }
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    noteRedirect(reply, status);
    if (status == 0 && error)
        *error = reply->errorString();
    else if (error && status >= 400)
        *error = QStringLiteral("HTTP %1").arg(status);
    return status;
}

Status WebDavTransport::uploadFile(const QString &localPath, const QString &path,
                                   const UploadProgress &progress, const std::atomic_bool *cancel,
                                   qint64 *resumedFrom)
{
    if (resumedFrom)
        *resumedFrom = 0;
    if (!m_network)
        return Status::failure(tr("Not connected."));
    if (!sitewriter::isSafeRelativePath(path))
        return Status::failure(tr("Refusing the unsafe path \"%1\".").arg(path));
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(localPath, file.errorString()));
    const qint64 total = file.size();
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    const QString dir = slash < 0 ? QString() : path.left(slash + 1);
    if (Status s = makeCollections(dir); !s)
        return s;
    const QString temp =
        dir + QLatin1Char('.') + path.mid(slash + 1) + QStringLiteral(".webcast-part");

    // Sent as it is read, hashed on the way.
    Sha256 sent;
    QNetworkRequest put(urlFor(temp));
    put.setHeader(QNetworkRequest::ContentTypeHeader, contentTypeFor(path));
    put.setHeader(QNetworkRequest::ContentLengthHeader, total);
    put.setTransferTimeout(m_timeoutSeconds * 1000);
    QNetworkReply *reply = m_network->put(put, &file);
    QObject::connect(reply, &QNetworkReply::uploadProgress, reply,
                     [&progress](qint64 done, qint64 all) {
                         if (progress && all > 0)
                             progress(done, all);
                     });
    QString error;
    int status = wait(reply, cancel, &error);
    reply->deleteLater();
    if (cancel && *cancel) {
        send(QByteArrayLiteral("DELETE"), QNetworkRequest(urlFor(temp)), {}, nullptr);
        return Status::failure(tr("The upload of %1 was cancelled.").arg(path));
    }
    if (status != 201 && status != 204 && status != 200)
        return Status::failure(tr("Cannot upload %1: %2").arg(path, explain(status, error)));
    file.seek(0);
    while (!file.atEnd())
        sent.addData(file.read(8 * 1024 * 1024));

    // Read back and hashed: the server's copy is what was sent.
    Sha256 stored;
    qint64 storedSize = 0;
    QNetworkRequest get(urlFor(temp));
    get.setTransferTimeout(m_timeoutSeconds * 1000);
    QNetworkReply *back = m_network->get(get);
    QObject::connect(back, &QNetworkReply::readyRead, back, [&stored, &storedSize, back] {
        const QByteArray chunk = back->readAll();
        storedSize += chunk.size();
        stored.addData(chunk);
    });
    status = wait(back, cancel, &error);
    const QByteArray rest = back->readAll();
    storedSize += rest.size();
    stored.addData(rest);
    back->deleteLater();
    if (status != 200 || storedSize != total || stored.hexResult() != sent.hexResult()) {
        send(QByteArrayLiteral("DELETE"), QNetworkRequest(urlFor(temp)), {}, nullptr);
        return Status::failure(
            tr("The server's copy of %1 does not match the file (size or checksum); it was "
               "removed. Upload it again.")
                .arg(path));
    }
    QNetworkRequest move(urlFor(temp));
    move.setRawHeader(QByteArrayLiteral("Destination"), urlFor(path).toEncoded());
    move.setRawHeader(QByteArrayLiteral("Overwrite"), QByteArrayLiteral("T"));
    status = send(QByteArrayLiteral("MOVE"), move, {}, &error);
    if (status != 201 && status != 204)
        return Status::failure(tr("Cannot put %1 in place: %2").arg(path, error));
    return {};
}
