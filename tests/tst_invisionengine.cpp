// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Invision Community engine: a real IPS 4.7 page read in place, pages we write as
// IPS 4.7 shows them (several pages, quotes of quotes, a deleted post, names beyond
// ASCII, a style of our own), URL detection beside the other engines, and the seed
// thread loaded over loopback HTTP as IPS pages (then offline, then refreshed with
// conditional requests), giving the XenForo tree.
#include "enginechecks.h"
#include "loadharness.h"
#include "refreshrig.h"
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/invisionfixture.h"
#include "testutil.h"

#include "engines/invision/invisionengine.h"
#include "engines/postbody.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;
using namespace Qt::StringLiterals;

namespace {
constexpr int SeedTopic = 7;

FixturePost post(const QString &id, const QString &author, const QString &when, const QString &bbcode)
{
    FixturePost p;
    p.id = id;
    p.author = author;
    p.date = QDateTime::fromString(when, Qt::ISODate);
    p.bbcode = bbcode;
    return p;
}

// A small topic of our own: names beyond ASCII, a quote of a quote, a quote typed by hand,
// an uncited quote, and post 505 deleted (guests see the topic without it; 506 quotes it).
FixtureThread handMadeTopic()
{
    FixtureThread t;
    t.title = u"Überwinterung der Kraniche — Zählung 2026"_s;
    t.perPage = 3;
    t.posts = {
        post(
            u"501"_s, u"Zoë Brontë"_s, u"2026-01-05T08:15:00Z"_s, u"Erste Zählung am Teich: 214 Kraniche."_s),
        post(u"502"_s, u"Jürgen Groß"_s, u"2026-01-05T09:02:00Z"_s,
            u"[QUOTE=\"Zoë Brontë, post: 501\"]Erste Zählung am Teich: 214 Kraniche.[/QUOTE]Bei mir nur 180."_s),
        post(u"503"_s, u"李雷"_s, u"2026-01-05T10:30:00Z"_s,
            u"[QUOTE=\"Jürgen Groß, post: 502\"][QUOTE=\"Zoë Brontë, post: 501\"]Erste Zählung am Teich: 214 "
            "Kraniche.[/QUOTE]Bei mir nur 180.[/QUOTE]Die Differenz liegt am Morgennebel."_s),
        post(u"504"_s, u"Ольга"_s, u"2026-01-06T17:45:00Z"_s,
            u"[QUOTE=\"李雷\"]Die Differenz liegt am Morgennebel.[/QUOTE]Nebel zählt nicht mit."_s),
        // 505 was deleted by a moderator: guests never see it.
        post(u"506"_s, u"Zoë Brontë"_s, u"2026-01-07T07:00:00Z"_s,
            u"[QUOTE=\"Jürgen Groß, post: 505\"]Wer war das?[/QUOTE][QUOTE]ohne Namen[/QUOTE]Schon gelöscht."_s),
    };
    return t;
}
} // namespace

class TestInvisionEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void realPage();
    void realPostInRussian();
    void urls_data();
    void urls();
    void pageAndPostUrls();
    void writtenPages();
    void handMadeTopic_data();
    void handMadeTopic();
    void anotherStyle();
    void recognizedByPage();
    void incompletePages();
    void hostileMarkup();
    void seedOverHttpThenOffline();
    void handMadeOverHttpThenOffline();
    void postLinkLandsOnItsPage();
    void refreshAsksWithValidators();

private:
    QUrl serveSeed(FixtureServer *server);

    InvisionEngine m_engine;
    FixtureThread m_seed;
    QTemporaryDir m_dir;
};

void TestInvisionEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QCOMPARE(m_seed.pageCount(), 3);
}

