// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Vanilla engine: real pages of four Vanilla forums read in place (MoneySavingExpert,
// College Confidential, Scope, Bitdefender's community) checked post by post, pages we
// write in Vanilla 2.8's shape, URL detection, and threads loaded over loopback HTTP: the
// seed gives the XenForo tree, a discussion of non-ASCII names, quotes of quotes and a
// deleted comment is reopened offline and refreshed with conditional requests.
#include "enginechecks.h"
#include "loadharness.h"
#include "refreshrig.h"
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/vanillafixture.h"
#include "testutil.h"

#include "engines/postbody.h"
#include "engines/vanilla/vanillaengine.h"
#include "services/replytree.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;
using namespace Qt::StringLiterals;

namespace {
constexpr int SeedDiscussion = 7;
constexpr int BirdDiscussion = 31;

FixturePost birdPost(int id, const QString &author, int minutes, const QString &bbcode)
{
    FixturePost p;
    p.id = QString::number(id);
    p.author = author;
    p.date = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::UTC).addSecs(60 * minutes);
    p.bbcode = bbcode;
    return p;
}

// A discussion (7001) and its comments, three to a page. Comment 7004 (by "Gelöschter",
// who wrote nothing else) was deleted: Vanilla removes it and 7005's quote of it links a
// comment that is gone. 7006 quotes 7002's quote of the discussion; 7009 quotes by hand
// (the name alone).
FixtureThread birdThread()
{
    const QString a = u"Kestrels hover over the Limmat every morning at dawn."_s;
    const QString b = u"Only in winter, I think; summer brings the swifts instead."_s;
    const QString g = u"Photos from the lake shore are up on my page now."_s;
    const QString h = u"Lovely light in the third one."_s;
    FixtureThread t;
    t.title = u"Turmfalken über Zürich"_s;
    t.perPage = 3;
    t.posts = {
        birdPost(7001, u"Zoë"_s, 0, a),
        birdPost(7002, u"Łukasz"_s, 5, u"[QUOTE=\"Zoë, post: 7001\"]"_s + a + u"[/QUOTE]"_s + b),
        birdPost(7003, u"Иван"_s, 9, u"Has anyone counted them near the Grossmünster towers?"_s),
        birdPost(7005, u"Bob"_s, 21,
            u"[QUOTE=\"Gelöschter, post: 7004\"]The towers hold three nesting pairs.[/QUOTE]Where did you read that?"_s),
        birdPost(7006, u"Zoë"_s, 30,
            u"[QUOTE=\"Łukasz, post: 7002\"][QUOTE=\"Zoë, post: 7001\"]"_s + a + u"[/QUOTE]"_s + b
                + u"[/QUOTE]No, I saw two of them last July."_s),
        birdPost(7007, u"Иван"_s, 41, g),
        birdPost(7008, u"Bob"_s, 52, u"[QUOTE=\"Иван, post: 7007\"]"_s + g + u"[/QUOTE]"_s + h),
        birdPost(7009, u"Łukasz"_s, 60, u"[QUOTE=Bob]"_s + h + u"[/QUOTE]Agreed, the third is the best."_s),
    };
    return t;
}

// Worked out by reading birdThread(): replies under what they quote.
QMap<QString, QString> birdParents()
{
    return {{u"d31"_s, {}}, {u"7002"_s, u"d31"_s}, {u"7003"_s, {}}, {u"7005"_s, {}}, {u"7006"_s, u"7002"_s},
        {u"7007"_s, {}}, {u"7008"_s, u"7007"_s}, {u"7009"_s, u"7008"_s}};
}

void serve(FixtureServer *server, const FixtureThread &thread, int id)
{
    for (int page = 1; page <= vanillaPageCount(thread); ++page) {
        const QByteArray html = vanillaPage(thread, id, page);
        server->setPage(vanillaPagePath(thread, id, page), html);
        server->setPage(vanillaRequestPath(id, page), html);
    }
}
} // namespace

class TestVanillaEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void realPages_data();
    void realPages();
    void realQuotes_data();
    void realQuotes();
    void realQuoteFoundByWords();
    void richEditorQuotes_data();
    void richEditorQuotes();
    void customRoutesRecognizedByPage();
    void urls_data();
    void urls();
    void pageAndPostUrls();
    void writtenPages();
    void incompleteAndHostile();
    void seedOverHttpThenOffline();
    void birdsOverHttpOfflineAndRefreshed();
    void commentLinkFindsItsDiscussion();

private:
    VanillaEngine m_engine;
    FixtureThread m_seed;
    QTemporaryDir m_dir;
};

void TestVanillaEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QCOMPARE(m_seed.pageCount(), 3);
}

