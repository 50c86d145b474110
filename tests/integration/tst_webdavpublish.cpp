// Publishing over WebDAV to a real nginx started on loopback, and verifying
// the result over plain HTTP from the same server.
#include "app/publish/publisher.h"
#include "app/publish/publishpipeline.h"
#include "app/publish/publishverifier.h"
#include "app/publish/webdavtransport.h"
#include "tests/support/nginxserver.h"
#include "tests/support/sitefixture.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testtools.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QThread>

#include <atomic>

namespace {

using testtools::readFile;
using testtools::writeFile;

// Under CI a server that does not start fails the test; it is never skipped.
#define REQUIRE_SERVER(server) QVERIFY2((server).isRunning(), "nginx did not start")

} // namespace

class TestWebDavPublish : public QObject
{
    Q_OBJECT

private slots:
    void publish_putsEveryFileAndVerifies();
    void republish_sendsNothingAndUpdatesInPlace();
    void wrongPassword_saysTheLoginWasRefused();
    void noPassword_asksForOne();
    void selfSignedCertificate_isRefusedUntilTrusted();
    void certificateForAnotherName_needsThatAcceptedToo();
    void redirectToAnotherServer_getsNoPassword();
    void passwordOverPlainHttp_isRefusedExceptOnThisMachine();
    void unreachableServer_saysSo();
    void archiveUpload_streamsVerifiesAndMoves();
    void movServedAsTextPlain_isReportedWithTheFix();
    void readers_neverSeeAHalfWrittenFile();
    void anotherDatabasesTarget_getsNothingInPlaceAndNoTemporaries();
};

void TestWebDavPublish::publish_putsEveryFileAndVerifies()
{
    TestDatabase t;
    QTemporaryDir root;
    NginxServer nginx(root.path(), NginxServer::Options::withLogin(QStringLiteral("editor"),
                                                                   QStringLiteral("s3cret pw")));
    REQUIRE_SERVER(nginx);
    qputenv("WEBCAST_ADMIN_PASSWORD", "s3cret pw");
    const RenderedSite site = SiteRenderer().render(fixedSite()).value();
    PublishManifest manifest(*t.db, QStringLiteral("web dav"));
    WebDavTransport dav(QUrl(nginx.davUrl(QStringLiteral("editor"))));
    const PublishPlan plan = PublishPlan::make(site, manifest.load());
    const Result<PublishSummary> r = publishSite(dav, manifest, site, plan);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value().uploaded, int(site.size()));
    for (auto it = site.cbegin(); it != site.cend(); ++it)
        QCOMPARE(readFile(root.filePath(it.key())), it.value());
    // No temporary file is left behind.
    QDirIterator leftovers(root.path(), {QStringLiteral("*.webcast-tmp")},
                           QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QVERIFY(!leftovers.hasNext());
    const QStringList problems =
        publishverifier::verify(QUrl(nginx.publicUrl()), plan.uploads, site);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestWebDavPublish::republish_sendsNothingAndUpdatesInPlace()
{
    TestDatabase t;
    QTemporaryDir root;
    NginxServer nginx(root.path(), {});
    REQUIRE_SERVER(nginx);
    SiteSnapshot snapshot = fixedSite(WebcastState::Upcoming);
    RenderedSite site = SiteRenderer().render(snapshot).value();
    PublishManifest manifest(*t.db, QStringLiteral("web dav"));
    WebDavTransport dav{QUrl(nginx.davUrl())};
    QVERIFY(publishSite(dav, manifest, site, PublishPlan::make(site, manifest.load())).ok());
    QVERIFY(PublishPlan::make(site, manifest.load()).isEmpty());
    snapshot.workshops[0].workshop.state = WebcastState::Live;
    site = SiteRenderer().render(snapshot).value();
    const PublishPlan plan = PublishPlan::make(site, manifest.load());
    QVERIFY(!plan.isEmpty());
    const Result<PublishSummary> r = publishSite(dav, manifest, site, plan);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(readFile(root.filePath(QStringLiteral("workshops/spring-school/index.html"))),
             site.value(QStringLiteral("workshops/spring-school/index.html")));
    QVERIFY(publishverifier::verify(QUrl(nginx.publicUrl()), plan.uploads, site).isEmpty());
}

void TestWebDavPublish::wrongPassword_saysTheLoginWasRefused()
{
    TestDatabase t;
    QTemporaryDir root;
    NginxServer nginx(root.path(), NginxServer::Options::withLogin(QStringLiteral("editor"),
                                                                   QStringLiteral("right")));
    REQUIRE_SERVER(nginx);
    qputenv("WEBCAST_ADMIN_PASSWORD", "wrong");
    const RenderedSite site = SiteRenderer().render(fixedSite()).value();
    PublishManifest manifest(*t.db, QStringLiteral("web dav"));
    WebDavTransport dav(QUrl(nginx.davUrl(QStringLiteral("editor"))));
    const Result<PublishSummary> r =
        publishSite(dav, manifest, site, PublishPlan::make(site, manifest.load()));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("refused the password of editor@127.0.0.1")),
             qPrintable(r.error()));
    QVERIFY(!r.error().contains(QStringLiteral("wrong"))); // never the password
    QCOMPARE(int(dav.loginNeed().kind), int(LoginNeed::Kind::PasswordRefused));
    QCOMPARE(dav.loginNeed().account, QStringLiteral("editor@127.0.0.1"));
    QVERIFY(manifest.load().isEmpty());
    QVERIFY(QDir(root.path()).isEmpty());
}

