// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Hacker News engine: URLs, the real Firebase answers in ../shared/real-pages, and answers
// written here (nesting, deleted items, entities, non-ASCII, hostile sizes). Whole loads
// over loopback are in tst_hackernewsload.
#include "seedtree.h"
#include "servers/hackernewsfixture.h"
#include "testutil.h"

#include "engines/hackernews/hackernewsengine.h"
#include "engines/hackernews/hnitem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

const HackerNewsEngine s_engine;

QByteArray realPage(const QString &name)
{
    return readFile(sharedPath(QStringLiteral("real-pages/hackernews/") + name));
}

QUrl threadUrl(const QString &id)
{
    return QUrl(QStringLiteral("https://news.ycombinator.com/item?id=") + id);
}

EngineAnswer readAs(const EngineRequest &request, const QByteArray &body, const QString &threadId)
{
    return s_engine.readAnswer(request, body, AnswerContext {threadUrl(threadId), request.url, true});
}

EngineRequest firebaseStory(const QString &id)
{
    const EngineRequest algolia = s_engine.firstRequests(ThreadRef {threadUrl(id)}, threadUrl(id)).first();
    return s_engine.fallbackRequests(algolia).first();
}

// Reads a thread the way the loader does through the Firebase API: the story, then
// every reply the answers ask for, answered from the fixture.
QList<Post> readThroughFirebase(const HackerNewsFixture &f)
{
    QList<Post> posts;
    QList<EngineRequest> queue {firebaseStory(f.itemId(0))};
    while (!queue.isEmpty()) {
        const EngineRequest r = queue.takeFirst();
        const int index
            = int(r.url.path().section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0).toLongLong()
                - f.storyId);
        const EngineAnswer answer = readAs(r, f.firebaseItem(index), f.itemId(0));
        posts.append(answer.posts);
        queue.append(answer.next);
    }
    std::sort(
        posts.begin(), posts.end(), [](const Post &a, const Post &b) { return a.position < b.position; });
    return posts;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHackerNewsEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parseUrl_data();
    void parseUrl();
    void realFirebaseStories_data();
    void realFirebaseStories();
    void realFirebaseComment();
    void algoliaTree();
    void bothApisAgree();
    void textEntitiesAndNonAscii();
    void deletedAndDead();
    void notTheItem_data();
    void notTheItem();
    void completeness_data();
    void completeness();
    void hostileSizes();

private:
    HackerNewsFixture seedFixture() const;
    FixtureThread m_seed;
};

void TestHackerNewsEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QCOMPARE(m_seed.posts.size(), 25); // the article and 24 comments (the seed has no #2)
}

HackerNewsFixture TestHackerNewsEngine::seedFixture() const
{
    return HackerNewsFixture {treeFromSeed(m_seed, expectedSeedParents())};
}

void TestHackerNewsEngine::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical"); // empty: not a Hacker News thread
    const QString item = QStringLiteral("https://news.ycombinator.com/item?id=8863");
    QTest::newRow("item") << item << item;
    QTest::newRow("http") << "http://news.ycombinator.com/item?id=8863" << item;
    QTest::newRow("host case") << "https://News.YCombinator.com/item?id=8863" << item;
    QTest::newRow("more query") << "https://news.ycombinator.com/item?id=8863&p=2" << item;
    QTest::newRow("fragment") << "https://news.ycombinator.com/item?id=8863#8952" << item;
    QTest::newRow("front page") << "https://news.ycombinator.com/news"
                                << "";
    QTest::newRow("user") << "https://news.ycombinator.com/user?id=pg"
                          << "";
    QTest::newRow("no id") << "https://news.ycombinator.com/item"
                           << "";
    QTest::newRow("id not a number") << "https://news.ycombinator.com/item?id=abc"
                                     << "";
    QTest::newRow("id zero") << "https://news.ycombinator.com/item?id=0"
                             << "";
    QTest::newRow("id too long") << "https://news.ycombinator.com/item?id=12345678901234567890"
                                 << "";
    QTest::newRow("other host") << "https://example.com/item?id=8863"
                                << "";
    QTest::newRow("ftp") << "ftp://news.ycombinator.com/item?id=8863"
                         << "";
}

