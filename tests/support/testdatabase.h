#pragma once

// A fresh database in its own temporary folder, with a repository on it.
// Every test that touches data makes one, so no test sees another's rows.

#include "models/database.h"
#include "models/demodata.h"
#include "models/repository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

struct TestDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<WebcastRepository> repo;

    TestDatabase()
    {
        db = std::make_unique<Database>(path());
        const Status s = db->open();
        if (!s)
            qFatal("cannot open test database: %s", qPrintable(s.error()));
        repo = std::make_unique<WebcastRepository>(*db);
    }
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
};

inline Workshop sampleWorkshop(const QString &slug = QStringLiteral("spring-school"))
{
    Workshop w;
    w.slug = slug;
    w.title = QStringLiteral("Spring School");
    w.location = QStringLiteral("Hall 1");
    w.firstDay = QDate(2026, 3, 14);
    w.lastDay = QDate(2026, 3, 16);
    w.timeZone = QStringLiteral("Europe/Berlin");
    return w;
}

inline Presentation samplePresentation(qint64 workshopId,
                                       const QString &slug = QStringLiteral("keynote"))
{
    Presentation p;
    p.workshopId = workshopId;
    p.slug = slug;
    p.title = QStringLiteral("Keynote");
    p.speakerName = QStringLiteral("Ada Lovelace");
    p.startsAt = QDateTime(QDate(2026, 3, 14), QTime(9, 0), QTimeZone("Europe/Berlin")).toUTC();
    p.endsAt = p.startsAt.addSecs(3600);
    return p;
}

// Slides with these bytes on a talk, as adding them by hand would (the bytes
// kept in the database); the attachment's id.
inline qint64 addSlides(WebcastRepository &repo, qint64 presentationId, const QString &fileName,
                        const QByteArray &bytes)
{
    Attachment a;
    a.presentationId = presentationId;
    a.label = QStringLiteral("Slides");
    a.fileName = fileName;
    a.sha256 = repo.storeAttachmentContent(bytes).value();
    return repo.addAttachment(a).value();
}
