// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A Hacker News thread over real HTTP: fixture server (Algolia's and Firebase's JSON APIs)
// → PageFetcher → Hacker News engine → ThreadSession → ThreadTreeModel, with the cache;
// through Algolia, and through Firebase when Algolia fails; then the same thread offline.
#include "loadharness.h"
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/hackernewsfixture.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

QUrl threadUrl(const QString &id)
{
    return QUrl(QStringLiteral("https://news.ycombinator.com/item?id=") + id);
}

} // namespace

class TestHackerNewsLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadOverHttp_data();
    void loadOverHttp();

private:
    HackerNewsFixture seedFixture() const;
    QTemporaryDir m_dir;
    FixtureThread m_seed;
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<QObject> m_owner;
};

void TestHackerNewsLoad::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QCOMPARE(m_seed.posts.size(), 25); // the article and 24 comments (the seed has no #2)
}

void TestHackerNewsLoad::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->start());
    m_owner = std::make_unique<QObject>();
    qputenv("THREADKEEPER_HN_ALGOLIA", m_server->url(QStringLiteral("/algolia")).toEncoded());
    qputenv("THREADKEEPER_HN_API", m_server->url(QStringLiteral("/firebase/")).toEncoded());
}

void TestHackerNewsLoad::cleanup()
{
    m_owner.reset();
    m_server.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
}

HackerNewsFixture TestHackerNewsLoad::seedFixture() const
{
    return HackerNewsFixture {treeFromSeed(m_seed, expectedSeedParents())};
}

void TestHackerNewsLoad::loadOverHttp_data()
{
    QTest::addColumn<int>("algoliaStatus"); // 0: Algolia answers
    QTest::addColumn<QByteArray>("algoliaBody"); // instead of the tree, if not empty
    QTest::addColumn<bool>("withDeleted");
    QTest::newRow("algolia") << 0 << QByteArray() << false;
    QTest::newRow("algolia, with deleted") << 0 << QByteArray() << true;
    QTest::newRow("algolia 500 → firebase") << 500 << QByteArray() << false;
    QTest::newRow("algolia 404 → firebase, with deleted") << 404 << QByteArray() << true;
    QTest::newRow("algolia not the item → firebase") << 0 << QByteArray(R"({"error":"not found"})") << false;
    QTest::newRow("algolia cut short → firebase")
        << 0 << QByteArray(R"({"id": 40000000, "children": [)") << false;
}

void TestHackerNewsLoad::loadOverHttp()
{
    QFETCH(int, algoliaStatus);
    QFETCH(QByteArray, algoliaBody);
    QFETCH(bool, withDeleted);
    HackerNewsFixture f = seedFixture();
    if (withDeleted)
        f.thread.deleted = {2, 24}; // #3 and #25
    f.serve(m_server.get());
    const QString algoliaPath = HackerNewsFixture::algoliaPath(f.itemId(0));
    if (algoliaStatus != 0 || !algoliaBody.isEmpty()) {
        FixtureServer::Route broken;
        broken.status = algoliaStatus != 0 ? algoliaStatus : 200;
        broken.body = algoliaBody.isEmpty() ? QByteArray("{}") : algoliaBody;
        broken.contentType = "application/json";
        m_server->setRoute(algoliaPath, broken);
    }
    const bool viaFirebase = algoliaStatus != 0 || !algoliaBody.isEmpty();

    // What was served: every post under its parent, the article at the top.
    QMap<QString, QString> expected;
    for (int i = 0; i < f.thread.posts.size(); ++i) {
        if (i != 24 || !withDeleted)
            expected.insert(f.itemId(i), i == 0 ? QString() : f.itemId(f.thread.parents[i]));
    }
    const QUrl url = threadUrl(f.itemId(0));
    QStringList onlineOrder;
    {
        auto h = std::make_unique<LoadHarness>(m_dir.filePath(QStringLiteral("cache.sqlite")), m_owner.get());
        QSignalSpy failed(h->loader, &ThreadLoader::pageFailed);
        const LoadOutcome outcome = h->load(url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(outcome.failedPages.isEmpty());
        QCOMPARE(failed.count(), 0); // Algolia's failure is not the thread's
        QCOMPARE(h->loader->info().engine, QStringLiteral("hackernews"));
        QCOMPARE(h->loader->info().title, m_seed.title);
        QCOMPARE(h->loader->info().url, url.toString());
        const QMap<QString, QString> actual = parentIdsInModel(*h->model);
        QCOMPARE(actual, expected);
        onlineOrder = idsInModelOrder(*h->model);
        QCOMPARE(h->session->tree().first()->id, f.itemId(0)); // the story is the article
        const Post reply = h->session->post(f.itemId(1));
        QCOMPARE(reply.author, f.thread.posts[1].author);
        QVERIFY(!reply.text.isEmpty());
        // Firebase only when Algolia failed: one request per item, no more.
        const int firebaseRequests
            = int(std::count_if(m_server->requests().cbegin(), m_server->requests().cend(),
                [](const QString &path) { return path.startsWith(QLatin1String("/firebase/")); }));
        QCOMPARE(firebaseRequests, viaFirebase ? int(f.thread.posts.size()) : 0);
        QVERIFY(m_server->requestCount(algoliaPath) >= 1);
        QVERIFY(m_server->maxConcurrent() <= 4);
    }
    // The same thread offline, from the cache alone.
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

QTEST_GUILESS_MAIN(TestHackerNewsLoad)
#include "tst_hackernewsload.moc"
