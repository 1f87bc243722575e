// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Bluesky engine: its addresses, the real getPostThread answers in
// ../shared/real-pages/bluesky (a four-post thread seen from its root and from a reply, a
// post with pictures and link facets after emoji, a quote with a picture), facets' UTF-8
// offsets, answers written here (deleted and blocked posts, quotes of quotes, the AppView's
// depth cut), hostile answers, and the seed thread over a loopback AppView: opened by
// handle and by DID, from the root and from a reply, with its root gone, then offline.
#include "cassette.h"
#include "enginechecks.h"
#include "loopbacktest.h"
#include "servers/blueskyfixture.h"
#include "servers/fixtureserver.h"
#include "testutil.h"

#include "engines/bluesky/blueskyengine.h"
#include "engines/bluesky/blueskypost.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

const BlueskyEngine s_engine;
const QString s_did = QStringLiteral("did:plc:ntd53albt5ffa4rgervvgibd");

QString atrrr(const QString &rkey)
{
    return QStringLiteral("at://%1/app.bsky.feed.post/%2").arg(s_did, rkey);
}

EngineRequest threadRequest(const QString &uri, const QByteArray &key = "thread")
{
    return EngineRequest {BlueskyEngine::threadRequestUrl(uri), EngineRequest::Format::Json, 1, key};
}

EngineAnswer read(const EngineRequest &r, const QByteArray &body)
{
    const QUrl thread(QStringLiteral("https://bsky.app/profile/jbgruber.bsky.social/post/3kbi55xm6u62v"));
    return s_engine.readAnswer(r, body, AnswerContext {thread, r.url, r.key == "thread"});
}

const Post *postById(const QList<Post> &posts, const QString &id)
{
    for (const Post &p : posts) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString spanText(const Block &b, int i)
{
    return b.text.mid(b.spans[i].start, b.spans[i].length);
}

} // namespace

class TestBlueskyEngine : public LoopbackTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void parseUrl_data();
    void parseUrl();
    void realThread();
    void realReply();
    void realPictures();
    void realQuoteWithMedia();
    void facets_data();
    void facets();
    void handMade();
    void hostile_data();
    void hostile();
    void mutations();
    void deepNesting_data();
    void deepNesting();
    void overHttp_data();
    void overHttp();
    void rootGone();

private:
    BlueskyFixture seedFixture() const;
};

void TestBlueskyEngine::initTestCase()
{
    readSeed();
}

void TestBlueskyEngine::init()
{
    startLoopback();
    qputenv("THREADKEEPER_BSKY_API", m_server->url(QStringLiteral("/xrpc/")).toEncoded());
}

void TestBlueskyEngine::cleanup()
{
    qunsetenv("THREADKEEPER_BSKY_API");
    stopLoopback();
}

BlueskyFixture TestBlueskyEngine::seedFixture() const
{
    return BlueskyFixture {treeFromSeed(m_seed, expectedSeedParents())};
}

