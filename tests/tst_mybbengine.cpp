// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The MyBB engine: addresses beside vBulletin's (both use showthread.php), pages we write
// as MyBB 1.8's default theme shows them (dates absolute and relative, quotes with and
// without their source, quotes of quotes, a deleted post, names beyond ASCII), the seed
// thread loaded over loopback HTTP as MyBB pages giving the XenForo tree, then offline,
// then refreshed with conditional requests; real pages where ../shared has them.
#include "enginechecks.h"
#include "loadharness.h"
#include "refreshrig.h"
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/mybbfixture.h"
#include "testutil.h"

#include "engines/mybb/mybbengine.h"
#include "engines/postbody.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;
using namespace Qt::StringLiterals;

namespace {
constexpr int SeedThread = 7;

FixturePost made(const QString &id, const QString &author, const QDateTime &date, const QString &bbcode)
{
    FixturePost p;
    p.id = id;
    p.author = author;
    p.date = date;
    p.bbcode = bbcode;
    return p;
}

// A small thread with what the seed lacks: names beyond ASCII, a deleted post (3002: gone
// from the pages, still quoted), a quote of a quote, a quote typed by hand, code.
FixtureThread smallThread()
{
    const QDateTime t0(QDate(2021, 11, 3), QTime(21, 7), QTimeZone::UTC);
    FixtureThread t;
    t.title = u"Turmfalken über Köln"_s;
    t.perPage = 3;
    t.posts = {
        made(u"3000"_s, u"Zoë Ørsted"_s, t0, u"Two kestrels on the cathedral this morning."_s),
        made(u"3001"_s, u"Jürgen Weiß"_s, t0.addSecs(3600),
            u"[QUOTE=\"Zoë Ørsted, post: 3000\"]Two kestrels on the cathedral[/QUOTE]Seen them too, "
            "at the north tower."_s),
        // 3002 was deleted: not on the page.
        made(u"3003"_s, u"Łukasz"_s, t0.addDays(2).addSecs(125 * 60),
            u"[QUOTE=\"Jürgen Weiß, post: 3001\"][QUOTE=\"Zoë Ørsted, post: 3000\"]Two kestrels[/QUOTE]Seen "
            "them too[/QUOTE][QUOTE=\"Mika, post: 3002\"]the nest box[/QUOTE]Which tower?"_s),
        made(u"3004"_s, u"Zoë Ørsted"_s, t0.addDays(40),
            u"[QUOTE=\"Łukasz\"]Which tower?[/QUOTE]The north one.[CODE]ring 4471[/CODE]"_s),
    };
    return t;
}
} // namespace

class TestMybbEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void urls_data();
    void urls();
    void pageAndPostUrls();
    void writtenPages();
    void datesAsPrinted_data();
    void datesAsPrinted();
    void quotesDeletedAndNonAscii();
    void customisedStyle();
    void recognizedByPage();
    void incompletePages();
    void hostileMarkup();
    void seedOverHttpThenOffline();
    void refreshAsksConditionally();

private:
    QUrl serveSeed(FixtureServer *server);

    MybbEngine m_engine;
    FixtureThread m_seed;
    QTemporaryDir m_dir;
};

void TestMybbEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QCOMPARE(m_seed.pageCount(), 3);
}

