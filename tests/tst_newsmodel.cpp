// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The News view's model (issue 21): subscriptions' items changed in place by a new listing
// (removals, moves, inserts in runs, changes; never a reset), marking read as one row's
// change, unread bold, the discussion's size and what is new in it. Every step under
// QAbstractItemModelTester.
#include "domain/dateformat.h"
#include "models/newsmodel.h"
#include "services/newsopening.h"
#include "services/translations.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Threadkeeper;

namespace {
// Item "key" of subscription 1 (or sub), dated minutes after a fixed hour.
NewsItem news(const QString &key, int minutes = 0, qint64 sub = 1)
{
    NewsItem n;
    n.subscription = sub;
    n.subscriptionTitle = QStringLiteral("Feed %1").arg(sub);
    n.item.key = key;
    n.item.title = key.toUpper();
    n.item.link = QUrl(QStringLiteral("https://news.example/%1").arg(key));
    n.item.date = QDateTime(QDate(2026, 3, 14), QTime(12, 0), QTimeZone::UTC).addSecs(minutes * 60);
    n.firstSeen = n.item.date;
    return n;
}

// Newest first, as the book lists them: keys given as "c,b,a" with dates to match.
QList<NewsItem> listing(const QString &keys)
{
    QList<NewsItem> items;
    const QStringList list = keys.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < list.size(); ++i)
        items.append(news(list.at(i), int(list.size() - i)));
    return items;
}

QString shape(const QAbstractItemModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(model.index(row, 0).data(NewsModel::KeyRole).toString());
    return keys.join(QLatin1Char(','));
}
} // namespace

class TestNewsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void changesInPlace_data();
    void changesInPlace();
    void markReadChangesOneRow();
    void unreadIsBold();
    void discussionColumn_data();
    void discussionColumn();
    void watchedInPlace();
    void threadRowTips();
    void roles();
    void nextUnread();
    void sameKeyInTwoSubscriptions();
    void opening();

private:
    Translations m_translations; // the English plural forms: "1 comment", "66 comments"
};

void TestNewsModel::initTestCase()
{
    m_translations.use(QLocale(QLocale::English));
}

void TestNewsModel::changesInPlace_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    // What the second listing may cost: rows inserted, removed, moved; never a reset.
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("moved");
    QTest::addColumn<int>("insertSignals"); // runs of new rows, one signal each

    QTest::newRow("first listing") << QString() << QStringLiteral("c,b,a") << 3 << 0 << 0 << 1;
    QTest::newRow("a refresh brings three on top")
        << QStringLiteral("c,b,a") << QStringLiteral("f,e,d,c,b,a") << 3 << 0 << 0 << 1;
    QTest::newRow("new ones between old ones")
        << QStringLiteral("c,b,a") << QStringLiteral("d,c,x,b,a") << 2 << 0 << 0 << 2;
    QTest::newRow("old ones expire") << QStringLiteral("e,d,c,b,a") << QStringLiteral("e,c") << 0 << 3 << 0
                                     << 0;
    QTest::newRow("expire and arrive")
        << QStringLiteral("c,b,a") << QStringLiteral("e,d,c,b") << 2 << 1 << 0 << 1;
    QTest::newRow("one moves up (updated)")
        << QStringLiteral("d,c,b,a") << QStringLiteral("a,d,c,b") << 0 << 0 << 1 << 0;
    QTest::newRow("the same again") << QStringLiteral("c,b,a") << QStringLiteral("c,b,a") << 0 << 0 << 0 << 0;
    QTest::newRow("all gone") << QStringLiteral("c,b,a") << QString() << 0 << 3 << 0 << 0;
    QTest::newRow("a key twice keeps the first") << QString() << QStringLiteral("b,a,b") << 2 << 0 << 0 << 1;
}

