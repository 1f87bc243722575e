// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Flarum engine: addresses and pages, the real answers of discuss.flarum.org in
// ../shared/real-pages (gaps in the numbering, events, mentions, 404 documents), answers
// written here (hidden posts, deleted users, non-ASCII, mentions of mentions, hostile
// shapes), and the seed thread and a long discussion over loopback: loaded, refreshed,
// reopened offline.
#include "enginechecks.h"
#include "loadharness.h"
#include "loopbacktest.h"
#include "refreshrig.h"
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/flarumfixture.h"
#include "testutil.h"

#include "engines/flarum/flarumengine.h"
#include "engines/postbody.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

const FlarumEngine s_engine;
const QString RealFile = QStringLiteral("flarum/pyflarum-scrap-discussions-0-9.json");

QUrl discussionUrl(int n)
{
    return QUrl(QStringLiteral("https://discuss.flarum.org/d/%1").arg(n));
}

EngineAnswer readDiscussion(const QUrl &thread, const QByteArray &body, const CachedParts *cached = nullptr)
{
    const EngineRequest r = s_engine.firstRequests(ThreadRef {thread}, thread).first();
    return s_engine.readAnswer(r, body, AnswerContext {thread, r.url, true, cached});
}

EngineAnswer readPosts(const QUrl &thread, const QStringList &ids, const QByteArray &body)
{
    const EngineRequest r {FlarumEngine::postsUrl(thread, ids), EngineRequest::Format::Json, 2, "posts"};
    return s_engine.readAnswer(r, body, AnswerContext {thread, r.url, false});
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject ref(const QString &type, const QString &id)
{
    return QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("id"), id}};
}

// A post resource as discuss.flarum.org writes one.
QJsonObject post(const QString &id, int number, const QString &html, const QJsonValue &userId,
    const QString &contentType = QStringLiteral("comment"))
{
    QJsonObject attributes {{QStringLiteral("number"), number},
        {QStringLiteral("createdAt"), QStringLiteral("2024-05-0%1T12:00:00+00:00").arg(number % 9 + 1)},
        {QStringLiteral("contentType"), contentType}};
    if (contentType == QLatin1String("comment"))
        attributes.insert(QStringLiteral("contentHtml"), html);
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("posts")}, {QStringLiteral("id"), id},
        {QStringLiteral("attributes"), attributes},
        {QStringLiteral("relationships"),
            QJsonObject {{QStringLiteral("discussion"),
                             QJsonObject {{QStringLiteral("data"),
                                 ref(QStringLiteral("discussions"), QStringLiteral("77"))}}},
                {QStringLiteral("user"),
                    QJsonObject {{QStringLiteral("data"),
                        userId.isNull() ? QJsonValue(QJsonValue::Null)
                                        : QJsonValue(ref(QStringLiteral("users"), userId.toString()))}}}}}};
}

QJsonObject user(const QString &id, const QString &displayName, const QString &username)
{
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("users")}, {QStringLiteral("id"), id},
        {QStringLiteral("attributes"),
            QJsonObject {{QStringLiteral("username"), username}, {QStringLiteral("displayName"), displayName},
                {QStringLiteral("avatarUrl"), QJsonValue(QJsonValue::Null)}}}};
}

QByteArray discussion(const QString &id, const QJsonArray &postIds, const QJsonArray &included)
{
    return json(QJsonObject {
        {QStringLiteral("data"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("discussions")}, {QStringLiteral("id"), id},
                {QStringLiteral("attributes"),
                    QJsonObject {{QStringLiteral("title"), QStringLiteral("Grüße")}}},
                {QStringLiteral("relationships"),
                    QJsonObject {
                        {QStringLiteral("posts"), QJsonObject {{QStringLiteral("data"), postIds}}}}}}},
        {QStringLiteral("included"), included}});
}

} // namespace

class TestFlarumEngine : public LoopbackTest
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
    void realDiscussion();
    void realNotFound();
    void realEverything();
    void handMade();
    void windowAndBatches();
    void hundredThousandPosts();
    void refreshAsksOnlyNewIds();
    void hostile_data();
    void hostile();
    void seedOverHttp();
    void longDiscussionOverHttp();
    void refreshOverHttp();

private:
};

void TestFlarumEngine::initTestCase()
{
    readSeed();
}

void TestFlarumEngine::init()
{
    startLoopback();
}

