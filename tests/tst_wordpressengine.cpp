// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The WordPress engine: shortlinks and post pages, the real REST answers WordPress's own
// test suite saved (../shared/real-pages/wordpress), answers that are not what they should
// be, a 100,000-deep reply chain, and whole loads of a post with nested comments on two
// pages over loopback (pretty permalinks under a subfolder, and ?rest_route= at the root),
// then offline from the cache.
#include "loadharness.h"
#include "servers/fixtureserver.h"
#include "testutil.h"

#include "engines/wordpress/wordpressengine.h"
#include "services/replytree.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

const WordPressEngine s_engine;

// One answer out of WordPress's generated REST fixtures ("mockedApiResponse.NAME = …;").
QJsonValue realAnswer(const QString &name)
{
    const QByteArray js = readFile(sharedPath(QStringLiteral("real-pages/wordpress/wp-api-generated.js")));
    const QByteArray start = "\nmockedApiResponse." + name.toUtf8() + " = ";
    const qsizetype at = js.indexOf(start);
    if (at < 0)
        return {};
    const qsizetype from = at + start.size();
    // The answer ends where a line starts with its closing bracket.
    const qsizetype end = js.indexOf(js.at(from) == '[' ? "\n];\n" : "\n};\n", from);
    if (end < 0)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(js.mid(from, end + 2 - from));
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonObject realCommentJson()
{
    const QJsonArray comments = realAnswer(QStringLiteral("CommentsCollection")).toArray();
    return comments.isEmpty() ? QJsonObject() : comments.first().toObject();
}

// The fields of a comment and a post in WordPress's REST reference (wp/v2), for the served
// thread where WordPress's saved answers are not at hand.
QJsonObject commentShape()
{
    const QJsonObject real = realCommentJson();
    if (!real.isEmpty())
        return real;
    const QString avatar = QStringLiteral("http://2.gravatar.com/avatar/0?s=%1&d=mm&r=g");
    return QJsonObject {{QStringLiteral("id"), 1}, {QStringLiteral("post"), 1}, {QStringLiteral("parent"), 0},
        {QStringLiteral("author"), 0}, {QStringLiteral("author_name"), QString()},
        {QStringLiteral("author_url"), QString()},
        {QStringLiteral("date"), QStringLiteral("2017-02-14T00:00:00")},
        {QStringLiteral("date_gmt"), QStringLiteral("2017-02-14T00:00:00")},
        {QStringLiteral("content"), QJsonObject {{QStringLiteral("rendered"), QString()}}},
        {QStringLiteral("link"), QString()}, {QStringLiteral("status"), QStringLiteral("approved")},
        {QStringLiteral("type"), QStringLiteral("comment")},
        {QStringLiteral("author_avatar_urls"),
            QJsonObject {{QStringLiteral("24"), avatar.arg(24)}, {QStringLiteral("48"), avatar.arg(48)},
                {QStringLiteral("96"), avatar.arg(96)}}},
        {QStringLiteral("meta"), QJsonArray()}};
}

QJsonObject postShape()
{
    const QJsonObject real = realAnswer(QStringLiteral("PostModel")).toObject();
    if (!real.isEmpty())
        return real;
    return QJsonObject {{QStringLiteral("id"), 1},
        {QStringLiteral("date"), QStringLiteral("2017-02-14T00:00:00")},
        {QStringLiteral("date_gmt"), QStringLiteral("2017-02-14T00:00:00")},
        {QStringLiteral("link"), QStringLiteral("http://example.org/?p=1")},
        {QStringLiteral("status"), QStringLiteral("publish")},
        {QStringLiteral("type"), QStringLiteral("post")}, {QStringLiteral("author"), 1},
        {QStringLiteral("comment_status"), QStringLiteral("open")},
        {QStringLiteral("excerpt"), QJsonObject {{QStringLiteral("rendered"), QString()}}}};
}

QByteArray json(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

EngineAnswer read(const QUrl &thread, const EngineRequest &r, const QByteArray &body)
{
    return s_engine.readAnswer(r, body, AnswerContext {thread, r.url, r.key == "post"});
}

EngineRequest commentPage(const QUrl &thread, int page)
{
    return EngineRequest {WordPressEngine::commentPageUrl(thread, false, page), EngineRequest::Format::Json,
        page + 1, "comments"};
}

// A comment like the real one, for another post, with another id, parent and words.
QJsonObject comment(int postId, int id, int parent, const QString &words)
{
    QJsonObject c = commentShape();
    c.insert(QStringLiteral("id"), id);
    c.insert(QStringLiteral("post"), postId);
    c.insert(QStringLiteral("parent"), parent);
    c.insert(QStringLiteral("author_name"), QStringLiteral("Commenter %1").arg(id));
    c.insert(QStringLiteral("date_gmt"),
        QDateTime(QDate(2024, 5, 12), QTime(8, 0), QTimeZone::UTC)
            .addSecs(60 * id)
            .toString(Qt::ISODate)
            .chopped(1)); // WordPress writes no zone
    c.insert(QStringLiteral("content"), QJsonObject {{QStringLiteral("rendered"), words}});
    c.insert(
        QStringLiteral("link"), QStringLiteral("https://example.org/?p=%1#comment-%2").arg(postId).arg(id));
    return c;
}

// The thread served: 130 comments on post 42, ids 501…630, on two pages of a hundred.
// Their parents, chosen by hand: a few nested ones, one across the page boundary.
const int PostId = 42;
const int CommentCount = 130;
QMap<int, int> handParents()
{
    QMap<int, int> parents;
    for (int id = 501; id < 501 + CommentCount; ++id)
        parents.insert(id, 0);
    parents[502] = 501;
    parents[503] = 502;
    parents[505] = 501;
    parents[550] = 504;
    parents[599] = 550;
    parents[601] = 599; // page 2 replies to page 1
    parents[603] = 601;
    parents[630] = 503;
    return parents;
}

QJsonArray servedComments(int count)
{
    const QMap<int, int> parents = handParents();
    QJsonArray all;
    for (int id = 501; id < 501 + count; ++id)
        all.append(comment(PostId, id, parents.value(id),
            QStringLiteral("<p>Comment %1 <strong>says</strong> something.</p>\n").arg(id)));
    return all;
}

QByteArray postAnswer(int id)
{
    QJsonObject post = postShape();
    post.insert(QStringLiteral("id"), id);
    post.insert(QStringLiteral("title"),
        QJsonObject {{QStringLiteral("rendered"), QStringLiteral("Nested &#8220;comments&#8221; here")}});
    post.insert(QStringLiteral("content"),
        QJsonObject {{QStringLiteral("rendered"), QStringLiteral("<p>The article&#8217;s words.</p>\n")},
            {QStringLiteral("protected"), false}});
    post.insert(QStringLiteral("_embedded"),
        QJsonObject {{QStringLiteral("author"),
            QJsonArray {QJsonObject {
                {QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Ed Itor")}}}}});
    return json(post);
}

// A comments answer for a query: its page (or offset) of the comments, as WordPress pages
// them; past the last page, WordPress's error.
QByteArray commentsFor(const QJsonArray &all, const QUrlQuery &query)
{
    const int perPage = query.queryItemValue(QStringLiteral("per_page")).toInt();
    int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
    if (!query.hasQueryItem(QStringLiteral("offset"))) {
        const int page = query.queryItemValue(QStringLiteral("page")).toInt();
        if (page > 1 && (page - 1) * perPage >= all.size())
            return R"({"code":"rest_comment_invalid_page_number","message":"The page number requested is larger than the number of pages available.","data":{"status":400}})";
        offset = (page - 1) * perPage;
    }
    if (query.queryItemValue(QStringLiteral("post")) != QString::number(PostId) || perPage != 100
        || query.queryItemValue(QStringLiteral("order")) != QLatin1String("asc"))
        return "[]";
    QJsonArray slice;
    for (int i = offset; i < all.size() && i < offset + perPage; ++i)
        slice.append(all[i]);
    return json(slice);
}

} // namespace

class TestWordPressEngine : public QObject
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
    void realPost();
    void realComment();
    void fallbacks();
    void notAnAnswer_data();
    void notAnAnswer();
    void deepChain();
    void loadOverHttp_data();
    void loadOverHttp();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<QObject> m_owner;
};

void TestWordPressEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWordPressEngine::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->start());
    m_owner = std::make_unique<QObject>();
}

void TestWordPressEngine::cleanup()
{
    m_owner.reset();
    m_server.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
}

void TestWordPressEngine::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical"); // empty: not a WordPress post
    QTest::addColumn<QString>("postRequest");
    QTest::newRow("shortlink") << "https://example.org/?p=123"
                               << "https://example.org/?p=123"
                               << "https://example.org/wp-json/wp/v2/posts/123?_embed=author";
    QTest::newRow("no slash") << "https://example.org?p=123"
                              << "https://example.org/?p=123"
                              << "https://example.org/wp-json/wp/v2/posts/123?_embed=author";
    QTest::newRow("subfolder") << "https://example.org/blog/?p=7#comment-9"
                               << "https://example.org/blog/?p=7"
                               << "https://example.org/blog/wp-json/wp/v2/posts/7?_embed=author";
    QTest::newRow("index.php") << "http://example.org/news/index.php?p=7"
                               << "http://example.org/news/?p=7"
                               << "http://example.org/news/wp-json/wp/v2/posts/7?_embed=author";
    QTest::newRow("a page") << "https://example.org/?page_id=2"
                            << "https://example.org/?page_id=2"
                            << "https://example.org/wp-json/wp/v2/pages/2?_embed=author";
    QTest::newRow("phpBB's post link") << "https://forum.example/viewtopic.php?p=5"
                                       << ""
                                       << "";
    QTest::newRow("vBulletin's") << "https://forum.example/showthread.php?p=5"
                                 << ""
                                 << "";
    QTest::newRow("more in the query") << "https://example.org/?p=5&replytocom=3"
                                       << ""
                                       << "";
    QTest::newRow("not a number") << "https://example.org/?p=abc"
                                  << ""
                                  << "";
    QTest::newRow("zero") << "https://example.org/?p=0"
                          << ""
                          << "";
    QTest::newRow("ftp") << "ftp://example.org/?p=5"
                         << ""
                         << "";
}

void TestWordPressEngine::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    QFETCH(QString, postRequest);
    ThreadRef ref;
    QCOMPARE(s_engine.parseUrl(QUrl(url), &ref), !canonical.isEmpty());
    const ForumEngine *engine = engineForUrl(QUrl(url), nullptr);
    if (canonical.isEmpty()) {
        QVERIFY(!engine || engine->name() != QLatin1String("wordpress"));
        return;
    }
    QCOMPARE(engine->name(), QStringLiteral("wordpress"));
    QCOMPARE(ref.canonical.toString(), canonical);
    const QList<EngineRequest> first = s_engine.firstRequests(ref, QUrl(url));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().url.toString(), postRequest);
    QCOMPARE(first.first().format, EngineRequest::Format::Json);
    QCOMPARE(s_engine.postUrl(ref.canonical, QStringLiteral("77")).fragment(), QStringLiteral("comment-77"));
}

void TestWordPressEngine::recognizePage_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("canonical"); // empty: not recognised
    // The links as WordPress's wp_head writes them (single quotes, self-closed).
    const QByteArray api = "<link rel=\"https://api.w.org/\" href=\"https://example.org/wp-json/\" />";
    QTest::newRow("shortlink") << "https://example.org/2024/05/12/a-post/"
                               << api + "<link rel='shortlink' href='https://example.org/?p=123' />"
                               << "https://example.org/?p=123";
    QTest::newRow("alternate json only") << "https://example.org/2024/05/12/a-post/"
                                         << api
            + "<link rel=\"alternate\" title=\"JSON\" type=\"application/json\" "
              "href=\"https://example.org/wp-json/wp/v2/posts/123\" /><link rel='shortlink' "
              "href='https://wp.me/p1-1Z' />"
                                         << "https://example.org/?p=123";
    QTest::newRow("a page") << "https://example.org/about/"
                            << api
            + "<link rel=\"alternate\" type=\"application/json\" "
              "href=\"https://example.org/wp-json/wp/v2/pages/9\" />"
                            << "https://example.org/?page_id=9";
    QTest::newRow("subfolder")
        << "https://example.org/blog/a-post/"
        << QByteArray("<link rel='https://api.w.org/' href='https://example.org/blog/wp-json/' />"
                      "<link rel='shortlink' href='https://example.org/blog/?p=5' />")
        << "https://example.org/blog/?p=5";
    QTest::newRow("rest_route")
        << "https://example.org/?p=5"
        << QByteArray("<link rel='https://api.w.org/' href='https://example.org/?rest_route=/' />"
                      "<link rel='alternate' type='application/json' "
                      "href='https://example.org/?rest_route=/wp/v2/posts/5' />")
        << "https://example.org/?p=5";
    QTest::newRow("the front page") << "https://example.org/" << api << "";
    QTest::newRow("a category") << "https://example.org/category/news/"
                                << api
            + "<link rel=\"alternate\" type=\"application/json\" "
              "href=\"https://example.org/wp-json/wp/v2/categories/3\" />"
                                << "";
    QTest::newRow("no API link") << "https://example.org/a-post/"
                                 << QByteArray("<link rel='shortlink' href='https://example.org/?p=1' />")
                                 << "";
    QTest::newRow("another host's post")
        << "https://example.org/a-post/" << api + "<link rel='shortlink' href='https://other.example/?p=1' />"
        << "";
}