void TestWebDavPublish::noPassword_asksForOne()
{
    TestDatabase t;
    QTemporaryDir root;
    NginxServer nginx(root.path(), NginxServer::Options::withLogin(QStringLiteral("editor"),
                                                                   QStringLiteral("right")));
    REQUIRE_SERVER(nginx);
    qunsetenv("WEBCAST_ADMIN_PASSWORD");
    // No keychain in this process (no session bus): nothing is known.
    const RenderedSite site = SiteRenderer().render(fixedSite()).value();
    PublishManifest manifest(*t.db, QStringLiteral("web dav"));
    WebDavTransport dav(QUrl(nginx.davUrl(QStringLiteral("editor"))));
    const Result<PublishSummary> r =
        publishSite(dav, manifest, site, PublishPlan::make(site, manifest.load()));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("asks for the password of editor@127.0.0.1")),
             qPrintable(r.error()));
    QCOMPARE(int(dav.loginNeed().kind), int(LoginNeed::Kind::Password));
    QVERIFY(dav.loginNeed().key.startsWith(QStringLiteral("http://editor@127.0.0.1:")));
    // Without a user in the address, the message says to add one.
    WebDavTransport anonymous(QUrl(nginx.davUrl()));
    const Status s = anonymous.open();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("put the user name in the address")),
             qPrintable(s.error()));
}

void TestWebDavPublish::selfSignedCertificate_isRefusedUntilTrusted()
{
    TestDatabase t;
    QTemporaryDir root;
    NginxServer::Options options;
    options.tls = true;
    NginxServer nginx(root.path(), options);
    REQUIRE_SERVER(nginx);
    QCOMPARE(nginx.certificateSha256().size(), 64);
    const RenderedSite site = SiteRenderer().render(fixedSite()).value();
    PublishManifest manifest(*t.db, QStringLiteral("web dav"));

    WebDavTransport untrusted{QUrl(nginx.davUrl())};
    Result<PublishSummary> r =
        publishSite(untrusted, manifest, site, PublishPlan::make(site, manifest.load()));
    QVERIFY(!r.ok());
    QCOMPARE(int(untrusted.loginNeed().kind), int(LoginNeed::Kind::CertificateUntrusted));
    QCOMPARE(untrusted.loginNeed().fingerprint, nginx.certificateSha256());
    QVERIFY2(r.error().contains(QStringLiteral("not trusted")) &&
                 r.error().contains(nginx.certificateSha256()) &&
                 r.error().contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
             qPrintable(r.error()));
    QVERIFY(QDir(root.path()).isEmpty());

    // Trusting another certificate does not help, nor trusting this one for
    // another server (a port is another server).
    const QString here = QStringLiteral("127.0.0.1:%1=").arg(nginx.port());
    WebDavTransport other(QUrl(nginx.davUrl()), {here + QString(64, QLatin1Char('a'))});
    QVERIFY(!other.open().ok());
    WebDavTransport elsewhere(
        QUrl(nginx.davUrl()),
        {QStringLiteral("127.0.0.1:%1=").arg(nginx.port() + 1) + nginx.certificateSha256()});
    QVERIFY(!elsewhere.open().ok());
    QCOMPARE(int(elsewhere.loginNeed().kind), int(LoginNeed::Kind::CertificateUntrusted));
    QCOMPARE(WebDavTransport::trustEntryFor(elsewhere.loginNeed()),
             here + nginx.certificateSha256());

    // The user's remembered decision for exactly this certificate here.
    WebDavTransport trusted(QUrl(nginx.davUrl()), {here + nginx.certificateSha256()});
    r = publishSite(trusted, manifest, site, PublishPlan::make(site, manifest.load()));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(readFile(root.filePath(QStringLiteral("index.html"))),
             site.value(QStringLiteral("index.html")));
}