void TestVanillaEngine::realPages_data()
{
    // Read off each page: the discussion's item and its comments' li#Comment_K, each with
    // its a.Username and <time datetime>; the pager's highlighted and last numbers.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("pageCount");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("quotes");
    QTest::addColumn<QStringList>("posts"); // "id author date"
    QTest::newRow("MoneySavingExpert, page 1 of 24")
        << "vanilla/harvest-mse-5567669.html"
        << "https://forums.moneysavingexpert.com/discussion/5567669/"
           "unsure-whether-to-consolidate-please-advise"
        << "Unsure whether to consolidate - please advise" << 24
        << "https://forums.moneysavingexpert.com/discussion/5567669" << 2
        << QStringList {u"d5567669 zippygeorgeandben 2016-12-03T23:11:46Z"_s,
               u"71713537 jonesMUFCforever 2016-12-03T23:25:55Z"_s,
               u"71713551 zippygeorgeandben 2016-12-03T23:30:31Z"_s,
               u"71713571 DCFC79 2016-12-03T23:38:33Z"_s, u"71713572 YorkshireBoy 2016-12-03T23:39:02Z"_s,
               u"71715576 ratrace 2016-12-04T13:10:06Z"_s, u"71715817 Superscrooge 2016-12-04T14:06:50Z"_s,
               u"71717535 zippygeorgeandben 2016-12-04T19:52:39Z"_s,
               u"71718340 Dobbibill 2016-12-04T22:51:37Z"_s, u"71718406 MrsTinks 2016-12-04T23:11:56Z"_s,
               u"71720084 ReadingTim 2016-12-05T11:05:37Z"_s};
    QTest::newRow("MoneySavingExpert, one page")
        << "vanilla/harvest-mse-6100693.html"
        << "https://forums.moneysavingexpert.com/discussion/6100693/"
           "how-do-0-credit-card-balances-work-when-you-have-borrowed-twice"
        << "How do 0% credit card balances work when you have borrowed twice?" << 1
        << "https://forums.moneysavingexpert.com/discussion/6100693" << 0
        << QStringList {u"d6100693 Elephantchunks 2020-02-08T16:50:31Z"_s,
               u"76818295 ndf9876 2020-02-08T17:04:27Z"_s, u"76818299 zx81 2020-02-08T17:05:25Z"_s,
               u"76818570 Elephantchunks 2020-02-08T18:10:21Z"_s, u"76820126 yksi 2020-02-09T10:06:48Z"_s};
    QTest::newRow("Bitdefender, in /en/")
        << "vanilla/harvest-bitdefender-82059.html"
        << "https://community.bitdefender.com/en/discussion/82059/"
           "i-noticed-that-the-bitdefender-process-can-be-easily-killed"
        << "I noticed that the Bitdefender process can be easily killed" << 1
        << "https://community.bitdefender.com/en/discussion/82059" << 0
        << QStringList {u"d82059 JOJOshaun 2020-03-30T16:09:49Z"_s, u"295068 Alex D. 2020-04-02T17:15:54Z"_s,
               u"295081 JOJOshaun 2020-04-04T19:59:20Z"_s, u"295126 Alex D. 2020-04-09T17:15:51Z"_s,
               u"295416 Flexx 2020-05-09T09:23:12Z"_s, u"295849 loganwest 2020-06-04T06:23:08Z"_s};
    QTest::newRow("Bitdefender, imported posts")
        << "vanilla/harvest-bitdefender-81455.html"
        << "https://community.bitdefender.com/en/discussion/81455/how-to-disable-notification"
        << "How to disable notification" << 1 << "https://community.bitdefender.com/en/discussion/81455" << 0
        << QStringList {u"d81455 tthorsson 2019-09-29T03:49:37Z"_s, u"292896 bqpd 2019-09-29T05:10:04Z"_s,
               u"292897 garioch7 2019-09-29T05:44:00Z"_s, u"292898 tthorsson 2019-09-29T08:33:20Z"_s,
               u"292899 bqpd 2019-09-29T08:47:13Z"_s, u"292900 tthorsson 2019-09-29T08:50:26Z"_s,
               u"292901 bqpd 2019-09-29T08:52:36Z"_s, u"292907 tthorsson 2019-09-29T15:20:13Z"_s,
               u"292916 Roxana G 2019-09-30T06:40:49Z"_s, u"292926 tthorsson 2019-09-30T08:55:20Z"_s,
               u"292928 bqpd 2019-09-30T11:25:11Z"_s, u"292940 Roxana G 2019-10-01T06:31:07Z"_s,
               u"292949 tthorsson 2019-10-01T11:13:22Z"_s, u"292962 tthorsson 2019-10-02T12:24:03Z"_s,
               u"292963 bqpd 2019-10-02T12:48:52Z"_s, u"292972 tthorsson 2019-10-03T09:37:47Z"_s,
               u"293413 Bo Barry 2019-10-26T16:38:00Z"_s, u"293430 Alex D. 2019-10-28T10:43:00Z"_s};
    QTest::newRow("Scope, short") << "vanilla/harvest-scope-57774.html"
                                  << "https://community.scope.org.uk/discussion/57774/copd"
                                  << "Copd" << 1 << "https://community.scope.org.uk/discussion/57774" << 0
                                  << QStringList {u"d57774 christine55 2019-03-27T21:47:34Z"_s,
                                         u"225744 poppy123456 2019-03-27T23:37:25Z"_s,
                                         u"225796 CockneyRebel 2019-03-28T10:34:59Z"_s};
    QTest::newRow("Scope, a quote without a link")
        << "vanilla/harvest-scope-68941.html"
        << "https://community.scope.org.uk/discussion/68941/disabled-mum"
        << "Disabled mum" << 1 << "https://community.scope.org.uk/discussion/68941" << 1
        << QStringList {u"d68941 georgiea 2020-02-15T14:24:53Z"_s, u"301478 janer1967 2020-02-15T14:58:28Z"_s,
               u"301480 georgiea 2020-02-15T15:03:34Z"_s, u"302330 Ails 2020-02-20T00:07:02Z"_s,
               u"302431 Chloe_Scope 2020-02-20T12:49:53Z"_s, u"302467 georgiea 2020-02-20T13:45:14Z"_s,
               u"302468 georgiea 2020-02-20T13:47:19Z"_s, u"305006 Chloe_Scope 2020-03-04T11:31:35Z"_s,
               u"305008 laura222 2020-03-04T11:36:47Z"_s, u"305070 georgiea 2020-03-04T15:16:27Z"_s,
               u"305072 georgiea 2020-03-04T15:18:24Z"_s, u"305936 Chloe_Scope 2020-03-09T10:56:04Z"_s};
    QTest::newRow("College Confidential, page 1 of 3, its own routes")
        << "vanilla/harvest-cc-2183693.html"
        << "https://talk.collegeconfidential.com/student-here-ask-me-anything/"
           "2183693-got-into-nyu-pre-med-intention-ask-me-anything.html"
        << "Got into NYU, pre-Med Intention: ASK ME ANYTHING!" << 3
        << "https://talk.collegeconfidential.com/discussion/2183693" << 9
        << QStringList {u"d2183693 CCadmin_Sorin 2020-04-19T17:07:58Z"_s,
               u"22745882 Pendoo 2020-04-20T18:58:09Z"_s, u"22746169 coolguy40 2020-04-20T20:54:47Z"_s,
               u"22746232 larriglue 2020-04-20T21:19:01Z"_s, u"22746239 larriglue 2020-04-20T21:20:46Z"_s,
               u"22747112 Monnes 2020-04-21T01:13:06Z"_s, u"22747248 xindixu 2020-04-21T01:55:17Z"_s,
               u"22747418 grtd2010 2020-04-21T02:45:29Z"_s, u"22747798 RB12345 2020-04-21T07:37:58Z"_s,
               u"22749884 larriglue 2020-04-22T01:29:15Z"_s, u"22749986 larriglue 2020-04-22T02:06:25Z"_s,
               u"22752662 IvyCavalier2004 2020-04-23T00:08:32Z"_s,
               u"22754072 Anonomouse 2020-04-23T16:44:20Z"_s, u"22754342 bethriley 2020-04-23T18:22:44Z"_s,
               u"22755809 coolgirl40 2020-04-24T02:21:03Z"_s, u"22755843 dm4391 2020-04-24T02:33:31Z"_s,
               u"22756234 anonymous0320 2020-04-24T08:03:18Z"_s, u"22756757 larriglue 2020-04-24T15:24:15Z"_s,
               u"22756742 larriglue 2020-04-24T15:30:10Z"_s, u"22756746 larriglue 2020-04-24T15:32:25Z"_s,
               u"22756813 larriglue 2020-04-24T16:05:26Z"_s};
    QTest::newRow("College Confidential, one page")
        << "vanilla/harvest-cc-2184314.html"
        << "https://talk.collegeconfidential.com/ivy-league/2184314-application-to-ivy-leagues.html"
        << "Application to ivy leagues" << 1 << "https://talk.collegeconfidential.com/discussion/2184314" << 0
        << QStringList {u"d2184314 tommyshelby 2020-04-23T13:40:04Z"_s,
               u"22753709 TomSrOfBoston 2020-04-23T13:55:19Z"_s, u"22753740 Lindagaf 2020-04-23T14:12:58Z"_s,
               u"22756099 tommyshelby 2020-04-24T04:56:26Z"_s,
               u"22756100 tommyshelby 2020-04-24T04:56:47Z"_s};
}