void TestNewsModel::changesInPlace()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    QFETCH(int, moved);
    QFETCH(int, insertSignals);

    NewsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(listing(first));
    QCOMPARE(shape(model), listing(first).isEmpty() ? QString() : first);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
    model.setItems(listing(second));

    QStringList expected;
    for (const QString &key : second.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!expected.contains(key))
            expected.append(key);
    QCOMPARE(shape(model), expected.join(QLatin1Char(',')));
    QCOMPARE(resets.size(), 0);
    int insertedRows = 0;
    for (const QList<QVariant> &args : std::as_const(inserts))
        insertedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    int removedRows = 0;
    for (const QList<QVariant> &args : std::as_const(removes))
        removedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
    QCOMPARE(insertedRows, inserted);
    QCOMPARE(inserts.size(), insertSignals);
    QCOMPARE(removedRows, removed);
    QCOMPARE(moves.size(), moved);
    // Every row answers for itself under its key afterwards.
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.indexOf(1, expected.at(row)).row(), row);
}

void TestNewsModel::markReadChangesOneRow()
{
    NewsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(listing(QStringLiteral("e,d,c,b,a")));
    QCOMPARE(model.unreadCount(), 5);

    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setRead(1, QStringLiteral("c"), true);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changes.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(model.unreadCount(), 4);
    QCOMPARE(model.index(2, 0).data(NewsModel::UnreadRole).toBool(), false);
    // Marking what is so already changes nothing; an unknown key is ignored.
    model.setRead(1, QStringLiteral("c"), true);
    model.setRead(1, QStringLiteral("zz"), true);
    model.setRead(2, QStringLiteral("c"), true);
    QCOMPARE(changes.size(), 1);
    model.setRead(1, QStringLiteral("c"), false);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(model.unreadCount(), 5);

    // A refresh that brings the same item with its read mark changes that row only.
    QList<NewsItem> items = listing(QStringLiteral("e,d,c,b,a"));
    items[3].readAt = QDateTime(QDate(2026, 3, 15), QTime(9, 0), QTimeZone::UTC);
    changes.clear();
    model.setItems(items);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 3);
    QCOMPARE(resets.size(), 0);
}

void TestNewsModel::unreadIsBold()
{
    NewsModel model;
    QList<NewsItem> items = listing(QStringLiteral("b,a"));
    items[1].readAt = items[1].item.date.addDays(1);
    model.setItems(items);
    for (int column = 0; column < NewsModel::ColumnCount; ++column) {
        QVERIFY(model.index(0, column).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1, column).data(Qt::FontRole).isValid());
    }
}

void TestNewsModel::discussionColumn_data()
{
    QTest::addColumn<int>("feedCount"); // -1: the feed gives none
    QTest::addColumn<bool>("hasDiscussion");
    QTest::addColumn<int>("posts"); // cached, -1: never opened
    QTest::addColumn<int>("comments"); // of those posts (the store leaves the item's own out)
    QTest::addColumn<int>("unread");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("newComments");

    QTest::newRow("nothing known") << -1 << false << -1 << -1 << -1 << QString() << 0;
    QTest::newRow("a discussion, no count")
        << -1 << true << -1 << -1 << -1 << QStringLiteral("discussion") << 0;
    QTest::newRow("the feed's count") << 66 << true << -1 << -1 << -1 << QStringLiteral("66 comments") << 0;
    QTest::newRow("one") << 1 << true << -1 << -1 << -1 << QStringLiteral("1 comment") << 0;
    QTest::newRow("opened, all read") << 66 << true << 67 << 66 << 0 << QStringLiteral("66 comments") << 0;
    QTest::newRow("opened, some new")
        << 66 << true << 71 << 70 << 4 << QStringLiteral("70 comments, 4 new") << 4;
    QTest::newRow("opened, the feed counts more")
        << 80 << true << 71 << 70 << 0 << QStringLiteral("80 comments") << 0;
    QTest::newRow("opened, no feed count")
        << -1 << true << 13 << 12 << 12 << QStringLiteral("12 comments, 12 new") << 12;
    // The miscount: a thread whose first post is only a link back to the article holds
    // 31 posts where the feed says 30 comments; the link back is no comment.
    QTest::newRow("first post links back to the article")
        << 30 << true << 31 << 30 << 0 << QStringLiteral("30 comments") << 0;
    // Opened from the article's address: the article before the forum's link back.
    QTest::newRow("opened with its article")
        << 30 << true << 32 << 30 << 0 << QStringLiteral("30 comments") << 0;
    QTest::newRow("opened, only the article")
        << 0 << true << 1 << 0 << 0 << QStringLiteral("0 comments") << 0;
}

