// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole load path over real HTTP: fixture server → PageFetcher → XenForo engine
// (worker threads) → ThreadSession → ThreadTreeModel, with the SQLite cache.
#include "loadharness.h"
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "engines/xenforo/xenforoengine.h"
#include "models/threadtreemodel.h"
#include "net/networkfactory.h"
#include "net/pagefetcher.h"
#include "services/threadloader.h"
#include "services/threadsession.h"
#include "store/cachestore.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestThreadLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void seedTreeOverHttp_data();
    void seedTreeOverHttp();
    void failedPageKeepsTheRest_data();
    void failedPageKeepsTheRest();
    void cutShortPages_data();
    void cutShortPages();
    void shortPageAskedAgain_data();
    void shortPageAskedAgain();
    void charsets_data();
    void charsets();
    void postPermalinkRedirects();
    void forumWidePostLinks_data();
    void forumWidePostLinks();
    void forumWithoutFriendlyUrls();
    void cancelMidLoad();
    void cancelBeforeAnythingShown();
    void staleProbeNeverReachesTheNextLoad();
    void credentialsNeverLeak();
    void reopenFromCacheKeepsReadStateAndMarksNew();
    void offlineWithoutCache();
    void badUrls_data();
    void badUrls();
    void detectionByPage_data();
    void detectionByPage();

private:
    std::unique_ptr<LoadHarness> makeHarness(QObject *owner)
    {
        return std::make_unique<LoadHarness>(m_dir.filePath(QStringLiteral("cache.sqlite")), owner);
    }
    void serveSeed(const QList<int> &delays = {});

    QTemporaryDir m_dir;
    FixtureThread m_seed;
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<QObject> m_owner;
};

void TestThreadLoader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QCOMPARE(m_seed.pageCount(), 3);
}

void TestThreadLoader::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->start());
    m_owner = std::make_unique<QObject>();
}

void TestThreadLoader::cleanup()
{
    m_owner.reset();
    m_server.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
}

void TestThreadLoader::serveSeed(const QList<int> &delays)
{
    for (int page = 1; page <= m_seed.pageCount(); ++page)
        m_server->setPage(m_seed.pagePath(page), xenforoPage(m_seed, page), delays.value(page - 1));
}

void TestThreadLoader::seedTreeOverHttp_data()
{
    QTest::addColumn<QList<int>>("delays");
    QTest::newRow("in order") << QList<int> {0, 0, 0};
    // Page 3 arrives before page 2: #21 waits at the top level, then moves under #20.
    QTest::newRow("last page first") << QList<int> {0, 400, 50};
}

void TestThreadLoader::seedTreeOverHttp()
{
    QFETCH(QList<int>, delays);
    serveSeed(delays);
    auto h = makeHarness(m_owner.get());
    QSignalSpy pages(h->loader, &ThreadLoader::pageLoaded);
    QSignalSpy progress(h->loader, &ThreadLoader::progressChanged);
    QSignalSpy resets(h->model, &QAbstractItemModel::modelReset);
    QSignalSpy moves(h->model, &QAbstractItemModel::rowsMoved);
    const LoadOutcome outcome = h->load(m_server->url(m_seed.path));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.pagesLoaded, 3);
    QVERIFY(outcome.failedPages.isEmpty());
    QCOMPARE(h->loader->info().title, m_seed.title);
    QCOMPARE(h->loader->info().pageCount, 3);
    QCOMPARE(h->model->postCount(), 25);
    const QMap<int, int> actual = parentsInModel(*h->model);
    QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
    QCOMPARE(resets.count(), 1); // the one clear when the thread opened, none while loading
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 3);
    if (delays[1] > delays[2]) {
        QCOMPARE(pages.at(1).first().toInt(), 3);
        QVERIFY(moves.count() >= 1);
    }
    // The cache keeps the resolved quote edges, also of hand-typed quotes and of posts
    // whose quoted post arrived after them.
    CacheDatabase db;
    QString error;
    QVERIFY2(db.open(h->store->path(), &error), qPrintable(error));
    const QString url = h->loader->info().url;
    const QList<QPair<int, int>> edges {{8, 1}, {9, 8}, {21, 20}, {22, 21}, {16, 7}};
    for (const auto &[from, to] : edges) {
        const QList<Quote> quotes = db.quoteEdges(url, seedPostId(from));
        QVERIFY2(!quotes.isEmpty(), qPrintable(QString::number(from)));
        QCOMPARE(quotes.first().resolved, seedPostId(to));
    }
    QVERIFY(db.quoteEdges(url, seedPostId(8)).first().source.isEmpty()); // typed by hand
    QCOMPARE(db.quoteEdges(url, seedPostId(9)).first().source, seedPostId(8)); // made with Reply
}

