// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The phpBB engine: real pages of phpBB 3.0 boards read in place, pages we write as
// phpBB 3.3 shows them, URL detection beside the other engines, and the seed thread
// loaded over loopback HTTP as phpBB pages (then offline), giving the XenForo tree.
#include "enginechecks.h"
#include "loadharness.h"
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/phpbbfixture.h"
#include "testutil.h"

#include "engines/forumtext.h"
#include "engines/phpbb/phpbbengine.h"
#include "engines/postbody.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;
using namespace Qt::StringLiterals;

namespace {
constexpr int SeedTopic = 7;

QStringList quoteAuthors(const Post &post)
{
    QStringList authors;
    for (const Quote &q : post.quotes)
        authors.append(q.author);
    return authors;
}

} // namespace

class TestPhpbbEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void realPages_data();
    void realPages();
    void attributions_data();
    void attributions();
    void quotes_data();
    void quotes();
    void citations_data();
    void citations();
    void datesAgreeWithTheFeed();
    void picturesAreNotWords();
    void textAndEntities();
    void urls_data();
    void urls();
    void pageAndPostUrls();
    void writtenPages();
    void recognizedByPage();
    void incompletePages();
    void hostileMarkup();
    void seedOverHttpThenOffline();
    void postLinkFindsItsTopic();

private:
    QUrl serveSeed(FixtureServer *server);

    PhpbbEngine m_engine;
    FixtureThread m_seed;
    QTemporaryDir m_dir;
};

void TestPhpbbEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QCOMPARE(m_seed.pageCount(), 3);
}

void TestPhpbbEngine::realPages_data()
{
    // Facts read off the pages themselves (their pagination, posts and headers).
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("pageCount");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("posts");
    QTest::addColumn<int>("quotes"); // top-level quotes on the page
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("firstAuthor");
    QTest::addColumn<int>("firstNumber");
    // In UTC: the pages print times in the zone their footers state ("All times are UTC
    // [ DST ]", "UTC + 1 hour"); marioruns' own feed dates post 848 19:00:48+01:00.
    QTest::addColumn<QString>("firstDate");
    QTest::newRow("3.0 prosilver, page 2 of 10")
        << "phpbb/nettally-phpbb.html"
        << "http://www.ilovephilosophy.com/viewtopic.php?f=1&t=194998&start=25"
        << "Biological Will" << 2 << 10 << 25 << 25 << 13 << "2729870"
        << "Jakob" << 26 << "2019-05-26T15:34:00Z";
    QTest::newRow("3.0 metrolike, page 1 of 2") << "phpbb/marioruns-smg2-t204-p1of2.html"
                                                << "https://marioruns.com/forum/viewtopic.php?f=10&t=204"
                                                << "Super Mario Galaxy 2" << 1 << 2 << 10 << 10 << 5 << "848"
                                                << "HYassin27" << 1 << "2014-04-17T18:00:00Z";
    QTest::newRow("3.0 metrolike, page 2 of 2 (size from its address)")
        << "phpbb/marioruns-smg2-t204-p2of2.html"
        << "https://marioruns.com/forum/viewtopic.php?f=10&t=204&start=10"
        << "Super Mario Galaxy 2" << 2 << 2 << 10 << 1 << 0 << "2872"
        << "alleytremblay" << 11 << "2015-07-16T06:36:00Z";
}

void TestPhpbbEngine::realPages()
{
    QFETCH(QString, file);
    QFETCH(QString, url);
    const QByteArray html = readFile(sharedPath(QStringLiteral("real-pages/") + file));
    QVERIFY2(!html.isEmpty(), qPrintable(file));
    const ParsedPage page = m_engine.parsePage(html, QUrl(url));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QTEST(page.title, "title");
    QTEST(page.page, "page");
    QTEST(page.pageCount, "pageCount");
    QTEST(page.pageSize, "pageSize");
    QTEST(int(page.posts.size()), "posts");
    int quotes = 0;
    QSet<QString> ids;
    for (const Post &p : page.posts) {
        quotes += int(p.quotes.size());
        ids.insert(p.id);
        QVERIFY2(!p.author.isEmpty(), qPrintable(p.id));
        QVERIFY2(p.date.isValid(), qPrintable(p.id));
        const bool picture = std::any_of(
            p.body.cbegin(), p.body.cend(), [](const Block &b) { return b.kind == Block::Kind::Image; });
        QVERIFY2(!p.text.isEmpty() || picture, qPrintable(p.id)); // words, or pictures alone
    }
    QCOMPARE(ids.size(), page.posts.size());
    QTEST(quotes, "quotes");
    QTEST(page.posts.first().id, "firstId");
    QTEST(page.posts.first().author, "firstAuthor");
    QTEST(page.posts.first().number, "firstNumber");
    QTEST(page.posts.first().date.toString(Qt::ISODate), "firstDate");
    // The topic, whichever way the page was reached.
    QCOMPARE(page.canonical.query(), QUrl(url).query().section(QLatin1Char('&'), 1, 1));
}

