// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The FluxBB/PunBB engine: real pages read in place (the Arch Linux forums' FluxBB 1.5,
// checked post by post), pages we write in FluxBB 1.5's and PunBB 1.4's shapes, URL
// detection beside phpBB (both answer at viewtopic.php), and threads loaded over loopback
// HTTP as FluxBB pages: the seed gives the XenForo tree, a thread of non-ASCII names,
// quotes of quotes and a deleted post is reopened offline and refreshed with conditional
// requests.
#include "enginechecks.h"
#include "loadharness.h"
#include "refreshrig.h"
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/fluxbbfixture.h"
#include "testutil.h"

#include "engines/fluxbb/fluxbbengine.h"
#include "engines/phpbb/phpbbengine.h"
#include "engines/postbody.h"
#include "services/replytree.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;
using namespace Qt::StringLiterals;

namespace {
constexpr int SeedTopic = 7;
constexpr int BirdTopic = 31;

FixturePost birdPost(int id, const QString &author, int minutes, const QString &bbcode)
{
    FixturePost p;
    p.id = QString::number(id);
    p.author = author;
    p.date = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::UTC).addSecs(60 * minutes);
    p.bbcode = bbcode;
    return p;
}

// A topic of four posters with names beyond ASCII, four to a page. Post 9004 (by
// "Gelöschter", who posted nothing else) was deleted: FluxBB removes it outright and
// numbers the rest by place; 9005 still quotes it. 9006 quotes 9002's quote of 9001,
// 9010 quotes without a name (and so stays at the top: a quote is matched among its
// poster's posts).
FixtureThread birdThread()
{
    const QString a = u"Kestrels hover over the Limmat every morning at dawn."_s;
    const QString b = u"Only in winter, I think; summer brings the swifts instead."_s;
    const QString c = u"Has anyone counted them near the Grossmünster towers?"_s;
    const QString g = u"Photos from the lake shore are up on my page now."_s;
    const QString h = u"Lovely light in the third one."_s;
    FixtureThread t;
    t.title = u"Turmfalken über Zürich"_s;
    t.perPage = 4;
    t.posts = {
        birdPost(9001, u"Zoë"_s, 0, a),
        birdPost(9002, u"Łukasz"_s, 5, u"[QUOTE=Zoë]"_s + a + u"[/QUOTE]"_s + b),
        birdPost(9003, u"Иван"_s, 9, c),
        birdPost(9005, u"Bob"_s, 21,
            u"[QUOTE=Gelöschter]The towers hold three nesting pairs this year.[/QUOTE]Where did you read that?"_s),
        birdPost(9006, u"Zoë"_s, 30,
            u"[QUOTE=Łukasz][QUOTE=Zoë]"_s + a + u"[/QUOTE]"_s + b
                + u"[/QUOTE]No, I saw two of them last July."_s),
        birdPost(9007, u"Иван"_s, 41, g),
        birdPost(9008, u"Bob"_s, 52, u"[QUOTE=Иван]"_s + g + u"[/QUOTE]"_s + h),
        birdPost(9009, u"Łukasz"_s, 60, u"Thanks all, a good thread about kestrels."_s),
        birdPost(9010, u"Zoë"_s, 75, u"[QUOTE]"_s + c + u"[/QUOTE]Eleven, on Sunday."_s),
        birdPost(
            9011, u"Иван"_s, 80, u"[QUOTE=Bob]"_s + h + u"[/QUOTE]It was taken at six in the morning."_s),
    };
    return t;
}

// Worked out by reading birdThread(): each reply under the post whose words it quotes.
QMap<QString, QString> birdParents()
{
    return {{u"9001"_s, {}}, {u"9002"_s, u"9001"_s}, {u"9003"_s, {}}, {u"9005"_s, {}}, {u"9006"_s, u"9002"_s},
        {u"9007"_s, {}}, {u"9008"_s, u"9007"_s}, {u"9009"_s, {}}, {u"9010"_s, {}}, {u"9011"_s, u"9008"_s}};
}

void serve(FixtureServer *server, const FixtureThread &thread, int topic)
{
    for (int page = 1; page <= thread.pageCount(); ++page)
        server->setPage(fluxbbPagePath(topic, page), fluxbbPage(thread, topic, page));
}
} // namespace

class TestFluxbbEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void realPagePostByPost_data();
    void realPagePostByPost();
    void realPageFacts();
    void realPunbb12PostByPost_data();
    void realPunbb12PostByPost();
    void realPunbb12QuoteAndTopic();
    void otherLanguages_data();
    void otherLanguages();
    void urls_data();
    void urls();
    void pageAndPostUrls();
    void writtenPages_data();
    void writtenPages();
    void recognizedByPage();
    void incompleteAndHostile();
    void seedOverHttpThenOffline();
    void birdsOverHttpOfflineAndRefreshed();
    void postLinkFindsItsTopic();

private:
    FluxbbEngine m_engine;
    FixtureThread m_seed;
    QTemporaryDir m_dir;
};

void TestFluxbbEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QCOMPARE(m_seed.pageCount(), 3);
}

void TestFluxbbEngine::realPagePostByPost_data()
{
    // Read off bbs.archlinux.org's topic 249553 as saved (FluxBB 1.5, dates "Y-m-d H:i:s").
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("author");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("textStart");
    QTest::newRow("#1") << 0 << "1865954"
                        << "wzrdtales" << 1 << "2019-09-29T10:46:47Z"
                        << "Hey together,\nI was coming from the following thread:";
    QTest::newRow("#2") << 1 << "1866986"
                        << "nickl" << 2 << "2019-10-06T16:59:52Z"
                        << "@wzrdtales, just fyi, my issue turned out to be that boltd doesn't re-authorize";
    QTest::newRow("#3") << 2 << "1867716"
                        << "wzrdtales" << 3 << "2019-10-10T13:47:14Z"
                        << "I will try with boltctl, and have a look at the patch";
    QTest::newRow("#4") << 3 << "1868220"
                        << "wzrdtales" << 4 << "2019-10-13T11:20:44Z"
                        << "boltctl authorize ends up in this state for me:";
    QTest::newRow("#5") << 4 << "1891075"
                        << "wzrdtales" << 5 << "2020-03-09T14:35:12Z"
                        << "Anyone nows if there is any new progress or bug report on this?";
}

void TestFluxbbEngine::realPagePostByPost()
{
    QFETCH(int, index);
    TK_REAL_PAGE_OR_SKIP(html, QStringLiteral("fluxbb/harvest-archlinux-viewtopic.html"));
    const ParsedPage page
        = m_engine.parsePage(html, QUrl(u"https://bbs.archlinux.org/viewtopic.php?id=249553"_s));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.posts.size(), 5);
    const Post &post = page.posts[index];
    QTEST(post.id, "id");
    QTEST(post.author, "author");
    QTEST(post.number, "number");
    QTEST(post.date.toString(Qt::ISODate), "date");
    QFETCH(QString, textStart);
    QVERIFY2(post.text.startsWith(textStart), qPrintable(post.text.left(200)));
    QVERIFY(post.quotes.isEmpty()); // the topic quotes nothing
    QVERIFY2(!post.text.contains(u"Last edited by"_s), qPrintable(post.id));
    QVERIFY2(!post.text.contains(u"Registered:"_s), qPrintable(post.id));
}

void TestFluxbbEngine::realPageFacts()
{
    TK_REAL_PAGE_OR_SKIP(html, QStringLiteral("fluxbb/harvest-archlinux-viewtopic.html"));
    // Reached by a post link: the page says which topic it is.
    const QUrl link(u"https://bbs.archlinux.org/viewtopic.php?pid=1867716#p1867716"_s);
    const ParsedPage page = m_engine.parsePage(html, link);
    QCOMPARE(page.title, u"Thinkpad Thunderbolt 3 Dock does not work correctly after replug"_s);
    QCOMPARE(page.page, 1);
    QCOMPARE(page.pageCount, 1);
    QCOMPARE(page.canonical.toString(), u"https://bbs.archlinux.org/viewtopic.php?id=249553"_s);
    // The first post's code blocks are code, its "Last edited by" is not the post.
    int code = 0;
    for (const Block &b : page.posts.first().body)
        code += b.kind == Block::Kind::Code ? 1 : 0;
    QVERIFY(code >= 2);
    ThreadRef ref;
    QVERIFY(m_engine.recognizePage(html, link, &ref));
    QCOMPARE(ref.canonical.toString(), u"https://bbs.archlinux.org/viewtopic.php?id=249553"_s);
    QCOMPARE(ref.postId, u"1867716"_s);
    QVERIFY(!PhpbbEngine().recognizePage(html, link, &ref));
    QCOMPARE(engineForPage(html, link, &ref)->name(), u"fluxbb"_s);
}

