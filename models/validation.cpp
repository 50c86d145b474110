#include "models/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("validation", text);
}

using validation::hasControlCharacters;

void checkSlug(ValidationResult &r, const QString &slug)
{
    if (slug.isEmpty())
        r.add(QStringLiteral("slug"),
              QCoreApplication::translate("validation",
                                          "is required (it becomes part of the web address)"));
    else if (slug.size() > validation::maxSlugLength)
        r.add(QStringLiteral("slug"),
              QCoreApplication::translate("validation", "is too long (at most %1 characters)")
                  .arg(validation::maxSlugLength));
    else if (!validation::isValidSlug(slug))
        r.add(QStringLiteral("slug"),
              QCoreApplication::translate(
                  "validation", "use only lowercase letters a-z, digits and single hyphens inside, "
                                "e.g. \"day-1-keynote\""));
}

void checkTitle(ValidationResult &r, const QString &title)
{
    if (title.trimmed().isEmpty())
        r.add(QStringLiteral("title"), QCoreApplication::translate("validation", "is required"));
    else if (title.size() > validation::maxTitleLength)
        r.add(QStringLiteral("title"),
              QCoreApplication::translate("validation", "is too long (at most %1 characters)")
                  .arg(validation::maxTitleLength));
    else if (hasControlCharacters(title))
        r.add(QStringLiteral("title"),
              QCoreApplication::translate("validation",
                                          "must be a single line without control characters"));
}

void checkLine(ValidationResult &r, const QString &field, const QString &value)
{
    if (value.size() > validation::maxTitleLength)
        r.add(field,
              QCoreApplication::translate("validation", "is too long (at most %1 characters)")
                  .arg(validation::maxTitleLength));
    else if (hasControlCharacters(value))
        r.add(field, QCoreApplication::translate(
                         "validation", "must be a single line without control characters"));
}

void checkText(ValidationResult &r, const QString &field, const QString &value)
{
    if (value.size() > validation::maxTextLength)
        r.add(field,
              QCoreApplication::translate("validation", "is too long (at most %1 characters)")
                  .arg(validation::maxTextLength));
}

void checkUrl(ValidationResult &r, const QString &field, const QString &value,
              const QStringList &schemes)
{
    if (!validation::isAcceptableUrl(value, schemes))
        r.add(field, QCoreApplication::translate("validation",
                                                 "must be a full web address starting with %1")
                         .arg(schemes.join(QStringLiteral("://, ")) + QStringLiteral("://")));
}

// A relative path on the streaming server: segments of ordinary names, no
// "..", no absolute path, no backslashes, nothing that could climb out.
bool isSafeRelativePath(const QString &path)
{
    if (path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')) ||
        hasControlCharacters(path))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return false;
    }
    return true;
}

} // namespace

bool ValidationResult::hasErrorFor(const QString &field) const
{
    for (const FieldError &e : m_errors) {
        if (e.field == field)
            return true;
    }
    return false;
}

QString ValidationResult::summary() const
{
    QStringList parts;
    for (const FieldError &e : m_errors)
        parts << e.field + QStringLiteral(": ") + e.message;
    return parts.join(QStringLiteral("; "));
}