void TestWebDavPublish::certificateForAnotherName_needsThatAcceptedToo()
{
    QTemporaryDir root;
    NginxServer::Options options;
    options.tls = true;
    options.certificateName = QStringLiteral("files.other-company.example");
    NginxServer nginx(root.path(), options);
    REQUIRE_SERVER(nginx);
    const QString entry =
        QStringLiteral("127.0.0.1:%1=%2").arg(nginx.port()).arg(nginx.certificateSha256());

    WebDavTransport untrusted{QUrl(nginx.davUrl())};
    QVERIFY(!untrusted.open().ok());
    QVERIFY(untrusted.loginNeed().nameMismatch);
    QCOMPARE(WebDavTransport::trustEntryFor(untrusted.loginNeed()),
             entry + QStringLiteral(",any-name"));
    // Trusting the certificate does not excuse the name it was made out for…
    WebDavTransport fingerprintOnly(QUrl(nginx.davUrl()), {entry});
    const Status s = fingerprintOnly.open();
    QVERIFY(!s.ok());
    QVERIFY(fingerprintOnly.loginNeed().nameMismatch);
    QVERIFY(QDir(root.path()).isEmpty());
    // …until that was shown and accepted too.
    WebDavTransport accepted(QUrl(nginx.davUrl()), {entry + QStringLiteral(",any-name")});
    const Status ok = accepted.open();
    QVERIFY2(ok.ok(), qPrintable(ok.error()));
}

void TestWebDavPublish::redirectToAnotherServer_getsNoPassword()
{
    TestDatabase t;
    // The second server wants a login and writes down every Authorization
    // header it receives; the first sends every request on to it.
    QTemporaryDir theirs, ours;
    NginxServer::Options recorder =
        NginxServer::Options::withLogin(QStringLiteral("editor"), QStringLiteral("s3cret pw"));
    recorder.recordAuthorization = true;
    NginxServer elsewhere(theirs.path(), recorder);
    REQUIRE_SERVER(elsewhere);
    NginxServer::Options redirecting;
    redirecting.redirectTo = elsewhere.origin();
    NginxServer nginx(ours.path(), redirecting);
    REQUIRE_SERVER(nginx);

    qputenv("WEBCAST_ADMIN_PASSWORD", "s3cret pw");
    const RenderedSite site = SiteRenderer().render(fixedSite()).value();
    PublishManifest manifest(*t.db, QStringLiteral("web dav"));
    WebDavTransport dav(QUrl(nginx.davUrl(QStringLiteral("editor"))));
    const Result<PublishSummary> r =
        publishSite(dav, manifest, site, PublishPlan::make(site, manifest.load()));
    qunsetenv("WEBCAST_ADMIN_PASSWORD");
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("another server")) &&
                 r.error().contains(elsewhere.origin()),
             qPrintable(r.error()));
    QVERIFY2(!elsewhere.authorizationLog().contains("Basic"),
             elsewhere.authorizationLog().constData());
    QVERIFY(QDir(theirs.path()).isEmpty());
    QVERIFY(manifest.load().isEmpty());
    // The recorder does see a password that is sent to it.
    qputenv("WEBCAST_ADMIN_PASSWORD", "s3cret pw");
    WebDavTransport direct(QUrl(elsewhere.davUrl(QStringLiteral("editor"))));
    QVERIFY(direct.open().ok());
    qunsetenv("WEBCAST_ADMIN_PASSWORD");
    // (nginx writes its log line after the answer has gone out)
    QTRY_VERIFY(elsewhere.authorizationLog().contains("[Basic "));
}

