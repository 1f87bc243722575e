// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Library's list of subscriptions (issue 21): a new listing changes it in place
// (removals in runs, changed rows, new ones appended; never a reset) and a persistent
// index survives; what each column shows; sorted and filtered through the library's proxy.
// Every step under QAbstractItemModelTester.
#include "models/libraryproxymodel.h"
#include "models/subscriptionlistmodel.h"
#include "services/translations.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Threadkeeper;

namespace {
// Subscription `id`, titled "Feed <id>", with `unread` of 10 items unread.
Subscription subscription(qint64 id, int unread = 0)
{
    Subscription s;
    s.id = id;
    s.url = QUrl(QStringLiteral("https://news%1.example/feed.xml").arg(id));
    s.title = QStringLiteral("Feed %1").arg(id);
    s.source = QStringLiteral("feed");
    s.added = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::UTC);
    s.lastChecked = QDateTime(QDate(2026, 3, 14), QTime(12, 5), QTimeZone::UTC);
    s.items = 10;
    s.unread = unread;
    return s;
}

// Ids given as "3,1,2".
QList<Subscription> listing(const QString &ids)
{
    QList<Subscription> list;
    for (const QString &id : ids.split(QLatin1Char(','), Qt::SkipEmptyParts))
        list.append(subscription(id.toLongLong()));
    return list;
}

QString shape(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(QString::number(
            model.index(row, 0).data(SubscriptionListModel::SubscriptionIdRole).toLongLong()));
    return ids.join(QLatin1Char(','));
}

int rowsIn(const QSignalSpy &spy)
{
    int rows = 0;
    for (const QList<QVariant> &args : spy)
        rows += args.at(2).toInt() - args.at(1).toInt() + 1;
    return rows;
}
} // namespace

class TestSubscriptionListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void changesInPlace_data();
    void changesInPlace();
    void countsChangeOneRowAndKeepTheIndex();
    void columns_data();
    void columns();
    void refreshing();
    void hundreds();
    void sortedAndFiltered();

private:
    Translations m_translations; // the English plural forms
};

void TestSubscriptionListModel::initTestCase()
{
    m_translations.use(QLocale(QLocale::English));
}

void TestSubscriptionListModel::changesInPlace_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>(
        "rows"); // what the model holds after the second: kept ones in place, new ones after
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("removeSignals"); // runs of rows gone, one signal each

    QTest::newRow("first listing") << QString() << QStringLiteral("3,1,2") << QStringLiteral("3,1,2") << 3
                                   << 0 << 0;
    QTest::newRow("one subscribed") << QStringLiteral("1,2") << QStringLiteral("1,5,2")
                                    << QStringLiteral("1,2,5") << 1 << 0 << 0;
    QTest::newRow("one unsubscribed")
        << QStringLiteral("1,2,3") << QStringLiteral("1,3") << QStringLiteral("1,3") << 0 << 1 << 1;
    QTest::newRow("two runs gone") << QStringLiteral("1,2,3,4,5,6") << QStringLiteral("1,4")
                                   << QStringLiteral("1,4") << 0 << 4 << 2;
    QTest::newRow("gone and new") << QStringLiteral("1,2,3") << QStringLiteral("4,3,1")
                                  << QStringLiteral("1,3,4") << 1 << 1 << 1;
    QTest::newRow("reordered (renamed)")
        << QStringLiteral("1,2,3") << QStringLiteral("3,2,1") << QStringLiteral("1,2,3") << 0 << 0 << 0;
    QTest::newRow("the same again") << QStringLiteral("1,2") << QStringLiteral("1,2") << QStringLiteral("1,2")
                                    << 0 << 0 << 0;
    QTest::newRow("all gone") << QStringLiteral("1,2,3") << QString() << QString() << 0 << 3 << 1;
    QTest::newRow("an id twice keeps the first")
        << QString() << QStringLiteral("2,1,2") << QStringLiteral("2,1") << 2 << 0 << 0;
}

void TestSubscriptionListModel::changesInPlace()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(QString, rows);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    QFETCH(int, removeSignals);

    SubscriptionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubscriptions(listing(first));
    QCOMPARE(shape(model), first);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setSubscriptions(listing(second));

    QCOMPARE(shape(model), rows);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(rowsIn(inserts), inserted);
    QCOMPARE(inserts.size(), inserted > 0 ? 1 : 0); // new ones in one run
    QCOMPARE(rowsIn(removes), removed);
    QCOMPARE(removes.size(), removeSignals);
    QCOMPARE(changes.size(), 0); // the same values: nothing changed
    QCOMPARE(model.subscriptionCount(), model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.index(row, 0).data(SubscriptionListModel::SubscriptionIdRole).toLongLong();
        QCOMPARE(model.indexOf(id).row(), row);
        QCOMPARE(model.subscription(id)->id, id);
    }
}

