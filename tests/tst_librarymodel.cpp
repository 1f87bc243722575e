// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The library's model (issue 13): cached threads grouped by site and forum, changed in
// place by a new listing (never a reset), the watch box, and the proxy's sorting and
// filtering. Every step under QAbstractItemModelTester.
#include "models/librarymodel.h"
#include "models/libraryproxymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Threadkeeper;

namespace {
// "slug" on host, with posts and unread; forum when the engine named one.
ThreadSummary summary(
    const QString &host, const QString &slug, int posts = 10, int unread = 0, const QString &forum = {})
{
    ThreadSummary s;
    s.info.url = QStringLiteral("https://%1/t/%2").arg(host, slug);
    s.info.title = slug;
    s.info.engine = QStringLiteral("discourse");
    s.site = host;
    s.forum = forum;
    s.posts = posts;
    s.unread = unread;
    s.bytes = posts * 1000;
    return s;
}

// The tree as text: "site[thread,forum[thread]]", rows in model order.
QString shape(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        QString text = index.data(LibraryModel::ThreadUrlRole).toString().isEmpty() ? index.data().toString()
                                                                                    : index.data().toString();
        if (model.rowCount(index) > 0)
            text += QLatin1Char('[') + shape(model, index) + QLatin1Char(']');
        rows.append(text);
    }
    return rows.join(QLatin1Char(','));
}
} // namespace

Q_DECLARE_METATYPE(QList<Threadkeeper::ThreadSummary>)

class TestLibraryModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shapes_data();
    void shapes();
    void changesInPlace();
    void groupTotalsAndDisplay();
    void watchBox();
    void filterAndSort_data();
    void filterAndSort();
};

void TestLibraryModel::shapes_data()
{
    QTest::addColumn<QList<ThreadSummary>>("first");
    QTest::addColumn<QList<ThreadSummary>>("second");
    QTest::addColumn<QString>("expected"); // after the second listing

    const QString a = QStringLiteral("a.example");
    const QString b = QStringLiteral("b.example");
    QTest::newRow("empty") << QList<ThreadSummary> {} << QList<ThreadSummary> {} << QString();
    QTest::newRow("by site, in listing order")
        << QList<ThreadSummary> {}
        << QList<ThreadSummary> {summary(a, QStringLiteral("one")), summary(b, QStringLiteral("two")),
               summary(a, QStringLiteral("three"))}
        << QStringLiteral("a.example[one,three],b.example[two]");
    QTest::newRow("forum under its site")
        << QList<ThreadSummary> {}
        << QList<ThreadSummary> {summary(a, QStringLiteral("one")),
               summary(a, QStringLiteral("two"), 1, 0, QStringLiteral("Hardware")),
               summary(a, QStringLiteral("three"), 1, 0, QStringLiteral("Hardware"))}
        << QStringLiteral("a.example[Hardware[two,three],one]"); // a new group goes in before new threads
    QTest::newRow("a thread gone, its site with it")
        << QList<ThreadSummary> {summary(a, QStringLiteral("one")), summary(b, QStringLiteral("two"))}
        << QList<ThreadSummary> {summary(a, QStringLiteral("one"))} << QStringLiteral("a.example[one]");
    QTest::newRow("new threads appended, a new site after the others")
        << QList<ThreadSummary> {summary(a, QStringLiteral("one"))}
        << QList<ThreadSummary> {summary(b, QStringLiteral("two")), summary(a, QStringLiteral("one")),
               summary(a, QStringLiteral("three"))}
        << QStringLiteral("a.example[one,three],b.example[two]");
    QTest::newRow("a forum emptied goes, its site stays")
        << QList<ThreadSummary> {summary(a, QStringLiteral("one")),
               summary(a, QStringLiteral("two"), 1, 0, QStringLiteral("Hardware"))}
        << QList<ThreadSummary> {summary(a, QStringLiteral("one"))} << QStringLiteral("a.example[one]");
    QTest::newRow("a thread moved to a forum")
        << QList<ThreadSummary> {summary(a, QStringLiteral("one")), summary(a, QStringLiteral("two"))}
        << QList<ThreadSummary> {summary(a, QStringLiteral("one")),
               summary(a, QStringLiteral("two"), 10, 0, QStringLiteral("Hardware"))}
        << QStringLiteral("a.example[one,Hardware[two]]");
    QTest::newRow("everything gone") << QList<ThreadSummary> {summary(a, QStringLiteral("one")),
        summary(b, QStringLiteral("two"))}
                                     << QList<ThreadSummary> {} << QString();
    QTest::newRow("listed twice, shown once")
        << QList<ThreadSummary> {}
        << QList<ThreadSummary> {summary(a, QStringLiteral("one")), summary(a, QStringLiteral("one"))}
        << QStringLiteral("a.example[one]");
}