void TestFlarumEngine::cleanup()
{
    stopLoopback();
}

void TestFlarumEngine::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical"); // empty: not a Flarum discussion
    QTest::addColumn<int>("postNumber");
    QTest::addColumn<QString>("api"); // the discussion's API request
    const QString d5 = QStringLiteral("https://discuss.flarum.org/d/5");
    const QString api5 = QStringLiteral("https://discuss.flarum.org/api/discussions/5");
    QTest::newRow("number") << d5 << d5 << 0 << api5;
    QTest::newRow("slug") << "https://discuss.flarum.org/d/5-install-error-databaseseeder" << d5 << 0 << api5;
    QTest::newRow("slug, post") << "https://discuss.flarum.org/d/5-install-error-databaseseeder/13" << d5
                                << 13 << api5;
    QTest::newRow("number, post, slash") << "https://discuss.flarum.org/d/5/13/" << d5 << 13 << api5;
    QTest::newRow("query and fragment")
        << "https://discuss.flarum.org/d/5-x?sort=newest#p3" << d5 << 0 << api5;
    QTest::newRow("non-ASCII slug") << "https://forum.example/d/42-grüße-aus-köln"
                                    << "https://forum.example/d/42" << 0
                                    << "https://forum.example/api/discussions/42";
    QTest::newRow("subfolder") << "https://example.org/forum/d/5-slug/2"
                               << "https://example.org/forum/d/5" << 2
                               << "https://example.org/forum/api/discussions/5";
    QTest::newRow("two folders, port")
        << "http://127.0.0.1:8080/a/b/d/9-x"
        << "http://127.0.0.1:8080/a/b/d/9" << 0 << "http://127.0.0.1:8080/a/b/api/discussions/9";
    QTest::newRow("zero") << "https://discuss.flarum.org/d/0-x"
                          << "" << 0 << "";
    QTest::newRow("tag page") << "https://discuss.flarum.org/t/dev"
                              << "" << 0 << "";
    QTest::newRow("user page") << "https://discuss.flarum.org/u/Toby"
                               << "" << 0 << "";
    QTest::newRow("letters") << "https://discuss.flarum.org/d/abc"
                             << "" << 0 << "";
    QTest::newRow("ftp") << "ftp://discuss.flarum.org/d/5"
                         << "" << 0 << "";
}

void TestFlarumEngine::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    QFETCH(int, postNumber);
    QFETCH(QString, api);
    ThreadRef r;
    QCOMPARE(s_engine.parseUrl(QUrl(url), &r), !canonical.isEmpty());
    if (canonical.isEmpty())
        return;
    QCOMPARE(r.canonical.toString(), canonical);
    QCOMPARE(r.postNumber, postNumber);
    const QList<EngineRequest> first = s_engine.firstRequests(r, QUrl(url));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().url.toString(), api);
    QCOMPARE(first.first().format, EngineRequest::Format::Json);
}

void TestFlarumEngine::recognizePage_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical"); // empty: not recognised
    const QByteArray boot = R"(<!doctype html><html><head><title>Install Error</title>
<link rel="canonical" href="https://discuss.flarum.org/d/5-install-error-databaseseeder">
</head><body><div id="app" class="App"><div id="flarum-loading" style="display: none">Loading...</div>
<script>document.getElementById('flarum-loading').style.display = 'block'; var flarum = {extensions: {}};</script>
<script>flarum.core.app.load({"apiUrl":"https:\/\/discuss.flarum.org\/api","basePath":""});</script></body></html>)";
    QTest::newRow("canonical link") << boot << "https://discuss.flarum.org/short/5"
                                    << "https://discuss.flarum.org/d/5";
    QTest::newRow("its own address") << QByteArray(
        R"(<html><body><div id="flarum-loading">Loading...</div></body></html>)")
                                     << "https://flarum.example/forum/d/77"
                                     << "https://flarum.example/forum/d/77";
    QTest::newRow("not Flarum") << QByteArray("<html><body><div id=\"app\">Loading...</div></body></html>")
                                << "https://flarum.example/d/77"
                                << "";
    QTest::newRow("Flarum, not a discussion")
        << QByteArray(R"(<html><body><div id="flarum-loading">Loading...</div></body></html>)")
        << "https://flarum.example/t/general"
        << "";
}

