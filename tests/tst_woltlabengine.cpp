// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The WoltLab engine: pages we write as a German WoltLab Suite 5 forum shows them (several
// pages, quotes of quotes, a deleted post, names beyond ASCII), WoltLab Suite 6's and
// Burning Board 3's markup, URL detection beside the other engines, and the seed thread
// loaded over loopback HTTP as WoltLab pages (then offline, then refreshed with
// conditional requests), giving the XenForo tree.
#include "enginechecks.h"
#include "loadharness.h"
#include "refreshrig.h"
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/woltlabfixture.h"
#include "testutil.h"

#include "engines/postbody.h"
#include "engines/woltlab/woltlabengine.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;
using namespace Qt::StringLiterals;

namespace {
constexpr int SeedThread = 7;

FixturePost post(const QString &id, const QString &author, const QString &when, const QString &bbcode)
{
    FixturePost p;
    p.id = id;
    p.author = author;
    p.date = QDateTime::fromString(when, Qt::ISODate);
    p.bbcode = bbcode;
    return p;
}

// A small thread of our own: names beyond ASCII, a quote of a quote, a quote typed by hand,
// an uncited quote, and post 3005 deleted (guests see the thread without it; 3006 quotes it).
FixtureThread handMadeThread()
{
    FixtureThread t;
    t.title = u"Überwinterung der Kraniche — Zählung 2026"_s;
    t.perPage = 3;
    t.posts = {
        post(u"3001"_s, u"Zoë Brontë"_s, u"2026-01-05T08:15:00Z"_s,
            u"Erste Zählung am Teich: 214 Kraniche."_s),
        post(u"3002"_s, u"Jürgen Groß"_s, u"2026-01-05T09:02:00Z"_s,
            u"[QUOTE=\"Zoë Brontë, post: 3001\"]Erste Zählung am Teich: 214 Kraniche.[/QUOTE]Bei mir nur 180."_s),
        post(u"3003"_s, u"李雷"_s, u"2026-01-05T10:30:00Z"_s,
            u"[QUOTE=\"Jürgen Groß, post: 3002\"][QUOTE=\"Zoë Brontë, post: 3001\"]Erste Zählung am Teich: "
            u"214 "
            "Kraniche.[/QUOTE]Bei mir nur 180.[/QUOTE]Die Differenz liegt am Morgennebel."_s),
        post(u"3004"_s, u"Ольга"_s, u"2026-01-06T17:45:00Z"_s,
            u"[QUOTE=\"李雷\"]Die Differenz liegt am Morgennebel.[/QUOTE]Nebel zählt nicht mit."_s),
        // 3005 was deleted by a moderator: guests never see it.
        post(u"3006"_s, u"Zoë Brontë"_s, u"2026-01-07T07:00:00Z"_s,
            u"[QUOTE=\"Jürgen Groß, post: 3005\"]Wer war das?[/QUOTE][QUOTE]ohne Namen[/QUOTE]Schon gelöscht."_s),
    };
    return t;
}
} // namespace

class TestWoltlabEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void urls_data();
    void urls();
    void pageAndPostUrls();
    void quoteTitles_data();
    void quoteTitles();
    void writtenPages();
    void handMadeThread_data();
    void handMadeThread();
    void woltlabSuite6();
    void burningBoard3();
    void recognizedByPage();
    void incompletePages();
    void hostileMarkup();
    void seedOverHttpThenOffline();
    void handMadeOverHttpThenOffline();
    void postLinkLandsOnItsPage();
    void refreshAsksWithValidators();

private:
    QUrl serveSeed(FixtureServer *server);

    WoltlabEngine m_engine;
    FixtureThread m_seed;
    QTemporaryDir m_dir;
};

void TestWoltlabEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QCOMPARE(m_seed.pageCount(), 3);
}

