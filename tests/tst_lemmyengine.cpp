// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Lemmy engine: URLs, the real comment answer in ../shared/real-pages, answers written
// here (paths, deleted and removed comments, people of other instances, non-ASCII),
// the markdown reader, hostile sizes, and whole loads of more than a page of comments
// over loopback, then offline from the cache.
#include "loadharness.h"
#include "servers/fixtureserver.h"
#include "servers/lemmyfixture.h"
#include "testutil.h"

#include "engines/lemmy/lemmyengine.h"
#include "engines/markdown.h"
#include "engines/simplebodyreader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

const LemmyEngine s_engine;
const QUrl s_thread(QStringLiteral("https://enterprise.lemmy.ml/post/417870"));

EngineRequest commentPage(int page)
{
    return EngineRequest {
        LemmyEngine::commentPageUrl(s_thread, page), EngineRequest::Format::Json, page + 1, "comments"};
}

EngineAnswer read(const EngineRequest &r, const QByteArray &body)
{
    return s_engine.readAnswer(r, body, AnswerContext {s_thread, r.url, r.key == "post"});
}

QJsonObject realCommentView()
{
    return QJsonDocument::fromJson(
        readFile(sharedPath(QStringLiteral("real-pages/lemmy/pythonlemmy-get-comment-enterprise.json"))))
        .object()
        .value(QLatin1StringView("comment_view"))
        .toObject();
}

// A comment view like the real one, with another id, path, content or creator.
QJsonObject commentView(
    qint64 id, const QString &path, const QString &content, const QJsonObject &creator = {})
{
    QJsonObject view = realCommentView();
    QJsonObject comment = view.value(QLatin1StringView("comment")).toObject();
    comment.insert(QStringLiteral("id"), id);
    comment.insert(QStringLiteral("path"), path);
    comment.insert(QStringLiteral("content"), content);
    view.insert(QStringLiteral("comment"), comment);
    if (!creator.isEmpty())
        view.insert(QStringLiteral("creator"), creator);
    return view;
}

QByteArray page(const QJsonArray &comments)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("comments"), comments}}).toJson(QJsonDocument::Compact);
}

QList<Block> markdownBlocks(const QString &markdown)
{
    return SimpleBodyReader::readFragment(markdownToHtml(markdown), s_thread);
}

} // namespace

class TestLemmyEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void parseUrl_data();
    void parseUrl();
    void realComment();
    void realPost();
    void paths_data();
    void paths();
    void deletedRemovedAndRemote();
    void paging();
    void notAnAnswer_data();
    void notAnAnswer();
    void markdown_data();
    void markdown();
    void markdownSpans();
    void hostileMarkdown();
    void loadOverHttp_data();
    void loadOverHttp();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<QObject> m_owner;
};

void TestLemmyEngine::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!realCommentView().isEmpty());
}

void TestLemmyEngine::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->start());
    m_owner = std::make_unique<QObject>();
}

void TestLemmyEngine::cleanup()
{
    m_owner.reset();
    m_server.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
}

void TestLemmyEngine::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical"); // empty: not a Lemmy thread
    const QString post = QStringLiteral("https://lemmy.ml/post/123456");
    QTest::newRow("post") << post << post;
    QTest::newRow("slash") << "https://lemmy.ml/post/123456/" << post;
    QTest::newRow("query and fragment") << "https://lemmy.ml/post/123456?sort=New#comments" << post;
    QTest::newRow("port") << "http://127.0.0.1:8536/post/7"
                          << "http://127.0.0.1:8536/post/7";
    QTest::newRow("comment") << "https://lemmy.ml/comment/5"
                             << "";
    QTest::newRow("community") << "https://lemmy.ml/c/technology"
                               << "";
    QTest::newRow("not a number") << "https://lemmy.ml/post/abc"
                                  << "";
    QTest::newRow("zero") << "https://lemmy.ml/post/0"
                          << "";
    QTest::newRow("deeper") << "https://lemmy.ml/forum/post/5"
                            << "";
    QTest::newRow("ftp") << "ftp://lemmy.ml/post/5"
                         << "";
}

