#include "app/cli/commandline.h"
#include "app/cli/cliinternal.h"

#include "app/core/session.h"
#include "app/editing/slides.h"
#include "app/media/archiveupload.h"
#include "app/publish/credentials.h"
#include "app/publish/publisher.h"
#include "app/publish/publishpipeline.h"
#include "app/publish/publishtarget.h"
#include "app/publish/transport.h"
#include "app/render/siterenderer.h"
#include "app/render/sitesnapshot.h"
#include "app/render/sitewriter.h"
#include "app/render/templateset.h"
#include "app/schedule/scheduleexport.h"
#include "app/schedule/scheduleimport.h"
#include "app/stream/streamcheck.h"
#include "models/database.h"
#include "models/demodata.h"
#include "models/jsonexchange.h"
#include "models/repository.h"
#include "models/sitesettings.h"
#include "models/validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QUrl>

#include <unistd.h>

#include <cstdio>
#include <string>

namespace commandline {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("commandline", text);
}

const QStringList &commands()
{
    static const QStringList list{QStringLiteral("init"),
                                  QStringLiteral("list"),
                                  QStringLiteral("state"),
                                  QStringLiteral("import"),
                                  QStringLiteral("export"),
                                  QStringLiteral("render"),
                                  QStringLiteral("config"),
                                  QStringLiteral("publish"),
                                  QStringLiteral("password"),
                                  QStringLiteral("upload"),
                                  QStringLiteral("check-stream"),
                                  QStringLiteral("paths"),
                                  QStringLiteral("schedule-import"),
                                  QStringLiteral("schedule-export"),
                                  QStringLiteral("history"),
                                  QStringLiteral("move-to"),
                                  QStringLiteral("team"),
                                  QStringLiteral("now")};
    return list;
}

int runInit(Context &c, bool demo)
{
    if (!demo)
        return Success;
    if (!c.repo.workshops().isEmpty())
        return c.fail(tr("the database already holds workshops; demo data goes only into an "
                         "empty database"));
    if (Status s = demodata::populate(c.repo); !s)
        return c.fail(s.error());
    c.out << tr("Created demo data in %1").arg(c.db.displayName()) << Qt::endl;
    return Success;
}

int runList(Context &c)
{
    const QList<Workshop> workshops = c.repo.workshops();
    for (const Workshop &w : workshops) {
        c.out << w.slug << '\t' << stateKey(w.state) << '\t' << oneLine(w.title) << '\n';
        const QList<Presentation> talks = c.repo.presentations(w.id);
        for (const Presentation &p : talks)
            c.out << w.slug << '/' << p.slug << '\t' << stateKey(p.state) << '\t'
                  << oneLine(p.title) << '\n';
    }
    c.out.flush();
    return Success;
}

int runState(Context &c, const QString &target, const QString &stateName)
{
    const std::optional<WebcastState> state = stateFromKey(stateName);
    if (!state)
        return c.fail(tr("unknown state \"%1\" (use one of: %2)").arg(stateName, stateKeyList()),
                      UsageError);
    const int slash = target.indexOf(QLatin1Char('/'));
    const QString workshopSlug = slash < 0 ? target : target.left(slash);
    const std::optional<Workshop> w = c.repo.workshopBySlug(workshopSlug);
    if (!w)
        return c.fail(tr("no workshop \"%1\" (see `webcast-admin list`)").arg(workshopSlug));
    const QString who = session::currentUserName(c.db);
    if (slash < 0) {
        if (Status s = c.repo.setWorkshopState(w->id, *state, who); !s)
            return c.fail(s.error());
        return Success;
    }
    const QString talkSlug = target.mid(slash + 1);
    const std::optional<Presentation> p = c.repo.presentationBySlug(w->id, talkSlug);
    if (!p)
        return c.fail(tr("no presentation \"%1\" in workshop \"%2\" (see `webcast-admin list`)")
                          .arg(talkSlug, workshopSlug));
    if (Status s = c.repo.setPresentationState(p->id, *state, who); !s)
        return c.fail(s.error());
    return Success;
}

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