void TestVanillaEngine::realPages()
{
    QFETCH(QString, file);
    QFETCH(QString, url);
    QFETCH(QStringList, posts);
    TK_REAL_PAGE_OR_SKIP(html, file);
    const ParsedPage page = m_engine.parsePage(html, QUrl(url));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QTEST(page.title, "title");
    QCOMPARE(page.page, 1);
    QTEST(page.pageCount, "pageCount");
    QTEST(page.canonical.toString(), "canonical");
    QStringList actual;
    int quotes = 0;
    for (const Post &p : page.posts) {
        actual.append(p.id + u' ' + p.author + u' ' + p.date.toString(Qt::ISODate));
        quotes += int(p.quotes.size());
        QVERIFY2(!p.text.trimmed().isEmpty(), qPrintable(p.id));
        QVERIFY2(!p.avatarUrl.isEmpty(), qPrintable(p.id));
    }
    QCOMPARE(actual, posts);
    QTEST(quotes, "quotes");
    // Items are numbered through the discussion: its own post first, then Item_1, Item_2….
    for (int i = 0; i < page.posts.size(); ++i)
        QCOMPARE(page.posts[i].number, i + 1);
    // Signatures are not the post.
    for (const Post &p : page.posts)
        QVERIFY2(!p.text.contains(u"What goes around - comes around"_s), qPrintable(p.id));
}

