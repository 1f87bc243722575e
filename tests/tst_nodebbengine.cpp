// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The NodeBB engine: addresses and pages, answers of /api/topic/N?page=M written here in
// the shape NodeBB's source and OpenAPI description give (no real answer was found saved
// by any public project): toPid parents, deleted posts, non-ASCII names, quotes of
// quotes, hostile shapes; the seed thread and a long topic over loopback, loaded,
// refreshed and reopened offline.
#include "enginechecks.h"
#include "loadharness.h"
#include "loopbacktest.h"
#include "refreshrig.h"
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/nodebbfixture.h"
#include "testutil.h"

#include "engines/nodebb/nodebbengine.h"
#include "engines/postbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

const NodeBbEngine s_engine;
const QUrl s_topic(QStringLiteral("https://community.example/topic/5"));

EngineRequest pageRequest(int page)
{
    return EngineRequest {NodeBbEngine::pageUrl(s_topic, page), EngineRequest::Format::Json, page, "page"};
}

EngineAnswer read(int page, const QByteArray &body, const CachedParts *cached = nullptr)
{
    const EngineRequest r = pageRequest(page);
    return s_engine.readAnswer(r, body, AnswerContext {s_topic, r.url, page == 1, cached});
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject post(
    int pid, int index, const QString &content, const QJsonObject &user, const QJsonValue &toPid = {})
{
    QJsonObject o {{QStringLiteral("pid"), pid}, {QStringLiteral("tid"), 5}, {QStringLiteral("index"), index},
        {QStringLiteral("content"), content},
        {QStringLiteral("timestamp"), 1700000000000.0 + index * 60000.0}, {QStringLiteral("deleted"), 0},
        {QStringLiteral("user"), user}};
    if (!toPid.isUndefined())
        o.insert(QStringLiteral("toPid"), toPid);
    return o;
}

QJsonObject user(
    const QString &username, const QString &displayname, const QJsonValue &picture = QJsonValue::Null)
{
    return QJsonObject {{QStringLiteral("uid"), 3}, {QStringLiteral("username"), username},
        {QStringLiteral("displayname"), displayname}, {QStringLiteral("picture"), picture}};
}

QByteArray topic(const QJsonArray &posts, int pageCount, int page = 1)
{
    return json(QJsonObject {{QStringLiteral("tid"), 5},
        {QStringLiteral("title"), QStringLiteral("Tom &amp; Jerry")},
        {QStringLiteral("titleRaw"), QStringLiteral("Tom & Jerry")}, {QStringLiteral("postcount"), 100},
        {QStringLiteral("mainPid"), 100}, {QStringLiteral("posts"), posts},
        {QStringLiteral("pagination"),
            QJsonObject {{QStringLiteral("currentPage"), page}, {QStringLiteral("pageCount"), pageCount}}}});
}

} // namespace

class TestNodeBbEngine : public LoopbackTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void parseUrl_data();
    void parseUrl();
    void recognizePage_data();
    void recognizePage();
    void handMade();
    void pagesAndRefresh();
    void hostile_data();
    void hostile();
    void seedOverHttp();
    void longTopicOverHttp();
    void refreshOverHttp();

private:
};

void TestNodeBbEngine::initTestCase()
{
    readSeed();
}

void TestNodeBbEngine::init()
{
    startLoopback();
}

void TestNodeBbEngine::cleanup()
{
    stopLoopback();
}

void TestNodeBbEngine::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical"); // empty: not NodeBB's
    QTest::addColumn<int>("postNumber");
    QTest::addColumn<QString>("api"); // page 1's request
    const QString t = QStringLiteral("https://community.nodebb.org/topic/17000");
    const QString api
        = QStringLiteral("https://community.nodebb.org/api/topic/17000?page=1&sort=oldest_to_newest");
    QTest::newRow("number") << t << t << 0 << api;
    QTest::newRow("slug") << t + QLatin1String("/nodebb-4-0-0") << t << 0 << api;
    QTest::newRow("slug, index") << t + QLatin1String("/nodebb-4-0-0/12") << t << 12 << api;
    QTest::newRow("page, fragment") << t + QLatin1String("/nodebb-4-0-0?page=3#x") << t << 0 << api;
    QTest::newRow("non-ASCII slug") << "https://forum.example/topic/9/grüße-aus-köln/2"
                                    << "https://forum.example/topic/9" << 2
                                    << "https://forum.example/api/topic/9?page=1&sort=oldest_to_newest";
    QTest::newRow("relative path") << "http://127.0.0.1:4567/forum/topic/9/x"
                                   << "http://127.0.0.1:4567/forum/topic/9" << 0
                                   << "http://127.0.0.1:4567/forum/api/topic/9?page=1&sort=oldest_to_newest";
    QTest::newRow("the API's own address") << "https://forum.example/api/topic/9"
                                           << "" << 0 << "";
    QTest::newRow("Invision's topic") << "https://forum.example/topic/9-grusse/"
                                      << "" << 0 << "";
    QTest::newRow("Invision's page without slug") << "https://forum.example/topic/9/page/2"
                                                  << "" << 0 << "";
    QTest::newRow("Invision's topic without slug") << "https://forum.example/topic/9/"
                                                   << "" << 0 << "";
    QTest::newRow("category") << "https://forum.example/category/2/general"
                              << "" << 0 << "";
    QTest::newRow("zero") << "https://forum.example/topic/0/x"
                          << "" << 0 << "";
}

