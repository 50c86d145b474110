#include "models/sitesettings.h"

#include "models/database.h"
#include "models/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sitesettings", text);
}

QString *field(SiteSettings &s, const QString &key)
{
    if (key == QLatin1String("public-url"))
        return &s.publicUrl;
    if (key == QLatin1String("rtsp-base"))
        return &s.rtspBase;
    if (key == QLatin1String("playback-base"))
        return &s.playbackBase;
    if (key == QLatin1String("player"))
        return &s.player;
    if (key == QLatin1String("template-dir"))
        return &s.templateDir;
    if (key == QLatin1String("web-target"))
        return &s.webTarget;
    if (key == QLatin1String("streaming-target"))
        return &s.streamingTarget;
    if (key == QLatin1String("web-identity"))
        return &s.webIdentity;
    if (key == QLatin1String("streaming-identity"))
        return &s.streamingIdentity;
    if (key == QLatin1String("known-hosts"))
        return &s.knownHosts;
    if (key == QLatin1String("trusted-certificates"))
        return &s.trustedCertificates;
    if (key == QLatin1String("archive-pattern"))
        return &s.archivePattern;
    return nullptr;
}

Status check(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return {};
    if (key == QLatin1String("public-url") &&
        !validation::isAcceptableUrl(value, {QStringLiteral("http"), QStringLiteral("https")}))
        return Status::failure(QCoreApplication::translate(
                                   "sitesettings",
                                   "public-url: must be a web address starting with http:// or "
                                   "https://"),
                               key);
    if (key == QLatin1String("rtsp-base") &&
        !validation::isAcceptableUrl(value, {QStringLiteral("rtsp"), QStringLiteral("rtsps")}))
        return Status::failure(
            QCoreApplication::translate("sitesettings",
                                        "rtsp-base: must start with rtsp:// or rtsps://"),
            key);
    if (key == QLatin1String("playback-base") &&
        !validation::isAcceptableUrl(value, {QStringLiteral("http"), QStringLiteral("https")}))
        return Status::failure(
            QCoreApplication::translate("sitesettings",
                                        "playback-base: must start with http:// or https://"),
            key);
    if (key == QLatin1String("player") && value != QLatin1String("html5") &&
        value != QLatin1String("quicktime"))
        return Status::failure(
            QCoreApplication::translate("sitesettings", "player: must be html5 or quicktime"), key);
    if (key == QLatin1String("template-dir") && !QDir(value).exists())
        return Status::failure(QCoreApplication::translate(
                                   "sitesettings", "template-dir: the folder %1 does not exist")
                                   .arg(value),
                               key);
    if (key == QLatin1String("web-target") || key == QLatin1String("streaming-target")) {
        QString why;
        if (!sitesettings::isValidTarget(value, &why))
            return Status::failure(key + QStringLiteral(": ") + why, key);
    }
    if ((key == QLatin1String("web-identity") || key == QLatin1String("streaming-identity")) &&
        !QFileInfo(value).isFile())
        return Status::failure(
            QCoreApplication::translate("sitesettings", "%1: the file %2 does not exist")
                .arg(key, value),
            key);
    // A new computer has no known_hosts yet: like OpenSSH, the first
    // accepted host key creates it. A folder in its place is a mistake.
    if (key == QLatin1String("known-hosts") && QFileInfo(value).isDir())
        return Status::failure(
            QCoreApplication::translate("sitesettings", "%1: %2 is a folder, not a file")
                .arg(key, value),
            key);
    if (key == QLatin1String("archive-pattern")) {
        QString why;
        if (!value.contains(QLatin1String("<talk-slug>")) &&
            !value.contains(QLatin1String("<talk-id>")))
            return Status::failure(QCoreApplication::translate(
                                       "sitesettings",
                                       "archive-pattern: must contain <talk-slug> or <talk-id>, "
                                       "so each talk has its own file"),
                                   key);
        if (sitesettings::expandArchivePattern(value, QStringLiteral("w"), QStringLiteral("t"), 1,
                                               QStringLiteral("2026-01-01"), QStringLiteral("mov"),
                                               &why)
                .isEmpty())
            return Status::failure(QStringLiteral("archive-pattern: ") + why, key);
    }
    if (key == QLatin1String("trusted-certificates")) {
        const QStringList items = value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &item : items) {
            QString why;
            if (sitesettings::normalizedTrustEntry(item, &why).isEmpty())
                return Status::failure(QStringLiteral("trusted-certificates: ") + why, key);
        }
    }
    return {};
}

} // namespace

