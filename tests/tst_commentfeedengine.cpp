// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The comment feed engine: which addresses it takes, which feeds it recognises (the real
// feeds of articles in ../shared/real-pages/rss are not comment feeds), a WordPress
// comment RSS and a Blogger-shaped Atom comment feed with thr:in-reply-to read into
// posts and parents worked out by hand, hostile feeds (nesting, size, a 5,000-deep reply
// chain, cycles), and whole loads over loopback, then offline from the cache.
#include "loadharness.h"
#include "servers/fixtureserver.h"
#include "testutil.h"

#include "engines/commentfeed/commentfeedengine.h"
#include "engines/commentfeed/commentfeedreader.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

const CommentFeedEngine s_engine;

// A WordPress per-post comment feed, in the shape feed-rss2-comments.php writes: newest
// first, "By: NAME" titles, dc:creator, description and content:encoded, no parents.
QByteArray wordpressFeed(const QString &postUrl)
{
    const QByteArray post = postUrl.toUtf8();
    return R"(<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
<channel>
	<title>
	Comments on: Why &#8220;feeds&#8221; matter	</title>
	<atom:link href=")"
        + post + R"(feed/" rel="self" type="application/rss+xml" />
	<link>)"
        + post + R"(</link>
	<description>Just another WordPress site</description>
	<lastBuildDate>Tue, 14 May 2024 09:12:00 +0000</lastBuildDate>
	<sy:updatePeriod>hourly</sy:updatePeriod>
	<generator>https://wordpress.org/?v=6.5.3</generator>
	<item>
		<title>By: Carol</title>
		<link>)"
        + post + R"(comment-page-1/#comment-12</link>
		<dc:creator><![CDATA[Carol]]></dc:creator>
		<pubDate>Tue, 14 May 2024 09:12:00 +0000</pubDate>
		<guid isPermaLink="false">https://blog.example/?p=7#comment-12</guid>
		<description><![CDATA[In reply to Bob. Quite so.]]></description>
		<content:encoded><![CDATA[<p>In reply to <a href=")"
        + post + R"(#comment-11">Bob</a>.</p>
<blockquote><p>Feeds are how I read.</p></blockquote>
<p>Quite so.</p>
]]></content:encoded>
	</item>
	<item>
		<title>By: Bob</title>
		<link>)"
        + post + R"(#comment-11</link>
		<dc:creator><![CDATA[Bob]]></dc:creator>
		<pubDate>Mon, 13 May 2024 18:00:00 +0000</pubDate>
		<guid isPermaLink="false">https://blog.example/?p=7#comment-11</guid>
		<description><![CDATA[Feeds are how I read.]]></description>
		<content:encoded><![CDATA[<p>Feeds are how I read.</p>
]]></content:encoded>
	</item>
	<item>
		<title>By: Ann</title>
		<link>)"
        + post + R"(#comment-10</link>
		<dc:creator><![CDATA[Ann]]></dc:creator>
		<pubDate>Mon, 13 May 2024 08:30:00 +0000</pubDate>
		<guid isPermaLink="false">https://blog.example/?p=7#comment-10</guid>
		<description><![CDATA[First!]]></description>
		<content:encoded><![CDATA[<p>First! Caf&eacute; &amp; cr&egrave;me.</p>
]]></content:encoded>
	</item>
</channel>
</rss>
)";
}