void TestMybbEngine::urls_data()
{
    // Each URL to the engine that claims it (none: ""), the thread's key, the post named.
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("postId");
    const QString key = u"https://forum.example/showthread.php?tid=12"_s;
    QTest::newRow("tid") << key << "mybb" << key << 1 << "";
    QTest::newRow("tid, page") << key + u"&page=4"_s << "mybb" << key << 4 << "";
    QTest::newRow("tid, pid") << key + u"&pid=99#pid99"_s << "mybb" << key << 1 << "99";
    QTest::newRow("SEO thread") << u"https://forum.example/thread-12.html"_s << "mybb" << key << 1 << "";
    QTest::newRow("SEO page") << u"https://forum.example/thread-12-page-4.html"_s << "mybb" << key << 4 << "";
    QTest::newRow("SEO post") << u"https://forum.example/thread-12-post-99.html#pid99"_s << "mybb" << key << 1
                              << "99";
    QTest::newRow("SEO newpost") << u"https://forum.example/thread-12-newpost.html"_s << "mybb" << key << 1
                                 << "";
    QTest::newRow("in a folder") << u"http://example.org/community/showthread.php?tid=5&page=2"_s << "mybb"
                                 << u"http://example.org/community/showthread.php?tid=5"_s << 2 << "";
    // vBulletin's showthread.php names its thread t= (or threadid=) and its post p=.
    QTest::newRow("vBulletin t=") << u"https://forum.example/showthread.php?t=12&page=2"_s << "vbulletin"
                                  << u"https://forum.example/showthread.php?t=12"_s << 2 << "";
    QTest::newRow("vBulletin p= alone") << u"https://forum.example/showthread.php?p=99"_s << ""
                                        << "" << 1 << "";
    QTest::newRow("MyBB pid= alone") << u"https://forum.example/showthread.php?pid=99#pid99"_s << ""
                                     << "" << 1 << "";
    QTest::newRow("Google SEO: by its page") << u"https://forum.example/Thread-Kestrels-at-dawn"_s << ""
                                             << "" << 1 << "";
    QTest::newRow("not a number") << u"https://forum.example/showthread.php?tid=12x"_s << ""
                                  << "" << 1 << "";
    QTest::newRow("forum listing") << u"https://forum.example/forumdisplay.php?fid=2"_s << ""
                                   << "" << 1 << "";
    QTest::newRow("SEO forum") << u"https://forum.example/forum-2.html"_s << ""
                               << "" << 1 << "";
}

void TestMybbEngine::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, engine);
    ThreadRef ref;
    const ForumEngine *found = engineForUrl(QUrl(url), &ref);
    QCOMPARE(found ? found->name() : QString(), engine);
    if (found) {
        QTEST(ref.canonical.toString(), "canonical");
        QTEST(ref.page, "page");
        QTEST(ref.postId, "postId");
    }
}

void TestMybbEngine::pageAndPostUrls()
{
    const QUrl thread(u"https://forum.example/forum/showthread.php?tid=12"_s);
    QCOMPARE(m_engine.pageUrl(thread, 1), thread);
    QCOMPARE(m_engine.pageUrl(thread, 3).toString(),
        u"https://forum.example/forum/showthread.php?tid=12&page=3"_s);
    const QUrl post = m_engine.postUrl(thread, u"99"_s);
    QCOMPARE(post.toString(), u"https://forum.example/forum/showthread.php?pid=99#pid99"_s);
    // Post links alone go to MyBB, and vBulletin's to vBulletin.
    QString postId;
    QCOMPARE(engineForPostLink(post, &postId), engineByName(u"mybb"_s));
    QCOMPARE(postId, u"99"_s);
    QCOMPARE(
        engineForPostLink(QUrl(u"https://forum.example/post-1234.html"_s), &postId), engineByName(u"mybb"_s));
    QCOMPARE(postId, u"1234"_s);
    QCOMPARE(engineForPostLink(QUrl(u"https://forum.example/showthread.php?p=77"_s), &postId),
        engineByName(u"vbulletin"_s));
    QCOMPARE(postId, u"77"_s);
    QVERIFY(m_engine.postLinkId(thread).isEmpty());
}