namespace sitesettings {

QString normalizedFingerprint(const QString &text)
{
    QString out = text.toLower();
    out.remove(QLatin1Char(':'));
    if (out.startsWith(QLatin1String("sha256")))
        out = out.mid(6);
    return out;
}

QString expandArchivePattern(const QString &pattern, const QString &workshopSlug,
                             const QString &talkSlug, qint64 talkId, const QString &date,
                             const QString &ext, QString *why)
{
    QString out = pattern.isEmpty() ? QString::fromLatin1(defaultArchivePattern) : pattern;
    out.replace(QLatin1String("<workshop-slug>"), workshopSlug);
    out.replace(QLatin1String("<talk-slug>"), talkSlug);
    out.replace(QLatin1String("<talk-id>"), QString::number(talkId));
    out.replace(QLatin1String("<date>"), date);
    out.replace(QLatin1String("<ext>"), ext);
    if (ext.isEmpty() && out.endsWith(QLatin1Char('.')))
        out.chop(1);
    static const QRegularExpression unknown(QStringLiteral("<[^>]*>"));
    const QStringList parts = out.split(QLatin1Char('/'));
    bool safe = !out.isEmpty() && !out.startsWith(QLatin1Char('/')) &&
                !out.contains(QLatin1Char('\\')) && !out.contains(unknown);
    for (const QString &part : parts)
        safe = safe && !part.isEmpty() && part != QLatin1String(".") && part != QLatin1String("..");
    if (!safe) {
        if (why)
            *why = tr("\"%1\" is not a relative path inside the target (known parts: "
                      "<workshop-slug>, <talk-slug>, <talk-id>, <date>, <ext>)")
                       .arg(pattern);
        return {};
    }
    return out;
}

QString trustEntry(const QString &host, int port, const QString &sha256, bool anyName)
{
    return QStringLiteral("%1:%2=%3%4")
        .arg(host.toLower())
        .arg(port)
        .arg(normalizedFingerprint(sha256), anyName ? QStringLiteral(",any-name") : QString());
}

QString normalizedTrustEntry(const QString &text, QString *why)
{
    static const QRegularExpression form(
        QStringLiteral("^([^\\s=/]+):([0-9]{1,5})=([0-9A-Fa-f:]+)(,any-name)?$"));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    const QString digest = m.hasMatch() ? normalizedFingerprint(m.captured(3)) : QString();
    if (!m.hasMatch() || !sha256.match(digest).hasMatch()) {
        if (why)
            *why = tr("\"%1\" must name the server and the certificate's SHA-256: "
                      "host:port=fingerprint (64 hex digits, colons allowed)")
                       .arg(text);
        return {};
    }
    return trustEntry(m.captured(1), m.captured(2).toInt(), digest, !m.captured(4).isEmpty());
}

QStringList trustedCertificates(const SiteSettings &settings)
{
    QStringList out;
    const QStringList items =
        settings.trustedCertificates.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString entry = normalizedTrustEntry(item);
        if (!entry.isEmpty())
            out << entry;
    }
    return out;
}