void TestHackerNewsEngine::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    ThreadRef ref;
    QCOMPARE(s_engine.parseUrl(QUrl(url), &ref), !canonical.isEmpty());
    if (canonical.isEmpty())
        return;
    QCOMPARE(ref.canonical.toString(), canonical);
    QCOMPARE(engineForUrl(QUrl(url), nullptr)->name(), QStringLiteral("hackernews"));
    QCOMPARE(s_engine.postUrl(ref.canonical, QStringLiteral("8952")).toString(),
        QStringLiteral("https://news.ycombinator.com/item?id=8952"));
}

void TestHackerNewsEngine::realFirebaseStories_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("firstLine"); // the article's first block
    QTest::addColumn<int>("replies");
    QTest::newRow("story with a link") << "item-8863-story.json"
                                       << "8863"
                                       << "My YC app: Dropbox - Throw away your USB drive"
                                       << "dhouston"
                                       << "http://www.getdropbox.com/u/2/screencast.html" << 33;
    QTest::newRow("ask with text") << "item-121003-ask.json"
                                   << "121003"
                                   << "Ask HN: The Arc Effect"
                                   << "tel"
                                   << "or HN: the Next Iteration" << 3;
    QTest::newRow("job with code") << "item-192327-job.json"
                                   << "192327"
                                   << "Justin.tv is looking for a Lead Flash Engineer!"
                                   << "justin"
                                   << "Justin.tv is the biggest live video site online." << 0;
    QTest::newRow("poll") << "item-126809-poll.json"
                          << "126809"
                          << "Poll: What would happen if News.YC had explicit support for polls?"
                          << "pg"
                          << "" << 25;
}

void TestHackerNewsEngine::realFirebaseStories()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QString, firstLine);
    QFETCH(int, replies);
    const EngineAnswer answer = readAs(firebaseStory(id), realPage(file), id);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QVERIFY(answer.facts);
    QCOMPARE(answer.facts->title, title);
    QCOMPARE(answer.posts.size(), 1);
    const Post &article = answer.posts.first();
    QCOMPARE(article.id, id);
    QCOMPARE(article.author, author);
    QCOMPARE(article.position, 0);
    QCOMPARE(article.number, 0);
    QVERIFY(article.parentId.isEmpty());
    QVERIFY(article.date.isValid());
    QVERIFY(article.quotes.isEmpty());
    if (firstLine.isEmpty())
        QVERIFY(article.body.isEmpty());
    else
        QVERIFY2(article.body.first().text.startsWith(firstLine), qPrintable(article.body.first().text));
    QCOMPARE(answer.next.size(), replies);
    int lastPosition = 0;
    for (qsizetype i = 0; i < answer.next.size(); ++i) {
        const EngineRequest &r = answer.next[i];
        QCOMPARE(r.format, EngineRequest::Format::Json);
        QVERIFY(r.url.toString().startsWith(HackerNewsEngine::firebaseBase() + QStringLiteral("/item/")));
        QCOMPARE(r.unit, int(i) + 2); // each top-level reply and its subtree a part
        QVERIFY(r.unit <= answer.facts->unitCount);
        // Positions of replies follow their order.
        const int position = r.key.split(' ').value(1).toInt();
        QVERIFY(position > lastPosition);
        lastPosition = position;
    }
    if (file.contains(QLatin1String("job"))) {
        const auto code = std::count_if(article.body.cbegin(), article.body.cend(),
            [](const Block &b) { return b.kind == Block::Kind::Code; });
        QCOMPARE(code, 2);
        QVERIFY(article.text.contains(QLatin1String("* Experience building web applications.")));
    }
    if (file.contains(QLatin1String("story"))) {
        QCOMPARE(article.body.first().spans.first().href,
            QStringLiteral("http://www.getdropbox.com/u/2/screencast.html"));
        QCOMPARE(answer.facts->unitCount, 1 + 71); // its descendants: progress counts answers
    }
}

