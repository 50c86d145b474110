#include "app/editing/editsession.h"
#include "models/demodata.h"
#include "models/jsonexchange.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestEditSession : public QObject
{
    Q_OBJECT

private slots:
    void rooms_addRenameRemove_inOneUndoableStep();
    void rooms_badListIsRefusedAndChangesNothing();
    void flip_isUndoableAndRedoable();
    void refusedFlip_isNotOnTheStack();
    void editWorkshop_undoRestoresFields();
    void editWorkshop_refusedKeepsDatabase();
    void removeWorkshop_undoRestoresEverythingWithSameIds();
    void addWorkshop_undoRemovesAndRedoKeepsId();
    void removePresentation_undoRestoresIt();
    void undoThatBreaksARule_reportsError();
    void slides_addAndRemoveAreUndoable();
    void import_isOneStepThatUndoPutsBack();
    void demoWorkshops_areOneUndoableStep();
};

namespace {
Room roomOf(qint64 id, const QString &name, const QString &stream = {})
{
    Room r;
    r.id = id;
    r.name = name;
    r.liveStreamUrl = stream;
    return r;
}
QStringList namesOf(const QList<Room> &rooms)
{
    QStringList names;
    for (const Room &r : rooms)
        names << r.name + QLatin1Char('|') + r.liveStreamUrl;
    return names;
}
} // namespace

void TestEditSession::rooms_addRenameRemove_inOneUndoableStep()
{
    TestDatabase t;
    EditSession session(*t.repo, QStringLiteral("coordinator"));
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    Presentation talk = samplePresentation(wid);
    talk.room = QStringLiteral("Hall 1");
    const qint64 pid = t.repo->addPresentation(talk).value();
    QVERIFY(session
                .setRooms(
                    wid, {roomOf(0, QStringLiteral("Hall 1")), roomOf(0, QStringLiteral("Saal 2"))})
                .ok());
    const QList<Room> first = t.repo->rooms(wid);
    QCOMPARE(namesOf(first), (QStringList{QStringLiteral("Hall 1|"), QStringLiteral("Saal 2|")}));

    // Rename Hall 1 (its talk follows), give Saal 2 a stream, swap their
    // order, add a third: one step.
    QVERIFY(session
                .setRooms(wid, {roomOf(first.at(1).id, QStringLiteral("Saal 2"),
                                       QStringLiteral("rtsp://stream.example.org/saal2")),
                                roomOf(first.at(0).id, QStringLiteral("Hörsaal 1")),
                                roomOf(0, QStringLiteral("Foyer"))})
                .ok());
    const QStringList after{QStringLiteral("Saal 2|rtsp://stream.example.org/saal2"),
                            QStringLiteral("Hörsaal 1|"), QStringLiteral("Foyer|")};
    QCOMPARE(namesOf(t.repo->rooms(wid)), after);
    QCOMPARE(t.repo->presentation(pid)->room, QStringLiteral("Hörsaal 1"));
    QCOMPARE(session.undoStack()->count(), 2);

    session.undoStack()->undo();
    QCOMPARE(namesOf(t.repo->rooms(wid)),
             (QStringList{QStringLiteral("Hall 1|"), QStringLiteral("Saal 2|")}));
    QCOMPARE(t.repo->presentation(pid)->room, QStringLiteral("Hall 1"));
    session.undoStack()->redo();
    QCOMPARE(namesOf(t.repo->rooms(wid)), after);
    // Removing a room leaves its talks' room name as it was.
    QList<Room> now = t.repo->rooms(wid);
    now.removeAt(1);
    QVERIFY(session.setRooms(wid, now).ok());
    QCOMPARE(t.repo->rooms(wid).size(), 2);
    QCOMPARE(t.repo->presentation(pid)->room, QStringLiteral("Hörsaal 1"));
    // The same list again is no step.
    const int steps = session.undoStack()->count();
    QVERIFY(session.setRooms(wid, t.repo->rooms(wid)).ok());
    QCOMPARE(session.undoStack()->count(), steps);
}

