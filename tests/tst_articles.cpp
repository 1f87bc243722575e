// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A news article's address brings its discussion: the article read from real pages and
// from a news site in TechPowerUp's shape served over loopback, its forum thread found
// and loaded with the article as its first post, then the same offline from the cache.
#include "loadharness.h"
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/newsfixture.h"
#include "testutil.h"

#include "articles/articlepage.h"
#include "domain/posttext.h"
#include "html/htmlnesting.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestArticles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void realPages_data();
    void realPages();
    void metadataShapes_data();
    void metadataShapes();
    void parseDate_data();
    void parseDate();
    void discussion_data();
    void discussion();
    void hostilePages_data();
    void hostilePages();
    void nestingGuard_data();
    void nestingGuard();
    void newsAddressBringsDiscussion();
    void articleAlone();
    void hostileThroughLoader();
    void exportIncludesArticle();

private:
    static ArticlePage read(
        const QByteArray &html, const QUrl &url = QUrl(QStringLiteral("https://news.example/a/1")))
    {
        return readArticlePage(html, url);
    }
    QString cacheFile(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    FixtureServer m_server;
    NewsSite m_site;
};

void TestArticles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
    m_site = newsSiteFromSeed(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QVERIFY(!m_site.paragraphs.isEmpty());
    QCOMPARE(m_site.thread.pageCount(), 3);
    serveNewsSite(m_server, m_site);
}

void TestArticles::realPages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QString>("words"); // words of the body, read off the page by hand
    // Read by hand from each page (see ../shared/real-pages/README.md).
    QTest::newRow("reuters: JSON-LD NewsArticle")
        << QStringLiteral("reuters.com.parasite.html")
        << QStringLiteral("'Parasite' scores historic upset at SAG awards, boosting Oscar chances")
        << QStringLiteral("Jill Serjeant") << QDateTime(QDate(2020, 1, 19), QTime(12, 25, 36), QTimeZone::UTC)
        << QStringLiteral("was the upset winner at the Screen Actors Guild (SAG) awards on Sunday");
    QTest::newRow("verge: JSON-LD with an offset")
        << QStringLiteral("theverge.com.ios13.html")
        << QStringLiteral("iOS 13 will fix the FaceTime eye contact problem") << QStringLiteral("Jon Porter")
        << QDateTime(QDate(2019, 7, 3), QTime(8, 22, 7), QTimeZone::UTC)
        << QStringLiteral("Normally, video calls tend to make it look like");
    // JSON-LD Article without headline, author or datePublished: OpenGraph and meta.
    QTest::newRow("heise: meta after a thin JSON-LD")
        << QStringLiteral("heise.de.lithium.html") << QStringLiteral("Lithium aus dem Schredder")
        << QStringLiteral("Denis Dilba") << QDateTime(QDate(2019, 6, 20), QTime(7, 30), QTimeZone::UTC)
        << QStringLiteral("Die Duesenfeld GmbH aus Wendeburg bei Braunschweig");
    // "+0100" without a colon; the author an array of one Organization; no <article>.
    QTest::newRow("spiegel: bare offset, author array")
        << QStringLiteral("spiegel.de.albtraum.html") << QStringLiteral("Ein Albtraum")
        << QStringLiteral("SPIEGEL ONLINE") << QDateTime(QDate(2018, 12, 21), QTime(23, 0), QTimeZone::UTC)
        << QString();
}

void TestArticles::realPages()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QDateTime, date);
    QFETCH(QString, words);
    TK_REAL_PAGE_OR_SKIP(html, QStringLiteral("articles/") + file);
    // Real pages, however sloppy, come through the nesting guard unchanged.
    QVERIFY(limitNesting(html) == html);
    const ArticlePage page = read(html);
    QVERIFY(page.article.declared);
    QCOMPARE(page.article.title, title);
    QCOMPARE(page.article.author, author);
    QCOMPARE(page.article.date.toUTC(), date);
    if (!words.isEmpty())
        QVERIFY2(
            ownText(page.article.body).contains(words), qPrintable(ownText(page.article.body).left(2000)));
    // None links to a thread any engine reads (heise's own forum is none of them).
    QVERIFY(!page.discussion.found());
}

