// The commands that talk to a publishing target: publish, upload, and the
// password a target logs in with.
#include "app/cli/cliinternal.h"

#include "app/media/archiveupload.h"
#include "app/publish/credentials.h"
#include "app/publish/publisher.h"
#include "app/publish/publishpipeline.h"
#include "app/publish/publishtarget.h"
#include "app/publish/transport.h"
#include "app/render/sitesnapshot.h"
#include "app/render/templateset.h"
#include "models/database.h"
#include "models/repository.h"
#include "models/sitesettings.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <unistd.h>

namespace commandline {
namespace {

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

QString bytes(qint64 n)
{
    return QLocale().formattedDataSize(n, 1, QLocale::DataSizeSIFormat);
}

} // namespace

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
            ? pipeline.prepareWholeSite(c.repo, settings, templates, snapshot, transport.get(),
                                        true)
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
    // A first publish was sent while it rendered.
    Result<PublishSummary> done = p.sent ? *p.sent : pipeline.send(*transport, p);
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

} // namespace commandline