void TestBlueskyEngine::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical"); // empty: not a Bluesky thread
    QTest::addColumn<QString>("postId"); // known from the address alone: with a DID
    const QString byHandle
        = QStringLiteral("https://bsky.app/profile/jbgruber.bsky.social/post/3kbi55xm6u62v");
    const QString byDid
        = QStringLiteral("https://bsky.app/profile/") + s_did + QStringLiteral("/post/3kbi55xm6u62v");
    QTest::newRow("handle") << byHandle << byHandle << "";
    QTest::newRow("handle in capitals, slash, query")
        << "https://BSKY.app/profile/JBGruber.bsky.social/post/3kbi55xm6u62v/?ref=x" << byHandle << "";
    QTest::newRow("did") << byDid << byDid << atrrr(QStringLiteral("3kbi55xm6u62v"));
    // at://did:plc:… is no valid QUrl: webAddress() turns the text into the bsky.app form.
    QTest::newRow("at:// did") << BlueskyEngine::webAddress(atrrr(QStringLiteral("3kbi55xm6u62v"))).toString()
                               << byDid << atrrr(QStringLiteral("3kbi55xm6u62v"));
    QTest::newRow("at:// handle") << "at://jbgruber.bsky.social/app.bsky.feed.post/3kbi55xm6u62v" << byHandle
                                  << "";
    QTest::newRow("profile") << "https://bsky.app/profile/jbgruber.bsky.social"
                             << ""
                             << "";
    QTest::newRow("another host") << "https://bsky.example/profile/a.bsky.social/post/3kbi55xm6u62v"
                                  << ""
                                  << "";
    QTest::newRow("a handle that is no domain") << "https://bsky.app/profile/jbgruber/post/3kbi55xm6u62v"
                                                << ""
                                                << "";
    QTest::newRow("a like, not a post")
        << QStringLiteral("at://") + s_did + QStringLiteral("/app.bsky.feed.like/3kbi55xm6u62v") << ""
        << "";
    QTest::newRow("a like, as typed") << BlueskyEngine::webAddress(
        QStringLiteral("at://") + s_did + QStringLiteral("/app.bsky.feed.like/3kbi55xm6u62v"))
                                             .toString()
                                      << ""
                                      << "";
    QTest::newRow("likes of a post") << byHandle + QStringLiteral("/liked-by") << ""
                                     << "";
}

void TestBlueskyEngine::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    QFETCH(QString, postId);
    ThreadRef ref;
    QCOMPARE(s_engine.parseUrl(QUrl(url), &ref), !canonical.isEmpty());
    if (canonical.isEmpty())
        return;
    QCOMPARE(ref.canonical.toString(), canonical);
    QCOMPARE(ref.postId, postId);
    QCOMPARE(engineForUrl(QUrl(url), nullptr)->name(), QStringLiteral("bluesky"));
    const QList<EngineRequest> first = s_engine.firstRequests(ref, QUrl(url));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().url.host(), QStringLiteral("127.0.0.1")); // THREADKEEPER_BSKY_API
    if (postId.isEmpty()) {
        QCOMPARE(first.first().url.path(), QStringLiteral("/xrpc/com.atproto.identity.resolveHandle"));
        QCOMPARE(QUrlQuery(first.first().url).queryItemValue(QStringLiteral("handle")),
            QStringLiteral("jbgruber.bsky.social"));
    } else {
        QCOMPARE(first.first().url.path(), QStringLiteral("/xrpc/app.bsky.feed.getPostThread"));
        const QUrlQuery q(first.first().url);
        QCOMPARE(q.queryItemValue(QStringLiteral("uri"), QUrl::FullyDecoded), postId);
        QCOMPARE(q.queryItemValue(QStringLiteral("depth")), QStringLiteral("1000"));
        QCOMPARE(
            q.queryItemValue(QStringLiteral("parentHeight")), QStringLiteral("0")); // the root comes next
    }
    QCOMPARE(s_engine.postUrl(ref.canonical, atrrr(QStringLiteral("3kbi57u4sys2l"))).toString(),
        QStringLiteral("https://bsky.app/profile/%1/post/3kbi57u4sys2l").arg(s_did));
}