// A Blogger comment feed: replies name the post with thr:in-reply-to and their parent
// comment with a rel="related" link to its self link; published times with offsets.
// The tree, by hand: 101 and 104 reply to the post; 102 to 101; 103 to 102; 105 to 101.
QByteArray bloggerFeed(const QString &blog, const QString &next = {}, bool secondPage = false)
{
    const QByteArray b = blog.toUtf8();
    auto entry = [&](const char *id, const char *published, const char *author, const char *html,
                     const char *parent) {
        QByteArray e = "<entry><id>tag:blogger.com,1999:blog-77.post-" + QByteArray(id)
            + "</id>"
              "<published>"
            + published + "</published><updated>" + published
            + "</updated>"
              "<title type='text'>"
            + author
            + " said</title>"
              "<content type='html'>"
            + html
            + "</content>"
              "<link rel='edit' type='application/atom+xml' "
              "href='https://www.blogger.com/feeds/77/5000/comments/default/"
            + id
            + "'/>"
              "<link rel='self' type='application/atom+xml' "
              "href='https://www.blogger.com/feeds/77/5000/comments/default/"
            + id
            + "'/>"
              "<link rel='alternate' type='text/html' href='"
            + b + "2024/05/on-threads.html?showComment=17#c" + id + "' title=''/>";
        if (*parent)
            e += "<link rel='related' type='application/atom+xml' "
                 "href='https://www.blogger.com/feeds/77/5000/comments/default/"
                + QByteArray(parent) + "'/>";
        e += "<author><name>" + QByteArray(author)
            + "</name><uri>https://www.blogger.com/profile/1</uri></author>"
              "<thr:in-reply-to xmlns:thr='http://purl.org/syndication/thread/1.0' href='"
            + b
            + "2024/05/on-threads.html' "
              "ref='tag:blogger.com,1999:blog-77.post-5000' "
              "source='https://www.blogger.com/feeds/77/posts/default/5000' type='text/html'/>"
              "</entry>";
        return e;
    };
    QByteArray feed = "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' "
                      "xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/'>"
                      "<id>tag:blogger.com,1999:blog-77.post5000..comments</"
                      "id><updated>2024-05-14T10:00:00.000+02:00</updated>"
                      "<title type='text'>Comments on A Blog: On threads</title>"
                      "<link rel='alternate' type='text/html' href='"
        + b
        + "2024/05/on-threads.html'/>"
          "<link rel='self' type='application/atom+xml' href='"
        + b + "feeds/5000/comments/default'/>";
    if (!next.isEmpty())
        feed += "<link rel='next' type='application/atom+xml' href='" + next.toUtf8().replace("&", "&amp;")
            + "'/>";
    feed += "<author><name>Ed</name></author><generator version='7.00' "
            "uri='http://www.blogger.com'>Blogger</generator>"
            "<openSearch:totalResults>5</openSearch:totalResults>";
    if (secondPage) // an older page: one comment, a reply to Ann's on the first page
        return feed + entry("205", "2024-05-13T11:00:00.000+02:00", "Flo", "Late to Ann.", "101") + "</feed>";
    // Newest first, as Blogger lists them.
    feed
        += entry("105", "2024-05-14T09:00:00.000+02:00", "Eve", "Also to Ann: &lt;b&gt;yes&lt;/b&gt;", "101");
    feed += entry("104", "2024-05-13T20:00:00.000+02:00", "Dan", "A new point.", "");
    feed += entry("103", "2024-05-13T19:00:00.000+02:00", "Cy",
        "&lt;blockquote&gt;Second.&lt;/blockquote&gt;Third.", "102");
    feed += entry("102", "2024-05-13T18:00:00.000+02:00", "Bo", "Second.", "101");
    feed += entry("101", "2024-05-13T10:00:00.000+02:00", "Ann", "First.", "");
    return feed + "</feed>";
}

CommentFeedPage readPage(const QByteArray &xml, const QUrl &url)
{
    QString error;
    const std::optional<CommentFeedPage> page = CommentFeedReader::read(xml, url, &error);
    if (!page)
        qWarning() << error;
    return page.value_or(CommentFeedPage {});
}

QMap<QString, QString> parentsOf(const QList<Post> &posts)
{
    QMap<QString, QString> out;
    for (const Post &p : posts)
        out.insert(p.id, p.parentId);
    return out;
}

EngineAnswer readFirst(const QUrl &url, const QByteArray &body)
{
    const EngineRequest r {url, EngineRequest::Format::Xml, 1, "page"};
    return s_engine.readAnswer(r, body, AnswerContext {url, url, true});
}

} // namespace

class TestCommentFeedEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void parseUrl_data();
    void parseUrl();
    void realFeedsAreNotCommentFeeds_data();
    void realFeedsAreNotCommentFeeds();
    void wordpressFeed();
    void bloggerFeed();
    void inReplyToById();
    void hostile_data();
    void hostile();
    void deepChain();
    void loadOverHttp_data();
    void loadOverHttp();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<QObject> m_owner;
};

void TestCommentFeedEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCommentFeedEngine::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->start());
    m_owner = std::make_unique<QObject>();
}

void TestCommentFeedEngine::cleanup()
{
    m_owner.reset();
    m_server.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
}

void TestCommentFeedEngine::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical"); // empty: not taken by its address
    QTest::addColumn<QString>("page"); // postUrl of comment 9
    QTest::newRow("dated") << "https://blog.example/2024/05/12/why-feeds/feed/"
                           << "https://blog.example/2024/05/12/why-feeds/feed/"
                           << "https://blog.example/2024/05/12/why-feeds/#comment-9";
    QTest::newRow("dated, no slash") << "https://blog.example/2024/05/why-feeds/feed"
                                     << "https://blog.example/2024/05/why-feeds/feed/"
                                     << "https://blog.example/2024/05/why-feeds/#comment-9";
    QTest::newRow("subfolder") << "https://example.org/blog/2024/05/12/why-feeds/feed/#x"
                               << "https://example.org/blog/2024/05/12/why-feeds/feed/"
                               << "https://example.org/blog/2024/05/12/why-feeds/#comment-9";
    QTest::newRow("plain permalink") << "https://blog.example/?p=7&feed=rss2"
                                     << "https://blog.example/?p=7&feed=rss2"
                                     << "https://blog.example/?p=7#comment-9";
    QTest::newRow("blogger") << "https://a.blogspot.com/feeds/5000/comments/default?alt=atom"
                             << "https://a.blogspot.com/feeds/5000/comments/default"
                             << "https://a.blogspot.com/feeds/5000/comments/default";
    QTest::newRow("the site's feed") << "https://blog.example/feed/"
                                     << ""
                                     << "";
    QTest::newRow("all comments") << "https://blog.example/comments/feed/"
                                  << ""
                                  << "";
    QTest::newRow("a month's posts") << "https://blog.example/2024/05/feed/"
                                     << ""
                                     << "";
    QTest::newRow("a bare slug") << "https://blog.example/why-feeds/feed/"
                                 << ""
                                 << "";
    QTest::newRow("a category") << "https://blog.example/category/news/feed/"
                                << ""
                                << "";
    QTest::newRow("the site's feed, plain") << "https://blog.example/?feed=rss2"
                                            << ""
                                            << "";
    QTest::newRow("blogger's posts") << "https://a.blogspot.com/feeds/posts/default"
                                     << ""
                                     << "";
    QTest::newRow("blogger's comments") << "https://a.blogspot.com/feeds/comments/default"
                                        << ""
                                        << "";
}

void TestCommentFeedEngine::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    QFETCH(QString, page);
    ThreadRef ref;
    QCOMPARE(s_engine.parseUrl(QUrl(url), &ref), !canonical.isEmpty());
    if (canonical.isEmpty()) {
        QVERIFY(!engineForUrl(QUrl(url), nullptr));
        return;
    }
    QCOMPARE(engineForUrl(QUrl(url), nullptr)->name(), QStringLiteral("commentfeed"));
    QCOMPARE(ref.canonical.toString(), canonical);
    QCOMPARE(s_engine.postUrl(ref.canonical, QStringLiteral("9")).toString(), page);
    const QList<EngineRequest> first = s_engine.firstRequests(ref, QUrl(url));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().url, ref.canonical);
    QCOMPARE(first.first().format, EngineRequest::Format::Xml);
}