void TestVanillaEngine::realQuotes_data()
{
    // The Quotes plugin's markup: "<a>Name</a> wrote: <a class="QuoteLink" href=…>»</a>".
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("postId");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("textStart");
    QTest::addColumn<QString>("ownStart");
    QTest::newRow("MSE, quoting the discussion") << "vanilla/harvest-mse-5567669.html"
                                                 << "71713572"
                                                 << "zippygeorgeandben"
                                                 << "d5567669"
                                                 << "I wish to reduce my monthly direct debit outgoings"
                                                 << "Seems you're turning a 5 year debt repayment plan";
    QTest::newRow("MSE, again") << "vanilla/harvest-mse-5567669.html"
                                << "71720084"
                                << "zippygeorgeandben"
                                << "d5567669"
                                << "I wish to reduce my monthly direct debit outgoings"
                                << "Stuff you want to buy, but can't afford.";
    QTest::newRow("CC, a comment") << "vanilla/harvest-cc-2183693.html"
                                   << "22746232"
                                   << "Pendoo"
                                   << "22745882"
                                   << "Is it possible to switch majors from engineering to medical"
                                   << "@Pendoo, the earliest you can apply for internal transfer";
    QTest::newRow("CC, quoted twice") << "vanilla/harvest-cc-2183693.html"
                                      << "22747418"
                                      << "Pendoo"
                                      << "22745882"
                                      << "Is it possible to switch majors"
                                      << "FYI, Premed is not a major";
    QTest::newRow("CC, the last") << "vanilla/harvest-cc-2183693.html"
                                  << "22756813"
                                  << "bethriley"
                                  << "22754342"
                                  << "I am interested to go the pre-med track also."
                                  << "@bethriley, those classes look good!";
    QTest::newRow("Scope, said: and no link") << "vanilla/harvest-scope-68941.html"
                                              << "305936"
                                              << "georgiea"
                                              << ""
                                              << "@Chloe_Scope I haven't managed to get a baby sling"
                                              << "I'm glad the research has helped @georgiea!";
}

void TestVanillaEngine::realQuotes()
{
    QFETCH(QString, file);
    QFETCH(QString, postId);
    QFETCH(QString, textStart);
    QFETCH(QString, ownStart);
    TK_REAL_PAGE_OR_SKIP(html, file);
    const ParsedPage page = m_engine.parsePage(html, QUrl(u"https://forum.example/discussion/1"_s));
    const Post *post = findPost(page, postId);
    QVERIFY(post);
    QCOMPARE(post->quotes.size(), 1);
    QTEST(post->quotes.first().author, "author");
    QTEST(post->quotes.first().source, "source");
    QVERIFY2(
        post->quotes.first().text.simplified().startsWith(textStart), qPrintable(post->quotes.first().text));
    QVERIFY2(!post->quotes.first().text.contains(u"wrote:"_s), qPrintable(post->quotes.first().text));
    QVERIFY2(!post->quotes.first().text.contains(u"said:"_s), qPrintable(post->quotes.first().text));
    QVERIFY2(post->text.simplified().startsWith(ownStart), qPrintable(post->text.left(200)));
}