void TestWoltlabEngine::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("postId");
    const QString thread = u"https://forum.example/forum/thread/123-a-slug/"_s;
    QTest::newRow("thread") << thread << "woltlab" << thread << 1 << "";
    QTest::newRow("no trailing slash")
        << u"https://forum.example/forum/thread/123-a-slug"_s << "woltlab" << thread << 1 << "";
    QTest::newRow("pageNo=3") << thread + u"?pageNo=3"_s << "woltlab" << thread << 3 << "";
    QTest::newRow("post link") << thread + u"?postID=4567#post4567"_s << "woltlab" << thread << 1 << "4567";
    QTest::newRow("#post") << thread + u"?pageNo=2#post4567"_s << "woltlab" << thread << 2 << "4567";
    QTest::newRow("s= and l= dropped") << thread + u"?s=0123abcd&l=2"_s << "woltlab" << thread << 1 << "";
    QTest::newRow("at the root") << u"https://forum.example/thread/9-x/"_s << "woltlab"
                                 << "https://forum.example/thread/9-x/" << 1 << "";
    QTest::newRow("a slug beyond ASCII, encoded")
        << u"https://f.example/thread/7-%C3%BCberwinterung/?pageNo=2"_s << "woltlab"
        << u"https://f.example/thread/7-überwinterung/"_s << 2 << "";
    QTest::newRow("id only") << u"https://forum.example/thread/9/"_s << "woltlab"
                             << "https://forum.example/thread/9/" << 1 << "";
    QTest::newRow("4.0 path info") << u"https://forum.example/index.php/Thread/9-x/?pageNo=2"_s << "woltlab"
                                   << "https://forum.example/index.php/Thread/9-x/" << 2 << "";
    QTest::newRow("no rewritten addresses")
        << u"https://forum.example/index.php?thread/123-a-slug/"_s << "woltlab"
        << "https://forum.example/index.php?thread/123-a-slug/" << 1 << "";
    QTest::newRow("no rewritten addresses, page and post")
        << u"https://forum.example/forum/index.php?thread/123-a-slug/&pageNo=4&postID=77#post77"_s
        << "woltlab"
        << "https://forum.example/forum/index.php?thread/123-a-slug/" << 4 << "77";
    QTest::newRow("Burning Board 3") << u"https://forum.example/index.php?page=Thread&threadID=55&pageNo=2"_s
                                     << "woltlab"
                                     << "https://forum.example/index.php?page=Thread&threadID=55" << 2 << "";
    QTest::newRow("Burning Board 3 post link: found by its page")
        << u"https://forum.example/index.php?page=Thread&postID=77#post77"_s << ""
        << "" << 1 << "";
    // (Not /forum/board/3-allgemeines/: vBulletin 5's addresses take that one.)
    QTest::newRow("a board") << u"https://forum.example/board/3-allgemeines/"_s << ""
                             << "" << 1 << "";
    QTest::newRow("thread without a number") << u"https://forum.example/thread/abc/"_s << ""
                                             << "" << 1 << "";
    QTest::newRow("ftp") << u"ftp://forum.example/thread/1-x/"_s << ""
                         << "" << 1 << "";
    // The neighbours keep theirs: XenForo's /threads/ and vBulletin's /threads/ID-title.
    QTest::newRow("XenForo thread") << u"https://forum.example/threads/a-title.123/"_s << "xenforo"
                                    << "https://forum.example/threads/a-title.123/" << 1 << "";
    QTest::newRow("vBulletin 4 friendly") << u"https://forum.example/threads/123-a-title"_s << "vbulletin"
                                          << "https://forum.example/threads/123-a-title" << 1 << "";
    QTest::newRow("vBulletin 5") << u"https://forum.example/forum/general/123-a-title"_s << "vbulletin"
                                 << "https://forum.example/forum/general/123-a-title" << 1 << "";
    QTest::newRow("Invision") << u"https://forum.example/forum/topic/123-a-title/"_s << "invision"
                              << "https://forum.example/forum/topic/123-a-title/" << 1 << "";
}