void TestCommentFeedEngine::realFeedsAreNotCommentFeeds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("items"); // read by hand
    QTest::newRow("WordPress posts with wfw:commentRss")
        << "real-pages/rss/natasha-wordpress-wfw-slash.rss.xml" << 10;
    QTest::newRow("TypePad posts with rel=replies") << "real-pages/rss/typepad-atom-thr-replies.atom" << 43;
    QTest::newRow("phpBB topic") << "real-pages/phpbb/marioruns-smg2-t204-feed.atom" << 11;
}

void TestCommentFeedEngine::realFeedsAreNotCommentFeeds()
{
    // Real feeds of articles and forum posts: read, and refused as comment feeds, so that
    // a reader who pastes one is told what it is rather than shown a wrong thread.
    QFETCH(QString, file);
    QFETCH(int, items);
    const QByteArray xml = readFile(sharedPath(file));
    QVERIFY(!xml.isEmpty());
    const QUrl url(QStringLiteral("https://blog.example/feed/"));
    QString error;
    const std::optional<CommentFeedPage> page = CommentFeedReader::read(xml, url, &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->comments.size(), items);
    QVERIFY(!CommentFeedReader::isCommentFeed(*page));
    QVERIFY(!s_engine.recognizePage(xml, url, nullptr));
    QVERIFY(!engineForPage(xml, url, nullptr));
    QCOMPARE(readFirst(url, xml).error, QStringLiteral("a feed of articles, not of one post's comments"));
}

void TestCommentFeedEngine::wordpressFeed()
{
    const QString post = QStringLiteral("https://blog.example/2024/05/12/why-feeds/");
    const QUrl url(post + QStringLiteral("feed/"));
    const QByteArray xml = ::wordpressFeed(post);
    ThreadRef ref;
    QVERIFY(s_engine.recognizePage(xml, url, &ref));
    QCOMPARE(ref.canonical, url);
    const EngineAnswer answer = readFirst(url, xml);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QVERIFY(answer.facts);
    QCOMPARE(answer.facts->title, QStringLiteral("Why \u201Cfeeds\u201D matter"));
    QVERIFY(answer.next.isEmpty());
    QCOMPARE(answer.posts.size(), 4);
    const Post &article = answer.posts[0];
    QCOMPARE(article.id, QStringLiteral("article"));
    QCOMPARE(article.text, post); // the post, as a link to it
    QCOMPARE(article.body.first().spans.first().href, post);
    // Oldest first; every comment replies to the post (WordPress's feed gives no parents).
    QCOMPARE(answer.posts[1].id, QStringLiteral("10"));
    QCOMPARE(answer.posts[2].id, QStringLiteral("11"));
    QCOMPARE(answer.posts[3].id, QStringLiteral("12"));
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(answer.posts[i].parentId, QStringLiteral("article"));
        QCOMPARE(answer.posts[i].position, i);
        QCOMPARE(answer.posts[i].page, 1);
    }
    QCOMPARE(answer.posts[1].author, QStringLiteral("Ann"));
    QCOMPARE(answer.posts[1].text, QStringLiteral("First! Caf\u00e9 & cr\u00e8me."));
    QCOMPARE(answer.posts[1].date, QDateTime(QDate(2024, 5, 13), QTime(8, 30), QTimeZone::UTC));
    const Post &carol = answer.posts[3];
    QCOMPARE(carol.author, QStringLiteral("Carol"));
    QCOMPARE(carol.quotes.size(), 1); // the quote as the feed can tell: words, no author
    QCOMPARE(carol.quotes.first().text, QStringLiteral("Feeds are how I read."));
    QCOMPARE(carol.text, QStringLiteral("In reply to Bob.\nQuite so."));
}

