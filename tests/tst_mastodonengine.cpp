// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Mastodon engine: its addresses on any host, the real answers in
// ../shared/real-pages/mastodon (a 59-reply thread with 47 remote authors, a reply's
// context, one status), answers written here in their shape (a parent not shown, quotes of
// quotes, content warnings, non-ASCII names, the anonymous limit by count and by depth),
// hostile answers, and the seed thread over loopback: opened from the root and from a
// reply, refreshed with its ETag, then offline.
#include "cassette.h"
#include "enginechecks.h"
#include "loopbacktest.h"
#include "refreshrig.h"
#include "servers/fixtureserver.h"
#include "servers/mastodonfixture.h"
#include "testutil.h"

#include "engines/mastodon/mastodonengine.h"
#include "services/threadrefresher.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

const MastodonEngine s_engine;

QUrl threadOf(const QString &host, const QString &id)
{
    return QUrl(QStringLiteral("https://%1/web/statuses/%2").arg(host, id));
}

EngineRequest rootContext(const QUrl &thread, const QString &id)
{
    return EngineRequest {
        MastodonEngine::contextUrl(thread, id), EngineRequest::Format::Json, 2, "root-context"};
}

EngineRequest rootStatus(const QUrl &thread, const QString &id)
{
    return EngineRequest {
        MastodonEngine::statusUrl(thread, id), EngineRequest::Format::Json, 1, "root-status"};
}

EngineAnswer read(const EngineRequest &r, const QByteArray &body, const QUrl &thread)
{
    return s_engine.readAnswer(r, body, AnswerContext {thread, r.url, r.key == "context"});
}

const Post *postById(const QList<Post> &posts, const QString &id)
{
    for (const Post &p : posts) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

// How deep a post sits below the root, by its parents.
int depthOf(const QList<Post> &posts, const Post &p)
{
    int depth = 0;
    for (const Post *at = &p; at && !at->parentId.isEmpty() && depth < 1000;
         at = postById(posts, at->parentId))
        ++depth;
    return depth;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject statusObject(
    const QString &id, const QString &parent, const QString &acct, const QString &content, int replies = 0)
{
    return QJsonObject {{QStringLiteral("id"), id},
        {QStringLiteral("in_reply_to_id"), parent.isEmpty() ? QJsonValue() : QJsonValue(parent)},
        {QStringLiteral("created_at"), QStringLiteral("2025-07-17T18:05:00.000Z")},
        {QStringLiteral("account"), QJsonObject {{QStringLiteral("acct"), acct}}},
        {QStringLiteral("content"), content}, {QStringLiteral("spoiler_text"), QString()},
        {QStringLiteral("replies_count"), replies}};
}

QByteArray context(const QJsonArray &descendants, const QJsonArray &ancestors = {})
{
    return json(
        QJsonObject {{QStringLiteral("ancestors"), ancestors}, {QStringLiteral("descendants"), descendants}});
}

} // namespace

class TestMastodonEngine : public LoopbackTest
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void parseUrl_data();
    void parseUrl();
    void realThread();
    void realSmallThread();
    void realReplyFindsItsRoot();
    void realStatus();
    void handMade();
    void anonymousLimit_data();
    void anonymousLimit();
    void depthLimit();
    void hostile_data();
    void hostile();
    void mutations();
    void hugeChain();
    void seedOverHttp_data();
    void seedOverHttp();

private:
    MastodonFixture seedFixture() const;
};

void TestMastodonEngine::initTestCase()
{
    readSeed();
}

void TestMastodonEngine::init()
{
    startLoopback();
}

void TestMastodonEngine::cleanup()
{
    stopLoopback();
}

MastodonFixture TestMastodonEngine::seedFixture() const
{
    MastodonFixture f {treeFromSeed(m_seed, expectedSeedParents())};
    f.remote = {3, 4, 9, 17};
    f.quotes = {{24, 23}}; // #25 quotes #24, its parent, as a 4.4 quote post
    f.warnings = {{12, QStringLiteral("Spoiler für Folge 3")}}; // #13
    return f;
}