void TestWoltlabEngine::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, engine);
    ThreadRef ref;
    const ForumEngine *found = engineForUrl(QUrl(url), &ref);
    QCOMPARE(found ? found->name() : QString(), engine);
    if (found) {
        QTEST(ref.canonical.toString(), "canonical");
        if (engine == QLatin1String("woltlab")) {
            QTEST(ref.page, "page");
            QTEST(ref.postId, "postId");
        }
    }
}

void TestWoltlabEngine::pageAndPostUrls()
{
    const QUrl thread(u"https://forum.example/forum/thread/123-a-slug/"_s);
    QCOMPARE(m_engine.pageUrl(thread, 1), thread);
    QCOMPARE(
        m_engine.pageUrl(thread, 3).toString(), u"https://forum.example/forum/thread/123-a-slug/?pageNo=3"_s);
    QCOMPARE(m_engine.postUrl(thread, u"456"_s).toString(),
        u"https://forum.example/forum/thread/123-a-slug/?postID=456#post456"_s);
    const QUrl routed(u"https://forum.example/index.php?thread/123-a-slug/"_s);
    QCOMPARE(m_engine.pageUrl(routed, 2).toString(),
        u"https://forum.example/index.php?thread/123-a-slug/&pageNo=2"_s);
    const QUrl old(u"https://forum.example/index.php?page=Thread&threadID=55"_s);
    for (const QUrl &base : {thread, routed, old}) {
        ThreadRef ref;
        QVERIFY(m_engine.parseUrl(m_engine.pageUrl(base, 5), &ref));
        QCOMPARE(ref.canonical, base);
        QCOMPARE(ref.page, 5);
        QVERIFY(m_engine.parseUrl(m_engine.postUrl(base, u"42"_s), &ref));
        QCOMPARE(ref.canonical, base);
        QCOMPARE(ref.postId, u"42"_s);
    }
    QString postId;
    QCOMPARE(
        engineForPostLink(QUrl(u"https://forum.example/index.php?page=Thread&postID=77#post77"_s), &postId),
        engineByName(u"woltlab"_s));
    QCOMPARE(postId, u"77"_s);
}

void TestWoltlabEngine::quoteTitles_data()
{
    // A quote's title as WoltLab Suite prints it in the languages it ships: the name remains.
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("name");
    QTest::newRow("German") << u"Zitat von Jürgen Groß"_s << u"Jürgen Groß"_s;
    QTest::newRow("English") << u"Quote from Old Timer"_s << u"Old Timer"_s;
    QTest::newRow("French") << u"Citation de Zoë"_s << u"Zoë"_s;
    QTest::newRow("Dutch") << u"Citaat van Jan"_s << u"Jan"_s;
    QTest::newRow("Burning Board 3") << u"Original von Kranich"_s << u"Kranich"_s;
    QTest::newRow("a style's own: NAME schrieb:") << u"Ольга schrieb:"_s << u"Ольга"_s;
}

void TestWoltlabEngine::quoteTitles()
{
    QFETCH(QString, title);
    const QByteArray html
        = "<html><body><article class=\"wbbPost message\" data-post-id=\"1\"><div class=\"messageText\">"
          "<blockquote class=\"quoteBox\" cite=\"https://f.example/thread/1-x/?postID=9#post9\">"
          "<div class=\"quoteBoxTitle\"><a href=\"https://f.example/thread/1-x/?postID=9#post9\">"
        + title.toHtmlEscaped().toUtf8()
        + "</a></div><div "
          "class=\"quoteBoxContent\"><p>quoted</p></div></blockquote><p>own</p></div></article></body></"
          "html>";
    const ParsedPage page = m_engine.parsePage(html, QUrl(u"https://f.example/thread/1-x/"_s));
    QCOMPARE(page.posts.size(), 1);
    QCOMPARE(page.posts.first().quotes.size(), 1);
    QTEST(page.posts.first().quotes.first().author, "name");
    QCOMPARE(page.posts.first().quotes.first().source, u"9"_s);
    QCOMPARE(page.posts.first().quotes.first().text, u"quoted"_s);
    QCOMPARE(page.posts.first().text, u"own"_s);
}