void TestBlueskyEngine::realThread()
{
    TK_REAL_PAGE_OR_SKIP(body, QStringLiteral("bluesky/atrrr-getPostThread_72827-body.json"));
    const EngineAnswer answer = read(threadRequest(atrrr(QStringLiteral("3kbi55xm6u62v"))), body);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.posts.size(), 4);
    QStringList chain;
    for (const Post &p : answer.posts)
        chain.append(p.id.section(u'/', -1) + QLatin1Char('<') + p.parentId.section(u'/', -1));
    QCOMPARE(chain.join(u' '),
        QStringLiteral("3kbi55xm6u62v< 3kbi56mwx5j2q<3kbi55xm6u62v 3kbi57u4sys2l<3kbi56mwx5j2q "
                       "3kbi5dzaujr2n<3kbi57u4sys2l"));
    QVERIFY(answer.next.isEmpty()); // the last reply has "replies": [] and replyCount 0
    QCOMPARE(answer.facts->canonical.toString(),
        QStringLiteral("https://bsky.app/profile/%1/post/3kbi55xm6u62v").arg(s_did));
    QVERIFY(
        answer.facts->title.startsWith(QStringLiteral("New #rstats package incoming! 🚀 With the fantastic")));
    const Post &root = answer.posts.first();
    QCOMPARE(root.author, QStringLiteral("jbgruber.bsky.social"));
    QCOMPARE(root.date, QDateTime(QDate(2023, 10, 11), QTime(13, 27, 10, 477), QTimeZone::UTC));
    const Block &text = root.body.first();
    // Four facets: a tag, two mentions, and the link after the rocket (4 bytes, 2 UTF-16 units).
    QCOMPARE(text.spans.size(), 4);
    QCOMPARE(spanText(text, 0), QStringLiteral("#rstats"));
    QCOMPARE(text.spans[0].href, QStringLiteral("https://bsky.app/hashtag/rstats"));
    QCOMPARE(spanText(text, 1), QStringLiteral("@benguinaudeau.bsky.social"));
    QCOMPARE(text.spans[1].href, QStringLiteral("https://bsky.app/profile/did:plc:vuvsifrusnjsys7mhkpk662u"));
    QCOMPARE(spanText(text, 2), QStringLiteral("@favstats.bsky.social"));
    QCOMPARE(spanText(text, 3), QStringLiteral("jbgruber.github.io/atr/index.html"));
    QCOMPARE(text.spans[3].href, QStringLiteral("https://jbgruber.github.io/atr/index.html"));
    // The link card.
    QCOMPARE(root.body.size(), 2);
    QCOMPARE(root.body[1].text, QStringLiteral("Wrapper for the AT Protocol behind Bluesky"));
    QCOMPARE(root.body[1].spans.first().href, QStringLiteral("https://jbgruber.github.io/atr/index.html"));
}

void TestBlueskyEngine::realReply()
{
    TK_REAL_PAGE_OR_SKIP(body, QStringLiteral("bluesky/atrrr-getPostThread_aa665-body.json"));
    const QString reply = atrrr(QStringLiteral("3kbi57u4sys2l"));
    const EngineAnswer first = read(threadRequest(reply), body);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    QVERIFY(first.posts.isEmpty()); // it comes with its root's thread
    QCOMPARE(first.next.size(), 1);
    QCOMPARE(QUrlQuery(first.next.first().url).queryItemValue(QStringLiteral("uri"), QUrl::FullyDecoded),
        atrrr(QStringLiteral("3kbi55xm6u62v")));
    QCOMPARE(first.facts->targetPostId, reply);
    QCOMPARE(first.facts->canonical.toString(),
        QStringLiteral("https://bsky.app/profile/%1/post/3kbi55xm6u62v").arg(s_did));
    // Should the root fail, the reply's answer is read with its parents instead.
    const QList<EngineRequest> instead = s_engine.fallbackRequests(first.next.first());
    QCOMPARE(instead.size(), 1);
    const EngineAnswer orphan = read(instead.first(), body);
    QVERIFY2(orphan.error.isEmpty(), qPrintable(orphan.error));
    QStringList chain;
    for (const Post &p : orphan.posts)
        chain.append(p.id.section(u'/', -1) + QLatin1Char('<') + p.parentId.section(u'/', -1));
    QCOMPARE(chain.join(u' '),
        QStringLiteral("3kbi55xm6u62v< 3kbi56mwx5j2q<3kbi55xm6u62v 3kbi57u4sys2l<3kbi56mwx5j2q "
                       "3kbi5dzaujr2n<3kbi57u4sys2l"));
    QCOMPARE(orphan.facts->targetPostId, reply);
}