void TestNewsModel::discussionColumn()
{
    QFETCH(int, feedCount);
    QFETCH(bool, hasDiscussion);
    QFETCH(int, posts);
    QFETCH(int, comments);
    QFETCH(int, unread);
    QFETCH(QString, text);
    QFETCH(int, newComments);

    NewsItem item = news(QStringLiteral("a"));
    if (feedCount >= 0)
        item.item.comments = feedCount;
    if (hasDiscussion)
        item.item.discussion = QUrl(QStringLiteral("https://forum.example/threads/a.1/"));
    item.discussionPosts = posts;
    item.discussionComments = comments;
    item.discussionUnread = unread;
    NewsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({item});
    const QModelIndex cell = model.index(0, NewsModel::DiscussionColumn);
    QCOMPARE(cell.data().toString(), text);
    QCOMPARE(cell.data(NewsModel::NewCommentsRole).toInt(), newComments);

    // More comments read later: the cell changes, nothing else.
    if (posts >= 0) {
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        item.discussionUnread = 0;
        model.setItems({item});
        QCOMPARE(changes.size(), unread > 0 ? 1 : 0);
        QCOMPARE(cell.data(NewsModel::NewCommentsRole).toInt(), 0);
    }
}

void TestNewsModel::watchedInPlace()
{
    // Three items, two with a discussion in the cache (one of them watched), one never opened.
    QList<NewsItem> items = listing(QStringLiteral("c,b,a"));
    for (NewsItem &item : items) {
        item.item.thread = QStringLiteral("https://forum.example/threads/%1.1/").arg(item.item.key);
        item.item.discussion = QUrl(item.item.thread);
        item.item.comments = 30;
    }
    for (int row : {0, 1}) {
        items[row].discussionPosts = 31;
        items[row].discussionComments = 30;
        items[row].discussionUnread = 0;
    }
    items[1].discussionWatched = true;
    NewsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(items);
    auto cell = [&](int row) { return model.index(row, NewsModel::DiscussionColumn); };
    QCOMPARE(cell(0).data().toString(), QStringLiteral("30 comments"));
    QCOMPARE(cell(1).data().toString(), QStringLiteral("\u2605 30 comments"));
    QCOMPARE(cell(2).data().toString(), QStringLiteral("30 comments"));
    // In few characters, for a narrow list.
    QCOMPARE(cell(1).data(NewsModel::ShortTextRole).toString(), QStringLiteral("\u2605 30"));
    items[1].discussionUnread = 4;
    model.setItems(items);
    QCOMPARE(cell(1).data(NewsModel::ShortTextRole).toString(), QStringLiteral("\u2605 30, 4 new"));
    QCOMPARE(cell(1).data().toString(), QStringLiteral("\u2605 30 comments, 4 new"));
    items[1].discussionUnread = 0;
    model.setItems(items);
    QVERIFY(cell(1).data(NewsModel::WatchedRole).toBool());
    QVERIFY(!cell(0).data(NewsModel::WatchedRole).toBool());
    QVERIFY(cell(0).data(NewsModel::CachedRole).toBool());
    QVERIFY(!cell(2).data(NewsModel::CachedRole).toBool());
    QCOMPARE(cell(2).data(NewsModel::ThreadRole).toString(), items[2].item.thread);
    // The tooltip says it in words; a count the cache lacks is the listing's, in italics.
    QVERIFY2(cell(1).data(Qt::ToolTipRole).toString().contains(QLatin1String("Watched")),
        qPrintable(cell(1).data(Qt::ToolTipRole).toString()));
    QVERIFY(cell(0).data(Qt::ToolTipRole).toString().contains(QLatin1String("Not watched")));
    QVERIFY(cell(2).data(Qt::ToolTipRole).toString().contains(QLatin1String("Not opened yet")));
    QVERIFY(cell(2).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!cell(0).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!model.index(2, NewsModel::TitleColumn).data(Qt::FontRole).value<QFont>().italic());

    // A watch confirmed: that row changes, nothing is inserted, removed or reset.
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    model.setWatched(items[0].item.thread, true);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(cell(0).data().toString(), QStringLiteral("\u2605 30 comments"));
    model.setWatched(items[0].item.thread, true); // so already: nothing
    model.setWatched(QStringLiteral("https://forum.example/threads/zz.1/"), true); // in no row
    QCOMPARE(changes.size(), 1);
    // Never opened: nothing to keep a watch on, the row stays as it is.
    model.setWatched(items[2].item.thread, true);
    QCOMPARE(changes.size(), 1);
    QVERIFY(!cell(2).data(NewsModel::WatchedRole).toBool());
    model.setWatched(items[1].item.thread, false);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(cell(1).data().toString(), QStringLiteral("30 comments"));

    // The whole list read anew: only rows that differ change.
    changes.clear();
    model.setWatchedThreads([&](const QString &thread) { return thread == items[1].item.thread; });
    QCOMPARE(changes.size(), 2); // row 0 no longer, row 1 again
    QVERIFY(!cell(0).data(NewsModel::WatchedRole).toBool());
    QVERIFY(cell(1).data(NewsModel::WatchedRole).toBool());
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserts.size(), 0);
}