bool isValidTarget(const QString &url, QString *why)
{
    auto refuse = [why](const QString &message) {
        if (why)
            *why = message;
        return false;
    };
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || url.contains(QLatin1Char(' ')))
        return refuse(tr("is not a valid address"));
    const QString scheme = u.scheme().toLower();
    if (!u.password().isEmpty())
        return refuse(tr("must not contain a password (it is asked for and kept in the "
                         "keychain)"));
    if (u.hasQuery() || u.hasFragment())
        return refuse(tr("must not have a query or fragment"));
    const QStringList parts = u.path().split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral("..")))
        return refuse(tr("must not contain \"..\""));
    if (scheme == QLatin1String("file")) {
        if (!u.host().isEmpty() || !u.path().startsWith(QLatin1Char('/')))
            return refuse(tr("a folder must be written file:///absolute/path"));
        return true;
    }
    if (scheme == QLatin1String("sftp")) {
        if (u.host().isEmpty() || u.path().isEmpty())
            return refuse(tr("must look like sftp://user@host:port/path"));
        return true;
    }
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https")) {
        if (u.host().isEmpty())
            return refuse(tr("must look like https://host/path"));
        return true;
    }
    return refuse(tr("must start with sftp://, https://, http:// or file:///"));
}

} // namespace sitesettings

bool SiteSettings::operator==(const SiteSettings &o) const
{
    return publicUrl == o.publicUrl && rtspBase == o.rtspBase && playbackBase == o.playbackBase &&
           player == o.player && templateDir == o.templateDir;
}

SiteSettingsStore::SiteSettingsStore(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
}

const QStringList &SiteSettingsStore::keys()
{
    static const QStringList list{
        QStringLiteral("public-url"),           QStringLiteral("rtsp-base"),
        QStringLiteral("playback-base"),        QStringLiteral("player"),
        QStringLiteral("template-dir"),         QStringLiteral("web-target"),
        QStringLiteral("streaming-target"),     QStringLiteral("web-identity"),
        QStringLiteral("streaming-identity"),   QStringLiteral("known-hosts"),
        QStringLiteral("trusted-certificates"), QStringLiteral("archive-pattern")};
    return list;
}

SiteSettings SiteSettingsStore::load() const
{
    SiteSettings s;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT key, value FROM site_setting"))) {
        while (q.next()) {
            if (QString *f = field(s, q.value(0).toString()))
                *f = q.value(1).toString();
        }
    }
    if (s.player.isEmpty())
        s.player = QStringLiteral("html5");
    // Entries written before certificates were trusted per server (a bare
    // fingerprint) are no longer honoured; dropped here, asked again once.
    s.trustedCertificates = sitesettings::trustedCertificates(s).join(QLatin1Char(' '));
    return s;
}

QString SiteSettingsStore::value(const QString &key) const
{
    SiteSettings s = load();
    const QString *f = field(s, key);
    return f ? *f : QString();
}

Status SiteSettingsStore::set(const QString &key, const QString &value)
{
    SiteSettings s = load();
    QString *f = field(s, key);
    if (!f)
        return Status::failure(tr("unknown setting \"%1\" (use one of: %2)")
                                   .arg(key, keys().join(QStringLiteral(", "))),
                               key);
    *f = value.trimmed();
    return save(s);
}

Status SiteSettingsStore::save(const SiteSettings &settings)
{
    SiteSettings s = settings;
    for (const QString &key : keys()) {
        if (Status st = check(key, *field(s, key)); !st)
            return st;
    }
    const Result<bool> began = m_db.begin(); // false inside a caller's transaction
    if (!began)
        return began.status();
    const bool own = began.value();
    QSqlQuery q(m_db.connection());
    for (const QString &key : keys()) {
        q.prepare(QStringLiteral("DELETE FROM site_setting WHERE key = :k"));
        q.bindValue(QStringLiteral(":k"), key);
        bool ok = q.exec();
        const QString v = *field(s, key);
        if (ok && !v.isEmpty()) {
            q.prepare(QStringLiteral("INSERT INTO site_setting (key, value) VALUES (:k, :v)"));
            q.bindValue(QStringLiteral(":k"), key);
            q.bindValue(QStringLiteral(":v"), v);
            ok = q.exec();
        }
        if (!ok) {
            const QString why = q.lastError().text();
            if (own)
                m_db.rollback();
            return Status::failure(tr("Could not save the settings: %1").arg(why));
        }
    }
    if (own) {
        if (Status st = m_db.commit(); !st)
            return Status::failure(tr("Could not save the settings: %1").arg(st.error()));
    }
    emit changed();
    return {};
}
