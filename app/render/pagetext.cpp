#include "app/render/pagetext.h"

#include "models/validation.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>

#include <limits>

namespace pagetext {

// The public pages are in English whatever the desktop's language, and the
// same for every machine that renders them.
const QLocale &pageLocale()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QTimeZone zoneOf(const Workshop &w)
{
    QTimeZone zone(w.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QString dayText(const QDate &d)
{
    // A site has a few days per workshop and thousands of times shown on
    // them: each thread formats a day once (QLocale's formatter took a
    // twentieth of a render).
    thread_local QHash<qint64, QString> formatted;
    const qint64 key = d.isValid() ? d.toJulianDay() : std::numeric_limits<qint64>::min();
    if (const auto it = formatted.constFind(key); it != formatted.cend())
        return *it;
    if (formatted.size() > 4096)
        formatted.clear();
    const QString text = pageLocale().toString(d, QStringLiteral("dddd d MMMM yyyy"));
    formatted.insert(key, text);
    return text;
}

QString dateRange(const Workshop &w)
{
    if (w.firstDay == w.lastDay)
        return dayText(w.firstDay);
    if (w.firstDay.year() == w.lastDay.year() && w.firstDay.month() == w.lastDay.month())
        return pageLocale().toString(w.firstDay, QStringLiteral("d")) + QStringLiteral("–") +
               pageLocale().toString(w.lastDay, QStringLiteral("d MMMM yyyy"));
    return pageLocale().toString(w.firstDay, QStringLiteral("d MMMM yyyy")) +
           QStringLiteral(" – ") + pageLocale().toString(w.lastDay, QStringLiteral("d MMMM yyyy"));
}

// "09:05": what the page locale's "HH:mm" gives, written directly.
QString clock(const QDateTime &local)
{
    const QTime t = local.time();
    if (!t.isValid())
        return {};
    const char16_t text[5] = {char16_t(u'0' + t.hour() / 10), char16_t(u'0' + t.hour() % 10), u':',
                              char16_t(u'0' + t.minute() / 10), char16_t(u'0' + t.minute() % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 5);
}

// "Tuesday 24 November 2026 at 09:00 PST"
QString momentText(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    return dayText(local.date()) + QStringLiteral(" at ") + clock(local) + QLatin1Char(' ') +
           zone.abbreviation(utc);
}

QString zoneText(const QTimeZone &zone)
{
    return QStringLiteral("in the %1 time zone").arg(QString::fromUtf8(zone.id()));
}

// Qt::ISODate's own form ("2026-03-14T09:00:00Z", "...T10:00:00+01:00")
// written directly: QDateTime::toString goes through a general formatter that
// took a tenth of a whole site's render. Years outside 0-9999 keep Qt's.
QString isoText(const QDateTime &t)
{
    const QDate d = t.date();
    if (!t.isValid() || d.year() < 0 || d.year() > 9999)
        return t.toString(Qt::ISODate);
    const QTime time = t.time();
    char buf[32];
    int n = 0;
    auto two = [&buf, &n](int v) {
        buf[n++] = char('0' + v / 10);
        buf[n++] = char('0' + v % 10);
    };
    two(d.year() / 100);
    two(d.year() % 100);
    buf[n++] = '-';
    two(d.month());
    buf[n++] = '-';
    two(d.day());
    buf[n++] = 'T';
    two(time.hour());
    buf[n++] = ':';
    two(time.minute());
    buf[n++] = ':';
    two(time.second());
    if (t.timeSpec() == Qt::UTC) {
        buf[n++] = 'Z';
    } else if (t.timeSpec() != Qt::LocalTime) {
        const int offset = t.offsetFromUtc();
        const int minutes = (offset < 0 ? -offset : offset) / 60;
        buf[n++] = offset < 0 ? '-' : '+';
        two(minutes / 60);
        buf[n++] = ':';
        two(minutes % 60);
    }
    return QString::fromLatin1(buf, n);
}

QString isoTime(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    return isoText(local.toOffsetFromUtc(local.offsetFromUtc()));
}

QString stateHeading(WebcastState state, bool workshop)
{
    switch (state) {
    case WebcastState::Upcoming:
        return workshop ? QStringLiteral("The webcast has not started yet")
                        : QStringLiteral("Not started yet");
    case WebcastState::Live:
        return QStringLiteral("Live now");
    case WebcastState::Concluded:
        return QStringLiteral("The webcast has ended");
    case WebcastState::Archive:
        return workshop ? QStringLiteral("Recordings") : QStringLiteral("Recording");
    case WebcastState::External:
        return QStringLiteral("Webcast by a partner");
    }
    return {};
}

// A URL typed by a user, again checked before it goes into a page.
QString safeUrl(const QString &url, const QStringList &schemes)
{
    return validation::isAcceptableUrl(url, schemes) && !url.isEmpty() ? url : QString();
}

const QStringList webSchemes{QStringLiteral("http"), QStringLiteral("https")};

// "talk slides.PDF" -> "talk-slides.pdf": the name the slides have on the server.
QString slideFileName(const Attachment &a)
{
    const QFileInfo info(a.fileName);
    QString base = info.completeBaseName();
    QString out;
    for (QChar c : base) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
                        c == QLatin1Char('_');
        out += ok ? c : QLatin1Char('-');
    }
    if (out.isEmpty())
        out = QStringLiteral("slides");
    return QStringLiteral("%1-%2.%3").arg(a.id).arg(out.left(60), a.kind);
}

QString sizeText(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return pageLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

// Changes whenever anything the master page's live part shows changes; open
// pages compare it with status.json to know when to refresh.
QString versionOf(const WorkshopSnapshot &ws)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const Workshop &w = ws.workshop;
    hash.addData(
        QStringList{stateKey(w.state), w.title, w.liveStreamUrl, w.externalUrl, w.externalNote}
            .join(QChar(0))
            .toUtf8());
    for (const Room &r : ws.rooms) {
        if (!r.liveStreamUrl.isEmpty())
            hash.addData(QStringList{r.name, r.liveStreamUrl}.join(QChar(0)).toUtf8());
    }
    for (const Presentation &p : ws.presentations) {
        hash.addData(
            QStringList{p.slug, p.title, stateKey(p.state), isoText(p.startsAt), p.webcastFilename}
                .join(QChar(0))
                .toUtf8());
        if (p.cancelled)
            hash.addData(QByteArrayView("cancelled"));
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

QString liveUrl(const QString &url)
{
    return safeUrl(url, {QStringLiteral("rtsp"), QStringLiteral("rtsps"), QStringLiteral("http"),
                         QStringLiteral("https")});
}

QString publicUrl(const SiteSettings &settings, const QString &path)
{
    QString base = safeUrl(settings.publicUrl, webSchemes);
    if (base.isEmpty())
        return {};
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return base + path;
}

} // namespace pagetext