void TestWoltlabEngine::writtenPages()
{
    const QUrl base(u"http://forum.example"_s);
    const ParsedPage page = m_engine.parsePage(
        woltlabPage(m_seed, SeedThread, 2), base.resolved(QUrl(woltlabPagePath(m_seed, SeedThread, 2))));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.title, m_seed.title);
    QCOMPARE(page.page, 2);
    QCOMPARE(page.pageCount, 3);
    QCOMPARE(page.canonical, base.resolved(QUrl(woltlabPagePath(m_seed, SeedThread, 1))));
    QCOMPARE(page.posts.size(), 10);
    for (int i = 0; i < 10; ++i) {
        const FixturePost &expected = m_seed.posts[10 + i];
        QCOMPARE(page.posts[i].id, expected.id);
        QCOMPARE(page.posts[i].author, expected.author);
        QCOMPARE(page.posts[i].date, expected.date.toUTC());
        QCOMPARE(page.posts[i].number, 11 + i);
        QVERIFY2(!page.posts[i].text.contains(u"Grüße aus dem Fixture-Forum"_s), qPrintable(expected.id));
    }
    const ParsedPage last = m_engine.parsePage(
        woltlabPage(m_seed, SeedThread, 3), base.resolved(QUrl(woltlabPagePath(m_seed, SeedThread, 3))));
    const Post *reply = findPost(last, seedPostId(21));
    QVERIFY(reply);
    QCOMPARE(reply->quotes.size(), 1);
    QCOMPARE(reply->quotes.first().source, seedPostId(20));
    QVERIFY2(!reply->quotes.first().text.contains(u"Zitat von"_s), qPrintable(reply->quotes.first().text));
    QVERIFY(!reply->text.contains(u"Zitat von"_s));
    const Post *typed = findPost(last, seedPostId(22));
    QVERIFY(typed);
    QVERIFY(typed->quotes.first().source.isEmpty());
    QVERIFY(!typed->quotes.first().author.isEmpty());
}

void TestWoltlabEngine::handMadeThread_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("quoteAuthors");
    QTest::addColumn<QStringList>("quoteSources");
    QTest::addColumn<QString>("ownText");
    QTest::newRow("3001") << "3001" << 1 << u"Zoë Brontë"_s << "2026-01-05T08:15:00Z" << QStringList {}
                          << QStringList {} << u"Erste Zählung am Teich"_s;
    QTest::newRow("3002") << "3002" << 1 << u"Jürgen Groß"_s << "2026-01-05T09:02:00Z"
                          << QStringList {u"Zoë Brontë"_s} << QStringList {u"3001"_s}
                          << u"Bei mir nur 180."_s;
    QTest::newRow("3003, a quote of a quote")
        << "3003" << 1 << u"李雷"_s << "2026-01-05T10:30:00Z" << QStringList {u"Jürgen Groß"_s}
        << QStringList {u"3002"_s} << u"Die Differenz liegt am Morgennebel."_s;
    QTest::newRow("3004, typed by hand")
        << "3004" << 2 << u"Ольга"_s << "2026-01-06T17:45:00Z" << QStringList {u"李雷"_s}
        << QStringList {u""_s} << u"Nebel zählt nicht mit."_s;
    QTest::newRow("3006, quotes the deleted 3005")
        << "3006" << 2 << u"Zoë Brontë"_s << "2026-01-07T07:00:00Z" << QStringList {u"Jürgen Groß"_s, u""_s}
        << QStringList {u"3005"_s, u""_s} << u"Schon gelöscht."_s;
}

