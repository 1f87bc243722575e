// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// JSON answers built to exhaust a reader, over loopback through the whole load path: a
// real Discourse topic (../shared/real-pages) and a Lemmy thread with one part made
// hostile: markup nested 200,000 deep, markdown 50,000 to 80,000 deep (all of it inside
// the 200 KB of markdown a comment may have), a giant word, JSON nested past any
// reader's limit, 1000 posts in one answer replying in a chain, a path 200,000 ids
// long. Each load ends by itself; either every post is kept, with the hostile one's
// words, or the error says what was wrong with the answer, which is asked for once.
#include "loadharness.h"
#include "servers/fixtureserver.h"
#include "servers/lemmyfixture.h"
#include "servers/treethread.h"
#include "testutil.h"

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

const QString urhoPage = QStringLiteral("discourse/urho3d-topic-6834-angelscript.json");

QString repeated(const QString &unit, int times)
{
    QString out;
    out.reserve(unit.size() * times);
    for (int i = 0; i < times; ++i)
        out += unit;
    return out;
}

QString deepMarkup(int depth)
{
    return QStringLiteral("<p>deep start ") + repeated(QStringLiteral("<div>"), depth)
        + QStringLiteral("deep middle") + repeated(QStringLiteral("</div>"), depth)
        + QStringLiteral(" deep end</p>");
}

// What a row serves and what a reader must get from it.
struct Expected
{
    QString path; // the answer made hostile: asked for once, never again
    int posts = 0; // every post kept, or 0 when the answer is refused
    QString postId; // the hostile post, and words of it that must show
    QStringList words;
    QString parentOf; // for postId: its parent, when the shape is about parents
    QString error; // a refused answer: words of the error
};

} // namespace

class TestHostileAnswers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hostileAnswer_data();
    void hostileAnswer();

private:
    Expected serveDiscourse(const QByteArray &body, const QString &shape);
    Expected serveLemmy(const QString &shape);

    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QObject> m_owner;
};

void TestHostileAnswers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestHostileAnswers::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_owner = std::make_unique<QObject>();
}

void TestHostileAnswers::cleanup()
{
    m_owner.reset();
    m_server.reset();
    m_dir.reset();
}