void TestBlueskyEngine::realPictures()
{
    // The same post recorded in 2023 (a bare answer) and in 2025 (a cassette).
    TK_REAL_PAGE_OR_SKIP(bare, QStringLiteral("bluesky/bskyr-getPostThread-37f3db-2023.json"));
    TK_REAL_PAGE_OR_SKIP(cassette, QStringLiteral("bluesky/bskyr-f_postthread.yml"));
    const QString uri
        = QStringLiteral("at://did:plc:ic6zqvuw5ulmfpjiwnhsr2ns/app.bsky.feed.post/3k7qmjev5lr2s");
    for (const QByteArray &body : {bare, vcrYamlBodies(cassette).value(0)}) {
        const EngineAnswer answer = read(threadRequest(uri), body);
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QCOMPARE(answer.posts.size(), 1);
        const Post &p = answer.posts.first();
        QCOMPARE(p.author, QStringLiteral("soubhikbarari.bsky.social"));
        const Block &text = p.body.first();
        // 📈 (4 bytes) before the first link; ’ and ✨ (3 bytes each) before the second.
        QCOMPARE(text.spans.size(), 2);
        QCOMPARE(spanText(text, 0), QStringLiteral("localview.net"));
        QCOMPARE(text.spans[0].href, QStringLiteral("http://localview.net"));
        QCOMPARE(spanText(text, 1), QStringLiteral("rstats.ai/gov.html"));
        QCOMPARE(text.spans[1].href, QStringLiteral("https://rstats.ai/gov.html"));
        QCOMPARE(p.body.size(), 2);
        QCOMPARE(p.body[1].kind, Block::Kind::Image);
        QVERIFY(p.body[1].url.contains(
            QLatin1String("/img/feed_thumbnail/plain/did:plc:ic6zqvuw5ulmfpjiwnhsr2ns/")));
        QVERIFY(p.body[1].link.contains(QLatin1String("/img/feed_fullsize/")));
    }
}

void TestBlueskyEngine::realQuoteWithMedia()
{
    TK_REAL_PAGE_OR_SKIP(body, QStringLiteral("bluesky/marshalx-thread_view_post_with_embed_media.json"));
    const EngineAnswer answer
        = read(threadRequest(
                   QStringLiteral("at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3kaheyt6vpc22")),
            body);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.posts.size(), 1);
    const Post &p = answer.posts.first();
    QCOMPARE(p.author, QStringLiteral("test.marshal.dev"));
    QCOMPARE(p.body.size(), 2); // no words of its own: the quote, then the picture
    QCOMPARE(p.body[0].kind, Block::Kind::Quote);
    QCOMPARE(p.body[0].quoteAuthor, QStringLiteral("test.marshal.dev"));
    QVERIFY(p.body[0].quoteSource.isEmpty()); // not a post of this thread
    QCOMPARE(p.body[0].children.first().text, QStringLiteral("test"));
    QCOMPARE(p.body[1].kind, Block::Kind::Image);
    QCOMPARE(p.quotes.size(), 1);
    QCOMPARE(answer.facts->title, QStringLiteral("test.marshal.dev")); // no words: the handle
}

void TestBlueskyEngine::facets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("bytes"); // byteStart, byteEnd pairs
    QTest::addColumn<QStringList>("linked"); // the words each kept span covers
    // "é" is 2 bytes and 1 UTF-16 unit, "🚀" 4 bytes and 2 units, "東" 3 bytes and 1 unit.
    QTest::newRow("ASCII") << "see https://a.example now" << QList<int> {4, 21}
                           << QStringList {QStringLiteral("https://a.example")};
    QTest::newRow("after é") << "é https://a.example" << QList<int> {3, 20}
                             << QStringList {QStringLiteral("https://a.example")};
    QTest::newRow("after 🚀, around 東")
        << "🚀 東x y" << QList<int> {5, 9} << QStringList {QStringLiteral("東x")};
    QTest::newRow("two") << "ab cd" << QList<int> {0, 2, 3, 5}
                         << QStringList {QStringLiteral("ab"), QStringLiteral("cd")};
    QTest::newRow("inside é: left out") << "é https://a.example" << QList<int> {1, 20} << QStringList {};
    QTest::newRow("past the end: left out") << "abc" << QList<int> {1, 9} << QStringList {};
    QTest::newRow("empty or backwards: left out") << "abc" << QList<int> {2, 2, 2, 1} << QStringList {};
    QTest::newRow("overlapping: the second left out")
        << "abcdef" << QList<int> {0, 4, 2, 6} << QStringList {QStringLiteral("abcd")};
}