void TestMybbEngine::writtenPages()
{
    const QUrl base(u"http://forum.example"_s);
    const ParsedPage page = m_engine.parsePage(
        mybbPage(m_seed, SeedThread, 2), base.resolved(QUrl(mybbPagePath(m_seed, SeedThread, 2))));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.title, m_seed.title);
    QCOMPARE(page.page, 2);
    QCOMPARE(page.pageCount, 3);
    QCOMPARE(page.canonical.toString(), u"http://forum.example/forum/showthread.php?tid=7"_s);
    QCOMPARE(page.posts.size(), 10);
    for (int i = 0; i < 10; ++i) {
        const FixturePost &expected = m_seed.posts[10 + i];
        QCOMPARE(page.posts[i].id, expected.id);
        QCOMPARE(page.posts[i].author, expected.author);
        QCOMPARE(page.posts[i].date, expected.date.toUTC());
        QCOMPARE(page.posts[i].number, 11 + i);
        QVERIFY(!page.posts[i].text.contains(u"Wrote:"_s));
    }
    // A quote made with Reply names its post; typed by hand, only the poster.
    const ParsedPage last = m_engine.parsePage(
        mybbPage(m_seed, SeedThread, 3), base.resolved(QUrl(mybbPagePath(m_seed, SeedThread, 3))));
    QCOMPARE(last.page, 3);
    const Post *reply = findPost(last, seedPostId(21));
    QVERIFY(reply);
    QCOMPARE(reply->quotes.size(), 1);
    QCOMPARE(reply->quotes.first().source, seedPostId(20));
    QVERIFY(!reply->quotes.first().text.contains(u"2020"_s)); // the quote's date is not quoted text
    const Post *typed = findPost(last, seedPostId(22));
    QVERIFY(typed);
    QVERIFY(typed->quotes.first().source.isEmpty());
    QCOMPARE(typed->quotes.first().author, reply->author);
}

void TestMybbEngine::datesAsPrinted_data()
{
    // The post_date span as MyBB 1.8 prints it, and the minute it means (worked out by hand).
    QTest::addColumn<QString>("postDate");
    QTest::addColumn<QString>("expected");
    QTest::newRow("absolute, m-d-Y") << "11-03-2021, 09:07 PM"
                                     << "2021-11-03T21:07:00Z";
    QTest::newRow("absolute, the day past 12") << "06-15-2016, 03:03 AM"
                                               << "2016-06-15T03:03:00Z";
    QTest::newRow("Yesterday, date in the title") << "<span title=\"09-25-2026\">Yesterday</span>, 04:50 PM"
                                                  << "2026-09-25T16:50:00Z";
    QTest::newRow("Today, date in the title") << "<span title=\"12-07-2026\">Today</span>, 08:05 AM"
                                              << "2026-12-07T08:05:00Z";
    QTest::newRow("hours ago, date and time in the title")
        << "<span title=\"12-07-2026, 10:25 PM\">2 hours ago</span>"
        << "2026-12-07T22:25:00Z";
    QTest::newRow("edited: the note is not the date")
        << "03-02-2020, 10:15 AM <span class=\"post_edit\" id=\"edited_by_5\"><span class=\"edited_post\">"
           "(This post was last modified: 03-04-2020, 11:00 PM by Someone.)</span></span>"
        << "2020-03-02T10:15:00Z";
    QTest::newRow("German, d.m.Y") << "14.12.2019, 21:42"
                                   << "2019-12-14T21:42:00Z";
}

void TestMybbEngine::datesAsPrinted()
{
    QFETCH(QString, postDate);
    const QByteArray html = "<html><body><div class=\"post \" id=\"post_5\"><div class=\"post_author\">"
                            "<div class=\"author_information\"><strong><span class=\"largetext\">A</span>"
                            "</strong></div></div><div class=\"post_content\"><div class=\"post_head\">"
                            "<span class=\"post_date\">"
        + postDate.toUtf8()
        + "</span></div><div class=\"post_body scaleimages\" "
          "id=\"pid_5\">words</div></div></div></body></html>";
    const ParsedPage page = m_engine.parsePage(html, QUrl(u"https://f.example/showthread.php?tid=1"_s));
    QCOMPARE(page.posts.size(), 1);
    QTEST(page.posts.first().date.toString(Qt::ISODate), "expected");
}