void TestPhpbbEngine::attributions_data()
{
    // What a quote's citation says before the quote, as phpBB and XenForo print it in the
    // languages they ship; the name alone must remain.
    QTest::addColumn<QString>("attribution");
    QTest::addColumn<QString>("name");
    QTest::newRow("English") << "Euroslavia wrote:"
                             << "Euroslavia";
    QTest::newRow("XenForo") << "Bomby569 said:"
                             << "Bomby569";
    QTest::newRow("French, a space before the colon") << "Lehemad a écrit :"
                                                      << "Lehemad";
    QTest::newRow("French XenForo") << "Jean Dupont a dit :"
                                    << "Jean Dupont";
    QTest::newRow("German") << "Zoë hat geschrieben:"
                            << "Zoë";
    QTest::newRow("German XenForo") << "Müller sagte:"
                                    << "Müller";
    QTest::newRow("Italian") << "Rossi ha scritto:"
                             << "Rossi";
    QTest::newRow("Spanish") << "García escribió:"
                             << "García";
    QTest::newRow("Polish") << "Kowalski napisał(a):"
                            << "Kowalski";
    QTest::newRow("Russian") << "Иван писал(а):"
                             << "Иван";
    QTest::newRow("a name of two words") << "Old Timer wrote:"
                                         << "Old Timer";
    QTest::newRow("no colon: the name itself") << "Daven"
                                               << "Daven";
}

void TestPhpbbEngine::attributions()
{
    QFETCH(QString, attribution);
    QFETCH(QString, name);
    QCOMPARE(nameBeforeLastWord(attribution), name);
}

void TestPhpbbEngine::citations_data()
{
    // The citations phpBB versions and styles write, as their templates print them.
    QTest::addColumn<QByteArray>("cite");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("source");
    QTest::newRow("3.0") << QByteArray("Euroslavia wrote:") << "Euroslavia"
                         << "";
    // 3.0 styles that link the verb to the quoted post: not "Euroslavia :".
    QTest::newRow("3.0, the verb a link to the post")
        << QByteArray("Euroslavia <a href=\"./viewtopic.php?p=3140#p3140\">wrote</a>:") << "Euroslavia"
        << "3140";
    QTest::newRow("3.0 in French, the verb a link")
        << QByteArray("Lehemad <a href=\"viewtopic.php?f=2&amp;p=77#p77\">a écrit</a> :") << "Lehemad"
        << "77";
    QTest::newRow("3.2+, French") << QByteArray(
        "<a href=\"./memberlist.php?mode=viewprofile&amp;u=5\">Lehemad</a> a écrit : "
        "<a href=\"./viewtopic.php?p=12#p12\" data-post-id=\"12\">↑</a>"
        "<span class=\"responsive-hide\">17 juil. 2011, 17:51</span>")
                                  << "Lehemad"
                                  << "12";
    QTest::newRow("3.2+, a name of two words")
        << QByteArray("<a href=\"memberlist.php?mode=viewprofile&amp;u=9\">Old Timer</a> wrote: "
                      "<a href=\"viewtopic.php?p=5#p5\" data-post-id=\"5\">↑</a>")
        << "Old Timer"
        << "5";
}

