// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// FeedSource on real feeds read in place (expected values read off the files by hand) and
// on feeds written here: every comment-link form, relative links and xml:base, odd dates,
// entities and CDATA, RSS 0.91 and 1.0, a 10,000-item feed, HTML, a feed cut short.
#include "servers/feedgenerator.h"
#include "testutil.h"

#include "feeds/feeddiscovery.h"
#include "feeds/feedsource.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

const QUrl FeedUrl(QStringLiteral("https://example.org/blog/feed.xml"));

ListingAnswer read(const QByteArray &body, const QUrl &url = FeedUrl)
{
    const FeedSource source;
    return source.readAnswer(source.firstRequests(url, 1).constFirst(), body, url, 1);
}

QByteArray rss(const QByteArray &items, const QByteArray &channelAttributes = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<rss version=\"2.0\" xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\"\n"
           " xmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
           " xmlns:atom=\"http://www.w3.org/2005/Atom\" "
           "xmlns:thr=\"http://purl.org/syndication/thread/1.0\"\n"
           " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel"
        + channelAttributes + ">\n<title>Written here</title>\n<link>https://example.org/blog/</link>\n"
        + items + "</channel>\n</rss>\n";
}

QByteArray atom(const QByteArray &entries, const QByteArray &feedAttributes = {})
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:thr=\"http://purl.org/syndication/thread/1.0\""
        + feedAttributes
        + ">\n<title>Written here</title>\n<id>urn:feed</id>\n<updated>2026-01-01T00:00:00Z</updated>\n"
        + entries + "</feed>\n";
}

} // namespace

class TestFeedSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void registered();
    void wordpressRss();
    void typepadAtom();
    void phpbbAtom();
    void biorxivRdf();
    void scriptingNewsUntitled();
    void discourseJsonIsNoFeed();
    void commentForms_data();
    void commentForms();
    void relativeLinks_data();
    void relativeLinks();
    void dates_data();
    void dates();
    void datesInFeeds();
    void entitiesAndCdata();
    void rss091();
    void rss10Rdf();
    void tenThousandItems();
    void itemCap();
    void boundedFields();
    void htmlIsNoFeed_data();
    void htmlIsNoFeed();
    void truncated();
    void truncatedReal();
    void deepNesting();
    void discovery();
};

void TestFeedSource::registered()
{
    // Last in the registry: sections go by their addresses first.
    QVERIFY(!listingSources().isEmpty());
    QCOMPARE(listingSources().constLast()->name(), QStringLiteral("feed"));
    QCOMPARE(listingSourceByName(QStringLiteral("feed")), listingSources().constLast());
    const QByteArray feed
        = readFile(sharedPath(QStringLiteral("real-pages/rss/natasha-wordpress-wfw-slash.rss.xml")));
    QCOMPARE(listingSourceForAnswer(feed, "text/xml", FeedUrl), listingSources().constLast());
    QUrl canonical;
    QVERIFY(!listingSourceForUrl(FeedUrl, &canonical)); // a feed is known by what it holds
}

void TestFeedSource::wordpressRss()
{
    const QByteArray body
        = readFile(sharedPath(QStringLiteral("real-pages/rss/natasha-wordpress-wfw-slash.rss.xml")));
    QVERIFY(!body.isEmpty());
    const FeedSource source;
    QVERIFY(source.recognize(body, "application/rss+xml", FeedUrl));
    const ListingAnswer answer = read(body, QUrl(QStringLiteral("https://www.natashatherobot.com/feed/")));
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QVERIFY(answer.next.isEmpty());
    QCOMPARE(answer.page.kind, ListingKind::Feed);
    QCOMPARE(answer.page.title, QStringLiteral("Natasha The Robot"));
    QCOMPARE(answer.page.link, QUrl(QStringLiteral("https://www.natashatherobot.com")));
    QCOMPARE(answer.page.items.size(), 10);

    const FeedItem &first = answer.page.items.constFirst();
    QCOMPARE(first.key, QStringLiteral("https://www.natashatherobot.com/?p=6602"));
    QCOMPARE(first.title, QStringLiteral("The Easiest Way to Get a URL for your Apple Wallet Passkit Pass"));
    QCOMPARE(
        first.link, QUrl(QStringLiteral("https://www.natashatherobot.com/url-apple-wallet-passkit-pass/")));
    QCOMPARE(first.date, utc(QStringLiteral("2017-07-07T11:06:10Z")));
    QCOMPARE(first.author, QStringLiteral("Natasha Murashev"));
    QCOMPARE(first.comments, std::optional<int>(6));
    QCOMPARE(first.commentFeed,
        QUrl(QStringLiteral("https://www.natashatherobot.com/url-apple-wallet-passkit-pass/feed/")));
    QCOMPARE(first.discussion,
        QUrl(QStringLiteral("https://www.natashatherobot.com/url-apple-wallet-passkit-pass/#comments")));
    QVERIFY2(first.summary.startsWith(
                 QStringLiteral("For try! Swift NYC, we are playing with the idea of adding QR codes")),
        qPrintable(first.summary));
    QVERIFY(first.summary.size() <= FeedSource::MaxSummary);
    QVERIFY(first.contentHtml.contains(
        QStringLiteral("<a href=\"https://www.tryswift.co/events/2017/nyc/\">try! Swift NYC</a>")));

    // &#8217; in the title.
    QCOMPARE(answer.page.items[2].title,
        QStringLiteral("Swift: Why You Shouldn\u2019t Use Default Implementations in Protocols"));
    QCOMPARE(answer.page.items[2].comments.has_value(), true);
    const FeedItem &last = answer.page.items.constLast();
    QCOMPARE(last.title, QStringLiteral("Swift: What are Protocols with Associated Types?"));
    QCOMPARE(last.key, QStringLiteral("https://www.natashatherobot.com/?p=6473"));
    QCOMPARE(last.date, utc(QStringLiteral("2016-07-28T15:17:27Z")));
    QCOMPARE(last.comments, std::optional<int>(5));
    QSet<QString> keys;
    for (const FeedItem &item : answer.page.items)
        keys.insert(item.key);
    QCOMPARE(keys.size(), 10);
}