void TestInvisionEngine::realPage()
{
    // forum.armbian.com (IPS 4.7), a page as saved by a public project: it begins inside
    // the first post (its header cut off), then two whole posts. Facts read off the page.
    TK_REAL_PAGE_OR_SKIP(html, u"invision/armbian-rk322x-fragment.html"_s);
    const QUrl url(u"https://forum.armbian.com/topic/34923-csc-armbian-for-rk322x-tv-box-boards/"_s);
    const ParsedPage page = m_engine.parsePage(html, url);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.canonical, url); // the fragment has no canonical link: the address says
    QCOMPARE(page.page, 1);
    QCOMPARE(page.posts.size(), 2); // the cut first post has no <article> to find
    const Post &first = page.posts[0];
    QCOMPARE(first.id, u"92583"_s);
    QCOMPARE(first.author, u"fabiobassa"_s);
    QCOMPARE(first.date.toString(Qt::ISODate), u"2020-01-08T22:09:53Z"_s);
    // Own words, whole, as read off the page (white space aside).
    QCOMPARE(first.text.simplified(),
        u"@jock Well, simply speachless . Great details and great work. Personally will support this "
        "adventure as soon as I will own more and more different boards. Hope someone will join the study "
        "and add ideas, suggestions, solutions Thank you Jock"_s);
    QVERIFY(first.quotes.isEmpty());
    QCOMPARE(first.avatarUrl,
        u"https://forum.armbian.com/uploads/monthly_2020_06/download.thumb.jpg.c76c16404011b211742cd18e0cae7edc.jpg"_s);
    const Post &second = page.posts[1];
    QCOMPARE(second.id, u"93235"_s);
    QCOMPARE(second.author, u"knaerzche"_s);
    QCOMPARE(second.date.toString(Qt::ISODate), u"2020-01-18T22:12:13Z"_s);
    QCOMPARE(second.text.simplified(),
        u"Hey, great - somebody else is working on this too - just talked about adding an armbian recpie in "
        "LE forums. I will look deeper in your work the next days (and armbian in general) - and maybe add "
        "some contribs. Some question beforehand: 1. How far is mainline kernel support? (Saw some commits "
        "in your repo) 2. How about using wayland instead of X?"_s);
    // The share menu, reactions and quote buttons beside the post are not the post.
    for (const Post &p : page.posts) {
        QVERIFY2(!p.text.contains(u"Share on"_s), qPrintable(p.id));
        QVERIFY2(!p.text.contains(u"MultiQuote"_s), qPrintable(p.id));
        QVERIFY2(!p.text.contains(u"Posted"_s), qPrintable(p.id));
    }
}

void TestInvisionEngine::realPostInRussian()
{
    // psycheforum.ru (IPS 4.x), one post's content as a public project kept it (its
    // article around it is ours): three quotes of Alakey's post 5717987, each answered, and
    // the Russian "Изменено … пользователем Кнехт" note. The second quote's markup is
    // broken as kept (data-ipsquote=" swallows its class).
    TK_REAL_PAGE_OR_SKIP(content, u"invision/psyforum-ru-post-fragment.html"_s);
    const QByteArray html
        = "<html><body><article id=\"elComment_5718001\">" + content + "</article></body></html>";
    const ParsedPage page = m_engine.parsePage(html, QUrl(u"https://psycheforum.ru/topic/130830-x/"_s));
    QCOMPARE(page.posts.size(), 1);
    const Post &p = page.posts.first();
    QCOMPARE(p.quotes.size(), 3);
    for (const Quote &q : p.quotes) {
        QCOMPARE(q.author, u"Alakey"_s);
        QCOMPARE(q.source, u"5717987"_s);
    }
    QVERIFY2(p.quotes[0].text.startsWith(u"Если мужчина в 21 год"_s), qPrintable(p.quotes[0].text));
    QVERIFY2(p.quotes[1].text.startsWith(u"Виноват ли поздний девственник"_s), qPrintable(p.quotes[1].text));
    QVERIFY2(p.quotes[2].text.startsWith(u"Как вообще помочь"_s), qPrintable(p.quotes[2].text));
    QCOMPARE(p.text.simplified(),
        u"Это в каком законе написано?) В 21 год - это ещё не поздний девственник. И слово \"вина\" здесь "
        "не подходит. Просто не сложилось. Найти ту, которая воспримет."_s);
    QVERIFY2(!p.text.contains(u"Изменено"_s), qPrintable(p.text));
    QVERIFY(!p.text.contains(u"Кнехт"_s));
}

