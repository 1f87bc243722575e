// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Refreshing cached threads over real HTTP: a fixture server that keeps validators
// (ETag, Last-Modified), answers 304 when nothing changed and counts what it is asked;
// the refresher and the SQLite cache as the window has them. When refreshes run: tst_watchscheduler.
#include "refreshrig.h"

#include "store/cachedatabase.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestRefresh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unchangedCostsOneConditionalRequestPerThread_data();
    void unchangedCostsOneConditionalRequestPerThread();
    void lastModifiedAloneIsEnough();
    void gainsPostsAndAPage_data();
    void gainsPostsAndAPage();
    void discourseAsksOnlyForNewIds();
    void openThreadShowsNewPosts();
    void backgroundRefreshResolvesQuotesAgainstTheCache();
    void failedNewPageIsAskedAgain();
    void refreshRequestsPerEngine_data();
    void refreshRequestsPerEngine();

private:
    RefreshRig makeRig(bool withSession = true)
    {
        return RefreshRig(cachePath(), m_owner.get(), withSession);
    }
    // The reader looked at the thread half an hour ago, and saw its posts an hour ago.
    void backdate(const QString &url);
    QString cachePath() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }

    QTemporaryDir m_dir;
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<QObject> m_owner;
};

void TestRefresh::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestRefresh::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->start());
    m_server->setValidators(true);
    m_owner = std::make_unique<QObject>();
}

void TestRefresh::cleanup()
{
    m_owner.reset();
    m_server.reset();
    QFile::remove(cachePath());
}

void TestRefresh::backdate(const QString &url)
{
    const QString connection = QStringLiteral("backdate");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(cachePath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        q.prepare(QStringLiteral("UPDATE posts SET first_seen = ? WHERE thread_id = (SELECT id FROM threads "
                                 "WHERE url = ?)"));
        q.addBindValue(now - 3600);
        q.addBindValue(url);
        QVERIFY(q.exec());
        q.prepare(QStringLiteral("UPDATE threads SET last_visit = ? WHERE url = ?"));
        q.addBindValue(now - 1800);
        q.addBindValue(url);
        QVERIFY(q.exec());
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestRefresh::unchangedCostsOneConditionalRequestPerThread_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("posts");
    QTest::addColumn<int>("threads");
    QTest::newRow("XenForo, 1 page") << QStringLiteral("xenforo") << 7 << 1;
    QTest::newRow("XenForo, 3 pages") << QStringLiteral("xenforo") << 25 << 1;
    QTest::newRow("XenForo, 12 pages, 3 threads") << QStringLiteral("xenforo") << 118 << 3;
    QTest::newRow("phpBB, 4 pages") << QStringLiteral("phpbb") << 33 << 1;
    QTest::newRow("vBulletin, 3 pages") << QStringLiteral("vbulletin") << 30 << 1;
    QTest::newRow("Discourse, 45 posts, 2 topics") << QStringLiteral("discourse") << 45 << 2;
}

void TestRefresh::unchangedCostsOneConditionalRequestPerThread()
{
    QFETCH(QString, engine);
    QFETCH(int, posts);
    QFETCH(int, threads);
    RefreshRig rig = makeRig();
    QList<ServedThread> served;
    QStringList expected;
    for (int i = 0; i < threads; ++i) {
        served.append(ServedThread {engine, i, madeThread(i, posts + i)});
        served.last().serve(m_server.get());
        QVERIFY(loadAndWatch(rig, served.last().url(*m_server)));
        expected.append(served.last().lastRequestPath());
    }
    QSignalSpy pages(rig.h->loader, &ThreadLoader::pageLoaded);
    m_server->resetCounters();

    const QList<RefreshOutcome> outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), threads);
    QStringList asked = m_server->requests();
    asked.sort();
    expected.sort();
    QCOMPARE(asked, expected);
    QCOMPARE(m_server->conditionalRequests().size(), threads);
    QCOMPARE(m_server->notModified().size(), threads);
    for (const RefreshOutcome &o : outcomes) {
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.requests, 1);
        QCOMPARE(o.notModified, 1);
        QCOMPARE(o.newPosts, 0);
    }
    // Each thread's check is recorded, so the next comes an interval later.
    CacheDatabase db;
    QString error;
    QVERIFY2(db.open(cachePath(), &error), qPrintable(error));
    const QList<ThreadSummary> watched = db.watchedThreads();
    QCOMPARE(watched.size(), threads);
    for (const ThreadSummary &t : watched)
        QVERIFY(t.lastChecked.secsTo(QDateTime::currentDateTimeUtc()) < 60);
}

