// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Subscribing over loopback HTTP with a real cache file: an address is read before it is
// subscribed, a refresh asks "has it changed?" and a 304 costs nothing, new items are
// counted, removal is undone with the read state, OPML comes and goes.
#include "services/listingloader.h"
#include "services/subscriptionbook.h"
#include "servers/fixtureserver.h"
#include "store/cachestore.h"
#include "store/subscriptionstore.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {
QByteArray rss(const QString &title, int items, int first = 1)
{
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>"
        + title.toUtf8() + "</title><link>http://127.0.0.1/</link>\n";
    for (int i = first; i < first + items; ++i) {
        out += "<item><title>Story " + QByteArray::number(i) + "</title><guid>story-" + QByteArray::number(i)
            + "</guid><link>https://news.ycombinator.com/item?id=" + QByteArray::number(1000 + i)
            + "</link><pubDate>Mon, 0" + QByteArray::number(1 + i % 8)
            + " Dec 2026 10:00:00 GMT</pubDate><slash:comments xmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\">"
            + QByteArray::number(i * 3) + "</slash:comments></item>\n";
    }
    return out + "</channel></rss>\n";
}

FixtureServer::Route feed(const QByteArray &body)
{
    FixtureServer::Route route;
    route.body = body;
    route.contentType = "application/rss+xml; charset=utf-8";
    return route;
}
} // namespace

class TestSubscriptionBook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void subscribeRefreshAndCount();
    void addressesThatAreNoListing_data();
    void addressesThatAreNoListing();
    void removeIsUndone();
    void opmlInAndOut();
    void scheduleRefreshesWhatIsDue();

private:
    Subscription subscribe(const QString &path);

    QTemporaryDir m_dir;
    FixtureServer m_server;
    QNetworkAccessManager *m_network = nullptr;
    CacheStore *m_cache = nullptr;
    SubscriptionStore *m_store = nullptr;
    ListingLoader *m_loader = nullptr;
    SubscriptionBook *m_book = nullptr;
    int m_run = 0;
};

void TestSubscriptionBook::init()
{
    QVERIFY(m_server.start());
    m_server.clearRoutes();
    m_server.resetCounters();
    m_server.setValidators(true);
    m_network = new QNetworkAccessManager(this);
    m_cache = new CacheStore(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_run)), this);
    QSignalSpy opened(m_cache, &CacheStore::opened);
    QVERIFY(opened.wait());
    m_store = new SubscriptionStore(m_cache, this);
    m_loader = new ListingLoader(m_network, this);
    m_book = new SubscriptionBook(m_store, m_loader, this);
    QSignalSpy listed(m_book, &SubscriptionBook::listed);
    QVERIFY(listed.wait());
}

void TestSubscriptionBook::cleanup()
{
    delete m_book;
    delete m_loader;
    delete m_store;
    delete m_cache;
    delete m_network;
}

Subscription TestSubscriptionBook::subscribe(const QString &path)
{
    QSignalSpy added(m_book, &SubscriptionBook::added);
    QSignalSpy failed(m_book, &SubscriptionBook::addFailed);
    m_book->add(m_server.url(path));
    if (!added.wait() || added.isEmpty()) {
        qWarning("%s", failed.isEmpty() ? "no answer" : qPrintable(failed[0][1].toString()));
        return {};
    }
    return added[0][0].value<Subscription>();
}