int runRender(Context &c, const QString &outDir)
{
    if (outDir.isEmpty())
        return c.fail(tr("render needs --out DIR"), UsageError);
    QElapsedTimer timer;
    timer.start();
    const SiteSettings settings = SiteSettingsStore(c.db).load();
    const Result<TemplateSet> templates = TemplateSet::load(settings.templateDir);
    if (!templates)
        return c.fail(templates.error());
    // Reading and rendering overlap: "read" ends when the database has been
    // read, "render" when the last page is done.
    SiteSnapshot snapshot;
    qint64 readMs = 0;
    Result<RenderedSite> site =
        SiteRenderer(templates.value())
            .captureAndRender(c.repo, settings, snapshot,
                              [&timer, &readMs] { readMs = timer.restart(); });
    if (!site)
        return c.fail(site.error());
    QStringList missing;
    addSlideFiles(snapshot, c.repo, site.value(), {}, &missing); // the files the pages link to
    for (const QString &slides : std::as_const(missing))
        c.err << QStringLiteral("webcast-admin: warning: ")
              << tr("the slides %1 are not kept in the database; add the file again").arg(slides)
              << Qt::endl;
    const qint64 renderMs = timer.restart();
    const Result<sitewriter::WriteSummary> written = sitewriter::write(site.value(), outDir);
    if (!written)
        return c.fail(written.error());
    const qint64 writeMs = timer.elapsed();
    c.out << tr("Rendered %1 files into %2: %3 written, %4 unchanged, %5 removed "
                "(read %6 ms, render %7 ms, write %8 ms).")
                 .arg(site.value().size())
                 .arg(outDir)
                 .arg(written.value().written)
                 .arg(written.value().unchanged)
                 .arg(written.value().removed)
                 .arg(readMs)
                 .arg(renderMs)
                 .arg(writeMs)
          << Qt::endl;
    return Success;
}

bool interactive()
{
    return isatty(STDIN_FILENO) == 1;
}

PublishTarget::Role roleFor(const QString &name, bool *ok)
{
    *ok = name.isEmpty() || name == QLatin1String("web") || name == QLatin1String("streaming");
    return name == QLatin1String("streaming") ? PublishTarget::Role::Streaming
                                              : PublishTarget::Role::Web;
}

// password set|forget [web|streaming]: the keychain entry for a target.
int runPassword(Context &c, const QStringList &args)
{
    bool ok = false;
    const PublishTarget::Role role = roleFor(args.value(2), &ok);
    const QString action = args.value(1);
    if (!ok || (action != QLatin1String("set") && action != QLatin1String("forget")))
        return c.fail(tr("use: password set|forget [web|streaming]"), UsageError);
    const PublishTarget target = PublishTarget::fromSettings(SiteSettingsStore(c.db).load(), role);
    const LoginNeed login = Transport::create(target)->passwordLogin();
    if (login.key.isEmpty())
        return c.fail(tr("%1 does not log in with a password (put the user name in the address "
                         "if it should)")
                          .arg(target.displayUrl()),
                      UsageError);
    if (action == QLatin1String("forget")) {
        if (Status s = credentials::forget(login.key, true); !s)
            return c.fail(s.error());
        c.out << tr("Forgot the password of %1.").arg(login.account) << Qt::endl;
        return Success;
    }
    const QString password = readSecret(c, tr("Password for %1: ").arg(login.account));
    if (password.isEmpty())
        return c.fail(tr("no password given"));
    if (Status s = credentials::remember(login.key, password, true); !s)
        return c.fail(s.error() + QLatin1Char(' ') +
                      tr("Without a keychain, set %1 for scripts.")
                          .arg(credentials::environmentVariable(target.key())));
    c.out << tr("Stored the password of %1 in the system keychain.").arg(login.account) << Qt::endl;
    return Success;
}

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeSIFormat);
}