void TestLemmyEngine::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    ThreadRef ref;
    QCOMPARE(s_engine.parseUrl(QUrl(url), &ref), !canonical.isEmpty());
    if (canonical.isEmpty())
        return;
    QCOMPARE(ref.canonical.toString(), canonical);
    QCOMPARE(engineForUrl(QUrl(url), nullptr)->name(), QStringLiteral("lemmy"));
    QCOMPARE(s_engine.postUrl(ref.canonical, QStringLiteral("99")).path(), QStringLiteral("/comment/99"));
    QCOMPARE(s_engine.postUrl(ref.canonical, LemmyEngine::articleId(QStringLiteral("5"))), ref.canonical);
    const QList<EngineRequest> first = s_engine.firstRequests(ref, QUrl(url));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.first().url.path(), QStringLiteral("/api/v3/post"));
    QCOMPARE(first.first().url.host(), ref.canonical.host());
}

void TestLemmyEngine::realComment()
{
    const EngineAnswer answer = read(commentPage(1), page({realCommentView()}));
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.posts.size(), 1);
    const Post &p = answer.posts.first();
    QCOMPARE(p.id, QStringLiteral("20700"));
    QCOMPARE(p.parentId, QStringLiteral("post-417870")); // "0.20700": a reply to the post
    QCOMPARE(p.author, QStringLiteral("EmilyTest"));
    QCOMPARE(p.text, QStringLiteral("Test?"));
    QCOMPARE(p.date, QDateTime(QDate(2024, 9, 4), QTime(12, 4, 0, 439), QTimeZone::UTC));
    QCOMPARE(p.position, 1);
    QVERIFY(answer.next.isEmpty()); // a short page is the last
    // The answer to GET /api/v3/comment (one comment, no list) is not a page of comments.
    QVERIFY(!read(commentPage(1),
        readFile(sharedPath(QStringLiteral("real-pages/lemmy/pythonlemmy-get-comment-enterprise.json"))))
                 .error.isEmpty());
}

void TestLemmyEngine::realPost()
{
    // The post and creator of the real answer, as /api/v3/post gives them.
    const QJsonObject real = realCommentView();
    QJsonObject post = real.value(QLatin1StringView("post")).toObject();
    post.insert(QStringLiteral("body"), QStringLiteral("Hello **there**\n\n> a quote"));
    post.insert(QStringLiteral("url"), QStringLiteral("https://example.org/a"));
    const QByteArray body = QJsonDocument(
        QJsonObject {{QStringLiteral("post_view"),
            QJsonObject {{QStringLiteral("post"), post},
                {QStringLiteral("creator"), real.value(QLatin1StringView("creator"))},
                {QStringLiteral("counts"), QJsonObject {{QStringLiteral("comments"), 120}}}}}})
                                .toJson();
    const EngineRequest first = s_engine.firstRequests(ThreadRef {s_thread}, s_thread).first();
    const EngineAnswer answer = read(first, body);
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.facts->title, QStringLiteral("Test"));
    QCOMPARE(answer.facts->unitCount, 4); // the post and three pages of comments
    QCOMPARE(answer.posts.size(), 1);
    const Post &article = answer.posts.first();
    QCOMPARE(article.id, QStringLiteral("post-417870"));
    QCOMPARE(article.position, 0);
    QVERIFY(article.parentId.isEmpty());
    QCOMPARE(article.author, QStringLiteral("EmilyTest"));
    QCOMPARE(article.body.size(), 3);
    QCOMPARE(article.body[0].spans.first().href, QStringLiteral("https://example.org/a"));
    QCOMPARE(article.body[1].text, QStringLiteral("Hello there"));
    QCOMPARE(article.body[2].kind, Block::Kind::Quote);
    QCOMPARE(answer.next.size(), 1);
    QCOMPARE(answer.next.first().url, LemmyEngine::commentPageUrl(s_thread, 1));
    QVERIFY(!answer.next.first().url.query().contains(QLatin1String("max_depth")));
}

void TestLemmyEngine::paths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QString>("parent"); // empty: left out
    QTest::newRow("top level") << "0.20701" << qint64(20701) << "post-417870";
    QTest::newRow("reply") << "0.12.20701" << qint64(20701) << "12";
    QTest::newRow("deep") << "0.12.45.77.20701" << qint64(20701) << "77";
    QTest::newRow("not its own id") << "0.12.99" << qint64(20701) << "";
    QTest::newRow("no root") << "12.20701" << qint64(20701) << "";
    QTest::newRow("empty") << "" << qint64(20701) << "";
    QTest::newRow("letters") << "0.a.20701" << qint64(20701) << "";
    QString deep = QStringLiteral("0");
    for (int i = 0; i < 300; ++i)
        deep += QStringLiteral(".%1").arg(i + 1);
    // A long argument: its depth is no reason to lose a comment.
    QTest::newRow("300 deep: the last but one") << deep + QStringLiteral(".20701") << qint64(20701) << "300";
}