void TestArticles::metadataShapes_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDateTime>("date");
    QTest::addColumn<QString>("firstParagraph");
    QTest::addColumn<bool>("declared"); // the page says it is an article
    const QDateTime noon(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::UTC);
    QTest::newRow("@graph with WebPage first")
        << QByteArray(
               R"(<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebPage","name":"Site page"},{"@type":["NewsArticle","Article"],"headline":"Graph headline",
            "author":[{"@type":"Person","name":"Ada"},"Grace"],"datePublished":"2024-05-01T14:00:00+0200"}]}</script>
            <meta property="og:title" content="OG title"></head><body><article><h1>H1</h1><p>Body text.</p></article></body></html>)")
        << QStringLiteral("Graph headline") << QStringLiteral("Ada, Grace") << noon
        << QStringLiteral("Body text.") << true;
    QTest::newRow("OpenGraph and article:* meta")
        << QByteArray(R"(<html><head><meta property="og:title" content="OG &amp; title">
            <meta property="article:author" content="https://facebook.com/someone">
            <meta name="author" content="Named Author">
            <meta property="article:published_time" content="2024-05-01T12:00:00Z"></head>
            <body><h1>H1 title</h1><article><header>Byline</header><p>First.</p><p>Second.</p><footer>Share</footer></article></body></html>)")
        << QStringLiteral("OG & title") << QStringLiteral("Named Author") << noon << QStringLiteral("First.")
        << true;
    QTest::newRow("only the page: <h1>, <time>, rel=author")
        << QByteArray(R"(<html><head><title>Site | Title</title></head><body><nav><a href="/">Home</a></nav>
            <article><h1>Plain title</h1><div class="byline"><a rel="author" href="/u/x">Xavier</a>
            <time datetime="2024-05-01 12:00:00">May 1</time></div><div class="content"><p>Words here.</p></div>
            <div class="comments"><p>A comment.</p></div></article></body></html>)")
        << QStringLiteral("Plain title") << QStringLiteral("Xavier") << noon << QStringLiteral("Words here.")
        << true;
    QTest::newRow("broken JSON-LD falls back")
        << QByteArray(
               R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":</script>
            <meta property="og:title" content="Fallback"></head><body><main><p>Main text.</p></main></body></html>)")
        << QStringLiteral("Fallback") << QString() << QDateTime() << QStringLiteral("Main text.") << false;
    QTest::newRow("articleBody text only")
        << QByteArray(
               R"(<html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Named",
            "articleBody":"One.\n\nTwo.","dateCreated":"2024-05-01T12:00Z"}</script></head><body></body></html>)")
        << QStringLiteral("Named") << QString() << noon << QStringLiteral("One.") << true;
}

void TestArticles::metadataShapes()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QDateTime, date);
    QFETCH(QString, firstParagraph);
    QFETCH(bool, declared);
    const Article article = read(html).article;
    QCOMPARE(article.declared, declared);
    QCOMPARE(article.title, title);
    QCOMPARE(article.author, author);
    QCOMPARE(article.date.isValid(), date.isValid());
    if (date.isValid())
        QCOMPARE(article.date.toUTC(), date);
    QVERIFY(!article.body.isEmpty());
    QCOMPARE(article.body.first().text, firstParagraph);
    // What surrounds the text stays out: the title above it, bylines, comments, sharing.
    const QString text = ownText(article.body);
    for (const char *outside : {"H1", "Byline", "Share", "A comment.", "Home", "Xavier"})
        QVERIFY2(!text.contains(QLatin1String(outside)), qPrintable(text));
}