void TestWoltlabEngine::handMadeThread()
{
    QFETCH(QString, id);
    QFETCH(int, page);
    const FixtureThread thread = ::handMadeThread();
    const QUrl url = QUrl(u"http://forum.example"_s).resolved(QUrl(woltlabPagePath(thread, 88, page)));
    const ParsedPage parsed = m_engine.parsePage(woltlabPage(thread, 88, page), url);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.title, thread.title);
    QCOMPARE(parsed.pageCount, 2);
    QCOMPARE(parsed.page, page);
    const Post *p = findPost(parsed, id);
    QVERIFY(p);
    QTEST(p->author, "author");
    QTEST(p->date.toString(Qt::ISODate), "date");
    QStringList authors, sources;
    for (const Quote &q : p->quotes) {
        authors.append(q.author);
        sources.append(q.source);
    }
    QTEST(authors, "quoteAuthors");
    QTEST(sources, "quoteSources");
    QFETCH(QString, ownText);
    QVERIFY2(p->text.startsWith(ownText), qPrintable(p->text));
    QVERIFY(!p->text.contains(u"Zitat von"_s));
    if (id == QLatin1String("3003")) {
        const Block *outer = firstQuote(p->body);
        QVERIFY(outer);
        const Block *inner = firstQuote(outer->children);
        QVERIFY(inner);
        QCOMPARE(inner->quoteAuthor, u"Zoë Brontë"_s);
        QCOMPARE(inner->quoteSource, u"3001"_s);
    }
}

void TestWoltlabEngine::woltlabSuite6()
{
    // WoltLab Suite 6: dates and pagination as web components, the author in the header.
    const QByteArray html = R"(<!DOCTYPE html><html lang="de"><head><title>Kraniche - Vögel - Beispiel</title>
<link rel="canonical" href="https://f.example/forum/thread/31-kraniche/?pageNo=2"></head>
<body id="tpl_wbb_thread" data-template="thread" data-application="wbb"><h1 class="contentTitle">Kraniche</h1>
<woltlab-core-pagination page="2" count="4" url="https://f.example/forum/thread/31-kraniche/"></woltlab-core-pagination>
<ul class="wbbThreadPostList messageList"><li id="post9001">
<article class="wbbPost message messageSidebarOrientationLeft" data-post-id="9001" data-object-id="9001">
 <div class="messageContent"><header class="messageHeader"><div class="messageHeaderBox">
  <span class="username"><a href="/user/4-maren/">Maren Øster</a></span>
  <a href="/forum/thread/31-kraniche/?postID=9001#post9001" class="messagePublicationTime"><woltlab-core-date-time date="2025-06-01T14:34:56+02:00">1. Juni 2025 um 14:34</woltlab-core-date-time></a>
 </div></header>
 <div class="messageBody"><div class="messageText">
  <blockquote class="quoteBox collapsibleBbcode" cite="https://f.example/forum/thread/31-kraniche/?postID=8990#post8990">
   <div class="quoteBoxIcon"></div><div class="quoteBoxTitle"><a href="https://f.example/forum/thread/31-kraniche/?postID=8990#post8990">Zitat von Per</a></div>
   <div class="quoteBoxContent"><p>Wo?</p></div></blockquote>
  <p>Auf dem Kirchturm.</p>
  <div class="spoilerBox"><div class="spoilerBoxHeader"><button type="button">Spoiler anzeigen</button></div>
   <div class="spoilerBoxContent"><p>Drei Eier.</p></div></div>
 </div></div>
 <footer class="messageFooter"><div class="messageFooterNote">Dieser Beitrag wurde bereits 1 Mal editiert, zuletzt von Maren Øster (<woltlab-core-date-time date="2025-06-02T10:00:00+02:00">2. Juni</woltlab-core-date-time>).</div></footer>
 </div></article></li></ul></body></html>)";
    const ParsedPage page
        = m_engine.parsePage(html, QUrl(u"https://f.example/forum/thread/31-kraniche/?pageNo=2"_s));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.title, u"Kraniche"_s);
    QCOMPARE(page.page, 2);
    QCOMPARE(page.pageCount, 4);
    QCOMPARE(page.canonical.toString(), u"https://f.example/forum/thread/31-kraniche/"_s);
    QCOMPARE(page.posts.size(), 1);
    const Post &p = page.posts.first();
    QCOMPARE(p.id, u"9001"_s);
    QCOMPARE(p.author, u"Maren Øster"_s);
    QCOMPARE(p.date.toString(Qt::ISODate), u"2025-06-01T12:34:56Z"_s); // the header's, in UTC
    QCOMPARE(p.quotes.size(), 1);
    QCOMPARE(p.quotes.first().author, u"Per"_s);
    QCOMPARE(p.quotes.first().source, u"8990"_s);
    QVERIFY2(p.text.startsWith(u"Auf dem Kirchturm."_s), qPrintable(p.text));
    QVERIFY2(!p.text.contains(u"editiert"_s), qPrintable(p.text));
    bool spoiler = false;
    for (const Block &b : p.body)
        spoiler = spoiler || b.kind == Block::Kind::Spoiler;
    QVERIFY(spoiler);
}

