// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Subscriptions in a real SQLite file: items keep their read state and first-seen time across
// refreshes, validators are kept per request, a removal is undone with every row, and the News
// view's counts of each item's cached discussion leave out what the rules hide.
#include "store/cachedatabase.h"
#include "store/cachestore.h"
#include "store/subscriptionstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Threadkeeper;

class TestSubscriptionStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void itemsKeepReadStateAcrossRefreshes();
    void addressSubscribedOnce();
    void validatorsReplacedPerAddress();
    void newsViewOrderAndDiscussionCounts();
    void discussionCommentsAndWatch();
    void removeAndRestoreEveryRow();
    void storeAnswersOnCallersThread();
    void tenThousandItemsInOneTransaction();

private:
    static Subscription feed(const QString &url)
    {
        Subscription s;
        s.url = QUrl(url);
        s.title = QStringLiteral("Zoë’s news");
        s.source = QStringLiteral("feed");
        s.added = QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::UTC);
        return s;
    }
    static FeedItem item(const QString &key, int day, const QString &thread = {})
    {
        FeedItem i;
        i.key = key;
        i.title = QStringLiteral("Item ") + key;
        i.link = QUrl(QStringLiteral("https://news.example/") + key);
        i.date = QDateTime(QDate(2026, 11, day), QTime(12, 0), QTimeZone::UTC);
        i.author = QStringLiteral("Ærin");
        i.comments = day;
        i.thread = thread;
        if (!thread.isEmpty())
            i.discussion = QUrl(thread);
        return i;
    }
    static FeedPage page(const QList<FeedItem> &items)
    {
        FeedPage p;
        p.title = QStringLiteral("News");
        p.items = items;
        return p;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestSubscriptionStore::itemsKeepReadStateAcrossRefreshes()
{
    CacheDatabase db;
    QString error;
    QVERIFY2(db.open(path(QStringLiteral("a.sqlite")), &error), qPrintable(error));
    Subscription s = feed(QStringLiteral("https://news.example/feed"));
    QVERIFY2(db.subscriptions().add(&s, &error), qPrintable(error));
    QVERIFY(s.id > 0);
    const QDateTime first(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
    QCOMPARE(
        db.subscriptions().saveItems(s.id, page({item(QStringLiteral("a"), 1), item(QStringLiteral("b"), 2)}),
            {}, QStringLiteral("feed"), first, &error),
        2);
    QVERIFY(db.subscriptions().markRead(s.id, {QStringLiteral("a")}, first.addSecs(60), &error));

    // The next refresh: "a" changed its title and count, "c" is new, "b" left the feed.
    FeedItem changed = item(QStringLiteral("a"), 1);
    changed.title = QStringLiteral("Item a (updated)");
    changed.comments = 40;
    const QDateTime second = first.addSecs(3600);
    QCOMPARE(db.subscriptions().saveItems(s.id, page({changed, item(QStringLiteral("c"), 3)}), {},
                 QStringLiteral("feed"), second, &error),
        1);

    const QList<NewsItem> items = db.subscriptions().items(s.id, 100, {});
    QCOMPARE(items.size(), 3); // "b" stays readable
    QCOMPARE(items[0].item.key, QStringLiteral("c"));
    QCOMPARE(items[0].firstSeen, second);
    QVERIFY(!items[0].isRead());
    QCOMPARE(items[2].item.key, QStringLiteral("a"));
    QCOMPARE(items[2].item.title, QStringLiteral("Item a (updated)"));
    QCOMPARE(items[2].item.comments, std::optional<int>(40));
    QCOMPARE(items[2].firstSeen, first);
    QCOMPARE(items[2].readAt, first.addSecs(60));
    QCOMPARE(items[2].item.author, QStringLiteral("Ærin"));
    QCOMPARE(items[2].subscriptionTitle, QStringLiteral("Zoë’s news"));

    const QList<Subscription> list = db.subscriptions().subscriptions();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].items, 3);
    QCOMPARE(list[0].unread, 2);
    QCOMPARE(list[0].lastChecked, second);

    // Unread again, then everything read.
    QVERIFY(db.subscriptions().markRead(s.id, {QStringLiteral("a")}, QDateTime(), &error));
    QCOMPARE(db.subscriptions().subscriptions()[0].unread, 3);
    QVERIFY(db.subscriptions().markAllRead(s.id, second, &error));
    QCOMPARE(db.subscriptions().subscriptions()[0].unread, 0);

    // A failed refresh keeps the items and says why.
    QVERIFY(db.subscriptions().recordChecked(s.id, second.addSecs(60), QStringLiteral("HTTP 500"), &error));
    QCOMPARE(db.subscriptions().subscriptions()[0].lastError, QStringLiteral("HTTP 500"));
    QCOMPARE(db.subscriptions().subscriptions()[0].items, 3);
}