void TestThreadLoader::failedPageKeepsTheRest_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("hang");
    QTest::addColumn<QString>("why");
    QTest::newRow("404") << 404 << false << "HTTP 404";
    QTest::newRow("timeout") << 200 << true << "timed out";
    QTest::newRow("not a thread page") << 200 << false << "no XenForo posts";
}

void TestThreadLoader::failedPageKeepsTheRest()
{
    QFETCH(int, status);
    QFETCH(bool, hang);
    serveSeed();
    FixtureServer::Route broken;
    broken.status = status;
    broken.hang = hang;
    broken.body = "<!DOCTYPE html><html><body><p>Something went wrong.</p></body></html>";
    m_server->setRoute(m_seed.pagePath(2), broken);
    auto h = makeHarness(m_owner.get());
    QSignalSpy failed(h->loader, &ThreadLoader::pageFailed);
    const LoadOutcome outcome = h->load(m_server->url(m_seed.path));
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.pagesLoaded, 2);
    QCOMPARE(outcome.failedPages.keys(), QList<int> {2});
    QFETCH(QString, why);
    QVERIFY2(outcome.failedPages.value(2).contains(why), qPrintable(outcome.failedPages.value(2)));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toInt(), 2);
    QCOMPARE(h->model->postCount(), 15); // pages 1 and 3
    QVERIFY(h->model->indexOf(seedPostId(22)).isValid());
    QVERIFY(!h->model->indexOf(seedPostId(11)).isValid());
}

void TestThreadLoader::cutShortPages_data()
{
    QTest::addColumn<bool>("withoutLength");
    QTest::addColumn<bool>("deflate");
    QTest::addColumn<int>("cutTimes");
    for (int times : {1, -1}) {
        const char *how = times == 1 ? "once" : "always";
        QTest::addRow("length announced, cut %s", how) << false << false << times;
        QTest::addRow("no length, closed early, %s", how) << true << false << times;
        QTest::addRow("deflate stream cut in half, %s", how) << false << true << times;
    }
}

void TestThreadLoader::cutShortPages()
{
    QFETCH(bool, withoutLength);
    QFETCH(bool, deflate);
    QFETCH(int, cutTimes);
    // A clean load first: what is cached must survive a broken refresh.
    serveSeed();
    {
        QObject owner;
        auto h = makeHarness(&owner);
        QVERIFY(h->load(m_server->url(m_seed.path)).ok());
    }
    FixtureServer::Route cut;
    cut.body = xenforoPage(m_seed, 2);
    cut.withoutLength = withoutLength;
    cut.deflate = deflate;
    cut.cutTimes = cutTimes;
    cut.cutAt = int((deflate ? qCompress(cut.body).size() - 4 : cut.body.size()) / 2);
    m_server->setRoute(m_seed.pagePath(2), cut);
    m_server->resetCounters();

    auto h = makeHarness(m_owner.get());
    const LoadOutcome outcome = h->load(m_server->url(m_seed.path));
    QVERIFY(outcome.ok());
    const QString url = h->loader->info().url;
    CacheDatabase db;
    QString error;
    QVERIFY2(db.open(h->store->path(), &error), qPrintable(error));
    const auto cached = db.loadThread(url);
    QVERIFY(cached.has_value());
    QCOMPARE(cached->posts.size(), 25); // the cut page never replaced the cached one
    if (cutTimes == 1) {
        // Fetched again, and whole the second time: the clean thread. (Qt itself may send
        // a request again on a connection the server closed, so at least twice.)
        QVERIFY(m_server->requestCount(m_seed.pagePath(2)) >= 2);
        QVERIFY(outcome.failedPages.isEmpty());
        QCOMPARE(outcome.pagesLoaded, 3);
        const QMap<int, int> actual = parentsInModel(*h->model);
        QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
    } else {
        // Still cut after the retries: named as such, its cached posts still shown.
        QVERIFY(m_server->requestCount(m_seed.pagePath(2)) >= 3);
        QCOMPARE(outcome.failedPages.keys(), QList<int> {2});
        // Cut short as the engine sees it, or closed early as the transport does.
        const QString why = outcome.failedPages.value(2);
        QVERIFY2(why.contains(QLatin1String("cut short")) || why.contains(QLatin1String("closed")),
            qPrintable(why));
        QCOMPARE(h->model->postCount(), 25);
    }
    for (const Post &p : cached->posts)
        QVERIFY2(!p.text.isEmpty() || !p.quotes.isEmpty(), qPrintable(p.id));
}