void TestBlueskyEngine::facets()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, bytes);
    QFETCH(QStringList, linked);
    QJsonArray facets;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        facets.append(QJsonObject {{QStringLiteral("index"),
                                       QJsonObject {{QStringLiteral("byteStart"), bytes[i]},
                                           {QStringLiteral("byteEnd"), bytes[i + 1]}}},
            {QStringLiteral("features"),
                QJsonArray {
                    QJsonObject {{QStringLiteral("$type"), QStringLiteral("app.bsky.richtext.facet#link")},
                        {QStringLiteral("uri"), QStringLiteral("https://a.example")}}}}});
    const Block b = BlueskyPost::textBlock(
        QJsonObject {{QStringLiteral("text"), text}, {QStringLiteral("facets"), facets}});
    QStringList actual;
    for (int i = 0; i < b.spans.size(); ++i)
        actual.append(spanText(b, i));
    QCOMPARE(actual, linked);
}

void TestBlueskyEngine::handMade()
{
    BlueskyFixture f = seedFixture();
    f.thread.deleted
        = {3}; // #4: a placeholder; #6, its reply, is gone with it (no replies under notFoundPost)
    f.blocked = {13}; // #14, top level
    f.quotes = {{24, 23}, {23, 1}}; // #25 quotes #24 (its parent), which quotes #1
    f.thread.posts[4].bbcode = QStringLiteral("Grüße aus Köln — 東京 🚀"); // #5
    const EngineAnswer answer = read(threadRequest(f.uri(0)), f.threadAnswer(0));
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    const Post *gone = postById(answer.posts, f.uri(3));
    QVERIFY(gone);
    QCOMPARE(gone->text, QStringLiteral("[post not found]"));
    QCOMPARE(gone->parentId, f.uri(2)); // #4 answers #3
    QVERIFY(gone->author.isEmpty());
    QVERIFY(!postById(answer.posts, f.uri(5))); // #6 hung below #4
    const Post *blocked = postById(answer.posts, f.uri(13));
    QCOMPARE(blocked->text, QStringLiteral("[blocked post]"));
    QCOMPARE(blocked->parentId, f.uri(0));
    QCOMPARE(postById(answer.posts, f.uri(4))->text,
        QStringLiteral("Grüße aus Köln — 東京 🚀")); // #5 (index 5 is #6?)
    const Post *quoting = postById(answer.posts, f.uri(24));
    QCOMPARE(quoting->quotes.size(), 1);
    QCOMPARE(quoting->quotes.first().source, f.uri(23));
    QCOMPARE(nestedQuoteDepth(quoting->body), 2);
    const Block *inner = firstQuote(firstQuote(quoting->body)->children);
    QCOMPARE(inner->quoteSource, f.uri(1));
    QCOMPARE(inner->quoteAuthor, f.handle(1));
    // Positions: depth first, each after its parent.
    int last = -1;
    for (const Post &p : answer.posts) {
        QVERIFY(p.position > last);
        last = p.position;
    }
}