void TestLibraryModel::shapes()
{
    QFETCH(QList<ThreadSummary>, first);
    QFETCH(QList<ThreadSummary>, second);
    QFETCH(QString, expected);
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);
    model.setThreads(first);
    model.setThreads(second);
    QCOMPARE(shape(model), expected);
    QCOMPARE(reset.size(), 0);
    QSet<QString> urls;
    for (const ThreadSummary &t : second)
        urls.insert(t.info.url);
    QCOMPARE(model.threadCount(), urls.size());
}

void TestLibraryModel::changesInPlace()
{
    const QString a = QStringLiteral("a.example");
    QList<ThreadSummary> list;
    for (int i = 0; i < 50; ++i)
        list.append(summary(a, QStringLiteral("t%1").arg(i), 10 + i));
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setThreads(list);
    const QPersistentModelIndex kept = model.indexOf(list[30].info.url);
    const QPersistentModelIndex site = model.index(0, 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // The same listing: nothing happens at all.
    model.setThreads(list);
    QCOMPARE(changed.size() + removed.size() + inserted.size() + reset.size(), 0);

    // One thread's counts change: that row alone, and its site's sums.
    list[12].unread = 5;
    model.setThreads(list);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed[0][0].toModelIndex(), model.indexOf(list[12].info.url));
    QCOMPARE(changed[0][1].toModelIndex(), model.indexOf(list[12].info.url, LibraryModel::ColumnCount - 1));
    QCOMPARE(changed[1][0].toModelIndex(), QModelIndex(site));
    QCOMPARE(model.index(0, LibraryModel::UnreadColumn).data().toInt(), 5);

    // Two adjacent threads go, one further on changes: one removal, one change.
    changed.clear();
    list.removeAt(20);
    list.removeAt(20);
    list[40].posts += 1;
    model.setThreads(list);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][1].toInt(), 20);
    QCOMPARE(removed[0][2].toInt(), 21);
    QCOMPARE(changed.size(), 2); // the row, the site's sums
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(LibraryModel::ThreadUrlRole).toString(), list[28].info.url);
    QCOMPARE(kept.row(), 28);
    QCOMPARE(reset.size(), 0);
}

void TestLibraryModel::groupTotalsAndDisplay()
{
    const QString a = QStringLiteral("a.example");
    ThreadSummary one = summary(a, QStringLiteral("one"), 10, 0);
    ThreadSummary two = summary(a, QStringLiteral("two"), 5, 3);
    two.newPosts = 2;
    two.lastVisit = QDateTime(QDate(2026, 1, 2), QTime(10, 0), QTimeZone::UTC);
    two.lastPost = QDateTime(QDate(2026, 1, 3), QTime(10, 0), QTimeZone::UTC);
    one.lastPost = QDateTime(QDate(2025, 1, 3), QTime(10, 0), QTimeZone::UTC);
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setThreads({one, two});
    const QModelIndex site = model.index(0, 0);
    auto cell = [&](const QModelIndex &row, int column, int role = Qt::DisplayRole) {
        return model.index(row.row(), column, row.parent()).data(role);
    };
    QCOMPARE(cell(site, LibraryModel::PostsColumn).toInt(), 15);
    QCOMPARE(cell(site, LibraryModel::UnreadColumn).toInt(), 3);
    QCOMPARE(cell(site, LibraryModel::NewColumn).toInt(), 2);
    QCOMPARE(cell(site, LibraryModel::SizeColumn, LibraryModel::SortRole).toLongLong(), 15000);
    QCOMPARE(cell(site, LibraryModel::EngineColumn).toString(), QStringLiteral("2 thread(s)"));
    QCOMPARE(cell(site, LibraryModel::LastPostColumn, LibraryModel::SortRole).toLongLong(),
        two.lastPost.toSecsSinceEpoch());
    const QModelIndex first = model.indexOf(one.info.url);
    QCOMPARE(cell(first, LibraryModel::LastVisitColumn).toString(), QStringLiteral("never"));
    QCOMPARE(cell(first, LibraryModel::LastVisitColumn, LibraryModel::SortRole).toLongLong(), -1);
    QCOMPARE(cell(first, LibraryModel::UnreadColumn).toString(), QString()); // nothing, not 0
    QCOMPARE(cell(first, LibraryModel::SizeColumn).toString(), QLocale().formattedDataSize(10000));
    QCOMPARE(cell(first, LibraryModel::TitleColumn, LibraryModel::KindRole).value<LibraryModel::Kind>(),
        LibraryModel::Kind::Thread);
    QCOMPARE(cell(site, LibraryModel::TitleColumn, LibraryModel::KindRole).value<LibraryModel::Kind>(),
        LibraryModel::Kind::Site);
    QVERIFY(!cell(first, LibraryModel::TitleColumn, Qt::FontRole).value<QFont>().bold());
    QVERIFY(model.indexOf(two.info.url).data(Qt::FontRole).value<QFont>().bold());
}

