// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ListingLoader over real HTTP to the loopback fixture server: a feed, then the same
// asked "has it changed?" and answered 304; a page offering feeds; errors that say what
// went wrong; 200 loads at once. The checks include what the server saw.
#include "servers/feedgenerator.h"
#include "servers/fixtureserver.h"
#include "testutil.h"

#include "net/networkfactory.h"
#include "net/pagefetcher.h"
#include "services/listingloader.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

FixtureServer::Route feedRoute(
    const QByteArray &body, const QByteArray &type = "application/rss+xml; charset=utf-8")
{
    FixtureServer::Route route;
    route.body = body;
    route.contentType = type;
    return route;
}

QByteArray rss2WithRelativeLink()
{
    return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Moved</title>\n"
           "<item><title>One</title><link>post-1</link></item>\n</channel></rss>\n";
}

const QByteArray OfferingPage
    = "<!DOCTYPE html><html><head><title>A site</title>\n"
      "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Posts\" href=\"feed.rss\">\n"
      "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Comments\" "
      "href=\"/site/comments.atom\">\n"
      "</head><body><h1>A site</h1><p>Its news.</p></body></html>\n";

} // namespace

class TestListingLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void feedThenNotModified();
    void knownSourceAsksAtOnce();
    void redirectedFeed();
    void offeredFeeds();
    void followOffered();
    void errors_data();
    void errors();
    void cancel();
    void manyAtOnce();

private:
    ListingResult loadAndWait(const QUrl &url, const ListingLoader::Options &options = {});

    FixtureServer m_server;
    QNetworkAccessManager *m_network = nullptr;
    ListingLoader *m_loader = nullptr;
};

void TestListingLoader::initTestCase()
{
    QVERIFY(m_server.start());
    m_network = createNetworkManager(this);
    m_loader = new ListingLoader(m_network, this);
    m_loader->fetcher()->setRetryDelay(10);
}

void TestListingLoader::init()
{
    m_server.clearRoutes();
    m_server.resetCounters();
    m_server.setValidators(false);
}

ListingResult TestListingLoader::loadAndWait(const QUrl &url, const ListingLoader::Options &options)
{
    QSignalSpy finished(m_loader, &ListingLoader::finished);
    const quint64 ticket = m_loader->load(url, options);
    if (!finished.wait(20000))
        return ListingResult {url, {}, {}, {}, {}, {}, false, {}, QStringLiteral("(the test timed out)")};
    if (finished.size() != 1 || finished.constFirst().at(0).value<quint64>() != ticket)
        return ListingResult {
            url, {}, {}, {}, {}, {}, false, {}, QStringLiteral("(finished the wrong load)")};
    return finished.constFirst().at(1).value<ListingResult>();
}

void TestListingLoader::feedThenNotModified()
{
    m_server.setValidators(true);
    m_server.setRoute(QStringLiteral("/feed.xml"), feedRoute(generatedRss(50)));
    const QUrl url = m_server.url(QStringLiteral("/feed.xml"));
    const ListingResult first = loadAndWait(url);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.asked, url);
    QCOMPARE(first.canonical, url);
    QCOMPARE(first.source, QStringLiteral("feed"));
    QCOMPARE(first.page.title, QStringLiteral("Generated news"));
    QCOMPARE(first.page.items.size(), 50);
    QCOMPARE(first.page.items.constFirst().key, QStringLiteral("https://news.example.org/?p=50"));
    QVERIFY(!first.notModified);
    QVERIFY(first.failedPages.isEmpty());
    QVERIFY(first.offered.isEmpty());
    // Asked once: the answer that told it is a feed is the feed, read and not fetched again.
    QCOMPARE(m_server.requestCount(QStringLiteral("/feed.xml")), 1);
    const HttpValidators validators = first.validators.value(url.toString());
    QCOMPARE(validators.etag, FixtureServer::etagOf(generatedRss(50)));
    QVERIFY(m_server.conditionalRequests().isEmpty());

    ListingLoader::Options again;
    again.conditional = first.validators;
    const ListingResult second = loadAndWait(url, again);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QVERIFY(second.notModified);
    QVERIFY(second.page.items.isEmpty());
    QCOMPARE(second.validators.value(url.toString()), validators);
    QCOMPARE(m_server.conditionalRequests(), QStringList {QStringLiteral("/feed.xml")});
    QCOMPARE(m_server.notModified(), QStringList {QStringLiteral("/feed.xml")});

    // Changed since: read again, and the new validators kept.
    m_server.setRoute(QStringLiteral("/feed.xml"), feedRoute(generatedRss(51)));
    const ListingResult third = loadAndWait(url, again);
    QVERIFY2(third.ok(), qPrintable(third.error));
    QVERIFY(!third.notModified);
    QCOMPARE(third.page.items.size(), 51);
    QCOMPARE(third.validators.value(url.toString()).etag, FixtureServer::etagOf(generatedRss(51)));
    QCOMPARE(m_server.conditionalRequests().size(), 2);
    QCOMPARE(m_server.notModified().size(), 1);
}

