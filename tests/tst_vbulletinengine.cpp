// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The vBulletin engine: real vB3, vB4 and vB5 pages read in place, URL detection beside
// XenForo and phpBB, and a small thread written as vB4 showthread pages loaded over
// loopback HTTP, then offline.
#include "enginechecks.h"
#include "loadharness.h"
#include "servers/fixtureserver.h"
#include "servers/vbulletinfixture.h"
#include "testutil.h"

#include "engines/postbody.h"
#include "engines/vbulletin/vbulletinengine.h"
#include "html/htmlcharset.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;
using namespace Qt::StringLiterals;

namespace {

// A thread of 13 posts, 10 a page: quotes made with Reply (a link), typed by hand (a name),
// nested, and two in one post; non-ASCII names and entities.
QList<VbPost> smallThread()
{
    return {
        {9001, u"Rainmaker"_s, u"The first post: what do you make of the new rules?"_s},
        {9002, u"Mjölnir"_s, u"They are fine, I think &amp; they were overdue."_s},
        {9003, u"Zoë"_s,
            vb4Quote(u"Mjölnir"_s, 9002, u"They are fine, I think &amp; they were overdue."_s)
                + u"Overdue? They came out of nowhere."_s},
        {9004, u"sandsjames"_s, u"Nobody read the announcement, as usual."_s},
        {9005, u"Rainmaker"_s,
            vb4Quote(u"Zoë"_s, 9003,
                vb4Quote(u"Mjölnir"_s, 9002, u"They are fine"_s) + u"Overdue? They came out of nowhere."_s)
                + u"There was a thread about it for a month."_s},
        {9006, u"giggawatt"_s, u"I liked the old ones better."_s},
        {9007, u"Mjölnir"_s,
            vb4Quote(u"sandsjames"_s, 0, u"Nobody read the announcement, as usual."_s)
                + u"I did, for what it is worth."_s},
        {9008, u"sandsjames"_s, u"Fair enough."_s},
        {9009, u"Zoë"_s, u"Where was the announcement posted?"_s},
        {9010, u"giggawatt"_s, u"In the news forum, pinned."_s},
        {9011, u"Rainmaker"_s,
            vb4Quote(u"Zoë"_s, 9009, u"Where was the announcement posted?"_s)
                + vb4Quote(u"giggawatt"_s, 9006, u"I liked the old ones better."_s)
                + u"Two answers in one."_s},
        {9012, u"Zoë"_s,
            vb4Quote(u"giggawatt"_s, 0, u"In the news forum, pinned."_s)
                + u"Thanks, found it. “Pinned” indeed."_s},
        {9013, u"sandsjames"_s, u"Closing words."_s},
    };
}
// Who each post answers, by the quotes above (first quote wins): worked out by hand.
const QMap<int, int> ExpectedParents = {{9003, 9002}, {9005, 9003}, {9007, 9004}, {9011, 9009}, {9012, 9010}};

} // namespace

class TestVBulletinEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void realPages_data();
    void realPages();
    void quotes_data();
    void quotes();
    void urls_data();
    void urls();
    void pageAndPostUrls();
    void writtenPages();
    void recognizedByPage();
    void customisedStyle_data();
    void customisedStyle();
    void hostileMarkup();
    void overHttpThenOffline();

private:
    VBulletinEngine m_engine;
    QTemporaryDir m_dir;
};

void TestVBulletinEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVBulletinEngine::realPages_data()
{
    // Facts read off the pages (their navigation, posts and headers).
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("pageCount");
    QTest::addColumn<int>("posts");
    QTest::addColumn<int>("quotes"); // top-level quotes on the page
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("firstAuthor");
    QTest::addColumn<int>("firstNumber");
    QTest::addColumn<QString>("firstDate");
    // In UTC: vB3 and vB4 print times in the zone the footer states (AnimeSuki's "All
    // times are GMT -5": 02:21 there is 07:21 UTC).
    QTest::newRow("vB3.8 AnimeSuki, page 152 of 155")
        << "vbulletin/nettally-vb3.html"
        << "https://forums.animesuki.com/showthread.php?t=128882&page=152"
        << "Licensed + Crunchyroll Hibike! Euphonium [anime]" << 152 << 155 << 20 << 25
        << "https://forums.animesuki.com/showthread.php?t=128882"
        << "5768670"
        << "Shirohige" << 3021 << "2016-02-01T07:21:00Z";
    QTest::newRow("vB4.2, page 1 of 2")
        << "vbulletin/nettally-vb4.html"
        << "https://forum.example/showthread.php/9687-Legendary-military-columnist-author-Bob-Dorr-dies-at-76"
        << "Legendary military columnist, author Bob Dorr dies at 76" << 1 << 2 << 10 << 5
        << "http://forums.militarytimes.com/showthread.php/"
           "9687-Legendary-military-columnist-author-Bob-Dorr-dies-at-76"
        << "365266"
        << "Rainmaker" << 1 << "2016-06-15T15:03:00Z";
    QTest::newRow("vB5.5, page 1 of 2")
        << "vbulletin/nettally-vb5.html"
        << "https://fandompost.vbulletin.net/forum/anime-manga-discussions/general-anime-discussions/"
           "727744-isekai-quartet-discussion-thread"
        << "Isekai Quartet Discussion Thread" << 1 << 2 << 15 << 5
        << "https://fandompost.vbulletin.net/forum/anime-manga-discussions/general-anime-discussions/"
           "727744-isekai-quartet-discussion-thread"
        << "727744"
        << "Buckeye" << 1 << "2019-04-09T08:37:23Z";
}

