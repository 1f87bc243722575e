// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A Discourse topic over real HTTP: fixture server (Discourse's JSON API) → PageFetcher →
// Discourse engine (worker threads) → ThreadSession → ThreadTreeModel, with the cache;
// then the same topic offline, and the seed's tree against its XenForo rendering.
#include "seedtree.h"
#include "servers/discoursefixture.h"
#include "servers/fixtureserver.h"
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "models/threadtreemodel.h"
#include "net/networkfactory.h"
#include "services/threadloader.h"
#include "services/threadsession.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

// The tree a Discourse model shows, by the seed's numbers: Discourse numbers the
// article 1 and every comment one more than the seed does.
QMap<int, int> seedParentsOfDiscourse(const ThreadTreeModel &model)
{
    QMap<int, int> out;
    const QMap<int, int> shown = parentsInModel(model);
    for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
        if (it.key() == 1)
            continue; // the article, left out as the seed's number 0 is
        out.insert(it.key() - 1, std::max(0, it.value() - 1));
    }
    return out;
}

} // namespace

class TestDiscourseLoad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void seedOverHttpThenOffline_data();
    void seedOverHttpThenOffline();
    void sameTreeAsXenForo();
    void cutBatchIsNamed();
    void detectedByItsPage();
    void everyFormIsOneThread_data();
    void everyFormIsOneThread();

private:
    struct Harness
    {
        QNetworkAccessManager *nam;
        CacheStore *store;
        ThreadTreeModel *model;
        ThreadLoader *loader;
        ThreadSession *session;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };
    std::unique_ptr<Harness> makeHarness(QObject *owner);
    LoadOutcome load(Harness &h, const QUrl &url, bool offline = false);

    QTemporaryDir m_dir;
    DiscourseTopic m_topic;
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<QObject> m_owner;
};

void TestDiscourseLoad::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_topic.thread = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QCOMPARE(m_topic.thread.posts.size(), 25); // more than one chunk of 20
}

void TestDiscourseLoad::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->start());
    m_owner = std::make_unique<QObject>();
}

void TestDiscourseLoad::cleanup()
{
    m_owner.reset();
    m_server.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
}