void TestSubscriptionBook::subscribeRefreshAndCount()
{
    m_server.setRoute(QStringLiteral("/feed.xml"), feed(rss(QStringLiteral("Zoë’s news"), 3)));
    const Subscription s = subscribe(QStringLiteral("/feed.xml"));
    QVERIFY(s.id > 0);
    QCOMPARE(s.title, QStringLiteral("Zoë’s news"));
    QCOMPARE(s.source, QStringLiteral("feed"));
    QCOMPARE(m_server.requestCount(QStringLiteral("/feed.xml")), 1); // read once, and that is kept

    QSignalSpy items(m_book, &SubscriptionBook::itemsLoaded);
    m_book->loadItems();
    QVERIFY(items.wait());
    const auto list = items[0][1].value<QList<NewsItem>>();
    QCOMPARE(list.size(), 3);
    for (const NewsItem &n : list) {
        QVERIFY(!n.isRead());
        // An HN item is a discussion one of our engines opens: its cache key is known at once.
        QVERIFY2(n.item.thread.contains(QStringLiteral("news.ycombinator.com/item?id=")), qPrintable(n.item.thread));
        QVERIFY(n.item.comments.has_value());
    }

    // Nothing changed: one conditional request, answered 304, nothing new.
    QSignalSpy refreshed(m_book, &SubscriptionBook::refreshed);
    m_book->refresh(s.id);
    QVERIFY(refreshed.wait());
    QCOMPARE(refreshed[0][1].toInt(), 0);
    QCOMPARE(refreshed[0][2].toString(), QString());
    QCOMPARE(m_server.notModified(), QStringList {QStringLiteral("/feed.xml")});

    // Two stories more: counted once, then not again.
    m_server.setRoute(QStringLiteral("/feed.xml"), feed(rss(QStringLiteral("Zoë’s news"), 5)));
    m_book->refresh(s.id);
    QVERIFY(refreshed.wait());
    QCOMPARE(refreshed[1][1].toInt(), 2);
    QTRY_COMPARE(m_book->subscription(s.id)->items, 5);
    QCOMPARE(m_book->subscription(s.id)->unread, 5);

    // Read one: the count follows.
    m_book->markItemsRead({{s.id, QStringLiteral("story-1")}}, true);
    QTRY_COMPARE(m_book->subscription(s.id)->unread, 4);

    // The server fails: the items stay, the reason is kept.
    m_server.setRoute(QStringLiteral("/feed.xml"), FixtureServer::Route {.status = 500, .body = "down"});
    m_book->refresh(s.id);
    QVERIFY(refreshed.wait());
    QVERIFY(!refreshed[2][2].toString().isEmpty());
    QTRY_VERIFY(!m_book->subscription(s.id)->lastError.isEmpty());
    QCOMPARE(m_book->subscription(s.id)->items, 5);
}

void TestSubscriptionBook::addressesThatAreNoListing_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("offered");
    QTest::addColumn<QString>("says");
    QTest::newRow("page offering two feeds") << QStringLiteral("/blog/") << 2 << QStringLiteral("offers 2 feed");
    QTest::newRow("plain page") << QStringLiteral("/plain") << 0 << QStringLiteral("offers no feeds");
    QTest::newRow("missing") << QStringLiteral("/missing") << 0 << QStringLiteral("404");
    QTest::newRow("already subscribed") << QStringLiteral("/feed.xml") << 0 << QStringLiteral("Already subscribed");
}

void TestSubscriptionBook::addressesThatAreNoListing()
{
    QFETCH(QString, path);
    QFETCH(int, offered);
    QFETCH(QString, says);
    m_server.setRoute(QStringLiteral("/feed.xml"), feed(rss(QStringLiteral("News"), 1)));
    m_server.setPage(QStringLiteral("/blog/"),
        "<!DOCTYPE html><html><head><title>Blog</title>"
        "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Posts\" href=\"/feed.xml\">"
        "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Comments\" href=\"comments.atom\">"
        "</head><body><p>Words.</p></body></html>");
    m_server.setPage(QStringLiteral("/plain"), "<!DOCTYPE html><html><body><p>Nothing to follow.</p></body></html>");
    m_server.setRoute(QStringLiteral("/missing"), FixtureServer::Route {.status = 404, .body = "gone"});
    if (says == QLatin1String("Already subscribed"))
        QVERIFY(subscribe(QStringLiteral("/feed.xml")).id > 0);

    QSignalSpy failed(m_book, &SubscriptionBook::addFailed);
    QSignalSpy added(m_book, &SubscriptionBook::added);
    m_book->add(m_server.url(path));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed[0][1].toString().contains(says), qPrintable(failed[0][1].toString()));
    QCOMPARE(failed[0][2].value<QList<FeedLink>>().size(), offered);
    QCOMPARE(added.size(), 0);
}