void TestWordPressEngine::recognizePage()
{
    QFETCH(QString, page);
    QFETCH(QByteArray, head);
    QFETCH(QString, canonical);
    const QByteArray html = "<!DOCTYPE html><html lang=\"en-US\"><head><meta charset=\"UTF-8\" />" + head
        + "</head><body><article>words</article></body></html>";
    ThreadRef ref;
    QCOMPARE(s_engine.recognizePage(html, QUrl(page), &ref), !canonical.isEmpty());
    if (canonical.isEmpty())
        return;
    QCOMPARE(ref.canonical.toString(), canonical);
    QCOMPARE(engineForPage(html, QUrl(page), nullptr)->name(), QStringLiteral("wordpress"));
}

void TestWordPressEngine::realPost()
{
    // WordPress's own answer for /wp/v2/posts/4 (example.org, ?rest_route= form).
    const QUrl thread(QStringLiteral("http://example.org/?p=4"));
    const QJsonObject post = realAnswer(QStringLiteral("PostModel")).toObject();
    if (post.isEmpty())
        QSKIP(qPrintable(absentRealPage(QStringLiteral("wordpress/wp-api-generated.js"))));
    const EngineRequest first = s_engine.firstRequests(ThreadRef {thread, 1, {}, 0}, thread).first();
    const EngineAnswer answer = read(thread, first, json(post));
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QVERIFY(answer.facts);
    QCOMPARE(answer.facts->title, QStringLiteral("REST API Client Fixture: Post"));
    QCOMPARE(answer.posts.size(), 1);
    const Post &article = answer.posts.first();
    QCOMPARE(article.id, QStringLiteral("post-4"));
    QCOMPARE(article.text, QStringLiteral("Updated post content."));
    QCOMPARE(article.date, QDateTime(QDate(2017, 2, 14), QTime(0, 0), QTimeZone::UTC));
    QVERIFY(article.author.isEmpty()); // the answer embeds no author
    QCOMPARE(answer.next.size(), 1);
    QCOMPARE(answer.next.first().url.toString(),
        QStringLiteral("http://example.org/wp-json/wp/v2/comments?post=4&per_page=100&page=1&order=asc"));
    // The real post under another id is not this thread's post.
    const QUrl other(QStringLiteral("http://example.org/?p=5"));
    QCOMPARE(read(other, first, json(post)).error, QStringLiteral("not the WordPress post 5"));
}