void TestRefresh::lastModifiedAloneIsEnough()
{
    // A server that sends Last-Modified but no ETag: If-Modified-Since does the asking.
    ServedThread served {QStringLiteral("xenforo"), 0, madeThread(0, 25)};
    served.serve(m_server.get());
    RefreshRig rig = makeRig();
    FixtureServer::Route last;
    last.body = xenforoPage(served.thread, 3);
    last.lastModified = "Sun, 01 Mar 2026 10:00:00 GMT";
    m_server->setRoute(served.pagePath(3), last);
    m_server->setValidators(true);
    QVERIFY(loadAndWatch(rig, served.url(*m_server)));
    {
        CacheDatabase db;
        QVERIFY(db.open(cachePath(), nullptr));
        const QList<FetchedRequest> fetched = db.fetchedRequests(served.url(*m_server).toString());
        QCOMPARE(fetched.size(), 3);
        QCOMPARE(fetched.last().unit, 3);
        QCOMPARE(fetched.last().validators.lastModified, last.lastModified);
    }
    // Forget the ETags the server gave: only the date is left to ask with.
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("etags"));
        sql.setDatabaseName(cachePath());
        QVERIFY(sql.open());
        QVERIFY(QSqlQuery(sql).exec(QStringLiteral("UPDATE fetched_requests SET etag = NULL")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("etags"));
    m_server->resetCounters();
    const QList<RefreshOutcome> outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(m_server->notModified(), QStringList {served.pagePath(3)});
    QCOMPARE(outcomes.first().notModified, 1);
}

void TestRefresh::gainsPostsAndAPage_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("XenForo") << QStringLiteral("xenforo");
    QTest::newRow("phpBB") << QStringLiteral("phpbb");
    QTest::newRow("vBulletin") << QStringLiteral("vbulletin");
}

void TestRefresh::gainsPostsAndAPage()
{
    QFETCH(QString, engine);
    // 25 posts: pages of 10, 10 and 5. Then 10 more: page 3 fills up and page 4 begins.
    ServedThread served {engine, 0, madeThread(0, 25)};
    served.serve(m_server.get());
    RefreshRig rig = makeRig(false); // a thread not open in the window
    const QUrl url = served.url(*m_server);
    QVERIFY(loadAndWatch(rig, url));
    const QString key = rig.h->loader->info().url;
    // The reader read the first five posts and wrote a note on the second.
    QStringList read;
    for (int i = 0; i < 5; ++i)
        read.append(served.thread.posts[i].id);
    const QDateTime readAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    rig.h->store->markRead(key, read, readAt);
    Annotation note;
    note.threadUrl = key;
    note.postId = served.thread.posts[1].id;
    note.note = QStringLiteral("the kestrel again");
    rig.h->store->saveAnnotation(note);
    sync(rig.h->store);
    backdate(key);

    served.grow(10);
    served.serve(m_server.get());
    m_server->resetCounters();
    const QList<RefreshOutcome> outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    const RefreshOutcome &o = outcomes.first();
    // The message is built even when the check passes: never read the first key of an empty map.
    QVERIFY2(o.ok(), qPrintable(o.failedParts.isEmpty() ? QString() : o.failedParts.first()));
    QCOMPARE(m_server->requests(), (QStringList {served.pagePath(3), served.pagePath(4)}));
    QCOMPARE(m_server->conditionalRequests(), QStringList {served.pagePath(3)});
    QVERIFY(m_server->notModified().isEmpty());
    QCOMPARE(o.newPosts, 10);
    QCOMPARE(o.newAuthors.count(QStringLiteral("Alice")), 2); // posts 29 and 33

    CacheDatabase db;
    QVERIFY(db.open(cachePath(), nullptr));
    const std::optional<CachedThread> cached = db.loadThread(key);
    QVERIFY(cached);
    QCOMPARE(cached->posts.size(), 35);
    QCOMPARE(cached->info.pageCount, 4);
    const QList<ThreadSummary> watched = db.watchedThreads();
    QCOMPARE(watched.size(), 1);
    int newSinceVisit = 0;
    for (const Post &p : cached->posts) {
        if (p.firstSeen > watched.first().lastVisit)
            ++newSinceVisit;
        QCOMPARE(p.isRead(), read.contains(p.id));
        if (p.isRead())
            QCOMPARE(p.readAt.toSecsSinceEpoch(), readAt.toSecsSinceEpoch());
    }
    QCOMPARE(newSinceVisit, 10);
    const QList<ThreadSummary> all = db.threads();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().posts, 35);
    QCOMPARE(all.first().unread, 30);
    const QList<Annotation> notes = db.annotations(key);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().note, note.note);
    QCOMPARE(notes.first().postId, note.postId);
    // The new page's validators are kept: unchanged now, the next refresh costs one 304.
    m_server->resetCounters();
    QCOMPARE(refreshAll(rig).size(), 1);
    QCOMPARE(m_server->notModified(), QStringList {served.pagePath(4)});
}