void TestCommentFeedEngine::bloggerFeed()
{
    const QString blog = QStringLiteral("https://a.blogspot.com/");
    const QUrl url(blog + QStringLiteral("feeds/5000/comments/default"));
    const QByteArray xml = ::bloggerFeed(blog);
    QVERIFY(s_engine.recognizePage(xml, url, nullptr));
    const EngineAnswer answer = readFirst(url, xml);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.facts->title, QStringLiteral("On threads"));
    const QMap<QString, QString> expected {{QStringLiteral("article"), QString()},
        {QStringLiteral("101"), QStringLiteral("article")}, {QStringLiteral("102"), QStringLiteral("101")},
        {QStringLiteral("103"), QStringLiteral("102")}, {QStringLiteral("104"), QStringLiteral("article")},
        {QStringLiteral("105"), QStringLiteral("101")}};
    QCOMPARE(parentsOf(answer.posts), expected);
    QStringList order;
    for (const Post &p : answer.posts)
        order << p.id;
    QCOMPARE(order,
        (QStringList {QStringLiteral("article"), QStringLiteral("101"), QStringLiteral("102"),
            QStringLiteral("103"), QStringLiteral("104"), QStringLiteral("105")}));
    const Post &ann = answer.posts[1];
    QCOMPARE(ann.author, QStringLiteral("Ann"));
    QCOMPARE(ann.date, QDateTime(QDate(2024, 5, 13), QTime(8, 0), QTimeZone::UTC)); // 10:00+02:00
    QCOMPARE(answer.posts[3].quotes.first().text, QStringLiteral("Second."));
    QCOMPARE(answer.posts[3].text, QStringLiteral("Third."));
    QCOMPARE(answer.posts[5].text, QStringLiteral("Also to Ann: yes"));
    QCOMPARE(answer.posts[0].text, blog + QStringLiteral("2024/05/on-threads.html"));
}

void TestCommentFeedEngine::inReplyToById()
{
    // RFC 4685 as written: ref names the replied-to entry's id. A ref to a later entry, to
    // itself, or to nothing in the feed falls back to the post (no cycles).
    const QByteArray xml = R"(<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">
 <title>Comments on: A post</title><id>urn:feed</id><updated>2024-01-01T00:00:00Z</updated>
 <link href="https://site.example/a-post"/>
 <entry><id>urn:c:1</id><title>a</title><updated>2024-01-01T01:00:00Z</updated><author><name>A</name></author>
  <thr:in-reply-to ref="urn:post"/><content>one</content></entry>
 <entry><id>urn:c:2</id><title>b</title><updated>2024-01-01T02:00:00Z</updated><author><name>B</name></author>
  <thr:in-reply-to ref="urn:c:1"/><content>two</content></entry>
 <entry><id>urn:c:3</id><title>c</title><updated>2024-01-01T03:00:00Z</updated><author><name>C</name></author>
  <thr:in-reply-to ref="urn:c:4"/><content>three</content></entry>
 <entry><id>urn:c:4</id><title>d</title><updated>2024-01-01T04:00:00Z</updated><author><name>D</name></author>
  <thr:in-reply-to ref="urn:c:3"/><content>four</content></entry>
 <entry><id>urn:c:5</id><title>e</title><updated>2024-01-01T05:00:00Z</updated><author><name>E</name></author>
  <thr:in-reply-to ref="urn:c:5"/><content>five</content></entry>
</feed>)";
    const CommentFeedPage page
        = readPage(xml, QUrl(QStringLiteral("https://site.example/a-post/comments.atom")));
    QVERIFY(page.threaded);
    QCOMPARE(page.comments.size(), 5);
    const QMap<QString, QString> parents = parentsOf(page.comments);
    QCOMPARE(parents.value(QStringLiteral("urn:c:1")), QStringLiteral("article"));
    QCOMPARE(parents.value(QStringLiteral("urn:c:2")), QStringLiteral("urn:c:1"));
    QCOMPARE(parents.value(QStringLiteral("urn:c:3")), QStringLiteral("article")); // names a later one
    QCOMPARE(parents.value(QStringLiteral("urn:c:4")), QStringLiteral("urn:c:3"));
    QCOMPARE(parents.value(QStringLiteral("urn:c:5")), QStringLiteral("article")); // names itself
}