std::unique_ptr<TestDiscourseLoad::Harness> TestDiscourseLoad::makeHarness(QObject *owner)
{
    auto h = std::make_unique<Harness>();
    h->nam = createNetworkManager(owner);
    h->store = new CacheStore(m_dir.filePath(QStringLiteral("cache.sqlite")), owner);
    h->model = new ThreadTreeModel(owner);
    h->tester = std::make_unique<QAbstractItemModelTester>(
        h->model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    h->loader = new ThreadLoader(h->nam, h->store, owner);
    h->session = new ThreadSession(h->loader, h->model, h->store, owner);
    return h;
}

LoadOutcome TestDiscourseLoad::load(Harness &h, const QUrl &url, bool offline)
{
    QSignalSpy finished(h.loader, &ThreadLoader::finished);
    QString error;
    ThreadLoader::Options options;
    options.offline = offline;
    options.timeoutMs = 1500;
    if (!h.loader->open(url, options, &error)) {
        qWarning() << error;
        return {};
    }
    if (!finished.wait(15000))
        return {};
    QSignalSpy synced(h.store, &CacheStore::synced);
    h.store->sync();
    synced.wait(5000);
    return finished.first().first().value<LoadOutcome>();
}

void TestDiscourseLoad::seedOverHttpThenOffline_data()
{
    QTest::addColumn<int>("chunk"); // posts that come with the topic
    QTest::addColumn<int>("permalink"); // the Discourse number the URL names, or 0
    QTest::addColumn<int>("units"); // the topic answer and the batches
    QTest::addColumn<int>("batchRequests");
    // The stream lists 25 ids (Discourse's #3, the seed's missing #2, is a gap).
    QTest::newRow("20 with the topic, one batch") << 20 << 0 << 2 << 1;
    // Parents and quotes then name posts of the other batch: the stream's numbers say which.
    QTest::newRow("3 with the topic, two batches") << 3 << 0 << 3 << 2;
    // The posts around #21 come first (#15–#26 here); #1–#14 in one batch.
    QTest::newRow("permalink to #21") << 20 << 21 << 2 << 1;
}

void TestDiscourseLoad::seedOverHttpThenOffline()
{
    QFETCH(int, chunk);
    QFETCH(int, permalink);
    QFETCH(int, units);
    QFETCH(int, batchRequests);
    DiscourseTopic topic = m_topic;
    topic.chunk = chunk;
    serveDiscourseTopic(m_server.get(), topic);
    QUrl url
        = m_server->url(topic.path() + (permalink > 0 ? QStringLiteral("/%1").arg(permalink) : QString()));
    {
        auto h = makeHarness(m_owner.get());
        QSignalSpy pages(h->loader, &ThreadLoader::pageLoaded);
        QSignalSpy resets(h->model, &QAbstractItemModel::modelReset);
        const LoadOutcome outcome = load(*h, url);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY2(outcome.failedPages.isEmpty(),
            qPrintable(QStringList(outcome.failedPages.values()).join(QLatin1String("; "))));
        QCOMPARE(outcome.pagesLoaded, units);
        QCOMPARE(h->loader->info().engine, QStringLiteral("discourse"));
        QCOMPARE(h->loader->info().title, topic.thread.title);
        QCOMPARE(h->loader->info().pageCount, units);
        QCOMPARE(h->loader->info().url, m_server->url(topic.canonicalPath()).toString());
        QCOMPARE(m_server->requestCount(QStringLiteral("/t/%1/posts.json").arg(topic.id)), batchRequests);
        QCOMPARE(h->model->postCount(), 25);
        const QMap<int, int> actual = seedParentsOfDiscourse(*h->model);
        QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
        QCOMPARE(resets.count(), 1); // the one clear when the topic opened
        if (permalink > 0)
            QCOMPARE(h->loader->targetPostId(), seedPostId(permalink - 1));
        // Discourse says whom a post replies to: #9 answers #8 (made with Reply), and the
        // forum names that parent whichever answer brought it.
        QHash<QString, QString> parentOf;
        for (const QList<QVariant> &signal : std::as_const(pages)) {
            for (const Post &p : signal.at(1).value<QList<Post>>())
                parentOf.insert(p.id, p.parentId);
        }
        QCOMPARE(parentOf.size(), 25);
        QCOMPARE(parentOf.value(seedPostId(9)), seedPostId(8));
        QCOMPARE(parentOf.value(seedPostId(21)), seedPostId(20));
        QCOMPARE(parentOf.value(seedPostId(8)), QString()); // a quote typed by hand names no post
    }
    // Offline: the cache alone gives the same topic and tree, and nothing is asked for.
    m_server->resetCounters();
    QObject owner;
    auto h = makeHarness(&owner);
    const LoadOutcome offline = load(*h, url, true);
    QVERIFY2(offline.ok(), qPrintable(offline.error));
    QVERIFY(offline.fromCache);
    QVERIFY(offline.offline);
    QCOMPARE(m_server->requests(), QStringList());
    QCOMPARE(h->loader->info().title, topic.thread.title);
    QCOMPARE(h->model->postCount(), 25);
    const QMap<int, int> cached = seedParentsOfDiscourse(*h->model);
    QVERIFY2(cached == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), cached)));
}

void TestDiscourseLoad::sameTreeAsXenForo()
{
    const FixtureThread &seed = m_topic.thread;
    for (int page = 1; page <= seed.pageCount(); ++page)
        m_server->setPage(seed.pagePath(page), xenforoPage(seed, page));
    serveDiscourseTopic(m_server.get(), m_topic);
    QMap<int, int> xenforo, discourse;
    {
        QObject owner;
        auto h = makeHarness(&owner);
        QVERIFY(load(*h, m_server->url(seed.path)).ok());
        QCOMPARE(h->loader->info().engine, QStringLiteral("xenforo"));
        xenforo = parentsInModel(*h->model);
    }
    {
        QObject owner;
        auto h = makeHarness(&owner);
        QVERIFY(load(*h, m_server->url(m_topic.path())).ok());
        QCOMPARE(h->loader->info().engine, QStringLiteral("discourse"));
        discourse = seedParentsOfDiscourse(*h->model);
    }
    QVERIFY2(discourse == xenforo, qPrintable(treeDifference(xenforo, discourse)));
    QVERIFY2(xenforo == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), xenforo)));
}

void TestDiscourseLoad::cutBatchIsNamed()
{
    serveDiscourseTopic(m_server.get(), m_topic);
    // Every posts.json answer stops half-way: JSON that does not parse is cut, not read.
    FixtureServer::Route cut;
    cut.contentType = "application/json";
    const DiscourseTopic topic = m_topic;
    cut.bodyForQuery = [topic](const QString &query) {
        return discoursePostsJson(topic, QUrlQuery(query).allQueryItemValues(QStringLiteral("post_ids[]")));
    };
    cut.cutTimes = -1;
    cut.cutAt = 300;
    cut.withoutLength = true; // the close ends the body: only the JSON can tell it is cut
    m_server->setRoute(QStringLiteral("/t/%1/posts.json").arg(m_topic.id), cut);
    auto h = makeHarness(m_owner.get());
    const LoadOutcome outcome = load(*h, m_server->url(m_topic.path()));
    QVERIFY(outcome.ok()); // the topic itself arrived
    QCOMPARE(outcome.failedPages.keys(), QList<int> {2});
    QVERIFY2(outcome.failedPages.value(2).contains(QLatin1String("cut short")),
        qPrintable(outcome.failedPages.value(2)));
    QCOMPARE(h->model->postCount(), 20);
    QVERIFY(m_server->requestCount(QStringLiteral("/t/%1/posts.json").arg(m_topic.id)) >= 2); // asked again
}