void TestWordPressEngine::realComment()
{
    if (realCommentJson().isEmpty())
        QSKIP(qPrintable(absentRealPage(QStringLiteral("wordpress/wp-api-generated.js"))));
    const QUrl thread(QStringLiteral("http://example.org/?p=4"));
    const EngineAnswer answer
        = read(thread, commentPage(thread, 1), json(realAnswer(QStringLiteral("CommentsCollection"))));
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.posts.size(), 1);
    const Post &c = answer.posts.first();
    QCOMPARE(c.id, QStringLiteral("2"));
    QCOMPARE(c.parentId, QStringLiteral("post-4")); // parent 0: a reply to the post
    QCOMPARE(c.author, QStringLiteral("Internet of something or other"));
    QCOMPARE(c.text, QStringLiteral("This is a comment"));
    QCOMPARE(c.date, QDateTime(QDate(2017, 2, 14), QTime(0, 0), QTimeZone::UTC));
    QCOMPARE(c.avatarUrl,
        QStringLiteral("http://2.gravatar.com/avatar/bd7c2b505bcf39cc71cfee564c614956?s=48&d=mm&r=g"));
    QCOMPARE(c.position, 1);
    QCOMPARE(c.page, 2);
    QVERIFY(answer.next.isEmpty()); // a short page is the last
    // The single comment's answer (/comments/2) is not a page of comments.
    QCOMPARE(read(thread, commentPage(thread, 1), json(realAnswer(QStringLiteral("CommentModel")))).error,
        QStringLiteral("not a page of WordPress comments"));
}

