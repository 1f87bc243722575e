// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Refreshing a cached thread of a tree forum over real HTTP: Hacker News (the whole tree
// in one Algolia answer) and Lemmy (the post, then comment pages from the last one cached
// on), with a fixture server that keeps validators and answers 304 when nothing changed;
// the refresher and the SQLite cache as the window has them. Paged forums and Discourse:
// tst_refresh.
#include "refreshrig.h"
#include "servers/hackernewsfixture.h"
#include "servers/lemmyfixture.h"

#include "store/cachedatabase.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

// One tree thread served by one engine: the first `shown` posts of `tree`, as it grows.
struct ServedTree
{
    QString engine;
    TreeThread tree; // every post it will ever have
    int shown = 0;

    TreeThread visible() const
    {
        TreeThread t = tree;
        t.posts = tree.posts.mid(0, shown);
        t.parents = tree.parents.mid(0, shown);
        return t;
    }
    HackerNewsFixture hn() const { return HackerNewsFixture {visible()}; }
    LemmyFixture lemmy() const { return LemmyFixture {visible()}; }
    QString postIdOf(int i) const
    {
        return engine == QLatin1String("lemmy") ? lemmy().postIdOf(i) : hn().itemId(i);
    }
    QUrl url(const FixtureServer &server) const
    {
        if (engine == QLatin1String("lemmy"))
            return server.url(QStringLiteral("/post/%1").arg(lemmy().postId));
        return QUrl(QStringLiteral("https://news.ycombinator.com/item?id=") + hn().itemId(0));
    }
    void serve(FixtureServer *server) const
    {
        if (engine == QLatin1String("lemmy"))
            lemmy().serve(server);
        else
            hn().serve(server);
    }
};

} // namespace

class TestTreeRefresh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unchangedAsksOnlyWhatCanChange_data();
    void unchangedAsksOnlyWhatCanChange();
    void grownShowsNewCommentsInTheTree_data();
    void grownShowsNewCommentsInTheTree();

private:
    QString cachePath() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }
    RefreshOutcome refreshOpen(RefreshRig &rig);

    QTemporaryDir m_dir;
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<QObject> m_owner;
};

void TestTreeRefresh::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestTreeRefresh::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->start());
    m_server->setValidators(true);
    m_owner = std::make_unique<QObject>();
    qputenv("THREADKEEPER_HN_ALGOLIA", m_server->url(QStringLiteral("/algolia")).toEncoded());
    qputenv("THREADKEEPER_HN_API", m_server->url(QStringLiteral("/firebase/")).toEncoded());
}

void TestTreeRefresh::cleanup()
{
    m_owner.reset();
    m_server.reset();
    QFile::remove(cachePath());
}

RefreshOutcome TestTreeRefresh::refreshOpen(RefreshRig &rig)
{
    QSignalSpy finished(rig.refresher, &ThreadRefresher::finished);
    QString error;
    if (!rig.refresher->refresh(rig.h->loader->info().url, &error)) {
        RefreshOutcome failed;
        failed.error = error;
        return failed;
    }
    if (!finished.wait(10000)) {
        RefreshOutcome failed;
        failed.error = QStringLiteral("the refresh did not finish in 10 s");
        return failed;
    }
    sync(rig.h->store);
    return finished.first().first().value<RefreshOutcome>();
}

void TestTreeRefresh::unchangedAsksOnlyWhatCanChange_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("posts");
    QTest::addColumn<QStringList>("asked"); // what a refresh of the unchanged thread asks
    const ServedTree lemmy {QStringLiteral("lemmy"), generatedTree(129, 7), 130};
    QTest::newRow("Hacker News, 40 posts") << QStringLiteral(
        "hackernews") << 40 << QStringList {HackerNewsFixture::algoliaPath(QStringLiteral("40000000"))};
    // 129 comments: pages of 50, 50 and 29; the post and the last page are asked again.
    QTest::newRow("Lemmy, 3 comment pages") << QStringLiteral(
        "lemmy") << 130 << QStringList {lemmy.lemmy().postPath(), lemmy.lemmy().commentPagePath(3)};
}