void TestFeedSource::typepadAtom()
{
    const QByteArray body
        = readFile(sharedPath(QStringLiteral("real-pages/rss/typepad-atom-thr-replies.atom")));
    const QUrl url(QStringLiteral("http://expertopinionent.typepad.com/my-blog/atom.xml"));
    QVERIFY(FeedSource().recognize(body, "application/atom+xml", url));
    const ListingAnswer answer = read(body, url);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.page.title, QStringLiteral("ENT expert opinion"));
    QCOMPARE(answer.page.items.size(), 43);

    const FeedItem &first = answer.page.items.constFirst();
    const QUrl firstLink(QStringLiteral("http://expertopinionent.typepad.com/my-blog/2017/04/"
                                        "advances-and-testing-in-vestibular-pathology.html"));
    QCOMPARE(first.title, QStringLiteral("Advances and Testing in Vestibular Pathology"));
    QCOMPARE(first.key, QStringLiteral("tag:typepad.com,2003:post-6a017d3e79c482970c01bb098db7b9970d"));
    QCOMPARE(first.link, firstLink);
    // 12:20:50 at +10:30
    QCOMPARE(first.date, utc(QStringLiteral("2017-04-07T01:50:50Z")));
    QCOMPARE(first.updated, utc(QStringLiteral("2017-04-07T01:50:50Z")));
    QCOMPARE(first.author, QStringLiteral("ENTexpertopinion"));
    // <link rel="replies" type="text/html" … thr:count="0"/>: the count, and the page as discussion.
    QCOMPARE(first.comments, std::optional<int>(0));
    QCOMPARE(first.discussion, firstLink);
    QVERIFY(first.commentFeed.isEmpty());
    QVERIFY2(first.summary.startsWith(QStringLiteral(
                 "Dr Nicholas Jufas interviews Dr Dave Pothier, a Staff Otologist & Neurotologist")),
        qPrintable(first.summary));
    QVERIFY(first.contentHtml.contains(QStringLiteral("Politzer Society Prize")));

    // 40 entries say thr:count="0", three say "1".
    int total = 0;
    for (const FeedItem &item : answer.page.items) {
        QVERIFY(item.comments.has_value());
        total += *item.comments;
    }
    QCOMPARE(total, 3);
    const auto hearing
        = std::find_if(answer.page.items.cbegin(), answer.page.items.cend(), [](const FeedItem &i) {
              return i.link.path().endsWith(QLatin1String("/2015/09/sudden-sensorineural-hearing-loss.html"));
          });
    QVERIFY(hearing != answer.page.items.cend());
    QCOMPARE(hearing->comments, std::optional<int>(1));

    const FeedItem &last = answer.page.items.constLast();
    QCOMPARE(last.title, QStringLiteral("Welcome to ENT Expert Opinion audio podcast"));
    QCOMPARE(last.key, QStringLiteral("tag:typepad.com,2003:post-6a017d3e79c482970c017ee5ee7964970d"));
    QCOMPARE(last.date, utc(QStringLiteral("2012-12-05T08:51:24Z"))); // 19:51:24+11:00
}

void TestFeedSource::phpbbAtom()
{
    const QByteArray body
        = readFile(sharedPath(QStringLiteral("real-pages/phpbb/marioruns-smg2-t204-feed.atom")));
    const QUrl url(QStringLiteral("http://marioruns.com/forum/feed.php?f=10&t=204"));
    const ListingAnswer answer = read(body, url);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.page.title, QStringLiteral("MarioRuns Forums"));
    QCOMPARE(answer.page.link, QUrl(QStringLiteral("http://marioruns.com/forum/index.php")));
    QCOMPARE(answer.page.items.size(), 11);
    const FeedItem &first = answer.page.items.constFirst();
    const QUrl link(QStringLiteral("http://marioruns.com/forum/viewtopic.php?t=204&p=2872#p2872"));
    QCOMPARE(first.key, link.toString());
    QCOMPARE(first.link, link);
    QCOMPARE(first.title, QStringLiteral("Re: Super Mario Galaxy 2"));
    QCOMPARE(first.author, QStringLiteral("alleytremblay"));
    QCOMPARE(first.date, utc(QStringLiteral("2015-07-16T06:36:37Z")));
    QVERIFY(!first.comments.has_value());
    // The link is a phpBB topic: the discussion is the thread itself.
    QCOMPARE(first.discussion, link);
    QVERIFY(first.summary.startsWith(QStringLiteral("It is actually sometimes OK for me")));
    QCOMPARE(answer.page.items[1].author, QStringLiteral("HYassin27"));
    QVERIFY(answer.page.items[1].contentHtml.contains(QStringLiteral("<cite>MiracleTea wrote:</cite>")));
    const FeedItem &last = answer.page.items.constLast();
    QCOMPARE(last.key, QStringLiteral("http://marioruns.com/forum/viewtopic.php?t=204&p=848#p848"));
    QCOMPARE(last.date, utc(QStringLiteral("2014-04-17T18:00:48Z")));
}