void TestMastodonEngine::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical"); // empty: not a Mastodon thread
    const QString id = QStringLiteral("109294719267373593");
    const QString web = QStringLiteral("https://mastodon.social/web/statuses/") + id;
    QTest::newRow("@user") << QStringLiteral("https://mastodon.social/@Gargron/") + id << web;
    QTest::newRow("@user, slash, query, fragment")
        << QStringLiteral("https://mastodon.social/@Gargron/") + id + QStringLiteral("/?x=1#top") << web;
    QTest::newRow("@user@remote") << QStringLiteral("https://mastodon.social/@JMTee@mstdn.social/") + id
                                  << web;
    QTest::newRow("users/statuses") << QStringLiteral("https://mastodon.social/users/Gargron/statuses/") + id
                                    << web;
    QTest::newRow("web/statuses") << web << web;
    QTest::newRow("web/@user") << QStringLiteral("https://mastodon.social/web/@Gargron/") + id << web;
    QTest::newRow("old small id") << "https://mastodon.example/@alice/42"
                                  << "https://mastodon.example/web/statuses/42";
    QTest::newRow("loopback port") << "http://127.0.0.1:8080/@a/7"
                                   << "http://127.0.0.1:8080/web/statuses/7";
    QTest::newRow("profile") << "https://mastodon.social/@Gargron"
                             << "";
    QTest::newRow("slug, not an id") << "https://medium.com/@someone/a-story-1a2b3c4d5e6f"
                                     << "";
    QTest::newRow("id with letters") << "https://gts.example/@alice/statuses/01HZX3"
                                     << "";
    QTest::newRow("deeper") << QStringLiteral("https://mastodon.social/@Gargron/") + id
            + QStringLiteral("/reblogs")
                            << "";
    QTest::newRow("web/users") << "https://mastodon.social/web/users/a/statuses/1"
                               << "";
    QTest::newRow("too long") << "https://mastodon.social/@a/123456789012345678901"
                              << "";
    QTest::newRow("ftp") << "ftp://mastodon.social/@a/1"
                         << "";
}

void TestMastodonEngine::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    ThreadRef ref;
    QCOMPARE(s_engine.parseUrl(QUrl(url), &ref), !canonical.isEmpty());
    if (canonical.isEmpty()) {
        const ForumEngine *other = engineForUrl(QUrl(url), nullptr);
        QVERIFY(!other || other->name() != QLatin1String("mastodon"));
        return;
    }
    QCOMPARE(ref.canonical.toString(), canonical);
    QCOMPARE(ref.postId, canonical.section(QLatin1Char('/'), -1));
    QCOMPARE(engineForUrl(QUrl(url), nullptr)->name(), QStringLiteral("mastodon"));
    QCOMPARE(
        s_engine.postUrl(ref.canonical, QStringLiteral("99")).path(), QStringLiteral("/web/statuses/99"));
    const QList<EngineRequest> first = s_engine.firstRequests(ref, QUrl(url));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().url.path(), QStringLiteral("/api/v1/statuses/%1/context").arg(ref.postId));
    QCOMPARE(first.first().url.host(), ref.canonical.host());
    QCOMPARE(first.first().url.port(), ref.canonical.port());
}