void TestListingLoader::knownSourceAsksAtOnce()
{
    // A subscription knows its source: asked straight as a feed, conditionally.
    m_server.setValidators(true);
    m_server.setRoute(QStringLiteral("/known.atom"),
        feedRoute(readFile(sharedPath(QStringLiteral("real-pages/rss/typepad-atom-thr-replies.atom"))),
            "application/atom+xml"));
    const QUrl url = m_server.url(QStringLiteral("/known.atom"));
    ListingLoader::Options options;
    options.source = QStringLiteral("feed");
    const ListingResult first = loadAndWait(url, options);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.source, QStringLiteral("feed"));
    QCOMPARE(first.page.items.size(), 43);
    options.conditional = first.validators;
    const ListingResult second = loadAndWait(url, options);
    QVERIFY(second.notModified);
    QCOMPARE(second.source, QStringLiteral("feed"));
    QCOMPARE(m_server.requestCount(QStringLiteral("/known.atom")), 2);
    QCOMPARE(m_server.notModified(), QStringList {QStringLiteral("/known.atom")});
}

void TestListingLoader::redirectedFeed()
{
    FixtureServer::Route moved;
    moved.status = 301;
    moved.location = m_server.url(QStringLiteral("/new/feed.xml")).toEncoded();
    m_server.setRoute(QStringLiteral("/old/feed.xml"), moved);
    m_server.setRoute(QStringLiteral("/new/feed.xml"),
        feedRoute(rss2WithRelativeLink(), "text/xml")); // served as text/xml: known by its root
    const ListingResult r = loadAndWait(m_server.url(QStringLiteral("/old/feed.xml")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.canonical, m_server.url(QStringLiteral("/new/feed.xml")));
    QCOMPARE(r.page.items.size(), 1);
    // Relative to where the feed came from, not where it was asked.
    QCOMPARE(r.page.items[0].link, m_server.url(QStringLiteral("/new/post-1")));
    QCOMPARE(m_server.requestCount(QStringLiteral("/new/feed.xml")), 1);
}

void TestListingLoader::offeredFeeds()
{
    m_server.setPage(QStringLiteral("/site/"), OfferingPage);
    m_server.setRoute(QStringLiteral("/site/feed.rss"), feedRoute(generatedRss(3)));
    const ListingResult r = loadAndWait(m_server.url(QStringLiteral("/site/")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.source.isEmpty());
    QVERIFY(r.page.items.isEmpty());
    QCOMPARE(r.offered.size(), 2);
    QCOMPARE(r.offered[0].url, m_server.url(QStringLiteral("/site/feed.rss")));
    QCOMPARE(r.offered[0].title, QStringLiteral("Posts"));
    QCOMPARE(r.offered[0].type, QStringLiteral("application/rss+xml"));
    QCOMPARE(r.offered[1].url, m_server.url(QStringLiteral("/site/comments.atom")));
    QCOMPARE(r.offered[1].type, QStringLiteral("application/atom+xml"));
    // Nothing fetched that was not asked for.
    QCOMPARE(m_server.requests(), QStringList {QStringLiteral("/site/")});
}

void TestListingLoader::followOffered()
{
    m_server.setPage(QStringLiteral("/site/"), OfferingPage);
    m_server.setRoute(QStringLiteral("/site/feed.rss"), feedRoute(generatedRss(3)));
    ListingLoader::Options options;
    options.followOffered = true;
    const ListingResult r = loadAndWait(m_server.url(QStringLiteral("/site/")), options);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.source, QStringLiteral("feed"));
    QCOMPARE(r.canonical, m_server.url(QStringLiteral("/site/feed.rss")));
    QCOMPARE(r.offered.size(), 2);
    QCOMPARE(r.page.items.size(), 3);
    QCOMPARE(m_server.requests(), (QStringList {QStringLiteral("/site/"), QStringLiteral("/site/feed.rss")}));
}

void TestListingLoader::errors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("follow");
    QTest::addColumn<QStringList>("says");
    QTest::newRow("404") << "/gone.xml" << false
                         << QStringList {QStringLiteral("/gone.xml"), QStringLiteral("404")};
    QTest::newRow("page without feeds")
        << "/plain.html" << false
        << QStringList {QStringLiteral("/plain.html"), QStringLiteral("offers no feeds")};
    QTest::newRow("feed that does not parse")
        << "/broken.xml" << false << QStringList {QStringLiteral("/broken.xml"), QStringLiteral("line 4,")};
    QTest::newRow("offered feed is gone")
        << "/offers-gone/" << true
        << QStringList {QStringLiteral("/offers-gone/missing.rss"), QStringLiteral("404")};
    QTest::newRow("offered feed is a page")
        << "/offers-page/" << true
        << QStringList {
               QStringLiteral("/offers-page/"), QStringLiteral("/plain.html"), QStringLiteral("not a feed")};
    QTest::newRow("not a web address") << "ftp" << false << QStringList {QStringLiteral("not a web address")};
}

