// The commands that move data in and out: the JSON exchange format and
// conference schedules (frab, pretalx, Indico, iCal).
#include "app/cli/cliinternal.h"

#include "app/schedule/scheduleexport.h"
#include "app/schedule/scheduleimport.h"
#include "models/database.h"
#include "models/jsonexchange.h"
#include "models/repository.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace commandline {

int runImport(Context &c, const QString &path)
{
    const Result<jsonexchange::ImportSummary> r = jsonexchange::importFile(c.repo, path);
    if (!r)
        return c.fail(tr("nothing was imported: %1").arg(r.error()));
    c.out << tr("Imported %1 new and %2 replaced workshops with %3 presentations.")
                 .arg(r.value().workshopsAdded)
                 .arg(r.value().workshopsReplaced)
                 .arg(r.value().presentations)
          << Qt::endl;
    return Success;
}

int runScheduleImport(Context &c, const QString &fileOrUrl, QString workshopSlug, bool dryRun)
{
    const Result<ScheduleDocument> doc = scheduleimport::load(fileOrUrl);
    if (!doc)
        return c.fail(tr("nothing was imported: %1").arg(oneLine(doc.error())));
    const QString source = scheduleimport::sourceOf(fileOrUrl);
    if (workshopSlug.isEmpty()) {
        // The workshop this source was imported into before, else one named
        // after the conference.
        workshopSlug = scheduleimport::workshopFor(c.repo, source);
        if (workshopSlug.isEmpty())
            workshopSlug = scheduleimport::suggestedSlug(doc.value());
        if (workshopSlug.isEmpty())
            return c.fail(tr("the schedule names no conference; say which workshop with "
                             "--workshop SLUG"));
    } else if (!validation::isValidSlug(workshopSlug)) {
        return c.fail(tr("--workshop: \"%1\" is not a slug (lower-case letters, digits and "
                         "hyphens)")
                          .arg(workshopSlug),
                      UsageError);
    }
    for (const QString &note : doc.value().notes)
        c.err << QStringLiteral("webcast-admin: note: ") << oneLine(note) << Qt::endl;

    const ScheduleDiff d = scheduleimport::diff(c.repo, doc.value(), workshopSlug);
    for (const QString &note : d.notes)
        c.err << QStringLiteral("webcast-admin: note: ") << oneLine(note) << Qt::endl;
    if (d.newWorkshop)
        c.out << tr("New workshop %1 from %2 (%3 talks)")
                     .arg(workshopSlug, doc.value().format)
                     .arg(doc.value().events.size())
              << Qt::endl;
    for (const ScheduleChange &ch : d.changes) {
        const QString title = oneLine(ch.title);
        switch (ch.kind) {
        case ScheduleChange::Kind::Added:
            c.out << QStringLiteral("+ ") << title << Qt::endl;
            break;
        case ScheduleChange::Kind::Changed:
            c.out << QStringLiteral("~ ") << title << QStringLiteral(": ")
                  << ch.fields.join(QStringLiteral(", ")) << Qt::endl;
            break;
        case ScheduleChange::Kind::Removed:
            c.out << QStringLiteral("- ") << title;
            if (!ch.keptBecause.isEmpty())
                c.out << QStringLiteral(" ")
                      << tr("(kept and marked cancelled: %1)").arg(ch.keptBecause);
            c.out << Qt::endl;
            break;
        case ScheduleChange::Kind::Unchanged:
            break;
        }
    }
    if (!dryRun) {
        if (const Result<qint64> r =
                scheduleimport::apply(c.repo, doc.value(), workshopSlug, source);
            !r)
            return c.fail(tr("nothing was imported: %1").arg(oneLine(r.error())));
    } else {
        c.err << QStringLiteral("webcast-admin: ") << tr("dry run: nothing was changed")
              << Qt::endl;
    }
    c.out << d.summaryLine() << Qt::endl;
    return Success;
}

int runScheduleExport(Context &c, const QString &workshopSlug, const QString &formatName,
                      const QString &outPath)
{
    if (workshopSlug.isEmpty())
        return c.fail(tr("schedule-export needs --workshop SLUG"), UsageError);
    const std::optional<scheduleexport::Format> format = scheduleexport::formatNamed(formatName);
    if (!format)
        return c.fail(
            tr("--format: \"%1\" is not one of %2")
                .arg(formatName, scheduleexport::formatNames().join(QStringLiteral(", "))),
            UsageError);
    const Result<QByteArray> written = scheduleexport::write(c.repo, workshopSlug, *format);
    if (!written)
        return c.fail(written.error());
    if (outPath.isEmpty() || outPath == QLatin1String("-")) {
        c.out << QString::fromUtf8(written.value());
        c.out.flush();
        return Success;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(written.value()) != written.value().size() ||
        !file.commit())
        return c.fail(tr("cannot write %1: %2").arg(outPath, file.errorString()));
    return Success;
}

int runExport(Context &c, const QString &outPath)
{
    const jsonexchange::Export exported = jsonexchange::exportAll(c.repo);
    for (const QString &slides : exported.notKept)
        c.err << QStringLiteral("webcast-admin: warning: ")
              << tr("the slides %1 are not kept in the database; left out").arg(slides) << Qt::endl;
    if (outPath.isEmpty() || outPath == QLatin1String("-")) {
        // Standard output holds only the JSON: slides need a file to go beside.
        if (!exported.files.isEmpty())
            c.err << QStringLiteral("webcast-admin: warning: ")
                  << QCoreApplication::translate("commandline",
                                                 "%n slide file(s) not written: use --out "
                                                 "FILE.json to write them beside the JSON",
                                                 nullptr, int(exported.files.size()))
                  << Qt::endl;
        c.out << QString::fromUtf8(exported.json);
        c.out.flush();
        return Success;
    }
    if (Status s = jsonexchange::writeExport(exported, outPath); !s)
        return c.fail(s.error());
    return Success;
}

} // namespace commandline