void TestFluxbbEngine::realPunbb12PostByPost_data()
{
    // Read off forum.textdrive.com's topic 7356 as minimagick saved it (PunBB 1.2, dates
    // "Today 03:46:42" and "Yesterday 20:47:30" against the day it is read).
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("author");
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("textStart");
    QTest::newRow("#1") << 0 << "62698"
                        << "geography" << 1 << "20:47:30"
                        << "I have a rails app that downloads images found on the web.";
    QTest::newRow("#2") << 1 << "62708"
                        << "jqshenker" << 1 << "22:06:50"
                        << "Yeah, it's the limits.";
    QTest::newRow("#3") << 2 << "62709"
                        << "julik" << 1 << "22:12:28"
                        << "that doesn't feel well";
    QTest::newRow("#4") << 3 << "62732"
                        << "geography" << 0 << "03:46:42"
                        << "I'm resizing it too. But that is not where it dies.";
    QTest::newRow("#5") << 4 << "62735"
                        << "jqshenker" << 0 << "04:14:08"
                        << "I meant \"resizing\" as anything to do with RMagick.";
    QTest::newRow("#6") << 5 << "62737"
                        << "cch" << 0 << "04:17:28"
                        << "what if you use open(fname, 'w')";
    QTest::newRow("#7") << 6 << "62767"
                        << "geography" << 0 << "15:44:42"
                        << "Using open(fname, 'w'){|f|f.write img.to_blob} has the same problem...";
    QTest::newRow("#8") << 7 << "62774"
                        << "jqshenker" << 0 << "17:03:28"
                        << "RMagick does leak memory in some versions";
    QTest::newRow("#9") << 8 << "62782"
                        << "geography" << 0 << "19:04:21"
                        << "So what i've learned so far...";
    QTest::newRow("#10") << 9 << "62785"
                         << "cch" << 0 << "19:29:11"
                         << "the memory limit is 100mb.";
    QTest::newRow("#11") << 10 << "62796"
                         << "geography" << 0 << "21:13:19"
                         << "So after some investigation it seems like RMagick is a total memory hog.";
    QTest::newRow("#12") << 11 << "62801"
                         << "cch" << 0 << "21:55:36"
                         << "Yea, now you have to know whether it's RMagick specifically";
}

void TestFluxbbEngine::realPunbb12PostByPost()
{
    QFETCH(int, index);
    QFETCH(int, daysAgo);
    QFETCH(QString, time);
    QFETCH(QString, textStart);
    TK_REAL_PAGE_OR_SKIP(html, QStringLiteral("fluxbb/minimagick-textdrive-punbb12.html"));
    const QDate today = QDate::currentDate();
    const ParsedPage page
        = m_engine.parsePage(html, QUrl(u"http://forum.textdrive.com/viewtopic.php?id=7356"_s));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.posts.size(), 12);
    const Post &post = page.posts[index];
    QTEST(post.id, "id");
    QTEST(post.author, "author");
    QCOMPARE(post.number, index + 1);
    QCOMPARE(post.date, QDateTime(today.addDays(-daysAgo), QTime::fromString(time), QTimeZone::UTC));
    QVERIFY2(post.text.simplified().startsWith(textStart), qPrintable(post.text.left(200)));
    QVERIFY2(!post.text.contains(u"soggyslides"_s), qPrintable(post.id)); // a signature
    QVERIFY2(!post.text.contains(u"Last edited by"_s), qPrintable(post.id));
    QVERIFY2(!post.text.contains(u"wrote:"_s), qPrintable(post.id));
}