void TestPhpbbEngine::citations()
{
    QFETCH(QByteArray, cite);
    const QByteArray html = "<html><body id=\"phpbb\"><div id=\"p1\" class=\"post\"><p class=\"author\">by "
                            "<strong>x</strong></p><div class=\"content\"><blockquote><div><cite>"
        + cite + "</cite>quoted words</div></blockquote>own words</div></div></body></html>";
    const ParsedPage page
        = m_engine.parsePage(html, QUrl(QStringLiteral("http://b.example/viewtopic.php?t=1")));
    QCOMPARE(page.posts.size(), 1);
    const Post &post = page.posts.first();
    QCOMPARE(post.quotes.size(), 1);
    QTEST(post.quotes.first().author, "author");
    QTEST(post.quotes.first().source, "source");
    QCOMPARE(post.quotes.first().text, u"quoted words"_s);
    QCOMPARE(post.text.trimmed(), u"own words"_s);
}

void TestPhpbbEngine::datesAgreeWithTheFeed()
{
    // The topic's own Atom feed dates each post with its offset; the pages print the same
    // times in words, in the zone their footer states. Every post must agree to the minute.
    const QByteArray feed = readFile(sharedPath(u"real-pages/phpbb/marioruns-smg2-t204-feed.atom"_s));
    QVERIFY(!feed.isEmpty());
    QHash<QString, QDateTime> published;
    QXmlStreamReader xml(feed);
    QDateTime date;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"published")
            date = QDateTime::fromString(xml.readElementText(), Qt::ISODate);
        else if (const QString id = xml.name() == u"id" ? xml.readElementText() : QString();
                 id.contains(u"#p"_s))
            published.insert(id.section(u"#p"_s, 1), date.toUTC()); // an entry's, not the feed's
    }
    QCOMPARE(published.size(), 11);
    int compared = 0;
    for (const char *file :
        {"phpbb/marioruns-smg2-t204-p1of2.html", "phpbb/marioruns-smg2-t204-p2of2.html"}) {
        const ParsedPage page
            = m_engine.parsePage(readFile(sharedPath(u"real-pages/"_s + QLatin1String(file))),
                QUrl(u"https://marioruns.com/forum/viewtopic.php?f=10&t=204"_s));
        for (const Post &post : page.posts) {
            QVERIFY2(published.contains(post.id), qPrintable(post.id));
            const QDateTime expected = published[post.id];
            QCOMPARE(post.date,
                QDateTime(expected.date(), QTime(expected.time().hour(), expected.time().minute()),
                    QTimeZone::UTC));
            ++compared;
        }
    }
    QCOMPARE(compared, 11);
}

void TestPhpbbEngine::picturesAreNotWords()
{
    // phpBB writes every posted picture with the alt "Image": the pictures stay, the word goes.
    const ParsedPage page
        = m_engine.parsePage(readFile(sharedPath(u"real-pages/phpbb/nettally-phpbb.html"_s)),
            QUrl(u"http://www.ilovephilosophy.com/viewtopic.php?f=1&t=194998&start=25"_s));
    const Post *post = findPost(page, u"2729894"_s);
    QVERIFY(post);
    QStringList pictures;
    for (const Block &b : post->body) {
        if (b.kind == Block::Kind::Image)
            pictures.append(b.url);
    }
    QCOMPARE(pictures,
        (QStringList {u"https://i.makeagif.com/media/12-16-2015/npz5Cb.gif"_s,
            u"https://i.gifer.com/PNzq.gif"_s, u"https://i.gifer.com/PNzq.gif"_s,
            u"https://i.makeagif.com/media/12-16-2015/npz5Cb.gif"_s}));
    QVERIFY2(!post->text.contains(u"Image"_s), qPrintable(post->text));
}

void TestPhpbbEngine::quotes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("postId");
    QTest::addColumn<QStringList>("authors"); // the post's own quotes, in order
    QTest::addColumn<QStringList>("nested"); // inside its first quote, depth first
    QTest::addColumn<QString>("textStart"); // of the first quote, its nested quotes left out
    QTest::newRow("one quote") << "phpbb/marioruns-smg2-t204-p1of2.html"
                               << "964" << QStringList {u"BreeSR"_s} << QStringList {}
                               << "I loved to casual this game";
    QTest::newRow("three deep") << "phpbb/marioruns-smg2-t204-p1of2.html"
                                << "987" << QStringList {u"sicko"_s}
                                << QStringList {u"HYassin27"_s, u"BreeSR"_s} << "That's really weird to say";
    QTest::newRow("two quotes, one nested")
        << "phpbb/nettally-phpbb.html"
        << "2730367" << QStringList {u"promethean75"_s, u"Silhouette"_s} << QStringList {u"Silhouette"_s}
        << "you might have missed sil's earlier point";
    QTest::newRow("an uncited quote of a picture inside")
        << "phpbb/nettally-phpbb.html"
        << "2729897" << QStringList {u"Jakob"_s} << QStringList {u""_s} << "";
}

