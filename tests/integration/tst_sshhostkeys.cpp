// SSH host keys against a real sshd: what the user accepted is exactly what is
// stored, a host known by one key type is never "new" when it shows another,
// and accepting adds one line to known_hosts without rewriting it.
#include "app/publish/sftptransport.h"
#include "tests/support/sshserver.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

#define REQUIRE_SERVER(server) QVERIFY2((server).isRunning(), "sshd did not start")

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

SftpTransport::Options optionsFor(const SshServer &ssh)
{
    SftpTransport::Options o;
    o.identity = ssh.path(QStringLiteral("id_client"));
    o.knownHosts = ssh.path(QStringLiteral("known_hosts"));
    o.sshConfig = ssh.path(QStringLiteral("ssh_config"));
    o.timeoutSeconds = 10;
    return o;
}

// What OpenSSH itself finds for the host in `file` (ssh-keygen -F).
QByteArray openSshFinds(const SshServer &ssh, const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-F"), QStringLiteral("[127.0.0.1]:%1").arg(ssh.port()),
             QStringLiteral("-f"), file});
    p.waitForFinished(10000);
    return p.readAllStandardOutput();
}

} // namespace

class TestSshHostKeys : public QObject
{
    Q_OBJECT

private slots:
    void knownByEd25519_serverShowingOnlyRsa_isRefusedNamingBothKeys_data();
    void knownByEd25519_serverShowingOnlyRsa_isRefusedNamingBothKeys();
    void acceptedKey_anotherKeyOnTheRetry_isRefusedAndNothingSaved();
    void accepting_appendsOneLineAndKeepsEverythingElse();
    void newComputer_knownHostsAndItsFolderAreCreated();
    void hashKnownHosts_writesAHashedLineThatOpenSshReads();
};

void TestSshHostKeys::knownByEd25519_serverShowingOnlyRsa_isRefusedNamingBothKeys_data()
{
    QTest::addColumn<bool>("acceptNew");
    QTest::newRow("asking") << false;
    QTest::newRow("--accept-new-host-key") << true;
}

void TestSshHostKeys::knownByEd25519_serverShowingOnlyRsa_isRefusedNamingBothKeys()
{
    QFETCH(bool, acceptNew);
    SshServer ssh; // known_hosts knows its ed25519 key
    REQUIRE_SERVER(ssh);
    const QString known = ssh.fingerprint();
    const QByteArray before = readFile(ssh.path(QStringLiteral("known_hosts")));
    // Another machine answers at the same address with an RSA key only.
    QVERIFY(ssh.replaceHostKey(QStringLiteral("rsa")));
    const QString shown = ssh.fingerprint();
    QVERIFY(known != shown);

    QTemporaryDir www;
    SftpTransport::Options options = optionsFor(ssh);
    options.acceptNewHostKey = acceptNew;
    SftpTransport sftp(ssh.url(www.path()), options);
    const Status s = sftp.open();
    QVERIFY(!s.ok());
    QCOMPARE(sftp.hostKeyStatus(), SftpTransport::HostKey::Changed);
    QCOMPARE(sftp.hostKeyFingerprint(), shown);
    QVERIFY2(s.error().contains(known) && s.error().contains(shown), qPrintable(s.error()));
    QCOMPARE(sftp.loginNeed().kind, LoginNeed::Kind::None); // nothing to accept here
    QCOMPARE(readFile(ssh.path(QStringLiteral("known_hosts"))), before);
    QVERIFY(QDir(www.path()).isEmpty());
}

void TestSshHostKeys::acceptedKey_anotherKeyOnTheRetry_isRefusedAndNothingSaved()
{
    SshServer ssh;
    REQUIRE_SERVER(ssh);
    ssh.write(QStringLiteral("known_hosts"), QByteArray());
    QTemporaryDir www;
    SftpTransport::Options options = optionsFor(ssh);
    SftpTransport first(ssh.url(www.path()), options);
    QVERIFY(!first.open().ok());
    QCOMPARE(first.loginNeed().kind, LoginNeed::Kind::HostKeyUnknown);
    const QString seen = first.loginNeed().fingerprint;
    QCOMPARE(seen, ssh.fingerprint());

    // The user accepts what they saw; a man in the middle swaps the key for
    // the retry.
    QVERIFY(ssh.replaceHostKey(QStringLiteral("ed25519")));
    const QString swapped = ssh.fingerprint();
    options.acceptHostKey = seen;
    SftpTransport retry(ssh.url(www.path()), options);
    const Status s = retry.open();
    QVERIFY(!s.ok());
    QCOMPARE(retry.hostKeyStatus(), SftpTransport::HostKey::Changed);
    QVERIFY2(s.error().contains(seen) && s.error().contains(swapped), qPrintable(s.error()));
    QVERIFY(readFile(ssh.path(QStringLiteral("known_hosts"))).isEmpty());
    QVERIFY(QDir(www.path()).isEmpty());

    // Accepting the key that is really shown works, and only that one is kept.
    options.acceptHostKey = swapped;
    SftpTransport accepted(ssh.url(www.path()), options);
    const Status ok = accepted.open();
    QVERIFY2(ok.ok(), qPrintable(ok.error()));
    QCOMPARE(readFile(ssh.path(QStringLiteral("known_hosts"))).count('\n'), 1);
    QCOMPARE(openSshFinds(ssh, ssh.path(QStringLiteral("known_hosts"))).count("ssh-ed25519"), 1);
}

