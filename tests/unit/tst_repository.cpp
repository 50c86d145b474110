#include "models/transferstore.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QTest>

class TestRepository : public QObject
{
    Q_OBJECT

private slots:
    void liveInARoomWithItsOwnStream_needsNoWorkshopStream();
    void addWorkshop_storesEveryField();
    void addWorkshop_refusesDuplicateSlug();
    void addWorkshop_keepsGivenId();
    void addWorkshop_refusesTakenId();
    void addWorkshop_storesHostileTextVerbatim();
    void updateWorkshop_cannotChangeState();
    void updateWorkshop_cannotRemoveLiveUrlWhileLive();
    void removeWorkshop_cascadesToPresentationsAndSlides();
    void presentations_sortedByStart();
    void addPresentation_slugUniquePerWorkshop();
    void addPresentation_refusesUnknownWorkshop();
    void setState_recordsHistory();
    void setState_refusedLeavesEverythingAsItWas();
    void setState_presentationLiveNeedsWorkshopUrl();
    void attachments_kindFromExtension();
    void attachments_onlyWithBytesStoredOnPurpose();
    void batch_rollbackUndoesAll();
    void signals_tellWhatChanged();
    void transfers_keepStateWithAClearedMessage();
};

void TestRepository::addWorkshop_storesEveryField()
{
    TestDatabase t;
    Workshop w = sampleWorkshop();
    w.description = QStringLiteral("**Markdown**");
    w.liveStreamUrl = QStringLiteral("rtsp://stream.example.org/live");
    w.externalUrl = QStringLiteral("https://partner.example.org/");
    w.externalNote = QStringLiteral("Watch at our partner");
    const Result<qint64> id = t.repo->addWorkshop(w);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    w.id = id.value();
    QCOMPARE(*t.repo->workshop(w.id), w);
    QCOMPARE(*t.repo->workshopBySlug(w.slug), w);
}

void TestRepository::addWorkshop_refusesDuplicateSlug()
{
    TestDatabase t;
    QVERIFY(t.repo->addWorkshop(sampleWorkshop()).ok());
    const Result<qint64> again = t.repo->addWorkshop(sampleWorkshop());
    QVERIFY(!again.ok());
    QCOMPARE(again.status().field(), QStringLiteral("slug"));
    QVERIFY(again.error().contains(QStringLiteral("already used")));
    QCOMPARE(t.repo->workshops().size(), 1);
}

void TestRepository::addWorkshop_keepsGivenId()
{
    TestDatabase t;
    Workshop w = sampleWorkshop();
    w.id = 4711;
    QCOMPARE(t.repo->addWorkshop(w).value(), qint64(4711));
    QVERIFY(t.repo->workshop(4711));
}

void TestRepository::addWorkshop_refusesTakenId()
{
    TestDatabase t;
    Workshop w = sampleWorkshop();
    w.id = 7;
    QVERIFY(t.repo->addWorkshop(w).ok());
    Workshop other = sampleWorkshop(QStringLiteral("other"));
    other.id = 7;
    const Result<qint64> r = t.repo->addWorkshop(other);
    QVERIFY(!r.ok());
    QCOMPARE(r.status().field(), QStringLiteral("id"));
}

void TestRepository::addWorkshop_storesHostileTextVerbatim()
{
    TestDatabase t;
    Workshop w = sampleWorkshop();
    w.title = QStringLiteral("Robert'); DROP TABLE workshop;-- <b>\"x\"</b> 🎥 مرحبا");
    const Result<qint64> id = t.repo->addWorkshop(w);
    QVERIFY(id.ok());
    QCOMPARE(t.repo->workshop(id.value())->title, w.title);
    QCOMPARE(t.repo->workshops().size(), 1);
}