void TestWordPressEngine::fallbacks()
{
    const QUrl thread(QStringLiteral("https://example.org/blog/?p=7"));
    const EngineRequest post = s_engine.firstRequests(ThreadRef {thread, 1, {}, 0}, thread).first();
    const QList<EngineRequest> routed = s_engine.fallbackRequests(post);
    QCOMPARE(routed.size(), 1);
    QCOMPARE(QUrlQuery(routed.first().url).queryItemValue(QStringLiteral("rest_route")),
        QStringLiteral("/wp/v2/posts/7"));
    QCOMPARE(routed.first().url.path(), QStringLiteral("/blog/"));
    QVERIFY(s_engine.fallbackRequests(routed.first()).isEmpty()); // asked once
    // The comments follow the form that answered the post.
    const EngineAnswer answer = read(thread, routed.first(), postAnswer(7).replace("\"id\":42", "\"id\":7"));
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.posts.first().author, QStringLiteral("Ed Itor"));
    QCOMPARE(answer.next.first().url.toString(),
        QStringLiteral(
            "https://example.org/blog/?rest_route=/wp/v2/comments&post=7&per_page=100&page=1&order=asc"));
    // Page 1 failing stands; a later page is asked again by offset.
    QVERIFY(s_engine.fallbackRequests(commentPage(thread, 1)).isEmpty());
    const QList<EngineRequest> byOffset = s_engine.fallbackRequests(commentPage(thread, 3));
    QCOMPARE(byOffset.size(), 1);
    QCOMPARE(QUrlQuery(byOffset.first().url).queryItemValue(QStringLiteral("offset")), QStringLiteral("200"));
    QVERIFY(!QUrlQuery(byOffset.first().url).hasQueryItem(QStringLiteral("page")));
    QCOMPARE(byOffset.first().unit, 4);
    QVERIFY(s_engine.fallbackRequests(byOffset.first()).isEmpty());
}

