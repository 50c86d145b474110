// Links planted in a folder we write to (render --out, the local publishing
// target) must never carry a write or a removal outside it: the link's target
// stays byte for byte what it was.
#include "app/publish/localtransport.h"
#include "app/render/sitewriter.h"
#include "tests/support/testtools.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

using testtools::readFile;
using testtools::writeFile;

using testtools::filesUnder;

// A home folder the attacker would like us to write into or delete from.
struct Victim
{
    QTemporaryDir dir;
    Victim()
    {
        writeFile(path(QStringLiteral(".bashrc")), "alias ls='ls --color'\n");
        writeFile(path(QStringLiteral("x/index.html")), "the user's own page\n");
        writeFile(path(QStringLiteral("w/index.html")), "another page of theirs\n");
    }
    QString path(const QString &name) const { return dir.filePath(name); }
};

} // namespace

class TestPlantedLinks : public QObject
{
    Q_OBJECT

private slots:
    void renderOut_linkedFolder_isRefusedAndItsTargetUntouched();
    void renderOut_staleFileBehindALink_isNotRemoved();
    void renderOut_linksAtTemporaryNames_areNeverOpened();
    void renderOut_linkedLeftoverOfAnInterruptedRun_isNotEmptied();
    void localTarget_writesAndRemovalsNeverGoThroughALink();
    void localTarget_uploadIntoALinkedFolder_isRefused();
};

void TestPlantedLinks::renderOut_linkedFolder_isRefusedAndItsTargetUntouched()
{
    Victim home;
    const auto before = filesUnder(home.dir.path());
    QTemporaryDir out;
    QVERIFY(writeFile(out.filePath(QStringLiteral("index.html")), "old"));
    QVERIFY(QFile::link(home.dir.path(), out.filePath(QStringLiteral("workshops"))));
    const RenderedSite site{{QStringLiteral("index.html"), "new"},
                            {QStringLiteral("workshops/w/index.html"), "attack"},
                            {QStringLiteral("workshops/x/index.html"), "attack"}};
    const auto r = sitewriter::write(site, out.path());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(out.filePath(QStringLiteral("workshops"))) &&
                 r.error().contains(QStringLiteral("not a folder")),
             qPrintable(r.error()));
    QCOMPARE(filesUnder(home.dir.path()), before);
}

void TestPlantedLinks::renderOut_staleFileBehindALink_isNotRemoved()
{
    Victim home;
    const auto before = filesUnder(home.dir.path());
    QTemporaryDir out;
    // An earlier render wrote workshops/x/index.html; now workshops is a link.
    QVERIFY(writeFile(out.filePath(QStringLiteral("index.html")), "old"));
    QVERIFY(writeFile(out.filePath(QStringLiteral(".webcast-admin-manifest")),
                      "index.html\nworkshops/x/index.html\n"));
    QVERIFY(QFile::link(home.dir.path(), out.filePath(QStringLiteral("workshops"))));
    const auto r = sitewriter::write({{QStringLiteral("index.html"), "new"}}, out.path());
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value().removed, 0);
    QCOMPARE(filesUnder(home.dir.path()), before);
    QCOMPARE(readFile(out.filePath(QStringLiteral("index.html"))), QByteArray("new"));
}

void TestPlantedLinks::renderOut_linksAtTemporaryNames_areNeverOpened()
{
    Victim home;
    const auto before = filesUnder(home.dir.path());
    QTemporaryDir out;
    QVERIFY(writeFile(out.filePath(QStringLiteral("index.html")), "old"));
    // Where older versions (and a guess at ours) put their temporary files.
    for (const char *name : {".index.html.webcast-tmp", ".index.html.0.webcast-tmp",
                             ".webcast-admin-manifest.webcast-tmp"})
        QVERIFY(QFile::link(home.path(QStringLiteral(".bashrc")),
                            out.filePath(QString::fromLatin1(name))));
    const auto r = sitewriter::write({{QStringLiteral("index.html"), "new"}}, out.path());
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(readFile(out.filePath(QStringLiteral("index.html"))), QByteArray("new"));
    QCOMPARE(filesUnder(home.dir.path()), before);
    // A link in the place of a page is refused, not written through.
    QVERIFY(QFile::remove(out.filePath(QStringLiteral("index.html"))));
    QVERIFY(QFile::link(home.path(QStringLiteral(".bashrc")),
                        out.filePath(QStringLiteral("index.html"))));
    const auto refused = sitewriter::write({{QStringLiteral("index.html"), "x"}}, out.path());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("not a plain file")),
             qPrintable(refused.error()));
    QCOMPARE(filesUnder(home.dir.path()), before);
}