Expected TestHostileAnswers::serveDiscourse(const QByteArray &body, const QString &shape)
{
    QJsonObject topic = QJsonDocument::fromJson(body).object();
    QJsonObject stream = topic.value(QLatin1StringView("post_stream")).toObject();
    QJsonArray posts = stream.value(QLatin1StringView("posts")).toArray();
    const int count = int(posts.size());
    QJsonObject third = posts.at(2).toObject();
    Expected e;
    e.path = QStringLiteral("/t/6834.json");
    e.posts = count;
    e.postId = third.value(QLatin1StringView("id")).toVariant().toString();
    auto setThird = [&](const QString &cooked) {
        third.insert(QStringLiteral("cooked"), cooked);
        posts.replace(2, third);
    };
    QByteArray served;
    if (shape == u"deep") {
        setThird(deepMarkup(200000));
        e.words = QStringList {QStringLiteral("deep start"), QStringLiteral("deep end")};
    } else if (shape == u"word") {
        setThird(QStringLiteral("<p>before ") + QString(12 * 1024 * 1024, u'w') + QStringLiteral("</p>"));
        e.words = QStringList {QStringLiteral("before")};
    } else if (shape == u"chain") {
        QJsonArray many;
        QJsonArray ids;
        // Only the fields a post needs: 100,000 whole ones are more than a page may hold.
        const QJsonObject real = posts.at(1).toObject();
        QJsonObject model;
        for (const char *key : {"username", "created_at"})
            model.insert(QLatin1StringView(key), real.value(QLatin1StringView(key)));
        for (int n = 1; n <= 1000; ++n) {
            model.insert(QStringLiteral("id"), 500000 + n);
            model.insert(QStringLiteral("post_number"), n);
            model.insert(QStringLiteral("cooked"), QStringLiteral("<p>Link %1.</p>").arg(n));
            if (n > 1)
                model.insert(QStringLiteral("reply_to_post_number"), n - 1);
            else
                model.remove(QStringLiteral("reply_to_post_number"));
            many.append(model);
            ids.append(500000 + n);
        }
        // Each replying to the one before: a chain as deep as one answer can give (1000
        // posts; more come in batches of 20, as from Discourse). Deeper chains:
        // tst_threadtreemodel.
        FixtureServer::Route batches;
        batches.contentType = "application/json";
        batches.bodyForQuery = [many](const QString &query) {
            QJsonArray asked;
            for (const QString &id : QUrlQuery(query).allQueryItemValues(QStringLiteral("post_ids[]")))
                asked.append(many.at(id.toInt() - 500001));
            return QJsonDocument(
                QJsonObject {{QStringLiteral("post_stream"), QJsonObject {{QStringLiteral("posts"), asked}}},
                    {QStringLiteral("id"), 6834}})
                .toJson(QJsonDocument::Compact);
        };
        m_server->setRoute(QStringLiteral("/t/6834/posts.json"), batches);
        posts = many;
        stream.insert(QStringLiteral("stream"), ids);
        topic.insert(QStringLiteral("posts_count"), 1000);
        topic.insert(QStringLiteral("highest_post_number"), 1000);
        e.posts = 1000;
        e.postId = QStringLiteral("501000");
        e.words = QStringList {QStringLiteral("Link 1000.")};
        e.parentOf = QStringLiteral("500999");
    }
    stream.insert(QStringLiteral("posts"), posts);
    topic.insert(QStringLiteral("post_stream"), stream);
    served = QJsonDocument(topic).toJson(QJsonDocument::Compact);
    if (shape == u"json-deep") {
        // Past Qt's 1024 levels: whole, but no reader should follow it.
        const QByteArray deep = "\"x\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + ',';
        served.insert(1, deep);
        e.posts = 0;
        e.error = QStringLiteral("nested");
    }
    FixtureServer::Route route;
    route.body = served;
    route.contentType = "application/json";
    m_server->setRoute(e.path, route);
    return e;
}

Expected TestHostileAnswers::serveLemmy(const QString &shape)
{
    LemmyFixture f {generatedTree(60, 7)};
    f.serve(m_server.get());
    Expected e;
    e.path = f.commentPagePath(1);
    e.posts = int(f.thread.posts.size());
    const int hostile = 5;
    e.postId = f.postIdOf(hostile);
    QJsonObject page = QJsonDocument::fromJson(f.commentPage(1)).object();
    QJsonArray comments = page.value(QLatin1StringView("comments")).toArray();
    QJsonObject view = comments.at(hostile - 1).toObject();
    QJsonObject comment = view.value(QLatin1StringView("comment")).toObject();
    if (shape == u"quotes") {
        // A post's text is its own words: what follows the quotes.
        comment.insert(QStringLiteral("content"),
            repeated(QStringLiteral("> "), 80000) + QStringLiteral("deep\n\nafter the quotes"));
        e.words = QStringList {QStringLiteral("after the quotes")};
    } else if (shape == u"lists") {
        comment.insert(
            QStringLiteral("content"), repeated(QStringLiteral("- "), 80000) + QStringLiteral("deep"));
        e.words = QStringList {QStringLiteral("deep")};
    } else if (shape == u"emphasis") {
        comment.insert(QStringLiteral("content"),
            QStringLiteral("stars ") + repeated(QStringLiteral("*_"), 50000) + QStringLiteral("deep")
                + repeated(QStringLiteral("_*"), 50000) + QStringLiteral(" end"));
        e.words = QStringList {QStringLiteral("stars"), QStringLiteral("end")};
    } else if (shape == u"path") {
        // 200,000 made-up ancestors before the real parent: the parent is the one named last.
        const QString path = comment.value(QLatin1StringView("path")).toString();
        QStringList parts = path.split(u'.');
        QStringList made;
        made.reserve(200000);
        for (int i = 0; i < 200000; ++i)
            made.append(QString::number(9000000 + i));
        parts = QStringList {parts.first()} + made + parts.mid(1);
        comment.insert(QStringLiteral("path"), parts.join(u'.'));
        const QStringList real = path.split(u'.');
        e.parentOf = real.size() > 2 ? real.at(real.size() - 2) : f.postIdOf(0);
        e.words = QStringList {};
    }
    view.insert(QStringLiteral("comment"), comment);
    comments.replace(hostile - 1, view);
    page.insert(QStringLiteral("comments"), comments);
    FixtureServer::Route route;
    route.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
    route.contentType = "application/json";
    m_server->setRoute(e.path, route);
    return e;
}