void TestWordPressEngine::notAnAnswer_data()
{
    QTest::addColumn<bool>("post"); // the post's request, else a comment page's
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("an error object")
        << true
        << QByteArray(R"({"code":"rest_post_invalid_id","message":"Invalid post ID.","data":{"status":404}})")
        << "not the WordPress post 42";
    QTest::newRow("a list for the post") << true << QByteArray("[]") << "not the WordPress post 42";
    QTest::newRow("a login page") << true << QByteArray("<!DOCTYPE html><html><body>Log in</body></html>")
                                  << "not the WordPress post 42";
    QTest::newRow("id as a string of words")
        << true << QByteArray(R"({"id":"forty-two"})") << "not the WordPress post 42";
    QTest::newRow("an object for comments")
        << false << QByteArray(R"({"comments":[]})") << "not a page of WordPress comments";
    QTest::newRow("HTML for comments")
        << false << QByteArray("<html></html>") << "not a page of WordPress comments";
}

void TestWordPressEngine::notAnAnswer()
{
    QFETCH(bool, post);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const QUrl thread(QStringLiteral("https://example.org/?p=42"));
    const EngineRequest r = post ? s_engine.firstRequests(ThreadRef {thread, 1, {}, 0}, thread).first()
                                 : commentPage(thread, 1);
    const EngineAnswer answer = read(thread, r, body);
    QCOMPARE(answer.error, error);
    QVERIFY(answer.posts.isEmpty());
    QVERIFY(answer.next.isEmpty());
    // Comments of another post, and comments with junk in their fields, are passed over.
    const QByteArray mixed = json(QJsonArray {comment(41, 1, 0, QStringLiteral("elsewhere")),
        QJsonObject {{QStringLiteral("id"), QJsonArray {}}, {QStringLiteral("post"), 42}},
        QJsonObject {{QStringLiteral("id"), 3}, {QStringLiteral("post"), 42}, {QStringLiteral("parent"), 3},
            {QStringLiteral("content"), QStringLiteral("not an object")}},
        comment(42, 4, 3, QStringLiteral("<p>fine</p>"))});
    const EngineAnswer passed = read(thread, commentPage(thread, 1), mixed);
    QVERIFY(passed.error.isEmpty());
    QCOMPARE(passed.posts.size(), 2);
    QCOMPARE(passed.posts[0].id, QStringLiteral("3"));
    QCOMPARE(passed.posts[0].parentId, QStringLiteral("post-42")); // its own parent: none
    QCOMPARE(passed.posts[1].parentId, QStringLiteral("3"));
    QCOMPARE(passed.posts[1].text, QStringLiteral("fine"));
}