// upload <workshop>/<talk> FILE [--no-prepare]: check, prepare, upload with
// resume, and point the presentation at it.
int runUpload(Context &c, const QString &target, const QString &file, bool prepare)
{
    const int slash = target.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return c.fail(tr("upload needs <workshop>/<presentation>"), UsageError);
    const QString workshopSlug = target.left(slash);
    const QString talkSlug = target.mid(slash + 1);
    const std::optional<Workshop> w = c.repo.workshopBySlug(workshopSlug);
    if (!w)
        return c.fail(tr("no workshop \"%1\" (see `webcast-admin list`)").arg(workshopSlug));
    const std::optional<Presentation> p = c.repo.presentationBySlug(w->id, talkSlug);
    if (!p)
        return c.fail(tr("no presentation \"%1\" in workshop \"%2\" (see `webcast-admin list`)")
                          .arg(talkSlug, workshopSlug));
    const SiteSettings settings = SiteSettingsStore(c.db).load();
    const bool tty = isatty(STDERR_FILENO) == 1;
    QElapsedTimer clock;
    clock.start();
    qint64 startBytes = -1;
    int lastTenth = -1;
    archiveupload::Events events;
    events.warning = [&](const QString &message) {
        c.err << QStringLiteral("webcast-admin: warning: ") << message << Qt::endl;
    };
    events.progress = [&](const QString &phase, qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 10;
        if (!tty && tenth == lastTenth)
            return; // a log gets a line per 10 %
        lastTenth = tenth;
        QString line;
        if (phase == QLatin1String("prepare")) {
            line = tr("Preparing for streaming %1%").arg(done * 100 / std::max<qint64>(1, total));
        } else {
            if (startBytes < 0) {
                startBytes = done;
                clock.restart();
            }
            const double seconds = double(clock.nsecsElapsed()) / 1e9;
            const double rate = seconds > 0.2 ? double(done - startBytes) / seconds : 0;
            line = tr("Uploading %1% %2 of %3")
                       .arg(done * 100 / std::max<qint64>(1, total))
                       .arg(bytes(done), bytes(total));
            if (rate > 0)
                line += tr(", %1/s, %2 s left")
                            .arg(bytes(qint64(rate)))
                            .arg(qint64(double(total - done) / rate));
        }
        c.err << (tty ? QStringLiteral("\r\033[K") : QString()) << line
              << (tty ? QString() : QStringLiteral("\n"));
        c.err.flush();
    };
    const Result<archiveupload::Outcome> done =
        archiveupload::run(c.repo, settings, p->id, file, prepare, events);
    if (tty) {
        c.err << '\n';
        c.err.flush();
    }
    if (!done)
        return c.fail(done.error());
    const archiveupload::Outcome &o = done.value();
    c.out << tr("%1: %2").arg(QFileInfo(file).fileName(), o.media.summary()) << '\n';
    if (o.resumedFrom > 0)
        c.out << tr("Resumed at %1 (that part was already on the server and checked).")
                     .arg(bytes(o.resumedFrom))
              << '\n';
    c.out << tr("Uploaded to %1 (%2, checksum verified). %3/%4 now has its webcast; switch it to "
                "Archive with: webcast-admin state %3/%4 archive")
                 .arg(o.remotePath, bytes(o.bytes), workshopSlug, talkSlug)
          << Qt::endl;
    return Success;
}

// check-stream URL [--decode]: up or down, why, and how long it took.
int runCheckStream(QTextStream &out, const QString &url, bool decode)
{
    const StreamCheck r = streamcheck::check(QUrl(url), decode ? streamcheck::Depth::Decode
                                                               : streamcheck::Depth::Probe);
    if (r.up) {
        out << tr("up: %1 (%2 ms)").arg(r.details).arg(r.milliseconds) << Qt::endl;
        return Success;
    }
    out << tr("down: %1 (%2 ms)").arg(r.reason).arg(r.milliseconds) << Qt::endl;
    return Failed;
}

