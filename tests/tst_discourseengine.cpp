// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include "engines/discourse/discourseengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

// Canonical addresses: /t/{id}, whatever slug the topic had (see parseUrl_data).
const QUrl cfTopic(QStringLiteral("https://discuss.criticalfallibilism.com/t/2108"));
const QUrl urhoTopic(QStringLiteral("https://discourse.urho3d.io/t/6834"));
const QUrl testTopic(QStringLiteral("https://forum.example/t/77"));

EngineRequest firstRequest(int number = 0)
{
    EngineRequest r;
    r.format = EngineRequest::Format::Json;
    r.key = number > 0 ? "first:" + QByteArray::number(number) : QByteArray("first");
    return r;
}

EngineRequest batchRequest(const QByteArray &map, int unit = 2)
{
    EngineRequest r;
    r.format = EngineRequest::Format::Json;
    r.unit = unit;
    r.key = "posts:" + map;
    return r;
}

const Post *byNumber(const QList<Post> &posts, int number)
{
    for (const Post &p : posts) {
        if (p.number == number)
            return &p;
    }
    return nullptr;
}

QList<const Block *> allQuotes(const QList<Block> &blocks)
{
    QList<const Block *> out;
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Quote)
            out.append(&b);
        out.append(allQuotes(b.children));
    }
    return out;
}

QJsonObject post(qint64 id, int number, const QString &username, const QString &cooked, int replyTo = 0)
{
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("post_number"), number},
        {QStringLiteral("username"), username}, {QStringLiteral("cooked"), cooked},
        {QStringLiteral("created_at"), QStringLiteral("2024-03-01T10:00:00.000Z")},
        {QStringLiteral("reply_to_post_number"), replyTo > 0 ? QJsonValue(replyTo) : QJsonValue()},
        {QStringLiteral("post_type"), 1}};
}