void TestFlarumEngine::recognizePage()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    ThreadRef r;
    QCOMPARE(s_engine.recognizePage(html, QUrl(url), &r), !canonical.isEmpty());
    if (!canonical.isEmpty())
        QCOMPARE(r.canonical.toString(), canonical);
}

void TestFlarumEngine::realDiscussion()
{
    TK_REAL_PAGE_OR_SKIP(file, RealFile);
    const QJsonArray answers = QJsonDocument::fromJson(file).array();
    QCOMPARE(answers.size(), 10);
    const EngineAnswer a = readDiscussion(discussionUrl(5), json(answers[5].toObject()));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(a.facts->title, QStringLiteral("Install Error 'DatabaseSeeder'"));
    QVERIFY(a.next.isEmpty()); // all 17 ids are included
    QCOMPARE(a.facts->unitCount, 1);
    // 17 ids: 16 comments numbered 1–18 without 7 and 11, and #19, a discussionTagged event.
    QStringList numbers;
    for (const Post &p : a.posts)
        numbers.append(QString::number(p.number));
    QCOMPARE(numbers.join(u','), QStringLiteral("1,2,3,4,5,6,8,9,10,12,13,14,15,16,17,18"));
    for (const Post &p : a.posts)
        QCOMPARE(p.position, p.number);
    const Post &first = a.posts.first();
    QCOMPARE(first.id, QStringLiteral("6"));
    QCOMPARE(first.author, QStringLiteral("Stateless"));
    QCOMPARE(first.avatarUrl, QStringLiteral("https://discuss.flarum.org/assets/avatars/10.jpg"));
    QCOMPARE(first.date, QDateTime(QDate(2014, 12, 23), QTime(8, 14, 29), QTimeZone::UTC));
    QVERIFY(first.text.startsWith(QStringLiteral("When it came to the part of the installation")));
    QVERIFY(first.quotes.isEmpty());
    // #15 (id 21) and #17 (id 24) mention posts 19 and 22, both by ghosh: quotes with their source.
    const Post &p15 = a.posts[12];
    QCOMPARE(p15.number, 15);
    QCOMPARE(p15.id, QStringLiteral("21"));
    QCOMPARE(p15.author, QStringLiteral("Toby"));
    QCOMPARE(p15.quotes.size(), 1);
    QCOMPARE(p15.quotes.first().source, QStringLiteral("19"));
    QCOMPARE(p15.quotes.first().author, QStringLiteral("ghosh"));
    QCOMPARE(p15.text, QStringLiteral("Oops, missed this when updating the README. Fixed now!"));
    const Post &p17 = a.posts[14];
    QCOMPARE(p17.id, QStringLiteral("24"));
    QCOMPARE(p17.quotes.first().source, QStringLiteral("22"));
    QCOMPARE(p17.text, QStringLiteral("What do you mean?"));
    // The posts mentioned are in the thread, earlier: the tree puts the replies under them.
    ReplyTree tree;
    tree.add(a.posts);
    QCOMPARE(tree.parentOf(QStringLiteral("21")), QStringLiteral("19"));
    QCOMPARE(tree.parentOf(QStringLiteral("24")), QStringLiteral("22"));
    QCOMPARE(tree.parentOf(QStringLiteral("7")), QString());
}

void TestFlarumEngine::realNotFound()
{
    TK_REAL_PAGE_OR_SKIP(file, RealFile);
    const QJsonArray answers = QJsonDocument::fromJson(file).array();
    for (const int n : {0, 1, 2, 8}) {
        const QByteArray body = json(answers[n].toObject());
        QCOMPARE(s_engine.incompleteReason(EngineRequest {}, body), QString());
        const EngineAnswer a = readDiscussion(discussionUrl(n == 0 ? 10 : n), body);
        QVERIFY(a.error.contains(QStringLiteral("404 not_found")));
        QVERIFY(a.posts.isEmpty());
    }
    // Discussion 3 asked, 4 answered: not this one.
    QVERIFY(!readDiscussion(discussionUrl(3), json(answers[4].toObject())).error.isEmpty());
}