void TestMastodonEngine::realThread()
{
    TK_REAL_PAGE_OR_SKIP(cassette, QStringLiteral("mastodon/rtoot-get_context_anonymous.yml"));
    const QByteArray body = vcrYamlBodies(cassette).value(0);
    const QString root = QStringLiteral("109294719267373593");
    const QUrl thread = threadOf(QStringLiteral("mastodon.social"), root);
    const EngineAnswer answer = read(rootContext(thread, root), body, thread);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QVERIFY(answer.next.isEmpty()); // the root's context is the whole thread
    // 59 statuses and the note: three replies (109297452549435392 and 109296253868714159
    // count 2 and show 1, 109297537724620717 counts 1 and shows none) are cut, at 59 of
    // the 60 a server gives anonymously; 43 direct replies + the counts (19) promise 62.
    QCOMPARE(answer.posts.size(), 60);
    const Post &note = answer.posts.last();
    QCOMPARE(note.id, MastodonEngine::NoteIdPrefix + root);
    QCOMPARE(note.parentId, root);
    QCOMPARE(note.text, QStringLiteral("This server shows 59 of at least 62 replies; sign in to see all"));
    int remote = 0;
    int direct = 0;
    int deepest = 0;
    int lastPosition = 0;
    for (const Post &p : answer.posts.first(59)) {
        QVERIFY(p.position > lastPosition);
        lastPosition = p.position;
        QCOMPARE(p.page, 2);
        remote += p.author.contains(u'@');
        direct += p.parentId == root;
        deepest = std::max(deepest, depthOf(answer.posts, p));
        QVERIFY(p.date.isValid());
        QVERIFY(!p.text.isEmpty());
    }
    QCOMPARE(remote, 47);
    QCOMPARE(direct, 43);
    QCOMPARE(deepest, 7);
    const Post &first = answer.posts.first();
    QCOMPARE(first.id, QStringLiteral("109294767623508949"));
    QCOMPARE(first.author, QStringLiteral("austinkocher"));
    QCOMPARE(first.date, QDateTime(QDate(2022, 11, 6), QTime(3, 36, 44, 808), QTimeZone::UTC));
    QCOMPARE(first.body.size(), 2);
    QVERIFY(first.body[0].text.startsWith(QStringLiteral(
        "The best way to keep this development going and to get features added is to support the team. I "
        "#SupportMastodon at $10 a month")));
    QCOMPARE(
        first.body[0].spans.first().href, QStringLiteral("https://mastodon.social/tags/SupportMastodon"));
    // The link Mastodon shortens with invisible spans reads whole.
    QCOMPARE(first.body[1].text, QStringLiteral("https://mastodon.social/@austinkocher/109268468019840972"));
    const Post *jm = postById(answer.posts, QStringLiteral("109295408915701724"));
    QVERIFY(jm);
    QCOMPARE(jm->author, QStringLiteral("JMTee@mstdn.social"));
    QCOMPARE(jm->parentId, root);
}

void TestMastodonEngine::realSmallThread()
{
    TK_REAL_PAGE_OR_SKIP(cassette, QStringLiteral("mastodon/rtoot-get_context_with_token.yml"));
    const QString root = QStringLiteral("114026814291152535");
    const QUrl thread = threadOf(QStringLiteral("fosstodon.org"), root);
    const EngineAnswer answer = read(rootContext(thread, root), vcrYamlBodies(cassette).value(0), thread);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.posts.size(), 3); // all given: no note
    QCOMPARE(answer.posts[0].parentId, root);
    QCOMPARE(answer.posts[0].author, QStringLiteral("erc_bk"));
    QCOMPARE(answer.posts[1].parentId, root);
    QCOMPARE(answer.posts[2].parentId, QStringLiteral("114055560713759881"));
    QCOMPARE(answer.posts[2].author, QStringLiteral("MickaelCanouil"));
}

void TestMastodonEngine::realReplyFindsItsRoot()
{
    TK_REAL_PAGE_OR_SKIP(cassette, QStringLiteral("mastodon/rtoot-get_context_with_ancesters.yml"));
    ThreadRef ref;
    QVERIFY(
        s_engine.parseUrl(QUrl(QStringLiteral("https://fosstodon.org/@erc_bk/114027213608365869")), &ref));
    const EngineRequest first = s_engine.firstRequests(ref, ref.canonical).first();
    const EngineAnswer answer = read(first, vcrYamlBodies(cassette).value(0), ref.canonical);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QVERIFY(answer.posts.isEmpty()); // the reply comes with its root's context
    QCOMPARE(answer.next.size(), 2);
    QCOMPARE(answer.next[0].url.toString(),
        QStringLiteral("https://fosstodon.org/api/v1/statuses/114026814291152535"));
    QCOMPARE(answer.next[1].url.toString(),
        QStringLiteral("https://fosstodon.org/api/v1/statuses/114026814291152535/context"));
}