void TestHostileAnswers::hostileAnswer_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("shape");
    QTest::newRow("Discourse: cooked HTML nested 200,000 deep") << "discourse"
                                                                << "deep";
    QTest::newRow("Discourse: a 12 MB word") << "discourse"
                                             << "word";
    QTest::newRow("Discourse: JSON nested 100,000 deep") << "discourse"
                                                         << "json-deep";
    QTest::newRow("Discourse: 1000 posts in one answer, a reply chain") << "discourse"
                                                                        << "chain";
    QTest::newRow("Lemmy: quotes 80,000 deep") << "lemmy"
                                               << "quotes";
    QTest::newRow("Lemmy: a list 80,000 deep") << "lemmy"
                                               << "lists";
    QTest::newRow("Lemmy: emphasis 50,000 deep") << "lemmy"
                                                 << "emphasis";
    QTest::newRow("Lemmy: a path 200,000 ids long") << "lemmy"
                                                    << "path";
}

void TestHostileAnswers::hostileAnswer()
{
    QFETCH(QString, engine);
    QFETCH(QString, shape);
    // The Discourse topic is one of the pages the project was given: always there.
    const QByteArray topic = readFile(sharedPath(QStringLiteral("real-pages/") + urhoPage));
    QVERIFY2(!topic.isEmpty(), qPrintable(urhoPage));
    const Expected e = engine == u"discourse" ? serveDiscourse(topic, shape) : serveLemmy(shape);
    const QUrl url = engine == u"discourse"
        ? m_server->url(QStringLiteral("/t/6834"))
        : m_server->url(QStringLiteral("/post/%1").arg(LemmyFixture {}.postId));

    LoadHarness h(m_dir->filePath(QStringLiteral("cache.sqlite")), m_owner.get());
    QElapsedTimer clock;
    clock.start();
    const LoadOutcome outcome = h.load(url);
    const qint64 ms = clock.elapsed();
    qInfo("%s: %lld ms", qPrintable(shape), ms);
    // Generous: the same loads of ordinary answers take well under a second.
    QVERIFY2(ms < 12000, qPrintable(QStringLiteral("the load took %1 ms").arg(ms)));
    QCOMPARE(m_server->requestCount(e.path), 1); // never asked again, as if cut short

    if (!e.error.isEmpty()) {
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(e.error), qPrintable(outcome.error));
        return;
    }
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QVERIFY2(outcome.failedPages.isEmpty(), qPrintable(outcome.failedPages.values().join(u'\n')));
    QCOMPARE(h.session->tree().posts().size(), e.posts);
    const Post hostile = h.session->post(e.postId);
    QCOMPARE(hostile.id, e.postId);
    for (const QString &word : e.words)
        QVERIFY2(hostile.text.contains(word), qPrintable(hostile.text.left(200)));
    QVERIFY2(hostile.text.size() < 2 * 1024 * 1024, qPrintable(QString::number(hostile.text.size())));
    if (!e.parentOf.isEmpty())
        QCOMPARE(h.session->tree().parentOf(e.postId), e.parentOf);
    // However deep the replies go, the view gets at most MaxShownDepth levels (a chain
    // deeper than a few ten thousand overflows QTreeView's stack); the tree keeps them all.
    int shownDepth = 0;
    for (QModelIndex i = h.model->indexOf(e.postId); i.isValid(); i = i.parent())
        ++shownDepth;
    QVERIFY2(shownDepth >= 1 && shownDepth <= ThreadSession::MaxShownDepth,
        qPrintable(QString::number(shownDepth)));
    if (shape == u"chain")
        QCOMPARE(shownDepth, ThreadSession::MaxShownDepth);
}

QTEST_GUILESS_MAIN(TestHostileAnswers)
#include "tst_hostileanswers.moc"