void TestThreadLoader::shortPageAskedAgain_data()
{
    QTest::addColumn<int>("shortTimes");
    QTest::newRow("posts lost once on the way") << 1;
    QTest::newRow("short on the forum itself") << 1000;
}

void TestThreadLoader::shortPageAskedAgain()
{
    // Page 2 comes whole as a page (it ends in </html>) but with 7 of its 10 posts.
    QFETCH(int, shortTimes);
    serveSeed();
    FixtureThread lessened = m_seed;
    lessened.posts = m_seed.posts.mid(0, 17);
    FixtureServer::Route page2;
    page2.body = xenforoPage(m_seed, 2);
    page2.otherBody = xenforoPage(lessened, 2);
    page2.otherTimes = shortTimes;
    m_server->setRoute(m_seed.pagePath(2), page2);

    auto h = makeHarness(m_owner.get());
    const LoadOutcome outcome = h->load(m_server->url(m_seed.path));
    QVERIFY(outcome.ok());
    QVERIFY(outcome.failedPages.isEmpty());
    QCOMPARE(outcome.pagesLoaded, 3);
    QCOMPARE(m_server->requestCount(m_seed.pagePath(2)), 2); // asked once more, never more
    QCOMPARE(m_server->requestCount(m_seed.pagePath(3)), 1); // the last page may be short
    if (shortTimes == 1) {
        QCOMPARE(h->model->postCount(), 25);
        const QMap<int, int> actual = parentsInModel(*h->model);
        QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
    } else {
        QCOMPARE(h->model->postCount(), 22); // what the forum shows is what there is
    }
}

void TestThreadLoader::charsets_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("meta");
    QTest::newRow("named by the HTTP header only")
        << QByteArray("text/html; charset=windows-1252") << QByteArray();
    QTest::newRow("named by a meta only")
        << QByteArray("text/html") << QByteArray("<meta charset=\"windows-1252\" />");
    QTest::newRow("old http-equiv meta, latin1 label")
        << QByteArray("text/html")
        << QByteArray("<meta http-equiv=\"Content-Type\" "
                      "content=\"text/html; charset=ISO-8859-1\" />");
}

void TestThreadLoader::charsets()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, meta);
    // The seed with words that differ in every single-byte charset: page 2 served in
    // windows-1252, the others in UTF-8, as an old forum behind a proxy might.
    FixtureThread thread = m_seed;
    const QString words = QStringLiteral("Zoë’s café – naïve, 1½ € more");
    thread.posts[12].bbcode += QStringLiteral("\n") + words;
    for (int page = 1; page <= thread.pageCount(); ++page)
        m_server->setPage(thread.pagePath(page), xenforoPage(thread, page));
    const QByteArray utf8 = xenforoPage(thread, 2);
    QString html = QString::fromUtf8(utf8);
    html.replace(QStringLiteral("<meta charset=\"utf-8\" />"), QString::fromLatin1(meta));
    QStringEncoder encoder("windows-1252");
    FixtureServer::Route route;
    route.body = encoder.encode(html);
    QVERIFY(!encoder.hasError()); // every character has its byte
    route.contentType = contentType;
    m_server->setRoute(thread.pagePath(2), route);

    auto h = makeHarness(m_owner.get());
    const LoadOutcome outcome = h->load(m_server->url(thread.path));
    QVERIFY(outcome.ok());
    QVERIFY(outcome.failedPages.isEmpty());
    const XenForoEngine engine;
    const ParsedPage reference = engine.parsePage(utf8, QUrl());
    QCOMPARE(reference.posts.size(), 10);
    bool seen = false;
    for (const Post &expected : reference.posts) {
        const Post *loaded = h->session->tree().post(expected.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->text, expected.text);
        seen = seen || loaded->text.contains(words);
    }
    QVERIFY(seen);
}