void TestDiscourseLoad::detectedByItsPage()
{
    // An address of the forum's own making, whose page says Discourse and where the topic is.
    serveDiscourseTopic(m_server.get(), m_topic);
    m_server->setPage(QStringLiteral("/go/seed-topic"), discourseTopicPage(m_topic));
    auto h = makeHarness(m_owner.get());
    const LoadOutcome outcome = load(*h, m_server->url(QStringLiteral("/go/seed-topic")));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(h->loader->info().engine, QStringLiteral("discourse"));
    QCOMPARE(h->loader->info().url, m_server->url(m_topic.canonicalPath()).toString());
    QCOMPARE(h->model->postCount(), 25);
}

void TestDiscourseLoad::everyFormIsOneThread_data()
{
    // The second address the topic is opened by (the first is /t/{slug}/{id}), and the
    // Discourse number of the post it names (0: none).
    QTest::addColumn<QString>("form");
    QTest::addColumn<int>("postNumber");
    const QString slug = m_topic.slug();
    const qint64 id = m_topic.id;
    QTest::newRow("/t/id") << QStringLiteral("/t/%1").arg(id) << 0;
    QTest::newRow("/t/id/n") << QStringLiteral("/t/%1/5").arg(id) << 5;
    QTest::newRow("/t/slug/id/n") << QStringLiteral("/t/%1/%2/12").arg(slug).arg(id) << 12;
    QTest::newRow("another slug") << QStringLiteral("/t/renamed-topic/%1").arg(id) << 0;
    QTest::newRow("?page=2") << QStringLiteral("/t/%1/%2?page=2").arg(slug).arg(id) << 0;
    QTest::newRow("trailing slash") << QStringLiteral("/t/%1/%2/").arg(slug).arg(id) << 0;
    QTest::newRow(".json") << QStringLiteral("/t/%1/%2.json").arg(slug).arg(id) << 0;
}

void TestDiscourseLoad::everyFormIsOneThread()
{
    QFETCH(QString, form);
    QFETCH(int, postNumber);
    serveDiscourseTopic(m_server.get(), m_topic);
    const QString readId = seedPostId(3);
    {
        auto h = makeHarness(m_owner.get());
        QVERIFY(load(*h, m_server->url(m_topic.path())).ok());
        h->store->markRead(h->loader->info().url, {readId}, QDateTime::currentDateTimeUtc());
        QSignalSpy synced(h->store, &CacheStore::synced);
        h->store->sync();
        QVERIFY(synced.wait(5000));
    }
    m_owner = std::make_unique<QObject>(); // the first window closed: its cache writes are done
    {
        auto h = makeHarness(m_owner.get());
        const LoadOutcome outcome = load(*h, m_server->url(QStringLiteral("/")).resolved(QUrl(form)));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QVERIFY(outcome.fromCache); // the same thread, found under the same key
        QCOMPARE(h->loader->info().url, m_server->url(m_topic.canonicalPath()).toString());
        QCOMPARE(h->model->postCount(), 25);
        QVERIFY(h->model->indexOf(readId).data(ThreadTreeModel::ReadRole).toBool());
        if (postNumber > 0)
            QCOMPARE(h->loader->targetPostId(), seedPostId(postNumber - 1));
    }
    m_owner.reset();
    CacheDatabase db;
    QString error;
    QVERIFY2(db.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
    const QList<ThreadSummary> threads = db.threads();
    QCOMPARE(threads.size(), 1);
    QCOMPARE(threads.first().info.url, m_server->url(m_topic.canonicalPath()).toString());
    const std::optional<CachedThread> cached = db.loadThread(threads.first().info.url);
    QVERIFY(cached);
    QCOMPARE(cached->posts.size(), 25);
    const auto read = std::find_if(
        cached->posts.cbegin(), cached->posts.cend(), [&](const Post &p) { return p.id == readId; });
    QVERIFY(read != cached->posts.cend());
    QVERIFY(read->isRead());
}

QTEST_GUILESS_MAIN(TestDiscourseLoad)
#include "tst_discourseload.moc"