void TestPlantedLinks::renderOut_linkedLeftoverOfAnInterruptedRun_isNotEmptied()
{
    Victim home;
    const auto before = filesUnder(home.dir.path());
    QTemporaryDir parent;
    const QString out = parent.filePath(QStringLiteral("site")); // new: built beside, renamed
    for (const char *name : {".site.webcast-new", ".site.webcast-new.AAAAAA"})
        QVERIFY(QFile::link(home.dir.path(), parent.filePath(QString::fromLatin1(name))));
    const auto r = sitewriter::write({{QStringLiteral("index.html"), "new"}}, out);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(readFile(out + QStringLiteral("/index.html")), QByteArray("new"));
    QCOMPARE(filesUnder(home.dir.path()), before);
}

void TestPlantedLinks::localTarget_writesAndRemovalsNeverGoThroughALink()
{
    Victim home;
    const auto before = filesUnder(home.dir.path());
    QTemporaryDir www;
    QVERIFY(QFile::link(home.dir.path(), www.filePath(QStringLiteral("workshops"))));
    QVERIFY(QFile::link(home.path(QStringLiteral(".bashrc")),
                        www.filePath(QStringLiteral(".index.html.webcast-tmp"))));
    LocalTransport target(www.path());
    QVERIFY(target.open().ok());
    QVERIFY(target.put(QStringLiteral("index.html"), "page", "text/html").ok());
    QCOMPARE(readFile(www.filePath(QStringLiteral("index.html"))), QByteArray("page"));

    const Status put = target.put(QStringLiteral("workshops/w/index.html"), "x", "text/html");
    QVERIFY(!put.ok());
    QVERIFY2(put.error().contains(www.filePath(QStringLiteral("workshops"))),
             qPrintable(put.error()));
    const Status removed = target.remove(QStringLiteral("workshops/x/index.html"));
    QVERIFY(!removed.ok());
    QCOMPARE(filesUnder(home.dir.path()), before);
}

void TestPlantedLinks::localTarget_uploadIntoALinkedFolder_isRefused()
{
    Victim home;
    const auto before = filesUnder(home.dir.path());
    QTemporaryDir www, media;
    const QString video = media.filePath(QStringLiteral("talk.mp4"));
    QVERIFY(writeFile(video, QByteArray(1 << 20, 'v')));
    QVERIFY(QFile::link(home.dir.path(), www.filePath(QStringLiteral("archive"))));
    LocalTransport target(www.path());
    QVERIFY(target.open().ok());
    const Status s =
        target.uploadFile(video, QStringLiteral("archive/talk.mp4"), {}, nullptr, nullptr);
    QVERIFY(!s.ok());
    QCOMPARE(filesUnder(home.dir.path()), before);
    // Into a real folder it arrives whole, with no temporary left behind.
    QVERIFY(target.uploadFile(video, QStringLiteral("files/talk.mp4"), {}, nullptr, nullptr).ok());
    QCOMPARE(readFile(www.filePath(QStringLiteral("files/talk.mp4"))), readFile(video));
    QCOMPARE(QDir(www.filePath(QStringLiteral("files"))).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("talk.mp4")});
}

QTEST_GUILESS_MAIN(TestPlantedLinks)
#include "tst_plantedlinks.moc"