void TestSubscriptionStore::addressSubscribedOnce()
{
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("once.sqlite")), &error));
    Subscription a = feed(QStringLiteral("https://news.example/feed"));
    QVERIFY(db.subscriptions().add(&a, &error));
    Subscription b = feed(QStringLiteral("https://news.example/feed"));
    QVERIFY(!db.subscriptions().add(&b, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(db.subscriptions().subscriptions().size(), 1);
}

void TestSubscriptionStore::validatorsReplacedPerAddress()
{
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("v.sqlite")), &error));
    Subscription s = feed(QStringLiteral("https://forum.example/forums/news.3/"));
    QVERIFY(db.subscriptions().add(&s, &error));
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QHash<QString, HttpValidators> v {
        {QStringLiteral("https://forum.example/forums/news.3/"), {"\"p1\"", {}}},
        {QStringLiteral("https://forum.example/forums/news.3/page-2"),
            {{}, "Tue, 01 Dec 2026 08:00:00 GMT"}}};
    QCOMPARE(db.subscriptions().saveItems(s.id, page({}), v, {}, at, &error), 0);
    v[QStringLiteral("https://forum.example/forums/news.3/")] = {"\"p1b\"", {}};
    QCOMPARE(db.subscriptions().saveItems(s.id, page({}), v, {}, at, &error), 0);
    QCOMPARE(db.subscriptions().validators(s.id), v);
}

void TestSubscriptionStore::newsViewOrderAndDiscussionCounts()
{
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("n.sqlite")), &error));
    // A cached discussion: 4 posts, one read, one by a poster the rules hide.
    const QString thread = QStringLiteral("https://forum.example/threads/chips.12/");
    QList<Post> posts;
    for (int i = 0; i < 4; ++i) {
        Post p;
        p.id = QString::number(100 + i);
        p.number = i + 1;
        p.page = 1;
        p.position = i;
        p.author = i == 3 ? QStringLiteral("troll") : QStringLiteral("Daven");
        p.text = QStringLiteral("words %1").arg(i);
        p.date = QDateTime(QDate(2026, 11, 20), QTime(10, i), QTimeZone::UTC);
        posts.append(p);
    }
    QVERIFY2(db.savePage(ThreadInfo {thread, QStringLiteral("xenforo"), QStringLiteral("Chips"), 1}, 1, posts,
                 QDateTime::currentDateTimeUtc(), &error),
        qPrintable(error));
    QVERIFY(db.markRead(thread, {QStringLiteral("100")}, QDateTime::currentDateTimeUtc(), &error));

    Subscription a = feed(QStringLiteral("https://news.example/feed"));
    Subscription b = feed(QStringLiteral("https://other.example/atom"));
    b.title = QStringLiteral("Other");
    QVERIFY(db.subscriptions().add(&a, &error));
    QVERIFY(db.subscriptions().add(&b, &error));
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QCOMPARE(db.subscriptions().saveItems(a.id,
                 page({item(QStringLiteral("old"), 2), item(QStringLiteral("chips"), 20, thread)}), {}, {},
                 at, &error),
        2);
    FeedItem undated = item(QStringLiteral("undated"), 1);
    undated.date = {}; // sorted by when it was first seen: now, the newest
    QCOMPARE(db.subscriptions().saveItems(
                 b.id, page({item(QStringLiteral("mid"), 10), undated}), {}, {}, at, &error),
        2);

    const HiddenPredicate hidden
        = [](const Post &post, const QString &) { return post.author == QLatin1String("troll"); };
    const QList<NewsItem> all = db.subscriptions().items(0, 100, hidden);
    QStringList keys;
    for (const NewsItem &n : all)
        keys.append(n.item.key);
    QCOMPARE(keys,
        (QStringList {QStringLiteral("undated"), QStringLiteral("chips"), QStringLiteral("mid"),
            QStringLiteral("old")}));
    QCOMPARE(all[1].discussionPosts, 4);
    QCOMPARE(all[1].discussionComments, 3); // the opening post is the item's own, no comment
    QCOMPARE(all[1].discussionUnread, 2); // 3 unread, less the hidden one
    QCOMPARE(all[1].discussionNew, 2); // never visited: all 3 comments new, less the hidden one
    QVERIFY(!all[1].discussionWatched);
    QCOMPARE(all[0].discussionPosts, -1); // no discussion cached
    QCOMPARE(db.subscriptions().items(b.id, 100, {}).size(), 2);
    QCOMPARE(db.subscriptions().items(0, 1, {}).size(), 1);
    // Without rules every unread post counts.
    QCOMPARE(db.subscriptions().items(a.id, 100, {})[0].discussionUnread, 3);
    // The listing as last seen, in the feed's order.
    const QList<FeedItem> listing = db.subscriptions().listing(a.id, 100);
    QCOMPARE(listing.size(), 2);
    QCOMPARE(listing[0].key, QStringLiteral("old"));
    QCOMPARE(listing[1].discussion, QUrl(thread));
}