void TestVanillaEngine::realQuoteFoundByWords()
{
    // Scope's quote names georgiea and no comment: her #10 (305070) holds the words.
    TK_REAL_PAGE_OR_SKIP(html, QStringLiteral("vanilla/harvest-scope-68941.html"));
    ParsedPage page
        = m_engine.parsePage(html, QUrl(u"https://community.scope.org.uk/discussion/68941/disabled-mum"_s));
    for (qsizetype i = 0; i < page.posts.size(); ++i)
        page.posts[i].position = int(i);
    ReplyTree tree;
    tree.add(page.posts);
    QCOMPARE(tree.parentOf(u"305936"_s), u"305070"_s);
    // MSE's quotes link the discussion: its own post.
    TK_REAL_PAGE_OR_SKIP(mse, QStringLiteral("vanilla/harvest-mse-5567669.html"));
    ParsedPage msePage
        = m_engine.parsePage(mse, QUrl(u"https://forums.moneysavingexpert.com/discussion/5567669"_s));
    for (qsizetype i = 0; i < msePage.posts.size(); ++i)
        msePage.posts[i].position = int(i);
    ReplyTree mseTree;
    mseTree.add(msePage.posts);
    QCOMPARE(mseTree.parentOf(u"71713572"_s), u"d5567669"_s);
    QCOMPARE(mseTree.parentOf(u"71720084"_s), u"d5567669"_s);
}

void TestVanillaEngine::richEditorQuotes_data()
{
    // Vanilla 3's quote embed, as its QuoteEmbed renders it on the server and as its
    // React component writes it: a header naming the poster and linking the quoted post.
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("source");
    QTest::newRow("server-rendered, a comment") << QByteArray(
        R"(<div class="embedExternal embedText embedQuote"><div class="embedExternal-content">
<article class="embedText-body"><div class="embedText-main"><div class="embedText-header">
<a href="/profile/Ren%C3%A9e" class="embedQuote-userPhoto PhotoWrap"><img src="https://v.example/p.png" alt="Renée" class="ProfilePhoto ProfilePhotoSmall" tabIndex="-1" /></a>
<a href="/profile/Ren%C3%A9e"><span class="embedQuote-userName">Renée</span></a>
<a href="https://v.example/discussion/comment/4242#Comment_4242"><time class="embedText-dateTime meta" dateTime="2020-04-23T13:40:04+00:00" title="April 23, 2020 1:40PM">April 23</time></a>
<button class="js-toggleCollapsableContent embedQuote-collapseButton" aria-controls="c1">[ - ]</button>
</div><div class="embedQuote-excerpt js-collapsableExcerpt userContent" data-id="c1">Kestrels nest on the tower.</div>
</div></article></div></div>I saw them too.)") << "4242";
    QTest::newRow("React, the discussion") << QByteArray(
        R"(<div class="js-embed embedResponsive"><div class="embedExternal embedText embedQuote">
<blockquote class="embedText-body embedQuote-body"><div class="embedText-header embedQuote-header">
<a href="/profile/Ren%C3%A9e" class="embedQuote-userLink"><span class="embedQuote-userName">Renée</span></a>
<a href="https://v.example/discussion/12/kestrels" class="embedQuote-metaLink"><time class="embedText-dateTime embedQuote-dateTime meta" dateTime="2020-04-23T13:40:04+00:00" title="April 23, 2020 1:40PM">April 23</time></a>
</div><div class="embedText-main embedQuote-main"><div class="embedQuote-excerpt userContent">Kestrels nest on the tower.</div></div>
</blockquote></div></div>I saw them too.)") << "d12";
}

void TestVanillaEngine::richEditorQuotes()
{
    QFETCH(QByteArray, message);
    const QByteArray html
        = "<html><body id=\"vanilla_discussion_index\"><div id=\"Discussion_12\" "
          "class=\"Item ItemDiscussion\"><a class=\"Username\">Ann</a><div class=\"Message userContent\">"
        + message + "</div></div></body></html>";
    const ParsedPage page = m_engine.parsePage(html, QUrl(u"https://v.example/discussion/12/kestrels"_s));
    QCOMPARE(page.posts.size(), 1);
    const Post &post = page.posts.first();
    QCOMPARE(post.quotes.size(), 1);
    QCOMPARE(post.quotes.first().author, u"Renée"_s);
    QTEST(post.quotes.first().source, "source");
    QCOMPARE(post.quotes.first().text, u"Kestrels nest on the tower."_s);
    QCOMPARE(post.text, u"I saw them too."_s);
}