void TestPhpbbEngine::quotes()
{
    QFETCH(QString, file);
    QFETCH(QString, postId);
    QFETCH(QStringList, nested);
    QFETCH(QString, textStart);
    const QUrl url(QStringLiteral("https://board.example/viewtopic.php?t=1"));
    const ParsedPage page
        = m_engine.parsePage(readFile(sharedPath(QStringLiteral("real-pages/") + file)), url);
    const Post *post = findPost(page, postId);
    QVERIFY(post);
    QTEST(quoteAuthors(*post), "authors");
    QVERIFY(post->quotes.first().source.isEmpty()); // 3.0 quotes name no post
    if (textStart.isEmpty()) // a picture alone: no words
        QVERIFY2(post->quotes.first().text.isEmpty(), qPrintable(post->quotes.first().text));
    else
        QVERIFY2(post->quotes.first().text.startsWith(textStart), qPrintable(post->quotes.first().text));
    QStringList inner;
    const Block *quote = nullptr;
    for (const Block &b : post->body) {
        if (b.kind == Block::Kind::Quote) {
            quote = &b;
            break;
        }
    }
    QVERIFY(quote);
    for (const Block *level = quote; level;) {
        const Block *next = nullptr;
        for (const Block &c : level->children) {
            if (c.kind == Block::Kind::Quote) {
                inner.append(c.quoteAuthor);
                next = next ? next : &c;
            }
        }
        level = next;
    }
    QCOMPARE(inner, nested);
    // The attribution is not quoted text.
    QVERIFY(!post->quotes.first().text.contains(QLatin1String(" wrote:")));
    QVERIFY(!post->text.contains(QLatin1String(" wrote:")));
}

void TestPhpbbEngine::textAndEntities()
{
    const ParsedPage page
        = m_engine.parsePage(readFile(sharedPath(QStringLiteral("real-pages/phpbb/nettally-phpbb.html"))),
            QUrl(QStringLiteral("http://www.ilovephilosophy.com/viewtopic.php?f=1&t=194998&start=25")));
    const Post *quoting = findPost(page, QStringLiteral("2729876"));
    QVERIFY(quoting);
    QVERIFY(quoting->quotes.first().text.contains(QStringLiteral("Judæo-Christian")));
    QVERIFY(quoting->quotes.first().text.contains(QStringLiteral("\"Free-Will\"")));
    const Post *curly = findPost(page, QStringLiteral("2729891"));
    QVERIFY(curly);
    QVERIFY(curly->text.contains(QStringLiteral("That’s precisely"))
        || curly->text.contains(QStringLiteral("That’s")));
    // The poster's picture from the profile column, resolved against the page.
    QCOMPARE(page.posts.first().avatarUrl,
        QStringLiteral("http://www.ilovephilosophy.com/download/file.php?avatar=5996_1468533207.jpg"));
    // Signatures and "Last edited by" are not the post.
    for (const Post &p : page.posts)
        QVERIFY2(!p.text.contains(QLatin1String("Last edited by")), qPrintable(p.id));
    QVERIFY(!page.posts.first().text.contains(QLatin1String("all acts of love and pleasure")));
}