void TestNewsModel::threadRowTips()
{
    // A forum section's row: starter, start, replies, last activity where the listing gives them.
    NewsItem item = news(QStringLiteral("t-42"));
    item.item.title = QStringLiteral("Fan curve <b>help</b>");
    item.item.author = QStringLiteral("Ørjan");
    item.item.updated = item.item.date.addDays(2);
    item.item.comments = 17;
    item.item.thread = QStringLiteral("https://forum.example/threads/fan.42/");
    item.item.discussion = QUrl(item.item.thread);
    NewsModel model;
    model.setItems({item});
    const QString start = QLocale().toString(item.item.date.toLocalTime(), DateFormat::dateTime());
    const QString last = QLocale().toString(item.item.updated.toLocalTime(), DateFormat::dateTime());
    const QString tip = model.index(0, NewsModel::TitleColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("Fan curve &lt;b&gt;help&lt;/b&gt;")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("by Ørjan, ") + start), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Last activity ") + last), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("17 comments")), qPrintable(tip));
    const QString dateTip = model.index(0, NewsModel::DateColumn).data(Qt::ToolTipRole).toString();
    QCOMPARE(dateTip, start + QStringLiteral("<br>Last activity ") + last);
    // A feed's item that was never updated: no last activity said.
    item.item.updated = {};
    model.setItems({item});
    QCOMPARE(model.index(0, NewsModel::DateColumn).data(Qt::ToolTipRole).toString(), start);
    QVERIFY(!model.index(0, NewsModel::TitleColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QLatin1String("Last activity")));
}

void TestNewsModel::roles()
{
    NewsItem item = news(QStringLiteral("tpu-1"), 0, 7);
    item.subscriptionTitle = QStringLiteral("TechPowerUp");
    item.item.title = QStringLiteral("AMD's new GPU");
    item.item.discussion = QUrl(QStringLiteral("https://www.techpowerup.com/forums/threads/amd.1/"));
    NewsModel model;
    model.setItems({item});
    const QModelIndex row = model.index(0, NewsModel::TitleColumn);
    QCOMPARE(row.data().toString(), QStringLiteral("AMD's new GPU"));
    QCOMPARE(row.data(NewsModel::KeyRole).toString(), QStringLiteral("tpu-1"));
    QCOMPARE(row.data(NewsModel::SubscriptionIdRole).toLongLong(), 7);
    QCOMPARE(row.data(NewsModel::LinkRole).toUrl(), QUrl(QStringLiteral("https://news.example/tpu-1")));
    QCOMPARE(row.data(NewsModel::DiscussionRole).toUrl(), item.item.discussion);
    QCOMPARE(model.index(0, NewsModel::SubscriptionColumn).data().toString(), QStringLiteral("TechPowerUp"));
    QCOMPARE(model.index(0, NewsModel::DateColumn).data(NewsModel::SortRole).toLongLong(),
        item.item.date.toSecsSinceEpoch());
    QCOMPARE(model.headerData(NewsModel::DiscussionColumn, Qt::Horizontal).toString(),
        QStringLiteral("Discussion"));

    // A rename shows in its rows' subscription cell only.
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setSubscriptionTitle(7, QStringLiteral("TPU"));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toModelIndex().column(), int(NewsModel::SubscriptionColumn));
    QCOMPARE(model.index(0, NewsModel::SubscriptionColumn).data().toString(), QStringLiteral("TPU"));

    // No title: the link stands in.
    item.item.title.clear();
    model.setItems({item});
    QCOMPARE(row.data().toString(), QStringLiteral("https://news.example/tpu-1"));
}