void TestLemmyEngine::paths()
{
    QFETCH(QString, path);
    QFETCH(qint64, id);
    QFETCH(QString, parent);
    const EngineAnswer answer = read(commentPage(1), page({commentView(id, path, QStringLiteral("words"))}));
    QVERIFY(answer.error.isEmpty());
    QCOMPARE(answer.posts.size(), parent.isEmpty() ? 0 : 1);
    if (!parent.isEmpty())
        QCOMPARE(answer.posts.first().parentId, parent);
}

void TestLemmyEngine::deletedRemovedAndRemote()
{
    QJsonObject deleted = commentView(2, QStringLiteral("0.2"), QString());
    QJsonObject c = deleted.value(QLatin1StringView("comment")).toObject();
    c.insert(QStringLiteral("deleted"), true);
    deleted.insert(QStringLiteral("comment"), c);
    QJsonObject removed = commentView(3, QStringLiteral("0.2.3"), QStringLiteral("rude words"));
    c = removed.value(QLatin1StringView("comment")).toObject();
    c.insert(QStringLiteral("removed"), true);
    removed.insert(QStringLiteral("comment"), c);
    const QJsonObject remote {{QStringLiteral("name"), QStringLiteral("Zoë_Ålund")},
        {QStringLiteral("local"), false},
        {QStringLiteral("actor_id"), QStringLiteral("https://beehaw.org/u/Zoë_Ålund")},
        {QStringLiteral("avatar"), QStringLiteral("https://beehaw.org/pictrs/image/z.webp")}};
    const QJsonObject foreign = commentView(
        4, QStringLiteral("0.2.3.4"), QStringLiteral("Grüße aus Köln — 東京 &amp; <b>not bold</b>"), remote);
    QJsonObject otherPost = commentView(5, QStringLiteral("0.5"), QStringLiteral("elsewhere"));
    c = otherPost.value(QLatin1StringView("comment")).toObject();
    c.insert(QStringLiteral("post_id"), 1);
    otherPost.insert(QStringLiteral("comment"), c);

    const EngineAnswer answer = read(commentPage(1), page({deleted, removed, foreign, otherPost}));
    QCOMPARE(answer.posts.size(), 3);
    QCOMPARE(answer.posts[0].text, QStringLiteral("[deleted]"));
    QVERIFY(answer.posts[0].author.isEmpty());
    QCOMPARE(answer.posts[1].text, QStringLiteral("[removed]"));
    QCOMPARE(answer.posts[1].parentId, QStringLiteral("2"));
    const Post &p = answer.posts[2];
    QCOMPARE(p.author, QStringLiteral("Zoë_Ålund@beehaw.org"));
    QCOMPARE(p.avatarUrl, QStringLiteral("https://beehaw.org/pictrs/image/z.webp"));
    QCOMPARE(p.parentId, QStringLiteral("3"));
    // Markdown is text: HTML in it is shown as written; an entity is its character, as
    // CommonMark (and Lemmy's markdown-it) reads it.
    QCOMPARE(p.text, QStringLiteral("Grüße aus Köln — 東京 & <b>not bold</b>"));
    QVERIFY(p.body.first().spans.isEmpty());
    QCOMPARE(answer.posts[0].position + 1, answer.posts[1].position);
}

void TestLemmyEngine::paging()
{
    QJsonArray full;
    for (int i = 0; i < LemmyEngine::PageSize; ++i)
        full.append(commentView(100 + i, QStringLiteral("0.%1").arg(100 + i), QStringLiteral("c")));
    const EngineAnswer second = read(commentPage(2), page(full));
    QCOMPARE(second.posts.size(), LemmyEngine::PageSize);
    QCOMPARE(second.posts.first().position, 1 + LemmyEngine::PageSize);
    QCOMPARE(second.posts.first().page, 3);
    QCOMPARE(second.next.size(), 1);
    QCOMPARE(second.next.first().url, LemmyEngine::commentPageUrl(s_thread, 3));
    QCOMPARE(second.next.first().unit, 4);
    // Past the last page Lemmy answers an empty list: nothing more is asked.
    const EngineAnswer empty = read(commentPage(4), page({}));
    QVERIFY(empty.error.isEmpty());
    QVERIFY(empty.posts.isEmpty());
    QVERIFY(empty.next.isEmpty());
    // The last page a thread may have asks for no more, full or not.
    QVERIFY(read(commentPage(LemmyEngine::MaxPages), page(full)).next.isEmpty());
}