void TestPhpbbEngine::urls_data()
{
    // Each URL to the engine that claims it (none: ""), and the topic it names.
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("postId");
    QTest::newRow("topic") << "https://board.example/viewtopic.php?t=123"
                           << "phpbb"
                           << "https://board.example/viewtopic.php?t=123"
                           << "";
    QTest::newRow("forum and topic, a page") << "https://board.example/forum/viewtopic.php?f=4&t=123&start=40"
                                             << "phpbb"
                                             << "https://board.example/forum/viewtopic.php?t=123"
                                             << "";
    QTest::newRow("session id dropped") << "http://board.example/viewtopic.php?f=4&t=9&sid=0123456789abcdef"
                                        << "phpbb"
                                        << "http://board.example/viewtopic.php?t=9"
                                        << "";
    QTest::newRow("topic and post") << "https://board.example/viewtopic.php?t=123&p=456#p456"
                                    << "phpbb"
                                    << "https://board.example/viewtopic.php?t=123"
                                    << "456";
    QTest::newRow("post link: found by its page") << "https://board.example/viewtopic.php?p=456#p456"
                                                  << ""
                                                  << ""
                                                  << "";
    QTest::newRow("not a number") << "https://board.example/viewtopic.php?t=12abc"
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("forum index") << "https://board.example/viewforum.php?f=4"
                                 << ""
                                 << ""
                                 << "";
    QTest::newRow("ftp") << "ftp://board.example/viewtopic.php?t=1"
                         << ""
                         << ""
                         << "";
    QTest::newRow("XenForo thread") << "https://forum.example/threads/a-title.123/"
                                    << "xenforo"
                                    << "https://forum.example/threads/a-title.123/"
                                    << "";
    QTest::newRow("XenForo page") << "https://forum.example/threads/viewtopic.123/page-3"
                                  << "xenforo"
                                  << "https://forum.example/threads/viewtopic.123/"
                                  << "";
    QTest::newRow("XenForo without friendly URLs") << "https://forum.example/index.php?threads/a.1/"
                                                   << "xenforo"
                                                   << "https://forum.example/index.php?threads/a.1/"
                                                   << "";
}

void TestPhpbbEngine::urls()
{
    QFETCH(QString, url);
    QFETCH(QString, engine);
    ThreadRef ref;
    const ForumEngine *found = engineForUrl(QUrl(url), &ref);
    QCOMPARE(found ? found->name() : QString(), engine);
    if (found) {
        QTEST(ref.canonical.toString(), "canonical");
        QTEST(ref.postId, "postId");
    }
}

void TestPhpbbEngine::pageAndPostUrls()
{
    const QUrl topic(QStringLiteral("https://board.example/forum/viewtopic.php?t=123"));
    QCOMPARE(m_engine.pageUrl(topic, 1), topic);
    ParsedPage first;
    first.pageSize = 25;
    QCOMPARE(m_engine.pageUrlAfter(topic, 3, first).toString(),
        QStringLiteral("https://board.example/forum/viewtopic.php?t=123&start=50"));
    QCOMPARE(m_engine.pageUrl(topic, 3).toString(),
        QStringLiteral("https://board.example/forum/viewtopic.php?t=123&start=20")); // phpBB's default size
    const QUrl post = m_engine.postUrl(topic, QStringLiteral("456"));
    QCOMPARE(post.toString(), QStringLiteral("https://board.example/forum/viewtopic.php?p=456#p456"));
    QString postId;
    QCOMPARE(engineForPostLink(post, &postId), engineByName(QStringLiteral("phpbb")));
    QCOMPARE(postId, QStringLiteral("456"));
    QVERIFY(m_engine.postLinkId(topic).isEmpty());
}