void TestNewsModel::nextUnread()
{
    NewsModel model;
    QList<NewsItem> items = listing(QStringLiteral("e,d,c,b,a"));
    for (int row : {0, 2, 3})
        items[row].readAt = items[row].item.date;
    model.setItems(items);
    // Unread: d (1) and a (4).
    QCOMPARE(model.nextUnread().row(), 1);
    QCOMPARE(model.nextUnread(model.index(1, 0)).row(), 4);
    QCOMPARE(model.nextUnread(model.index(4, 0)).row(), 1); // wraps
    QCOMPARE(model.nextUnread(model.index(2, 0)).row(), 4);
    model.setRead(1, QStringLiteral("d"), true);
    QVERIFY(!model.nextUnread(model.index(4, 0)).isValid()); // only itself left
    model.setRead(1, QStringLiteral("a"), true);
    QVERIFY(!model.nextUnread().isValid());
}

void TestNewsModel::sameKeyInTwoSubscriptions()
{
    // Two feeds may carry one article under one guid: two rows, each marked apart.
    NewsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems({news(QStringLiteral("x"), 2, 1), news(QStringLiteral("x"), 1, 2)});
    QCOMPARE(model.rowCount(), 2);
    model.setRead(2, QStringLiteral("x"), true);
    QCOMPARE(model.index(0, 0).data(NewsModel::UnreadRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(NewsModel::UnreadRole).toBool(), false);
}

void TestNewsModel::opening()
{
    // An item whose discussion is a forum thread (a later page of it): that thread opens,
    // keyed as the engine caches it, with the item's own words as the article.
    NewsItem item = news(QStringLiteral("tpu-330012"));
    item.item.title = QStringLiteral("RTX 5090 power connectors, again");
    item.item.author = QStringLiteral("btarunr");
    item.item.discussion = QUrl(
        QStringLiteral("https://www.techpowerup.com/forums/threads/rtx-5090-power-connectors.330012/page-3"));
    item.item.contentHtml = QStringLiteral("<p>Reports of <b>melted</b> connectors keep coming.</p>"
                                           "<script>alert(1)</script><p>Second paragraph.</p>");
    NewsOpening opening = newsOpening(item);
    QCOMPARE(opening.address, item.item.discussion);
    QCOMPARE(opening.threadUrl,
        QStringLiteral("https://www.techpowerup.com/forums/threads/rtx-5090-power-connectors.330012/"));
    QCOMPARE(opening.title, item.item.title);
    QCOMPARE(opening.article.id, QStringLiteral("news-item:tpu-330012"));
    QCOMPARE(opening.article.author, QStringLiteral("btarunr"));
    QCOMPARE(opening.article.date, item.item.date);
    QVERIFY2(opening.article.text.contains(QLatin1String("Reports of melted connectors keep coming.")),
        qPrintable(opening.article.text));
    QVERIFY(opening.article.text.contains(QLatin1String("Second paragraph.")));
    QVERIFY(!opening.article.text.contains(QLatin1String("alert")));

    // No discussion: the item's own page, which no engine keys (the loader finds out);
    // no HTML: the summary is the article.
    item.item.discussion.clear();
    item.item.contentHtml.clear();
    item.item.summary = QStringLiteral("Only a summary.");
    opening = newsOpening(item);
    QCOMPARE(opening.address, item.item.link);
    QVERIFY(opening.threadUrl.isEmpty());
    QCOMPARE(opening.article.text, QStringLiteral("Only a summary."));

    // A feed's item as long as a book: bounded, and read in time linear in it.
    item.item.contentHtml = QStringLiteral("<p>words words words</p>").repeated(200000);
    opening = newsOpening(item);
    QVERIFY(opening.article.text.size() < 300 * 1024);
    QVERIFY(opening.article.text.size() > 100 * 1024);
}

QTEST_GUILESS_MAIN(TestNewsModel)
#include "tst_newsmodel.moc"