void TestWebDavPublish::passwordOverPlainHttp_isRefusedExceptOnThisMachine()
{
    // 192.0.2.1 is a documentation address where nothing answers: the
    // refusal comes before any request (a request would time out instead).
    qputenv("WEBCAST_ADMIN_PASSWORD", "s3cret pw");
    WebDavTransport dav(QUrl(QStringLiteral("http://editor@192.0.2.1/dav/")));
    dav.setTimeout(30);
    const Status s = dav.open();
    qunsetenv("WEBCAST_ADMIN_PASSWORD");
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("plain http://")) &&
                 s.error().contains(QStringLiteral("https://192.0.2.1/dav/")),
             qPrintable(s.error()));
    // Loopback is this machine: allowed (the other tests publish that way).
}

void TestWebDavPublish::unreachableServer_saysSo()
{
    TestDatabase t;
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost, 0);
    const quint16 port = closed.serverPort();
    closed.close();
    const RenderedSite site = SiteRenderer().render(fixedSite()).value();
    PublishManifest manifest(*t.db, QStringLiteral("web dav"));
    WebDavTransport dav(QUrl(QStringLiteral("http://127.0.0.1:%1/dav/").arg(port)));
    const Result<PublishSummary> r =
        publishSite(dav, manifest, site, PublishPlan::make(site, manifest.load()));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
             qPrintable(r.error()));
}

void TestWebDavPublish::movServedAsTextPlain_isReportedWithTheFix()
{
    TestDatabase t;
    QTemporaryDir root;
    NginxServer::Options misconfigured;
    misconfigured.movAsTextPlain = true;
    NginxServer nginx(root.path(), misconfigured);
    REQUIRE_SERVER(nginx);
    const RenderedSite site = SiteRenderer().render(fixedSite()).value();
    PublishManifest manifest(*t.db, QStringLiteral("web dav"));
    WebDavTransport dav{QUrl(nginx.davUrl())};
    const PublishPlan plan = PublishPlan::make(site, manifest.load());
    QVERIFY(publishSite(dav, manifest, site, plan).ok());
    const QStringList problems = publishverifier::verify(
        QUrl(nginx.publicUrl()), {QStringLiteral("presentations/webcast-archive.103.ref.mov")},
        site);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("text/plain instead of video/quicktime")),
             qPrintable(problems.first()));
    QVERIFY(problems.first().contains(QStringLiteral(".htaccess")));
}

void TestWebDavPublish::readers_neverSeeAHalfWrittenFile()
{
    // A reader fetches the page again and again while it is replaced with
    // two alternating versions: every answer must be one whole version.
    TestDatabase t;
    QTemporaryDir root;
    NginxServer nginx(root.path(), {});
    REQUIRE_SERVER(nginx);
    const QByteArray a(512 * 1024, 'a');
    const QByteArray b(512 * 1024 + 17, 'b');
    WebDavTransport dav{QUrl(nginx.davUrl())};
    QVERIFY(dav.open().ok());
    QVERIFY(dav.put(QStringLiteral("page.html"), a, "text/html").ok());
    QVERIFY(dav.commit().ok());

    std::atomic_bool stop{false};
    std::atomic_int reads{0};
    std::atomic_int torn{0};
    QThread *reader = QThread::create([&] {
        QNetworkAccessManager network;
        const QUrl url(nginx.publicUrl() + QStringLiteral("page.html"));
        while (!stop) {
            QNetworkReply *reply = network.get(QNetworkRequest(url));
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const QByteArray body = reply->readAll();
            if (reply->error() == QNetworkReply::NoError) {
                ++reads;
                if (body != a && body != b)
                    ++torn;
            }
            delete reply;
        }
    });
    reader->start();
    for (int i = 0; i < 30; ++i) {
        // Twice in one batch on every other round (transport.h allows it).
        QVERIFY(dav.put(QStringLiteral("page.html"), i % 2 ? a : b, "text/html").ok());
        if (i % 2 == 0)
            QVERIFY(dav.commit().ok());
    }
    QVERIFY(dav.commit().ok());
    stop = true;
    reader->wait();
    delete reader;
    QVERIFY(reads > 0);
    QCOMPARE(torn.load(), 0);
}