void TestMastodonEngine::realStatus()
{
    TK_REAL_PAGE_OR_SKIP(cassette, QStringLiteral("mastodon/rtoot-get_status_anonymous.yml"));
    const QString id = QStringLiteral("114620457512351116");
    const QUrl thread = threadOf(QStringLiteral("fosstodon.org"), id);
    const EngineAnswer answer = read(rootStatus(thread, id), vcrYamlBodies(cassette).value(0), thread);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.posts.size(), 1);
    const Post &root = answer.posts.first();
    QCOMPARE(root.id, id);
    QCOMPARE(root.position, 0);
    QVERIFY(root.parentId.isEmpty());
    QCOMPARE(root.author, QStringLiteral("schochastics"));
    QCOMPARE(root.date, QDateTime(QDate(2025, 6, 3), QTime(16, 49, 43, 431), QTimeZone::UTC));
    QVERIFY(root.text.startsWith(QStringLiteral("Super grateful to have received an R Consortium grant")));
    QVERIFY(answer.facts);
    QVERIFY(answer.facts->title.startsWith(QStringLiteral("Super grateful to have received")));
    QVERIFY(answer.facts->title.size() <= 100);
    QCOMPARE(answer.facts->canonical, thread);
    // Another status's answer is not this one's.
    QVERIFY(!read(rootStatus(thread, QStringLiteral("1")), vcrYamlBodies(cassette).value(0), thread)
                 .error.isEmpty());
}