void TestMybbEngine::quotesDeletedAndNonAscii()
{
    const FixtureThread thread = smallThread();
    const QUrl url(u"https://forum.example/forum/showthread.php?tid=31&page=2"_s);
    const ParsedPage second = m_engine.parsePage(mybbPage(thread, 31, 2), url);
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(second.page, 2);
    QCOMPARE(second.pageCount, 2);
    QCOMPARE(second.title, u"Turmfalken über Köln"_s);
    QCOMPARE(second.posts.size(), 1);
    const ParsedPage first = m_engine.parsePage(
        mybbPage(thread, 31, 1), QUrl(u"https://forum.example/forum/showthread.php?tid=31"_s));
    QCOMPARE(first.posts.size(), 3);
    // By hand: authors, minutes, and the quotes' sources as the thread has them.
    QCOMPARE(first.posts[0].author, u"Zoë Ørsted"_s);
    QCOMPARE(first.posts[1].author, u"Jürgen Weiß"_s);
    QCOMPARE(first.posts[2].author, u"Łukasz"_s);
    QCOMPARE(first.posts[0].date.toString(Qt::ISODate), u"2021-11-03T21:07:00Z"_s);
    QCOMPARE(first.posts[2].date.toString(Qt::ISODate), u"2021-11-05T23:12:00Z"_s);
    QCOMPARE(first.posts[1].quotes.size(), 1);
    QCOMPARE(first.posts[1].quotes.first().author, u"Zoë Ørsted"_s);
    QCOMPARE(first.posts[1].quotes.first().source, u"3000"_s);
    QVERIFY(first.posts[1].text.startsWith(u"Seen them too"_s));
    // A quote of a quote, and a quote of the deleted post: each keeps its source.
    const Post &nested = first.posts[2];
    QCOMPARE(nested.quotes.size(), 2);
    QCOMPARE(nested.quotes[0].author, u"Jürgen Weiß"_s);
    QCOMPARE(nested.quotes[0].source, u"3001"_s);
    QCOMPARE(nested.quotes[1].author, u"Mika"_s);
    QCOMPARE(nested.quotes[1].source, u"3002"_s);
    QVERIFY2(nested.text.startsWith(u"Which tower?"_s), qPrintable(nested.text));
    const Block *outer = firstQuote(nested.body);
    QVERIFY(outer);
    const Block *inner = firstQuote(outer->children);
    QVERIFY(inner);
    QCOMPARE(inner->quoteAuthor, u"Zoë Ørsted"_s);
    QCOMPARE(inner->quoteSource, u"3000"_s);
    // Typed by hand: the name, no source; code stays code, without its "Code:" title.
    const Post &typed = second.posts[0];
    QCOMPARE(typed.number, 4);
    QCOMPARE(typed.quotes.first().author, u"Łukasz"_s);
    QVERIFY(typed.quotes.first().source.isEmpty());
    bool code = false;
    for (const Block &b : typed.body)
        code = code || (b.kind == Block::Kind::Code && b.text.trimmed() == u"ring 4471"_s);
    QVERIFY(code);
}