void TestWebDavPublish::archiveUpload_streamsVerifiesAndMoves()
{
    QTemporaryDir root, local;
    NginxServer nginx(root.path(), NginxServer::Options::withLogin(QStringLiteral("editor"),
                                                                   QStringLiteral("right")));
    REQUIRE_SERVER(nginx);
    qputenv("WEBCAST_ADMIN_PASSWORD", "right");
    const QString file = local.filePath(QStringLiteral("talk.mov"));
    QByteArray data(6 * 1024 * 1024 + 123, Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        data[i] = char(i * 7 + i / 4096);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    WebDavTransport dav(QUrl(nginx.davUrl(QStringLiteral("editor"))));
    QVERIFY(dav.open().ok());
    qint64 last = 0, resumed = -1;
    const Status s = dav.uploadFile(
        file, QStringLiteral("ws/talk.mov"), [&](qint64 done, qint64) { last = done; }, nullptr,
        &resumed);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(last, qint64(data.size()));
    QCOMPARE(resumed, qint64(0));
    QCOMPARE(readFile(root.filePath(QStringLiteral("ws/talk.mov"))), data);
    QVERIFY(!QFile::exists(root.filePath(QStringLiteral("ws/.talk.mov.webcast-part"))));
    // Cancelled: nothing at the final name, no part left behind.
    std::atomic_bool cancel{true};
    QVERIFY(!dav.uploadFile(file, QStringLiteral("ws/other.mov"), {}, &cancel, &resumed).ok());
    QVERIFY(!QFile::exists(root.filePath(QStringLiteral("ws/other.mov"))));
    QVERIFY(!QFile::exists(root.filePath(QStringLiteral("ws/.other.mov.webcast-part"))));
    QVERIFY(!dav.uploadFile(file, QStringLiteral("../x.mov"), {}, nullptr, &resumed).ok());
    qunsetenv("WEBCAST_ADMIN_PASSWORD");
}

// The marker is checked while the batch's PUTs travel (publishpipeline.cpp):
// when it names another database, nothing is moved into place and the
// temporaries are taken back. The first database's kept transport then
// publishes a flip with its connection as it is.
void TestWebDavPublish::anotherDatabasesTarget_getsNothingInPlaceAndNoTemporaries()
{
    QTemporaryDir root;
    NginxServer nginx(root.path(), {});
    REQUIRE_SERVER(nginx);
    PublishTarget target;
    target.url = QUrl(nginx.davUrl());
    const TemplateSet templates = TemplateSet::builtIn();
    TestDatabase first, second;
    SiteSnapshot snapshot = fixedSite(WebcastState::Upcoming);
    WebDavTransport kept(target.url);
    {
        PublishPipeline pipeline(*first.db, target);
        auto prepared = pipeline.prepare(snapshot, templates, {});
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        const auto sent = pipeline.send(kept, prepared.value());
        QVERIFY2(sent.ok(), qPrintable(sent.error()));
    }
    QVERIFY(kept.isOpen());
    const QString page = root.filePath(QStringLiteral("workshops/spring-school/index.html"));
    const QByteArray before = readFile(page);
    QVERIFY(!before.isEmpty());

    snapshot.workshops[0].workshop.state = WebcastState::Live;
    {
        PublishPipeline other(*second.db, target);
        auto prepared = other.prepare(snapshot, templates, {});
        QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
        WebDavTransport dav(target.url);
        const auto sent = other.send(dav, prepared.value());
        QVERIFY(!sent.ok());
        QCOMPARE(other.need().kind, LoginNeed::Kind::OtherDatabase);
    }
    QCOMPARE(readFile(page), before);
    QDirIterator leftovers(root.path(), {QStringLiteral("*.webcast-tmp")},
                           QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QVERIFY2(!leftovers.hasNext(), qPrintable(leftovers.next()));

    // The same flip from the first database, on its kept connection.
    PublishPipeline pipeline(*first.db, target);
    auto prepared = pipeline.prepare(snapshot, templates, {});
    QVERIFY2(prepared.ok(), qPrintable(prepared.error()));
    QVERIFY(kept.isOpen());
    const auto sent = pipeline.send(kept, prepared.value());
    QVERIFY2(sent.ok(), qPrintable(sent.error()));
    QVERIFY(readFile(page) != before);
    QVERIFY(readFile(page).contains("state-live"));
}

QTEST_GUILESS_MAIN(TestWebDavPublish)
#include "tst_webdavpublish.moc"