void TestThreadLoader::postPermalinkRedirects()
{
    serveSeed();
    FixtureServer::Route redirect;
    redirect.status = 302;
    redirect.location = (m_seed.pagePath(2) + QStringLiteral("#post-") + seedPostId(14)).toUtf8();
    const QString permalink = m_seed.path + QStringLiteral("post-") + seedPostId(14);
    m_server->setRoute(permalink, redirect);
    auto h = makeHarness(m_owner.get());
    QSignalSpy pages(h->loader, &ThreadLoader::pageLoaded);
    const LoadOutcome outcome = h->load(m_server->url(permalink));
    QVERIFY(outcome.ok());
    QCOMPARE(h->loader->targetPostId(), seedPostId(14));
    QCOMPARE(pages.first().first().toInt(), 2); // the page the post is on came first
    QCOMPARE(outcome.pagesLoaded, 3);
    QCOMPARE(h->model->postCount(), 25);
    QCOMPARE(h->loader->info().url, m_server->url(m_seed.path).toString());
    QCOMPARE(m_server->requestCount(m_seed.pagePath(2)), 1); // not fetched twice
}

void TestThreadLoader::forumWidePostLinks_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("fragmentInRedirect");
    QTest::newRow("/posts/N/, redirect names the post") << "/posts/%1/" << true;
    QTest::newRow("goto/post?id=N, redirect to the page only") << "/goto/post?id=%1" << false;
}

void TestThreadLoader::forumWidePostLinks()
{
    // XenForo's share links name a post, not its thread; the forum's redirect says which.
    QFETCH(QString, link);
    QFETCH(bool, fragmentInRedirect);
    serveSeed();
    FixtureServer::Route redirect;
    redirect.status = 301;
    redirect.location
        = (m_seed.pagePath(2) + (fragmentInRedirect ? QStringLiteral("#post-") + seedPostId(14) : QString()))
              .toUtf8();
    const QString path = link.arg(seedPostId(14));
    m_server->setRoute(path.section(QLatin1Char('?'), 0, 0), redirect);
    auto h = makeHarness(m_owner.get());
    const LoadOutcome outcome = h->load(m_server->url(path));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(h->loader->targetPostId(), seedPostId(14));
    QCOMPARE(outcome.pagesLoaded, 3);
    QCOMPARE(h->model->postCount(), 25);
    QCOMPARE(h->loader->info().url, m_server->url(m_seed.path).toString()); // cached under the thread

    // Offline there is no redirect to ask: a clear error, nothing fetched.
    m_server->resetCounters();
    QString error;
    QVERIFY(!h->loader->open(m_server->url(path), ThreadLoader::Options {.offline = true}, &error));
    QVERIFY2(error.contains(QLatin1String("names a post but not its thread")), qPrintable(error));
    QCOMPARE(m_server->requests(), QStringList());
}

void TestThreadLoader::forumWithoutFriendlyUrls()
{
    // The same thread on a forum that keeps its routes in the query string.
    FixtureThread thread = m_seed;
    thread.path = QStringLiteral("/index.php?threads/") + m_seed.path.section(QLatin1Char('/'), 2, 2)
        + QLatin1Char('/');
    for (int page = 1; page <= thread.pageCount(); ++page)
        m_server->setPage(thread.pagePath(page), xenforoPage(thread, page));
    auto h = makeHarness(m_owner.get());
    const LoadOutcome outcome = h->load(m_server->url(thread.pagePath(2)));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.pagesLoaded, 3);
    QCOMPARE(h->model->postCount(), 25);
    QCOMPARE(h->loader->info().url, m_server->url(thread.path).toString());
    for (int page = 1; page <= 3; ++page)
        QCOMPARE(m_server->requestCount(thread.pagePath(page)), 1);
}