void TestInvisionEngine::urls_data()
{
    // Each URL to the engine that claims it (none: ""), the topic it names, its page and post.
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("postId");
    const QString topic = u"https://community.example/topic/123-a-slug/"_s;
    QTest::newRow("topic") << topic << "invision" << topic << 1 << "";
    QTest::newRow("no trailing slash")
        << u"https://community.example/topic/123-a-slug"_s << "invision" << topic << 1 << "";
    QTest::newRow("page 3") << topic + u"page/3/"_s << "invision" << topic << 3 << "";
    QTest::newRow("findComment") << topic + u"?do=findComment&comment=4567"_s << "invision" << topic << 1
                                 << "4567";
    QTest::newRow("#comment-") << topic + u"page/2/#comment-4567"_s << "invision" << topic << 2 << "4567";
    QTest::newRow("tracking query dropped")
        << topic + u"?tab=comments&utm_source=x"_s << "invision" << topic << 1 << "";
    QTest::newRow("a slug beyond ASCII, encoded")
        << u"https://c.example/topic/7-%C3%BCberwinterung/page/2/"_s << "invision"
        << u"https://c.example/topic/7-überwinterung/"_s << 2 << "";
    QTest::newRow("the same, as typed") << u"https://c.example/topic/7-überwinterung/"_s << "invision"
                                        << u"https://c.example/topic/7-überwinterung/"_s << 1 << "";
    QTest::newRow("id only") << u"https://community.example/topic/123/"_s << "invision"
                             << "https://community.example/topic/123/" << 1 << "";
    QTest::newRow("under /forums/") << u"https://www.example.org/forums/topic/9-x/page/2/"_s << "invision"
                                    << "https://www.example.org/forums/topic/9-x/" << 2 << "";
    // vBulletin 5 takes /forum/…/ID-title: IPS is asked first.
    QTest::newRow("under /forum/") << u"https://www.example.org/forum/topic/9-x/"_s << "invision"
                                   << "https://www.example.org/forum/topic/9-x/" << 1 << "";
    QTest::newRow("no rewritten addresses")
        << u"https://c.example/index.php?/topic/123-a-slug/"_s << "invision"
        << "https://c.example/index.php?/topic/123-a-slug/" << 1 << "";
    QTest::newRow("no rewritten addresses, page and post")
        << u"https://c.example/index.php?/forums/topic/123-a-slug/page/4/&do=findComment&comment=77"_s
        << "invision"
        << "https://c.example/index.php?/forums/topic/123-a-slug/" << 4 << "77";
    QTest::newRow("raw controller address")
        << u"https://c.example/index.php?app=forums&module=forums&controller=topic&id=123&page=2"_s
        << "invision"
        << "https://c.example/index.php?app=forums&module=forums&controller=topic&id=123" << 2 << "";
    // (Not /forum/5-general/: vBulletin 5's addresses take that one.)
    QTest::newRow("a forum, not a topic") << u"https://community.example/forums/forum/5-general/"_s << ""
                                          << "" << 1 << "";
    QTest::newRow("profile") << u"https://community.example/profile/12-name/"_s << ""
                             << "" << 1 << "";
    QTest::newRow("topic without a number") << u"https://community.example/topic/abc/"_s << ""
                                            << "" << 1 << "";
    QTest::newRow("ftp") << u"ftp://community.example/topic/1-x/"_s << ""
                         << "" << 1 << "";
    // The neighbours keep theirs.
    QTest::newRow("XenForo thread") << u"https://forum.example/threads/a-title.123/"_s << "xenforo"
                                    << "https://forum.example/threads/a-title.123/" << 1 << "";
    QTest::newRow("vBulletin 5") << u"https://forum.example/forum/general/123-a-title"_s << "vbulletin"
                                 << "https://forum.example/forum/general/123-a-title" << 1 << "";
    QTest::newRow("vBulletin 4 friendly") << u"https://forum.example/threads/123-a-title"_s << "vbulletin"
                                          << "https://forum.example/threads/123-a-title" << 1 << "";
    QTest::newRow("Discourse") << u"https://meta.example/t/some-topic/123"_s << "discourse"
                               << "https://meta.example/t/123" << 1 << "";
}