void TestLibraryModel::watchBox()
{
    const ThreadSummary one = summary(QStringLiteral("a.example"), QStringLiteral("one"));
    LibraryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setThreads({one});
    QSignalSpy toggled(&model, &LibraryModel::watchToggled);
    const QModelIndex box = model.indexOf(one.info.url, LibraryModel::WatchedColumn);
    QVERIFY(model.flags(box).testFlag(Qt::ItemIsUserCheckable));
    QVERIFY(!model.flags(model.index(0, LibraryModel::WatchedColumn)).testFlag(Qt::ItemIsUserCheckable));
    QCOMPARE(box.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(model.setData(box, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(toggled[0][0].toString(), one.info.url);
    QVERIFY(toggled[0][1].toBool());
    QCOMPARE(box.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    // The store confirms: nothing more to say. It reports a change: the box follows.
    model.setWatched(one.info.url, true);
    model.setWatched(one.info.url, false);
    QCOMPARE(toggled.size(), 1);
    QCOMPARE(box.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
}

void TestLibraryModel::filterAndSort_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("everything, by posts")
        << QString() << int(LibraryModel::PostsColumn)
        << QStringLiteral("a.example[Nine lives,Ten green bottles],b.example[Hundred days]");
    QTest::newRow("by title") << QString() << int(LibraryModel::TitleColumn)
                              << QStringLiteral(
                                     "a.example[Nine lives,Ten green bottles],b.example[Hundred days]");
    QTest::newRow("a word: its site shows with it") << QStringLiteral(
        "green") << int(LibraryModel::PostsColumn) << QStringLiteral("a.example[Ten green bottles]");
    QTest::newRow("any case, words in any order")
        << QStringLiteral("BOTTLES ten") << int(LibraryModel::PostsColumn)
        << QStringLiteral("a.example[Ten green bottles]");
    QTest::newRow("a site's name: all its threads")
        << QStringLiteral("b.example") << int(LibraryModel::PostsColumn)
        << QStringLiteral("b.example[Hundred days]");
    QTest::newRow("an engine") << QStringLiteral("discourse") << int(LibraryModel::PostsColumn)
                               << QStringLiteral(
                                      "a.example[Nine lives,Ten green bottles],b.example[Hundred days]");
    QTest::newRow("nothing") << QStringLiteral("zebra") << int(LibraryModel::PostsColumn) << QString();
}

void TestLibraryModel::filterAndSort()
{
    QFETCH(QString, filter);
    QFETCH(int, column);
    QFETCH(QString, expected);
    LibraryModel model;
    LibraryProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ThreadSummary ten = summary(QStringLiteral("a.example"), QStringLiteral("ten"), 10);
    ten.info.title = QStringLiteral("Ten green bottles");
    ThreadSummary nine = summary(QStringLiteral("a.example"), QStringLiteral("nine"), 9);
    nine.info.title = QStringLiteral("Nine lives");
    ThreadSummary hundred = summary(QStringLiteral("b.example"), QStringLiteral("hundred"), 100);
    hundred.info.title = QStringLiteral("Hundred days");
    model.setThreads({ten, hundred, nine});
    proxy.sort(column, Qt::AscendingOrder); // 9 before 10: numbers sort as numbers
    proxy.setFilterText(filter);
    QCOMPARE(shape(proxy), expected);
    // Sorted and filtered, it follows a new listing in place.
    hundred.posts = 1;
    model.setThreads({ten, hundred, nine});
    if (filter.isEmpty() && column == LibraryModel::PostsColumn)
        QCOMPARE(
            shape(proxy), QStringLiteral("b.example[Hundred days],a.example[Nine lives,Ten green bottles]"));
}

QTEST_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