void TestRepository::updateWorkshop_cannotChangeState()
{
    TestDatabase t;
    Workshop w = sampleWorkshop();
    w.id = t.repo->addWorkshop(w).value();
    w.state = WebcastState::Concluded;
    const Status s = t.repo->updateWorkshop(w);
    QVERIFY(!s.ok());
    QCOMPARE(t.repo->workshop(w.id)->state, WebcastState::Upcoming);
}

void TestRepository::updateWorkshop_cannotRemoveLiveUrlWhileLive()
{
    TestDatabase t;
    Workshop w = sampleWorkshop();
    w.liveStreamUrl = QStringLiteral("rtsp://host/live");
    w.id = t.repo->addWorkshop(w).value();
    QVERIFY(t.repo->setWorkshopState(w.id, WebcastState::Live, QStringLiteral("me")).ok());
    w.state = WebcastState::Live;
    w.liveStreamUrl.clear();
    const Status s = t.repo->updateWorkshop(w);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("Live")), qPrintable(s.error()));
    QCOMPARE(t.repo->workshop(w.id)->liveStreamUrl, QStringLiteral("rtsp://host/live"));
}

void TestRepository::removeWorkshop_cascadesToPresentationsAndSlides()
{
    TestDatabase t;
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    const qint64 pid = t.repo->addPresentation(samplePresentation(wid)).value();
    QVERIFY(addSlides(*t.repo, pid, QStringLiteral("slides.pdf"), "%PDF-1.4") > 0);
    QVERIFY(t.repo->removeWorkshop(wid).ok());
    QVERIFY(!t.repo->presentation(pid));
    QVERIFY(t.repo->attachments(pid).isEmpty());
    QVERIFY(!t.repo->removeWorkshop(wid).ok()); // gone: says so
}

void TestRepository::presentations_sortedByStart()
{
    TestDatabase t;
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    Presentation late = samplePresentation(wid, QStringLiteral("late"));
    late.startsAt = late.startsAt.addDays(1);
    late.endsAt = late.endsAt.addDays(1);
    QVERIFY(t.repo->addPresentation(late).ok());
    QVERIFY(t.repo->addPresentation(samplePresentation(wid, QStringLiteral("early"))).ok());
    const QList<Presentation> talks = t.repo->presentations(wid);
    QCOMPARE(talks.size(), 2);
    QCOMPARE(talks.at(0).slug, QStringLiteral("early"));
    QCOMPARE(talks.at(1).slug, QStringLiteral("late"));
    QCOMPARE(t.repo->presentationCount(wid), 2);
}

void TestRepository::addPresentation_slugUniquePerWorkshop()
{
    TestDatabase t;
    const qint64 a = t.repo->addWorkshop(sampleWorkshop(QStringLiteral("a"))).value();
    const qint64 b = t.repo->addWorkshop(sampleWorkshop(QStringLiteral("b"))).value();
    QVERIFY(t.repo->addPresentation(samplePresentation(a)).ok());
    QVERIFY(t.repo->addPresentation(samplePresentation(b)).ok()); // same slug elsewhere: fine
    const Result<qint64> dup = t.repo->addPresentation(samplePresentation(a));
    QVERIFY(!dup.ok());
    QCOMPARE(dup.status().field(), QStringLiteral("slug"));
}

void TestRepository::addPresentation_refusesUnknownWorkshop()
{
    TestDatabase t;
    const Result<qint64> r = t.repo->addPresentation(samplePresentation(12345));
    QVERIFY(!r.ok());
    QCOMPARE(r.status().field(), QStringLiteral("workshop"));
}