void TestSshHostKeys::accepting_appendsOneLineAndKeepsEverythingElse()
{
    SshServer ssh;
    REQUIRE_SERVER(ssh);
    // Comments, a line libssh2 cannot read, another host, no final newline:
    // all of it must survive byte for byte.
    const QByteArray before =
        "# servers of the physics department\n"
        "this line is not a key at all\n"
        "@cert-authority *.example.org ssh-ed25519 "
        "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n"
        "other.example.org ssh-ed25519 "
        "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";
    ssh.write(QStringLiteral("known_hosts"), before);
    QTemporaryDir www;
    SftpTransport::Options options = optionsFor(ssh);
    options.acceptHostKey = ssh.fingerprint();
    SftpTransport sftp(ssh.url(www.path()), options);
    const Status s = sftp.open();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    sftp.close();

    const QByteArray after = readFile(ssh.path(QStringLiteral("known_hosts")));
    QVERIFY(after.startsWith(QByteArray(before + '\n')));
    const QByteArray added = after.mid(before.size() + 1);
    QCOMPARE(added.count('\n'), 1);
    QVERIFY(added.startsWith(
        QByteArray("[127.0.0.1]:" + QByteArray::number(ssh.port()) + " ssh-ed25519 ")));
    QVERIFY(!openSshFinds(ssh, ssh.path(QStringLiteral("known_hosts"))).isEmpty());

    options.acceptHostKey.clear();
    SftpTransport again(ssh.url(www.path()), options);
    QVERIFY(again.open().ok());
    QCOMPARE(again.hostKeyStatus(), SftpTransport::HostKey::Known);
    QCOMPARE(readFile(ssh.path(QStringLiteral("known_hosts"))), after);
}

void TestSshHostKeys::newComputer_knownHostsAndItsFolderAreCreated()
{
    SshServer ssh;
    REQUIRE_SERVER(ssh);
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral(".ssh/known_hosts"));
    QTemporaryDir www;
    SftpTransport::Options options = optionsFor(ssh);
    options.knownHosts = file;
    options.acceptNewHostKey = true;
    SftpTransport sftp(ssh.url(www.path()), options);
    const Status s = sftp.open();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(QFileInfo(file).isFile());
    QCOMPARE(QFileInfo(home.filePath(QStringLiteral(".ssh"))).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
             QFile::Permissions());
    QVERIFY(!openSshFinds(ssh, file).isEmpty());
}

void TestSshHostKeys::hashKnownHosts_writesAHashedLineThatOpenSshReads()
{
    SshServer ssh;
    REQUIRE_SERVER(ssh);
    ssh.write(QStringLiteral("known_hosts"), QByteArray());
    ssh.write(QStringLiteral("ssh_config"), "Host *\n  BatchMode yes\n  HashKnownHosts yes\n");
    QTemporaryDir www;
    SftpTransport::Options options = optionsFor(ssh);
    options.acceptHostKey = ssh.fingerprint();
    SftpTransport sftp(ssh.url(www.path()), options);
    const Status s = sftp.open();
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const QByteArray line = readFile(ssh.path(QStringLiteral("known_hosts")));
    QVERIFY2(line.startsWith("|1|"), line.constData());
    QVERIFY(!line.contains("127.0.0.1"));
    QVERIFY(!openSshFinds(ssh, ssh.path(QStringLiteral("known_hosts"))).isEmpty());

    options.acceptHostKey.clear();
    SftpTransport again(ssh.url(www.path()), options);
    QVERIFY(again.open().ok());
    QCOMPARE(again.hostKeyStatus(), SftpTransport::HostKey::Known);
}

QTEST_GUILESS_MAIN(TestSshHostKeys)
#include "tst_sshhostkeys.moc"