void TestVBulletinEngine::realPages()
{
    QFETCH(QString, file);
    QFETCH(QString, url);
    // vB3 pages are often ISO-8859-1: decoded as the loader does.
    const QByteArray html = htmlAsUtf8(readFile(sharedPath(u"real-pages/"_s + file)), QByteArray());
    QVERIFY2(!html.isEmpty(), qPrintable(file));
    const ParsedPage page = m_engine.parsePage(html, QUrl(url));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QTEST(page.title, "title");
    QTEST(page.page, "page");
    QTEST(page.pageCount, "pageCount");
    QTEST(int(page.posts.size()), "posts");
    QTEST(page.canonical.toString(), "canonical");
    int quotes = 0;
    QSet<QString> ids;
    for (const Post &p : page.posts) {
        quotes += int(p.quotes.size());
        ids.insert(p.id);
        QVERIFY2(!p.author.isEmpty(), qPrintable(p.id));
        QVERIFY2(p.date.isValid(), qPrintable(p.id));
        QVERIFY2(p.number > 0, qPrintable(p.id));
        QVERIFY2(
            !p.text.contains(QLatin1String("Originally Posted by"), Qt::CaseInsensitive), qPrintable(p.id));
    }
    QCOMPARE(ids.size(), page.posts.size());
    QTEST(quotes, "quotes");
    QTEST(page.posts.first().id, "firstId");
    QTEST(page.posts.first().author, "firstAuthor");
    QTEST(page.posts.first().number, "firstNumber");
    QTEST(page.posts.first().date.toString(Qt::ISODate), "firstDate");
}

void TestVBulletinEngine::quotes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("postId");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QStringList>("sources");
    QTest::addColumn<QString>("textStart");
    QTest::newRow("vB3, four quotes, two named")
        << "vbulletin/nettally-vb3.html"
        << "5768670" << QStringList {u"TinyRedLeaf"_s, u""_s, u""_s, u"Romanticide"_s}
        << QStringList {u"5768621"_s, u""_s, u""_s, u"5768655"_s} << "Well, what's offensive to me";
    QTest::newRow("vB4, non-ASCII name")
        << "vbulletin/nettally-vb4.html"
        << "365273" << QStringList {u"Mjölnir"_s} << QStringList {u"365271"_s} << "";
    QTest::newRow("vB4") << "vbulletin/nettally-vb4.html"
                         << "365272" << QStringList {u"sandsjames"_s} << QStringList {u"365268"_s}
                         << ". Some great conversations.";
    QTest::newRow("vB5, lower-case 'posted by'")
        << "vbulletin/nettally-vb5.html"
        << "727761" << QStringList {u"Buckeye"_s} << QStringList {u"727754"_s} << "Episode 1";
}

void TestVBulletinEngine::quotes()
{
    QFETCH(QString, file);
    QFETCH(QString, postId);
    QFETCH(QStringList, authors);
    QFETCH(QStringList, sources);
    QFETCH(QString, textStart);
    const ParsedPage page = m_engine.parsePage(
        readFile(sharedPath(u"real-pages/"_s + file)), QUrl(u"https://f.example/showthread.php?t=1"_s));
    const Post *post = findPost(page, postId);
    QVERIFY(post);
    QStringList gotAuthors, gotSources;
    for (const Quote &q : post->quotes) {
        gotAuthors.append(q.author);
        gotSources.append(q.source);
        QVERIFY2(!q.text.contains(QLatin1String("Originally"), Qt::CaseInsensitive), qPrintable(q.text));
        QVERIFY2(!q.text.startsWith(QLatin1String("Quote:")), qPrintable(q.text));
    }
    QCOMPARE(gotAuthors, authors);
    QCOMPARE(gotSources, sources);
    QVERIFY2(post->quotes.first().text.startsWith(textStart), qPrintable(post->quotes.first().text));
}