void TestRefresh::discourseAsksOnlyForNewIds()
{
    // 45 posts: the topic brings 20, two batches the other 25. Then 5 more.
    ServedThread served {QStringLiteral("discourse"), 0, madeThread(0, 45)};
    served.serve(m_server.get());
    RefreshRig rig = makeRig(false);
    QVERIFY(loadAndWatch(rig, served.url(*m_server)));
    const QString key = rig.h->loader->info().url;
    served.grow(5);
    served.serve(m_server.get());
    m_server->resetCounters();

    const QList<RefreshOutcome> outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.first().ok());
    QCOMPARE(outcomes.first().newPosts, 5);
    const QStringList targets = m_server->targets();
    QCOMPARE(targets.size(), 2);
    QCOMPARE(targets.first(), QStringLiteral("/t/4321.json"));
    QCOMPARE(m_server->conditionalRequests(), QStringList {QStringLiteral("/t/4321.json")});
    const QUrl batch(targets.last());
    QCOMPARE(batch.path(), QStringLiteral("/t/4321/posts.json"));
    QStringList asked = QUrlQuery(batch).allQueryItemValues(QStringLiteral("post_ids[]"));
    QStringList added;
    for (int i = 45; i < 50; ++i)
        added.append(served.thread.posts[i].id);
    QCOMPARE(asked, added);

    CacheDatabase db;
    QVERIFY(db.open(cachePath(), nullptr));
    QCOMPARE(db.loadThread(key)->posts.size(), 50);
}

void TestRefresh::openThreadShowsNewPosts()
{
    ServedThread served {QStringLiteral("xenforo"), 0, madeThread(0, 25)};
    served.serve(m_server.get());
    RefreshRig rig = makeRig(true);
    QVERIFY(loadAndWatch(rig, served.url(*m_server)));
    QCOMPARE(rig.h->model->postCount(), 25);
    QSignalSpy resets(rig.h->model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(rig.h->model, &QAbstractItemModel::rowsInserted);
    served.grow(3);
    served.serve(m_server.get());

    QSignalSpy finished(rig.refresher, &ThreadRefresher::finished);
    QString error;
    QVERIFY2(rig.refresher->refresh(rig.h->loader->info().url, &error), qPrintable(error));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<RefreshOutcome>().newPosts, 3);
    QCOMPARE(rig.h->model->postCount(), 28);
    QVERIFY(resets.isEmpty());
    QVERIFY(!inserted.isEmpty());
    for (int i = 0; i < 28; ++i) {
        const QModelIndex index = rig.h->model->indexOf(served.thread.posts[i].id);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(ThreadTreeModel::NewRole).toBool(), i >= 25);
    }
    // The session cached them too.
    sync(rig.h->store);
    CacheDatabase db;
    QVERIFY(db.open(cachePath(), nullptr));
    QCOMPARE(db.loadThread(rig.h->loader->info().url)->posts.size(), 28);
}

void TestRefresh::backgroundRefreshResolvesQuotesAgainstTheCache()
{
    // A new post quotes Carol's post 3 by hand (no post id): only the cached thread can
    // tell which post the words come from.
    ServedThread served {QStringLiteral("xenforo"), 0, madeThread(0, 12)};
    served.serve(m_server.get());
    RefreshRig rig = makeRig(false);
    QVERIFY(loadAndWatch(rig, served.url(*m_server)));
    const QString key = rig.h->loader->info().url;
    served.grow(1);
    FixturePost &reply = served.thread.posts.last();
    reply.bbcode = QStringLiteral("[QUOTE=\"Carol\"]%1[/QUOTE]\nNot the flight I remember.")
                       .arg(served.thread.posts[2].bbcode);
    served.serve(m_server.get());
    QCOMPARE(refreshAll(rig).size(), 1);

    // Opened offline: the tree comes from the cache alone.
    auto reader = std::make_unique<LoadHarness>(cachePath(), m_owner.get());
    QVERIFY(reader->load(QUrl(key), true).ok());
    QCOMPARE(reader->model->postCount(), 13);
    const QMap<QString, QString> parents = parentIdsInModel(*reader->model);
    QCOMPARE(parents.value(reply.id), served.thread.posts[2].id);
}