void TestListingLoader::errors()
{
    QFETCH(QString, path);
    QFETCH(bool, follow);
    QFETCH(QStringList, says);
    FixtureServer::Route missing;
    missing.status = 404;
    missing.body = "<html><body>Not found</body></html>";
    m_server.setRoute(QStringLiteral("/gone.xml"), missing);
    m_server.setRoute(QStringLiteral("/offers-gone/missing.rss"), missing);
    m_server.setPage(QStringLiteral("/plain.html"),
        "<!DOCTYPE html><html><head><title>x</title></head><body>"
        "<p>No feeds here.</p></body></html>");
    m_server.setRoute(QStringLiteral("/broken.xml"),
        feedRoute("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>x</title>\n"
                  "<item><title>a</title></item>\n<item><title>b</title></itm>\n</channel></rss>\n"));
    m_server.setPage(QStringLiteral("/offers-gone/"),
        "<html><head><link rel=alternate type=application/rss+xml href=missing.rss></head></html>");
    m_server.setPage(QStringLiteral("/offers-page/"),
        "<html><head><link rel=alternate type=application/rss+xml href=/plain.html></head></html>");
    ListingLoader::Options options;
    options.followOffered = follow;
    const QUrl url
        = path == QLatin1String("ftp") ? QUrl(QStringLiteral("ftp://example.org/feed")) : m_server.url(path);
    const ListingResult r = loadAndWait(url, options);
    QVERIFY(!r.ok());
    QVERIFY(r.page.items.isEmpty());
    for (const QString &word : says)
        QVERIFY2(r.error.contains(word), qPrintable(QStringLiteral("'%1' lacks '%2'").arg(r.error, word)));
}

void TestListingLoader::cancel()
{
    FixtureServer::Route slow = feedRoute(generatedRss(2));
    slow.delayMs = 300;
    m_server.setRoute(QStringLiteral("/slow.xml"), slow);
    m_server.setRoute(QStringLiteral("/fast.xml"), feedRoute(generatedRss(1)));
    QSignalSpy finished(m_loader, &ListingLoader::finished);
    const quint64 cancelled = m_loader->load(m_server.url(QStringLiteral("/slow.xml")), {});
    const quint64 kept = m_loader->load(m_server.url(QStringLiteral("/fast.xml")), {});
    QVERIFY(cancelled != kept);
    m_loader->cancel(cancelled);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished[0].at(0).value<quint64>(), kept);
    // The slow answer arrives and is dropped: still only the one.
    QTRY_COMPARE(m_server.requestCount(QStringLiteral("/slow.xml")), 1);
    QTRY_COMPARE(m_loader->fetcher()->pendingCount(), 0);
    QTest::qWait(0);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_loader->activeLoads(), 0);
}

void TestListingLoader::manyAtOnce()
{
    // The subscriptions refresh 200 at once: half new, half answered 304.
    m_server.setValidators(true);
    constexpr int Count = 200;
    QHash<QString, HttpValidators> validators;
    for (int i = 0; i < Count; ++i) {
        const QString path = QStringLiteral("/many/%1.xml").arg(i);
        const QByteArray body = generatedRss(5, "https://site" + QByteArray::number(i) + ".example");
        m_server.setRoute(path, feedRoute(body));
        if (i % 2)
            validators.insert(
                m_server.url(path).toString(), HttpValidators {FixtureServer::etagOf(body), {}});
    }
    QSignalSpy finished(m_loader, &ListingLoader::finished);
    QHash<quint64, int> tickets;
    ListingLoader::Options options;
    options.conditional = validators;
    for (int i = 0; i < Count; ++i)
        tickets.insert(m_loader->load(m_server.url(QStringLiteral("/many/%1.xml").arg(i)), options), i);
    QCOMPARE(tickets.size(), Count);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), Count, 60000);
    QSet<quint64> seen;
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const quint64 ticket = args.at(0).value<quint64>();
        QVERIFY(tickets.contains(ticket));
        QVERIFY(!seen.contains(ticket));
        seen.insert(ticket);
        const int i = tickets.value(ticket);
        const ListingResult r = args.at(1).value<ListingResult>();
        QVERIFY2(r.ok(), qPrintable(r.error));
        if (i % 2) {
            QVERIFY(r.notModified);
            QVERIFY(r.page.items.isEmpty());
        } else {
            QVERIFY(!r.notModified);
            QCOMPARE(r.page.items.size(), 5);
            QCOMPARE(r.page.items[0].link.host(), QStringLiteral("site%1.example").arg(i));
        }
    }
    QCOMPARE(m_server.requests().size(), Count);
    QCOMPARE(m_server.notModified().size(), Count / 2);
    // The per-host limit held under the load.
    QVERIFY(m_server.maxConcurrent() <= m_loader->fetcher()->maxPerHost());
    QCOMPARE(m_loader->activeLoads(), 0);
}

QTEST_GUILESS_MAIN(TestListingLoader)
#include "tst_listingloader.moc"