void TestCommentFeedEngine::hostile_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("error");
    QByteArray deep
        = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Comments on: x</title><item>"
          "<title>By: a</title><description>";
    for (int i = 0; i < 100000; ++i)
        deep += "<b>";
    QTest::newRow("nested 100,000 deep") << deep + "</description></item></channel></rss>"
                                         << "the feed is nested too deeply";
    QByteArray nestedWell
        = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Comments on: x</title>";
    for (int i = 0; i < 70; ++i)
        nestedWell += "<x:a xmlns:x=\"urn:x\">";
    for (int i = 0; i < 70; ++i)
        nestedWell += "</x:a>";
    QTest::newRow("well-formed but deep") << nestedWell + "</channel></rss>"
                                          << "the feed is nested too deeply";
    QTest::newRow("HTML") << QByteArray("<!DOCTYPE html><html><body><p>Hello<br></body></html>")
                          << "the feed is not well-formed XML";
    QTest::newRow("entity bomb") << QByteArray(
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
        "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
        "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
        "<rss version=\"2.0\"><channel><title>&f;</title></channel></rss>")
                                 << "the feed is not well-formed XML";
    QTest::newRow("JSON") << QByteArray("{\"items\":[]}") << "the feed is not well-formed XML";
    QTest::newRow("other XML") << QByteArray(
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                               << "not an RSS or Atom feed";
}

void TestCommentFeedEngine::hostile()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, error);
    const QUrl url(QStringLiteral("https://blog.example/2024/05/12/x/feed/"));
    QElapsedTimer timer;
    timer.start();
    const EngineAnswer answer = readFirst(url, xml);
    QVERIFY2(answer.error.startsWith(error), qPrintable(answer.error));
    QVERIFY(answer.posts.isEmpty());
    QVERIFY(!s_engine.recognizePage(xml, url, nullptr));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    // Cut short on the way is told apart from not a feed at all.
    QVERIFY(s_engine.incompleteReason({}, ::wordpressFeed(QStringLiteral("https://b.example/p/")).chopped(40))
                .startsWith(QStringLiteral("the feed ends early")));
    QVERIFY(s_engine.incompleteReason({}, ::wordpressFeed(QStringLiteral("https://b.example/p/"))).isEmpty());
}

void TestCommentFeedEngine::deepChain()
{
    // A feed of 6,000 entries, each replying to the one before: the first 5,000 are read
    // (the rest dropped), each with its parent, without recursion.
    QByteArray xml
        = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" "
          "xmlns:thr=\"http://purl.org/syndication/thread/1.0\"><title>Comments on: chain</title>"
          "<id>urn:f</id><updated>2024-01-01T00:00:00Z</updated><link href=\"https://s.example/chain\"/>";
    const int count = 6000;
    for (int i = 1; i <= count; ++i) {
        xml += "<entry><id>urn:" + QByteArray::number(i) + "</id><title>t</title><updated>"
            + QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::UTC)
                  .addSecs(i)
                  .toString(Qt::ISODate)
                  .toUtf8()
            + "</updated><author><name>n</name></author><thr:in-reply-to ref=\"urn:"
            + QByteArray::number(i - 1) + "\"/><content>c</content></entry>";
    }
    xml += "</feed>";
    QElapsedTimer timer;
    timer.start();
    const CommentFeedPage page = readPage(xml, QUrl(QStringLiteral("https://s.example/chain/feed")));
    QCOMPARE(page.comments.size(), CommentFeedReader::MaxComments);
    QCOMPARE(page.comments.first().parentId, QStringLiteral("article"));
    for (int i = 1; i < page.comments.size(); ++i)
        QCOMPARE(page.comments[i].parentId, page.comments[i - 1].id);
    qInfo("a %d-entry chain (%lld KB) read in %lld ms", count, xml.size() / 1024, timer.elapsed());
}