void TestArticles::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("date");
    const QDateTime t(QDate(2025, 1, 26), QTime(8, 0), QTimeZone::UTC);
    QTest::newRow("Z") << QStringLiteral("2025-01-26T08:00:00Z") << t;
    QTest::newRow("colon offset") << QStringLiteral("2025-01-26T09:00:00+01:00") << t;
    QTest::newRow("bare offset") << QStringLiteral("2025-01-26T03:00:00-0500") << t;
    QTest::newRow("fraction") << QStringLiteral("2025-01-26T08:00:00.000Z") << t;
    QTest::newRow("no offset: UTC") << QStringLiteral("2025-01-26T08:00:00") << t;
    QTest::newRow("space") << QStringLiteral("2025-01-26 08:00:00") << t;
    QTest::newRow("RFC 2822") << QStringLiteral("Sun, 26 Jan 2025 08:00:00 +0000") << t;
    QTest::newRow("words") << QStringLiteral("Sunday, January 26th 2025") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestArticles::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, date);
    const QDateTime parsed = ArticleReader::parseDate(text);
    QCOMPARE(parsed.isValid(), date.isValid());
    if (date.isValid())
        QCOMPARE(parsed.toUTC(), date);
}

void TestArticles::discussion_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("thread"); // canonical, or empty for none
    QTest::addColumn<QString>("feed");
    const QUrl base(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.port()));
    QTest::newRow("TechPowerUp shape")
        << newsArticlePage(m_site, 1) << base.resolved(QUrl(m_site.thread.path)).toString() << QString();
    QTest::newRow("TechPowerUp shape, later comment page")
        << newsArticlePage(m_site, 3) << base.resolved(QUrl(m_site.thread.path)).toString() << QString();
    QTest::newRow("a sidebar of threads is not the discussion")
        << QByteArray(R"(<html><body><article><h1>T</h1><p>Text.</p></article>
            <aside class="forum-threads"><a href="/forums/threads/a.1/">A</a><a href="/forums/threads/b.2/">B</a></aside></body></html>)")
        << QString() << QString();
    QTest::newRow("a thread cited in the text is not the discussion") << QByteArray(
        R"(<html><body><article><p>As <a href="https://forum.example/threads/x.5/">users found</a>.</p></article></body></html>)")
                                                                      << QString() << QString();
    QTest::newRow("Kommentare, on another site")
        << QByteArray(R"(<html><body><article><p>Text.</p></article>
            <p><a href="https://forum.example/threads/x.5/">Kommentare lesen</a></p></body></html>)")
        << QStringLiteral("https://forum.example/threads/x.5/") << QString();
    QTest::newRow("JSON-LD discussionUrl")
        << QByteArray(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "discussionUrl":"/forums/threads/talk.77/"}</script></head><body><p>Text.</p></body></html>)")
        << base.resolved(QUrl(QStringLiteral("/forums/threads/talk.77/"))).toString() << QString();
    QTest::newRow("a comments feed, no thread") << QByteArray(
        R"(<html><head><link rel="alternate" type="application/rss+xml" title="Site Feed" href="/feed/">
            <link rel="alternate" type="application/rss+xml" title="Post &raquo; Comments Feed" href="/post/feed/"></head>
            <body><article><p>Text.</p></article></body></html>)")
                                                << QString()
                                                << base.resolved(QUrl(QStringLiteral("/post/feed/")))
                                                       .toString();
}

void TestArticles::discussion()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, thread);
    QFETCH(QString, feed);
    const QUrl url = m_server.url(m_site.articlePath);
    const ArticlePage page = read(html, url);
    QCOMPARE(page.discussion.found(), !thread.isEmpty());
    if (!thread.isEmpty()) {
        QCOMPARE(page.discussion.thread.canonical.toString(), thread);
        QVERIFY(page.discussion.thread.postId.isEmpty()); // the thread from its start
    }
    QCOMPARE(page.discussion.commentsFeed.toString(), feed);
}