void TestFlarumEngine::realEverything()
{
    TK_REAL_PAGE_OR_SKIP(file, RealFile);
    const QJsonArray answers = QJsonDocument::fromJson(file).array();
    // Discussions 3, 4, 6, 7, 9: comments counted by hand from the answers (ids minus events).
    const QMap<int, int> comments {{3, 2}, {4, 3}, {6, 3}, {7, 3}, {9, 3}};
    for (auto it = comments.cbegin(); it != comments.cend(); ++it) {
        const EngineAnswer a = readDiscussion(discussionUrl(it.key()), json(answers[it.key()].toObject()));
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.posts.size(), it.value());
        QVERIFY(a.next.isEmpty());
        for (const Post &p : a.posts)
            QVERIFY(!p.author.isEmpty() && p.date.isValid() && !p.text.isEmpty());
    }
}

void TestFlarumEngine::handMade()
{
    const QUrl thread(QStringLiteral("https://forum.example/d/77"));
    const QJsonArray included {
        post(QStringLiteral("500"), 1,
            QStringLiteral("<p>Grüße aus Köln — 東京 &amp; <strong>bold</strong></p>"), QStringLiteral("1")),
        post(QStringLiteral("502"), 3,
            QStringLiteral("<p><a href=\"https://forum.example/d/77/1\" class=\"PostMention\" "
                           "data-id=\"500\">Zoë Ålund</a> "
                           "Ja!</p><blockquote><div><cite>Zoë Ålund wrote:</cite><p>Grüße aus Köln</p>"
                           "<blockquote><p>inner</p></blockquote></div></blockquote>"),
            QStringLiteral("2")),
        // A mention of a mention: 503 replies to 502, which replies to 500.
        post(QStringLiteral("503"), 4,
            QStringLiteral("<p><a class=\"PostMention\" data-id=\"502\">@Łukasz</a> <a class=\"PostMention\" "
                           "data-id=\"500\">Zoë Ålund</a> both</p>"),
            QJsonValue(QJsonValue::Null)), // a deleted user
        post(QStringLiteral("504"), 6, QString(), QStringLiteral("2"), QStringLiteral("discussionRenamed")),
        user(QStringLiteral("1"), QStringLiteral("Zoë Ålund"), QStringLiteral("zoe")),
        user(QStringLiteral("2"), QString(), QStringLiteral("Łukasz")),
    };
    QJsonObject hidden = post(QStringLiteral("505"), 7, QStringLiteral("<p>spam</p>"), QStringLiteral("2"));
    QJsonObject attributes = hidden.value(QLatin1StringView("attributes")).toObject();
    attributes.insert(QStringLiteral("isHidden"), true);
    hidden.insert(QStringLiteral("attributes"), attributes);
    QJsonArray withHidden = included;
    withHidden.append(hidden);
    // Post 501 (#2) was deleted: Flarum leaves it out of the ids. 506 is not included.
    const QJsonArray ids {ref(QStringLiteral("posts"), QStringLiteral("500")),
        ref(QStringLiteral("posts"), QStringLiteral("502")),
        ref(QStringLiteral("posts"), QStringLiteral("503")),
        ref(QStringLiteral("posts"), QStringLiteral("504")),
        ref(QStringLiteral("posts"), QStringLiteral("505")),
        ref(QStringLiteral("posts"), QStringLiteral("506"))};
    const EngineAnswer a = readDiscussion(thread, discussion(QStringLiteral("77"), ids, withHidden));
    QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
    QCOMPARE(a.facts->title, QStringLiteral("Grüße"));
    QCOMPARE(a.posts.size(), 4); // the event is not a post
    QCOMPARE(a.posts[0].author, QStringLiteral("Zoë Ålund"));
    QCOMPARE(a.posts[0].text, QStringLiteral("Grüße aus Köln — 東京 & bold"));
    const Post &reply = a.posts[1];
    QCOMPARE(reply.author, QStringLiteral("Łukasz")); // no display name: the user name
    QCOMPARE(reply.text, QStringLiteral("Ja!"));
    QCOMPARE(reply.quotes.size(), 2);
    QCOMPARE(reply.quotes[0].source, QStringLiteral("500"));
    QCOMPARE(reply.quotes[1].author, QStringLiteral("Zoë Ålund"));
    QCOMPARE(reply.quotes[1].text, QStringLiteral("Grüße aus Köln"));
    QCOMPARE(nestedQuoteDepth(reply.body.mid(2)), 2);
    const Post &deep = a.posts[2];
    QVERIFY(deep.author.isEmpty());
    QCOMPARE(deep.quotes.size(), 2);
    QCOMPARE(deep.quotes[0].author, QStringLiteral("Łukasz"));
    QCOMPARE(deep.text, QStringLiteral("both"));
    QCOMPARE(a.posts[3].text, QStringLiteral("[hidden]"));
    QCOMPARE(a.posts[3].number, 7);
    ReplyTree tree;
    tree.add(a.posts);
    QCOMPARE(tree.parentOf(QStringLiteral("502")), QStringLiteral("500"));
    QCOMPARE(tree.parentOf(QStringLiteral("503")), QStringLiteral("502")); // the first mention
    // The one post not included is asked by id.
    QCOMPARE(a.next.size(), 1);
    QCOMPARE(
        QUrlQuery(a.next.first().url).queryItemValue(QStringLiteral("filter[id]")), QStringLiteral("506"));
    QCOMPARE(a.next.first().url.path(), QStringLiteral("/api/posts"));
    QCOMPARE(a.next.first().unit, 2);
}