void TestPhpbbEngine::writtenPages()
{
    // The seed as phpBB 3.3 shows it: quotes made with Reply link the quoted post.
    const QUrl base(QStringLiteral("http://board.example"));
    const ParsedPage page = m_engine.parsePage(
        phpbbPage(m_seed, SeedTopic, 2), base.resolved(QUrl(phpbbPagePath(m_seed, SeedTopic, 2))));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.title, m_seed.title);
    QCOMPARE(page.page, 2);
    QCOMPARE(page.pageCount, 3);
    QCOMPARE(page.pageSize, 10);
    QCOMPARE(page.canonical.toString(), QStringLiteral("http://board.example/forum/viewtopic.php?t=7"));
    QCOMPARE(page.posts.size(), 10);
    for (int i = 0; i < 10; ++i) {
        const FixturePost &expected = m_seed.posts[10 + i];
        QCOMPARE(page.posts[i].id, expected.id);
        QCOMPARE(page.posts[i].author, expected.author);
        QCOMPARE(page.posts[i].date, expected.date.toUTC());
        QCOMPARE(page.posts[i].number, 11 + i);
    }
    // Quotes made with Reply link the quoted post (3.2+); typed by hand they name the poster.
    auto authorOf = [this](int number) {
        for (const FixturePost &p : std::as_const(m_seed.posts)) {
            if (p.number == number)
                return p.author;
        }
        return QString();
    };
    const ParsedPage last = m_engine.parsePage(
        phpbbPage(m_seed, SeedTopic, 3), base.resolved(QUrl(phpbbPagePath(m_seed, SeedTopic, 3))));
    const Post *reply = findPost(last, seedPostId(21));
    QVERIFY(reply);
    QCOMPARE(reply->quotes.size(), 1);
    QCOMPARE(reply->quotes.first().source, seedPostId(20));
    QCOMPARE(reply->quotes.first().author, authorOf(20));
    QVERIFY2(
        !reply->quotes.first().text.contains(QStringLiteral("↑")), qPrintable(reply->quotes.first().text));
    QVERIFY(!reply->quotes.first().text.contains(QStringLiteral("2020")));
    const Post *typed = findPost(last, seedPostId(22));
    QVERIFY(typed);
    QVERIFY(typed->quotes.first().source.isEmpty());
    QCOMPARE(typed->quotes.first().author, authorOf(21));
}

void TestPhpbbEngine::recognizedByPage()
{
    // A board behind rewritten addresses: the page says it is phpBB and which topic.
    ThreadRef ref;
    const QByteArray html = phpbbPage(m_seed, SeedTopic, 1);
    QVERIFY(m_engine.recognizePage(html, QUrl(QStringLiteral("http://board.example/topic7.html")), &ref));
    QCOMPARE(ref.canonical.toString(), QStringLiteral("http://board.example/forum/viewtopic.php?t=7"));
    QCOMPARE(engineForPage(html, QUrl(QStringLiteral("http://board.example/topic7.html")), &ref)->name(),
        QStringLiteral("phpbb"));
    // 3.0, no canonical link: the title's link names the topic.
    const QByteArray old = readFile(sharedPath(QStringLiteral("real-pages/phpbb/nettally-phpbb.html")));
    QVERIFY(m_engine.recognizePage(
        old, QUrl(QStringLiteral("http://www.ilovephilosophy.com/viewtopic.php?p=2729870")), &ref));
    QCOMPARE(
        ref.canonical.toString(), QStringLiteral("http://www.ilovephilosophy.com/viewtopic.php?t=194998"));
    QCOMPARE(ref.postId, QStringLiteral("2729870"));
    // Not phpBB's.
    QVERIFY(
        !m_engine.recognizePage(xenforoPage(m_seed, 1), QUrl(QStringLiteral("http://f.example/x")), &ref));
    QByteArray index = html;
    index.replace("class=\"post has-profile", "class=\"row"); // a forum index: no posts
    QVERIFY(!m_engine.recognizePage(index, QUrl(QStringLiteral("http://board.example/index.php")), &ref));
}

void TestPhpbbEngine::incompletePages()
{
    const QByteArray html = phpbbPage(m_seed, SeedTopic, 1);
    QVERIFY(m_engine.incompletePage(html).isEmpty());
    QVERIFY(!m_engine.incompletePage(html.left(html.size() / 2)).isEmpty());
    QVERIFY(
        m_engine.incompletePage(readFile(sharedPath(QStringLiteral("real-pages/phpbb/nettally-phpbb.html"))))
            .isEmpty());
}