void TestSubscriptionBook::removeIsUndone()
{
    m_server.setRoute(QStringLiteral("/feed.xml"), feed(rss(QStringLiteral("News"), 4)));
    const Subscription s = subscribe(QStringLiteral("/feed.xml"));
    QVERIFY(s.id > 0);
    QSignalSpy listed(m_book, &SubscriptionBook::listed);
    m_book->markItemsRead({{s.id, QStringLiteral("story-2")}}, true);
    QTRY_COMPARE(m_book->subscription(s.id)->unread, 3);
    const Subscription before = *m_book->subscription(s.id);

    QSignalSpy removed(m_book, &SubscriptionBook::removed);
    m_book->remove(s.id);
    QVERIFY(removed.wait());
    QVERIFY(!m_book->subscription(s.id));
    QSignalSpy restored(m_book, &SubscriptionBook::restored);
    m_book->restore(removed[0][0].toULongLong());
    QVERIFY(restored.wait());
    QTRY_VERIFY(m_book->subscription(s.id).has_value());
    QCOMPARE(*m_book->subscription(s.id), before); // items, read state, title: as they were
}

void TestSubscriptionBook::opmlInAndOut()
{
    m_server.setRoute(QStringLiteral("/a.xml"), feed(rss(QStringLiteral("A"), 2)));
    m_server.setRoute(QStringLiteral("/b.xml"), feed(rss(QStringLiteral("B"), 3)));
    QVERIFY(subscribe(QStringLiteral("/a.xml")).id > 0);
    const QByteArray opml = "<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"Tech\">"
                            "<outline text=\"A\" type=\"rss\" xmlUrl=\""
        + m_server.url(QStringLiteral("/a.xml")).toEncoded() + "\"/><outline text=\"B\" type=\"rss\" xmlUrl=\""
        + m_server.url(QStringLiteral("/b.xml")).toEncoded() + "\"/><outline text=\"Dead\" type=\"rss\" xmlUrl=\""
        + m_server.url(QStringLiteral("/dead.xml")).toEncoded() + "\"/></outline></body></opml>";
    m_server.setRoute(QStringLiteral("/dead.xml"), FixtureServer::Route {.status = 404, .body = "gone"});
    QSignalSpy imported(m_book, &SubscriptionBook::imported);
    m_book->importOpml(opml);
    QVERIFY(imported.wait());
    QCOMPARE(imported[0][0].toInt(), 1); // B
    QCOMPARE(imported[0][1].toInt(), 1); // A was there
    QCOMPARE(imported[0][2].toStringList().size(), 1); // the dead one, with why
    QVERIFY(imported[0][2].toStringList()[0].contains(QStringLiteral("404")));
    QSignalSpy listed(m_book, &SubscriptionBook::listed);
    QTRY_COMPARE(m_book->subscriptions().size(), 2);
    const auto b = m_book->subscriptionFor(m_server.url(QStringLiteral("/b.xml")));
    QVERIFY(b);
    QCOMPARE(b->folder, QStringLiteral("Tech"));
    const QByteArray out = m_book->exportOpml();
    QVERIFY(out.contains(m_server.url(QStringLiteral("/b.xml")).toEncoded()));
    QVERIFY(out.contains("text=\"Tech\""));
}

void TestSubscriptionBook::scheduleRefreshesWhatIsDue()
{
    m_server.setRoute(QStringLiteral("/feed.xml"), feed(rss(QStringLiteral("News"), 1)));
    const Subscription s = subscribe(QStringLiteral("/feed.xml"));
    QVERIFY(s.id > 0);
    // Just read: not due for an hour, so starting the schedule asks nothing.
    QSignalSpy round(m_book, &SubscriptionBook::refreshRoundFinished);
    m_server.resetCounters();
    m_book->startSchedule();
    QTest::qWait(200);
    QCOMPARE(m_server.requests().size(), 0);
    m_book->stopSchedule();
    // refreshAll asks everything at once and ends in one round.
    m_server.setRoute(QStringLiteral("/feed.xml"), feed(rss(QStringLiteral("News"), 2)));
    m_book->refreshAll();
    QVERIFY(round.wait());
    QCOMPARE(round[0][0].toInt(), 1);
    QCOMPARE(round[0][1].toStringList(), QStringList {QStringLiteral("News")});
}

QTEST_GUILESS_MAIN(TestSubscriptionBook)
#include "tst_subscriptionbook.moc"