void TestWoltlabEngine::burningBoard3()
{
    // Burning Board 3 (still run by old German forums): div#postRowN.message, the text in
    // div#postTextN, quotes as div.quoteBox with an "Original von" header.
    const QByteArray html = R"(<html><head><title>Kraniche - Forum</title></head><body id="tplThread">
<div class="pageNavigation"><ul><li><a href="index.php?page=Thread&amp;threadID=55&amp;pageNo=1">1</a></li>
<li class="active"><span>2</span></li><li><a href="index.php?page=Thread&amp;threadID=55&amp;pageNo=3">3</a></li></ul></div>
<div id="postRow812" class="message"><div class="messageInner"><a id="post812"></a>
 <div class="messageSidebar"><div class="messageAuthor"><p class="userName"><a href="index.php?page=User&amp;userID=9"><span>Kranichfreund</span></a></p></div></div>
 <div class="messageContent"><div class="messageContentInner"><div class="messageHeader">
  <p class="messageCount"><a href="index.php?page=Thread&amp;postID=812#post812" class="messageNumber">14</a></p>
  <div class="containerContent"><p class="smallFont light">Samstag, 3. März 2012, 18:45</p></div></div>
  <div class="messageBody"><div id="postText812">
   <div class="quoteBox"><div class="quoteHeader"><h3><a href="index.php?page=Thread&amp;postID=800#post800">Original von Vogelwart</a></h3></div>
    <div class="quoteBody"><blockquote>Wann ziehen sie?</blockquote></div></div>
   Im Oktober.</div></div></div></div></div></div>
</body></html>)";
    const ParsedPage page
        = m_engine.parsePage(html, QUrl(u"https://f.example/index.php?page=Thread&threadID=55&pageNo=2"_s));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.page, 2);
    QCOMPARE(page.pageCount, 3);
    QCOMPARE(page.canonical.toString(), u"https://f.example/index.php?page=Thread&threadID=55"_s);
    QCOMPARE(page.posts.size(), 1);
    const Post &p = page.posts.first();
    QCOMPARE(p.id, u"812"_s);
    QCOMPARE(p.number, 14);
    QCOMPARE(p.author, u"Kranichfreund"_s);
    QCOMPARE(p.date.toString(Qt::ISODate), u"2012-03-03T18:45:00Z"_s); // in words, the board's zone unsaid
    QCOMPARE(p.quotes.size(), 1);
    QCOMPARE(p.quotes.first().author, u"Vogelwart"_s);
    QCOMPARE(p.quotes.first().source, u"800"_s);
    QCOMPARE(p.quotes.first().text, u"Wann ziehen sie?"_s);
    QCOMPARE(p.text, u"Im Oktober."_s);
}

void TestWoltlabEngine::recognizedByPage()
{
    ThreadRef ref;
    const QByteArray html = woltlabPage(m_seed, SeedThread, 2);
    const QUrl odd(u"http://forum.example/go/seed"_s);
    QVERIFY(m_engine.recognizePage(html, odd, &ref));
    QCOMPARE(ref.canonical.toString(), u"http://forum.example"_s + woltlabPagePath(m_seed, SeedThread, 1));
    QCOMPARE(ref.page, 2);
    QCOMPARE(engineForPage(html, odd, &ref)->name(), u"woltlab"_s);
    QVERIFY(!m_engine.recognizePage(xenforoPage(m_seed, 1), odd, &ref));
    QByteArray board = html;
    board.replace("class=\"wbbPost message", "class=\"wbbThread"); // a board's list: no posts
    QVERIFY(!m_engine.recognizePage(board, odd, &ref));
}