void TestInvisionEngine::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, engine);
    ThreadRef ref;
    const ForumEngine *found = engineForUrl(QUrl(url), &ref);
    QCOMPARE(found ? found->name() : QString(), engine);
    if (found) {
        QTEST(ref.canonical.toString(), "canonical");
        if (engine == QLatin1String("invision")) {
            QTEST(ref.page, "page");
            QTEST(ref.postId, "postId");
        }
    }
}

void TestInvisionEngine::pageAndPostUrls()
{
    const QUrl topic(u"https://c.example/forums/topic/123-a-slug/"_s);
    QCOMPARE(m_engine.pageUrl(topic, 1), topic);
    QCOMPARE(m_engine.pageUrl(topic, 3).toString(), u"https://c.example/forums/topic/123-a-slug/page/3/"_s);
    QCOMPARE(m_engine.postUrl(topic, u"456"_s).toString(),
        u"https://c.example/forums/topic/123-a-slug/?do=findComment&comment=456"_s);
    const QUrl routed(u"https://c.example/index.php?/topic/123-a-slug/"_s);
    QCOMPARE(
        m_engine.pageUrl(routed, 2).toString(), u"https://c.example/index.php?/topic/123-a-slug/page/2/"_s);
    QCOMPARE(m_engine.postUrl(routed, u"9"_s).toString(),
        u"https://c.example/index.php?/topic/123-a-slug/&do=findComment&comment=9"_s);
    const QUrl raw(u"https://c.example/index.php?app=forums&module=forums&controller=topic&id=123"_s);
    QCOMPARE(m_engine.pageUrl(raw, 2).toString(), raw.toString() + u"&page=2"_s);
    // Every form reads back as the same topic.
    for (const QUrl &base : {topic, routed, raw}) {
        ThreadRef ref;
        QVERIFY(m_engine.parseUrl(m_engine.pageUrl(base, 5), &ref));
        QCOMPARE(ref.canonical, base);
        QCOMPARE(ref.page, 5);
        QVERIFY(m_engine.parseUrl(m_engine.postUrl(base, u"42"_s), &ref));
        QCOMPARE(ref.canonical, base);
        QCOMPARE(ref.postId, u"42"_s);
    }
}

void TestInvisionEngine::writtenPages()
{
    const QUrl base(u"http://c.example"_s);
    const ParsedPage page = m_engine.parsePage(
        invisionPage(m_seed, SeedTopic, 2), base.resolved(QUrl(invisionPagePath(m_seed, SeedTopic, 2))));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.title, m_seed.title);
    QCOMPARE(page.page, 2);
    QCOMPARE(page.pageCount, 3);
    QCOMPARE(page.canonical, base.resolved(QUrl(invisionPagePath(m_seed, SeedTopic, 1))));
    QCOMPARE(page.posts.size(), 10);
    for (int i = 0; i < 10; ++i) {
        const FixturePost &expected = m_seed.posts[10 + i];
        QCOMPARE(page.posts[i].id, expected.id);
        QCOMPARE(page.posts[i].author, expected.author);
        QCOMPARE(page.posts[i].date, expected.date.toUTC());
        QCOMPARE(page.posts[i].number, 11 + i);
    }
    // Quotes made with Quote name the quoted post; typed by hand only its poster.
    const ParsedPage last = m_engine.parsePage(
        invisionPage(m_seed, SeedTopic, 3), base.resolved(QUrl(invisionPagePath(m_seed, SeedTopic, 3))));
    const Post *reply = findPost(last, seedPostId(21));
    QVERIFY(reply);
    QCOMPARE(reply->quotes.size(), 1);
    QCOMPARE(reply->quotes.first().source, seedPostId(20));
    QVERIFY2(!reply->quotes.first().text.contains(u"said:"_s), qPrintable(reply->quotes.first().text));
    QVERIFY(!reply->text.contains(u"said:"_s));
    const Post *typed = findPost(last, seedPostId(22));
    QVERIFY(typed);
    QVERIFY(typed->quotes.first().source.isEmpty());
    QVERIFY(!typed->quotes.first().author.isEmpty());
}