void TestFeedSource::biorxivRdf()
{
    // RSS 1.0 with no XML declaration; titles and links in CDATA wrapped in white space.
    TK_REAL_PAGE_OR_SKIP(body, QStringLiteral("rss/biorxiv-rss10-rdf.rdf"));
    const QUrl url(QStringLiteral("http://connect.biorxiv.org/biorxiv_xml/plant_biology"));
    QVERIFY(FeedSource().recognize(body, "application/rdf+xml", url));
    const ListingAnswer answer = read(body, url);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.page.title, QStringLiteral("bioRxiv Subject Collection: Plant Biology"));
    QCOMPARE(answer.page.items.size(), 30);
    const FeedItem &first = answer.page.items.constFirst();
    QCOMPARE(first.title,
        QStringLiteral(
            "Wheat inositol pyrophosphate kinase (TaVIH2-3B) interacts with Fasciclin-like arabinogalactan "
            "(FLA6) protein and alters the plant cell-wall composition"));
    QCOMPARE(first.link, QUrl(QStringLiteral("http://biorxiv.org/cgi/content/short/743294v1?rss=1")));
    QVERIFY(first.author.startsWith(QStringLiteral("Kaur, M., Shukla, A.")));
    // A date alone: Syndication reads RSS 1.0 dates, and takes a day as its noon in UTC.
    QCOMPARE(first.date, utc(QStringLiteral("2019-08-27T12:00:00Z")));
    QVERIFY(
        first.summary.startsWith(QStringLiteral("Inositol pyrophosphates (PPx-InsPs) are of key interest")));
    QVERIFY(!first.comments.has_value());
    const FeedItem &last = answer.page.items.constLast();
    QCOMPARE(
        last.title, QStringLiteral("Cell-surface receptors enable perception of extracellular cytokinins"));
    QCOMPARE(last.link, QUrl(QStringLiteral("http://biorxiv.org/cgi/content/short/726125v1?rss=1")));
    QCOMPARE(last.date, utc(QStringLiteral("2019-08-14T12:00:00Z")));
    QSet<QString> keys;
    for (const FeedItem &item : answer.page.items)
        keys.insert(item.key);
    QCOMPARE(keys.size(), 30);
}

void TestFeedSource::scriptingNewsUntitled()
{
    TK_REAL_PAGE_OR_SKIP(body, QStringLiteral("rss/scriptingnews-untitled-items.rss"));
    const ListingAnswer answer = read(body, QUrl(QStringLiteral("http://scripting.com/rss.xml")));
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.page.title, QStringLiteral("Scripting News"));
    QCOMPARE(answer.page.items.size(), 50);
    // Items without a title: their words are the summary.
    const FeedItem &first = answer.page.items.constFirst();
    QVERIFY(first.title.isEmpty());
    QCOMPARE(first.summary, QStringLiteral("Good morning students and teachers! \U0001F34F"));
    QCOMPARE(first.link, QUrl(QStringLiteral("http://scripting.com/2017/06/26.html#a080605")));
    QCOMPARE(first.key, QStringLiteral("http://scripting.com/2017/06/26.html#a080605"));
    QCOMPARE(first.date, utc(QStringLiteral("2017-06-26T12:20:05Z")));
    QCOMPARE(
        answer.page.items[1].summary, QStringLiteral("This is the human side of Health care is socialist."));
    QCOMPARE(answer.page.items[1].date, utc(QStringLiteral("2017-06-26T19:40:58Z")));
    int titled = 0;
    for (const FeedItem &item : answer.page.items)
        titled += item.title.isEmpty() ? 0 : 1;
    QCOMPARE(titled, 11);
    const auto subscribable
        = std::find_if(answer.page.items.cbegin(), answer.page.items.cend(), [](const FeedItem &i) {
              return i.title == QLatin1String("Subscribable feed lists give power to users");
          });
    QVERIFY(subscribable != answer.page.items.cend());
    QCOMPARE(subscribable->link, QUrl(QStringLiteral("http://scripting.com/2017/06/26.html#a080636")));
    QCOMPARE(subscribable->date, utc(QStringLiteral("2017-06-26T12:24:36Z")));
    QCOMPARE(answer.page.items.constLast().date, utc(QStringLiteral("2017-06-21T02:56:47Z")));
}

void TestFeedSource::discourseJsonIsNoFeed()
{
    const QByteArray body
        = readFile(sharedPath(QStringLiteral("real-pages/discourse/discourse_api-latest.json")));
    QVERIFY(!body.isEmpty());
    const QUrl url(QStringLiteral("https://meta.discourse.org/latest.json"));
    QVERIFY(!FeedSource().recognize(body, "application/json", url));
    const ListingAnswer answer = read(body, url);
    QVERIFY(answer.page.items.isEmpty());
    QVERIFY2(answer.error.contains(QLatin1String("line 1")), qPrintable(answer.error));
}