void TestLemmyEngine::notAnAnswer_data()
{
    QTest::addColumn<bool>("post");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("post: another post") << true << QByteArray(R"({"post_view":{"post":{"id":5}}})");
    QTest::newRow("post: error") << true << QByteArray(R"({"error":"couldnt_find_post"})");
    QTest::newRow("post: null") << true << QByteArray("null");
    QTest::newRow("comments: no list") << false << QByteArray(R"({"error":"rate_limit_error"})");
    QTest::newRow("comments: a list of the wrong kind") << false << QByteArray(R"({"comments":{"a":1}})");
}

void TestLemmyEngine::notAnAnswer()
{
    QFETCH(bool, post);
    QFETCH(QByteArray, body);
    const EngineRequest r
        = post ? s_engine.firstRequests(ThreadRef {s_thread}, s_thread).first() : commentPage(1);
    QCOMPARE(s_engine.incompleteReason(r, body), QString());
    QVERIFY(!read(r, body).error.isEmpty());
    QVERIFY(!s_engine.incompleteReason(r, body.left(body.size() - 2)).isEmpty() || body == "null");
}

void TestLemmyEngine::markdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("blocks"); // "kind:text | …", quotes as "quote[children]"
    QTest::newRow("paragraphs") << "one\ntwo\n\nthree"
                                << "p:one two | p:three";
    QTest::newRow("hard break") << "one  \ntwo\\\nthree"
                                << "p:one\ntwo\nthree";
    QTest::newRow("quote") << "> quoted\n> more\n\nmine"
                           << "quote[p:quoted more] | p:mine";
    QTest::newRow("nested quote") << "> > inner\n> outer"
                                  << "quote[quote[p:inner outer]]";
    QTest::newRow("fenced code") << "```cpp\nint x = 1 < 2;\n\n  y();\n```\nafter"
                                 << "code(cpp):int x = 1 < 2;\n\n  y(); | p:after";
    QTest::newRow("indented code") << "    a <b>\n    c"
                                   << "code:a <b>\nc";
    QTest::newRow("list") << "- one\n- two\n  goes on\n\n1. first"
                          << "li:one | li:two goes on | li:first";
    QTest::newRow("heading") << "## Title ##\ntext"
                             << "h2:Title | p:text";
    QTest::newRow("html stays text") << "<script>alert(1)</script> & <i>x</i>"
                                     << "p:<script>alert(1)</script> & <i>x</i>";
    QTest::newRow("rule") << "a\n\n---\n\nb"
                          << "p:a | p:b";
    QTest::newRow("spoiler") << "::: spoiler Ending\nthey **win**\n:::"
                             << "spoiler(Ending)[p:they win]";
    QTest::newRow("unmatched") << "2 * 3 ** 4 _ [a] (b) `c"
                               << "p:2 * 3 ** 4 _ [a] (b) `c";
    QTest::newRow("escapes") << "\\*not italic\\* snake_case_name"
                             << "p:*not italic* snake_case_name";
}

void TestLemmyEngine::markdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, blocks);
    std::function<QString(const Block &)> describe = [&](const Block &b) -> QString {
        QStringList children;
        for (const Block &c : b.children)
            children.append(describe(c));
        switch (b.kind) {
        case Block::Kind::Quote:
            return QStringLiteral("quote[%1]").arg(children.join(QLatin1Char(',')));
        case Block::Kind::Spoiler:
            return QStringLiteral("spoiler(%1)[%2]").arg(b.text, children.join(QLatin1Char(',')));
        case Block::Kind::Code:
            return (b.language.isEmpty() ? QStringLiteral("code:")
                                         : QStringLiteral("code(%1):").arg(b.language))
                + b.text;
        case Block::Kind::ListItem:
            return QStringLiteral("li:") + b.text;
        case Block::Kind::Heading:
            return QStringLiteral("h%1:").arg(b.level) + b.text;
        default:
            return QStringLiteral("p:") + b.text;
        }
    };
    QStringList actual;
    for (const Block &b : markdownBlocks(markdown))
        actual.append(describe(b));
    QCOMPARE(actual.join(QStringLiteral(" | ")), blocks);
}