void TestFluxbbEngine::realPunbb12QuoteAndTopic()
{
    TK_REAL_PAGE_OR_SKIP(html, QStringLiteral("fluxbb/minimagick-textdrive-punbb12.html"));
    // Saved from a page of its own: the reply links name the topic.
    const QUrl saved(u"http://forum.textdrive.com/viewtopic.php?pid=62735#p62735"_s);
    const ParsedPage page = m_engine.parsePage(html, saved);
    QCOMPARE(page.title, u"Lighttpd says Insufficient memory (case 4)"_s);
    QCOMPARE(page.page, 1);
    QCOMPARE(page.pageCount, 1);
    QCOMPARE(page.canonical.toString(), u"http://forum.textdrive.com/viewtopic.php?id=7356"_s);
    QCOMPARE(page.posts[1].avatarUrl, u"http://forum.textdrive.com/not_an_image_files/2707.jfif"_s);
    // 1.2's quote: <blockquote><div class="incqbox"><h4>geography wrote:</h4>.
    const Post *reply = findPost(page, u"62735"_s);
    QVERIFY(reply);
    QCOMPARE(reply->quotes.size(), 1);
    QCOMPARE(reply->quotes.first().author, u"geography"_s);
    QVERIFY(reply->quotes.first().source.isEmpty());
    QVERIFY(reply->quotes.first().text.startsWith(u"I'm resizing it too."_s));
    // The source, by the quoted words among geography's posts: #4, not #1, #7, #9 or #11.
    QList<Post> posts = page.posts;
    for (qsizetype i = 0; i < posts.size(); ++i)
        posts[i].position = int(i); // as readAnswer() places them
    ReplyTree tree;
    tree.add(posts);
    QCOMPARE(tree.parentOf(u"62735"_s), u"62732"_s);
    for (const Post &p : page.posts) {
        if (p.id != u"62735"_s)
            QVERIFY2(tree.parentOf(p.id).isEmpty(), qPrintable(p.id));
    }
    ThreadRef ref;
    QVERIFY(m_engine.recognizePage(html, saved, &ref));
    QCOMPARE(ref.postId, u"62735"_s);
    QCOMPARE(engineForPage(html, saved, &ref)->name(), u"fluxbb"_s);
}

void TestFluxbbEngine::otherLanguages_data()
{
    // FluxBB's language packs: "wrote" and "Today"/"Yesterday" as boards print them.
    QTest::addColumn<QString>("cite");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("author");
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<QString>("time");
    QTest::newRow("French") << u"Jérôme a écrit :"_s << u"Aujourd'hui 10:15:02"_s << u"Jérôme"_s << 0
                            << "10:15:02";
    QTest::newRow("German") << u"Zoë hat geschrieben:"_s << u"Gestern 22:01:00"_s << u"Zoë"_s << 1
                            << "22:01:00";
    QTest::newRow("Italian") << u"Rossi ha scritto:"_s << u"Oggi 08:00:59"_s << u"Rossi"_s << 0 << "08:00:59";
    QTest::newRow("Polish") << u"Kowalski napisał(a):"_s << u"2019-09-29 10:46:47"_s << u"Kowalski"_s << -1
                            << "10:46:47";
}

void TestFluxbbEngine::otherLanguages()
{
    QFETCH(QString, cite);
    QFETCH(QString, date);
    QFETCH(int, daysAgo);
    QFETCH(QString, time);
    const QString html = uR"(<html><body><div id="punviewtopic" class="pun">
<div id="p7" class="blockpost rowodd firstpost"><h2><span><span class="conr">#1</span> <a href="viewtopic.php?pid=7#p7">%1</a></span></h2>
<div class="postleft"><dl><dt><strong>Anna</strong></dt></dl></div>
<div class="postright"><h3>Sujet</h3><div class="postmsg"><div class="quotebox"><cite>%2</cite><blockquote><div><p>Les faucons.</p></div></blockquote></div><p>Oui.</p></div></div>
</div></div></body></html>)"_s.arg(date.toHtmlEscaped(), cite.toHtmlEscaped());
    const ParsedPage page
        = m_engine.parsePage(html.toUtf8(), QUrl(u"http://forum.example/viewtopic.php?id=3"_s));
    QCOMPARE(page.posts.size(), 1);
    const Post &post = page.posts.first();
    QTEST(post.quotes.first().author, "author");
    QCOMPARE(post.quotes.first().text, u"Les faucons."_s);
    QCOMPARE(post.text, u"Oui."_s);
    const QDate day = daysAgo < 0 ? QDate(2019, 9, 29) : QDate::currentDate().addDays(-daysAgo);
    QCOMPARE(post.date, QDateTime(day, QTime::fromString(time), QTimeZone::UTC));
}