QByteArray topicJson(const QJsonArray &posts, const QJsonArray &stream, int highest)
{
    return QJsonDocument(
        QJsonObject {{QStringLiteral("id"), 77}, {QStringLiteral("title"), QStringLiteral("A topic")},
            {QStringLiteral("slug"), QStringLiteral("a-topic")},
            {QStringLiteral("highest_post_number"), highest},
            {QStringLiteral("post_stream"),
                QJsonObject {{QStringLiteral("posts"), posts}, {QStringLiteral("stream"), stream}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray postsJson(const QJsonArray &posts)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("id"), 77},
                             {QStringLiteral("post_stream"), QJsonObject {{QStringLiteral("posts"), posts}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestDiscourseEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realSamples_data();
    void realSamples();
    void permalinkAnswerBatchesTheRest();
    void deletedPostAndCode();
    void quotesNestedSeveralAndElsewhere();
    void batchParentsAcrossBatches_data();
    void batchParentsAcrossBatches();
    void namesTextAndEntities();
    void hiddenDeletedAndActions();
    void wholeOrCut_data();
    void wholeOrCut();
    void hostileSizesAreBounded();
    void parseUrl_data();
    void parseUrl();

private:
    const DiscourseEngine m_engine;
};

void TestDiscourseEngine::realSamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QUrl>("thread");
    QTest::addColumn<bool>("first");
    QTest::addColumn<int>("posts");
    QTest::addColumn<int>("quotes"); // every <blockquote>, nested ones too
    QTest::addColumn<int>("named"); // of them, aside.quote with data-username
    QTest::addColumn<int>("firstNumber");
    QTest::addColumn<QString>("firstAuthor");
    QTest::addColumn<QString>("firstDate");
    QTest::addColumn<int>("lastNumber");
    QTest::addColumn<int>("units");
    QTest::addColumn<QString>("title");
    // Figures read off the files (and their README), not off our code.
    QTest::newRow("cf 2108 at #452") << "cf-topic-2108-at-452.json" << cfTopic << true << 20 << 48 << 26
                                     << 433 << "ActiveMind"
                                     << "2025-12-12T21:24:58.916Z" << 452 << 1 + 22
                                     << "Comments on The Boyfriend's Introduction to Feminism";
    QTest::newRow("cf 2108 posts page 1")
        << "cf-topic-2108-posts-p1.json" << cfTopic << false << 20 << 42 << 33 << 1 << "Elliot"
        << "2025-09-25T19:11:22.095Z" << 20 << 0 << "";
    QTest::newRow("urho3d 6834") << "urho3d-topic-6834-angelscript.json" << urhoTopic << true << 18 << 17
                                 << 17 << 1 << "Pacho"
                                 << "2021-05-06T12:27:06.230Z" << 19 << 1
                                 << "Using custom C++ component from AngelScript";
}

void TestDiscourseEngine::realSamples()
{
    QFETCH(QString, file);
    QFETCH(QUrl, thread);
    QFETCH(bool, first);
    const QByteArray body = readFile(sharedPath(QStringLiteral("real-pages/discourse/") + file));
    QVERIFY2(!body.isEmpty(), qPrintable(file));
    const EngineRequest request = first ? firstRequest() : batchRequest({});
    QCOMPARE(m_engine.incompleteReason(request, body), QString());
    const EngineAnswer answer = m_engine.readAnswer(request, body, AnswerContext {thread, thread, first});
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QTEST(int(answer.posts.size()), "posts");
    int quotes = 0, named = 0;
    for (const Post &p : answer.posts) {
        for (const Block *q : allQuotes(p.body)) {
            ++quotes;
            named += q->quoteAuthor.isEmpty() ? 0 : 1;
        }
    }
    QTEST(quotes, "quotes");
    QTEST(named, "named");
    QTEST(answer.posts.first().number, "firstNumber");
    QTEST(answer.posts.first().author, "firstAuthor");
    QTEST(answer.posts.first().date.toString(Qt::ISODateWithMs), "firstDate");
    QTEST(answer.posts.last().number, "lastNumber");
    for (qsizetype i = 1; i < answer.posts.size(); ++i)
        QVERIFY(answer.posts[i - 1].position < answer.posts[i].position);
    for (const Post &p : answer.posts) {
        QVERIFY(!p.id.isEmpty());
        QVERIFY(!p.author.isEmpty());
        QVERIFY(p.date.isValid());
        QVERIFY2(
            p.avatarUrl.startsWith(QLatin1String("https://")) && p.avatarUrl.contains(QLatin1String("/96")),
            qPrintable(p.avatarUrl));
        QVERIFY(!p.body.isEmpty()); // a video's post is its thumbnail only
    }
    QCOMPARE(answer.facts.has_value(), first);
    if (first) {
        QTEST(answer.facts->unitCount, "units");
        QTEST(answer.facts->title, "title");
        QCOMPARE(answer.facts->canonical, thread);
    }
}

void TestDiscourseEngine::permalinkAnswerBatchesTheRest()
{
    // /t/2108/452.json: posts #433–#452 and a stream of 446 ids (posts moved away leave gaps).
    const QByteArray body
        = readFile(sharedPath(QStringLiteral("real-pages/discourse/cf-topic-2108-at-452.json")));
    const EngineAnswer answer
        = m_engine.readAnswer(firstRequest(452), body, AnswerContext {cfTopic, cfTopic, true});
    QVERIFY(answer.facts);
    QCOMPARE(answer.facts->targetPostId, QStringLiteral("20181"));
    QCOMPARE(answer.next.size(), 22); // 426 ids left, at most 20 a batch
    QSet<QString> asked;
    for (qsizetype i = 0; i < answer.next.size(); ++i) {
        const EngineRequest &r = answer.next[i];
        QCOMPARE(r.format, EngineRequest::Format::Json);
        QCOMPARE(r.unit, int(i) + 2);
        QCOMPARE(r.url.path(), QStringLiteral("/t/2108/posts.json"));
        QCOMPARE(r.url.host(), cfTopic.host());
        const QStringList ids = QUrlQuery(r.url).allQueryItemValues(QStringLiteral("post_ids[]"));
        QVERIFY(!ids.isEmpty() && ids.size() <= 20);
        for (const QString &id : ids) {
            QVERIFY2(!asked.contains(id), qPrintable(id));
            asked.insert(id);
        }
    }
    QCOMPARE(asked.size(), 426);
    QVERIFY(!asked.contains(QStringLiteral("20181"))); // it came with the answer
    QVERIFY(asked.contains(QStringLiteral("18843"))); // post #1
    // Parents named by number: #438 replies to #435, which came with the answer; #433
    // replies to #428, whose id a stream with gaps cannot tell: named by number, for the
    // tree to map once #428 is there.
    QCOMPARE(byNumber(answer.posts, 438)->parentId, QStringLiteral("19909"));
    QCOMPARE(byNumber(answer.posts, 452)->parentId, QStringLiteral("20166"));
    QCOMPARE(byNumber(answer.posts, 433)->parentId, QStringLiteral("#428"));
    QCOMPARE(byNumber(answer.posts, 435)->parentId, QString());
    QCOMPARE(byNumber(answer.posts, 433)->avatarUrl,
        QStringLiteral("https://discuss.criticalfallibilism.com/user_avatar/discuss.criticalfallibilism.com/"
                       "activemind/96/5560_2.png"));
    // Quotes: #445 quotes #444 four times, each naming it; #443 quotes #149 (unknown here).
    // (and one plain Markdown quote, second, that names no one).
    const Post *p445 = byNumber(answer.posts, 445);
    QCOMPARE(p445->quotes.size(), 5);
    for (qsizetype i : {0, 2, 3, 4}) {
        QCOMPARE(p445->quotes[i].author, QStringLiteral("anonymous45"));
        QCOMPARE(p445->quotes[i].source, QStringLiteral("20140"));
    }
    QCOMPARE(p445->quotes[1].author, QString());
    QCOMPARE(p445->quotes[1].source, QString());
    QCOMPARE(byNumber(answer.posts, 443)->quotes.first().source, QString());
    QCOMPARE(byNumber(answer.posts, 443)->quotes.first().author, QStringLiteral("anonymous45"));
    QVERIFY(byNumber(answer.posts, 438)->text.contains(QStringLiteral("vis-à-vis women")));
}

void TestDiscourseEngine::deletedPostAndCode()
{
    const QByteArray body
        = readFile(sharedPath(QStringLiteral("real-pages/discourse/urho3d-topic-6834-angelscript.json")));
    const EngineAnswer answer
        = m_engine.readAnswer(firstRequest(), body, AnswerContext {urhoTopic, urhoTopic, true});
    QVERIFY(answer.next.isEmpty()); // the whole topic came at once
    QVERIFY(!byNumber(answer.posts, 7)); // deleted: not in the stream, not in the answer
    QCOMPARE(byNumber(answer.posts, 8)->id, QStringLiteral("42638"));
    QCOMPARE(byNumber(answer.posts, 8)->parentId, QString());
    QCOMPARE(byNumber(answer.posts, 10)->parentId, QStringLiteral("42633")); // reply to #6
    QCOMPARE(byNumber(answer.posts, 10)->quotes.first().source, QStringLiteral("42633")); // data-full
    QCOMPARE(byNumber(answer.posts, 11)->quotes.first().source, QStringLiteral("42628")); // quote-modified
    // The letter avatar on Discourse's CDN keeps its absolute address.
    QCOMPARE(byNumber(answer.posts, 1)->avatarUrl,
        QStringLiteral("https://avatars.discourse-cdn.com/v4/letter/p/ebca7d/96.png"));
    int codeBlocks = 0;
    std::function<void(const QList<Block> &)> countCode = [&](const QList<Block> &blocks) {
        for (const Block &b : blocks) {
            if (b.kind == Block::Kind::Code) {
                ++codeBlocks;
                QCOMPARE(b.language, QString()); // "lang-auto": ours to guess
            }
            countCode(b.children);
        }
    };
    for (const Post &p : answer.posts)
        countCode(p.body);
    QCOMPARE(codeBlocks, 9); // two of them quoted
    const Post *p2 = byNumber(answer.posts, 2);
    QVERIFY(p2->text.contains(QStringLiteral("Urho3D::RegisterComponent<CharacterMovement>(scriptEngine")));
}

void TestDiscourseEngine::quotesNestedSeveralAndElsewhere()
{
    // A later page of posts.json: numbers 1–20 come with it, so quotes within it resolve.
    const QByteArray body
        = readFile(sharedPath(QStringLiteral("real-pages/discourse/cf-topic-2108-posts-p1.json")));
    const EngineAnswer answer
        = m_engine.readAnswer(batchRequest({}), body, AnswerContext {cfTopic, cfTopic, false});
    QVERIFY(answer.error.isEmpty());
    QCOMPARE(byNumber(answer.posts, 6)->parentId, QStringLiteral("18849")); // reply to #4
    // #16 quotes #11, and inside it #11's two quotes of #8.
    const Post *p16 = byNumber(answer.posts, 16);
    QCOMPARE(p16->quotes.size(), 1);
    QCOMPARE(p16->quotes.first().author, QStringLiteral("anonymous45"));
    QCOMPARE(p16->quotes.first().source, QStringLiteral("18856"));
    const Block *outer = allQuotes(p16->body).first();
    const QList<const Block *> inner = allQuotes(outer->children);
    QCOMPARE(inner.size(), 2);
    for (const Block *q : inner) {
        QCOMPARE(q->quoteAuthor, QStringLiteral("anonymous110"));
        QCOMPARE(q->quoteSource, QStringLiteral("18853"));
    }
    QVERIFY(!p16->text.contains(QStringLiteral("birth certificates because of the explicit")));
    QVERIFY(p16->quotes.first().text.contains(QStringLiteral("Okay, you’ve convinced me")));
    // #13 quotes seven times, #11 and #3.
    QCOMPARE(byNumber(answer.posts, 13)->quotes.size(), 7);
    QCOMPARE(byNumber(answer.posts, 13)->quotes[1].source, QStringLiteral("18848"));
    // #20: one quote of #5 here, one of topic 2081, which names no post of ours.
    const Post *p20 = byNumber(answer.posts, 20);
    QCOMPARE(p20->author, QStringLiteral("Eternity"));
    QCOMPARE(p20->quotes.size(), 2);
    QCOMPARE(p20->quotes[0].source, QStringLiteral("18850"));
    QCOMPARE(p20->quotes[1].source, QString());
    QCOMPARE(p20->quotes[1].author, QString());
    QVERIFY(p20->quotes[1].text.contains(QStringLiteral("companion discussion topic")));
    // Entities decoded: "man &amp; woman".
    QVERIFY(byNumber(answer.posts, 6)->text.contains(QStringLiteral("man & woman are terms")));
}

void TestDiscourseEngine::batchParentsAcrossBatches_data()
{
    QTest::addColumn<int>("highest");
    QTest::addColumn<QString>("parentOf6"); // #6 replies to #4, which came in no answer yet
    QTest::addColumn<QString>("sourceOf6"); // and quotes it
    // Stream 101..106; the first answer brings #1 and #2. With no gaps (highest 6) the
    // rest are #3..#6; with highest 7 one number is missing somewhere, and #4 is unknown.
    QTest::newRow("no gaps") << 6 << "104"
                             << "104";
    // The parent by its number, for the tree to map; the quote by its words.
    QTest::newRow("a gap somewhere") << 7 << "#4"
                                     << "";
}

void TestDiscourseEngine::batchParentsAcrossBatches()
{
    QFETCH(int, highest);
    const QByteArray first
        = topicJson(QJsonArray {post(101, 1, QStringLiteral("ann"), QStringLiteral("<p>Start</p>")),
                        post(102, 2, QStringLiteral("bob"), QStringLiteral("<p>Hi</p>"), 1)},
            QJsonArray {101, 102, 103, 104, 105, 106}, highest);
    const EngineAnswer answer
        = m_engine.readAnswer(firstRequest(), first, AnswerContext {testTopic, testTopic, true});
    QCOMPARE(answer.next.size(), 1);
    QCOMPARE(answer.facts->unitCount, 2);
    QCOMPARE(byNumber(answer.posts, 2)->parentId, QStringLiteral("101"));
    QCOMPARE(answer.next.first().url.path(), QStringLiteral("/t/77/posts.json"));
    QCOMPARE(answer.next.first().url.query(QUrl::FullyDecoded),
        QStringLiteral("post_ids[]=103&post_ids[]=104&post_ids[]=105&post_ids[]=106"));
    // The batch's answer, as if it lacked #4 (it arrives in some other batch).
    const QByteArray batch = postsJson(QJsonArray {post(106, 6, QStringLiteral("cy"),
        QStringLiteral(
            "<aside class=\"quote no-group\" data-username=\"bob\" data-post=\"4\" data-topic=\"77\">"
            "<blockquote><p>four</p></blockquote></aside><p>six</p>"),
        4)});
    const EngineAnswer read
        = m_engine.readAnswer(answer.next.first(), batch, AnswerContext {testTopic, testTopic, false});
    QVERIFY(read.error.isEmpty());
    QCOMPARE(read.posts.size(), 1);
    QTEST(read.posts.first().parentId, "parentOf6");
    QTEST(read.posts.first().quotes.first().source, "sourceOf6");
    QCOMPARE(read.posts.first().page, 2);
    QCOMPARE(read.posts.first().position, 6);
}

void TestDiscourseEngine::namesTextAndEntities()
{
    QJsonObject nameOnly = post(202, 2, QString(), QStringLiteral("<p>名前だけ</p>"));
    nameOnly.insert(QStringLiteral("name"), QStringLiteral("张伟"));
    const QByteArray body = topicJson(
        QJsonArray {post(201, 1, QStringLiteral("Jürgen_Ærø"),
                        QStringLiteral(
                            "<p>Caf&eacute; &amp; cr&egrave;me &lt;b&gt; &#x1F600; <img src=\"/images/emoji/"
                            "twitter/smile.png?v=12\" title=\":smile:\" class=\"emoji\" alt=\":smile:\"></p>"
                            "<div class=\"lightbox-wrapper\"><a class=\"lightbox\" href=\"/uploads/big.png\">"
                            "<img src=\"/uploads/small.png\" alt=\"chart\"><div class=\"meta\"><span "
                            "class=\"filename\">chart.png</span><span class=\"informations\">800×600 50 "
                            "KB</span></div></a></div>")),
            nameOnly},
        QJsonArray {201, 202}, 2);
    const EngineAnswer answer
        = m_engine.readAnswer(firstRequest(), body, AnswerContext {testTopic, testTopic, true});
    QVERIFY(answer.error.isEmpty());
    QCOMPARE(answer.posts.size(), 2);
    const Post &first = answer.posts[0];
    QCOMPARE(first.author, QStringLiteral("Jürgen_Ærø"));
    QCOMPARE(first.text,
        QStringLiteral("Café & crème <b> 😀 :smile:\nchart")); // the picture's alt, not its caption row
    QCOMPARE(first.body.size(), 2);
    QCOMPARE(first.body[1].kind, Block::Kind::Image);
    QCOMPARE(first.body[1].url, QStringLiteral("https://forum.example/uploads/small.png"));
    QCOMPARE(first.body[1].link, QStringLiteral("https://forum.example/uploads/big.png"));
    QCOMPARE(answer.posts[1].author, QStringLiteral("张伟"));
    QCOMPARE(answer.posts[1].text, QStringLiteral("名前だけ"));
    QCOMPARE(answer.facts->canonical, testTopic);
}

void TestDiscourseEngine::hiddenDeletedAndActions()
{
    QJsonObject hidden = post(302, 2, QStringLiteral("bob"), QString());
    hidden.insert(QStringLiteral("hidden"), true);
    QJsonObject deleted = post(303, 3, QStringLiteral("cy"), QString());
    deleted.insert(QStringLiteral("deleted_at"), QStringLiteral("2024-03-02T10:00:00.000Z"));
    QJsonObject action = post(304, 4, QStringLiteral("mod"), QString());
    action.insert(QStringLiteral("post_type"), 3);
    action.insert(QStringLiteral("action_code"), QStringLiteral("closed.enabled"));
    const QByteArray body
        = topicJson(QJsonArray {post(301, 1, QStringLiteral("ann"), QStringLiteral("<p>a</p>")), hidden,
                        deleted, action, post(305, 5, QStringLiteral("dee"), QStringLiteral("<p>e</p>"), 2)},
            QJsonArray {301, 302, 303, 304, 305}, 5);
    const EngineAnswer answer
        = m_engine.readAnswer(firstRequest(), body, AnswerContext {testTopic, testTopic, true});
    QCOMPARE(answer.posts.size(), 4); // the small action is the forum's note, not a post
    QCOMPARE(byNumber(answer.posts, 2)->text, QStringLiteral("[hidden by the forum]"));
    QCOMPARE(byNumber(answer.posts, 3)->text, QStringLiteral("[deleted]"));
    QVERIFY(!byNumber(answer.posts, 4));
    QCOMPARE(byNumber(answer.posts, 5)->parentId, QStringLiteral("302")); // its reply keeps its place
}

void TestDiscourseEngine::wholeOrCut_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("first");
    QTest::addColumn<bool>("whole");
    const QByteArray real
        = readFile(sharedPath(QStringLiteral("real-pages/discourse/urho3d-topic-6834-angelscript.json")));
    const QByteArray batch
        = readFile(sharedPath(QStringLiteral("real-pages/discourse/cf-topic-2108-posts-p1.json")));
    QTest::newRow("whole topic") << real << true << true;
    QTest::newRow("topic cut in half") << real.left(real.size() / 2) << true << false;
    QTest::newRow("topic cut before its last brace") << real.chopped(1) << true << false;
    QTest::newRow("whole batch") << batch << false << true;
    QTest::newRow("batch cut") << batch.left(batch.size() - 100) << false << false;
    QTest::newRow("batch as a first answer (no stream)") << batch << true << false;
    QTest::newRow("empty") << QByteArray() << true << false;
    QTest::newRow("an HTML error page")
        << QByteArray("<!DOCTYPE html><html><body>Oops</body></html>") << false << false;
    QTest::newRow("JSON without post_stream") << QByteArray(R"({"errors":["not found"]})") << false << false;
    QTest::newRow("a JSON array") << QByteArray("[1,2,3]") << false << false;
}

void TestDiscourseEngine::wholeOrCut()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, first);
    QFETCH(bool, whole);
    const EngineRequest request = first ? firstRequest() : batchRequest({});
    const QString reason = m_engine.incompleteReason(request, body);
    QCOMPARE(reason.isEmpty(), whole);
    if (!whole && !body.startsWith('{'))
        QVERIFY(
            !m_engine.readAnswer(request, body, AnswerContext {testTopic, testTopic, first}).error.isEmpty());
}

void TestDiscourseEngine::hostileSizesAreBounded()
{
    // A stream of 300,000 ids, duplicates and junk among them, and odd post fields.
    QJsonArray stream;
    for (int i = 0; i < 300000; ++i)
        stream.append(i % 7 == 0 ? QJsonValue(QStringLiteral("x")) : QJsonValue(1000 + i));
    stream.append(1001);
    QJsonObject odd = post(1001, 1, QString(5000, QLatin1Char('a')), QStringLiteral("<p>x</p>"), 99999999);
    odd.insert(QStringLiteral("avatar_template"), QStringLiteral("javascript:alert(1)/{size}"));
    odd.insert(QStringLiteral("post_number"), 1e300);
    const QByteArray body = topicJson(
        QJsonArray {odd, post(1002, 2, QStringLiteral("b"), QStringLiteral("<p>y</p>"), 2)}, stream, 0);
    const EngineAnswer answer
        = m_engine.readAnswer(firstRequest(), body, AnswerContext {testTopic, testTopic, true});
    QVERIFY(answer.error.isEmpty());
    QVERIFY(answer.next.size() <= DiscourseEngine::MaxStream / DiscourseEngine::BatchSize);
    QCOMPARE(answer.posts.size(), 1); // a post_number of 1e300 is no number
    QCOMPARE(answer.posts.first().parentId, QString()); // a post does not reply to itself
    for (const EngineRequest &r : answer.next)
        QVERIFY(QUrlQuery(r.url).allQueryItemValues(QStringLiteral("post_ids[]")).size() <= 20);
}

void TestDiscourseEngine::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("postNumber");
    QTest::addColumn<QString>("postId");
    // Every form of a topic's address is one key, /t/{id}: the slug changes with the title.
    QTest::newRow("slug and id") << "https://meta.discourse.org/t/welcome-to-meta/12345" << true
                                 << "https://meta.discourse.org/t/12345" << 0 << "";
    QTest::newRow("permalink") << "https://meta.discourse.org/t/welcome-to-meta/12345/7" << true
                               << "https://meta.discourse.org/t/12345" << 7 << "";
    QTest::newRow("another slug") << "https://meta.discourse.org/t/renamed-since/12345" << true
                                  << "https://meta.discourse.org/t/12345" << 0 << "";
    QTest::newRow("trailing slash") << "https://meta.discourse.org/t/welcome-to-meta/12345/" << true
                                    << "https://meta.discourse.org/t/12345" << 0 << "";
    QTest::newRow("?page=2") << "https://meta.discourse.org/t/welcome-to-meta/12345?page=2" << true
                             << "https://meta.discourse.org/t/12345" << 0 << "";
    QTest::newRow("permalink .json") << "https://meta.discourse.org/t/welcome-to-meta/12345/7.json" << true
                                     << "https://meta.discourse.org/t/12345" << 7 << "";
    QTest::newRow("id, trailing slash")
        << "https://meta.discourse.org/t/12345/" << true << "https://meta.discourse.org/t/12345" << 0 << "";
    QTest::newRow("id only") << "https://meta.discourse.org/t/12345" << true
                             << "https://meta.discourse.org/t/12345" << 0 << "";
    QTest::newRow("id and number") << "https://meta.discourse.org/t/12345/3" << true
                                   << "https://meta.discourse.org/t/12345" << 3 << "";
    QTest::newRow("http becomes https")
        << "http://forum.example/t/x/5?u=someone#reply" << true << "https://forum.example/t/5" << 0 << "";
    QTest::newRow("loopback keeps http and port")
        << "http://127.0.0.1:8123/t/seed/4321/9" << true << "http://127.0.0.1:8123/t/4321" << 9 << "";
    QTest::newRow(".json") << "https://forum.example/t/a-topic/77.json" << true
                           << "https://forum.example/t/77" << 0 << "";
    QTest::newRow("forum in a folder")
        << "https://example.org/forum/t/a-topic/77/2" << true << "https://example.org/forum/t/77" << 2 << "";
    QTest::newRow("Discourse's anchor")
        << "https://forum.example/t/a-topic/77#post_12" << true << "https://forum.example/t/77" << 12 << "";
    QTest::newRow("a followed /p/ link") << "https://forum.example/t/a-topic/77/12#post-5501" << true
                                         << "https://forum.example/t/77" << 12 << "5501";
    QTest::newRow("non-ASCII slug") << "https://forum.example/t/привет-мир/77" << true
                                    << "https://forum.example/t/77" << 0 << "";
    QTest::newRow("XenForo's /t/slug.id/")
        << "https://voz.vn/t/review-cong-ty.677450/page-3" << false << "" << 0 << "";
    QTest::newRow("slug without id") << "https://forum.example/t/a-topic" << false << "" << 0 << "";
    QTest::newRow("too many parts") << "https://forum.example/t/a/1/2/3" << false << "" << 0 << "";
    QTest::newRow("a category") << "https://forum.example/c/general/4" << false << "" << 0 << "";
    QTest::newRow("latest") << "https://forum.example/latest" << false << "" << 0 << "";
    QTest::newRow("ftp") << "ftp://forum.example/t/a/1" << false << "" << 0 << "";
    QTest::newRow("id zero") << "https://forum.example/t/a/0" << false << "" << 0 << "";
}

void TestDiscourseEngine::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    ThreadRef ref;
    QCOMPARE(m_engine.parseUrl(QUrl(url), &ref), ok);
    if (!ok)
        return;
    QTEST(ref.canonical.toString(), "canonical");
    QTEST(ref.postNumber, "postNumber");
    QTEST(ref.postId, "postId");
    // The first request asks for the topic, or the posts around the permalink's post.
    const QList<EngineRequest> first = m_engine.firstRequests(ref, QUrl(url));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().format, EngineRequest::Format::Json);
    QVERIFY(first.first().url.path().endsWith(
        ref.postNumber > 0 ? QStringLiteral("/%1.json").arg(ref.postNumber) : QStringLiteral(".json")));
}

QTEST_GUILESS_MAIN(TestDiscourseEngine)
#include "tst_discourseengine.moc"