void TestVBulletinEngine::urls_data()
{
    // Each URL to the engine that claims it (none: ""), and the thread and page it names.
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("postId");
    QTest::newRow("vB3/4 showthread") << "https://f.example/showthread.php?t=128882"
                                      << "vbulletin"
                                      << "https://f.example/showthread.php?t=128882" << 1 << "";
    QTest::newRow("vB3/4 page, session dropped") << "https://f.example/forum/showthread.php?s=abc&t=12&page=3"
                                                 << "vbulletin"
                                                 << "https://f.example/forum/showthread.php?t=12" << 3 << "";
    QTest::newRow("vB3 threadid and post") << "https://f.example/showthread.php?threadid=12&p=99#post99"
                                           << "vbulletin"
                                           << "https://f.example/showthread.php?t=12" << 1 << "99";
    QTest::newRow("vB4 friendly") << "https://f.example/threads/1234-some-title"
                                  << "vbulletin"
                                  << "https://f.example/threads/1234-some-title" << 1 << "";
    QTest::newRow("vB4 friendly page") << "https://f.example/threads/1234-some-title/page2"
                                       << "vbulletin"
                                       << "https://f.example/threads/1234-some-title" << 2 << "";
    QTest::newRow("vB4 path info") << "https://f.example/showthread.php/9687-Legendary/page2?p=5#post5"
                                   << "vbulletin"
                                   << "https://f.example/showthread.php/9687-Legendary" << 2 << "5";
    QTest::newRow("vB5") << "https://f.example/forum/anime/general/727744-isekai-quartet/page2"
                         << "vbulletin"
                         << "https://f.example/forum/anime/general/727744-isekai-quartet" << 2 << "";
    QTest::newRow("vB5 post") << "https://f.example/forum/anime/727744-isekai?p=727754#post727754"
                              << "vbulletin"
                              << "https://f.example/forum/anime/727744-isekai" << 1 << "727754";
    QTest::newRow("post link: found by its page") << "https://f.example/showthread.php?p=99#post99"
                                                  << ""
                                                  << "" << 0 << "";
    QTest::newRow("a news article") << "https://news.example/news/1234-some-story"
                                    << ""
                                    << "" << 0 << "";
    // Other forums' listings under /forum/ (Invision, WoltLab): no thread of any engine.
    QTest::newRow("Invision forum listing") << "https://f.example/forum/5-general/"
                                            << ""
                                            << "" << 0 << "";
    QTest::newRow("Invision forum listing under /forum/") << "https://f.example/forum/forum/5-general/"
                                                          << ""
                                                          << "" << 0 << "";
    QTest::newRow("WoltLab board") << "https://f.example/forum/board/3-x/"
                                   << ""
                                   << "" << 0 << "";
    QTest::newRow("forum list") << "https://f.example/forumdisplay.php?f=3"
                                << ""
                                << "" << 0 << "";
    // XenForo owns /threads/title.ID/ (a dot before the id) and a bare id.
    QTest::newRow("XenForo thread") << "https://f.example/threads/some-title.1234/"
                                    << "xenforo"
                                    << "https://f.example/threads/some-title.1234/" << 1 << "";
    QTest::newRow("XenForo title that starts with digits")
        << "https://f.example/threads/2024-budget.1234/page-2"
        << "xenforo"
        << "https://f.example/threads/2024-budget.1234/" << 2 << "";
    QTest::newRow("XenForo bare id") << "https://f.example/threads/1234/"
                                     << "xenforo"
                                     << "https://f.example/threads/1234/" << 1 << "";
    QTest::newRow("phpBB topic") << "https://f.example/viewtopic.php?t=5"
                                 << "phpbb"
                                 << "https://f.example/viewtopic.php?t=5" << 1 << "";
}

void TestVBulletinEngine::urls()
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

void TestVBulletinEngine::pageAndPostUrls()
{
    const QUrl query(u"https://f.example/showthread.php?t=12"_s);
    QCOMPARE(m_engine.pageUrl(query, 1), query);
    QCOMPARE(m_engine.pageUrl(query, 3).toString(), u"https://f.example/showthread.php?t=12&page=3"_s);
    const QUrl friendly(u"https://f.example/threads/1234-some-title"_s);
    QCOMPARE(m_engine.pageUrl(friendly, 2).toString(), u"https://f.example/threads/1234-some-title/page2"_s);
    QCOMPARE(m_engine.postUrl(query, u"99"_s).toString(), u"https://f.example/showthread.php?p=99#post99"_s);
    QString postId;
    QCOMPARE(engineForPostLink(QUrl(u"https://f.example/showthread.php?p=99#post99"_s), &postId),
        engineByName(u"vbulletin"_s));
    QCOMPARE(postId, u"99"_s);
    QVERIFY(m_engine.postLinkId(query).isEmpty());
}

