#include "models/presentationtreemodel.h"
#include "models/statehistorymodel.h"
#include "models/workshoplistmodel.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

class TestItemModels : public QObject
{
    Q_OBJECT

private slots:
    void workshopList_passesTesterThroughChanges();
    void workshopList_newestFirstAndMovesOnDateChange();
    void workshopList_searchFilters();
    void workshopList_suggestsRunningWorkshop();
    void presentationTree_groupsByDayInWorkshopZone();
    void presentationTree_passesTesterThroughChanges();
    void presentationTree_updatesStateInPlace();
    void history_showsNewFlipsFirst();
    void history_showsEditsBesideFlips();
};

void TestItemModels::workshopList_passesTesterThroughChanges()
{
    TestDatabase t;
    WorkshopListModel model(*t.repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(demodata::populate(*t.repo).ok()); // reset
    QCOMPARE(model.rowCount(), 3);
    Workshop w = sampleWorkshop();
    w.id = t.repo->addWorkshop(w).value(); // insert
    QCOMPARE(model.rowCount(), 4);
    w.title = QStringLiteral("Renamed");
    QVERIFY(t.repo->updateWorkshop(w).ok()); // change
    QCOMPARE(model.data(model.index(model.rowOf(w.id)), Qt::DisplayRole).toString(),
             QStringLiteral("Renamed"));
    QVERIFY(t.repo->removeWorkshop(w.id).ok()); // remove
    QCOMPARE(model.rowCount(), 3);
}

void TestItemModels::workshopList_newestFirstAndMovesOnDateChange()
{
    TestDatabase t;
    WorkshopListModel model(*t.repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Workshop old = sampleWorkshop(QStringLiteral("old"));
    old.firstDay = QDate(2020, 1, 1);
    old.lastDay = QDate(2020, 1, 2);
    old.id = t.repo->addWorkshop(old).value();
    Workshop fresh = sampleWorkshop(QStringLiteral("fresh"));
    fresh.id = t.repo->addWorkshop(fresh).value();
    QCOMPARE(model.idAt(0), fresh.id);
    old.firstDay = QDate(2030, 1, 1);
    old.lastDay = QDate(2030, 1, 2);
    QVERIFY(t.repo->updateWorkshop(old).ok());
    QCOMPARE(model.idAt(0), old.id);
    QCOMPARE(model.idAt(1), fresh.id);
}

void TestItemModels::workshopList_searchFilters()
{
    TestDatabase t;
    QVERIFY(demodata::populate(*t.repo).ok());
    WorkshopListModel model(*t.repo);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(WorkshopListModel::SearchRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilterFixedString(QStringLiteral("QUANTUM"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QStringLiteral("archive")); // by state name too
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestItemModels::workshopList_suggestsRunningWorkshop()
{
    TestDatabase t;
    QVERIFY(demodata::populate(*t.repo).ok());
    WorkshopListModel model(*t.repo);
    const int row = model.suggestedRow(QDate::currentDate());
    QVERIFY(row >= 0);
    QVERIFY(model.data(model.index(row), WorkshopListModel::SlugRole)
                .toString()
                .startsWith(QStringLiteral("quantum-materials")));
}

void TestItemModels::presentationTree_groupsByDayInWorkshopZone()
{
    TestDatabase t;
    Workshop w = sampleWorkshop();
    w.timeZone = QStringLiteral("Pacific/Auckland"); // UTC+13 in March
    const qint64 wid = t.repo->addWorkshop(w).value();
    Presentation p = samplePresentation(wid);
    // 20:00 UTC on the 13th is the morning of the 14th in Auckland.
    p.startsAt = QDateTime(QDate(2026, 3, 13), QTime(20, 0), Qt::UTC);
    p.endsAt = p.startsAt.addSecs(3600);
    QVERIFY(t.repo->addPresentation(p).ok());
    PresentationTreeModel model(*t.repo);
    model.setWorkshop(wid);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex day = model.index(0, 0);
    QVERIFY(day.data(Qt::DisplayRole).toString().contains(QStringLiteral("14")));
    QCOMPARE(model.rowCount(day), 1);
    QCOMPARE(model.index(0, PresentationTreeModel::TimeColumn, day).data().toString().left(5),
             QStringLiteral("09:00"));
}

void TestItemModels::presentationTree_passesTesterThroughChanges()
{
    TestDatabase t;
    QVERIFY(demodata::populate(*t.repo).ok());
    PresentationTreeModel model(*t.repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Workshop w = *t.repo->workshopBySlug(
        QStringLiteral("quantum-materials-%1").arg(QDate::currentDate().year()));
    model.setWorkshop(w.id);
    QCOMPARE(model.rowCount(), 3); // three days
    QCOMPARE(model.presentationCount(), 7);
    Presentation p = samplePresentation(w.id, QStringLiteral("added"));
    p.startsAt = t.repo->presentations(w.id).first().startsAt.addSecs(-3600);
    p.endsAt = p.startsAt.addSecs(1800);
    p.id = t.repo->addPresentation(p).value();
    QCOMPARE(model.presentationCount(), 8);
    p.startsAt = p.startsAt.addDays(1);
    p.endsAt = p.endsAt.addDays(1);
    QVERIFY(t.repo->updatePresentation(p).ok());
    QVERIFY(t.repo->removePresentation(p.id).ok());
    QCOMPARE(model.presentationCount(), 7);
    QVERIFY(t.repo->removeWorkshop(w.id).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::presentationTree_updatesStateInPlace()
{
    TestDatabase t;
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    const qint64 pid = t.repo->addPresentation(samplePresentation(wid)).value();
    PresentationTreeModel model(*t.repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkshop(wid);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(t.repo->setPresentationState(pid, WebcastState::Concluded, QStringLiteral("h")));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);
    const QModelIndex idx = model.indexOfPresentation(pid, PresentationTreeModel::StateColumn);
    QCOMPARE(idx.data().toString(), stateDisplayName(WebcastState::Concluded));
}

void TestItemModels::history_showsNewFlipsFirst()
{
    TestDatabase t;
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    StateHistoryModel model(*t.repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(SubjectKind::Workshop, wid);
    QVERIFY(t.repo->setWorkshopState(wid, WebcastState::Concluded, QStringLiteral("ann")));
    QVERIFY(t.repo->setWorkshopState(wid, WebcastState::Upcoming, QStringLiteral("bob")));
    // The two flips, then the workshop's addition (edits are audited too).
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(0).data().toString().contains(QStringLiteral("bob")));
    QVERIFY(model.index(1).data().toString().contains(QStringLiteral("ann")));
    QVERIFY(model.index(2).data().toString().contains(QStringLiteral("added")));
}

// An edit is a line too: which field, from what to what, by whom; a long
// text is cut on the line and whole in the tooltip.
void TestItemModels::history_showsEditsBesideFlips()
{
    TestDatabase t;
    t.repo->setEditor(QStringLiteral("cleo"));
    const qint64 wid = t.repo->addWorkshop(sampleWorkshop()).value();
    const qint64 pid = t.repo->addPresentation(samplePresentation(wid)).value();
    StateHistoryModel model(*t.repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubject(SubjectKind::Presentation, pid);
    QCOMPARE(model.rowCount(), 1); // added
    Presentation p = *t.repo->presentation(pid);
    p.title = QStringLiteral("A much longer title that does not fit on one history line at all");
    QVERIFY(t.repo->updatePresentation(p).ok());
    QCOMPARE(model.rowCount(), 2);
    const QString line = model.index(0).data().toString();
    QVERIFY2(line.contains(QStringLiteral("title “Keynote” → “A much longer")) &&
                 line.contains(QStringLiteral("…”, by cleo")),
             qPrintable(line));
    QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(p.title));
    QVERIFY(t.repo->setPresentationState(pid, WebcastState::Concluded, QStringLiteral("dan")));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.index(0).data().toString().contains(QStringLiteral("dan")));
    // The workshop's own list holds none of its talks' edits.
    model.setSubject(SubjectKind::Workshop, wid);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
