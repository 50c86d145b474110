#pragma once

#include "models/webcaststate.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// Plain values read from and written to the database. Ids are 0 until stored.

struct Workshop
{
    qint64 id = 0;
    QString slug;
    QString title;
    QString description; // Markdown
    QString location;
    QDate firstDay;
    QDate lastDay;
    QString timeZone; // IANA name, e.g. "Europe/Berlin"
    WebcastState state = WebcastState::Upcoming;
    QString liveStreamUrl;
    QString externalUrl;
    QString externalNote;
    QString scheduleSource; // the file or address its schedule was imported from
    // The row's version when it was read (it rises with every write); an
    // update with a version is refused when the row has moved on. 0: unknown.
    // Not part of ==: it says when, not what.
    qint64 version = 0;

    bool operator==(const Workshop &o) const;
    bool operator!=(const Workshop &o) const { return !(*this == o); }
};

struct Presentation
{
    qint64 id = 0;
    qint64 workshopId = 0;
    QString slug;
    QString title;
    QString speakerName;
    QString speakerAffiliation;
    QString speakerBio; // Markdown
    QString summary;    // Markdown
    QDateTime startsAt; // UTC
    QDateTime endsAt;   // UTC
    QString room;
    bool hasWebcast = false;
    WebcastState state = WebcastState::Upcoming;
    QString webcastPath;
    QString webcastFilename;
    QString externalUrl;
    int sortOrder = 0;

    QString sourceKey;      // which talk of the imported schedule this is (guid, UID, …)
    bool cancelled = false; // dropped by its schedule, kept for its webcast work
    qint64 version = 0;     // as Workshop::version

    bool operator==(const Presentation &o) const;
    bool operator!=(const Presentation &o) const { return !(*this == o); }
};

// A room of a workshop; talks name it by name.
struct Room
{
    qint64 id = 0;
    qint64 workshopId = 0;
    QString name;
    QString guid;          // the schedule's, when it has one
    QString liveStreamUrl; // empty: the workshop's
    int sortOrder = 0;
};

// A talk's slides. The bytes live in the database (attachment_content, by
// SHA-256): never a path to a file on this computer, so only what was added
// on purpose can be published.
struct Attachment
{
    qint64 id = 0;
    qint64 presentationId = 0;
    QString label;
    QString fileName;  // the name it had when added: "Talk slides.pdf"
    QString kind;      // pdf, ppt, pptx, key, odp
    QByteArray sha256; // hex, of the bytes in the database; empty: none there
    qint64 size = -1;

    // Slides, not videos: larger files are refused.
    static constexpr qint64 maximumSize = 512LL * 1024 * 1024;

    // "pdf" for "talk.PDF"; empty when the extension is not a slide format.
    static QString kindForFile(const QString &fileName);
};

enum class SubjectKind
{
    Workshop,
    Presentation
};

struct StateChange
{
    // What a history row records: a real change, or the schedule assistant's
    // suggestion and the answer to it (which change nothing by themselves).
    enum class Event
    {
        Change,
        Suggested,
        Accepted,
        Dismissed
    };

    qint64 id = 0;
    SubjectKind subjectKind = SubjectKind::Workshop;
    qint64 subjectId = 0;
    QString subjectLabel;
    WebcastState from = WebcastState::Upcoming;
    WebcastState to = WebcastState::Upcoming;
    QString changedBy;
    QDateTime changedAt; // UTC
    Event event = Event::Change;
};

// One audited write: a field of a row that changed (old -> new), or a row
// added or deleted (field empty). On PostgreSQL the database writes these.
struct EditRecord
{
    qint64 id = 0;
    QDateTime changedAt; // UTC
    QString changedBy;
    QString table; // workshop, presentation, room, attachment, site_setting
    qint64 rowId = 0;
    qint64 workshopId = 0;
    QString subjectLabel; // "slug" or "workshop-slug/talk-slug"
    QString action;       // insert, update, delete
    QString field;        // the column, for an update
    QString oldValue;
    QString newValue;
};

QString historyEventKey(StateChange::Event event);
// The locale's short time without seconds ("09:30", "9:30 AM"); some
// locales (C among them) put seconds into their short format.
QString clockTime(const QTime &time);
StateChange::Event historyEventFromKey(const QString &key);