void TestThreadLoader::cancelMidLoad()
{
    serveSeed({0, 3000, 3000});
    auto h = makeHarness(m_owner.get());
    QSignalSpy pages(h->loader, &ThreadLoader::pageLoaded);
    QSignalSpy finished(h->loader, &ThreadLoader::finished);
    QString error;
    QVERIFY(h->loader->open(m_server->url(m_seed.path), {}, &error));
    QVERIFY(pages.wait(5000));
    QTRY_COMPARE(m_server->requests().size(), 3);
    h->loader->cancel();
    QCOMPARE(finished.count(), 1);
    const auto outcome = finished.first().first().value<LoadOutcome>();
    QVERIFY(outcome.cancelled);
    QVERIFY(!h->loader->isLoading());
    QTest::qWait(200);
    QCOMPARE(pages.count(), 1);
    QCOMPARE(h->model->postCount(), 10); // page 1 stays
    // What was loaded is in the cache.
    QSignalSpy synced(h->store, &CacheStore::synced);
    h->store->sync();
    QVERIFY(synced.wait());
    CacheDatabase db;
    QString dbError;
    QVERIFY2(db.open(h->store->path(), &dbError), qPrintable(dbError));
    QCOMPARE(db.loadThread(h->loader->info().url)->posts.size(), 10);
}

void TestThreadLoader::cancelBeforeAnythingShown()
{
    // Stopped before the first page came: nothing was shown, so it is no success (the
    // window would settle on a post and record a visit for the thread still open), and
    // no error either.
    serveSeed({3000, 0, 0});
    auto h = makeHarness(m_owner.get());
    QSignalSpy finished(h->loader, &ThreadLoader::finished);
    QString error;
    QVERIFY(h->loader->open(m_server->url(m_seed.path), {}, &error));
    QTRY_COMPARE(m_server->requests().size(), 1);
    h->loader->cancel();
    QCOMPARE(finished.count(), 1);
    const auto outcome = finished.first().first().value<LoadOutcome>();
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.shown);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error.isEmpty());
    QCOMPARE(h->model->postCount(), 0);
}

void TestThreadLoader::staleProbeNeverReachesTheNextLoad()
{
    // Two addresses that need a look at their page, one after the other: the first
    // one's page comes late, after the second load ended; it is never read as the
    // second one's, nor shown.
    serveSeed();
    m_server->setPage(QStringLiteral("/slow-thread"), xenforoPage(m_seed, 1), 600);
    m_server->setPage(QStringLiteral("/about"), "<!DOCTYPE html><html><body><p>About us</p></body></html>");
    auto h = makeHarness(m_owner.get());
    QSignalSpy finished(h->loader, &ThreadLoader::finished);
    QSignalSpy shown(h->loader, &ThreadLoader::threadInfoChanged);
    QString error;
    QVERIFY(h->loader->open(m_server->url(QStringLiteral("/slow-thread")), {}, &error));
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("/slow-thread")), 1);
    QVERIFY(h->loader->open(m_server->url(QStringLiteral("/about")), {}, &error));
    QTRY_COMPARE(finished.count(), 2); // the first, cancelled; the second, not a thread
    QVERIFY(finished.at(0).first().value<LoadOutcome>().cancelled);
    const auto second = finished.at(1).first().value<LoadOutcome>();
    QVERIFY2(second.error.contains(QLatin1String("/about")), qPrintable(second.error));
    QTest::qWait(900); // past the slow page's answer
    QCOMPARE(finished.count(), 2);
    QCOMPARE(shown.count(), 0);
    QCOMPARE(h->model->postCount(), 0);
    QVERIFY(!h->loader->isLoading());
}