void TestWordPressEngine::deepChain()
{
    // 100,000 comments, each replying to the one before, on a thousand full pages: read
    // and placed in the reply tree without recursion, in time linear in their number.
    const int total = 100000;
    const QUrl thread(QStringLiteral("https://example.org/?p=42"));
    QElapsedTimer timer;
    timer.start();
    QList<Post> posts;
    posts.reserve(total);
    for (int page = 1; page <= total / WordPressEngine::PageSize; ++page) {
        QJsonArray batch;
        for (int i = 0; i < WordPressEngine::PageSize; ++i) {
            const int id = (page - 1) * WordPressEngine::PageSize + i + 1;
            QJsonObject c {{QStringLiteral("id"), id}, {QStringLiteral("post"), 42},
                {QStringLiteral("parent"), id - 1}, {QStringLiteral("author_name"), QStringLiteral("a")},
                {QStringLiteral("content"),
                    QJsonObject {{QStringLiteral("rendered"), QStringLiteral("<p>x</p>")}}}};
            batch.append(c);
        }
        const EngineAnswer answer = read(thread, commentPage(thread, page), json(batch));
        QCOMPARE(answer.posts.size(), WordPressEngine::PageSize);
        QCOMPARE(answer.next.size(), page < WordPressEngine::MaxPages ? 1 : 0);
        posts.append(answer.posts);
    }
    const qint64 readMs = timer.elapsed();
    QCOMPARE(posts.last().parentId, QString::number(total - 1));
    QCOMPARE(posts.first().parentId, QStringLiteral("post-42"));
    ReplyTree tree;
    Post article;
    article.id = QStringLiteral("post-42");
    tree.add({article});
    tree.add(posts);
    QCOMPARE(tree.size(), total + 1);
    QCOMPARE(tree.parentOf(QString::number(total)), QString::number(total - 1));
    int depth = 0;
    for (QString id = QString::number(total); !id.isEmpty(); id = tree.parentOf(id))
        ++depth;
    QCOMPARE(depth, total + 1);
    qInfo("100,000 chained comments: read in %lld ms, placed in %lld ms", readMs, timer.elapsed() - readMs);
}

void TestWordPressEngine::loadOverHttp_data()
{
    QTest::addColumn<bool>("restRoute"); // no pretty permalinks: ?rest_route= at the root
    QTest::addColumn<int>("comments");
    QTest::newRow("subfolder, two pages") << false << CommentCount;
    QTest::newRow("rest_route, two pages") << true << CommentCount;
    QTest::newRow("subfolder, one full page and past the end") << false << 100;
}