void TestEditSession::rooms_badListIsRefusedAndChangesNothing()
{
    TestDatabase t;
    EditSession session(*t.repo, QStringLiteral("coordinator"));
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    QVERIFY(session.setRooms(wid, {roomOf(0, QStringLiteral("Hall 1"))}).ok());
    const QStringList before = namesOf(t.repo->rooms(wid));
    Status s = session.setRooms(
        wid, {roomOf(0, QStringLiteral("Hall 1")), roomOf(0, QStringLiteral("hall 1"))});
    QVERIFY(!s.ok());
    QVERIFY2(s.error().startsWith(QStringLiteral("Room 2: ")), qPrintable(s.error()));
    s = session.setRooms(
        wid, {roomOf(0, QStringLiteral("Saal"), QStringLiteral("javascript:alert(1)"))});
    QVERIFY(!s.ok());
    QCOMPARE(s.field(), QStringLiteral("live_stream_url"));
    s = session.setRooms(wid, {roomOf(0, QStringLiteral("  "))});
    QVERIFY(!s.ok());
    QCOMPARE(namesOf(t.repo->rooms(wid)), before);
    QCOMPARE(session.undoStack()->count(), 1);
}

void TestEditSession::flip_isUndoableAndRedoable()
{
    TestDatabase t;
    EditSession session(*t.repo, QStringLiteral("helper"));
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    QVERIFY(session.setWorkshopState(wid, WebcastState::Concluded).ok());
    QCOMPARE(t.repo->workshop(wid)->state, WebcastState::Concluded);
    session.undoStack()->undo();
    QCOMPARE(t.repo->workshop(wid)->state, WebcastState::Upcoming);
    session.undoStack()->redo();
    QCOMPARE(t.repo->workshop(wid)->state, WebcastState::Concluded);
    // Every flip, including the undo, is in the history.
    QCOMPARE(t.repo->history(SubjectKind::Workshop, wid).size(), 3);
    QCOMPARE(t.repo->history(SubjectKind::Workshop, wid).first().changedBy,
             QStringLiteral("helper"));
}

void TestEditSession::refusedFlip_isNotOnTheStack()
{
    TestDatabase t;
    EditSession session(*t.repo, QStringLiteral("helper"));
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    const Status s = session.setWorkshopState(wid, WebcastState::Live);
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("live stream URL")));
    QCOMPARE(session.undoStack()->count(), 0);
}

void TestEditSession::editWorkshop_undoRestoresFields()
{
    TestDatabase t;
    EditSession session(*t.repo, QStringLiteral("c"));
    Workshop w = sampleWorkshop();
    w.id = t.repo->addWorkshop(w).value();
    Workshop changed = w;
    changed.title = QStringLiteral("New title");
    changed.location = QStringLiteral("Elsewhere");
    QVERIFY(session.updateWorkshop(changed).ok());
    QCOMPARE(t.repo->workshop(w.id)->title, QStringLiteral("New title"));
    session.undoStack()->undo();
    QCOMPARE(*t.repo->workshop(w.id), w);
}

void TestEditSession::editWorkshop_refusedKeepsDatabase()
{
    TestDatabase t;
    EditSession session(*t.repo, QStringLiteral("c"));
    Workshop w = sampleWorkshop();
    w.id = t.repo->addWorkshop(w).value();
    Workshop bad = w;
    bad.slug = QStringLiteral("../../etc");
    bad.lastDay = w.firstDay.addDays(-1);
    const Status s = session.updateWorkshop(bad);
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("slug:")));
    QVERIFY(s.error().contains(QStringLiteral("last_day:")));
    QCOMPARE(*t.repo->workshop(w.id), w);
    QCOMPARE(session.undoStack()->count(), 0);
}

void TestEditSession::removeWorkshop_undoRestoresEverythingWithSameIds()
{
    TestDatabase t;
    QVERIFY(demodata::populate(*t.repo).ok());
    EditSession session(*t.repo, QStringLiteral("c"));
    const Workshop w = *t.repo->workshopBySlug(
        QStringLiteral("quantum-materials-%1").arg(QDate::currentDate().year()));
    const QList<Presentation> talks = t.repo->presentations(w.id);
    QVERIFY(session.removeWorkshop(w.id).ok());
    QVERIFY(!t.repo->workshop(w.id));
    session.undoStack()->undo();
    QCOMPARE(*t.repo->workshop(w.id), w);
    QCOMPARE(t.repo->presentations(w.id), talks);
}

void TestEditSession::addWorkshop_undoRemovesAndRedoKeepsId()
{
    TestDatabase t;
    EditSession session(*t.repo, QStringLiteral("c"));
    const Result<qint64> id = session.addWorkshop(sampleWorkshop());
    QVERIFY(id.ok());
    session.undoStack()->undo();
    QVERIFY(t.repo->workshops().isEmpty());
    session.undoStack()->redo();
    QVERIFY(t.repo->workshop(id.value()));
}