void TestInvisionEngine::handMadeTopic_data()
{
    // Worked out from handMadeTopic() above: page, author, date, quotes' authors and
    // sources (top level, in order), the first words of the post's own text.
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QStringList>("quoteAuthors");
    QTest::addColumn<QStringList>("quoteSources");
    QTest::addColumn<QString>("ownText");
    QTest::newRow("501") << "501" << 1 << u"Zoë Brontë"_s << "2026-01-05T08:15:00Z" << QStringList {}
                         << QStringList {} << u"Erste Zählung am Teich"_s;
    QTest::newRow("502") << "502" << 1 << u"Jürgen Groß"_s << "2026-01-05T09:02:00Z"
                         << QStringList {u"Zoë Brontë"_s} << QStringList {u"501"_s} << u"Bei mir nur 180."_s;
    QTest::newRow("503, a quote of a quote")
        << "503" << 1 << u"李雷"_s << "2026-01-05T10:30:00Z" << QStringList {u"Jürgen Groß"_s}
        << QStringList {u"502"_s} << u"Die Differenz liegt am Morgennebel."_s;
    QTest::newRow("504, typed by hand")
        << "504" << 2 << u"Ольга"_s << "2026-01-06T17:45:00Z" << QStringList {u"李雷"_s}
        << QStringList {u""_s} << u"Nebel zählt nicht mit."_s;
    QTest::newRow("506, quotes the deleted 505")
        << "506" << 2 << u"Zoë Brontë"_s << "2026-01-07T07:00:00Z" << QStringList {u"Jürgen Groß"_s, u""_s}
        << QStringList {u"505"_s, u""_s} << u"Schon gelöscht."_s;
}

void TestInvisionEngine::handMadeTopic()
{
    QFETCH(QString, id);
    QFETCH(int, page);
    const FixtureThread topic = ::handMadeTopic();
    const QUrl url = QUrl(u"http://c.example"_s).resolved(QUrl(invisionPagePath(topic, 88, page)));
    const ParsedPage parsed = m_engine.parsePage(invisionPage(topic, 88, page), url);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.title, topic.title);
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
    QVERIFY(!p->text.contains(u"said:"_s));
    if (id == QLatin1String("503")) {
        // The quote inside the quote names its own source.
        const Block *outer = firstQuote(p->body);
        QVERIFY(outer);
        const Block *inner = firstQuote(outer->children);
        QVERIFY(inner);
        QCOMPARE(inner->quoteAuthor, u"Zoë Brontë"_s);
        QCOMPARE(inner->quoteSource, u"501"_s);
    }
}