void TestRefresh::failedNewPageIsAskedAgain()
{
    ServedThread served {QStringLiteral("xenforo"), 0, madeThread(0, 25)};
    served.serve(m_server.get());
    RefreshRig rig = makeRig(false);
    rig.refresher->fetcher()->setMaxRetries(0);
    QVERIFY(loadAndWatch(rig, served.url(*m_server)));
    served.grow(10);
    served.serve(m_server.get());
    FixtureServer::Route broken;
    broken.status = 500;
    broken.body = "<html>down</html>";
    m_server->setRoute(served.pagePath(4), broken);
    m_server->resetCounters();
    QList<RefreshOutcome> outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.first().failedParts.contains(4));
    QCOMPARE(outcomes.first().newPosts, 5); // page 3's

    // Page 3's new validators were not kept, so the next refresh sees it changed and
    // finds page 4 again.
    served.serve(m_server.get());
    m_server->resetCounters();
    outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(outcomes.first().ok());
    QCOMPARE(m_server->requests(), (QStringList {served.pagePath(3), served.pagePath(4)}));
    QCOMPARE(outcomes.first().newPosts, 5);
}

void TestRefresh::refreshRequestsPerEngine_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("lastUnit");
    QTest::addColumn<QString>("lastUnitUrl");
    QTest::addColumn<QStringList>("expected"); // unit and address of each request
    const QString xf = QStringLiteral("https://forum.example/threads/kestrel.12/");
    QTest::newRow("XenForo: the last page")
        << xf << 7 << QString()
        << QStringList {QStringLiteral("7 https://forum.example/threads/kestrel.12/page-7")};
    QTest::newRow("XenForo: the last page as it was fetched")
        << xf << 7 << QStringLiteral("https://forum.example/threads/kestrel.12/page-7?x=1")
        << QStringList {QStringLiteral("7 https://forum.example/threads/kestrel.12/page-7?x=1")};
    QTest::newRow("XenForo: nothing cached yet")
        << xf << 0 << QString()
        << QStringList {QStringLiteral("1 https://forum.example/threads/kestrel.12/")};
    QTest::newRow("phpBB: start= as the forum gave it")
        << QStringLiteral("https://bb.example/viewtopic.php?t=9") << 3
        << QStringLiteral("https://bb.example/viewtopic.php?t=9&start=30")
        << QStringList {QStringLiteral("3 https://bb.example/viewtopic.php?t=9&start=30")};
    QTest::newRow("Discourse: the topic, whatever was cached")
        << QStringLiteral("https://talk.example/t/kestrel/4321") << 5 << QString()
        << QStringList {QStringLiteral("1 https://talk.example/t/4321.json")};
    QTest::newRow("Lemmy: the post, and comments from the last cached page")
        << QStringLiteral("https://lemmy.example/post/77") << 4 << QString()
        << QStringList {QStringLiteral("1 https://lemmy.example/api/v3/post?id=77"),
               QStringLiteral(
                   "4 https://lemmy.example/api/v3/comment/list?post_id=77&sort=Old&limit=50&page=3")};
    QTest::newRow("Lemmy: no comments cached")
        << QStringLiteral("https://lemmy.example/post/77") << 1 << QString()
        << QStringList {QStringLiteral("1 https://lemmy.example/api/v3/post?id=77"),
               QStringLiteral(
                   "2 https://lemmy.example/api/v3/comment/list?post_id=77&sort=Old&limit=50&page=1")};
    QTest::newRow("Hacker News: the whole tree in one answer")
        << QStringLiteral("https://news.ycombinator.com/item?id=42") << 1 << QString()
        << QStringList {QStringLiteral("1 https://hn.algolia.com/api/v1/items/42")};
}

void TestRefresh::refreshRequestsPerEngine()
{
    QFETCH(QString, url);
    QFETCH(int, lastUnit);
    QFETCH(QString, lastUnitUrl);
    QFETCH(QStringList, expected);
    ThreadRef ref;
    const ForumEngine *engine = engineForUrl(QUrl(url), &ref);
    QVERIFY(engine);
    CachedParts parts;
    parts.found = true;
    parts.info = ThreadInfo {ref.canonical.toString(), engine->name(), QStringLiteral("Kestrel"), lastUnit};
    parts.lastUnit = lastUnit;
    parts.lastUnitUrl = lastUnitUrl;
    QStringList asked;
    for (const EngineRequest &r : engine->refreshRequests(ref, parts))
        asked.append(QStringLiteral("%1 %2").arg(r.unit).arg(r.url.toString()));
    QCOMPARE(asked, expected);
}

QTEST_GUILESS_MAIN(TestRefresh)
#include "tst_refresh.moc"