void TestThreadLoader::credentialsNeverLeak()
{
    // A forum behind HTTP authentication, its user and password typed into the address:
    // they answer the challenge, and appear in no address, message or cache byte.
    const QByteArray secret = "s3cr3t-Pa55";
    for (int page = 1; page <= m_seed.pageCount(); ++page) {
        FixtureServer::Route route;
        route.body = xenforoPage(m_seed, page);
        route.basicAuth = "reader:" + secret;
        m_server->setRoute(m_seed.pagePath(page), route);
    }
    const auto withUser = [this](const QString &path, const QByteArray &password) {
        QUrl url = m_server->url(path);
        url.setUserName(QStringLiteral("reader"));
        url.setPassword(QString::fromLatin1(password));
        return url;
    };
    {
        auto h = makeHarness(m_owner.get());
        const LoadOutcome outcome = h->load(withUser(m_seed.path, secret));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(h->model->postCount(), m_seed.posts.size());
        QCOMPARE(h->loader->info().url, m_server->url(m_seed.path).toString());
        QVERIFY(!outcome.url.toString().contains(QLatin1String(secret)));
        // Refused: the error names the address, without the password.
        const LoadOutcome missing = h->load(withUser(QStringLiteral("/threads/gone.404/"), secret));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(QLatin1String("/threads/gone.404/")), qPrintable(missing.error));
        QVERIFY2(!missing.error.contains(QLatin1String(secret)), qPrintable(missing.error));
    }
    {
        // The wrong password: asked once, refused, said so, never looped on.
        auto h = makeHarness(m_owner.get());
        m_server->resetCounters();
        const LoadOutcome refused = h->load(withUser(m_seed.path, "not-the-Pa55"));
        // The cached copy stays on screen; the page that failed says why.
        QVERIFY(refused.fromCache && refused.offline);
        const QString why = refused.failedPages.value(1);
        QVERIFY2(why.contains(QLatin1String("401")), qPrintable(why));
        QVERIFY2(!why.contains(QLatin1String("not-the-Pa55")), qPrintable(why));
        QVERIFY(m_server->requests().size() <= 3);
    }
    QByteArray bytes;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        bytes += readFile(m_dir.filePath(QStringLiteral("cache.sqlite")) + suffix);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(secret));
    QVERIFY(!bytes.contains("not-the-Pa55"));
}

void TestThreadLoader::reopenFromCacheKeepsReadStateAndMarksNew()
{
    // First visit: pages 1 and 2 exist.
    FixtureThread earlier = m_seed;
    earlier.posts = m_seed.posts.mid(0, 20);
    for (int page = 1; page <= earlier.pageCount(); ++page)
        m_server->setPage(earlier.pagePath(page), xenforoPage(earlier, page));
    const QUrl url = m_server->url(m_seed.path);
    {
        QObject owner;
        auto h = makeHarness(&owner);
        const LoadOutcome first = h->load(url);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(h->model->postCount(), 20);
        h->session->markRead({seedPostId(1), seedPostId(3)});
        QCOMPARE(h->model->unreadCount(), 18);
        QSignalSpy synced(h->store, &CacheStore::synced);
        h->store->sync();
        QVERIFY(synced.wait());
    }
    // Offline: the cache alone, read state intact.
    {
        QObject owner;
        auto h = makeHarness(&owner);
        m_server->resetCounters();
        const LoadOutcome outcome = h->load(url, true);
        QVERIFY(outcome.ok());
        QVERIFY(outcome.offline);
        QVERIFY(outcome.fromCache);
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(h->model->postCount(), 20);
        QCOMPARE(h->model->unreadCount(), 18);
        QVERIFY(h->model->indexOf(seedPostId(1)).data(ThreadTreeModel::ReadRole).toBool());
        const QMap<int, int> tree = parentsInModel(*h->model);
        QCOMPARE(tree.value(9), 8);
    }
    // Online again, the thread has grown: new posts are marked new, read state kept.
    serveSeed();
    {
        QObject owner;
        auto h = makeHarness(&owner);
        QSignalSpy cached(h->loader, &ThreadLoader::cachedPostsLoaded);
        const LoadOutcome outcome = h->load(url);
        QVERIFY(outcome.ok());
        QVERIFY(outcome.fromCache);
        QCOMPARE(cached.count(), 1);
        QCOMPARE(h->model->postCount(), 25);
        QVERIFY(h->model->indexOf(seedPostId(3)).data(ThreadTreeModel::ReadRole).toBool());
        QVERIFY(!h->model->indexOf(seedPostId(19)).data(ThreadTreeModel::NewRole).toBool());
        for (int n : {21, 22, 23, 24, 25})
            QVERIFY(h->model->indexOf(seedPostId(n)).data(ThreadTreeModel::NewRole).toBool());
        QCOMPARE(h->model->unreadCount(), 23);
    }
}