void TestFeedSource::commentForms_data()
{
    QTest::addColumn<QByteArray>("feed");
    QTest::addColumn<std::optional<int>>("comments");
    QTest::addColumn<QString>("commentFeed");
    QTest::addColumn<QString>("discussion");
    const auto item = [](const QByteArray &inside) {
        return rss("<item><title>T</title><link>https://example.org/blog/post/</link><guid>g1</guid>" + inside
            + "</item>\n");
    };
    QTest::newRow("wfw:commentRss") << item(
        "<wfw:commentRss>https://example.org/blog/post/feed/</wfw:commentRss>")
                                    << std::optional<int>() << "https://example.org/blog/post/feed/"
                                    << QString();
    QTest::newRow("rss comments") << item("<comments>https://example.org/blog/post/#comments</comments>")
                                  << std::optional<int>() << QString()
                                  << "https://example.org/blog/post/#comments";
    QTest::newRow("slash:comments") << item("<slash:comments>42</slash:comments>") << std::optional<int>(42)
                                    << QString() << QString();
    QTest::newRow("thr:total in rss")
        << item("<thr:total>7</thr:total>") << std::optional<int>(7) << QString() << QString();
    QTest::newRow("negative count") << item("<slash:comments>-3</slash:comments>") << std::optional<int>()
                                    << QString() << QString();
    QTest::newRow("atom:link replies in rss")
        << item("<atom:link rel=\"replies\" type=\"application/rss+xml\" href=\"/blog/post/comments.rss\" "
                "thr:count=\"3\"/>")
        << std::optional<int>(3) << "https://example.org/blog/post/comments.rss" << QString();
    // Hacker News through hnrss.org: the link is the story, <comments> the HN item.
    QTest::newRow("comments is an HN item")
        << rss("<item><title>Show HN</title><link>https://story.example/</link>"
               "<comments>https://news.ycombinator.com/item?id=4242</comments></item>\n")
        << std::optional<int>() << QString() << "https://news.ycombinator.com/item?id=4242";
    QTest::newRow("link is an HN item")
        << rss("<item><title>Ask HN</title><link>https://news.ycombinator.com/item?id=77</link></item>\n")
        << std::optional<int>() << QString() << "https://news.ycombinator.com/item?id=77";
    // A XenForo thread is the discussion even when <comments> names a page elsewhere.
    QTest::newRow("link is a XenForo thread")
        << rss("<item><title>T</title><link>https://forum.example/threads/a-topic.123/</link>"
               "<comments>https://forum.example/comments-page</comments></item>\n")
        << std::optional<int>() << QString() << "https://forum.example/threads/a-topic.123/";
    QTest::newRow("atom replies feed with thr:count") << atom(
        "<entry><id>e1</id><title>T</title><updated>2026-01-01T00:00:00Z</updated>"
        "<link href=\"https://example.org/e1\"/>"
        "<link rel=\"replies\" type=\"application/atom+xml\" href=\"https://example.org/e1/comments.atom\" "
        "thr:count=\"12\"/></entry>\n") << std::optional<int>(12)
                                                      << "https://example.org/e1/comments.atom" << QString();
    QTest::newRow("atom replies page and feed") << atom(
        "<entry><id>e1</id><title>T</title><updated>2026-01-01T00:00:00Z</updated>"
        "<link rel=\"alternate\" href=\"https://example.org/e1\"/>"
        "<link rel=\"replies\" type=\"text/html\" href=\"https://example.org/e1#comments\" thr:count=\"2\"/>"
        "<link rel=\"replies\" type=\"application/atom+xml\" href=\"https://example.org/e1/feed\"/>"
        "<thr:total>5</thr:total></entry>\n") << std::optional<int>(5)
                                                << "https://example.org/e1/feed"
                                                << "https://example.org/e1#comments";
    QTest::newRow("atom slash:comments")
        << atom("<entry><id>e1</id><title>T</title><updated>2026-01-01T00:00:00Z</updated>"
                "<link href=\"https://example.org/e1\"/>"
                "<s:comments xmlns:s=\"http://purl.org/rss/1.0/modules/slash/\">9</s:comments></entry>\n")
        << std::optional<int>(9) << QString() << QString();
    QTest::newRow("atom wfw:commentRss")
        << atom("<entry><id>e1</id><title>T</title><updated>2026-01-01T00:00:00Z</updated>"
                "<link href=\"https://example.org/e1\"/>"
                "<w:commentRss xmlns:w=\"http://wellformedweb.org/CommentAPI/\">https://example.org/e1/c.rss"
                "</w:commentRss></entry>\n")
        << std::optional<int>() << "https://example.org/e1/c.rss" << QString();
}

void TestFeedSource::commentForms()
{
    QFETCH(QByteArray, feed);
    QFETCH(std::optional<int>, comments);
    QFETCH(QString, commentFeed);
    QFETCH(QString, discussion);
    const ListingAnswer answer = read(feed);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.page.items.size(), 1);
    const FeedItem &item = answer.page.items.constFirst();
    QCOMPARE(item.comments, comments);
    QCOMPARE(item.commentFeed.toString(), commentFeed);
    QCOMPARE(item.discussion.toString(), discussion);
}

void TestFeedSource::relativeLinks_data()
{
    QTest::addColumn<QByteArray>("feed");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("commentFeed");
    // The feed is at https://example.org/blog/feed.xml.
    QTest::newRow("rss absolute path") << rss("<item><title>T</title><link>/posts/1</link>"
                                              "<wfw:commentRss>/posts/1/feed</wfw:commentRss></item>\n")
                                       << "https://example.org/posts/1"
                                       << "https://example.org/posts/1/feed";
    QTest::newRow("rss relative path") << rss("<item><title>T</title><link>posts/2</link></item>\n")
                                       << "https://example.org/blog/posts/2" << QString();
    QTest::newRow("rss xml:base on the channel")
        << rss("<item><title>T</title><link>x/3</link><wfw:commentRss>x/3/c</wfw:commentRss></item>\n",
               " xml:base=\"https://other.example/base/\"")
        << "https://other.example/base/x/3"
        << "https://other.example/base/x/3/c";
    QTest::newRow("rss xml:base on the item")
        << rss("<item xml:base=\"https://cdn.example/a/\"><title>T</title><link>b</link></item>\n")
        << "https://cdn.example/a/b" << QString();
    QTest::newRow("rss guid is the link")
        << rss("<item><title>T</title><guid>https://example.org/p/9</guid></item>\n")
        << "https://example.org/p/9" << QString();
    QTest::newRow("javascript link dropped")
        << rss("<item><title>T</title><link>javascript:alert(1)</link></item>\n") << QString() << QString();
    QTest::newRow("file link dropped")
        << rss("<item><title>T</title><link>file:///etc/passwd</link></item>\n") << QString() << QString();
    // RFC 4287's own example of nested bases.
    QTest::newRow("atom nested xml:base") << atom(
        "<entry xml:base=\"subdir/\"><id>e</id><title>T</title><updated>2026-01-01T00:00:00Z</updated>"
        "<link href=\"foo.html\"/><link rel=\"replies\" type=\"application/atom+xml\" href=\"c.atom\"/>"
        "</entry>\n",
        " xml:base=\"http://example.com/foo.atom\"")
                                          << "http://example.com/subdir/foo.html"
                                          << "http://example.com/subdir/c.atom";
    QTest::newRow("atom relative xml:base")
        << atom("<entry><id>e</id><title>T</title><updated>2026-01-01T00:00:00Z</updated>"
                "<link href=\"a.html\"/></entry>\n",
               " xml:base=\"sub/\"")
        << "https://example.org/blog/sub/a.html" << QString();
    QTest::newRow("atom no base") << atom(
        "<entry><id>e</id><title>T</title><updated>2026-01-01T00:00:00Z</updated>"
        "<link href=\"../top.html\"/></entry>\n")
                                  << "https://example.org/top.html" << QString();
}