void TestInvisionEngine::anotherStyle()
{
    // Invision Community 5's markup (its postContainer and pagination templates), without
    // the quote data a style may drop: the name in h3.ipsEntry__username, an "Edited" note
    // and a spoiler inside the content, ipsPagination__active.
    const QByteArray html = R"(<!DOCTYPE html><html><head><title>Kestrel nests - Birds - Example</title>
<link rel="canonical" href="https://c.example/topic/31-kestrel-nests/page/2/"></head>
<body class="ipsApp ipsApp_front"><h1 class="ipsPageHeader__title">Kestrel nests</h1>
<ul class="ipsPagination" data-pages="4"><li class="ipsPagination__page"><a href="#">1</a></li>
<li class="ipsPagination__page ipsPagination__active"><a href="#" data-page="2">2</a></li></ul>
<article id="elComment_9001" class="ipsEntry ipsEntry--post">
 <header class="ipsEntry__header"><h3 class="ipsEntry__username"><a href="/profile/4-maren/">Maren Øster</a></h3>
 <a href="?do=findComment&amp;comment=9001"><time datetime="2025-06-01T12:34:56Z">June 1</time></a></header>
 <div class="ipsEntry__post"><div class="ipsRichText" data-role="commentContent">
  <blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentcommentid="8990" data-ipsquote-username="Per">
   <div class="ipsQuote_citation">Per said:</div><div class="ipsQuote_contents"><p>Where?</p></div></blockquote>
  <p>On the church tower.</p>
  <blockquote class="ipsQuote" data-ipsquote="" data-ipsquote-contentapp="gallery" data-ipsquote-contentclass="gallery_Image" data-ipsquote-contentcommentid="9001" data-ipsquote-username="Per">
   <div class="ipsQuote_citation">Per said:</div><div class="ipsQuote_contents"><p>A photo of it.</p></div></blockquote>
  <div class="ipsSpoiler" data-ipsspoiler><div class="ipsSpoiler_header"><span>Spoiler</span></div>
   <div class="ipsSpoiler_contents"><p>Three eggs.</p></div></div>
  <span class="ipsType_reset ipsType_medium ipsType_light" data-excludequote><strong>Edited <time datetime="2025-06-02T08:00:00Z">June 2</time> by Maren Øster</strong></span>
 </div></div>
</article></body></html>)";
    const ParsedPage page
        = m_engine.parsePage(html, QUrl(u"https://c.example/topic/31-kestrel-nests/page/2/"_s));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.title, u"Kestrel nests"_s);
    QCOMPARE(page.page, 2);
    QCOMPARE(page.pageCount, 4);
    QCOMPARE(page.canonical.toString(), u"https://c.example/topic/31-kestrel-nests/"_s);
    QCOMPARE(page.posts.size(), 1);
    const Post &p = page.posts.first();
    QCOMPARE(p.id, u"9001"_s);
    QCOMPARE(p.author, u"Maren Øster"_s);
    QCOMPARE(p.date.toString(Qt::ISODate), u"2025-06-01T12:34:56Z"_s); // the header's, not the edit's
    QCOMPARE(p.quotes.size(), 2);
    QCOMPARE(p.quotes.first().author, u"Per"_s);
    QCOMPARE(p.quotes.first().source, u"8990"_s);
    // A gallery comment's id is not a post's, though this post has the same number.
    QCOMPARE(p.quotes.last().author, u"Per"_s);
    QVERIFY(p.quotes.last().source.isEmpty());
    QVERIFY2(p.text.startsWith(u"On the church tower."_s), qPrintable(p.text));
    QVERIFY2(!p.text.contains(u"Edited"_s), qPrintable(p.text));
    bool spoiler = false;
    for (const Block &b : p.body)
        spoiler = spoiler || b.kind == Block::Kind::Spoiler;
    QVERIFY(spoiler);
}