void TestEditSession::removePresentation_undoRestoresIt()
{
    TestDatabase t;
    EditSession session(*t.repo, QStringLiteral("c"));
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    Presentation p = samplePresentation(wid);
    p.id = t.repo->addPresentation(p).value();
    QVERIFY(session.removePresentation(p.id).ok());
    QVERIFY(!t.repo->presentation(p.id));
    session.undoStack()->undo();
    QCOMPARE(*t.repo->presentation(p.id), p);
}

void TestEditSession::undoThatBreaksARule_reportsError()
{
    TestDatabase t;
    EditSession session(*t.repo, QStringLiteral("c"));
    QSignalSpy errors(&session, &EditSession::error);
    Workshop w = sampleWorkshop();
    w.externalUrl = QStringLiteral("https://partner.example.org/");
    w.id = t.repo->addWorkshop(w).value();
    QVERIFY(session.setWorkshopState(w.id, WebcastState::External).ok());
    QVERIFY(session.setWorkshopState(w.id, WebcastState::Concluded).ok());
    // Someone removes the external URL behind the session's back...
    w = *t.repo->workshop(w.id);
    w.externalUrl.clear();
    QVERIFY(t.repo->updateWorkshop(w).ok());
    // ...so undoing back to External is refused, said, and dropped.
    session.undoStack()->undo();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(t.repo->workshop(w.id)->state, WebcastState::Concluded);
}

void TestEditSession::slides_addAndRemoveAreUndoable()
{
    TestDatabase t;
    EditSession session(*t.repo, QStringLiteral("ana"));
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    const qint64 pid = t.repo->addPresentation(samplePresentation(wid)).value();
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("Keynote.pdf")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF-1.4 keynote");
    f.close();
    const Result<qint64> id = session.addSlides(pid, f.fileName());
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(t.repo->attachments(pid).size(), 1);
    session.undoStack()->undo();
    QVERIFY(t.repo->attachments(pid).isEmpty());
    session.undoStack()->redo();
    QCOMPARE(t.repo->attachments(pid).first().id, id.value()); // the same slides again
    QVERIFY(session.removeSlides(t.repo->attachments(pid).first()).ok());
    QVERIFY(t.repo->attachments(pid).isEmpty());
    session.undoStack()->undo();
    QCOMPARE(t.repo->attachmentContent(t.repo->attachments(pid).first().sha256).value(),
             QByteArray("%PDF-1.4 keynote"));
    // Refused files are not on the stack.
    const int steps = session.undoStack()->count();
    QVERIFY(!session.addSlides(pid, dir.filePath(QStringLiteral("missing.pdf"))).ok());
    QCOMPARE(session.undoStack()->count(), steps);
}

void TestEditSession::import_isOneStepThatUndoPutsBack()
{
    TestDatabase source;
    QVERIFY(demodata::populate(*source.repo).ok());
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("demo.json"));
    QVERIFY(jsonexchange::writeExport(jsonexchange::exportAll(*source.repo), json).ok());

    TestDatabase t;
    EditSession session(*t.repo, QStringLiteral("ana"));
    // One of the imported slugs is here already, with other content.
    const Workshop theirs = source.repo->workshops().first();
    Workshop mine = sampleWorkshop(theirs.slug);
    mine.id = theirs.id;
    mine.title = QStringLiteral("My own notes");
    const qint64 mineId = t.repo->addWorkshop(mine).value();
    const Result<jsonexchange::ImportSummary> r = session.importFile(json);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r.value().workshopsReplaced, 1);
    QCOMPARE(t.repo->workshops().size(), 3);
    QCOMPARE(session.undoStack()->count(), 1);
    session.undoStack()->undo();
    QCOMPARE(t.repo->workshops().size(), 1);
    QCOMPARE(t.repo->workshop(mineId)->title, QStringLiteral("My own notes"));
    session.undoStack()->redo();
    QCOMPARE(t.repo->workshops().size(), 3);
    QCOMPARE(jsonexchange::exportAll(*t.repo).json, jsonexchange::exportAll(*source.repo).json);
}

void TestEditSession::demoWorkshops_areOneUndoableStep()
{
    TestDatabase t;
    EditSession session(*t.repo, QStringLiteral("ana"));
    QVERIFY(session.addDemoWorkshops().ok());
    QCOMPARE(t.repo->workshops().size(), 3);
    session.undoStack()->undo();
    QVERIFY(t.repo->workshops().isEmpty());
    session.undoStack()->redo();
    QCOMPARE(t.repo->workshops().size(), 3);
}

QTEST_GUILESS_MAIN(TestEditSession)
#include "tst_editsession.moc"