void TestNodeBbEngine::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    QFETCH(int, postNumber);
    QFETCH(QString, api);
    ThreadRef r;
    const ForumEngine *engine = engineForUrl(QUrl(url), &r);
    QCOMPARE(engine && engine->name() == QLatin1String("nodebb"), !canonical.isEmpty());
    if (canonical.isEmpty())
        return;
    QCOMPARE(r.canonical.toString(), canonical);
    QCOMPARE(r.postNumber, postNumber);
    QCOMPARE(s_engine.firstRequests(r, QUrl(url)).first().url.toString(), api);
    QCOMPARE(s_engine.postUrl(r.canonical, QStringLiteral("77")).path(),
        QUrl(canonical).path().section(QStringLiteral("/topic/"), 0, 0) + QStringLiteral("/post/77"));
}

void TestNodeBbEngine::recognizePage_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical");
    // As NodeBB 3's Harmony theme writes a topic page's head and body (shortened).
    const QByteArray page = R"(<!DOCTYPE html><html lang="en-GB" data-dir="ltr"><head>
<title>NodeBB 4.0.0 | NodeBB Community</title><meta name="generator" content="NodeBB">
<link rel="canonical" href="https://community.nodebb.org/topic/17000/nodebb-4-0-0">
<script>var config = JSON.parse('{"relative_path":"","upload_url":"/assets/uploads"}');</script>
</head><body class="page-topic page-topic-17000"><main id="panel"><div component="topic" data-tid="17000">
</div></main><script id="ajaxify-data" type="application/json">{"tid":17000}</script>
<script>ajaxify.data = JSON.parse(document.getElementById('ajaxify-data').textContent);</script></body></html>)";
    QTest::newRow("topic page, canonical link") << page << "https://community.nodebb.org/post/12345"
                                                << "https://community.nodebb.org/topic/17000";
    QByteArray noGenerator = page;
    noGenerator.replace(R"(<meta name="generator" content="NodeBB">)", "");
    noGenerator.replace(
        R"(<link rel="canonical" href="https://community.nodebb.org/topic/17000/nodebb-4-0-0">)", "");
    QTest::newRow("no generator, its own address") << noGenerator << "https://forum.example/forum/topic/3/x"
                                                   << "https://forum.example/forum/topic/3";
    QTest::newRow("not NodeBB") << QByteArray("<html><script>var ajaxify = 1;</script></html>")
                                << "https://forum.example/topic/3/x"
                                << "";
}

void TestNodeBbEngine::recognizePage()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    ThreadRef r;
    QCOMPARE(s_engine.recognizePage(html, QUrl(url), &r), !canonical.isEmpty());
    if (!canonical.isEmpty())
        QCOMPARE(r.canonical.toString(), canonical);
}

