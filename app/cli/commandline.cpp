#include "app/cli/commandline.h"
#include "app/cli/cliinternal.h"

#include "app/core/session.h"
#include "app/editing/slides.h"
#include "app/publish/credentials.h"
#include "app/publish/publisher.h"
#include "app/publish/publishtarget.h"
#include "app/render/siterenderer.h"
#include "app/render/sitesnapshot.h"
#include "app/render/sitewriter.h"
#include "app/render/templateset.h"
#include "app/stream/streamcheck.h"
#include "models/database.h"
#include "models/demodata.h"
#include "models/repository.h"
#include "models/sitesettings.h"
#include "models/validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QUrl>

namespace commandline {
namespace {

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