void TestWoltlabEngine::incompletePages()
{
    const QByteArray html = woltlabPage(m_seed, SeedThread, 1);
    QVERIFY(m_engine.incompletePage(html).isEmpty());
    QVERIFY(!m_engine.incompletePage(html.left(html.size() / 2)).isEmpty());
}

void TestWoltlabEngine::hostileMarkup()
{
    QByteArray quotes;
    for (int i = 0; i < 5000; ++i)
        quotes += "<blockquote class=\"quoteBox\" cite=\"?postID=1\"><div class=\"quoteBoxContent\">";
    const QByteArray name(1 << 20, 'n');
    const QByteArray html
        = "<html><body><nav class=\"pagination\" data-pages=\"99999999\"></nav>"
          "<article class=\"wbbPost message\" data-post-id=\"1\"><div class=\"messageAuthor\">"
          "<span class=\"username\">"
        + name + "</span></div><div class=\"messageText\">" + quotes + "deep</div></article></body></html>";
    const QUrl thread(u"http://f.example/thread/1-x/"_s);
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

QUrl TestWoltlabEngine::serveSeed(FixtureServer *server)
{
    for (int page = 1; page <= m_seed.pageCount(); ++page)
        server->setPage(woltlabPagePath(m_seed, SeedThread, page), woltlabPage(m_seed, SeedThread, page));
    return server->url(woltlabPagePath(m_seed, SeedThread, 1));
}

void TestWoltlabEngine::seedOverHttpThenOffline()
{
    FixtureServer server;
    QVERIFY(server.start());
    const QUrl url = serveSeed(&server);
    const QString cache = m_dir.filePath(u"seed.sqlite"_s);
    {
        QObject owner;
        LoadHarness h(cache, &owner);
        const LoadOutcome outcome = h.load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.pagesLoaded, 3);
        QCOMPARE(h.loader->info().engine, u"woltlab"_s);
        QCOMPARE(h.loader->info().title, m_seed.title);
        QCOMPARE(h.loader->info().pageCount, 3);
        QCOMPARE(h.model->postCount(), m_seed.posts.size());
        QCOMPARE(server.requestCount(woltlabPagePath(m_seed, SeedThread, 2)), 1);
        QCOMPARE(server.requestCount(woltlabPagePath(m_seed, SeedThread, 3)), 1);
        const QMap<int, int> actual = seedParentsById(*h.model);
        QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
    }
    server.clearRoutes();
    reopenSeedOffline(cache, url, m_seed);
}

void TestWoltlabEngine::handMadeOverHttpThenOffline()
{
    // The hand-made thread's two pages over loopback, then from the cache alone. Its tree,
    // worked out from handMadeThread(): 3002 quotes 3001 by link, 3003 quotes 3002 (and 3002's quote
    // of 3001 inside), 3004 quotes 李雷's words typed by hand, which are 3003's; 3006's first
    // quote names the deleted 3005 and its second no one: nothing it names is there.
    FixtureServer server;
    QVERIFY(server.start());
    const FixtureThread thread = ::handMadeThread();
    for (int page = 1; page <= thread.pageCount(); ++page)
        server.setPage(woltlabPagePath(thread, 88, page), woltlabPage(thread, 88, page));
    const QUrl url = server.url(woltlabPagePath(thread, 88, 1));
    const QMap<QString, QString> tree {{u"3001"_s, u""_s}, {u"3002"_s, u"3001"_s}, {u"3003"_s, u"3002"_s},
        {u"3004"_s, u"3003"_s}, {u"3006"_s, u""_s}};
    const QMap<QString, QString> authors {{u"3001"_s, u"Zoë Brontë"_s}, {u"3002"_s, u"Jürgen Groß"_s},
        {u"3003"_s, u"李雷"_s}, {u"3004"_s, u"Ольга"_s}, {u"3006"_s, u"Zoë Brontë"_s}};
    const QString cache = m_dir.filePath(u"handmade.sqlite"_s);
    {
        QObject owner;
        LoadHarness h(cache, &owner);
        const LoadOutcome outcome = h.load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.pagesLoaded, 2);
        QCOMPARE(h.loader->info().title, thread.title);
        QCOMPARE(parentsById(*h.model), tree);
        QCOMPARE(authorsById(*h.model), authors);
    }
    server.clearRoutes();
    QObject owner;
    LoadHarness h(cache, &owner);
    const LoadOutcome outcome = h.load(url, true);
    QVERIFY(outcome.fromCache);
    QVERIFY(outcome.offline);
    QCOMPARE(parentsById(*h.model), tree);
    QCOMPARE(authorsById(*h.model), authors);
}