void TestFluxbbEngine::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("postId");
    const QString arch = u"https://bbs.archlinux.org/viewtopic.php?id=249553"_s;
    QTest::newRow("topic") << arch << "fluxbb" << arch << 1 << "";
    QTest::newRow("page 3") << arch + u"&p=3"_s << "fluxbb" << arch << 3 << "";
    QTest::newRow("p before id") << u"https://bbs.archlinux.org/viewtopic.php?p=2&id=249553"_s << "fluxbb"
                                 << arch << 2 << "";
    QTest::newRow("action=new") << arch + u"&action=new"_s << "fluxbb" << arch << 1 << "";
    QTest::newRow("a post's anchor") << arch + u"&p=2#p1891075"_s << "fluxbb" << arch << 2 << "1891075";
    QTest::newRow("leading zero") << u"https://bbs.archlinux.org/viewtopic.php?id=0249553"_s << "fluxbb"
                                  << arch << 1 << "";
    QTest::newRow("in a folder") << u"http://forum.example/punbb/viewtopic.php?id=12&p=2"_s << "fluxbb"
                                 << u"http://forum.example/punbb/viewtopic.php?id=12"_s << 2 << "";
    QTest::newRow("post link: found by its page")
        << u"https://bbs.archlinux.org/viewtopic.php?pid=1867716#p1867716"_s << ""
        << "" << 0 << "";
    // phpBB's forms stay phpBB's: t= is its topic, p= (alone) its post.
    QTest::newRow("phpBB topic") << u"https://board.example/viewtopic.php?f=4&t=123"_s << "phpbb"
                                 << u"https://board.example/viewtopic.php?t=123"_s << 1 << "";
    QTest::newRow("phpBB topic and post")
        << u"https://board.example/viewtopic.php?t=123&p=456#p456"_s << "phpbb"
        << u"https://board.example/viewtopic.php?t=123"_s << 1 << "456";
    QTest::newRow("id and t: phpBB's") << u"https://board.example/viewtopic.php?id=5&t=123"_s << "phpbb"
                                       << u"https://board.example/viewtopic.php?t=123"_s << 1 << "";
    QTest::newRow("phpBB post link") << u"https://board.example/viewtopic.php?p=456#p456"_s << ""
                                     << "" << 0 << "";
    QTest::newRow("not a number") << u"https://bbs.archlinux.org/viewtopic.php?id=12abc"_s << ""
                                  << "" << 0 << "";
    QTest::newRow("forum") << u"https://bbs.archlinux.org/viewforum.php?id=22"_s << ""
                           << "" << 0 << "";
    QTest::newRow("ftp") << u"ftp://bbs.archlinux.org/viewtopic.php?id=1"_s << ""
                         << "" << 0 << "";
}

void TestFluxbbEngine::urls()
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

void TestFluxbbEngine::pageAndPostUrls()
{
    const QUrl topic(u"https://bbs.archlinux.org/viewtopic.php?id=249553"_s);
    QCOMPARE(m_engine.pageUrl(topic, 1), topic);
    QCOMPARE(
        m_engine.pageUrl(topic, 4).toString(), u"https://bbs.archlinux.org/viewtopic.php?id=249553&p=4"_s);
    const QUrl post = m_engine.postUrl(topic, u"1867716"_s);
    QCOMPARE(post.toString(), u"https://bbs.archlinux.org/viewtopic.php?pid=1867716#p1867716"_s);
    // FluxBB's post link is FluxBB's, though phpBB would read its #p anchor as a post.
    QString postId;
    QCOMPARE(engineForPostLink(post, &postId), engineByName(u"fluxbb"_s));
    QCOMPARE(postId, u"1867716"_s);
    QCOMPARE(engineForPostLink(QUrl(u"https://board.example/viewtopic.php?p=456#p456"_s), &postId),
        engineByName(u"phpbb"_s));
    QVERIFY(m_engine.postLinkId(topic).isEmpty());
    QVERIFY(m_engine.postLinkId(QUrl(u"https://board.example/viewtopic.php?p=456#p456"_s)).isEmpty());
}

