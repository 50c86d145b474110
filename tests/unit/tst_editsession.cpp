#include "editing/editsession.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

class TestEditSession : public QObject
{
    Q_OBJECT

private slots:
    void flip_isUndoableAndRedoable();
    void refusedFlip_isNotOnTheStack();
    void editWorkshop_undoRestoresFields();
    void editWorkshop_refusedKeepsDatabase();
    void removeWorkshop_undoRestoresEverythingWithSameIds();
    void addWorkshop_undoRemovesAndRedoKeepsId();
    void removePresentation_undoRestoresIt();
    void undoThatBreaksARule_reportsError();
};

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

QTEST_GUILESS_MAIN(TestEditSession)
#include "tst_editsession.moc"