void TestThreadLoader::offlineWithoutCache()
{
    auto h = makeHarness(m_owner.get());
    const LoadOutcome outcome = h->load(m_server->url(m_seed.path), true);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error.contains(QLatin1String("not in the cache")));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestThreadLoader::badUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("why");
    QTest::newRow("garbage") << "::::"
                             << "not a URL";
    QTest::newRow("no host") << "https:///threads/a.1/"
                             << "not a URL";
    // The engines tried, in order (more follow as engines are added).
    QTest::newRow("javascript")
        << "javascript:alert(1)"
        << "not a forum thread Threadkeeper can read (Discourse, XenForo, FluxBB, phpBB, ";
    QTest::newRow("mail") << "mailto:someone@forum.example"
                          << "not a forum thread Threadkeeper can read (Discourse, XenForo, FluxBB, phpBB, ";
}

void TestThreadLoader::badUrls()
{
    QFETCH(QString, url);
    auto h = makeHarness(m_owner.get());
    QString error;
    QVERIFY(!h->loader->open(QUrl(url), {}, &error));
    QFETCH(QString, why);
    QVERIFY2(error.contains(why), qPrintable(error));
    QVERIFY(!h->loader->isLoading());
}

void TestThreadLoader::detectionByPage_data()
{
    // An address no engine knows by its shape is fetched once; its page may say whose it is.
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("why"); // empty: it opens as the seed thread
    const FixtureThread seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QTest::newRow("a XenForo thread at an address of its own")
        << "/latest-news" << xenforoPage(seed, 1) << "";
    QByteArray listing = xenforoPage(seed, 1);
    listing.replace("message--post", "structItem--thread"); // a forum's list of threads
    // Listings of threads are for subscribing to: the outcome says so, with the address.
    QTest::newRow("a XenForo forum, not a thread")
        << "/forums/news.5/" << listing << "is not a thread but a listing of threads (XenForo forum)";
    QTest::newRow("a feed")
        << "/news/rss"
        << QByteArray("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>News</title>"
                      "<link>http://example.org/</link><item><title>One</title>"
                      "<link>http://example.org/1</link></item></channel></rss>\n")
        << "is not a thread but a listing of threads (RSS/Atom feed)";
    QTest::newRow("a page that offers feeds")
        << "/home"
        << QByteArray("<!DOCTYPE html><html><head><title>Home</title><link rel=\"alternate\" "
                      "type=\"application/rss+xml\" href=\"/news/rss\"></head><body><p>Hi</p></body></html>")
        << "is not a thread, but the page offers feeds";
    QTest::newRow("a page of no forum")
        << "/about" << QByteArray("<!DOCTYPE html><html><body><p>Hello</p></body></html>")
        << "not a forum thread Threadkeeper can read";
    QTest::newRow("nothing there") << "/gone" << QByteArray() << "HTTP 404";
}

void TestThreadLoader::detectionByPage()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, page);
    QFETCH(QString, why);
    serveSeed();
    if (!page.isEmpty())
        m_server->setPage(path, page);
    auto h = makeHarness(m_owner.get());
    const LoadOutcome outcome = h->load(m_server->url(path));
    if (why.isEmpty()) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(h->loader->info().engine, QStringLiteral("xenforo"));
        QCOMPARE(h->loader->info().url, m_server->url(m_seed.path).toString());
        QCOMPARE(h->model->postCount(), m_seed.posts.size());
    } else {
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(why), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(path), qPrintable(outcome.error));
        const bool listing = why.contains(QLatin1String("listing")) || why.contains(QLatin1String("feeds"));
        if (!page.isEmpty() && !listing)
            QVERIFY2(outcome.error.contains(QLatin1String("XenForo")),
                qPrintable(outcome.error)); // what was tried
        // A section's address says what it is: it is not fetched. Other listings are
        // known by their answer, and the outcome gives their address to subscribe to.
        const bool byAddress = path.startsWith(QLatin1String("/forums/"));
        QCOMPARE(m_server->requestCount(path), byAddress ? 0 : 1);
        QCOMPARE(outcome.listing, listing && !byAddress ? m_server->url(path) : QUrl());
        QCOMPARE(h->model->postCount(), 0);
    }
}

QTEST_GUILESS_MAIN(TestThreadLoader)
#include "tst_threadloader.moc"
