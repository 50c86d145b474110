#pragma once

#include "publishtarget.h"

#include <QSet>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// WebDAV over HTTP(S) through QNetworkAccessManager: MKCOL for folders, PUT
// to a temporary name in the same folder, then MOVE with "Overwrite: T" over
// the real name, DELETE to remove. Basic/Digest credentials come from the
// URL's user and WEBCAST_ADMIN_PASSWORD (the keychain in the window); TLS
// certificates are verified. Blocking: each request waits in a local event
// loop, so use it from a worker thread or the command line.
class WebDavTransport : public Transport
{
public:
    explicit WebDavTransport(QUrl base);
    ~WebDavTransport() override;
    Status open() override;
    Status put(const QString &path, const QByteArray &data, const QByteArray &mimeType) override;
    Status remove(const QString &path) override;

    // Seconds to wait for one request before giving up.
    void setTimeout(int seconds) { m_timeoutSeconds = seconds; }

private:
    QUrl urlFor(const QString &path) const;
    // Sends and waits; returns the HTTP status (0 on a network error, with
    // `error` set).
    int send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body,
             QString *error);
    Status makeCollections(const QString &path);

    QUrl m_base;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QSet<QString> m_knownCollections;
    int m_timeoutSeconds = 60;
};