void TestRepository::setState_recordsHistory()
{
    TestDatabase t;
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    QVERIFY(t.repo->setWorkshopState(wid, WebcastState::Concluded, QStringLiteral("helper")));
    QCOMPARE(t.repo->workshop(wid)->state, WebcastState::Concluded);
    const QList<StateChange> h = t.repo->history(SubjectKind::Workshop, wid);
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.first().from, WebcastState::Upcoming);
    QCOMPARE(h.first().to, WebcastState::Concluded);
    QCOMPARE(h.first().changedBy, QStringLiteral("helper"));
    QVERIFY(qAbs(h.first().changedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(h.first().changedAt.timeSpec(), Qt::UTC);
    // The same state again is no change and no history line.
    QVERIFY(t.repo->setWorkshopState(wid, WebcastState::Concluded, QStringLiteral("helper")));
    QCOMPARE(t.repo->history(SubjectKind::Workshop, wid).size(), 1);
}

void TestRepository::setState_refusedLeavesEverythingAsItWas()
{
    TestDatabase t;
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    for (WebcastState s : {WebcastState::Live, WebcastState::Archive, WebcastState::External}) {
        const Status st = t.repo->setWorkshopState(wid, s, QStringLiteral("helper"));
        QVERIFY(!st.ok());
        QVERIFY(st.error().contains(QStringLiteral("Needs")));
    }
    QCOMPARE(t.repo->workshop(wid)->state, WebcastState::Upcoming);
    QVERIFY(t.repo->history(SubjectKind::Workshop, wid).isEmpty());
}

void TestRepository::setState_presentationLiveNeedsWorkshopUrl()
{
    TestDatabase t;
    Workshop w = sampleWorkshop();
    const qint64 wid = t.repo->addWorkshop(w).value();
    const qint64 pid = t.repo->addPresentation(samplePresentation(wid)).value();
    QVERIFY(!t.repo->setPresentationState(pid, WebcastState::Live, QStringLiteral("h")).ok());
    w = *t.repo->workshop(wid);
    w.liveStreamUrl = QStringLiteral("https://stream.example.org/live.m3u8");
    QVERIFY(t.repo->updateWorkshop(w).ok());
    QVERIFY(t.repo->setPresentationState(pid, WebcastState::Live, QStringLiteral("h")).ok());
    const QList<StateChange> h = t.repo->history(SubjectKind::Presentation, pid);
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.first().subjectLabel, QStringLiteral("spring-school/keynote"));
}

void TestRepository::attachments_kindFromExtension()
{
    TestDatabase t;
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    const qint64 pid = t.repo->addPresentation(samplePresentation(wid)).value();
    Attachment a;
    a.presentationId = pid;
    a.label = QStringLiteral("Slides");
    a.fileName = QStringLiteral("Talk.PPTX");
    a.sha256 = t.repo->storeAttachmentContent("PK slides").value();
    QVERIFY(t.repo->addAttachment(a).ok());
    const Attachment kept = t.repo->attachments(pid).first();
    QCOMPARE(kept.kind, QStringLiteral("pptx"));
    QCOMPARE(kept.size, qint64(9));
    QCOMPARE(t.repo->attachmentContent(kept.sha256).value(), QByteArray("PK slides"));
    a.fileName = QStringLiteral("virus.exe");
    const Result<qint64> bad = t.repo->addAttachment(a);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.status().field(), QStringLiteral("file"));
    QCOMPARE(t.repo->attachments(pid).size(), 1);
}

void TestRepository::attachments_onlyWithBytesStoredOnPurpose()
{
    TestDatabase t;
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    const qint64 pid = t.repo->addPresentation(samplePresentation(wid)).value();
    Attachment a;
    a.presentationId = pid;
    a.label = QStringLiteral("Slides");
    a.fileName = QStringLiteral("/home/alice/Documents/payroll.pdf");
    // A path is not slides: without stored bytes nothing is added.
    const Result<qint64> refused = t.repo->addAttachment(a);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.status().field(), QStringLiteral("file"));
    a.sha256 = QByteArray(64, 'a');
    QVERIFY(!t.repo->addAttachment(a).ok());
    // Stored bytes are kept once, under their name only (no folder).
    a.sha256 = t.repo->storeAttachmentContent("%PDF-1.4 x").value();
    QCOMPARE(t.repo->storeAttachmentContent("%PDF-1.4 x").value(), a.sha256);
    const qint64 id = t.repo->addAttachment(a).value();
    QCOMPARE(t.repo->attachments(pid).first().fileName, QStringLiteral("payroll.pdf"));
    // Removed slides keep their bytes until nothing can bring them back.
    QVERIFY(t.repo->removeAttachment(id).ok());
    QCOMPARE(t.repo->attachmentContent(a.sha256).value(), QByteArray("%PDF-1.4 x"));
    QCOMPARE(t.repo->dropUnusedAttachmentContent().value(), 1);
    QVERIFY(!t.repo->attachmentContent(a.sha256).ok());
}