void TestBlueskyEngine::hostile_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("error");
    const QByteArray uri = atrrr(QStringLiteral("3kbi55xm6u62v")).toUtf8();
    QTest::newRow("an XRPC error") << QByteArray("thread")
                                   << QByteArray(R"({"error":"NotFound","message":"Post not found"})")
                                   << true;
    QTest::newRow("null") << QByteArray("thread") << QByteArray("null") << true;
    QTest::newRow("another post")
        << QByteArray("thread")
        << QByteArray(R"({"thread":{"$type":"app.bsky.feed.defs#threadViewPost","post":{"uri":"at://x/y"}}})")
        << true;
    QTest::newRow("not found")
        << QByteArray("thread")
        << QByteArray(R"({"thread":{"$type":"app.bsky.feed.defs#notFoundPost","notFound":true,"uri":")" + uri
               + "\"}}")
        << true;
    QTest::newRow("wrong types inside")
        << QByteArray("thread")
        << QByteArray(R"({"thread":{"$type":"app.bsky.feed.defs#threadViewPost","post":{"uri":")" + uri
               + R"(","author":"me","record":{"text":5,"facets":"x","reply":[]},"embed":{"$type":"app.bsky.embed.record#view","record":7},"replyCount":"9"},)"
                 R"("replies":[1,null,"x",{"post":{}},{"$type":"app.bsky.feed.defs#threadViewPost","post":{"uri":")"
               + uri + R"("}}]}})")
        << false;
    QTest::newRow("handle: no did") << QByteArray("handle") << QByteArray(R"({"did":"not a did"})") << true;
}

void TestBlueskyEngine::hostile()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QFETCH(bool, error);
    const EngineRequest r = key == "handle"
        ? EngineRequest {BlueskyEngine::resolveHandleUrl(QStringLiteral("a.example")),
            EngineRequest::Format::Json, 1, key}
        : threadRequest(atrrr(QStringLiteral("3kbi55xm6u62v")), key);
    QCOMPARE(s_engine.incompleteReason(r, body), QString());
    const EngineAnswer answer = read(r, body);
    QCOMPARE(!answer.error.isEmpty(), error);
    for (const Post &p : answer.posts) {
        QVERIFY(!p.id.isEmpty());
        QVERIFY(p.id != p.parentId);
    }
    QCOMPARE(answer.posts.size(), error ? 0 : 1); // the reply naming its own parent is left out
}

void TestBlueskyEngine::deepNesting_data()
{
    QTest::addColumn<int>("levels");
    QTest::addColumn<bool>("whole"); // false: refused with a clear error
    QTest::newRow("300 levels") << 300 << true;
    QTest::newRow("5,000 levels: past what JSON is read to") << 5000 << false;
}

void TestBlueskyEngine::deepNesting()
{
    QFETCH(int, levels);
    QFETCH(bool, whole);
    const QString root = atrrr(QStringLiteral("root"));
    QByteArray body = R"({"thread":)";
    for (int i = 0; i < levels; ++i) {
        const QByteArray uri = (i == 0 ? root : atrrr(QStringLiteral("r%1").arg(i))).toUtf8();
        body += R"({"$type":"app.bsky.feed.defs#threadViewPost","post":{"uri":")" + uri
            + R"(","record":{"text":"x"},"replyCount":1},"replies":[)";
    }
    for (int i = 0; i < levels; ++i)
        body += "]}";
    body += "}";
    QCOMPARE(s_engine.incompleteReason(threadRequest(root), body), QString());
    QElapsedTimer timer;
    timer.start();
    const EngineAnswer answer = read(threadRequest(root), body);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(answer.error.isEmpty(), whole);
    if (!whole)
        return;
    QCOMPARE(answer.posts.size(), levels);
    QCOMPARE(answer.posts.last().parentId, answer.posts[levels - 2].id);
    QVERIFY(answer.next.isEmpty()); // the last has "replies": [], not a cut
}

void TestBlueskyEngine::mutations()
{
    // The fixture's answers (the shapes of the real ones), changed a few bytes at a time:
    // every reading ends, and what it hands over has ids and no post under itself.
    BlueskyFixture f = seedFixture();
    f.quotes = {{24, 23}, {23, 1}};
    f.blocked = {13};
    f.cutDepth = 3;
    int whole = 0;
    for (const auto &[request, body] : QList<std::pair<EngineRequest, QByteArray>> {
             {threadRequest(f.uri(0)), f.threadAnswer(0)}, {threadRequest(f.uri(6)), f.threadAnswer(6)},
             {threadRequest(f.uri(6), "orphan"), f.threadAnswer(6)}}) {
        for (const QByteArray &m : mutatedAnswers(body, 300, 25)) {
            const EngineAnswer answer = read(request, m);
            whole += answer.error.isEmpty();
            for (const Post &p : answer.posts) {
                QVERIFY(!p.id.isEmpty());
                QVERIFY(p.id != p.parentId);
            }
        }
    }
    QVERIFY(whole > 0); // some changes leave an answer to read
}