void TestMybbEngine::customisedStyle()
{
    // A theme of its own (a table per post, as many MyBB 1.6-era themes kept): no
    // author_information, no "#N" link, the body a plain div#pid_N, SEO profile links.
    // Worked out by hand: two posts, their posters, dates, the second quoting the first.
    const QByteArray html = R"html(<html><head><title>Falken</title>
<script type="text/javascript" src="https://f.example/jscripts/general.js?ver=1822"></script></head><body>
<div class="pagination"><span class="pages">Seiten (2):</span> <span class="pagination_current">1</span>
<a href="thread-9-page-2.html" class="pagination_page">2</a></div>
<table><tr><td><div class="post classic" id="post_81"><table><tr>
<td class="trow1"><a href="https://f.example/user-5.html"><span style="color:green"><b>Grüße</b></span></a></td>
<td><span class="post_date">12.03.2021, 09:41</span></td></tr>
<tr><td colspan="2"><div id="pid_81">Ein Falke auf dem Dach.</div></td></tr></table></div>
<div class="post classic" id="post_82"><table><tr>
<td class="trow2"><a href="https://f.example/User-Anna-K">Anna K</a></td>
<td><span class="post_date"><span title="13.03.2021, 18:05">Gestern</span></span></td></tr>
<tr><td colspan="2"><div id="pid_82"><blockquote class="mycode_quote"><cite><span> (12.03.2021, 09:41)</span>Grüße schrieb: <a href="https://f.example/post-81.html#pid81" class="quick_jump"></a></cite>Ein Falke</blockquote>Zwei sogar.</div></td></tr></table></div>
</td></tr></table>
<ul class="thread_tools"><li><a href="printthread.php?tid=9">Druckversion anzeigen</a></li></ul>
</body></html>)html";
    ThreadRef ref;
    QVERIFY(m_engine.recognizePage(html, QUrl(u"https://f.example/Thread-Falken"_s), &ref));
    QCOMPARE(ref.canonical.toString(), u"https://f.example/showthread.php?tid=9"_s);
    const ParsedPage page = m_engine.parsePage(html, QUrl(u"https://f.example/Thread-Falken"_s));
    QCOMPARE(page.pageCount, 2);
    QCOMPARE(page.posts.size(), 2);
    QCOMPARE(page.posts[0].author, u"Grüße"_s);
    QCOMPARE(page.posts[1].author, u"Anna K"_s);
    QCOMPARE(page.posts[0].date.toString(Qt::ISODate), u"2021-03-12T09:41:00Z"_s);
    QCOMPARE(page.posts[1].date.toString(Qt::ISODate), u"2021-03-13T18:05:00Z"_s);
    QCOMPARE(page.posts[0].number, 1);
    QCOMPARE(page.posts[1].number, 2);
    QCOMPARE(page.posts[0].text, u"Ein Falke auf dem Dach."_s);
    QCOMPARE(page.posts[1].quotes.size(), 1);
    QCOMPARE(page.posts[1].quotes.first().author, u"Grüße"_s);
    QCOMPARE(page.posts[1].quotes.first().source, u"81"_s);
    QCOMPARE(page.posts[1].text, u"Zwei sogar."_s);
}

void TestMybbEngine::recognizedByPage()
{
    // The Google SEO plugin's address names no id: the page's thread tools do.
    ThreadRef ref;
    const QByteArray html = mybbPage(m_seed, SeedThread, 1);
    const QUrl seo(u"https://forum.example/Thread-Kestrels-at-dawn"_s);
    QCOMPARE(engineForPage(html, seo, &ref), engineByName(u"mybb"_s));
    QCOMPARE(ref.canonical.toString(), u"https://forum.example/showthread.php?tid=7"_s);
    // A post link's page: the post it named.
    QVERIFY(m_engine.recognizePage(html, QUrl(u"https://forum.example/post-1234.html"_s), &ref));
    QCOMPARE(ref.postId, u"1234"_s);
    // Not MyBB's: another forum's page, a MyBB page without posts.
    QVERIFY(!m_engine.recognizePage(xenforoPage(m_seed, 1), QUrl(u"http://f.example/x"_s), &ref));
    QByteArray index = html;
    index.replace("id=\"post_", "id=\"row_");
    QVERIFY(!m_engine.recognizePage(index, QUrl(u"https://forum.example/index.php"_s), &ref));
}

void TestMybbEngine::incompletePages()
{
    const QByteArray html = mybbPage(m_seed, SeedThread, 1);
    QVERIFY(m_engine.incompletePage(html).isEmpty());
    QVERIFY(!m_engine.incompletePage(html.left(html.size() / 2)).isEmpty());
}

void TestMybbEngine::hostileMarkup()
{
    // Deep quotes, a name of a megabyte, a page count of millions: bounded.
    QByteArray quotes;
    for (int i = 0; i < 5000; ++i)
        quotes += "<blockquote class=\"mycode_quote\"><cite>x Wrote:</cite>";
    const QByteArray html
        = "<html><body><div class=\"pagination\"><span class=\"pages\">Pages (99999999):</span>"
          "<span class=\"pagination_current\">1</span></div><div id=\"post_1\" class=\"post\">"
          "<div class=\"author_information\"><strong>"
        + QByteArray(1 << 20, 'n') + "</strong></div><div class=\"post_body\" id=\"pid_1\">" + quotes
        + "deep</div></div></body></html>";
    const QUrl thread(u"http://b.example/showthread.php?tid=1"_s);
    const ParsedPage page = m_engine.parsePage(html, thread);
    QCOMPARE(page.posts.size(), 1);
    QVERIFY(page.posts.first().author.size() <= 200);
    QVERIFY(nestedQuoteDepth(page.posts.first().body) <= PostBodyReader::MaxQuoteDepth + 1);
    const EngineAnswer answer
        = m_engine.readAnswer(EngineRequest {thread, EngineRequest::Format::Html, 1, "first"}, html,
            AnswerContext {thread, thread, true});
    QVERIFY(answer.error.isEmpty());
    QCOMPARE(answer.facts->unitCount, PagedHtmlEngine::MaxPages);
}