void TestPhpbbEngine::hostileMarkup()
{
    // Deeply nested quotes, a huge start= and page labels, a name of a megabyte: bounded.
    QByteArray quotes;
    for (int i = 0; i < 5000; ++i)
        quotes += "<blockquote><div><cite>x wrote:</cite>";
    const QByteArray longName(1 << 20, 'n');
    const QByteArray html
        = "<html><body id=\"phpbb\"><div class=\"pagination\"><a href=\"?t=1&start=99999999999\">"
          "2</a><li class=\"active\"><span>99999999</span></li></div>"
          "<div id=\"p1\" class=\"post\"><p class=\"author\">by <strong>"
        + longName + "</strong></p><div class=\"content\">" + quotes + "deep</div></div></body></html>";
    const ParsedPage page
        = m_engine.parsePage(html, QUrl(QStringLiteral("http://b.example/viewtopic.php?t=1")));
    QCOMPARE(page.posts.size(), 1);
    QVERIFY(page.posts.first().author.size() <= 200);
    QVERIFY(page.pageSize <= 1000);
    QVERIFY(nestedQuoteDepth(page.posts.first().body) <= PostBodyReader::MaxQuoteDepth + 1);

    // A page that says it is one of millions asks for a bounded number of pages, and its
    // posts' positions stay within an int (fuzz_engine_answers found 4 GB of requests).
    const QByteArray millions = "<html><body id=\"phpbb\"><div class=\"pagination\"><span class=\"sr-only\">"
                                "Page <strong>9999998</strong> of <strong>9999999</strong></span></div>"
                                "<div id=\"p1\" class=\"post\"><p class=\"author\">by <strong>x</strong></p>"
                                "<div class=\"content\">words</div></div></body></html>";
    const QUrl thread(QStringLiteral("http://b.example/viewtopic.php?t=1"));
    const EngineAnswer answer
        = m_engine.readAnswer(EngineRequest {thread, EngineRequest::Format::Html, 1, "page"}, millions,
            AnswerContext {thread, thread, true});
    QVERIFY(answer.error.isEmpty());
    QCOMPARE(answer.facts->unitCount, PagedHtmlEngine::MaxPages);
    QCOMPARE(answer.next.size(), PagedHtmlEngine::MaxPages - 1);
    QCOMPARE(answer.posts.size(), 1);
    QVERIFY(answer.posts.first().position > 0);
}

QUrl TestPhpbbEngine::serveSeed(FixtureServer *server)
{
    for (int page = 1; page <= m_seed.pageCount(); ++page)
        server->setPage(phpbbPagePath(m_seed, SeedTopic, page), phpbbPage(m_seed, SeedTopic, page));
    return server->url(phpbbPagePath(m_seed, SeedTopic, 1));
}

void TestPhpbbEngine::seedOverHttpThenOffline()
{
    FixtureServer server;
    QVERIFY(server.start());
    const QUrl url = serveSeed(&server);
    const QString cache = m_dir.filePath(QStringLiteral("seed.sqlite"));
    {
        QObject owner;
        LoadHarness h(cache, &owner);
        const LoadOutcome outcome = h.load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.pagesLoaded, 3);
        QCOMPARE(h.loader->info().engine, QStringLiteral("phpbb"));
        QCOMPARE(h.loader->info().title, m_seed.title);
        QCOMPARE(h.loader->info().pageCount, 3);
        QCOMPARE(h.model->postCount(), m_seed.posts.size());
        // start= pagination, each page once.
        QCOMPARE(server.requestCount(QStringLiteral("/forum/viewtopic.php?t=7&start=10")), 1);
        QCOMPARE(server.requestCount(QStringLiteral("/forum/viewtopic.php?t=7&start=20")), 1);
        // The same tree as the seed's XenForo pages give.
        const QMap<int, int> actual = seedParentsById(*h.model);
        QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
    }
    server.clearRoutes();
    reopenSeedOffline(cache, url, m_seed);
}

void TestPhpbbEngine::postLinkFindsItsTopic()
{
    // viewtopic.php?p=N: phpBB shows the post's page there; that page names the topic.
    FixtureServer server;
    QVERIFY(server.start());
    serveSeed(&server);
    const QString post = seedPostId(15);
    server.setPage(QStringLiteral("/forum/viewtopic.php?p=") + post, phpbbPage(m_seed, SeedTopic, 2));
    QObject owner;
    LoadHarness h(m_dir.filePath(QStringLiteral("link.sqlite")), &owner);
    const LoadOutcome outcome = h.load(server.url(QStringLiteral("/forum/viewtopic.php?p=") + post));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(h.loader->info().url, server.url(QStringLiteral("/forum/viewtopic.php?t=7")).toString());
    QCOMPARE(h.model->postCount(), m_seed.posts.size());
    QCOMPARE(h.loader->targetPostId(), post);
}

QTEST_GUILESS_MAIN(TestPhpbbEngine)
#include "tst_phpbbengine.moc"