void TestHackerNewsEngine::realFirebaseComment()
{
    // norvig's comment, as the story's third reply asked for it.
    const EngineAnswer story = readAs(firebaseStory(QStringLiteral("2921506")),
        json({{QStringLiteral("id"), 2921506}, {QStringLiteral("type"), QStringLiteral("story")},
            {QStringLiteral("kids"), QJsonArray {1, 2, 2921983}}}),
        QStringLiteral("2921506"));
    QCOMPARE(story.next.size(), 3);
    const EngineAnswer answer = readAs(
        story.next[2], realPage(QStringLiteral("item-2921983-comment.json")), QStringLiteral("2921506"));
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.posts.size(), 1);
    const Post &p = answer.posts.first();
    QCOMPARE(p.author, QStringLiteral("norvig"));
    QCOMPARE(p.parentId, QStringLiteral("2921506"));
    QCOMPARE(p.page, 4);
    QCOMPARE(p.date, QDateTime::fromSecsSinceEpoch(1314211127, QTimeZone::UTC));
    QCOMPARE(p.body.size(), 2);
    QCOMPARE(p.body[1].text,
        QStringLiteral("Tell you what, Ill make a deal: I'll keep writing if you keep reading. K?"));
    QCOMPARE(answer.next.size(), 7);
    QVERIFY(!answer.facts);
}

void TestHackerNewsEngine::algoliaTree()
{
    const HackerNewsFixture f = seedFixture();
    const EngineAnswer answer = readAs(
        s_engine.firstRequests(ThreadRef {threadUrl(f.itemId(0))}, {}).first(), f.algoliaItem(), f.itemId(0));
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.facts->title, m_seed.title);
    QCOMPARE(answer.facts->unitCount, 1);
    QVERIFY(answer.next.isEmpty());
    QCOMPARE(answer.posts.size(), m_seed.posts.size());
    // Depth first: each post follows its parent's earlier replies and their subtrees.
    QHash<QString, int> indexOf;
    for (int i = 0; i < f.thread.posts.size(); ++i)
        indexOf.insert(f.itemId(i), i);
    QStringList expectedOrder;
    std::function<void(int)> walk = [&](int index) {
        expectedOrder.append(f.itemId(index));
        for (const int reply : f.thread.repliesOf(index))
            walk(reply);
    };
    walk(0);
    QStringList order;
    int lastPosition = -1;
    for (const Post &p : answer.posts) {
        order.append(p.id);
        QVERIFY(p.position > lastPosition);
        lastPosition = p.position;
        const int index = indexOf.value(p.id);
        QCOMPARE(p.parentId, index == 0 ? QString() : f.itemId(f.thread.parents[index]));
        QCOMPARE(p.author, f.thread.posts[index].author);
        QVERIFY(p.quotes.isEmpty()); // HN has no quote markup: "> " lines stay words
    }
    QCOMPARE(order, expectedOrder);
}

void TestHackerNewsEngine::bothApisAgree()
{
    for (const HackerNewsFixture &f : {seedFixture(), HackerNewsFixture {generatedTree(300, 7), 41000000}}) {
        const EngineAnswer algolia
            = readAs(s_engine.firstRequests(ThreadRef {threadUrl(f.itemId(0))}, {}).first(), f.algoliaItem(),
                f.itemId(0));
        const QList<Post> firebase = readThroughFirebase(f);
        QCOMPARE(firebase.size(), algolia.posts.size());
        for (qsizetype i = 0; i < firebase.size(); ++i) {
            const Post &a = algolia.posts[i];
            const Post &b = firebase[i];
            QCOMPARE(b.id, a.id);
            QCOMPARE(b.position, a.position);
            QCOMPARE(b.parentId, a.parentId);
            QCOMPARE(b.text, a.text);
            QCOMPARE(b.body, a.body);
            QCOMPARE(b.date, a.date);
        }
    }
}