QUrl TestMybbEngine::serveSeed(FixtureServer *server)
{
    for (int page = 1; page <= m_seed.pageCount(); ++page)
        server->setPage(mybbPagePath(m_seed, SeedThread, page), mybbPage(m_seed, SeedThread, page));
    return server->url(mybbPagePath(m_seed, SeedThread, 1));
}

void TestMybbEngine::seedOverHttpThenOffline()
{
    FixtureServer server;
    QVERIFY(server.start());
    serveSeed(&server);
    // Opened by its search-engine-friendly address: one key with showthread.php?tid=7.
    const QUrl url = server.url(u"/forum/thread-7.html"_s);
    server.setPage(u"/forum/thread-7.html"_s, mybbPage(m_seed, SeedThread, 1));
    const QString cache = m_dir.filePath(u"seed.sqlite"_s);
    {
        QObject owner;
        LoadHarness h(cache, &owner);
        const LoadOutcome outcome = h.load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.pagesLoaded, 3);
        QCOMPARE(h.loader->info().engine, u"mybb"_s);
        QCOMPARE(h.loader->info().url, server.url(mybbPagePath(m_seed, SeedThread, 1)).toString());
        QCOMPARE(h.loader->info().title, m_seed.title);
        QCOMPARE(h.model->postCount(), m_seed.posts.size());
        QCOMPARE(server.requestCount(u"/forum/showthread.php?tid=7&page=2"_s), 1);
        QCOMPARE(server.requestCount(u"/forum/showthread.php?tid=7&page=3"_s), 1);
        const QMap<int, int> actual = seedParentsById(*h.model);
        QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
    }
    server.clearRoutes();
    reopenSeedOffline(cache, server.url(mybbPagePath(m_seed, SeedThread, 1)), m_seed);
}

void TestMybbEngine::refreshAsksConditionally()
{
    // 25 posts (pages of 10): unchanged, the refresh costs one conditional request for the
    // last page, answered 304; then 10 more posts fill page 3 and begin page 4.
    FixtureServer server;
    QVERIFY(server.start());
    server.setValidators(true);
    FixtureThread thread = madeThread(0, 25);
    auto serve = [&] {
        for (int page = 1; page <= thread.pageCount(); ++page)
            server.setPage(mybbPagePath(thread, SeedThread, page), mybbPage(thread, SeedThread, page));
    };
    serve();
    QObject owner;
    RefreshRig rig(m_dir.filePath(u"refresh.sqlite"_s), &owner, false);
    QVERIFY(loadAndWatch(rig, server.url(mybbPagePath(thread, SeedThread, 1))));

    server.resetCounters();
    QList<RefreshOutcome> outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.first().ok());
    QCOMPARE(server.conditionalRequests(), QStringList {mybbPagePath(thread, SeedThread, 3)});
    QCOMPARE(server.notModified(), QStringList {mybbPagePath(thread, SeedThread, 3)});
    QCOMPARE(outcomes.first().newPosts, 0);

    for (int i = 25; i < 35; ++i)
        thread.posts.append(madePost(0, i));
    serve();
    server.resetCounters();
    outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.first().ok());
    QCOMPARE(server.requests(),
        (QStringList {mybbPagePath(thread, SeedThread, 3), mybbPagePath(thread, SeedThread, 4)}));
    QCOMPARE(server.conditionalRequests(), QStringList {mybbPagePath(thread, SeedThread, 3)});
    QVERIFY(server.notModified().isEmpty());
    QCOMPARE(outcomes.first().newPosts, 10);
}

QTEST_GUILESS_MAIN(TestMybbEngine)
#include "tst_mybbengine.moc"