void TestArticles::hostilePages_data()
{
    QTest::addColumn<QByteArray>("html");
    const int deep = 200000;
    QByteArray nested
        = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
          "\"Deep\"}</script></head><body><article><h1>Deep</h1>";
    nested += QByteArray("<div>").repeated(deep) + "<a class=\"comments\" href=\"/forums/threads/t.1/\">x</a>"
        + QByteArray("</div>").repeated(deep);
    nested += "</article></body></html>";
    QTest::newRow("200,000 nested divs") << nested;
    QTest::newRow("200,000 nested spans in a link")
        << QByteArray("<html><body><article><p><a href=\"/forums/threads/t.1/\" class=\"comments\">"
               + QByteArray("<span>").repeated(deep) + "x" + QByteArray("</span>").repeated(deep)
               + "</a></p></article></body></html>");
    QTest::newRow("100,000-deep JSON-LD")
        << QByteArray("<html><head><script type=\"application/ld+json\">" + QByteArray("[").repeated(100000)
               + QByteArray("]").repeated(100000) + "</script></head><body><p>x</p></body></html>");
    QByteArray huge = "<html><body><article><h1>Huge</h1>";
    const QByteArray paragraph = "<p>" + QByteArray("word ").repeated(200) + "</p>\n";
    while (huge.size() < 24 * 1024 * 1024)
        huge += paragraph;
    QTest::newRow("24 MB page") << huge;
    QByteArray links = "<html><body><article><p>x</p></article>";
    for (int i = 0; i < 100000; ++i)
        links
            += "<a class=\"comments\" href=\"/forums/threads/t." + QByteArray::number(i) + "/\">Comments</a>";
    QTest::newRow("100,000 discussion links") << links;
}

void TestArticles::hostilePages()
{
    QFETCH(QByteArray, html);
    QElapsedTimer timer;
    timer.start();
    const ArticlePage page = read(html);
    const qint64 ms = timer.elapsed();
    qInfo("%lld ms for %lld bytes", ms, qlonglong(html.size()));
    // Linear: well under a few seconds on a slow, shared machine for the biggest of them.
    QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
    QCOMPARE(page.truncated, html.size() > MaxArticlePageBytes);
    qsizetype text = 0;
    for (const Block &b : page.article.body)
        text += b.text.size();
    QVERIFY(text <= MaxArticlePageBytes);
}

void TestArticles::nestingGuard_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("limited");
    QTest::newRow("shallow: unchanged") << QByteArray("<div><p>a<p>b<br><img src=x></div>")
                                        << QByteArray("<div><p>a<p>b<br><img src=x></div>");
    QTest::newRow("deep: cut, text kept") << QByteArray("<div><div><div><span>x</span></div></div></div>y")
                                          << QByteArray("<div><div>x</div></div>y");
    QTest::newRow("script and comment pass unread")
        << QByteArray("<div><div><script>if (a<b) '<div>'</script><!-- <div> --></div></div>")
        << QByteArray("<div><div><script>if (a<b) '<div>'</script><!-- <div> --></div></div>");
    QTest::newRow("quoted >") << QByteArray("<div title=\"a>b\"><div><i>x</i></div></div>")
                              << QByteArray("<div title=\"a>b\"><div>x</div></div>");
}

void TestArticles::nestingGuard()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, limited);
    QCOMPARE(limitNesting(html, 2), limited);
}