void TestSubscriptionListModel::countsChangeOneRowAndKeepTheIndex()
{
    SubscriptionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubscriptions(listing(QStringLiteral("1,2,3,4")));
    const QPersistentModelIndex third(model.index(2, SubscriptionListModel::UnreadColumn));
    QCOMPARE(third.data().toString(), QString()); // nothing unread: blank

    // A refresh brought three items to Feed 3 and Feed 1 went away: Feed 3's one row
    // changes, its index follows it up a row.
    QList<Subscription> next = listing(QStringLiteral("2,3,4"));
    next[1].items = 13;
    next[1].unread = 3;
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setSubscriptions(next);
    QCOMPARE(resets.size(), 0);
    QVERIFY(third.isValid());
    QCOMPARE(third.row(), 1);
    QCOMPARE(third.data().toString(), QStringLiteral("3"));
    QCOMPARE(third.sibling(1, SubscriptionListModel::ItemsColumn).data().toString(), QStringLiteral("13"));
    QCOMPARE(third.data(SubscriptionListModel::UnreadRole).toInt(), 3);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changes.at(0).at(1).toModelIndex().row(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex().column(), 0);
    QCOMPARE(changes.at(0).at(1).toModelIndex().column(), SubscriptionListModel::ColumnCount - 1);
    // Bold once something is unread, in every column.
    for (int column = 0; column < SubscriptionListModel::ColumnCount; ++column) {
        QVERIFY(model.index(1, column).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(0, column).data(Qt::FontRole).isValid());
    }

    // Unsubscribed: the index goes with the row.
    model.setSubscriptions(listing(QStringLiteral("2,4")));
    QVERIFY(!third.isValid());
    QCOMPARE(shape(model), QStringLiteral("2,4"));
}

void TestSubscriptionListModel::columns_data()
{
    QTest::addColumn<Subscription>("subscription");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    Subscription feed = subscription(7, 4);
    QTest::newRow("title") << feed << int(SubscriptionListModel::TitleColumn) << QStringLiteral("Feed 7");
    Subscription filed = feed;
    filed.folder = QStringLiteral("Hardware");
    QTest::newRow("title in a folder")
        << filed << int(SubscriptionListModel::TitleColumn) << QStringLiteral("Hardware \u203A Feed 7");
    Subscription untitled = feed;
    untitled.title.clear();
    QTest::newRow("no title: the address") << untitled << int(SubscriptionListModel::TitleColumn)
                                           << QStringLiteral("https://news7.example/feed.xml");
    QTest::newRow("a feed") << feed << int(SubscriptionListModel::KindColumn) << QStringLiteral("feed");
    Subscription section = feed;
    section.kind = ListingKind::Section;
    QTest::newRow("a forum section") << section << int(SubscriptionListModel::KindColumn)
                                     << QStringLiteral("forum section");
    Subscription front = feed;
    front.kind = ListingKind::FrontPage;
    QTest::newRow("a front page") << front << int(SubscriptionListModel::KindColumn)
                                  << QStringLiteral("front page");
    Subscription many = feed;
    many.items = 12345;
    QTest::newRow("items, grouped") << many << int(SubscriptionListModel::ItemsColumn)
                                    << QStringLiteral("12,345");
    QTest::newRow("unread") << feed << int(SubscriptionListModel::UnreadColumn) << QStringLiteral("4");
    // Tests run in UTC: the time as stored.
    QTest::newRow("last refresh") << feed << int(SubscriptionListModel::LastRefreshColumn)
                                  << QStringLiteral("14 Mar 12:05");
    Subscription never = feed;
    never.lastChecked = QDateTime();
    QTest::newRow("never refreshed") << never << int(SubscriptionListModel::LastRefreshColumn)
                                     << QStringLiteral("never");
    QTest::newRow("status: fine") << feed << int(SubscriptionListModel::StatusColumn) << QString();
    Subscription failing = feed;
    failing.lastError
        = QStringLiteral("Error transferring https://news7.example/feed.xml - server replied: Not Found");
    QTest::newRow("status: the last error")
        << failing << int(SubscriptionListModel::StatusColumn) << failing.lastError;
}