void TestHackerNewsEngine::textEntitiesAndNonAscii()
{
    const QJsonObject story {{QStringLiteral("id"), 5},
        {QStringLiteral("title"), QStringLiteral("Zürich &amp; café")},
        {QStringLiteral("author"), QStringLiteral("jöns")},
        {QStringLiteral("children"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), 6},
                {QStringLiteral("author"), QStringLiteral("Łukasz")},
                {QStringLiteral("text"),
                    QStringLiteral("&gt; quoted &quot;words&quot;<p>It&#x27;s 5 &lt; 6 &amp; naïve — 日本語 "
                                   "<a href=\"item?id=5\">item?id=5</a><p><i>emphasis</i>")}}}}};
    const EngineAnswer answer
        = readAs(s_engine.firstRequests(ThreadRef {threadUrl(QStringLiteral("5"))}, {}).first(), json(story),
            QStringLiteral("5"));
    QCOMPARE(answer.posts.size(), 2);
    QCOMPARE(answer.facts->title, QStringLiteral("Zürich &amp; café")); // titles are plain text
    QCOMPARE(answer.posts[0].author, QStringLiteral("jöns"));
    const Post &reply = answer.posts[1];
    QCOMPARE(reply.author, QStringLiteral("Łukasz"));
    QCOMPARE(reply.body.size(), 3);
    QCOMPARE(reply.body[0].text, QStringLiteral("> quoted \"words\""));
    QCOMPARE(reply.body[1].text, QStringLiteral("It's 5 < 6 & naïve — 日本語 item?id=5"));
    QCOMPARE(reply.body[1].spans.last().href, QStringLiteral("https://news.ycombinator.com/item?id=5"));
    QCOMPARE(reply.body[2].spans.first().styles, quint8(Span::Italic));
    QVERIFY(reply.quotes.isEmpty());
}

void TestHackerNewsEngine::deletedAndDead()
{
    HackerNewsFixture f = seedFixture();
    // #3 (index 2) has replies (#4, #11): it keeps its place. #25 (the last) has none: it is gone.
    f.thread.deleted = {2, 24}; // #3 and #25
    QHash<QString, QString> bodies;
    const QList<Post> firebase = readThroughFirebase(f);
    const EngineAnswer algolia = readAs(
        s_engine.firstRequests(ThreadRef {threadUrl(f.itemId(0))}, {}).first(), f.algoliaItem(), f.itemId(0));
    for (const QList<Post> &posts : {algolia.posts, firebase}) {
        QCOMPARE(posts.size(), m_seed.posts.size() - 1);
        QStringList ids;
        for (const Post &p : posts) {
            ids.append(p.id);
            if (p.id == f.itemId(2)) {
                QVERIFY(p.author.isEmpty());
                QCOMPARE(p.text, QStringLiteral("[deleted]"));
            }
            if (p.id == f.itemId(3))
                QCOMPARE(p.parentId, f.itemId(2));
        }
        QVERIFY(!ids.contains(f.itemId(24)));
    }
    // Dead (flagged) replies: their words stay hidden; without replies they are left out.
    const QJsonObject story {{QStringLiteral("id"), 1},
        {QStringLiteral("children"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), 2}, {QStringLiteral("dead"), true},
                            {QStringLiteral("author"), QStringLiteral("troll")},
                            {QStringLiteral("text"), QStringLiteral("spam")},
                            {QStringLiteral("children"),
                                QJsonArray {QJsonObject {{QStringLiteral("id"), 3},
                                    {QStringLiteral("author"), QStringLiteral("a")},
                                    {QStringLiteral("text"), QStringLiteral("reply")}}}}},
                QJsonObject {{QStringLiteral("id"), 4}, {QStringLiteral("dead"), true},
                    {QStringLiteral("text"), QStringLiteral("spam")}}}}};
    const EngineAnswer dead
        = readAs(s_engine.firstRequests(ThreadRef {threadUrl(QStringLiteral("1"))}, {}).first(), json(story),
            QStringLiteral("1"));
    QCOMPARE(dead.posts.size(), 3);
    QCOMPARE(dead.posts[1].text, QStringLiteral("[flagged]"));
    QVERIFY(dead.posts[1].author.isEmpty());
    QCOMPARE(dead.posts[2].parentId, QStringLiteral("2"));
}

void TestHackerNewsEngine::notTheItem_data()
{
    QTest::addColumn<bool>("algolia");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("algolia: another item") << true << QByteArray(R"({"id": 99, "children": []})");
    QTest::newRow("algolia: no id") << true << QByteArray(R"({"message": "ObjectID does not exist"})");
    QTest::newRow("algolia: an array") << true << QByteArray("[1, 2]");
    QTest::newRow("algolia: null") << true << QByteArray("null");
    QTest::newRow("firebase: no such story") << false << QByteArray("null");
    QTest::newRow("firebase: another item") << false << realPage(QStringLiteral("item-8863-story.json"));
    QTest::newRow("firebase: id as text") << false << QByteArray(R"({"id": "5x"})");
}