void TestWordPressEngine::loadOverHttp()
{
    QFETCH(bool, restRoute);
    QFETCH(int, comments);
    const QJsonArray all = servedComments(comments);
    const QString site = restRoute ? QStringLiteral("/") : QStringLiteral("/blog/");
    const QString apiRoot = restRoute
        ? m_server->url(QStringLiteral("/")).toString() + QStringLiteral("?rest_route=/")
        : m_server->url(QStringLiteral("/blog/wp-json/")).toString();
    const QString pagePath = site + QStringLiteral("2024/05/12/nested-comments/");
    const QByteArray page = "<!DOCTYPE html><html lang=\"en-US\"><head><meta charset=\"UTF-8\" />"
                            "<title>Nested comments</title>"
                            "<link rel=\"https://api.w.org/\" href=\""
        + apiRoot.toUtf8()
        + "\" />"
          "<link rel='shortlink' href='"
        + site.toUtf8()
        + "?p=42' />"
          "</head><body><article><h1>Nested comments</h1></article></body></html>";
    m_server->setPage(pagePath, page);
    if (restRoute) {
        FixtureServer::Route api;
        api.contentType = "application/json; charset=UTF-8";
        api.bodyForQuery = [all](const QString &query) {
            const QUrlQuery q(query);
            const QString route = q.queryItemValue(QStringLiteral("rest_route"));
            if (route == QLatin1String("/wp/v2/posts/42"))
                return postAnswer(PostId);
            if (route == QLatin1String("/wp/v2/comments"))
                return commentsFor(all, q);
            return QByteArray(
                R"({"code":"rest_no_route","message":"No route was found.","data":{"status":404}})");
        };
        m_server->setRoute(QStringLiteral("/"), api);
    } else {
        FixtureServer::Route post;
        post.contentType = "application/json; charset=UTF-8";
        post.body = postAnswer(PostId);
        m_server->setRoute(QStringLiteral("/blog/wp-json/wp/v2/posts/42"), post);
        FixtureServer::Route list = post;
        list.bodyForQuery = [all](const QString &query) { return commentsFor(all, QUrlQuery(query)); };
        m_server->setRoute(QStringLiteral("/blog/wp-json/wp/v2/comments"), list);
    }
    const QUrl url = m_server->url(pagePath);
    const QString article = QStringLiteral("post-42");
    QMap<QString, QString> expected;
    expected.insert(article, QString());
    const QMap<int, int> parents = handParents();
    for (int id = 501; id < 501 + comments; ++id)
        expected.insert(QString::number(id), parents[id] == 0 ? article : QString::number(parents[id]));
    QStringList onlineOrder;
    {
        auto h = std::make_unique<LoadHarness>(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get());
        const LoadOutcome outcome = h->load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        // The message is made whether or not the check holds: no firstKey() of an empty map.
        QVERIFY2(outcome.failedPages.isEmpty(),
            qPrintable(QStringList(outcome.failedPages.values()).join(QStringLiteral("; "))));
        QCOMPARE(h->loader->info().engine, QStringLiteral("wordpress"));
        QCOMPARE(h->loader->info().url, m_server->url(site).toString() + QStringLiteral("?p=42"));
        QCOMPARE(h->loader->info().title, QStringLiteral("Nested \u201Ccomments\u201D here"));
        QCOMPARE(parentIdsInModel(*h->model), expected);
        onlineOrder = idsInModelOrder(*h->model);
        QCOMPARE(h->session->tree().first()->id, article); // the post is the article
        const Post post = h->session->post(article);
        QCOMPARE(post.text, QStringLiteral("The article\u2019s words."));
        QCOMPARE(post.author, QStringLiteral("Ed Itor"));
        const QString replyId = comments > 100 ? QStringLiteral("601") : QStringLiteral("599");
        const Post reply = h->session->post(replyId);
        QCOMPARE(reply.author, QStringLiteral("Commenter ") + replyId);
        if (comments > 100) {
            QCOMPARE(reply.text, QStringLiteral("Comment 601 says something."));
            QCOMPARE(
                reply.date, QDateTime(QDate(2024, 5, 12), QTime(8, 0), QTimeZone::UTC).addSecs(60 * 601));
        }
        // What was fetched: the page, the post, the comment pages; nothing else.
        if (restRoute) {
            // /wp-json/ first (404), then ?rest_route=.
            QCOMPARE(m_server->targets().size(), 5);
            QVERIFY(m_server->targets().contains(QStringLiteral("/wp-json/wp/v2/posts/42?_embed=author")));
        } else {
            QCOMPARE(m_server->requestCount(QStringLiteral("/blog/wp-json/wp/v2/posts/42")), 1);
            // Two pages: the second is short. One full page: the second is past the end,
            // asked again by offset.
            QCOMPARE(m_server->requestCount(QStringLiteral("/blog/wp-json/wp/v2/comments")),
                comments > 100 ? 2 : 3);
            QCOMPARE(m_server->requests().size(), 2 + (comments > 100 ? 2 : 3));
        }
        QCOMPARE(m_server->requestCount(pagePath), 1);
    }
    m_server->resetCounters();
    auto offline
        = std::make_unique<LoadHarness>(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get());
    const LoadOutcome outcome
        = offline->load(QUrl(m_server->url(site).toString() + QStringLiteral("?p=42")), true);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QVERIFY(outcome.fromCache);
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(parentIdsInModel(*offline->model), expected);
    QCOMPARE(idsInModelOrder(*offline->model), onlineOrder);
    QCOMPARE(offline->loader->info().title, QStringLiteral("Nested \u201Ccomments\u201D here"));
}

QTEST_GUILESS_MAIN(TestWordPressEngine)
#include "tst_wordpressengine.moc"