void TestMastodonEngine::handMade()
{
    const QString root = QStringLiteral("100");
    const QUrl thread = threadOf(QStringLiteral("mastodon.example"), root);
    QJsonObject a = statusObject(
        QStringLiteral("101"), root, QStringLiteral("zoë"), QStringLiteral("<p>Grüße aus Köln</p>"), 1);
    QJsonObject b = statusObject(QStringLiteral("102"), QStringLiteral("101"),
        QStringLiteral("Łukasz@beehaw.example"), QStringLiteral("<p>東京 &amp; <b>bold</b></p>"), 1);
    // 103 quotes 102, which quotes 101 (by id only, as Mastodon nests a second level).
    QJsonObject bQuoting = b;
    bQuoting.insert(QStringLiteral("quote"),
        QJsonObject {{QStringLiteral("state"), QStringLiteral("accepted")},
            {QStringLiteral("quoted_status_id"), QStringLiteral("101")}});
    QJsonObject c = statusObject(QStringLiteral("103"), QStringLiteral("102"), QStringLiteral("zoë"),
        QStringLiteral(
            "<p>quoting</p><p class=\"quote-inline\">RE: <a href=\"https://x.example/@a/102\">link</a></p>"));
    c.insert(QStringLiteral("quote"),
        QJsonObject {{QStringLiteral("state"), QStringLiteral("accepted")},
            {QStringLiteral("quoted_status"), bQuoting}});
    // 105 answers 104, which this server does not show (followers only, or deleted).
    QJsonObject d = statusObject(QStringLiteral("105"), QStringLiteral("104"),
        QStringLiteral("ana@remote.example"), QStringLiteral("<p>Under a hidden one</p>"));
    d.insert(QStringLiteral("spoiler_text"), QStringLiteral("Spoilers: Ünïcode"));
    d.insert(QStringLiteral("media_attachments"),
        QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("image")},
            {QStringLiteral("url"), QStringLiteral("https://files.example/a.png")},
            {QStringLiteral("description"), QStringLiteral("a cat")}}});
    // A quote the author of the quoted post refused, and one of a status not in the thread.
    QJsonObject e
        = statusObject(QStringLiteral("106"), root, QStringLiteral("bob"), QStringLiteral("<p>refused</p>"));
    e.insert(QStringLiteral("quote"),
        QJsonObject {
            {QStringLiteral("state"), QStringLiteral("rejected")}, {QStringLiteral("quoted_status"), a}});
    QJsonObject f = statusObject(
        QStringLiteral("107"), root, QStringLiteral("bob"), QStringLiteral("<p>elsewhere</p>"));
    f.insert(QStringLiteral("quote"),
        QJsonObject {{QStringLiteral("state"), QStringLiteral("accepted")},
            {QStringLiteral("quoted_status"),
                statusObject(
                    QStringLiteral("9"), {}, QStringLiteral("carol"), QStringLiteral("<p>far away</p>"))}});
    const EngineAnswer answer = read(rootContext(thread, root), context({a, b, c, d, e, f}), thread);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QStringList ids;
    for (const Post &p : answer.posts)
        ids.append(p.id + QLatin1Char('<') + p.parentId);
    // The hidden 104 keeps 105's place: a placeholder under the root, just before it.
    QCOMPARE(ids.join(u' '), QStringLiteral("101<100 102<101 103<102 104<100 105<104 106<100 107<100"));
    const Post *hidden = postById(answer.posts, QStringLiteral("104"));
    QCOMPARE(hidden->text, QStringLiteral("[not shown by this server]"));
    QVERIFY(hidden->author.isEmpty());
    QVERIFY(hidden->position < postById(answer.posts, QStringLiteral("105"))->position);
    QCOMPARE(postById(answer.posts, QStringLiteral("101"))->author, QStringLiteral("zoë"));
    const Post *lukasz = postById(answer.posts, QStringLiteral("102"));
    QCOMPARE(lukasz->author, QStringLiteral("Łukasz@beehaw.example"));
    QCOMPARE(lukasz->text, QStringLiteral("東京 & bold"));
    QCOMPARE(lukasz->body.first().spans.first().styles, quint8(Span::Bold));
    // The quote of a quote: 103 quotes 102 (named, in the thread), which quotes 101.
    const Post *quoting = postById(answer.posts, QStringLiteral("103"));
    QCOMPARE(quoting->text, QStringLiteral("quoting")); // the RE: line is gone
    QCOMPARE(quoting->quotes.size(), 1);
    QCOMPARE(quoting->quotes.first().source, QStringLiteral("102"));
    QCOMPARE(quoting->quotes.first().author, QStringLiteral("Łukasz@beehaw.example"));
    QCOMPARE(nestedQuoteDepth(quoting->body), 2);
    const Block *inner = firstQuote(firstQuote(quoting->body)->children);
    QCOMPARE(inner->quoteSource, QStringLiteral("101"));
    QCOMPARE(inner->quoteAuthor, QStringLiteral("zoë"));
    QCOMPARE(inner->children.first().text, QStringLiteral("Grüße aus Köln"));
    // The content warning closes over the words and the picture.
    const Post *warned = postById(answer.posts, QStringLiteral("105"));
    QCOMPARE(warned->body.size(), 1);
    QCOMPARE(warned->body.first().kind, Block::Kind::Spoiler);
    QCOMPARE(warned->body.first().text, QStringLiteral("Spoilers: Ünïcode"));
    QCOMPARE(warned->body.first().children.size(), 2);
    QCOMPARE(warned->body.first().children[1].kind, Block::Kind::Image);
    QCOMPARE(warned->body.first().children[1].url, QStringLiteral("https://files.example/a.png"));
    QVERIFY(postById(answer.posts, QStringLiteral("106"))->quotes.isEmpty());
    const Post *far = postById(answer.posts, QStringLiteral("107"));
    QCOMPARE(far->quotes.size(), 1);
    QVERIFY(far->quotes.first().source.isEmpty()); // shown, but not a post of this thread
    QCOMPARE(far->quotes.first().author, QStringLiteral("carol"));
}

void TestMastodonEngine::anonymousLimit_data()
{
    QTest::addColumn<int>("replies");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("note");
    QTest::newRow("100 replies, 60 given") << 100 << 60 << true;
    QTest::newRow("100 replies, all given (signed in)") << 100 << 0 << false;
    QTest::newRow("30 replies, all given") << 30 << 60 << false;
}