void TestFlarumEngine::windowAndBatches()
{
    // 130 ids, the first 20 included: 110 asked in three batches of the id list's 50s.
    const QUrl thread(QStringLiteral("https://forum.example/forum/d/77"));
    QJsonArray ids;
    QJsonArray included;
    for (int i = 0; i < 130; ++i) {
        ids.append(ref(QStringLiteral("posts"), QString::number(1000 + i)));
        if (i < 20)
            included.append(
                post(QString::number(1000 + i), i + 1, QStringLiteral("<p>x</p>"), QStringLiteral("1")));
    }
    const EngineAnswer a = readDiscussion(thread, discussion(QStringLiteral("77"), ids, included));
    QCOMPARE(a.posts.size(), 20);
    QCOMPARE(a.next.size(), 3);
    QCOMPARE(a.facts->unitCount, 4);
    const QStringList batch1
        = QUrlQuery(a.next[0].url).queryItemValue(QStringLiteral("filter[id]")).split(u',');
    QCOMPARE(batch1.size(), 30); // ids 1020–1049
    QCOMPARE(batch1.first(), QStringLiteral("1020"));
    QCOMPARE(QUrlQuery(a.next[1].url).queryItemValue(QStringLiteral("filter[id]")).split(u',').size(), 50);
    QCOMPARE(QUrlQuery(a.next[2].url).queryItemValue(QStringLiteral("filter[id]")).split(u',').size(), 30);
    QCOMPARE(a.next[2].url.path(), QStringLiteral("/forum/api/posts"));
    QCOMPARE(a.next[2].unit, 4);
    // The posts answer: only the ids asked, of this discussion, events left out, in number order.
    const QJsonArray data {post(QStringLiteral("1021"), 22, QStringLiteral("<p>b</p>"), QStringLiteral("1")),
        post(QStringLiteral("1020"), 21, QStringLiteral("<p>a</p>"), QStringLiteral("1")),
        post(QStringLiteral("9999"), 23, QStringLiteral("<p>not asked</p>"), QStringLiteral("1"))};
    const EngineAnswer posts = readPosts(thread, batch1,
        json(QJsonObject {{QStringLiteral("data"), data},
            {QStringLiteral("included"),
                QJsonArray {user(QStringLiteral("1"), QStringLiteral("Ann"), QStringLiteral("ann"))}}}));
    QVERIFY2(posts.error.isEmpty(), qPrintable(posts.error));
    QCOMPARE(posts.posts.size(), 2);
    QCOMPARE(posts.posts[0].id, QStringLiteral("1020"));
    QCOMPARE(posts.posts[0].author, QStringLiteral("Ann"));
    QCOMPARE(posts.posts[1].position, 22);
    QCOMPARE(posts.posts[0].page, 2);
    QVERIFY(posts.next.isEmpty()); // no links.next: the ids not given are gone
    // A forum paging 20 at most (links.next): the ids it left out are asked again.
    QJsonArray twenty;
    for (int i = 0; i < 20; ++i)
        twenty.append(post(batch1[i], 21 + i, QStringLiteral("<p>p</p>"), QStringLiteral("1")));
    const EngineAnswer capped = readPosts(thread, batch1,
        json(QJsonObject {{QStringLiteral("data"), twenty},
            {QStringLiteral("links"),
                QJsonObject {{QStringLiteral("next"),
                    QStringLiteral("https://forum.example/forum/api/posts?page[offset]=20")}}}}));
    QCOMPARE(capped.posts.size(), 20);
    QCOMPARE(capped.next.size(), 1);
    QCOMPARE(QUrlQuery(capped.next.first().url).queryItemValue(QStringLiteral("filter[id]")),
        batch1.mid(20).join(u','));
    QCOMPARE(capped.next.first().unit, 2);
}