void TestInvisionEngine::recognizedByPage()
{
    // A forum whose addresses no engine knows: the page says it is IPS and which topic.
    ThreadRef ref;
    const QByteArray html = invisionPage(m_seed, SeedTopic, 2);
    const QUrl odd(u"http://c.example/go/seed"_s);
    QVERIFY(m_engine.recognizePage(html, odd, &ref));
    QCOMPARE(ref.canonical.toString(), u"http://c.example"_s + invisionPagePath(m_seed, SeedTopic, 1));
    QCOMPARE(ref.page, 2);
    QCOMPARE(engineForPage(html, odd, &ref)->name(), u"invision"_s);
    // A forum that renamed /topic/ to /discussion/: cached under its canonical link.
    QByteArray renamed = html;
    renamed.replace("/forums/topic/", "/forums/discussion/");
    QVERIFY(m_engine.recognizePage(renamed, odd, &ref));
    QCOMPARE(ref.canonical.path(),
        QString(invisionPagePath(m_seed, SeedTopic, 1)).replace(u"/topic/"_s, u"/discussion/"_s));
    QCOMPARE(m_engine.pageUrl(ref.canonical, 3).path(), ref.canonical.path() + u"page/3/"_s);
    // Not IPS's.
    QVERIFY(!m_engine.recognizePage(xenforoPage(m_seed, 1), odd, &ref));
    QByteArray index = html;
    index.replace("id=\"elComment_", "id=\"elTopic_"); // a forum index: no posts
    QVERIFY(!m_engine.recognizePage(index, odd, &ref));
}

void TestInvisionEngine::incompletePages()
{
    const QByteArray html = invisionPage(m_seed, SeedTopic, 1);
    QVERIFY(m_engine.incompletePage(html).isEmpty());
    QVERIFY(!m_engine.incompletePage(html.left(html.size() / 2)).isEmpty());
}

void TestInvisionEngine::hostileMarkup()
{
    // Nested quotes without end, a page count of millions, a name of a megabyte: bounded.
    QByteArray quotes;
    for (int i = 0; i < 5000; ++i)
        quotes += "<blockquote class=\"ipsQuote\" data-ipsquote-contentcommentid=\"1\"><div "
                  "class=\"ipsQuote_contents\">";
    const QByteArray name(1 << 20, 'n');
    const QByteArray html
        = "<html><body class=\"ipsApp\"><ul class=\"ipsPagination\" data-pages=\"99999999\"></ul>"
          "<article id=\"elComment_1\"><h3 class=\"cAuthorPane_author\">"
        + name + "</h3><div data-role=\"commentContent\">" + quotes + "deep</div></article></body></html>";
    const QUrl thread(u"http://c.example/topic/1-x/"_s);
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

QUrl TestInvisionEngine::serveSeed(FixtureServer *server)
{
    for (int page = 1; page <= m_seed.pageCount(); ++page)
        server->setPage(invisionPagePath(m_seed, SeedTopic, page), invisionPage(m_seed, SeedTopic, page));
    return server->url(invisionPagePath(m_seed, SeedTopic, 1));
}

void TestInvisionEngine::seedOverHttpThenOffline()
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
        QCOMPARE(h.loader->info().engine, u"invision"_s);
        QCOMPARE(h.loader->info().title, m_seed.title);
        QCOMPARE(h.loader->info().pageCount, 3);
        QCOMPARE(h.model->postCount(), m_seed.posts.size());
        QCOMPARE(server.requestCount(invisionPagePath(m_seed, SeedTopic, 2)), 1);
        QCOMPARE(server.requestCount(invisionPagePath(m_seed, SeedTopic, 3)), 1);
        // The same tree as the seed's XenForo pages give.
        const QMap<int, int> actual = seedParentsById(*h.model);
        QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
    }
    server.clearRoutes();
    reopenSeedOffline(cache, url, m_seed);
}