int runPublish(Context &c, const QString &targetName, bool dryRun, bool acceptNewHostKey,
               bool takeOver)
{
    PublishTarget::Role role = PublishTarget::Role::Web;
    if (targetName == QLatin1String("streaming"))
        role = PublishTarget::Role::Streaming;
    else if (!targetName.isEmpty() && targetName != QLatin1String("web"))
        return c.fail(tr("--target is web or streaming"), UsageError);
    const SiteSettings settings = SiteSettingsStore(c.db).load();
    PublishTarget target = PublishTarget::fromSettings(settings, role);
    target.acceptNewHostKey = acceptNewHostKey;
    target.takeOver = takeOver;

    PublishPipeline pipeline(c.db, target);
    // Another seat of a team publishing to this target goes first; then
    // this one reads what the database holds.
    if (!dryRun) {
        if (Status s = pipeline.lockTarget(); !s)
            return c.fail(s.error());
    }
    const auto nothingChanged = [&](int files) {
        c.out << tr("Published to %1: 0 uploaded (0 bytes), 0 deleted, %2 unchanged "
                    "(nothing changed since the last publish).")
                     .arg(target.displayUrl())
                     .arg(files)
              << Qt::endl;
        return Success;
    };
    SiteSnapshot snapshot;
    TemplateSet templates;
    if (role == PublishTarget::Role::Web) {
        Result<TemplateSet> loaded = TemplateSet::load(settings.templateDir);
        if (!loaded)
            return c.fail(loaded.error());
        templates = std::move(loaded.value());
        // Nothing changed since the last whole-site publish: the database's
        // change mark says so without reading the data or the target.
        if (pipeline.upToDateByMark(templates) && !dryRun)
            return nothingChanged(pipeline.knownFiles());
    }
    std::unique_ptr<Transport> transport = dryRun ? nullptr : Transport::create(target);
    // A first publish (or a take-over) sends the whole site: the transport
    // sets up its path for bulk (SFTP: OpenSSH logs in) while it renders.
    if (transport && (pipeline.knownFiles() == 0 || takeOver))
        transport->expectManyFiles();
    // The web site is read and rendered side by side while the transport
    // logs in; the streaming target has no pages.
    Result<PublishPipeline::Prepared> prepared =
        role == PublishTarget::Role::Web
            ? pipeline.prepareWholeSite(c.repo, settings, templates, snapshot, transport.get())
            : pipeline.prepare(snapshot, templates);
    if (!prepared)
        return c.fail(prepared.error());
    const PublishPipeline::Prepared &p = prepared.value();
    if (p.upToDate && !dryRun)
        return nothingChanged(p.known);
    for (const QString &slides : p.missingSlides)
        c.err << QStringLiteral("webcast-admin: warning: ")
              << tr("the slides %1 are not kept in the database; they are left out (add "
                    "the file again)")
                     .arg(slides)
              << Qt::endl;
    if (dryRun) {
        for (const QString &path : p.plan.uploads)
            c.out << "upload\t" << path << '\t' << p.site.value(path).size() << '\n';
        for (const QString &path : p.plan.deletions)
            c.out << "delete\t" << path << '\n';
        c.out << tr("%1 to upload, %2 to delete, %3 unchanged on %4 (dry run: nothing sent)")
                     .arg(p.plan.uploads.size())
                     .arg(p.plan.deletions.size())
                     .arg(p.plan.unchanged)
                     .arg(target.displayUrl())
              << Qt::endl;
        return Success;
    }
    Result<PublishSummary> done = pipeline.send(*transport, p);
    // Asked for a password: prompt on the terminal (three tries, as ssh).
    for (int attempt = 0; !done && transport->loginNeed().isPassword() && attempt < 3; ++attempt) {
        const LoginNeed need = transport->loginNeed();
        if (!interactive())
            return c.fail(done.error() + QLatin1Char(' ') +
                          tr("Set %1, or store it with `webcast-admin password set %2`.")
                              .arg(credentials::environmentVariable(target.key()), target.key()));
        const QString password = readSecret(c, tr("Password for %1: ").arg(need.account));
        if (password.isEmpty())
            break;
        (void)credentials::remember(need.key, password, false); // memory only: cannot fail
        transport = Transport::create(target);
        done = pipeline.send(*transport, p);
    }
    if (!done && pipeline.need().kind == LoginNeed::Kind::OtherDatabase)
        return c.fail(done.error() + QLatin1Char(' ') +
                      tr("To publish this database there instead, run publish --take-over."));
    if (!done)
        return c.fail(done.error());
    c.out << tr("Published to %1: %2 uploaded (%3 bytes), %4 deleted, %5 unchanged.")
                 .arg(target.displayUrl())
                 .arg(done.value().uploaded)
                 .arg(done.value().bytes)
                 .arg(done.value().deleted)
                 .arg(done.value().unchanged)
          << Qt::endl;
    const QStringList problems = pipeline.verify(p, settings);
    for (const QString &problem : problems)
        c.err << QStringLiteral("webcast-admin: ") << problem << '\n';
    c.err.flush();
    if (!problems.isEmpty())
        return VerifyFailed;
    if (role == PublishTarget::Role::Web && !settings.publicUrl.isEmpty() &&
        !p.plan.uploads.isEmpty())
        c.out << tr("Verified %1 files at %2.").arg(p.plan.uploads.size()).arg(settings.publicUrl)
              << Qt::endl;
    return Success;
}