void TestVBulletinEngine::writtenPages()
{
    const QList<VbPost> thread = smallThread();
    const QUrl base(u"http://vb.example"_s);
    const ParsedPage page = m_engine.parsePage(vb4Page(thread, 1), base.resolved(QUrl(vb4PagePath(1))));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.title, u"New rules & you"_s);
    QCOMPARE(page.pageCount, 2);
    QCOMPARE(page.canonical.toString(), u"http://vb.example/forum/showthread.php?t=42"_s);
    QCOMPARE(page.posts.size(), 10);
    QCOMPARE(page.posts[1].author, u"Mjölnir"_s);
    QCOMPARE(page.posts[1].text, u"They are fine, I think & they were overdue."_s);
    QCOMPARE(page.posts[0].avatarUrl.left(41), u"http://vb.example/forum/customavatars/ava"_s);
    const Post *nested = findPost(page, u"9005"_s);
    QVERIFY(nested);
    QCOMPARE(nested->quotes.size(), 1);
    QCOMPARE(nested->quotes.first().author, u"Zoë"_s);
    QCOMPARE(nested->quotes.first().source, u"9003"_s);
    QCOMPARE(
        nested->quotes.first().text, u"Overdue? They came out of nowhere."_s); // the nested quote left out
    QCOMPARE(nested->body.first().children.first().quoteAuthor, u"Mjölnir"_s);
    const ParsedPage second = m_engine.parsePage(vb4Page(thread, 2), base.resolved(QUrl(vb4PagePath(2))));
    QCOMPARE(second.page, 2);
    QCOMPARE(second.posts.size(), 3);
    QCOMPARE(second.posts.first().number, 11);
    const Post *two = findPost(second, u"9011"_s);
    QVERIFY(two);
    QCOMPARE(two->quotes.size(), 2);
    const Post *typed = findPost(second, u"9012"_s);
    QVERIFY(typed);
    QVERIFY(typed->quotes.first().source.isEmpty());
    QCOMPARE(typed->quotes.first().author, u"giggawatt"_s);
    QVERIFY(typed->text.contains(u"“Pinned”"_s));
}

void TestVBulletinEngine::recognizedByPage()
{
    ThreadRef ref;
    const QByteArray html = vb4Page(smallThread(), 1);
    QVERIFY(m_engine.recognizePage(html, QUrl(u"http://vb.example/forum/showthread.php?p=9003"_s), &ref));
    QCOMPARE(ref.canonical.toString(), u"http://vb.example/forum/showthread.php?t=42"_s);
    QCOMPARE(ref.postId, u"9003"_s);
    // vB3 without a canonical link: the page navigation names the thread.
    const QByteArray vb3 = readFile(sharedPath(u"real-pages/vbulletin/nettally-vb3.html"_s));
    QVERIFY(
        m_engine.recognizePage(vb3, QUrl(u"https://forums.animesuki.com/showthread.php?p=5768670"_s), &ref));
    QCOMPARE(ref.canonical.toString(), u"https://forums.animesuki.com/showthread.php?t=128882"_s);
    QVERIFY(!m_engine.recognizePage(readFile(sharedPath(u"real-pages/phpbb/nettally-phpbb.html"_s)),
        QUrl(u"http://b.example/x"_s), &ref));
    QCOMPARE(engineForPage(html, QUrl(u"http://vb.example/t42.html"_s), &ref)->name(), u"vbulletin"_s);
}

void TestVBulletinEngine::customisedStyle_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("url");
    QTest::newRow("vB3.8") << "vbulletin/nettally-vb3.html"
                           << "https://forums.animesuki.com/showthread.php?t=128882&page=152";
    QTest::newRow("vB4.2") << "vbulletin/nettally-vb4.html"
                           << "https://forum.example/showthread.php/"
                              "9687-Legendary-military-columnist-author-Bob-Dorr-dies-at-76";
}