void TestNodeBbEngine::handMade()
{
    QJsonObject gone = post(102, 2, QStringLiteral("[[topic:post-is-deleted]]"),
        user(QStringLiteral("eve"), QStringLiteral("Eve")), QStringLiteral("101"));
    gone.insert(QStringLiteral("deleted"), true); // NodeBB 4 writes a boolean, 1.x a number
    QJsonArray posts {
        post(100, 0, QStringLiteral("<p dir=\"auto\">Grüße aus Köln — 東京 &amp; <strong>bold</strong></p>"),
            user(QStringLiteral("zoe"), QStringLiteral("Zoë Ålund"),
                QStringLiteral("/assets/uploads/profile/3-profileavatar.png"))),
        post(101, 1, QStringLiteral("<p>reply to the topic</p>"), user(QStringLiteral("łukasz"), QString()),
            100),
        gone,
        // A quote of a quote: 103 quotes 101's words with the composer's Quote, 101's quote
        // of 100 inside; it replies to the deleted 102 (toPid), which keeps its place.
        post(103, 3,
            QStringLiteral(
                "<p><a class=\"plugin-mentions-user plugin-mentions-a\" href=\"/uid/4\">@łukasz</a> said in "
                "<a href=\"/post/101\">Tom &amp; "
                "Jerry</a>:</p>\n<blockquote>\n<blockquote><p>Grüße</p></blockquote>"
                "<p>reply to the topic</p>\n</blockquote>\n<p>Mine.</p>"),
            user(QStringLiteral("ann"), QStringLiteral("Ann")), QStringLiteral("102")),
        // A blockquote typed by hand names nothing; a "said in" line without a quote after it is words.
        post(104, 4,
            QStringLiteral(
                "<blockquote><p>typed</p></blockquote><p>a said in <a href=\"/post/100\">x</a>:</p>"),
            user(QStringLiteral("bob"), QStringLiteral("Bob")), QJsonValue(QJsonValue::Null)),
    };
    // Replies federated from Mastodon (NodeBB 4): their ids are their addresses.
    const QString remote = QStringLiteral("https://mastodon.example/users/kim/statuses/1");
    QJsonObject federated = post(0, 5, QStringLiteral("<p>from afar</p>"),
        user(QStringLiteral("kim@mastodon.example"), QStringLiteral("Kim")), 103);
    federated.insert(QStringLiteral("pid"), remote);
    QJsonObject federatedReply = post(
        0, 6, QStringLiteral("<p>me too</p>"), user(QStringLiteral("lu@social.example"), QString()), remote);
    federatedReply.insert(QStringLiteral("pid"), QStringLiteral("https://social.example/notes/9"));
    QJsonObject notAnAddress = federatedReply;
    notAnAddress.insert(QStringLiteral("pid"), QStringLiteral("javascript:alert(1)"));
    posts.append(federated);
    posts.append(federatedReply);
    posts.append(notAnAddress);
    EngineAnswer a = read(1, topic(posts, 1));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(a.posts.size(), 7); // not the one whose id is no address
    QCOMPARE(a.posts[5].id, remote);
    QCOMPARE(a.posts[5].parentId, QStringLiteral("103"));
    QCOMPARE(a.posts[6].parentId, remote);
    QCOMPARE(s_engine.postUrl(s_topic, remote), QUrl(remote));
    QCOMPARE(a.posts[6].author, QStringLiteral("lu@social.example"));
    a.posts.resize(5);
    QCOMPARE(a.facts->title, QStringLiteral("Tom & Jerry"));
    QCOMPARE(a.facts->unitCount, 1);
    QVERIFY(a.next.isEmpty());
    const Post &main = a.posts[0];
    QCOMPARE(main.id, QStringLiteral("100"));
    QCOMPARE(main.number, 1);
    QCOMPARE(main.author, QStringLiteral("Zoë Ålund"));
    QCOMPARE(main.avatarUrl,
        QStringLiteral("https://community.example/assets/uploads/profile/3-profileavatar.png"));
    QCOMPARE(main.text, QStringLiteral("Grüße aus Köln — 東京 & bold"));
    QCOMPARE(main.date, QDateTime(QDate(2023, 11, 14), QTime(22, 13, 20), QTimeZone::UTC));
    QVERIFY(main.parentId.isEmpty());
    QCOMPARE(a.posts[1].author, QStringLiteral("łukasz")); // no display name: the user name
    QCOMPARE(a.posts[1].parentId, QStringLiteral("100")); // toPid as a number: the main post
    QCOMPARE(a.posts[2].text, QStringLiteral("[deleted]"));
    QCOMPARE(a.posts[2].author, QStringLiteral("Eve")); // NodeBB still names who wrote it
    QCOMPARE(a.posts[2].parentId, QStringLiteral("101"));
    const Post &quoting = a.posts[3];
    QCOMPARE(quoting.parentId, QStringLiteral("102"));
    QCOMPARE(quoting.text, QStringLiteral("Mine."));
    QCOMPARE(quoting.quotes.size(), 1);
    QCOMPARE(quoting.quotes.first().author, QStringLiteral("łukasz"));
    QCOMPARE(quoting.quotes.first().source, QStringLiteral("101"));
    QCOMPARE(quoting.quotes.first().text, QStringLiteral("reply to the topic"));
    QCOMPARE(nestedQuoteDepth(quoting.body), 2);
    const Post &typed = a.posts[4];
    QVERIFY(typed.parentId.isEmpty());
    QCOMPARE(typed.quotes.size(), 1);
    QVERIFY(typed.quotes.first().source.isEmpty());
    QCOMPARE(typed.text, QStringLiteral("a said in x:"));
    QCOMPARE(typed.number, 5);
    QCOMPARE(typed.position, 4);
}

