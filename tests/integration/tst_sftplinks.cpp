// Links planted inside an SFTP target (a real sshd on loopback, so the
// server's files are ours to inspect): in every way a batch can land, no
// write and no removal goes through a link, and the link's target is left
// byte for byte as it was.
#include "app/publish/sftptransport.h"
#include "tests/support/sshserver.h"
#include "tests/support/testtools.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

#define REQUIRE_SERVER(server) QVERIFY2((server).isRunning(), "sshd did not start")

using testtools::readFile;
using testtools::writeFile;

using testtools::filesUnder;

} // namespace

class TestSftpLinks : public QObject
{
    Q_OBJECT

private slots:
    void plantedLinks_areRefusedAndTheirTargetsUntouched_data();
    void plantedLinks_areRefusedAndTheirTargetsUntouched();
};

void TestSftpLinks::plantedLinks_areRefusedAndTheirTargetsUntouched_data()
{
    QTest::addColumn<bool>("shell");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<bool>("helper");
    QTest::newRow("tar stream, one helper") << true << true << true;
    QTest::newRow("tar stream per batch") << true << true << false;
    QTest::newRow("sftp + mv -T") << true << false << false;
    QTest::newRow("no shell") << false << false << false;
}

void TestSftpLinks::plantedLinks_areRefusedAndTheirTargetsUntouched()
{
    QFETCH(bool, shell);
    QFETCH(bool, stream);
    QFETCH(bool, helper);
    SshServer ssh;
    REQUIRE_SERVER(ssh);
    QTemporaryDir home, www;
    QVERIFY(writeFile(home.filePath(QStringLiteral(".bashrc")), "alias ls='ls -F'\n"));
    QVERIFY(writeFile(home.filePath(QStringLiteral("x/index.html")), "theirs\n"));
    const auto before = filesUnder(home.path());
    // Planted: a folder that leads home, a temporary name that leads to
    // .bashrc, and a page that is a link.
    QVERIFY(QFile::link(home.path(), www.filePath(QStringLiteral("workshops"))));
    QVERIFY(QFile::link(home.filePath(QStringLiteral(".bashrc")),
                        www.filePath(QStringLiteral(".index.html.webcast-tmp"))));
    QVERIFY(QFile::link(home.filePath(QStringLiteral(".bashrc")),
                        www.filePath(QStringLiteral("feed.xml"))));
    // ... and, in a folder that is there already, a page that is a link.
    QVERIFY(QDir(www.path()).mkpath(QStringLiteral("pages")));
    QVERIFY(QFile::link(home.filePath(QStringLiteral(".bashrc")),
                        www.filePath(QStringLiteral("pages/page.html"))));

    SftpTransport::Options o;
    o.identity = ssh.path(QStringLiteral("id_client"));
    o.knownHosts = ssh.path(QStringLiteral("known_hosts"));
    o.sshConfig = ssh.path(QStringLiteral("ssh_config"));
    o.useShellRename = shell;
    o.useStream = stream;
    o.useHelper = helper;
    o.timeoutSeconds = 10;
    SftpTransport sftp(ssh.url(www.path()), o);
    const Status opened = sftp.open();
    QVERIFY2(opened.ok(), qPrintable(opened.error()));

    // A plain page lands (past the planted temporary name).
    Status s = sftp.put(QStringLiteral("index.html"), "page", "text/html");
    if (s)
        s = sftp.commit();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(readFile(www.filePath(QStringLiteral("index.html"))), QByteArray("page"));

    // Into the linked folder: refused, naming it.
    s = sftp.put(QStringLiteral("workshops/x/index.html"), "attack", "text/html");
    if (s)
        s = sftp.commit();
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("workshops")) &&
                 s.error().contains(QStringLiteral("link")),
             qPrintable(s.error()));
    QVERIFY(sftp.open().ok()); // a failed batch may have ended the helper

    // Over a page that is a link: refused or the link itself replaced,
    // never written through.
    s = sftp.put(QStringLiteral("feed.xml"), "attack", "application/rss+xml");
    if (s)
        s = sftp.commit();
    QVERIFY(sftp.open().ok());

    // The same one folder down, beside a page in a new folder: the new
    // one lands, the link is refused or replaced, never written through.
    s = sftp.put(QStringLiteral("fresh/page.html"), "new", "text/html");
    if (s)
        s = sftp.put(QStringLiteral("pages/page.html"), "attack", "text/html");
    if (s)
        s = sftp.commit();
    QVERIFY(sftp.open().ok());
    if (stream)
        QVERIFY2(!s.ok() && s.error().contains(QStringLiteral("pages/page.html")),
                 qPrintable(s.error()));

    // Removing through the link: refused.
    const Status removed = sftp.remove(QStringLiteral("workshops/x/index.html"));
    QVERIFY(!removed.ok());
    QVERIFY2(removed.error().contains(QStringLiteral("workshops")), qPrintable(removed.error()));
    QCOMPARE(filesUnder(home.path()), before);
}

QTEST_GUILESS_MAIN(TestSftpLinks)
#include "tst_sftplinks.moc"