void TestFlarumEngine::hundredThousandPosts()
{
    // A discussion of 100,000 posts (Flarum lists every id): 2,000 requests of 50, read at once.
    QJsonArray ids;
    for (int i = 0; i < 100000; ++i)
        ids.append(ref(QStringLiteral("posts"), QString::number(5000000 + i)));
    const QByteArray body = discussion(QStringLiteral("77"), ids, {});
    QElapsedTimer timer;
    timer.start();
    const EngineAnswer a = readDiscussion(QUrl(QStringLiteral("https://forum.example/d/77")), body);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(a.next.size(), 2000);
    QCOMPARE(a.facts->unitCount, 2001);
    QCOMPARE(QUrlQuery(a.next.last().url).queryItemValue(QStringLiteral("filter[id]")).section(u',', -1),
        QStringLiteral("5099999"));
}

void TestFlarumEngine::refreshAsksOnlyNewIds()
{
    const QUrl thread(QStringLiteral("https://forum.example/d/77"));
    QJsonArray ids;
    for (int i = 0; i < 60; ++i)
        ids.append(ref(QStringLiteral("posts"), QString::number(1000 + i)));
    CachedParts cached;
    cached.found = true;
    for (int i = 0; i < 57; ++i)
        cached.postIds.insert(QString::number(1000 + i));
    const EngineAnswer a = readDiscussion(thread, discussion(QStringLiteral("77"), ids, {}), &cached);
    QCOMPARE(a.next.size(), 1);
    QCOMPARE(QUrlQuery(a.next.first().url).queryItemValue(QStringLiteral("filter[id]")),
        QStringLiteral("1057,1058,1059"));
}

void TestFlarumEngine::hostile_data()
{
    QTest::addColumn<bool>("discussionAnswer");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("discussion: null") << true << QByteArray("null");
    QTest::newRow("discussion: array") << true << QByteArray("[1,2]");
    QTest::newRow("discussion: data a string") << true << QByteArray(R"({"data":"x"})");
    QTest::newRow("discussion: wrong type") << true << QByteArray(R"({"data":{"type":"users","id":"77"}})");
    QTest::newRow("discussion: id as a number")
        << true
        << QByteArray(
               R"({"data":{"type":"discussions","id":77,"relationships":{"posts":{"data":"x"}}},"included":5})");
    QTest::newRow("posts: data an object") << false << QByteArray(R"({"data":{"type":"posts"}})");
    QTest::newRow("posts: errors") << false
                                   << QByteArray(
                                          R"({"errors":[{"status":"429","code":"too_many_requests"}]})");
    QTest::newRow("posts: wrong types inside")
        << false
        << QByteArray(
               R"({"data":[5,"x",{"type":"posts","id":"1","attributes":{"number":"1","contentType":"comment","contentHtml":7}},{"type":"posts","id":"2","attributes":{"number":2,"contentType":"comment","contentHtml":["x"]},"relationships":{"user":{"data":5}}}],"included":{"a":1}})");
    QTest::newRow("JSON nested past Qt's limit") << false << (QByteArray(5000, '[') + QByteArray(5000, ']'));
    const QByteArray deepHtml = "<div>" + QByteArray("<blockquote>").repeated(20000) + "deep";
    QTest::newRow("HTML nested 20,000 deep")
        << false
        << json(QJsonObject {{QStringLiteral("data"),
               QJsonArray {
                   post(QStringLiteral("1"), 1, QString::fromLatin1(deepHtml), QStringLiteral("1"))}}});
}

void TestFlarumEngine::hostile()
{
    QFETCH(bool, discussionAnswer);
    QFETCH(QByteArray, body);
    const QUrl thread(QStringLiteral("https://forum.example/d/77"));
    QCOMPARE(s_engine.incompleteReason(EngineRequest {}, body), QString());
    const EngineAnswer a = discussionAnswer
        ? readDiscussion(thread, body)
        : readPosts(thread, {QStringLiteral("1"), QStringLiteral("2")}, body);
    if (discussionAnswer && !body.contains("\"id\":77")) {
        QVERIFY(!a.error.isEmpty());
        return;
    }
    if (!a.error.isEmpty()) // refused, saying why
        return;
    // Read as far as it makes sense: a post with a number and HTML, wrong fields empty.
    for (const Post &p : a.posts) {
        QVERIFY(p.number > 0);
        QVERIFY(nestedQuoteDepth(p.body) <= PostBodyReader::MaxQuoteDepth + 1);
    }
    if (body.contains("\"number\":2,"))
        QCOMPARE(a.posts.size(), 1); // #1's number is text, so it is no post of the thread
    if (discussionAnswer)
        QVERIFY(a.next.isEmpty()); // no post ids to ask for
}