void TestInvisionEngine::handMadeOverHttpThenOffline()
{
    // The hand-made topic's two pages over loopback, then from the cache alone. Its tree,
    // worked out from handMadeTopic(): 502 quotes 501 by link, 503 quotes 502 (and 502's quote
    // of 501 inside), 504 quotes 李雷's words typed by hand, which are 503's; 506's first
    // quote names the deleted 505 and its second no one: nothing it names is there.
    FixtureServer server;
    QVERIFY(server.start());
    const FixtureThread topic = ::handMadeTopic();
    for (int page = 1; page <= topic.pageCount(); ++page)
        server.setPage(invisionPagePath(topic, 88, page), invisionPage(topic, 88, page));
    const QUrl url = server.url(invisionPagePath(topic, 88, 1));
    const QMap<QString, QString> tree {{u"501"_s, u""_s}, {u"502"_s, u"501"_s}, {u"503"_s, u"502"_s},
        {u"504"_s, u"503"_s}, {u"506"_s, u""_s}};
    const QMap<QString, QString> authors {{u"501"_s, u"Zoë Brontë"_s}, {u"502"_s, u"Jürgen Groß"_s},
        {u"503"_s, u"李雷"_s}, {u"504"_s, u"Ольга"_s}, {u"506"_s, u"Zoë Brontë"_s}};
    const QString cache = m_dir.filePath(u"handmade.sqlite"_s);
    {
        QObject owner;
        LoadHarness h(cache, &owner);
        const LoadOutcome outcome = h.load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.pagesLoaded, 2);
        QCOMPARE(h.loader->info().title, topic.title);
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

void TestInvisionEngine::postLinkLandsOnItsPage()
{
    // ?do=findComment&comment=N: the forum answers with the post's page (here without a
    // redirect), whose pagination says which page it is.
    FixtureServer server;
    QVERIFY(server.start());
    serveSeed(&server);
    const QString post = seedPostId(15);
    const QString link = invisionPagePath(m_seed, SeedTopic, 1) + u"?do=findComment&comment="_s + post;
    server.setPage(link, invisionPage(m_seed, SeedTopic, 2));
    QObject owner;
    LoadHarness h(m_dir.filePath(u"link.sqlite"_s), &owner);
    const LoadOutcome outcome = h.load(server.url(link));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(h.loader->info().url, server.url(invisionPagePath(m_seed, SeedTopic, 1)).toString());
    QCOMPARE(h.model->postCount(), m_seed.posts.size());
    QCOMPARE(h.loader->targetPostId(), post);
    QCOMPARE(server.requestCount(invisionPagePath(m_seed, SeedTopic, 2)), 0); // page 2 came with the link
}

void TestInvisionEngine::refreshAsksWithValidators()
{
    // The hand-made topic, watched: unchanged, a refresh costs one conditional request for
    // its last page; then a post lands on a new page, which is fetched.
    FixtureServer server;
    QVERIFY(server.start());
    server.setValidators(true);
    FixtureThread topic = ::handMadeTopic();
    auto serve = [&] {
        for (int page = 1; page <= topic.pageCount(); ++page)
            server.setPage(invisionPagePath(topic, 88, page), invisionPage(topic, 88, page));
    };
    serve();
    QObject owner;
    RefreshRig rig(m_dir.filePath(u"refresh.sqlite"_s), &owner, false);
    QVERIFY(loadAndWatch(rig, server.url(invisionPagePath(topic, 88, 1))));
    QCOMPARE(rig.h->model->postCount(), 5);
    server.resetCounters();
    QList<RefreshOutcome> outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(server.notModified(), QStringList {invisionPagePath(topic, 88, 2)});
    QCOMPARE(outcomes.first().newPosts, 0);

    topic.posts.append(
        post(u"507"_s, u"Jürgen Groß"_s, u"2026-01-08T09:00:00Z"_s, u"Zweite Zählung: 230."_s));
    topic.posts.append(post(u"508"_s, u"李雷"_s, u"2026-01-08T10:00:00Z"_s,
        u"[QUOTE=\"Jürgen Groß, post: 507\"]Zweite Zählung: 230.[/QUOTE]Mehr als im Januar."_s));
    serve();
    server.resetCounters();
    outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.first().ok());
    QCOMPARE(
        server.requests(), (QStringList {invisionPagePath(topic, 88, 2), invisionPagePath(topic, 88, 3)}));
    QCOMPARE(server.conditionalRequests(), QStringList {invisionPagePath(topic, 88, 2)});
    QCOMPARE(outcomes.first().newPosts, 2);
}

QTEST_GUILESS_MAIN(TestInvisionEngine)
#include "tst_invisionengine.moc"