void TestVanillaEngine::customRoutesRecognizedByPage()
{
    // College Confidential routes discussions to /category/N-slug.html: not an address we
    // know, but a Vanilla page that says which discussion it is.
    TK_REAL_PAGE_OR_SKIP(html, QStringLiteral("vanilla/harvest-cc-2183693.html"));
    const QUrl odd(
        u"https://talk.collegeconfidential.com/student-here-ask-me-anything/2183693-got-into-nyu-pre-med-intention-ask-me-anything.html"_s);
    ThreadRef ref;
    QVERIFY(!engineForUrl(odd, &ref));
    QVERIFY(m_engine.recognizePage(html, odd, &ref));
    QCOMPARE(ref.canonical.toString(), u"https://talk.collegeconfidential.com/discussion/2183693"_s);
    QCOMPARE(engineForPage(html, odd, &ref)->name(), u"vanilla"_s);
    // A fixture page behind another route, and pages of other forums.
    const QByteArray written = vanillaPage(birdThread(), BirdDiscussion, 2);
    QVERIFY(
        m_engine.recognizePage(written, QUrl(u"http://forum.example/birds/31-turmfalken-p2.html"_s), &ref));
    QCOMPARE(ref.canonical.toString(), u"http://forum.example/discussion/31"_s);
    QCOMPARE(ref.page, 2);
    QVERIFY(!m_engine.recognizePage(xenforoPage(m_seed, 1), odd, &ref));
    QByteArray index = written;
    index.replace("id=\"Discussion_", "id=\"Gone_").replace("ItemComment", "ItemGone");
    QVERIFY(!m_engine.recognizePage(index, odd, &ref));
}

void TestVanillaEngine::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("postId");
    const QString mse = u"https://forums.moneysavingexpert.com/discussion/5567669"_s;
    QTest::newRow("discussion") << mse << "vanilla" << mse << 1 << "";
    QTest::newRow("slug") << mse + u"/unsure-whether-to-consolidate-please-advise"_s << "vanilla" << mse << 1
                          << "";
    QTest::newRow("page 24") << mse + u"/unsure-whether-to-consolidate-please-advise/p24"_s << "vanilla"
                             << mse << 24 << "";
    QTest::newRow("as the engine asks") << mse + u"/x/p3"_s << "vanilla" << mse << 3 << "";
    QTest::newRow("trailing slash") << mse + u"/slug/"_s << "vanilla" << mse << 1 << "";
    QTest::newRow("a comment's anchor")
        << mse + u"/slug/p2#Comment_71720084"_s << "vanilla" << mse << 2 << "71720084";
    QTest::newRow("in a folder") << u"https://community.bitdefender.com/en/discussion/82059/i-noticed"_s
                                 << "vanilla" << u"https://community.bitdefender.com/en/discussion/82059"_s
                                 << 1 << "";
    QTest::newRow("no pretty URLs") << u"https://f.example/index.php?p=/discussion/12/slug/p2"_s << "vanilla"
                                    << u"https://f.example/index.php?p=/discussion/12"_s << 2 << "";
    QTest::newRow("comment link: found by its page")
        << mse.chopped(18) + u"discussion/comment/71720084#Comment_71720084"_s << ""
        << "" << 0 << "";
    QTest::newRow("discussions list") << u"https://forums.moneysavingexpert.com/discussions"_s << ""
                                      << "" << 0 << "";
    QTest::newRow("category") << u"https://forums.moneysavingexpert.com/categories/loans"_s << ""
                              << "" << 0 << "";
    QTest::newRow("not a number") << u"https://f.example/discussion/12abc/slug"_s << ""
                                  << "" << 0 << "";
    QTest::newRow("ftp") << u"ftp://f.example/discussion/12"_s << ""
                         << "" << 0 << "";
}

void TestVanillaEngine::urls()
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

void TestVanillaEngine::pageAndPostUrls()
{
    const QUrl d(u"https://community.bitdefender.com/en/discussion/82059"_s);
    QCOMPARE(m_engine.pageUrl(d, 1), d);
    QCOMPARE(
        m_engine.pageUrl(d, 3).toString(), u"https://community.bitdefender.com/en/discussion/82059/x/p3"_s);
    const QUrl bare(u"https://f.example/index.php?p=/discussion/12"_s);
    QCOMPARE(m_engine.pageUrl(bare, 2).toString(), u"https://f.example/index.php?p=/discussion/12/x/p2"_s);
    const QUrl comment = m_engine.postUrl(d, u"295068"_s);
    QCOMPARE(comment.toString(),
        u"https://community.bitdefender.com/en/discussion/comment/295068#Comment_295068"_s);
    QCOMPARE(m_engine.postUrl(d, u"d82059"_s), d);
    QString postId;
    QCOMPARE(engineForPostLink(comment, &postId), engineByName(u"vanilla"_s));
    QCOMPARE(postId, u"295068"_s);
    QVERIFY(m_engine.postLinkId(d).isEmpty());
}