void TestFeedSource::relativeLinks()
{
    QFETCH(QByteArray, feed);
    QFETCH(QString, link);
    QFETCH(QString, commentFeed);
    const ListingAnswer answer = read(feed);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.page.items.size(), 1);
    QCOMPARE(answer.page.items[0].link.toString(), link);
    QCOMPARE(answer.page.items[0].commentFeed.toString(), commentFeed);
}

void TestFeedSource::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty: no date
    QTest::newRow("rfc822") << "Fri, 07 Jul 2017 11:06:10 +0000"
                            << "2017-07-07T11:06:10Z";
    QTest::newRow("rfc822 GMT") << "Fri, 07 Jul 2017 11:06:10 GMT"
                                << "2017-07-07T11:06:10Z";
    QTest::newRow("rfc822 no weekday") << "7 Jul 2017 11:06:10 +0200"
                                       << "2017-07-07T09:06:10Z";
    QTest::newRow("rfc822 no seconds") << "Fri, 07 Jul 2017 11:06 -0500"
                                       << "2017-07-07T16:06:00Z";
    QTest::newRow("rfc822 EDT") << "Tue, 04 Jun 2024 10:00:00 EDT"
                                << "2024-06-04T14:00:00Z";
    QTest::newRow("rfc822 PST") << "Tue, 10 Dec 2024 23:30:00 PST"
                                << "2024-12-11T07:30:00Z";
    QTest::newRow("rfc822 +0530") << "Mon, 03 Jun 2024 09:05:00 +0530"
                                  << "2024-06-03T03:35:00Z";
    QTest::newRow("rfc822 +05:30") << "Mon, 03 Jun 2024 09:05:00 +05:30"
                                   << "2024-06-03T03:35:00Z";
    QTest::newRow("rfc822 two-digit year") << "Wed, 02 Oct 02 13:00:00 GMT"
                                           << "2002-10-02T13:00:00Z";
    QTest::newRow("rfc822 full month") << "2 October 2002 13:00:00 +0000"
                                       << "2002-10-02T13:00:00Z";
    QTest::newRow("rfc822 no zone") << "Wed, 02 Oct 2002 13:00:00"
                                    << "2002-10-02T13:00:00Z";
    QTest::newRow("rfc822 extra space") << "Wed,  2 Oct 2002  13:00:00   +0100"
                                        << "2002-10-02T12:00:00Z";
    QTest::newRow("iso Z") << "2017-04-07T12:20:50Z"
                           << "2017-04-07T12:20:50Z";
    QTest::newRow("iso +10:30") << "2017-04-07T12:20:50+10:30"
                                << "2017-04-07T01:50:50Z";
    QTest::newRow("iso fraction") << "2026-03-01T10:00:00.123456-03:00"
                                  << "2026-03-01T13:00:00.123Z";
    QTest::newRow("iso no seconds") << "2026-03-01T10:00+01:00"
                                    << "2026-03-01T09:00:00Z";
    QTest::newRow("iso +0100") << "2026-03-01T10:00:00+0100"
                               << "2026-03-01T09:00:00Z";
    QTest::newRow("iso space") << "2026-03-01 10:00:00 +01:00"
                               << "2026-03-01T09:00:00Z";
    QTest::newRow("iso date only") << "2026-03-01"
                                   << "2026-03-01T00:00:00Z";
    QTest::newRow("iso lower t and z") << "2026-03-01t10:00:00z"
                                       << "2026-03-01T10:00:00Z";
    QTest::newRow("day out of range") << "Mon, 31 Feb 2024 10:00:00 GMT" << QString();
    QTest::newRow("hour out of range") << "2026-03-01T25:00:00Z" << QString();
    QTest::newRow("words") << "yesterday afternoon" << QString();
    QTest::newRow("unknown zone") << "Tue, 04 Jun 2024 10:00:00 XYZT" << QString();
    QTest::newRow("empty") << "" << QString();
    QTest::newRow("huge") << QString(10000, QLatin1Char('9')) << QString();
}

void TestFeedSource::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const QDateTime parsed = FeedSource::parseDate(text);
    if (utc.isEmpty()) {
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODateWithMs)));
        return;
    }
    QCOMPARE(parsed, QDateTime::fromString(utc, Qt::ISODateWithMs));
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
}