int runConfig(Context &c, const QStringList &args)
{
    SiteSettingsStore store(c.db);
    if (args.size() == 1) {
        for (const QString &key : SiteSettingsStore::keys())
            c.out << key << '\t' << store.value(key) << '\n';
        c.out.flush();
        return Success;
    }
    const QString &key = args.at(1);
    if (!SiteSettingsStore::keys().contains(key))
        return c.fail(tr("unknown setting \"%1\" (use one of: %2)")
                          .arg(key, SiteSettingsStore::keys().join(QStringLiteral(", "))),
                      UsageError);
    if (args.size() == 2) {
        c.out << store.value(key) << Qt::endl;
        return Success;
    }
    if (Status s = store.set(key, args.at(2)); !s)
        return c.fail(s.error());
    return Success;
}

// Where this user's data lives, one "<what><TAB><path>" line each: the
// answer to "where is my database / my published site?", and what the
// README and the man page are checked against.
int runPaths(QTextStream &out, const QString &database)
{
    // An address that names no file is shown as given (without a password).
    const Result<QString> file = Database::localFileFor(database);
    const QList<std::pair<QString, QString>> lines{
        {QStringLiteral("database"), file ? QFileInfo(file.value()).absoluteFilePath()
                                          : QUrl(database).toDisplayString(QUrl::RemovePassword)},
        {QStringLiteral("web-folder"), PublishTarget::defaultFolder(PublishTarget::Role::Web)},
        {QStringLiteral("streaming-folder"),
         PublishTarget::defaultFolder(PublishTarget::Role::Streaming)},
        {QStringLiteral("preview-folder"), session::previewFolder()},
        {QStringLiteral("settings"), QSettings().fileName()},
        {QStringLiteral("cache"), QStandardPaths::writableLocation(QStandardPaths::CacheLocation)},
    };
    for (const auto &[what, path] : lines)
        out << what << '\t'
            << (what == QLatin1String("database") && !file ? path : QDir::cleanPath(path)) << '\n';
    out.flush();
    return Success;
}

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Runs the webcasts of multi-day workshops.\n\n"
           "Without a command, opens the window. Commands:\n"
           "  init [--demo]                 create the database (with demo data)\n"
           "  list                          one line per workshop and presentation\n"
           "  state <workshop>[/<talk>] <state>\n"
           "                                set a webcast state: upcoming, live, concluded,\n"
           "                                archive or external\n"
           "  import FILE.json              import workshops (all or nothing)\n"
           "  export [--out FILE.json]      export everything as JSON\n"
           "  schedule-import FILE|URL [--workshop SLUG] [--dry-run]\n"
           "                                import or update a workshop's talks and rooms from\n"
           "                                a conference schedule (frab/C3VOC XML or JSON,\n"
           "                                pretalx, Indico, iCalendar); talks keep their\n"
           "                                webcast state, slides and archive\n"
           "  schedule-export --workshop SLUG --format frab-xml|c3voc-json|ical [--out FILE]\n"
           "                                write a workshop's schedule with each talk's\n"
           "                                webcast state, page and recording\n"
           "  move-to postgresql://user@host/name\n"
           "                                copy this database file into an empty team\n"
           "                                database (all or nothing)\n"
           "  history [<workshop>[/<talk>]] [--limit N]\n"
           "                                who changed which state or field when, newest\n"
           "                                first: time, user, subject, what, from, to\n"
           "                                (tab-separated; the last 100 unless --limit)\n"
           "  team add-user NAME --role helper|staff|coordinator\n"
           "                                on a team database: make a login for NAME\n"
           "                                (password asked) that may change webcast states\n"
           "                                (helper), also archives and webcast fields\n"
           "                                (staff) or everything (coordinator)\n"
           "  team users                    the team's logins and their roles\n"
           "  now [--at TIME] [--check]     the rooms in use today (at TIME: ISO date and\n"
           "                                time, or a time of today): room, workshop/talk\n"
           "                                on now, its state, the stream (up, slow, down,\n"
           "                                none; - unless --check) and why, tab-separated;\n"
           "                                with --check exit 1 when a stream is down\n"
           "  render --out DIR              write the public site into DIR\n"
           "  config [KEY [VALUE]]          list, show or set a site setting: public-url,\n"
           "                                rtsp-base, playback-base, player (html5 or\n"
           "                                quicktime), template-dir, web-target,\n"
           "                                streaming-target, web-identity, streaming-identity,\n"
           "                                known-hosts, trusted-certificates (SHA-256 of TLS\n"
           "                                certificates to trust), archive-pattern (default\n"
           "                                <workshop-slug>/<talk-slug>.<ext>); an empty VALUE\n"
           "                                resets\n"
           "  publish [--target web|streaming] [--dry-run] [--accept-new-host-key]\n"
           "          [--take-over]         send what changed to the target and verify it; a\n"
           "                                target another database publishes to is refused\n"
           "                                unless taken over\n"
           "  upload <workshop>/<talk> FILE [--no-prepare]\n"
           "                                check an archive video, prepare it for streaming\n"
           "                                (faststart, RTP hints), upload it to the streaming\n"
           "                                target with resume and point the talk at it\n"
           "  check-stream URL [--decode]   is a live or archive stream up (rtsp://, HLS)?\n"
           "                                exit 0 only when it is\n"
           "  paths                         where the database, the default publish folders,\n"
           "                                the settings and the cache are\n"
           "  password set|forget [web|streaming]\n"
           "                                store the target's password in the system\n"
           "                                keychain (asked on the terminal), or remove it\n"
           "Passwords: WEBCAST_ADMIN_PASSWORD_WEB or _STREAMING, else the keychain, else a\n"
           "terminal prompt."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database"),
                      tr("Use the database file <path> instead of the default."), tr("path")});
    parser.addOption({QStringLiteral("demo"), tr("init: fill the new database with demo data.")});
    parser.addOption({QStringLiteral("out"),
                      tr("export, schedule-export: write to <file> instead of stdout."),
                      tr("file")});
    parser.addOption(
        {QStringLiteral("target"), tr("publish: web (default) or streaming."), tr("name")});
    parser.addOption({QStringLiteral("dry-run"),
                      tr("publish, schedule-import: list the changes, change nothing.")});
    parser.addOption({QStringLiteral("workshop"),
                      tr("schedule-import: the workshop to import into (default: the one this "
                         "source was imported into before, else the conference's acronym); "
                         "schedule-export: the workshop to write."),
                      tr("slug")});
    parser.addOption(
        {QStringLiteral("limit"), tr("history: show at most <n> lines (100)."), tr("n")});
    parser.addOption(
        {QStringLiteral("role"), tr("team add-user: helper, staff or coordinator."), tr("role")});
    parser.addOption({QStringLiteral("format"),
                      tr("schedule-export: frab-xml, c3voc-json or ical."), tr("format")});
    parser.addOption(
        {QStringLiteral("decode"), tr("check-stream: also decode one picture from the stream.")});
    parser.addOption({QStringLiteral("at"),
                      tr("now: the rooms at this time instead of now (2026-11-28T10:30, or 10:30 "
                         "for today)."),
                      tr("time")});
    parser.addOption(
        {QStringLiteral("check"), tr("now: also check each room's live stream (in parallel).")});
    parser.addOption({QStringLiteral("no-prepare"),
                      tr("upload: send the file as it is (no faststart, no hint tracks).")});
    parser.addOption({QStringLiteral("accept-new-host-key"),
                      tr("publish: trust an SSH server seen for the first time (a changed key is "
                         "always refused).")});
    parser.addOption({QStringLiteral("take-over"),
                      tr("publish: publish even though another database published to the target "
                         "last; the target then names this one.")});
    QCommandLineOption probe(QStringLiteral("quit-when-ready"),
                             tr("Open the window, print the startup time and quit."));
    probe.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(probe);
    parser.addPositionalArgument(QStringLiteral("command"), tr("What to do (see above)."),
                                 tr("[command]"));
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--database") || a == QLatin1String("--out") ||
            a == QLatin1String("--target") || a == QLatin1String("--workshop") ||
            a == QLatin1String("--format") || a == QLatin1String("--limit") ||
            a == QLatin1String("--at")) {
            ++i; // skip the value
            continue;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h") ||
            a == QLatin1String("--version") || a == QLatin1String("-v"))
            return true;
        if (!a.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

QString databasePathFrom(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--database") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--database=")))
            return a.mid(int(qstrlen("--database=")));
    }
    if (const QString fromEnv = qEnvironmentVariable("WEBCAST_ADMIN_DATABASE"); !fromEnv.isEmpty())
        return fromEnv;
    return session::defaultDatabasePath();
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(arguments)) {
        err << QStringLiteral("webcast-admin: ") << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        out.flush();
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return Success;
    }
    const QStringList args = parser.positionalArguments();
    auto usage = [&err](const QString &message) {
        err << QStringLiteral("webcast-admin: ") << message
            << QStringLiteral(" (see webcast-admin --help)") << Qt::endl;
        return UsageError;
    };
    if (args.isEmpty())
        return usage(tr("no command given"));
    const QString command = args.first();
    if (!commands().contains(command))
        return usage(tr("unknown command \"%1\"").arg(command));
    const bool twoArguments =
        command == QLatin1String("import") || command == QLatin1String("check-stream") ||
        command == QLatin1String("schedule-import") || command == QLatin1String("move-to");
    const int expected = command == QLatin1String("state") || command == QLatin1String("upload") ? 3
                         : twoArguments                                                          ? 2
                                        : 1;
    const bool countOk = command == QLatin1String("config")    ? args.size() <= 3
                         : command == QLatin1String("history") ? args.size() <= 2
                         : command == QLatin1String("team")    ? args.size() >= 2
                         : command == QLatin1String("password")
                             ? args.size() == 2 || args.size() == 3
                             : args.size() == expected;
    if (!countOk)
        return usage(tr("wrong number of arguments for \"%1\"").arg(command));
    if ((parser.isSet(QStringLiteral("target")) ||
         parser.isSet(QStringLiteral("accept-new-host-key")) ||
         parser.isSet(QStringLiteral("take-over"))) &&
        command != QLatin1String("publish"))
        return usage(tr("--target, --accept-new-host-key and --take-over belong to publish"));
    if (parser.isSet(QStringLiteral("dry-run")) && command != QLatin1String("publish") &&
        command != QLatin1String("schedule-import"))
        return usage(tr("--dry-run belongs to publish and schedule-import"));
    if (parser.isSet(QStringLiteral("workshop")) && command != QLatin1String("schedule-import") &&
        command != QLatin1String("schedule-export"))
        return usage(tr("--workshop belongs to schedule-import and schedule-export"));
    if (parser.isSet(QStringLiteral("format")) && command != QLatin1String("schedule-export"))
        return usage(tr("--format belongs to schedule-export"));
    if (parser.isSet(QStringLiteral("role")) && command != QLatin1String("team"))
        return usage(tr("--role belongs to team add-user"));
    if (parser.isSet(QStringLiteral("limit")) && command != QLatin1String("history"))
        return usage(tr("--limit belongs to history"));
    if (parser.isSet(QStringLiteral("decode")) && command != QLatin1String("check-stream"))
        return usage(tr("--decode belongs to check-stream"));
    if ((parser.isSet(QStringLiteral("at")) || parser.isSet(QStringLiteral("check"))) &&
        command != QLatin1String("now"))
        return usage(tr("--at and --check belong to now"));
    if (parser.isSet(QStringLiteral("no-prepare")) && command != QLatin1String("upload"))
        return usage(tr("--no-prepare belongs to upload"));
    if (parser.isSet(QStringLiteral("demo")) && command != QLatin1String("init"))
        return usage(tr("--demo belongs to init"));
    if (parser.isSet(QStringLiteral("out")) && command != QLatin1String("export") &&
        command != QLatin1String("render") && command != QLatin1String("schedule-export"))
        return usage(tr("--out belongs to export, schedule-export and render"));

    // Needs no database.
    if (command == QLatin1String("check-stream"))
        return runCheckStream(out, args.at(1), parser.isSet(QStringLiteral("decode")));
    // --database, else WEBCAST_ADMIN_DATABASE, else the default file.
    const QString location = databasePathFrom(arguments);
    if (command == QLatin1String("paths"))
        return runPaths(out, location);

    // A team database is there or says why not when opened; a file must
    // exist unless init makes it.
    QString path = location;
    if (!Database::isTeamAddress(location)) {
        const Result<QString> file = Database::localFileFor(location);
        if (!file) {
            err << QStringLiteral("webcast-admin: ") << oneLine(file.error()) << Qt::endl;
            return Failed;
        }
        path = file.value();
    }
    if (command != QLatin1String("init") && !Database::isTeamAddress(path) &&
        !QFileInfo::exists(path)) {
        err << QStringLiteral("webcast-admin: ")
            << tr("no database at %1 (create one with `webcast-admin init`)").arg(path) << Qt::endl;
        return Failed;
    }
    // A team database's password: WEBCAST_ADMIN_DATABASE_PASSWORD, else the
    // keychain (where the window's Connect dialog keeps it).
    Database::setPasswordSource([](const QString &key) {
        return credentials::lookup(key, QStringLiteral("database")).password;
    });
    Database db(path);
    if (Status s = db.open(); !s) {
        err << QStringLiteral("webcast-admin: ") << oneLine(s.error()) << Qt::endl;
        return Failed;
    }
    WebcastRepository repo(db);
    repo.setEditor(session::currentUserName(db));
    slides::tidy(repo, false); // slides of older versions into the database
    Context c{out, err, db, repo};
    if (command == QLatin1String("init"))
        return runInit(c, parser.isSet(QStringLiteral("demo")));
    if (command == QLatin1String("list"))
        return runList(c);
    if (command == QLatin1String("state"))
        return runState(c, args.at(1), args.at(2));
    if (command == QLatin1String("import"))
        return runImport(c, args.at(1));
    if (command == QLatin1String("schedule-import"))
        return runScheduleImport(c, args.at(1), parser.value(QStringLiteral("workshop")),
                                 parser.isSet(QStringLiteral("dry-run")));
    if (command == QLatin1String("move-to"))
        return runMoveTo(c, args.at(1));
    if (command == QLatin1String("team"))
        return runTeam(c, args, parser.value(QStringLiteral("role")));
    if (command == QLatin1String("now"))
        return runNow(c, parser.value(QStringLiteral("at")), parser.isSet(QStringLiteral("check")));
    if (command == QLatin1String("history"))
        return runHistory(c, args.size() > 1 ? args.at(1) : QString(),
                          parser.value(QStringLiteral("limit")));
    if (command == QLatin1String("schedule-export"))
        return runScheduleExport(c, parser.value(QStringLiteral("workshop")),
                                 parser.value(QStringLiteral("format")),
                                 parser.value(QStringLiteral("out")));
    if (command == QLatin1String("render"))
        return runRender(c, parser.value(QStringLiteral("out")));
    if (command == QLatin1String("config"))
        return runConfig(c, args);
    if (command == QLatin1String("password"))
        return runPassword(c, args);
    if (command == QLatin1String("upload"))
        return runUpload(c, args.at(1), args.at(2), !parser.isSet(QStringLiteral("no-prepare")));
    if (command == QLatin1String("publish"))
        return runPublish(c, parser.value(QStringLiteral("target")),
                          parser.isSet(QStringLiteral("dry-run")),
                          parser.isSet(QStringLiteral("accept-new-host-key")),
                          parser.isSet(QStringLiteral("take-over")));
    return runExport(c, parser.value(QStringLiteral("out")));
}

} // namespace commandline