void TestNodeBbEngine::pagesAndRefresh()
{
    const QJsonArray one {
        post(100, 0, QStringLiteral("<p>x</p>"), user(QStringLiteral("a"), QStringLiteral("A")))};
    const EngineAnswer first = read(1, topic(one, 4));
    QCOMPARE(first.facts->unitCount, 4);
    QCOMPARE(first.next.size(), 3);
    QCOMPARE(first.next.last().url.toString(),
        QStringLiteral("https://community.example/api/topic/5?page=4&sort=oldest_to_newest"));
    QCOMPARE(first.next.last().unit, 4);
    // Later pages hold their posts only.
    const QJsonArray later {post(140, 40, QStringLiteral("<p>y</p>"),
        user(QStringLiteral("a"), QStringLiteral("A")), QStringLiteral("100"))};
    const EngineAnswer third = read(3, topic(later, 4, 3));
    QVERIFY(!third.facts);
    QVERIFY(third.next.isEmpty());
    QCOMPARE(third.posts.first().page, 3);
    QCOMPARE(third.posts.first().number, 41);
    // An answer without pagination (older NodeBB): pages from postcount and the page's size.
    QJsonObject old = QJsonDocument::fromJson(topic(QJsonArray {one[0], one[0], one[0], one[0]}, 0)).object();
    old.remove(QStringLiteral("pagination"));
    QCOMPARE(read(1, json(old)).facts->unitCount, 25); // 100 posts, 4 a page
    // A refresh with pages 1–3 cached asks page 1 and page 3 again, then page 4 only.
    CachedParts cached;
    cached.found = true;
    cached.lastUnit = 3;
    const QList<EngineRequest> refresh = s_engine.refreshRequests(ThreadRef {s_topic}, cached);
    QCOMPARE(refresh.size(), 2);
    QCOMPARE(refresh[1].url, NodeBbEngine::pageUrl(s_topic, 3));
    const EngineAnswer again = read(1, topic(one, 4), &cached);
    QCOMPARE(again.next.size(), 1);
    QCOMPARE(again.next.first().unit, 4);
}

void TestNodeBbEngine::hostile_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("posts"); // -1: refused
    QTest::newRow("null") << QByteArray("null") << -1;
    QTest::newRow("another topic") << QByteArray(R"({"tid":6,"posts":[]})") << -1;
    QTest::newRow("posts an object") << QByteArray(R"({"tid":5,"posts":{"a":1}})") << -1;
    QTest::newRow("not found") << QByteArray(R"({"status":404,"error":"[[error:no-topic]]"})") << -1;
    QTest::newRow("redirect (a JSON string)") << QByteArray(R"("/topic/5/slug")") << -1;
    QTest::newRow("wrong types inside") << QByteArray(
        R"({"tid":"5","posts":[5,"x",null,{"pid":"7","index":"1"},{"pid":8,"index":2,"tid":9},)"
        R"({"pid":9,"index":3,"content":["x"],"user":"eve","toPid":{"a":1},"timestamp":"soon","deleted":"no"}],)"
        R"("pagination":{"pageCount":1e300},"title":7})")
                                        << 1;
    QTest::newRow("JSON nested past Qt's limit") << (QByteArray(5000, '[') + QByteArray(5000, ']')) << -1;
    const QByteArray deep = "<div>" + QByteArray("<blockquote>").repeated(20000) + "deep";
    QTest::newRow("HTML nested 20,000 deep") << json(QJsonObject {{QStringLiteral("tid"), 5},
        {QStringLiteral("posts"),
            QJsonArray {post(1, 0, QString::fromLatin1(deep), user(QStringLiteral("a"), QString()))}}})
                                             << 1;
}