void TestFeedSource::datesInFeeds()
{
    const ListingAnswer r
        = read(rss("<item><title>a</title><pubDate>Tue, 04 Jun 2024 10:00:00 EDT</pubDate>"
                   "<atom:updated>2024-06-05T00:00:00+02:00</atom:updated></item>\n"
                   "<item><title>b</title><dc:date>2024-06-03T09:05:00+05:30</dc:date></item>\n"
                   "<item><title>c</title><pubDate>not a date</pubDate></item>\n"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.page.items.size(), 3);
    QCOMPARE(r.page.items[0].date, utc(QStringLiteral("2024-06-04T14:00:00Z")));
    QCOMPARE(r.page.items[0].updated, utc(QStringLiteral("2024-06-04T22:00:00Z")));
    QCOMPARE(r.page.items[1].date, utc(QStringLiteral("2024-06-03T03:35:00Z")));
    QVERIFY(!r.page.items[2].date.isValid());
    // Atom: updated alone is the date too.
    // A feed whose titles hold no markup: a lone "<" is text.
    const ListingAnswer t
        = read(rss("<item><title>a &lt; b &amp;&amp; c &gt; d</title><guid>a</guid></item>\n"
                   "<item><title>x &#60; y</title><guid>b</guid></item>\n"));
    QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
    QCOMPARE(t.page.items[0].title, QStringLiteral("a < b && c > d"));
    QCOMPARE(t.page.items[1].title, QStringLiteral("x < y"));

    const ListingAnswer a
        = read(atom("<entry><id>e</id><title>T</title><updated>2026-02-03T04:05:06-07:00</updated>"
                    "</entry>\n"));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(a.page.items[0].date, utc(QStringLiteral("2026-02-03T11:05:06Z")));
    QCOMPARE(a.page.items[0].updated, utc(QStringLiteral("2026-02-03T11:05:06Z")));
    QCOMPARE(a.page.items[0].date.timeSpec(), Qt::UTC);
}

void TestFeedSource::entitiesAndCdata()
{
    const ListingAnswer r = read(
        rss("<item><title>Tom &amp; Jerry &#8211; &lt;b&gt; &#x263A;</title><guid>a</guid>"
            "<description>Caf&#233; &amp;amp; bar &lt;p&gt;para&lt;/p&gt;</description></item>\n"
            "<item><title><![CDATA[Fish & Chips <i>now</i>]]></title><guid>b</guid>"
            "<description><![CDATA[<p>One <b>bold</b> &amp; <a href=\"/x\">link</a></p>]]></description>"
            "<dc:creator>Jos&#233; &lt;jose@example.org&gt;</dc:creator></item>\n"
            "<item><title>  spaced\n\t out  </title><guid>c</guid><author>ed@example.org (Ed "
            "Itor)</author></item>\n"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.page.items.size(), 3);
    // Titles are plain text. Escaped markup in RSS is markup (as in descriptions): "&lt;b&gt;" is a tag.
    QCOMPARE(r.page.items[0].title, QStringLiteral("Tom & Jerry \u2013 \u263A"));
    QCOMPARE(r.page.items[0].summary, QStringLiteral("Caf\u00e9 & bar para"));
    QCOMPARE(r.page.items[1].title, QStringLiteral("Fish & Chips now"));
    QCOMPARE(r.page.items[2].title, QStringLiteral("spaced out"));
    QCOMPARE(r.page.items[1].summary, QStringLiteral("One bold & link"));
    QVERIFY(r.page.items[1].contentHtml.contains(QStringLiteral("<b>bold</b>")));
    QCOMPARE(r.page.items[1].author, QStringLiteral("Jos\u00e9"));
    QCOMPARE(r.page.items[2].author, QStringLiteral("Ed Itor"));

    const ListingAnswer a = read(atom(
        "<entry><id>e</id><updated>2026-01-01T00:00:00Z</updated>"
        "<title type=\"html\">&lt;em&gt;Hi&lt;/em&gt; &amp;amp; bye</title>"
        "<summary type=\"text\">a &lt; b &amp; c</summary>"
        "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>x<br/>y</p></div></content>"
        "<author><name><![CDATA[Ann & Bob]]></name></author></entry>\n"));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(a.page.items[0].title, QStringLiteral("Hi & bye"));
    QCOMPARE(a.page.items[0].summary, QStringLiteral("a < b & c"));
    QCOMPARE(a.page.items[0].author, QStringLiteral("Ann & Bob"));
    // XHTML content comes serialised, each element naming its namespace.
    QVERIFY2(a.page.items[0].contentHtml.contains(QStringLiteral(">x<br")),
        qPrintable(a.page.items[0].contentHtml));
    QVERIFY(a.page.items[0].contentHtml.contains(QStringLiteral("/>y</p>")));
    QCOMPARE(a.page.items[0].key, QStringLiteral("e"));
}

void TestFeedSource::rss091()
{
    const QByteArray feed
        = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
          "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\"\n"
          " \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
          "<rss version=\"0.91\">\n<channel>\n<title>Old News</title>\n"
          "<link>http://old.example/</link>\n<description>From 1999</description>\n"
          "<language>en-us</language>\n"
          "<item>\n<title>Caf\xe9 opens</title>\n<link>http://old.example/cafe.html</link>\n"
          "<description>A caf\xe9.</description>\n</item>\n"
          "<item>\n<title>Second</title>\n<link>http://old.example/2.html</link>\n</item>\n"
          "</channel>\n</rss>\n";
    QVERIFY(FeedSource().recognize(feed, "text/xml", FeedUrl));
    const ListingAnswer r = read(feed);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.page.title, QStringLiteral("Old News"));
    QCOMPARE(r.page.items.size(), 2);
    QCOMPARE(r.page.items[0].title, QStringLiteral("Caf\u00e9 opens")); // Latin-1, as the XML says
    QCOMPARE(r.page.items[0].link, QUrl(QStringLiteral("http://old.example/cafe.html")));
    QCOMPARE(r.page.items[0].key, QStringLiteral("http://old.example/cafe.html")); // no guid: the link
    QCOMPARE(r.page.items[0].summary, QStringLiteral("A caf\u00e9."));
    QVERIFY(!r.page.items[0].date.isValid());
    QVERIFY(!r.page.items[0].comments.has_value());
    QVERIFY(r.page.items[0].discussion.isEmpty());
}

void TestFeedSource::rss10Rdf()
{
    const QByteArray feed
        = "<?xml version=\"1.0\"?>\n"
          "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
          "xmlns=\"http://purl.org/rss/1.0/\"\n"
          " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
          "xmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\">\n"
          "<channel rdf:about=\"http://rdf.example/\">\n<title>RDF "
          "Site</title>\n<link>http://rdf.example/</link>\n"
          "<description>RSS 1.0</description>\n<items><rdf:Seq>\n"
          "<rdf:li resource=\"http://rdf.example/a\"/>\n<rdf:li resource=\"http://rdf.example/b\"/>\n"
          "</rdf:Seq></items>\n</channel>\n"
          "<item rdf:about=\"http://rdf.example/a\">\n<title>First &amp; "
          "best</title>\n<link>http://rdf.example/a</link>\n"
          "<description>About A</description>\n<dc:date>2003-12-13T18:30:02+01:00</dc:date>\n"
          "<dc:creator>Ann</dc:creator>\n<slash:comments>4</slash:comments>\n</item>\n"
          "<item "
          "rdf:about=\"http://rdf.example/b\">\n<title>Second</title>\n<link>http://rdf.example/b</link>\n"
          "<dc:date>2003-12-14T00:00:00Z</dc:date>\n</item>\n"
          "</rdf:RDF>\n";
    QVERIFY(FeedSource().recognize(feed, "application/rdf+xml", FeedUrl));
    const ListingAnswer r = read(feed);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.page.title, QStringLiteral("RDF Site"));
    QCOMPARE(r.page.items.size(), 2);
    QCOMPARE(r.page.items[0].title, QStringLiteral("First & best"));
    QCOMPARE(r.page.items[0].link, QUrl(QStringLiteral("http://rdf.example/a")));
    QCOMPARE(r.page.items[0].date, utc(QStringLiteral("2003-12-13T17:30:02Z")));
    QCOMPARE(r.page.items[0].author, QStringLiteral("Ann"));
    QCOMPARE(r.page.items[0].comments, std::optional<int>(4));
    QCOMPARE(r.page.items[0].summary, QStringLiteral("About A"));
    QCOMPARE(r.page.items[1].link, QUrl(QStringLiteral("http://rdf.example/b")));
    QCOMPARE(r.page.items[1].date, utc(QStringLiteral("2003-12-14T00:00:00Z")));
    QVERIFY(r.page.items[0].key != r.page.items[1].key);
}