void TestFlarumEngine::seedOverHttp()
{
    FlarumFixture f {treeFromSeed(m_seed, expectedSeedParents())};
    f.window = 10; // the rest in one batch
    f.serve(m_server.get());
    const QUrl url = m_server->url(f.threadPath() + QStringLiteral("/7"));
    {
        LoadHarness h(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get());
        const LoadOutcome outcome = h.load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(outcome.failedPages.isEmpty());
        QCOMPARE(h.loader->info().engine, QStringLiteral("flarum"));
        QCOMPARE(h.loader->info().title, m_seed.title);
        QCOMPARE(h.model->postCount(), m_seed.posts.size());
        const QMap<int, int> actual = seedParentsById(*h.model);
        QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
        QCOMPARE(m_server->requestCount(f.discussionPath()), 1);
        QCOMPARE(m_server->requestCount(f.postsPath()), 1);
    }
    m_server->clearRoutes();
    reopenSeedOffline(m_dir.filePath(QStringLiteral("cache.sqlite")), url, m_seed);
}

void TestFlarumEngine::longDiscussionOverHttp()
{
    // 240 posts in a subfolder, two deleted (one with replies): 20 included, the rest in five batches.
    FlarumFixture f {generatedTree(239, 5)};
    f.folder = QStringLiteral("/forum");
    f.thread.deleted = {17, 130};
    f.serve(m_server.get());
    const QUrl url = m_server->url(f.threadPath());
    QStringList onlineOrder;
    {
        LoadHarness h(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get());
        const LoadOutcome outcome = h.load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(outcome.failedPages.isEmpty());
        QCOMPARE(
            m_server->requestCount(f.postsPath()), 5); // (240 + 1 event - 2 deleted - 20) / 50, rounded up
        QCOMPARE(parentIdsInModel(*h.model), f.expectedParentIds());
        onlineOrder = idsInModelOrder(*h.model);
        QCOMPARE(h.session->post(f.postIdOf(40)).number, 42); // after the event's number
    }
    m_server->resetCounters();
    LoadHarness offline(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get());
    const LoadOutcome outcome = offline.load(url, true);
    QVERIFY(outcome.fromCache);
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(parentIdsInModel(*offline.model), f.expectedParentIds());
    QCOMPARE(idsInModelOrder(*offline.model), onlineOrder);
}

void TestFlarumEngine::refreshOverHttp()
{
    FlarumFixture f {generatedTree(60, 9)};
    f.serve(m_server.get());
    m_server->setValidators(true); // a forum (or its proxy) that keeps ETags
    const QUrl url = m_server->url(f.threadPath());
    RefreshRig rig(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get(), false);
    QVERIFY(loadAndWatch(rig, url));
    // Unchanged: the discussion alone, answered 304.
    m_server->resetCounters();
    QList<RefreshOutcome> outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes.first().ok(), qPrintable(outcomes.first().error));
    QCOMPARE(outcomes.first().newPosts, 0);
    QCOMPARE(outcomes.first().requests, 1);
    QCOMPARE(m_server->notModified(), QStringList {f.discussionPath()});
    // Three new replies arrive.
    const TreeThread grown = generatedTree(63, 9);
    f.thread = grown;
    m_server->clearRoutes();
    f.serve(m_server.get());
    m_server->resetCounters();
    outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes.first().ok(), qPrintable(outcomes.first().error));
    QCOMPARE(outcomes.first().newPosts, 3);
    QCOMPARE(m_server->requestCount(f.discussionPath()), 1);
    QCOMPARE(m_server->requestCount(f.postsPath()), 1);
    QCOMPARE(m_server->targets().last().count(u','), 2); // three ids, nothing else
}

QTEST_GUILESS_MAIN(TestFlarumEngine)
#include "tst_flarumengine.moc"