void TestFluxbbEngine::writtenPages_data()
{
    QTest::addColumn<int>("style");
    QTest::newRow("FluxBB 1.5") << int(FluxbbStyle::Fluxbb15);
    QTest::newRow("PunBB 1.4") << int(FluxbbStyle::Punbb14);
}

void TestFluxbbEngine::writtenPages()
{
    QFETCH(int, style);
    const FixtureThread birds = birdThread();
    const QUrl url(u"http://forum.example"_s + fluxbbPagePath(BirdTopic, 2));
    const ParsedPage page = m_engine.parsePage(fluxbbPage(birds, BirdTopic, 2, FluxbbStyle(style)), url);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.title, birds.title);
    QCOMPARE(page.page, 2);
    QCOMPARE(page.pageCount, 3);
    QCOMPARE(page.canonical.toString(), u"http://forum.example/forum/viewtopic.php?id=31"_s);
    QCOMPARE(page.posts.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const FixturePost &expected = birds.posts[4 + i];
        QCOMPARE(page.posts[i].id, expected.id);
        QCOMPARE(page.posts[i].author, expected.author);
        QCOMPARE(page.posts[i].date, expected.date);
        QCOMPARE(page.posts[i].number, 5 + i); // by place: the deleted post left no gap
        QVERIFY2(!page.posts[i].text.contains(u"sent from my kestrel"_s), qPrintable(page.posts[i].id));
        QVERIFY2(!page.posts[i].text.contains(u"Last edited by"_s), qPrintable(page.posts[i].id));
    }
    // 9006 quotes Łukasz, who quoted Zoë: the outer quote's words are his alone.
    const Post *nested = findPost(page, u"9006"_s);
    QVERIFY(nested);
    QCOMPARE(nested->text, u"No, I saw two of them last July."_s);
    QCOMPARE(nested->quotes.size(), 1);
    QCOMPARE(nested->quotes[0].author, u"Łukasz"_s);
    QVERIFY(nested->quotes[0].source.isEmpty()); // FluxBB's quotes name no post
    QCOMPARE(nested->quotes[0].text, u"Only in winter, I think; summer brings the swifts instead."_s);
    QVERIFY(!nested->quotes[0].text.contains(u"wrote"_s));
    const Block *outer = nullptr;
    for (const Block &b : nested->body)
        outer = b.kind == Block::Kind::Quote ? &b : outer;
    QVERIFY(outer);
    const Block *inner = nullptr;
    for (const Block &b : outer->children)
        inner = b.kind == Block::Kind::Quote ? &b : inner;
    QVERIFY(inner);
    QCOMPARE(inner->quoteAuthor, u"Zoë"_s);
    // 9005 (page 1) quotes the deleted post's author.
    const ParsedPage first = m_engine.parsePage(fluxbbPage(birds, BirdTopic, 1, FluxbbStyle(style)), url);
    const Post *orphan = findPost(first, u"9005"_s);
    QVERIFY(orphan);
    QCOMPARE(orphan->number, 4);
    QCOMPARE(orphan->quotes.first().author, u"Gelöschter"_s);
    QCOMPARE(orphan->text, u"Where did you read that?"_s);
}

void TestFluxbbEngine::recognizedByPage()
{
    // Rewritten addresses: the page says it is FluxBB's and which topic.
    const QByteArray html = fluxbbPage(birdThread(), BirdTopic, 3);
    const QUrl odd(u"http://forum.example/forum/topic31-page3.html"_s);
    ThreadRef ref;
    QVERIFY(m_engine.recognizePage(html, odd, &ref));
    QCOMPARE(ref.canonical.toString(), u"http://forum.example/forum/viewtopic.php?id=31"_s);
    QCOMPARE(ref.page, 3);
    QCOMPARE(engineForPage(html, odd, &ref)->name(), u"fluxbb"_s);
    const QByteArray punbb = fluxbbPage(birdThread(), BirdTopic, 1, FluxbbStyle::Punbb14);
    QVERIFY(m_engine.recognizePage(punbb, odd, &ref));
    QCOMPARE(ref.canonical.toString(), u"http://forum.example/forum/viewtopic.php?id=31"_s);
    // phpBB's pages (div.post#pN as PunBB's) are phpBB's, and FluxBB's not phpBB's.
    const QByteArray phpbb = phpbbPage(m_seed, SeedTopic, 1);
    QVERIFY(!m_engine.recognizePage(phpbb, QUrl(u"http://board.example/topic7.html"_s), &ref));
    QCOMPARE(engineForPage(phpbb, QUrl(u"http://board.example/topic7.html"_s), &ref)->name(), u"phpbb"_s);
    QVERIFY(!PhpbbEngine().recognizePage(html, odd, &ref));
    QVERIFY(!m_engine.recognizePage(xenforoPage(m_seed, 1), odd, &ref));
}