void TestMastodonEngine::anonymousLimit()
{
    QFETCH(int, replies);
    QFETCH(int, limit);
    QFETCH(bool, note);
    MastodonFixture f {generatedTree(replies, 5)};
    f.limit = limit;
    const QUrl thread = threadOf(QStringLiteral("mastodon.example"), f.statusId(0));
    const EngineAnswer answer = read(rootContext(thread, f.statusId(0)), f.contextAnswer(0), thread);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    const int given = limit > 0 ? std::min(limit, replies) : replies;
    QCOMPARE(answer.posts.size(), given + (note ? 1 : 0));
    if (!note)
        return;
    // What the given statuses promise, from the fixture's own tree: replies to the root
    // among them, and every reply of each.
    QSet<QString> shown;
    for (const Post &p : answer.posts.first(given))
        shown.insert(p.id);
    int promised = 0;
    for (int i = 1; i < f.thread.posts.size(); ++i) {
        if (!shown.contains(f.statusId(i)))
            continue;
        promised += f.thread.parents[i] == 0;
        promised += int(f.thread.repliesOf(i).size());
    }
    QVERIFY(promised > given);
    QCOMPARE(answer.posts.last().text,
        QStringLiteral("This server shows %1 of at least %2 replies; sign in to see all")
            .arg(given)
            .arg(promised));
    QCOMPARE(answer.posts.last().parentId, f.statusId(0));
}

void TestMastodonEngine::depthLimit()
{
    // A chain of 30 replies, each to the one before; a guest sees 20 levels. Few replies,
    // but the 20th promises one more: the note, by depth.
    TreeThread chain = generatedTree(30, 3);
    for (int i = 1; i < chain.posts.size(); ++i)
        chain.parents[i] = i - 1;
    MastodonFixture f {chain};
    f.limit = MastodonEngine::AnonymousDescendants;
    f.depthLimit = MastodonEngine::AnonymousDepth;
    const QUrl thread = threadOf(QStringLiteral("mastodon.example"), f.statusId(0));
    const EngineAnswer answer = read(rootContext(thread, f.statusId(0)), f.contextAnswer(0), thread);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.posts.size(), 21);
    QCOMPARE(answer.posts[19].id, f.statusId(20));
    QCOMPARE(answer.posts.last().text,
        QStringLiteral("This server shows 20 of at least 21 replies; sign in to see all"));
    // The same chain ten deep: whole, no note.
    f.depthLimit = 0;
    chain.posts.resize(11);
    chain.parents.resize(11);
    f.thread = chain;
    QCOMPARE(read(rootContext(thread, f.statusId(0)), f.contextAnswer(0), thread).posts.size(), 10);
}

void TestMastodonEngine::hostile_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("error");
    QTest::newRow("context: an error")
        << QByteArray("root-context") << QByteArray(R"({"error":"Record not found"})") << true;
    QTest::newRow("context: null") << QByteArray("context") << QByteArray("null") << true;
    QTest::newRow("context: an array") << QByteArray("context") << QByteArray("[]") << true;
    QTest::newRow("context: descendants an object")
        << QByteArray("root-context") << QByteArray(R"({"ancestors":[],"descendants":{"id":"1"}})") << true;
    QTest::newRow("context: ancestors without ids")
        << QByteArray("context") << QByteArray(R"({"ancestors":[{"id":5.5}],"descendants":[]})") << true;
    QTest::newRow("context: wrong types inside")
        << QByteArray("root-context")
        << QByteArray(
               R"({"ancestors":[],"descendants":[1,"x",null,{"id":"201","in_reply_to_id":7,"account":"me",)"
               R"("content":["<p>"],"replies_count":"many","spoiler_text":{},"quote":"yes","media_attachments":{}},)"
               R"({"id":"201"},{"in_reply_to_id":"200"}]})")
        << false;
    QTest::newRow("context: a loop")
        << QByteArray("root-context")
        << QByteArray(R"({"ancestors":[],"descendants":[{"id":"201","in_reply_to_id":"202"},)"
                      R"({"id":"202","in_reply_to_id":"201"}]})")
        << false;
    QTest::newRow("status: an error")
        << QByteArray("root-status") << QByteArray(R"({"error":"Record not found"})") << true;
    QTest::newRow("status: id a number") << QByteArray("root-status") << QByteArray(R"({"id":200})") << false;
}