void TestArticles::newsAddressBringsDiscussion()
{
    const QString cache = cacheFile(QStringLiteral("news.sqlite"));
    const QUrl news = m_server.url(m_site.articlePath);
    const QUrl thread = m_server.url(m_site.thread.path);
    auto check = [&](LoadHarness &h, const LoadOutcome &outcome) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.articleUrl, news);
        QCOMPARE(outcome.articleTitle, m_site.title);
        QCOMPARE(outcome.url, news); // to try again
        QCOMPARE(h.loader->info().url, thread.toString()); // cached under the forum thread
        QCOMPARE(h.loader->info().engine, QStringLiteral("xenforo"));
        // The article is the thread's first post, as the article pane shows it.
        const Post *first = h.session->tree().first();
        QVERIFY(first);
        QCOMPARE(first->id, ArticleReader::postId());
        QCOMPARE(first->number, 0);
        QCOMPARE(first->author, m_site.author);
        QCOMPARE(first->date.toUTC(), m_site.date);
        QStringList paragraphs;
        for (const Block &b : first->body)
            paragraphs.append(b.text);
        QCOMPARE(paragraphs.join(QLatin1Char('\n')), m_site.paragraphs.join(QLatin1Char('\n')));
        // The forum's own first post (the link back) stays a post of the thread.
        QVERIFY(h.session->tree().post(m_site.thread.posts.first().id));
        QCOMPARE(h.model->postCount(), int(m_site.thread.posts.size()) + 1);
        const QMap<int, int> tree = parentsInModel(*h.model);
        QVERIFY2(tree == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), tree)));
    };

    {
        QObject owner; // each load on its own: the cache file closed after it
        LoadHarness h(cache, &owner);
        m_server.resetCounters();
        const LoadOutcome outcome = h.load(news);
        check(h, outcome);
        QCOMPARE(outcome.pagesLoaded, 3);
        // The article once, then the thread's pages: no comment pages, no sidebar thread.
        QStringList expected {m_site.articlePath};
        for (int page = 1; page <= m_site.thread.pageCount(); ++page)
            expected.append(m_site.thread.pagePath(page));
        QStringList seen = m_server.targets();
        QCOMPARE(seen.takeFirst(), m_site.articlePath);
        seen.sort();
        expected.removeFirst();
        expected.sort();
        QCOMPARE(seen, expected);
    }
    {
        // Offline, from the cache file alone: a new loader on the same file.
        QObject owner;
        LoadHarness h(cache, &owner);
        m_server.resetCounters();
        const LoadOutcome outcome = h.load(news, true);
        check(h, outcome);
        QVERIFY(outcome.fromCache);
        QVERIFY(outcome.offline);
        QCOMPARE(m_server.targets(), QStringList());
    }
    {
        // Online again: the cached thread with its article at once, then the forum's pages
        // only; the article's page is not asked again.
        QObject owner;
        LoadHarness h(cache, &owner);
        m_server.resetCounters();
        const LoadOutcome outcome = h.load(news);
        check(h, outcome);
        QVERIFY(outcome.fromCache);
        QVERIFY(!m_server.targets().contains(m_site.articlePath));
        QVERIFY(m_server.targets().contains(m_site.thread.path));
    }
}