void TestLemmyEngine::markdownSpans()
{
    const QList<Block> blocks = markdownBlocks(
        QStringLiteral("**bold** *it* ~~gone~~ `code` [site](https://example.org/x) see https://a.example/b. "
                       "<https://c.example> ![cat](https://img.example/cat.png)"));
    QCOMPARE(blocks.size(), 2); // the picture is a block of its own
    const Block &p = blocks.first();
    QCOMPARE(p.text, QStringLiteral("bold it gone code site see https://a.example/b. https://c.example"));
    QStringList spans;
    for (const Span &s : p.spans)
        spans.append(QStringLiteral("%1:%2:%3").arg(p.text.mid(s.start, s.length)).arg(s.styles).arg(s.href));
    QCOMPARE(spans.join(QStringLiteral(" | ")),
        QStringLiteral("bold:1: | it:2: | gone:8: | code:16: | site:0:https://example.org/x | "
                       "https://a.example/b:0:https://a.example/b | https://c.example:0:https://c.example"));
    QCOMPARE(blocks[1].kind, Block::Kind::Image);
    QCOMPARE(blocks[1].url, QStringLiteral("https://img.example/cat.png"));
}

void TestLemmyEngine::hostileMarkdown()
{
    QElapsedTimer timer;
    timer.start();
    const QString stars = QString(100000, QLatin1Char('*')) + QStringLiteral(" x");
    const QString brackets = QStringLiteral("[a](").repeated(20000);
    const QString mixed = QStringLiteral("*a _b ~~c `d [e **f ").repeated(5000);
    QString quotes = QStringLiteral("> ").repeated(5000) + QStringLiteral("deep");
    QString spoilers = QStringLiteral("::: spoiler s\n").repeated(5000);
    for (const QString &text : {stars, brackets, mixed, quotes, spoilers})
        markdownBlocks(text);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    // Quotes nest no deeper than the reader goes.
    int depth = 0;
    for (QList<Block> blocks = markdownBlocks(quotes);
         !blocks.isEmpty() && blocks.first().kind == Block::Kind::Quote; blocks = blocks.first().children)
        ++depth;
    QVERIFY(depth <= Markdown::MaxQuoteDepth + 1);
    QCOMPARE(
        markdownToHtml(QString(Markdown::MaxInput * 2, QLatin1Char('a'))).size(), Markdown::MaxInput + 7);
}

void TestLemmyEngine::loadOverHttp_data()
{
    QTest::addColumn<int>("comments");
    QTest::addColumn<bool>("withDeleted");
    QTest::newRow("three pages") << 120 << false;
    QTest::newRow("two full pages, then an empty one, with deleted") << 100 << true;
}

void TestLemmyEngine::loadOverHttp()
{
    QFETCH(int, comments);
    QFETCH(bool, withDeleted);
    LemmyFixture f {generatedTree(comments, 11)};
    if (withDeleted)
        f.thread.deleted = {3, 57};
    f.serve(m_server.get());
    const QUrl url = m_server->url(QStringLiteral("/post/%1").arg(f.postId));
    QMap<QString, QString> expected;
    for (int i = 0; i < f.thread.posts.size(); ++i)
        expected.insert(f.postIdOf(i), i == 0 ? QString() : f.postIdOf(f.thread.parents[i]));
    QStringList onlineOrder;
    {
        auto h = std::make_unique<LoadHarness>(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get());
        const LoadOutcome outcome = h->load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(outcome.failedPages.isEmpty());
        QCOMPARE(outcome.pagesLoaded, 1 + f.pageCount());
        QCOMPARE(h->loader->info().engine, QStringLiteral("lemmy"));
        QCOMPARE(h->loader->info().title, f.thread.title);
        QCOMPARE(parentIdsInModel(*h->model), expected);
        onlineOrder = idsInModelOrder(*h->model);
        QCOMPARE(h->session->tree().first()->id, f.postIdOf(0)); // the post is the article
        for (int p = 1; p <= f.pageCount(); ++p)
            QCOMPARE(m_server->requestCount(f.commentPagePath(p)), 1);
        const Post reply = h->session->post(f.postIdOf(4));
        QCOMPARE(reply.author, f.thread.posts[4].author);
        QVERIFY(!reply.avatarUrl.isEmpty()); // every fourth poster has a picture
        if (withDeleted)
            QCOMPARE(h->session->post(f.postIdOf(3)).text, QStringLiteral("[deleted]"));
    }
    m_server->resetCounters();
    auto offline
        = std::make_unique<LoadHarness>(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get());
    const LoadOutcome outcome = offline->load(url, true);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QVERIFY(outcome.fromCache);
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(parentIdsInModel(*offline->model), expected);
    QCOMPARE(idsInModelOrder(*offline->model), onlineOrder);
}

QTEST_GUILESS_MAIN(TestLemmyEngine)
#include "tst_lemmyengine.moc"