void TestBlueskyEngine::overHttp_data()
{
    QTest::addColumn<int>("opened");
    QTest::addColumn<bool>("byDid");
    QTest::addColumn<int>("cutDepth"); // the AppView's
    QTest::addColumn<int>("requests");
    QTest::newRow("root by handle") << 0 << false << 1000 << 2; // resolve, thread
    QTest::newRow("reply by DID") << 6 << true << 1000 << 2; // the reply's thread, the root's
    // Cut two levels down: #3, #8 and #20 lose their replies in the root's answer, #6 in #3's.
    QTest::newRow("reply by handle, cut at 2") << 6 << false << 2 << 7; // resolve, reply, root, 4 branches
}

void TestBlueskyEngine::overHttp()
{
    QFETCH(int, opened);
    QFETCH(bool, byDid);
    QFETCH(int, cutDepth);
    QFETCH(int, requests);
    BlueskyFixture f = seedFixture();
    f.cutDepth = cutDepth;
    f.serve(m_server.get());
    const QUrl url(QStringLiteral("https://bsky.app/profile/%1/post/%2")
                       .arg(byDid ? f.did(opened) : f.handle(opened), f.rkey(opened)));
    const QString cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
    QHash<QString, int> numberOf;
    for (int i = 0; i < f.thread.posts.size(); ++i)
        numberOf.insert(f.uri(i), f.thread.posts[i].number);
    auto seedTree = [&](const ThreadTreeModel &model) {
        QMap<int, int> out;
        const QMap<QString, QString> parents = parentsById(model);
        for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
            if (numberOf.value(it.key()) > 0)
                out.insert(numberOf.value(it.key()), numberOf.value(it.value()));
        }
        return out;
    };
    {
        LoadHarness h(cache, m_owner.get());
        const LoadOutcome outcome = h.load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY2(outcome.failedPages.isEmpty(), qPrintable(outcome.failedPages.values().join(u'\n')));
        QCOMPARE(h.loader->info().engine, QStringLiteral("bluesky"));
        QCOMPARE(h.model->postCount(), m_seed.posts.size());
        const QMap<int, int> actual = seedTree(*h.model);
        QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
        QCOMPARE(h.session->tree().first()->id, f.uri(0));
        QCOMPARE(m_server->requests().size(), requests);
    }
    m_server->resetCounters();
    LoadHarness offline(cache, m_owner.get());
    const LoadOutcome outcome = offline.load(url, true);
    QVERIFY(outcome.fromCache);
    QCOMPARE(m_server->requests().size(), 0);
    const QMap<int, int> actual = seedTree(*offline.model);
    QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
}

void TestBlueskyEngine::rootGone()
{
    BlueskyFixture f = seedFixture();
    f.thread.deleted = {0};
    f.serve(m_server.get());
    // #7 answers #6, #4, #3, #1 and the deleted article: what its own answer shows.
    LoadHarness h(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get());
    const LoadOutcome outcome
        = h.load(QUrl(QStringLiteral("https://bsky.app/profile/%1/post/%2").arg(f.did(6), f.rkey(6))));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QStringList chain;
    for (const QString &id : idsInModelOrder(*h.model))
        chain.append(QString::number(f.indexOf(id)));
    // The article (index 0, a placeholder), #1, #3, #4, #6, #7 (indices 1 2 3 5 6), then #7's reply #16
    // (index 15).
    QCOMPARE(chain.join(u' '), QStringLiteral("0 1 2 3 5 6 15"));
    QCOMPARE(h.session->post(f.uri(0)).text, QStringLiteral("[post not found]"));
}

QTEST_GUILESS_MAIN(TestBlueskyEngine)
#include "tst_blueskyengine.moc"