void TestSubscriptionListModel::columns()
{
    QFETCH(Subscription, subscription);
    QFETCH(int, column);
    QFETCH(QString, text);

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    SubscriptionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubscriptions({subscription});
    QCOMPARE(model.index(0, column).data().toString(), text);
    QCOMPARE(model.index(0, 0).data(SubscriptionListModel::UrlRole).toUrl(), subscription.url);
    QLocale::setDefault(QLocale::c());
}

void TestSubscriptionListModel::refreshing()
{
    SubscriptionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSubscriptions(listing(QStringLiteral("1,2")));
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setRefreshing(2, true);
    QVERIFY(model.isRefreshing(2));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex(), model.index(1, SubscriptionListModel::StatusColumn));
    QCOMPARE(model.index(1, SubscriptionListModel::StatusColumn).data().toString(),
        QStringLiteral("refreshing\u2026"));
    model.setRefreshing(2, true); // so already: nothing
    model.setRefreshing(9, true); // unknown: nothing
    QCOMPARE(changes.size(), 1);
    model.setRefreshing(2, false);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(model.index(1, SubscriptionListModel::StatusColumn).data().toString(), QString());
    // Unsubscribed while refreshing, then back: no longer refreshing.
    model.setRefreshing(2, true);
    model.setSubscriptions(listing(QStringLiteral("1")));
    model.setSubscriptions(listing(QStringLiteral("1,2")));
    QVERIFY(!model.isRefreshing(2));
}

void TestSubscriptionListModel::hundreds()
{
    // A reader with 600 subscriptions: one refresh changes one row, one unsubscribe removes one.
    QList<Subscription> list;
    for (qint64 id = 1; id <= 600; ++id)
        list.append(subscription(id, int(id % 7)));
    SubscriptionListModel model;
    QElapsedTimer clock;
    clock.start();
    model.setSubscriptions(list);
    const qint64 first = clock.nsecsElapsed();
    QCOMPARE(model.rowCount(), 600);
    list[299].unread += 5;
    list[299].items += 5;
    list.removeAt(450);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    clock.restart();
    model.setSubscriptions(list);
    const qint64 again = clock.nsecsElapsed();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 299);
    QCOMPARE(removes.size(), 1);
    QCOMPARE(removes.at(0).at(1).toInt(), 450);
    QCOMPARE(inserts.size(), 0);
    QCOMPARE(model.indexOf(600).row(), 598);
    qInfo("600 subscriptions: first listing %.2f ms, a listing with one change and one removal %.2f ms",
        double(first) / 1e6, double(again) / 1e6);
}

void TestSubscriptionListModel::sortedAndFiltered()
{
    SubscriptionListModel model;
    LibraryProxyModel proxy;
    proxy.setSortRole(SubscriptionListModel::SortRole);
    proxy.setFilterRole(SubscriptionListModel::FilterRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Subscription> list {
        subscription(1, 2), subscription(2, 12), subscription(3, 0), subscription(4, 5)};
    list[0].folder = QStringLiteral("Tech");
    list[1].title = QStringLiteral("Anandtech forums: CPUs");
    list[1].kind = ListingKind::Section;
    list[2].folder = QStringLiteral("Tech");
    list[3].title = QStringLiteral("Hacker News");
    list[3].kind = ListingKind::FrontPage;
    model.setSubscriptions(list);

    // By title: those without a folder first, then each folder's together.
    proxy.sort(SubscriptionListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(shape(proxy), QStringLiteral("2,4,1,3"));
    // By unread, numbers as numbers (12 after 5).
    proxy.sort(SubscriptionListModel::UnreadColumn, Qt::DescendingOrder);
    QCOMPARE(shape(proxy), QStringLiteral("2,4,1,3"));
    proxy.sort(SubscriptionListModel::UnreadColumn, Qt::AscendingOrder);
    QCOMPARE(shape(proxy), QStringLiteral("3,1,4,2"));

    // The filter looks in title, folder, address and kind; every word must match.
    proxy.sort(SubscriptionListModel::TitleColumn, Qt::AscendingOrder);
    proxy.setFilterText(QStringLiteral("tech"));
    QCOMPARE(shape(proxy), QStringLiteral("2,1,3")); // Anandtech; the folder Tech
    proxy.setFilterText(QStringLiteral("tech news1"));
    QCOMPARE(shape(proxy), QStringLiteral("1"));
    proxy.setFilterText(QStringLiteral("section"));
    QCOMPARE(shape(proxy), QStringLiteral("2"));
    proxy.setFilterText(QStringLiteral("front"));
    QCOMPARE(shape(proxy), QStringLiteral("4"));
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 4);
}

QTEST_GUILESS_MAIN(TestSubscriptionListModel)
#include "tst_subscriptionlistmodel.moc"