namespace validation {

QString slugFromTitle(const QString &title)
{
    // Decompose accents (é -> e + ´) and keep only a-z and 0-9.
    const QString plain = title.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool pendingHyphen = false;
    for (QChar c : plain) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (pendingHyphen && !slug.isEmpty())
                slug += QLatin1Char('-');
            pendingHyphen = false;
            slug += c;
        } else if (c.isSpace() || c.isPunct() || c.isSymbol()) {
            pendingHyphen = true;
        }
        if (slug.size() >= 60)
            break;
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

bool hasControlCharacters(const QString &s)
{
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool isValidSlug(const QString &slug)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return slug.size() <= maxSlugLength && re.match(slug).hasMatch();
}

bool isKnownTimeZone(const QString &ianaName)
{
    // IANA names only: the pattern keeps out paths ("../") and Qt's own
    // "UTC+05:00" offset forms. Qt lists only zone.tab's zones, so aliases
    // such as Etc/UTC (what many systems report as their zone) are checked
    // by loading them.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z_]*(/[A-Za-z0-9_+-]+)*$"));
    if (ianaName.size() > 64 || !re.match(ianaName).hasMatch())
        return false;
    const QByteArray id = ianaName.toUtf8();
    return QTimeZone::isTimeZoneIdAvailable(id) || QTimeZone(id).isValid();
}

bool isAcceptableUrl(const QString &url, const QStringList &schemes)
{
    if (url.isEmpty())
        return true;
    if (url.contains(QLatin1Char(' ')) || hasControlCharacters(url) ||
        url.size() > maxTitleLength * 4)
        return false;
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && schemes.contains(parsed.scheme().toLower()) &&
           !parsed.host().isEmpty();
}

ValidationResult checkWorkshop(const Workshop &w)
{
    ValidationResult r;
    checkSlug(r, w.slug);
    checkTitle(r, w.title);
    checkText(r, QStringLiteral("description"), w.description);
    checkLine(r, QStringLiteral("location"), w.location);
    if (!w.firstDay.isValid())
        r.add(QStringLiteral("first_day"), tr("is required (a date like 2026-03-14)"));
    if (!w.lastDay.isValid())
        r.add(QStringLiteral("last_day"), tr("is required (a date like 2026-03-16)"));
    if (w.firstDay.isValid() && w.lastDay.isValid() && w.lastDay < w.firstDay)
        r.add(QStringLiteral("last_day"), tr("is before the first day"));
    if (w.timeZone.isEmpty())
        r.add(QStringLiteral("time_zone"), tr("is required (an IANA name like Europe/Berlin)"));
    else if (!isKnownTimeZone(w.timeZone))
        r.add(QStringLiteral("time_zone"),
              tr("\"%1\" is not a known time zone (use an IANA name like America/New_York)")
                  .arg(w.timeZone.left(60)));
    checkUrl(r, QStringLiteral("live_stream_url"), w.liveStreamUrl,
             {QStringLiteral("rtsp"), QStringLiteral("rtsps"), QStringLiteral("http"),
              QStringLiteral("https")});
    checkUrl(r, QStringLiteral("external_url"), w.externalUrl,
             {QStringLiteral("http"), QStringLiteral("https")});
    checkText(r, QStringLiteral("external_note"), w.externalNote);
    return r;
}

ValidationResult checkPresentation(const Presentation &p)
{
    ValidationResult r;
    checkSlug(r, p.slug);
    checkTitle(r, p.title);
    checkLine(r, QStringLiteral("speaker_name"), p.speakerName);
    checkLine(r, QStringLiteral("speaker_affiliation"), p.speakerAffiliation);
    checkText(r, QStringLiteral("speaker_bio"), p.speakerBio);
    checkText(r, QStringLiteral("summary"), p.summary);
    checkLine(r, QStringLiteral("room"), p.room);
    if (!p.startsAt.isValid())
        r.add(QStringLiteral("starts_at"), tr("is required (a date and time)"));
    if (!p.endsAt.isValid())
        r.add(QStringLiteral("ends_at"), tr("is required (a date and time)"));
    if (p.startsAt.isValid() && p.endsAt.isValid() && p.endsAt <= p.startsAt)
        r.add(QStringLiteral("ends_at"), tr("must be after the start"));
    if (!isSafeRelativePath(p.webcastPath))
        r.add(QStringLiteral("webcast_path"),
              tr("must be a relative folder on the streaming server, without \"..\" or "
                 "backslashes"));
    else
        checkLine(r, QStringLiteral("webcast_path"), p.webcastPath);
    if (p.webcastFilename.contains(QLatin1Char('/')) ||
        p.webcastFilename.contains(QLatin1Char('\\')) || p.webcastFilename == QLatin1String("..") ||
        p.webcastFilename == QLatin1String(".") || hasControlCharacters(p.webcastFilename))
        r.add(QStringLiteral("webcast_filename"), tr("must be a plain file name, without folders"));
    else
        checkLine(r, QStringLiteral("webcast_filename"), p.webcastFilename);
    checkUrl(r, QStringLiteral("external_url"), p.externalUrl,
             {QStringLiteral("http"), QStringLiteral("https")});
    return r;
}

} // namespace validation