void TestFluxbbEngine::incompleteAndHostile()
{
    const QByteArray html = fluxbbPage(birdThread(), BirdTopic, 1);
    QVERIFY(m_engine.incompletePage(html).isEmpty());
    QVERIFY(!m_engine.incompletePage(html.left(html.size() / 2)).isEmpty());
    // Quotes nested thousands deep, a name of a megabyte, a page claiming millions: bounded.
    QByteArray quotes;
    for (int i = 0; i < 5000; ++i)
        quotes += "<div class=\"quotebox\"><cite>x wrote:</cite><blockquote><div>";
    const QByteArray hostile
        = "<html><body><div id=\"punviewtopic\"><p class=\"pagelink\"><strong>9999998</strong>"
          " <a href=\"viewtopic.php?id=1&p=9999999\">9999999</a></p>"
          "<div id=\"p1\" class=\"blockpost\"><div class=\"postleft\"><dl><dt><strong>"
        + QByteArray(1 << 20, 'n') + "</strong></dt></dl></div><div class=\"postmsg\">" + quotes
        + "deep</div></div></div></body></html>";
    const QUrl thread(u"http://b.example/viewtopic.php?id=1"_s);
    const EngineAnswer answer
        = m_engine.readAnswer(EngineRequest {thread, EngineRequest::Format::Html, 1, "first"}, hostile,
            AnswerContext {thread, thread, true});
    QVERIFY(answer.error.isEmpty());
    QCOMPARE(answer.posts.size(), 1);
    QVERIFY(answer.posts.first().author.size() <= 200);
    QCOMPARE(answer.facts->unitCount, PagedHtmlEngine::MaxPages);
    QVERIFY(answer.next.size() < PagedHtmlEngine::MaxPages);
    QVERIFY(nestedQuoteDepth(answer.posts.first().body) <= PostBodyReader::MaxQuoteDepth + 1);
    // Not a topic: no posts, an error.
    QVERIFY(
        !m_engine.parsePage("<html><body><div id=\"punindex\"></div></body></html>", thread).error.isEmpty());
}

void TestFluxbbEngine::seedOverHttpThenOffline()
{
    FixtureServer server;
    QVERIFY(server.start());
    serve(&server, m_seed, SeedTopic);
    const QUrl url = server.url(fluxbbPagePath(SeedTopic, 1));
    const QString cache = m_dir.filePath(u"seed.sqlite"_s);
    {
        QObject owner;
        LoadHarness h(cache, &owner);
        const LoadOutcome outcome = h.load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.pagesLoaded, 3);
        QCOMPARE(h.loader->info().engine, u"fluxbb"_s);
        QCOMPARE(h.loader->info().title, m_seed.title);
        QCOMPARE(h.model->postCount(), m_seed.posts.size());
        QCOMPARE(server.requestCount(u"/forum/viewtopic.php?id=7&p=2"_s), 1);
        QCOMPARE(server.requestCount(u"/forum/viewtopic.php?id=7&p=3"_s), 1);
        // The same tree as the seed's XenForo pages give, from the quoted words alone.
        const QMap<int, int> actual = seedParentsById(*h.model);
        QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
    }
    server.clearRoutes();
    reopenSeedOffline(cache, url, m_seed);
}