void TestVanillaEngine::writtenPages()
{
    const FixtureThread birds = birdThread();
    const QUrl url(u"http://forum.example"_s + vanillaRequestPath(BirdDiscussion, 2));
    const ParsedPage page = m_engine.parsePage(vanillaPage(birds, BirdDiscussion, 2), url);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.title, birds.title);
    QCOMPARE(page.page, 2);
    QCOMPARE(page.pageCount, 3);
    QCOMPARE(page.canonical.toString(), u"http://forum.example/discussion/31"_s);
    QCOMPARE(page.posts.size(), 3); // comments 4-6; the discussion heads page 1 only
    for (int i = 0; i < 3; ++i) {
        const FixturePost &expected = birds.posts[4 + i];
        QCOMPARE(page.posts[i].id, expected.id);
        QCOMPARE(page.posts[i].author, expected.author);
        QCOMPARE(page.posts[i].date, expected.date);
        QCOMPARE(page.posts[i].number, 5 + i);
        QVERIFY2(!page.posts[i].text.contains(u"watching kestrels"_s), qPrintable(page.posts[i].id));
    }
    // 7006 quotes Łukasz's 7002, which quoted the discussion: the outer quote's words are his.
    const Post *nested = findPost(page, u"7006"_s);
    QVERIFY(nested);
    QCOMPARE(nested->text, u"No, I saw two of them last July."_s);
    QCOMPARE(nested->quotes.size(), 1);
    QCOMPARE(nested->quotes[0].author, u"Łukasz"_s);
    QCOMPARE(nested->quotes[0].source, u"7002"_s);
    QCOMPARE(nested->quotes[0].text, u"Only in winter, I think; summer brings the swifts instead."_s);
    const Block *outer = nullptr;
    for (const Block &b : nested->body)
        outer = b.kind == Block::Kind::Quote ? &b : outer;
    QVERIFY(outer);
    const Block *inner = nullptr;
    for (const Block &b : outer->children)
        inner = b.kind == Block::Kind::Quote ? &b : inner;
    QVERIFY(inner);
    QCOMPARE(inner->quoteAuthor, u"Zoë"_s);
    QCOMPARE(inner->quoteSource, u"d31"_s);
    // 7005 quotes the deleted comment: its link names a post that is gone.
    const ParsedPage first = m_engine.parsePage(vanillaPage(birds, BirdDiscussion, 1), url);
    QCOMPARE(first.posts.first().id, u"d31"_s);
    const Post *orphan = findPost(first, u"7005"_s);
    QVERIFY(orphan);
    QCOMPARE(orphan->quotes.first().author, u"Gelöschter"_s);
    QCOMPARE(orphan->quotes.first().source, u"7004"_s);
    QCOMPARE(orphan->text, u"Where did you read that?"_s);
}

void TestVanillaEngine::incompleteAndHostile()
{
    const QByteArray html = vanillaPage(birdThread(), BirdDiscussion, 1);
    QVERIFY(m_engine.incompletePage(html).isEmpty());
    QVERIFY(!m_engine.incompletePage(html.left(html.size() / 2)).isEmpty());
    QByteArray quotes;
    for (int i = 0; i < 5000; ++i)
        quotes += "<blockquote class=\"Quote UserQuote\"><div class=\"blockquote-content\"><a "
                  "href=\"/profile/x\">x</a> "
                  "wrote: <a class=\"QuoteLink\" href=\"/discussion/comment/9\">»</a></div><div "
                  "class=\"blockquote-content\">";
    const QByteArray hostile
        = "<html><body id=\"vanilla_discussion_index\"><span class=\"Pager\"><a class=\"Highlight\">"
          "1</a><a>9999999</a></span><div id=\"Discussion_1\" class=\"ItemDiscussion\">"
          "<a class=\"Username\">"
        + QByteArray(1 << 20, 'n') + "</a><div class=\"Message\">" + quotes
        + "deep</div></div></body></html>";
    const QUrl thread(u"http://v.example/discussion/1"_s);
    const EngineAnswer answer
        = m_engine.readAnswer(EngineRequest {thread, EngineRequest::Format::Html, 1, "first"}, hostile,
            AnswerContext {thread, thread, true});
    QVERIFY(answer.error.isEmpty());
    QCOMPARE(answer.facts->unitCount, PagedHtmlEngine::MaxPages);
    QVERIFY(answer.next.size() < PagedHtmlEngine::MaxPages);
    // The page claims 9,999,999 pages: a bounded number are asked.
    QCOMPARE(answer.posts.size(), 1);
    const Post &one = answer.posts.first();
    QVERIFY(one.author.size() <= 200);
    QVERIFY(nestedQuoteDepth(one.body) <= PostBodyReader::MaxQuoteDepth + 1);
    QVERIFY(!m_engine.parsePage("<html><body id=\"vanilla_discussions_index\"></body></html>", thread)
                 .error.isEmpty());
}