void TestSubscriptionStore::discussionCommentsAndWatch()
{
    // The comments of a discussion are its posts less the item's own: the thread's opening
    // post (a link back to the article, as TechPowerUp's forum threads start; a comment
    // feed's article) and the article the loader puts before a forum thread when it was
    // opened from the article's address (post id "article", part 0, position -1).
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("c.sqlite")), &error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto post = [](const QString &id, int page, int position, const QString &author) {
        Post p;
        p.id = id;
        p.page = page;
        p.position = position;
        p.number = position + 1;
        p.author = author;
        p.text = QStringLiteral("words of ") + id;
        p.date = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone::UTC).addSecs(position * 60);
        return p;
    };
    // A forum thread of two pages: the link back, 19 comments, then 11 more on page 2.
    const QString forum = QStringLiteral("https://forum.example/threads/news-2.302/");
    QList<Post> first {post(QStringLiteral("50200"), 1, 0, QStringLiteral("NewsBot"))};
    for (int i = 1; i < 20; ++i)
        first.append(post(QString::number(50200 + i), 1, i, QStringLiteral("Alice")));
    QList<Post> second;
    for (int i = 20; i < 31; ++i)
        second.append(post(QString::number(50200 + i), 2, 1000 + i,
            i == 30 ? QStringLiteral("troll") : QStringLiteral("Bob")));
    const ThreadInfo forumInfo {forum, QStringLiteral("xenforo"), QStringLiteral("News 2"), 2};
    QVERIFY2(db.savePage(forumInfo, 1, first, now, &error), qPrintable(error));
    QVERIFY2(db.savePage(forumInfo, 2, second, now, &error), qPrintable(error));
    // The same shape opened from the article's address: the article first, as part 0.
    const QString withArticle = QStringLiteral("https://forum.example/threads/news-3.303/");
    const ThreadInfo articleInfo {withArticle, QStringLiteral("xenforo"), QStringLiteral("News 3"), 1};
    QVERIFY(db.savePage(
        articleInfo, 0, {post(QStringLiteral("article"), 0, -1, QStringLiteral("Editor"))}, now, &error));
    QVERIFY(db.savePage(articleInfo, 1,
        {post(QStringLiteral("50300"), 1, 0, QStringLiteral("NewsBot")),
            post(QStringLiteral("50301"), 1, 1, QStringLiteral("Alice")),
            post(QStringLiteral("50302"), 1, 2, QStringLiteral("Bob"))},
        now, &error));
    // A comment feed: its article (part 1, position 0), then every entry a comment.
    const QString comments = QStringLiteral("https://blog.example/2026/11/post/feed/");
    const ThreadInfo feedInfo {comments, QStringLiteral("commentfeed"), QStringLiteral("Post"), 1};
    QVERIFY(db.savePage(feedInfo, 1,
        {post(QStringLiteral("article"), 1, 0, QStringLiteral("blog.example")),
            post(QStringLiteral("c1"), 1, 1, QStringLiteral("Ann")),
            post(QStringLiteral("c2"), 1, 2, QStringLiteral("Ben")),
            post(QStringLiteral("c3"), 1, 3, QStringLiteral("Cy"))},
        now, &error));
    // Read: the link back and the first 9 comments of the forum thread.
    QStringList read {QStringLiteral("50200")};
    for (int i = 1; i < 10; ++i)
        read.append(QString::number(50200 + i));
    QVERIFY(db.markRead(forum, read, now, &error));
    QVERIFY(db.setWatched(forum, true, &error));

    Subscription s = feed(QStringLiteral("https://news.example/comments-feed"));
    QVERIFY(db.subscriptions().add(&s, &error));
    QCOMPARE(db.subscriptions().saveItems(s.id,
                 page({item(QStringLiteral("n2"), 22, forum), item(QStringLiteral("n3"), 23, withArticle),
                     item(QStringLiteral("blog"), 24, comments),
                     item(QStringLiteral("uncached"), 25,
                         QStringLiteral("https://forum.example/threads/news-9.309/"))}),
                 {}, {}, now, &error),
        4);
    const HiddenPredicate hidden
        = [](const Post &p, const QString &) { return p.author == QLatin1String("troll"); };
    QHash<QString, NewsItem> byKey;
    for (const NewsItem &n : db.subscriptions().items(s.id, 100, hidden))
        byKey.insert(n.item.key, n);
    QCOMPARE(byKey.size(), 4);
    const NewsItem &n2 = byKey[QStringLiteral("n2")];
    QCOMPARE(n2.discussionPosts, 31);
    QCOMPARE(n2.discussionComments, 30); // as the feed counts them: 31 was shown before
    QCOMPARE(n2.discussionUnread, 20); // 21 unread comments, less the hidden one
    QCOMPARE(n2.discussionNew, 29); // never visited: 30 comments new, less the hidden one
    QVERIFY(n2.discussionWatched);
    const NewsItem &n3 = byKey[QStringLiteral("n3")];
    QCOMPARE(n3.discussionPosts, 4);
    QCOMPARE(n3.discussionComments, 2);
    QCOMPARE(n3.discussionUnread, 2); // the article and the link back, unread, are no comments
    QVERIFY(!n3.discussionWatched);
    const NewsItem &blog = byKey[QStringLiteral("blog")];
    QCOMPARE(blog.discussionPosts, 4);
    QCOMPARE(blog.discussionComments, 3);
    QCOMPARE(blog.discussionUnread, 3);
    const NewsItem &uncached = byKey[QStringLiteral("uncached")];
    QCOMPARE(uncached.discussionPosts, -1);
    QCOMPARE(uncached.discussionComments, -1);
    QVERIFY(!uncached.isDiscussionCached());
    QVERIFY(!uncached.discussionWatched);

    // Unwatched: the listing says so next time.
    QVERIFY(db.setWatched(forum, false, &error));
    for (const NewsItem &n : db.subscriptions().items(s.id, 100, {}))
        QVERIFY(!n.discussionWatched);
}