void TestHackerNewsEngine::notTheItem()
{
    QFETCH(bool, algolia);
    QFETCH(QByteArray, body);
    const EngineRequest first
        = s_engine.firstRequests(ThreadRef {threadUrl(QStringLiteral("5"))}, {}).first();
    const EngineRequest r = algolia ? first : s_engine.fallbackRequests(first).first();
    QCOMPARE(s_engine.incompleteReason(r, body), QString()); // whole, but not what was asked
    const EngineAnswer answer = readAs(r, body, QStringLiteral("5"));
    QVERIFY(!answer.error.isEmpty());
    QVERIFY(answer.posts.isEmpty());
    // Algolia failing leads to Firebase, from the story; Firebase failing leads nowhere.
    const QList<EngineRequest> fallbacks = s_engine.fallbackRequests(r);
    QCOMPARE(fallbacks.size(), algolia ? 1 : 0);
    if (algolia)
        QCOMPARE(fallbacks.first().url.toString(),
            HackerNewsEngine::firebaseBase() + QStringLiteral("/item/5.json"));
}

void TestHackerNewsEngine::completeness_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("whole");
    const QByteArray story = realPage(QStringLiteral("item-8863-story.json"));
    QTest::newRow("real story") << story << true;
    QTest::newRow("cut in half") << story.left(story.size() / 2) << false;
    QTest::newRow("last brace missing") << story.trimmed().chopped(1) << false;
    QTest::newRow("null") << QByteArray("null\n") << true;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("html error page") << QByteArray("<html><body>502</body></html>") << false;
}

void TestHackerNewsEngine::completeness()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, whole);
    const EngineRequest r = s_engine.firstRequests(ThreadRef {threadUrl(QStringLiteral("8863"))}, {}).first();
    QCOMPARE(s_engine.incompleteReason(r, body).isEmpty(), whole);
}

void TestHackerNewsEngine::hostileSizes()
{
    // A chain 1,000 replies deep: read to the engine's depth, without recursion.
    QJsonObject chain {{QStringLiteral("id"), 1001}, {QStringLiteral("author"), QStringLiteral("x")}};
    for (int id = 1000; id >= 2; --id)
        chain = QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("author"), QStringLiteral("x")},
            {QStringLiteral("children"), QJsonArray {chain}}};
    const QByteArray deep = QJsonDocument(
        QJsonObject {{QStringLiteral("id"), 1}, {QStringLiteral("children"), QJsonArray {chain}}})
                                .toJson(QJsonDocument::Compact);
    const EngineRequest r = s_engine.firstRequests(ThreadRef {threadUrl(QStringLiteral("1"))}, {}).first();
    const EngineAnswer answer = readAs(r, deep, QStringLiteral("1"));
    if (answer.error.isEmpty()) // Qt's parser may refuse such nesting itself
        QCOMPARE(answer.posts.size(), qsizetype(HnSlot::MaxDepth + 1));
    // 5,000 replies to one item: the first MaxReplies are read, in order.
    QJsonArray wide;
    for (int i = 0; i < 5000; ++i)
        wide.append(
            QJsonObject {{QStringLiteral("id"), 10 + i}, {QStringLiteral("author"), QStringLiteral("y")}});
    const EngineAnswer broad = readAs(
        r, json({{QStringLiteral("id"), 1}, {QStringLiteral("children"), wide}}), QStringLiteral("1"));
    QCOMPARE(broad.posts.size(), qsizetype(HnItem::MaxReplies + 1));
    QCOMPARE(broad.posts.last().id, QString::number(10 + HnItem::MaxReplies - 1));
    // A slot key the engine did not write is refused.
    EngineRequest forged = firebaseStory(QStringLiteral("1"));
    forged.key = "item x";
    QVERIFY(!readAs(forged, json({{QStringLiteral("id"), 1}}), QStringLiteral("1")).error.isEmpty());
}

QTEST_GUILESS_MAIN(TestHackerNewsEngine)
#include "tst_hackernewsengine.moc"