void TestVanillaEngine::seedOverHttpThenOffline()
{
    FixtureServer server;
    QVERIFY(server.start());
    serve(&server, m_seed, SeedDiscussion);
    const QUrl url = server.url(vanillaPagePath(m_seed, SeedDiscussion, 1));
    const QString cache = m_dir.filePath(u"seed.sqlite"_s);
    const int pages = vanillaPageCount(m_seed);
    {
        QObject owner;
        LoadHarness h(cache, &owner);
        const LoadOutcome outcome = h.load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.pagesLoaded, pages);
        QCOMPARE(h.loader->info().engine, u"vanilla"_s);
        QCOMPARE(h.loader->info().title, m_seed.title);
        QCOMPARE(h.model->postCount(), m_seed.posts.size());
        for (int page = 2; page <= pages; ++page)
            QCOMPARE(server.requestCount(vanillaRequestPath(SeedDiscussion, page)),
                1); // page 1's extra post is not a full page
        const QMap<int, int> actual = seedParentsById(*h.model);
        QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
    }
    server.clearRoutes();
    reopenSeedOffline(cache, url, m_seed);
}

void TestVanillaEngine::birdsOverHttpOfflineAndRefreshed()
{
    FixtureServer server;
    QVERIFY(server.start());
    server.setValidators(true);
    FixtureThread birds = birdThread();
    serve(&server, birds, BirdDiscussion);
    const QUrl url = server.url(vanillaPagePath(birds, BirdDiscussion, 2)); // a link into page 2
    const QString cache = m_dir.filePath(u"birds.sqlite"_s);
    QObject owner;
    {
        RefreshRig rig(cache, &owner, false);
        QVERIFY(loadAndWatch(rig, url));
        QCOMPARE(rig.h->loader->info().url, server.url(u"/discussion/31"_s).toString());
        QCOMPARE(rig.h->loader->info().pageCount, 3);
        QCOMPARE(rig.h->model->postCount(), 8);
        QCOMPARE(parentIdsInModel(*rig.h->model), birdParents());

        server.resetCounters();
        const QList<RefreshOutcome> unchanged = refreshAll(rig);
        QCOMPARE(unchanged.size(), 1);
        QVERIFY2(unchanged.first().ok(), qPrintable(unchanged.first().error));
        QCOMPARE(server.requests(), QStringList {vanillaRequestPath(BirdDiscussion, 3)});
        QCOMPARE(server.notModified(), QStringList {vanillaRequestPath(BirdDiscussion, 3)});
        QCOMPARE(unchanged.first().newPosts, 0);

        // Three replies: page 3 fills up, page 4 begins.
        birds.posts.append(birdPost(7010, u"Иван"_s, 70,
            u"[QUOTE=\"Łukasz, post: 7009\"]Agreed, the third is the best.[/QUOTE]Thank you both."_s));
        birds.posts.append(birdPost(7011, u"Zoë"_s, 75, u"See you at the lake."_s));
        birds.posts.append(birdPost(7012, u"Bob"_s, 80, u"Bring the long lens."_s));
        serve(&server, birds, BirdDiscussion);
        server.resetCounters();
        const QList<RefreshOutcome> grown = refreshAll(rig);
        QCOMPARE(grown.size(), 1);
        QVERIFY2(grown.first().ok(), qPrintable(grown.first().error));
        QCOMPARE(server.requests(),
            (QStringList {vanillaRequestPath(BirdDiscussion, 3), vanillaRequestPath(BirdDiscussion, 4)}));
        QCOMPARE(server.conditionalRequests(), QStringList {vanillaRequestPath(BirdDiscussion, 3)});
        QCOMPARE(grown.first().newPosts, 3);
    }
    server.clearRoutes();
    LoadHarness h(cache, &owner);
    const LoadOutcome outcome = h.load(server.url(vanillaPagePath(birds, BirdDiscussion, 1)), true);
    QVERIFY(outcome.fromCache);
    QVERIFY(outcome.offline);
    QCOMPARE(h.model->postCount(), 11);
    QMap<QString, QString> expected = birdParents();
    expected.insert(u"7010"_s, u"7009"_s);
    expected.insert(u"7011"_s, QString());
    expected.insert(u"7012"_s, QString());
    QCOMPARE(parentIdsInModel(*h.model), expected);
}

void TestVanillaEngine::commentLinkFindsItsDiscussion()
{
    // /discussion/comment/K: Vanilla shows the comment's page there; the page names the
    // discussion.
    FixtureServer server;
    QVERIFY(server.start());
    const FixtureThread birds = birdThread();
    serve(&server, birds, BirdDiscussion);
    server.setPage(u"/discussion/comment/7007"_s, vanillaPage(birds, BirdDiscussion, 2));
    QObject owner;
    LoadHarness h(m_dir.filePath(u"link.sqlite"_s), &owner);
    const LoadOutcome outcome = h.load(server.url(u"/discussion/comment/7007#Comment_7007"_s));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(h.loader->info().url, server.url(u"/discussion/31"_s).toString());
    QCOMPARE(h.model->postCount(), 8);
    QCOMPARE(h.loader->targetPostId(), u"7007"_s);
}

QTEST_GUILESS_MAIN(TestVanillaEngine)
#include "tst_vanillaengine.moc"