void TestVBulletinEngine::customisedStyle()
{
    // A forum's own style renames the classes of vBulletin's templates and drops the
    // generator tag (a French vB4 forum gave 0 of 30 posts): the real pages so restyled
    // read the same posts, found by the ids every style keeps (post_message_N in post_N
    // or postN), with the same posters, numbers, dates and words.
    QFETCH(QString, file);
    QFETCH(QString, url);
    const QByteArray html = htmlAsUtf8(readFile(sharedPath(u"real-pages/"_s + file)), QByteArray());
    QVERIFY2(!html.isEmpty(), qPrintable(file));
    QString styled = QString::fromUtf8(html);
    static const QRegularExpression generator(u"<meta[^>]*name=\"generator\"[^>]*>"_s);
    styled.remove(generator);
    for (const char *cls : {"postcontainer", "postbitlegacy", "postbit", "bigusername", "username",
             "postcounter", "postcontent", "postuseravatar", "userinfo", "posthead", "postdetails"}) {
        const QRegularExpression token(u"(class=\"[^\"]*)\\b%1\\b"_s.arg(QLatin1String(cls)));
        styled.replace(token, u"\\1my-%1"_s.arg(QLatin1String(cls)));
    }
    QVERIFY(styled != QString::fromUtf8(html));
    const ParsedPage original = m_engine.parsePage(html, QUrl(url));
    const ParsedPage page = m_engine.parsePage(styled.toUtf8(), QUrl(url));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.posts.size(), original.posts.size());
    for (qsizetype i = 0; i < page.posts.size(); ++i) {
        const Post &p = page.posts[i];
        const Post &o = original.posts[i];
        QCOMPARE(p.id, o.id);
        QCOMPARE(p.author, o.author);
        QCOMPARE(p.number, o.number);
        QCOMPARE(p.date, o.date);
        QCOMPARE(p.text, o.text);
        QCOMPARE(p.quotes.size(), o.quotes.size());
    }
    ThreadRef ref;
    QVERIFY(m_engine.recognizePage(styled.toUtf8(), QUrl(url), &ref));
}

void TestVBulletinEngine::hostileMarkup()
{
    QByteArray quotes;
    for (int i = 0; i < 5000; ++i)
        quotes += "<div class=\"bbcode_quote\"><div class=\"quote_container\"><div class=\"message\">";
    QByteArray nav = "<div class=\"js-pagenav\">";
    for (int i = 0; i < 5000; ++i)
        nav += "<a data-page=\"" + QByteArray::number(i * 1000) + "\"></a>";
    const QByteArray html = "<html><body>" + nav
        + "</div><li class=\"b-post\" data-node-id=\"1\"><div class=\"author\">" + QByteArray(1 << 20, 'n')
        + "</div><div class=\"js-post__content-text\">" + quotes + "deep</div></li></body></html>";
    const ParsedPage page = m_engine.parsePage(html, QUrl(u"http://f.example/forum/a/1-x"_s));
    QCOMPARE(page.posts.size(), 1);
    QVERIFY(page.posts.first().author.size() <= 200);
    QVERIFY(page.pageCount <= 10000000);
    QVERIFY(nestedQuoteDepth(page.posts.first().body) <= PostBodyReader::MaxQuoteDepth + 1);
}

void TestVBulletinEngine::overHttpThenOffline()
{
    const QList<VbPost> thread = smallThread();
    FixtureServer server;
    QVERIFY(server.start());
    server.setPage(vb4PagePath(1), vb4Page(thread, 1));
    server.setPage(vb4PagePath(2), vb4Page(thread, 2));
    const QUrl url = server.url(vb4PagePath(1));
    const QString cache = m_dir.filePath(u"vb.sqlite"_s);
    auto check = [&](const LoadHarness &h) {
        QCOMPARE(h.model->postCount(), thread.size());
        for (const VbPost &p : thread) {
            const QModelIndex index = h.model->indexOf(QString::number(p.id));
            QVERIFY2(index.isValid(), qPrintable(QString::number(p.id)));
            const QString parent = index.parent().data(ThreadTreeModel::PostIdRole).toString();
            const int expected = ExpectedParents.value(p.id);
            QCOMPARE(parent, expected ? QString::number(expected) : QString());
        }
    };
    {
        QObject owner;
        LoadHarness h(cache, &owner);
        const LoadOutcome outcome = h.load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.pagesLoaded, 2);
        QCOMPARE(h.loader->info().engine, u"vbulletin"_s);
        QCOMPARE(h.loader->info().title, u"New rules & you"_s);
        QCOMPARE(server.requestCount(vb4PagePath(2)), 1);
        check(h);
    }
    server.clearRoutes();
    QObject owner;
    LoadHarness h(cache, &owner);
    const LoadOutcome outcome = h.load(url, true);
    QVERIFY(outcome.fromCache);
    check(h);
}

QTEST_GUILESS_MAIN(TestVBulletinEngine)
#include "tst_vbulletinengine.moc"