void TestArticles::articleAlone()
{
    const QString path = QStringLiteral("/2025/01/lonely-article");
    m_server.setPage(
        path, QByteArray(R"(<!DOCTYPE html><html><head><meta property="og:title" content="A lonely article">
        <meta name="author" content="Solo Writer"><meta property="article:published_time" content="2025-01-26T08:00:00Z">
        </head><body><article><h1>A lonely article</h1><p>Nobody discusses this.</p>
        <p>Not even <a href="/forums/">the forum</a>.</p></article></body></html>)"));
    const QString cache = cacheFile(QStringLiteral("alone.sqlite"));
    const QUrl url = m_server.url(path);
    for (const bool offline : {false, true}) {
        QObject owner;
        LoadHarness h(cache, &owner);
        m_server.resetCounters();
        const LoadOutcome outcome = h.load(url, offline);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY2(outcome.note.contains(QLatin1String("No discussion")), qPrintable(outcome.note));
        QCOMPARE(outcome.articleUrl, url);
        QCOMPARE(h.loader->info().title, QStringLiteral("A lonely article"));
        QCOMPARE(h.model->postCount(), 1);
        const Post *article = h.session->tree().first();
        QVERIFY(article);
        QCOMPARE(article->id, ArticleReader::postId());
        QCOMPARE(article->author, QStringLiteral("Solo Writer"));
        QVERIFY(article->text.startsWith(QLatin1String("Nobody discusses this.")));
        // Fetched once, never twice; offline not at all.
        QCOMPARE(m_server.targets(), offline ? QStringList() : QStringList {path});
    }
}

void TestArticles::hostileThroughLoader()
{
    QObject owner;
    const int deep = 200000;
    const QByteArray nested = "<html><body><article><h1>Deep</h1>" + QByteArray("<div>").repeated(deep)
        + "<p>x</p>" + QByteArray("</div>").repeated(deep)
        + "<a class=\"comments\" href=\"/forums/threads/nowhere.1/\">Comments</a></article></body></html>";
    m_server.setPage(QStringLiteral("/hostile/deep"), nested);
    QByteArray huge = "<html><body><article><h1>Huge</h1>";
    while (huge.size() < 12 * 1024 * 1024)
        huge += "<p>" + QByteArray("word ").repeated(400) + "</p>\n";
    m_server.setPage(QStringLiteral("/hostile/huge"), huge);
    FixtureServer::Route missing;
    missing.status = 404;
    m_server.setRoute(QStringLiteral("/forums/threads/nowhere.1/"), missing);
    LoadHarness h(cacheFile(QStringLiteral("hostile.sqlite")), &owner);
    for (const QString &path : {QStringLiteral("/hostile/deep"), QStringLiteral("/hostile/huge")}) {
        m_server.resetCounters();
        QElapsedTimer timer;
        timer.start();
        const LoadOutcome outcome = h.load(m_server.url(path));
        qInfo("%s: %lld ms", qPrintable(path), timer.elapsed());
        // It ends, the article shown; a discussion that fails leaves the article with its reason.
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(h.session->tree().first()->id, ArticleReader::postId());
        // Nothing fetched but the page and the thread it names.
        for (const QString &target : m_server.targets())
            QVERIFY2(
                target == path || target == QLatin1String("/forums/threads/nowhere.1/"), qPrintable(target));
    }
}

void TestArticles::exportIncludesArticle()
{
    const QString cache = cacheFile(QStringLiteral("export.sqlite"));
    const QUrl news = m_server.url(m_site.articlePath);
    for (const bool offline : {false, true}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        process.setProcessEnvironment(env);
        QStringList args {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--cache"), cache, news.toString()};
        if (offline)
            args.insert(1, QStringLiteral("--offline"));
        QSignalSpy finished(&process, &QProcess::finished);
        m_server.resetCounters();
        process.start(QStringLiteral(THREADKEEPER_BINARY), args);
        QVERIFY(finished.wait(30000)); // the fixture server answers in this event loop
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QByteArray out = process.readAllStandardOutput();
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject article = root.value(QLatin1String("article")).toObject();
        QCOMPARE(article.value(QLatin1String("url")).toString(), news.toString());
        QCOMPARE(article.value(QLatin1String("title")).toString(), m_site.title);
        QCOMPARE(article.value(QLatin1String("author")).toString(), m_site.author);
        QCOMPARE(article.value(QLatin1String("date")).toString(), QStringLiteral("2025-01-26T08:00:00Z"));
        QVERIFY(article.value(QLatin1String("text")).toString().startsWith(m_site.paragraphs.first()));
        QCOMPARE(root.value(QLatin1String("thread")).toObject().value(QLatin1String("url")).toString(),
            m_server.url(m_site.thread.path).toString());
        // The article, the link back and the comments.
        QCOMPARE(root.value(QLatin1String("posts")).toArray().size(), m_site.thread.posts.size() + 1);
        if (offline)
            QCOMPARE(m_server.targets(), QStringList());
    }
}

QTEST_GUILESS_MAIN(TestArticles)
#include "tst_articles.moc"