void TestTreeRefresh::unchangedAsksOnlyWhatCanChange()
{
    QFETCH(QString, engine);
    QFETCH(int, posts);
    QFETCH(QStringList, asked);
    const ServedTree served {engine, generatedTree(posts - 1, 7), posts};
    QCOMPARE(served.tree.posts.size(), posts);
    served.serve(m_server.get());
    RefreshRig rig(cachePath(), m_owner.get(), true);
    QVERIFY(loadAndWatch(rig, served.url(*m_server)));
    QCOMPARE(rig.h->model->postCount(), posts);
    QSignalSpy inserted(rig.h->model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(rig.h->model, &QAbstractItemModel::modelReset);
    m_server->resetCounters();

    const RefreshOutcome o = refreshOpen(rig);
    QVERIFY2(o.ok(), qPrintable(o.error));
    QStringList requests = m_server->requests();
    requests.sort();
    asked.sort();
    QCOMPARE(requests, asked);
    // Every request carried the validators the load kept, and nothing changed.
    QCOMPARE(m_server->conditionalRequests().size(), asked.size());
    QCOMPARE(m_server->notModified().size(), asked.size());
    QCOMPARE(o.requests, int(asked.size()));
    QCOMPARE(o.notModified, int(asked.size()));
    QCOMPARE(o.newPosts, 0);
    QVERIFY(inserted.isEmpty());
    QVERIFY(resets.isEmpty());
    QCOMPARE(rig.h->model->postCount(), posts);
}

void TestTreeRefresh::grownShowsNewCommentsInTheTree_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("posts");
    QTest::addColumn<int>("added");
    QTest::addColumn<bool>("open"); // the thread is open in the window (else cached only)
    QTest::newRow("Hacker News, open") << QStringLiteral("hackernews") << 40 << 7 << true;
    QTest::newRow("Hacker News, not open") << QStringLiteral("hackernews") << 40 << 7 << false;
    // 129 comments, then 30 more: page 3 fills up and page 4 begins.
    QTest::newRow("Lemmy, open") << QStringLiteral("lemmy") << 130 << 30 << true;
    QTest::newRow("Lemmy, not open") << QStringLiteral("lemmy") << 130 << 30 << false;
}

void TestTreeRefresh::grownShowsNewCommentsInTheTree()
{
    QFETCH(QString, engine);
    QFETCH(int, posts);
    QFETCH(int, added);
    QFETCH(bool, open);
    ServedTree served {engine, generatedTree(posts + added - 1, 7), posts};
    served.serve(m_server.get());
    RefreshRig rig(cachePath(), m_owner.get(), open);
    QVERIFY(loadAndWatch(rig, served.url(*m_server)));
    const QString key = rig.h->loader->info().url;
    // The reader read the first five posts and wrote a note on the second.
    QStringList read;
    for (int i = 0; i < 5; ++i)
        read.append(served.postIdOf(i));
    const QDateTime readAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    // Through the session, as the window marks them: the open tree shows it too.
    QHash<QString, QDateTime> readState;
    for (const QString &id : std::as_const(read))
        readState.insert(id, readAt);
    rig.h->session->setReadState(readState);
    Annotation note;
    note.threadUrl = key;
    note.postId = served.postIdOf(1);
    note.note = QStringLiteral("the kestrel again");
    rig.h->store->saveAnnotation(note);
    sync(rig.h->store);

    served.shown = posts + added;
    served.serve(m_server.get());
    m_server->resetCounters();
    QSignalSpy resets(rig.h->model, &QAbstractItemModel::modelReset);
    const RefreshOutcome o = refreshOpen(rig);
    QVERIFY2(o.ok(), qPrintable(o.error + QStringList(o.failedParts.values()).join(QLatin1String("; "))));
    QCOMPARE(o.newPosts, added);
    if (engine == QLatin1String("lemmy")) {
        // From the last page cached on: page 3 again, then the new page 4.
        const LemmyFixture f = served.lemmy();
        QStringList expected {f.postPath(), f.commentPagePath(3), f.commentPagePath(4)};
        QStringList requests = m_server->requests();
        requests.sort();
        expected.sort();
        QCOMPARE(requests, expected);
    } else {
        QCOMPARE(m_server->requests(), QStringList {HackerNewsFixture::algoliaPath(served.hn().itemId(0))});
    }

    // Each new comment under its parent, in the window (without a reset) and in the cache.
    QMap<QString, QString> expected;
    for (int i = 0; i < posts + added; ++i)
        expected.insert(served.postIdOf(i), i == 0 ? QString() : served.postIdOf(served.tree.parents[i]));
    if (open) {
        QVERIFY(resets.isEmpty());
        QCOMPARE(parentIdsInModel(*rig.h->model), expected);
        for (int i = 0; i < posts + added; ++i) {
            const QModelIndex index = rig.h->model->indexOf(served.postIdOf(i));
            QCOMPARE(index.data(ThreadTreeModel::NewRole).toBool(), i >= posts);
            QCOMPARE(index.data(ThreadTreeModel::ReadRole).toBool(), i < 5);
        }
    }
    m_owner.reset(); // the window closed: everything is written
    CacheDatabase db;
    QString error;
    QVERIFY2(db.open(cachePath(), &error), qPrintable(error));
    const std::optional<CachedThread> cached = db.loadThread(key);
    QVERIFY(cached);
    QCOMPARE(cached->posts.size(), posts + added);
    QMap<QString, QString> cachedParents;
    for (const Post &p : cached->posts) {
        cachedParents.insert(p.id, p.parentId);
        QCOMPARE(p.isRead(), read.contains(p.id));
        if (p.isRead())
            QCOMPARE(p.readAt.toSecsSinceEpoch(), readAt.toSecsSinceEpoch());
    }
    QCOMPARE(cachedParents, expected);
    const QList<Annotation> notes = db.annotations(key);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().note, note.note);
    QCOMPARE(notes.first().postId, note.postId);
    QCOMPARE(db.threads().size(), 1);
}

QTEST_GUILESS_MAIN(TestTreeRefresh)
#include "tst_treerefresh.moc"