void TestNodeBbEngine::hostile()
{
    QFETCH(QByteArray, body);
    QFETCH(int, posts);
    QCOMPARE(s_engine.incompleteReason(pageRequest(1), body), QString());
    const EngineAnswer a = read(1, body);
    if (posts < 0) {
        QVERIFY(!a.error.isEmpty());
        return;
    }
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(a.posts.size(), posts);
    for (const Post &p : a.posts)
        QVERIFY(nestedQuoteDepth(p.body) <= PostBodyReader::MaxQuoteDepth + 1);
    QVERIFY(a.next.size() < NodeBbEngine::MaxPages); // a page count past reason is cut
}

void TestNodeBbEngine::seedOverHttp()
{
    NodeBbFixture f {treeFromSeed(m_seed, expectedSeedParents())};
    f.postsPerPage = 10; // three pages
    f.serve(m_server.get());
    const QUrl url = m_server->url(f.threadPath() + QStringLiteral("/4"));
    {
        LoadHarness h(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get());
        const LoadOutcome outcome = h.load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(outcome.failedPages.isEmpty());
        QCOMPARE(outcome.pagesLoaded, 3);
        QCOMPARE(h.loader->info().engine, QStringLiteral("nodebb"));
        QCOMPARE(h.loader->info().title, m_seed.title);
        QCOMPARE(h.model->postCount(), m_seed.posts.size());
        const QMap<int, int> actual = seedParentsById(*h.model);
        QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
        for (int p = 1; p <= 3; ++p)
            QCOMPARE(m_server->requestCount(f.pagePath(p)), 1);
    }
    m_server->clearRoutes();
    reopenSeedOffline(m_dir.filePath(QStringLiteral("cache.sqlite")), url, m_seed);
}

void TestNodeBbEngine::longTopicOverHttp()
{
    NodeBbFixture f {generatedTree(260, 3)};
    f.folder = QStringLiteral("/forum");
    f.thread.deleted = {5, 77};
    f.serve(m_server.get());
    const QUrl url = m_server->url(f.threadPath());
    QStringList onlineOrder;
    {
        LoadHarness h(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get());
        const LoadOutcome outcome = h.load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(outcome.failedPages.isEmpty());
        QCOMPARE(outcome.pagesLoaded, 14); // 261 posts, 20 a page
        QCOMPARE(parentIdsInModel(*h.model), f.expectedParentIds());
        onlineOrder = idsInModelOrder(*h.model);
        QCOMPARE(h.session->post(f.postIdOf(5)).text, QStringLiteral("[deleted]"));
    }
    m_server->resetCounters();
    LoadHarness offline(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get());
    const LoadOutcome outcome = offline.load(url, true);
    QVERIFY(outcome.fromCache);
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(parentIdsInModel(*offline.model), f.expectedParentIds());
    QCOMPARE(idsInModelOrder(*offline.model), onlineOrder);
}

void TestNodeBbEngine::refreshOverHttp()
{
    NodeBbFixture f {generatedTree(45, 9)}; // 46 posts: pages 1–3
    f.serve(m_server.get());
    m_server->setValidators(true); // Express's weak ETag on every JSON answer
    const QUrl url = m_server->url(f.threadPath());
    RefreshRig rig(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get(), false);
    QVERIFY(loadAndWatch(rig, url));
    // Unchanged: page 1 and the last page, both asked "has it changed?", both answered 304.
    m_server->resetCounters();
    QList<RefreshOutcome> outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes.first().ok(), qPrintable(outcomes.first().error));
    QCOMPARE(outcomes.first().newPosts, 0);
    QCOMPARE(outcomes.first().requests, 2);
    QCOMPARE(outcomes.first().notModified, 2);
    QCOMPARE(m_server->notModified(), QStringList({f.pagePath(1), f.pagePath(3)}));
    f.thread = generatedTree(64, 9); // 65 posts: page 3 fills, page 4 begins
    m_server->clearRoutes();
    f.serve(m_server.get());
    m_server->resetCounters();
    outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes.first().ok(), qPrintable(outcomes.first().error));
    QCOMPARE(outcomes.first().newPosts, 19);
    QCOMPARE(m_server->requestCount(f.pagePath(1)), 1);
    QCOMPARE(m_server->requestCount(f.pagePath(2)), 0);
    QCOMPARE(m_server->requestCount(f.pagePath(3)), 1);
    QCOMPARE(m_server->requestCount(f.pagePath(4)), 1);
}

QTEST_GUILESS_MAIN(TestNodeBbEngine)
#include "tst_nodebbengine.moc"
