#pragma once

#include "app/publish/transport.h"

#include <QSet>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

// WebDAV over HTTP(S) through QNetworkAccessManager: MKCOL for folders, PUT
// to a temporary name in the same folder, then MOVE with "Overwrite: T" over
// the real name, DELETE to remove. Basic/Digest credentials: the URL's user
// and a password from credentials.h (environment, session, keychain), sent
// only to the configured origin (redirects are not followed) and never over
// plain http:// except to this machine. TLS certificates are verified; one
// that no known authority signed is used only when the user chose to trust
// exactly it for this host:port (`trustedCertificates`, sitesettings.h). Blocking: each request
// waits in a local event loop, so use it from a worker thread or the command line.
class WebDavTransport : public Transport
{
public:
    explicit WebDavTransport(QUrl base, QStringList trustedCertificates = {});
    ~WebDavTransport() override;
    Status open() override;
    // Kept open between publishes (no new connections, no MKCOL of the
    // target) when used from the thread that opened it.
    bool isOpen() const override;
    // Sends the PUT to a temporary name at once, without waiting.
    Status put(const QString &path, const QByteArray &data, const QByteArray &mimeType) override;
    // Waits for the batch's PUTs, then MOVEs them into place side by side:
    // every other file first, status.json after. On a failure nothing of
    // what did not move is left at a temporary name.
    Status commit() override;
    bool sendsPutsEarly() const override { return true; }
    void discard() override;
    Status remove(const QString &path) override;
    Result<std::optional<QByteArray>> fetch(const QString &path) override;
    LoginNeed passwordLogin() const override;
    // Streams the file with PUT (no resume: WebDAV has no standard partial
    // PUT), reads it back to check size and SHA-256, then MOVEs it in place.
    Status uploadFile(const QString &localPath, const QString &path, const UploadProgress &progress,
                      const std::atomic_bool *cancel, qint64 *resumedFrom) override;

    // "host:port=<sha256>[,any-name]" for trusting the certificate a
    // CertificateUntrusted need describes (sitesettings.h).
    static QString trustEntryFor(const LoginNeed &need);

    // Seconds to wait for one request before giving up.
    void setTimeout(int seconds) { m_timeoutSeconds = seconds; }

private:
    QUrl urlFor(const QString &path) const;
    // Sends and waits; returns the HTTP status (0 on a network error, with
    // `error` set).
    int send(const QByteArray &verb, QNetworkRequest request, const QByteArray &body,
             QString *error);
    // Waits for a reply, aborting it when `cancel` is set; status as send().
    int wait(QNetworkReply *reply, const std::atomic_bool *cancel, QString *error);
    // A reply's HTTP status (0 on a network error, with `error` set), with
    // what it says about the login and redirects noted.
    int finished(QNetworkReply *reply, QString *error);
    static void waitAll(const QList<QNetworkReply *> &replies);
    struct Pending
    {
        QString path;
        QString temp;
        QNetworkReply *reply = nullptr;
    };
    void removeTemporaries(const QList<Pending> &pending);
    // Hands the manager, made on another thread, back to that thread to end.
    void releaseElsewhere();
    Status makeCollections(const QString &path);
    // A 3xx answer: kept in words (redirects are never followed).
    void noteRedirect(QNetworkReply *reply, int status);
    // The words for a failed request: login, certificate or the server's.
    QString explain(int status, const QString &error) const;

    QUrl m_base;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QSet<QString> m_knownCollections;
    QList<Pending> m_pending; // PUT, not yet moved into place
    QStringList m_trustedCertificates;
    QString m_password;
    bool m_passwordOffered = false;
    QString m_redirect; // why the last request was not followed elsewhere
    bool m_redirectElsewhere = false;
    int m_timeoutSeconds = 60;
};