void TestSubscriptionStore::removeAndRestoreEveryRow()
{
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("r.sqlite")), &error));
    Subscription s = feed(QStringLiteral("https://news.example/feed"));
    s.folder = QStringLiteral("Tech/Hardware");
    QVERIFY(db.subscriptions().add(&s, &error));
    const QDateTime at(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::UTC);
    const QHash<QString, HttpValidators> v {{QStringLiteral("https://news.example/feed"), {"\"x\"", {}}}};
    QCOMPARE(
        db.subscriptions().saveItems(s.id, page({item(QStringLiteral("a"), 1), item(QStringLiteral("b"), 2)}),
            v, QStringLiteral("feed"), at, &error),
        2);
    QVERIFY(db.subscriptions().markRead(s.id, {QStringLiteral("b")}, at, &error));
    const QList<NewsItem> before = db.subscriptions().items(s.id, 100, {});
    const Subscription listed = db.subscriptions().subscriptions()[0];

    SubscriptionSnapshot snapshot;
    QVERIFY2(db.subscriptions().remove(s.id, &snapshot, &error), qPrintable(error));
    QVERIFY(db.subscriptions().subscriptions().isEmpty());
    QCOMPARE(db.subscriptions().items(0, 100, {}).size(), 0);
    QCOMPARE(db.subscriptions().validators(s.id).size(), 0);

    QVERIFY2(db.subscriptions().restore(snapshot, &error), qPrintable(error));
    QCOMPARE(db.subscriptions().subscriptions(), QList<Subscription> {listed});
    QCOMPARE(db.subscriptions().items(s.id, 100, {}), before);
    QCOMPARE(db.subscriptions().validators(s.id), v);
}