void TestMastodonEngine::hostile()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QFETCH(bool, error);
    const QUrl thread = threadOf(QStringLiteral("mastodon.example"), QStringLiteral("200"));
    const EngineRequest r {key.endsWith("status") ? MastodonEngine::statusUrl(thread, QStringLiteral("200"))
                                                  : MastodonEngine::contextUrl(thread, QStringLiteral("200")),
        EngineRequest::Format::Json, 2, key};
    QCOMPARE(s_engine.incompleteReason(r, body), QString());
    const EngineAnswer answer = read(r, body, thread);
    QCOMPARE(!answer.error.isEmpty(), error);
    for (const Post &p : answer.posts) {
        QVERIFY(!p.id.isEmpty());
        QVERIFY(p.id != p.parentId);
    }
    if (body.size() > 2)
        QVERIFY(!s_engine.incompleteReason(r, body.chopped(2)).isEmpty());
}

void TestMastodonEngine::mutations()
{
    // The fixture's answers (the shapes of the real ones), changed a few bytes at a time:
    // every reading ends, and what it hands over has ids and no post under itself.
    MastodonFixture f = seedFixture();
    f.quotes = {{24, 23}, {23, 1}};
    const QUrl thread = threadOf(QStringLiteral("mastodon.example"), f.statusId(0));
    const QList<std::pair<EngineRequest, QByteArray>> answers {
        {rootContext(thread, f.statusId(0)), f.contextAnswer(0)},
        {rootStatus(thread, f.statusId(0)), f.statusAnswer(0)},
        {EngineRequest {
             MastodonEngine::contextUrl(thread, f.statusId(6)), EngineRequest::Format::Json, 2, "context"},
            f.contextAnswer(6)}};
    int readable = 0;
    for (const auto &[request, body] : answers) {
        for (const QByteArray &m : mutatedAnswers(body, 300, 24)) {
            const EngineAnswer answer = read(request, m, thread);
            readable += answer.error.isEmpty();
            for (const Post &p : answer.posts) {
                QVERIFY(!p.id.isEmpty());
                QVERIFY(p.id != p.parentId);
            }
        }
    }
    QVERIFY(readable > 0); // some changes leave an answer to read
}

void TestMastodonEngine::hugeChain()
{
    // A reply chain 20,000 deep (a signed-in server's answer, or a hostile one): read in
    // one pass, each under the one before.
    QJsonArray chain;
    for (int i = 1; i <= 20000; ++i)
        chain.append(statusObject(QString::number(1000 + i), QString::number(1000 + i - 1),
            QStringLiteral("a"), QStringLiteral("<p>x</p>"), 1));
    const QUrl thread = threadOf(QStringLiteral("mastodon.example"), QStringLiteral("1000"));
    QElapsedTimer timer;
    timer.start();
    const EngineAnswer answer = read(rootContext(thread, QStringLiteral("1000")), context(chain), thread);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    // The rest is left out; the last one read promises a reply not given: the note.
    QCOMPARE(answer.posts.size(), MastodonEngine::MaxDescendants + 1);
    QCOMPARE(answer.posts.last().id, MastodonEngine::NoteIdPrefix + QStringLiteral("1000"));
    const Post &last = answer.posts[MastodonEngine::MaxDescendants - 1];
    QCOMPARE(last.id, QString::number(1000 + MastodonEngine::MaxDescendants));
    QCOMPARE(last.parentId, QString::number(1000 + MastodonEngine::MaxDescendants - 1));
}