void TestWoltlabEngine::postLinkLandsOnItsPage()
{
    // ?postID=N: the forum answers with the post's page, whose pagination says which.
    FixtureServer server;
    QVERIFY(server.start());
    serveSeed(&server);
    const QString post = seedPostId(15);
    const QString link = woltlabPagePath(m_seed, SeedThread, 1) + u"?postID="_s + post;
    server.setPage(link, woltlabPage(m_seed, SeedThread, 2));
    QObject owner;
    LoadHarness h(m_dir.filePath(u"link.sqlite"_s), &owner);
    const LoadOutcome outcome = h.load(server.url(link + u"#post"_s + post));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(h.loader->info().url, server.url(woltlabPagePath(m_seed, SeedThread, 1)).toString());
    QCOMPARE(h.model->postCount(), m_seed.posts.size());
    QCOMPARE(h.loader->targetPostId(), post);
    QCOMPARE(server.requestCount(woltlabPagePath(m_seed, SeedThread, 2)), 0); // page 2 came with the link
}

void TestWoltlabEngine::refreshAsksWithValidators()
{
    FixtureServer server;
    QVERIFY(server.start());
    server.setValidators(true);
    FixtureThread thread = ::handMadeThread();
    auto serve = [&] {
        for (int page = 1; page <= thread.pageCount(); ++page)
            server.setPage(woltlabPagePath(thread, 88, page), woltlabPage(thread, 88, page));
    };
    serve();
    QObject owner;
    RefreshRig rig(m_dir.filePath(u"refresh.sqlite"_s), &owner, false);
    QVERIFY(loadAndWatch(rig, server.url(woltlabPagePath(thread, 88, 1))));
    QCOMPARE(rig.h->model->postCount(), 5);
    server.resetCounters();
    QList<RefreshOutcome> outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(server.notModified(), QStringList {woltlabPagePath(thread, 88, 2)});
    QCOMPARE(outcomes.first().newPosts, 0);

    thread.posts.append(
        post(u"3007"_s, u"Jürgen Groß"_s, u"2026-01-08T09:00:00Z"_s, u"Zweite Zählung: 230."_s));
    thread.posts.append(post(u"3008"_s, u"李雷"_s, u"2026-01-08T10:00:00Z"_s,
        u"[QUOTE=\"Jürgen Groß, post: 3007\"]Zweite Zählung: 230.[/QUOTE]Mehr als im Januar."_s));
    serve();
    server.resetCounters();
    outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.first().ok());
    QCOMPARE(
        server.requests(), (QStringList {woltlabPagePath(thread, 88, 2), woltlabPagePath(thread, 88, 3)}));
    QCOMPARE(server.conditionalRequests(), QStringList {woltlabPagePath(thread, 88, 2)});
    QCOMPARE(outcomes.first().newPosts, 2);
}

QTEST_GUILESS_MAIN(TestWoltlabEngine)
#include "tst_woltlabengine.moc"