void TestSubscriptionStore::storeAnswersOnCallersThread()
{
    CacheStore cache(path(QStringLiteral("s.sqlite")));
    QSignalSpy opened(&cache, &CacheStore::opened);
    QVERIFY(opened.wait());
    SubscriptionStore store(&cache);
    QSignalSpy added(&store, &SubscriptionStore::added);
    QSignalSpy saved(&store, &SubscriptionStore::itemsSaved);
    QSignalSpy loaded(&store, &SubscriptionStore::itemsLoaded);
    QSignalSpy removed(&store, &SubscriptionStore::removed);
    QSignalSpy restored(&store, &SubscriptionStore::restored);
    QSignalSpy listed(&store, &SubscriptionStore::listed);

    store.add(feed(QStringLiteral("https://news.example/feed")), 7);
    QVERIFY(added.wait());
    QCOMPARE(added[0][0].toULongLong(), 7u);
    const auto s = added[0][1].value<Subscription>();
    QVERIFY(added[0][2].toString().isEmpty());
    QVERIFY(s.id > 0);
    store.saveItems(s.id, page({item(QStringLiteral("a"), 1)}), {}, QStringLiteral("feed"));
    QVERIFY(saved.wait());
    QCOMPARE(saved[0][1].toInt(), 1);
    store.loadItems(0, 10, {}, 9);
    QVERIFY(loaded.wait());
    QCOMPARE(loaded[0][0].toULongLong(), 9u);
    QCOMPARE(loaded[0][1].value<QList<NewsItem>>().size(), 1);

    const quint64 key = store.remove(s.id);
    QVERIFY(removed.wait());
    QCOMPARE(removed[0][0].toULongLong(), key);
    QCOMPARE(removed[0][1].value<Subscription>().url, s.url);
    store.restore(key);
    QVERIFY(restored.wait());
    QVERIFY(restored[0][2].toString().isEmpty());
    store.restore(key); // kept once only
    QVERIFY(restored.wait());
    QVERIFY(!restored[1][2].toString().isEmpty());
    store.list();
    QVERIFY(listed.wait());
    QCOMPARE(listed[0][0].value<QList<Subscription>>().size(), 1);
    QCOMPARE(listed[0][0].value<QList<Subscription>>()[0].items, 1);
}

void TestSubscriptionStore::tenThousandItemsInOneTransaction()
{
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("big.sqlite")), &error));
    Subscription s = feed(QStringLiteral("https://news.example/big"));
    QVERIFY(db.subscriptions().add(&s, &error));
    QList<FeedItem> items;
    for (int i = 0; i < 10000; ++i)
        items.append(item(QString::number(i), 1 + i % 28));
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QCOMPARE(db.subscriptions().saveItems(s.id, page(items), {}, {}, at, &error), 10000);
    QCOMPARE(db.subscriptions().saveItems(s.id, page(items), {}, {}, at.addSecs(1), &error), 0);
    QCOMPARE(db.subscriptions().subscriptions()[0].items, 10000);
}

QTEST_GUILESS_MAIN(TestSubscriptionStore)
#include "tst_subscriptionstore.moc"