void TestCommentFeedEngine::loadOverHttp_data()
{
    QTest::addColumn<bool>("atom");
    QTest::addColumn<bool>("bareSlug"); // an address taken only once its answer is read
    QTest::newRow("Blogger Atom with thr:in-reply-to, two pages") << true << false;
    QTest::newRow("WordPress RSS of a dated post") << false << false;
    QTest::newRow("WordPress RSS at a bare slug, recognised by content") << false << true;
}

void TestCommentFeedEngine::loadOverHttp()
{
    QFETCH(bool, atom);
    QFETCH(bool, bareSlug);
    const QString blog = m_server->url(QStringLiteral("/")).toString();
    QString feedPath;
    QMap<QString, QString> expected;
    QString title;
    if (atom) {
        feedPath = QStringLiteral("/feeds/5000/comments/default");
        // Page 2: an older comment with a reply to Ann (101) from page 1, by its self link.
        const QString next = blog + QStringLiteral("feeds/5000/comments/default?start-index=6&max-results=5");
        m_server->setRoute(feedPath,
            FixtureServer::Route {200, ::bloggerFeed(blog, next), "application/atom+xml; charset=UTF-8"});
        FixtureServer::Route page2;
        page2.contentType = "application/atom+xml; charset=UTF-8";
        page2.body = ::bloggerFeed(blog, {}, true);
        m_server->setRoute(feedPath + QStringLiteral("?start-index=6&max-results=5"), page2);
        expected = {{QStringLiteral("article"), QString()},
            {QStringLiteral("101"), QStringLiteral("article")},
            {QStringLiteral("102"), QStringLiteral("101")}, {QStringLiteral("103"), QStringLiteral("102")},
            {QStringLiteral("104"), QStringLiteral("article")},
            {QStringLiteral("105"), QStringLiteral("101")},
            {QStringLiteral("205"), QStringLiteral("101")}}; // its parent is on the page before
        title = QStringLiteral("On threads");
    } else {
        const QString post
            = bareSlug ? QStringLiteral("why-feeds/") : QStringLiteral("2024/05/12/why-feeds/");
        feedPath = QLatin1Char('/') + post + QStringLiteral("feed/");
        m_server->setRoute(feedPath,
            FixtureServer::Route {200, ::wordpressFeed(blog + post), "application/rss+xml; charset=UTF-8"});
        expected = {{QStringLiteral("article"), QString()}, {QStringLiteral("10"), QStringLiteral("article")},
            {QStringLiteral("11"), QStringLiteral("article")},
            {QStringLiteral("12"), QStringLiteral("article")}};
        title = QStringLiteral("Why \u201Cfeeds\u201D matter");
    }
    const QUrl url = m_server->url(feedPath);
    QStringList onlineOrder;
    {
        auto h = std::make_unique<LoadHarness>(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get());
        const LoadOutcome outcome = h->load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(outcome.failedPages.isEmpty());
        QCOMPARE(h->loader->info().engine, QStringLiteral("commentfeed"));
        QCOMPARE(h->loader->info().title, title);
        QCOMPARE(parentIdsInModel(*h->model), expected);
        onlineOrder = idsInModelOrder(*h->model);
        QCOMPARE(h->session->tree().first()->id, QStringLiteral("article"));
        // The feed's pages, each once (a probe first for the address no engine takes).
        QCOMPARE(m_server->requestCount(feedPath), bareSlug ? 2 : 1);
        QCOMPARE(m_server->requests().size(), atom || bareSlug ? 2 : 1);
    }
    if (bareSlug)
        return; // offline, an address no engine takes by its shape cannot be probed
    m_server->resetCounters();
    auto offline
        = std::make_unique<LoadHarness>(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get());
    const LoadOutcome outcome = offline->load(url, true);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QVERIFY(outcome.fromCache);
    QCOMPARE(parentIdsInModel(*offline->model), expected);
    QCOMPARE(idsInModelOrder(*offline->model), onlineOrder);
    QCOMPARE(offline->loader->info().title, title);
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestCommentFeedEngine)
#include "tst_commentfeedengine.moc"