void TestFluxbbEngine::birdsOverHttpOfflineAndRefreshed()
{
    FixtureServer server;
    QVERIFY(server.start());
    server.setValidators(true);
    FixtureThread birds = birdThread();
    serve(&server, birds, BirdTopic);
    // Opened at page 2, as a link into the topic would.
    const QUrl url = server.url(fluxbbPagePath(BirdTopic, 2));
    const QString cache = m_dir.filePath(u"birds.sqlite"_s);
    QObject owner;
    {
        RefreshRig rig(cache, &owner, false);
        QVERIFY(loadAndWatch(rig, url));
        QCOMPARE(rig.h->loader->info().url, server.url(fluxbbPagePath(BirdTopic, 1)).toString());
        QCOMPARE(rig.h->loader->info().pageCount, 3);
        QCOMPARE(rig.h->model->postCount(), 10);
        const QMap<QString, QString> parents = parentIdsInModel(*rig.h->model);
        QCOMPARE(parents, birdParents());

        // Unchanged: one conditional request, for the last page, answered 304.
        server.resetCounters();
        const QList<RefreshOutcome> unchanged = refreshAll(rig);
        QCOMPARE(unchanged.size(), 1);
        QVERIFY2(unchanged.first().ok(), qPrintable(unchanged.first().error));
        QCOMPARE(server.requests(), QStringList {fluxbbPagePath(BirdTopic, 3)});
        QCOMPARE(server.notModified(), QStringList {fluxbbPagePath(BirdTopic, 3)});
        QCOMPARE(unchanged.first().newPosts, 0);

        // Three replies: page 3 fills up, page 4 begins.
        birds.posts.append(
            birdPost(9012, u"Bob"_s, 90, u"[QUOTE=Zoë]Eleven, on Sunday.[/QUOTE]Twelve by Monday."_s));
        birds.posts.append(birdPost(9013, u"Zoë"_s, 95, u"See you at the lake."_s));
        birds.posts.append(birdPost(9014, u"Иван"_s, 99, u"Bring the long lens."_s));
        serve(&server, birds, BirdTopic);
        server.resetCounters();
        const QList<RefreshOutcome> grown = refreshAll(rig);
        QCOMPARE(grown.size(), 1);
        QVERIFY2(grown.first().ok(), qPrintable(grown.first().error));
        QCOMPARE(
            server.requests(), (QStringList {fluxbbPagePath(BirdTopic, 3), fluxbbPagePath(BirdTopic, 4)}));
        QCOMPARE(server.conditionalRequests(), QStringList {fluxbbPagePath(BirdTopic, 3)});
        QCOMPARE(grown.first().newPosts, 3);
    }
    // Offline, from the cache: the whole topic and its tree.
    server.clearRoutes();
    LoadHarness h(cache, &owner);
    const LoadOutcome outcome = h.load(server.url(fluxbbPagePath(BirdTopic, 1)), true);
    QVERIFY(outcome.fromCache);
    QVERIFY(outcome.offline);
    QCOMPARE(h.model->postCount(), 13);
    QMap<QString, QString> expected = birdParents();
    expected.insert(u"9012"_s, u"9010"_s);
    expected.insert(u"9013"_s, QString());
    expected.insert(u"9014"_s, QString());
    QCOMPARE(parentIdsInModel(*h.model), expected);
}

void TestFluxbbEngine::postLinkFindsItsTopic()
{
    // viewtopic.php?pid=K: FluxBB shows the post's page there; the page names the topic.
    FixtureServer server;
    QVERIFY(server.start());
    const FixtureThread birds = birdThread();
    serve(&server, birds, BirdTopic);
    server.setPage(u"/forum/viewtopic.php?pid=9007"_s, fluxbbPage(birds, BirdTopic, 2));
    QObject owner;
    LoadHarness h(m_dir.filePath(u"link.sqlite"_s), &owner);
    const LoadOutcome outcome = h.load(server.url(u"/forum/viewtopic.php?pid=9007#p9007"_s));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(h.loader->info().url, server.url(fluxbbPagePath(BirdTopic, 1)).toString());
    QCOMPARE(h.model->postCount(), 10);
    QCOMPARE(h.loader->targetPostId(), u"9007"_s);
}

QTEST_GUILESS_MAIN(TestFluxbbEngine)
#include "tst_fluxbbengine.moc"