void TestRepository::batch_rollbackUndoesAll()
{
    TestDatabase t;
    QVERIFY(t.repo->beginBatch().ok());
    QVERIFY(t.repo->addWorkshop(sampleWorkshop(QStringLiteral("a"))).ok());
    QVERIFY(t.repo->addWorkshop(sampleWorkshop(QStringLiteral("b"))).ok());
    t.repo->rollbackBatch();
    QVERIFY(t.repo->workshops().isEmpty());
}

void TestRepository::signals_tellWhatChanged()
{
    TestDatabase t;
    QSignalSpy added(t.repo.get(), &WebcastRepository::workshopAdded);
    QSignalSpy changed(t.repo.get(), &WebcastRepository::workshopChanged);
    QSignalSpy history(t.repo.get(), &WebcastRepository::historyAdded);
    QSignalSpy reset(t.repo.get(), &WebcastRepository::dataReset);
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    QCOMPARE(added.size(), 1);
    QVERIFY(t.repo->setWorkshopState(wid, WebcastState::Concluded, QStringLiteral("h")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(history.size(), 1);
    QVERIFY(t.repo->beginBatch().ok());
    QVERIFY(t.repo->addWorkshop(sampleWorkshop(QStringLiteral("batch"))).ok());
    QCOMPARE(added.size(), 1); // held back inside a batch
    QVERIFY(t.repo->commitBatch().ok());
    QCOMPARE(reset.size(), 1);
}

void TestRepository::transfers_keepStateWithAClearedMessage()
{
    // A transfer's message is cleared when it starts; that must still save
    // (a null text once broke every save of a started upload, unseen).
    TestDatabase t;
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    const qint64 pid = t.repo->addPresentation(samplePresentation(wid)).value();
    TransferStore store(*t.db);
    const qint64 id = store.add(pid, QStringLiteral("/media/talk.mov"), true).value();
    Transfer transfer = *store.get(id);
    transfer.state = Transfer::State::Active;
    transfer.message.clear();
    transfer.remotePath = QString();
    const Status saved = store.save(transfer);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(store.get(id)->state, Transfer::State::Active);
}

void TestRepository::liveInARoomWithItsOwnStream_needsNoWorkshopStream()
{
    TestDatabase t;
    Workshop w = sampleWorkshop();
    w.liveStreamUrl.clear();
    const qint64 wid = t.repo->addWorkshop(w).value();
    Presentation p = samplePresentation(wid);
    p.room = QStringLiteral("Saal 2");
    const qint64 pid = t.repo->addPresentation(p).value();
    QVERIFY(!t.repo->setPresentationState(pid, WebcastState::Live, QStringLiteral("t")).ok());
    Room r;
    r.workshopId = wid;
    r.name = QStringLiteral("Saal 2");
    r.liveStreamUrl = QStringLiteral("rtsp://stream.example.org/saal2");
    QVERIFY(t.repo->addRoom(r).ok());
    QVERIFY(t.repo->presentationStateAvailability(pid, WebcastState::Live).allowed);
    const Status live = t.repo->setPresentationState(pid, WebcastState::Live, QStringLiteral("t"));
    QVERIFY2(live.ok(), qPrintable(live.error()));
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