void TestMastodonEngine::seedOverHttp_data()
{
    QTest::addColumn<int>("opened"); // the index of the status whose address is opened
    QTest::newRow("the root") << 0;
    QTest::newRow("a reply four deep") << 6; // #7: under #6, #4, #3, #1
}

void TestMastodonEngine::seedOverHttp()
{
    QFETCH(int, opened);
    MastodonFixture f = seedFixture();
    f.thread.deleted = {9}; // #10, a reply with none of its own
    f.serve(m_server.get());
    m_server->setValidators(true);
    // The account in the address is not asked: any form of it opens the thread.
    const QUrl url
        = m_server->url(opened == 0 ? QStringLiteral("/@tpu/%1").arg(f.statusId(0))
                                    : QStringLiteral("/@someone@social.example/%1").arg(f.statusId(opened)));
    const QString cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
    QMap<int, int> expected = expectedSeedParents();
    expected.remove(10);
    {
        RefreshRig rig(cache, m_owner.get(), false);
        const LoadOutcome loaded = rig.h->load(url);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY2(loaded.failedPages.isEmpty(), qPrintable(loaded.failedPages.values().join(u'\n')));
        rig.h->store->setWatched(rig.h->loader->info().url, true);
        sync(rig.h->store);
        QCOMPARE(rig.h->loader->info().engine, QStringLiteral("mastodon"));
        // One thread, kept under its root's address whichever status was opened.
        QCOMPARE(rig.h->loader->info().url,
            m_server->url(QStringLiteral("/web/statuses/") + f.statusId(0)).toString());
        QCOMPARE(rig.h->model->postCount(), m_seed.posts.size() - 1);
        const QMap<int, int> actual = seedParentsById(*rig.h->model);
        QVERIFY2(actual == expected, qPrintable(treeDifference(expected, actual)));
        QCOMPARE(rig.h->session->tree().first()->id, f.statusId(0)); // the root is the article
        QVERIFY(
            rig.h->loader->info().title.startsWith(m_seed.posts[0].bbcode.left(20).simplified().left(10)));
        QCOMPARE(authorsById(*rig.h->model).value(f.statusId(4)),
            m_seed.posts[4].author + QStringLiteral("@social.example"));
        QCOMPARE(m_server->requestCount(MastodonFixture::contextPath(f.statusId(0))), 1);
        const Post quoting = rig.h->session->post(f.statusId(24));
        QCOMPARE(quoting.quotes.size(), 1);
        QCOMPARE(quoting.quotes.first().source, f.statusId(23));
        QVERIFY(!quoting.text.contains(QLatin1String("RE:")));
        const Post warned = rig.h->session->post(f.statusId(12));
        QCOMPARE(warned.body.first().kind, Block::Kind::Spoiler);
        QCOMPARE(warned.body.first().text, QStringLiteral("Spoiler für Folge 3"));
        QCOMPARE(m_server->requests().size(), opened == 0 ? 2 : 3);
        // A refresh asks the root's status and context with their ETags: nothing changed.
        m_server->resetCounters();
        const QList<RefreshOutcome> outcomes = refreshAll(rig);
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(outcomes.first().ok());
        QCOMPARE(outcomes.first().newPosts, 0);
        QVERIFY(m_server->notModified().contains(MastodonFixture::contextPath(f.statusId(0))));
        QVERIFY(
            !m_server->requests().contains(MastodonFixture::contextPath(f.statusId(opened))) || opened == 0);
    }
    m_server->resetCounters();
    LoadHarness offline(cache, m_owner.get());
    const LoadOutcome outcome = offline.load(url, true);
    QVERIFY(outcome.fromCache);
    QCOMPARE(m_server->requests().size(), 0);
    const QMap<int, int> actual = seedParentsById(*offline.model);
    QVERIFY2(actual == expected, qPrintable(treeDifference(expected, actual)));
}

QTEST_GUILESS_MAIN(TestMastodonEngine)
#include "tst_mastodonengine.moc"