void TestFeedSource::tenThousandItems()
{
    const QByteArray feed = generatedRss(10000);
    QElapsedTimer timer;
    timer.start();
    const ListingAnswer r = read(feed, QUrl(QStringLiteral("https://news.example.org/feed/")));
    qInfo("10,000 items (%.1f MB) read in %lld ms", feed.size() / 1e6, timer.elapsed());
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.page.items.size(), 10000);
    QSet<QString> keys;
    for (const FeedItem &item : r.page.items)
        keys.insert(item.key);
    QCOMPARE(keys.size(), 10000);
    // Item 0 is post 10000, item 9999 post 1 (see generatedRss).
    const FeedItem &first = r.page.items.constFirst();
    QCOMPARE(first.title, QStringLiteral("Story 10000: a headline & a subtitle"));
    QCOMPARE(first.key, QStringLiteral("https://news.example.org/?p=10000"));
    QCOMPARE(first.date, utc(QStringLiteral("2026-01-07T22:40:00Z"))); // 10,000 minutes in
    QCOMPARE(first.comments, std::optional<int>(0));
    QCOMPARE(first.author, QStringLiteral("Writer 4"));
    const FeedItem &last = r.page.items.constLast();
    QCOMPARE(last.title, QStringLiteral("Story 1: a headline & a subtitle"));
    QCOMPARE(last.comments, std::optional<int>(1));
    QCOMPARE(
        last.commentFeed, QUrl(QStringLiteral("https://news.example.org/1/a-story-about-number-1/feed/")));
    QCOMPARE(
        last.discussion, QUrl(QStringLiteral("https://news.example.org/1/a-story-about-number-1/#comments")));
}

void TestFeedSource::itemCap()
{
    const ListingAnswer r = read(generatedRss(FeedSource::MaxItems + 500));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.page.items.size(), FeedSource::MaxItems);
    QCOMPARE(r.page.items.constFirst().key, QStringLiteral("https://news.example.org/?p=20500"));
}

void TestFeedSource::boundedFields()
{
    const QByteArray longWord(2 * 1024 * 1024, 'w');
    const ListingAnswer r = read(rss("<item><title>" + QByteArray(50000, 't') + "</title><guid>g</guid>"
        + "<description>" + longWord + "</description><author>" + QByteArray(5000, 'a') + "</author>"
        + "<link>https://example.org/" + QByteArray(10000, 'l') + "</link></item>\n"));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    const FeedItem &item = r.page.items.constFirst();
    QCOMPARE(item.title.size(), FeedSource::MaxTitle);
    QCOMPARE(item.contentHtml.size(), FeedSource::MaxContent);
    QVERIFY(item.summary.size() <= FeedSource::MaxSummary);
    QVERIFY(item.author.size() <= FeedSource::MaxAuthor);
    QVERIFY(item.link.isEmpty()); // longer than any address we keep
}

void TestFeedSource::htmlIsNoFeed_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::newRow("html5") << QByteArray(
        "<!DOCTYPE html>\n<html><head><title>Site</title>"
        "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed\">"
        "</head><body><p>Hello<br></p></body></html>\n");
    QTest::newRow("xhtml") << QByteArray(
        "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
        "<head><title>rss</title></head><body><rss/></body></html>\n");
    QTest::newRow("real phpbb page") << readFile(
        sharedPath(QStringLiteral("real-pages/phpbb/marioruns-smg2-t204-p1of2.html")));
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("rss feed here");
}

void TestFeedSource::htmlIsNoFeed()
{
    QFETCH(QByteArray, page);
    QVERIFY(!FeedSource().recognize(page, "text/html", FeedUrl));
    const ListingAnswer r = read(page);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.page.items.isEmpty());
}

void TestFeedSource::truncated()
{
    const QByteArray feed = rss("<item><title>One</title><guid>1</guid></item>\n"
                                "<item><title>Two</title><guid>2</guid></item>\n");
    // Cut in the second item, on line 10 (1: declaration, 2-5: <rss>, 6: <channel>, 7: title,
    // 8: link, 9: the first item).
    const QByteArray cut = feed.left(feed.indexOf("<title>Two"));
    const int lastLine = int(cut.count('\n')) + 1;
    QVERIFY(FeedSource().recognize(cut, "application/rss+xml", FeedUrl)); // its root is a feed's
    const ListingAnswer r = read(cut);
    QVERIFY(r.page.items.isEmpty());
    QVERIFY2(r.error.contains(QStringLiteral("line %1,").arg(lastLine)), qPrintable(r.error));
    QCOMPARE(lastLine, 10);

    // An error in the middle names its own line: an undeclared HTML entity on line 3.
    const ListingAnswer e = read("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>x</title>\n"
                                 "<item><title>a&nbsp;b</title></item>\n</channel></rss>\n");
    QVERIFY2(e.error.contains(QLatin1String("line 3,")), qPrintable(e.error));
    QVERIFY2(e.error.contains(QLatin1String("nbsp")), qPrintable(e.error));
}

void TestFeedSource::truncatedReal()
{
    const QByteArray body
        = readFile(sharedPath(QStringLiteral("real-pages/rss/typepad-atom-thr-replies.atom")));
    const QByteArray cut = body.left(body.size() / 2);
    const ListingAnswer r = read(cut);
    QVERIFY(r.page.items.isEmpty());
    QVERIFY2(r.error.contains(QStringLiteral("line %1,").arg(cut.count('\n') + 1)), qPrintable(r.error));
}

void TestFeedSource::deepNesting()
{
    QByteArray deep;
    for (int i = 0; i < 100000; ++i)
        deep += "<x>";
    const ListingAnswer r = read(rss("<item><title>T</title><foo>" + deep + "</foo></item>\n"));
    QVERIFY(r.page.items.isEmpty());
    QVERIFY2(r.error.contains(QLatin1String("nested deeper")), qPrintable(r.error));
}

void TestFeedSource::discovery()
{
    const QByteArray page
        = "<!DOCTYPE html><html><head><base href=\"https://site.example/news/\">\n"
          "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"All news\" href=\"feed/\">\n"
          "<link rel=\"Alternate  nofollow\" type=\"application/atom+xml; charset=utf-8\" title=\" Comments "
          "\" "
          "href=\"/comments.atom\">\n"
          "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"feed/\">\n" // the same again
          "<link rel=\"alternate\" type=\"text/html\" hreflang=\"de\" href=\"/de/\">\n"
          "<link rel=\"stylesheet\" type=\"application/rss+xml\" href=\"/not-alternate\">\n"
          "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">\n"
          "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"\">\n"
          "</head><body><link rel=\"alternate\" type=\"application/atom+xml\" "
          "href=\"https://other.example/x\">"
          "</body></html>";
    const QList<FeedLink> feeds
        = offeredFeeds(page, QUrl(QStringLiteral("https://site.example/news/today.html")));
    QCOMPARE(feeds.size(), 3);
    QCOMPARE(feeds[0].url, QUrl(QStringLiteral("https://site.example/news/feed/")));
    QCOMPARE(feeds[0].title, QStringLiteral("All news"));
    QCOMPARE(feeds[0].type, QStringLiteral("application/rss+xml"));
    QCOMPARE(feeds[1].url, QUrl(QStringLiteral("https://site.example/comments.atom")));
    QCOMPARE(feeds[1].title, QStringLiteral("Comments"));
    QCOMPARE(feeds[1].type, QStringLiteral("application/atom+xml"));
    QCOMPARE(feeds[2].url, QUrl(QStringLiteral("https://other.example/x")));
    // Without a <base>: against the page.
    const QList<FeedLink> plain
        = offeredFeeds("<html><head><link rel=alternate type=application/rss+xml href=rss.xml></head></html>",
            QUrl(QStringLiteral("https://b.example/dir/page")));
    QCOMPARE(plain.size(), 1);
    QCOMPARE(plain[0].url, QUrl(QStringLiteral("https://b.example/dir/rss.xml")));
    QVERIFY(offeredFeeds({}, QUrl(QStringLiteral("https://b.example/"))).isEmpty());
    // Bounded.
    QByteArray many = "<html><head>";
    for (int i = 0; i < 500; ++i)
        many += "<link rel=alternate type=application/rss+xml href=/f" + QByteArray::number(i) + ">";
    QCOMPARE(offeredFeeds(many, QUrl(QStringLiteral("https://b.example/"))).size(), MaxOfferedFeeds);
}

QTEST_GUILESS_MAIN(TestFeedSource)
#include "tst_feedsource.moc"
