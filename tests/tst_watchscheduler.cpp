// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// When watched threads are refreshed, over real HTTP: the interval, a site's Retry-After,
// Esc; and how the news is told.
#include "refreshrig.h"
#include "testutil.h"

#include "services/refreshannouncement.h"
#include "store/cachedatabase.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestWatchScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void retryAfterPushesTheNextCheck();
    void cancelStopsAndRecordsNothing();
    void onlyDueThreadsOnTheTimer();
    void announcement_data();
    void announcement();

private:
    RefreshRig makeRig(bool withSession = true)
    {
        return RefreshRig(cachePath(), m_owner.get(), withSession);
    }
    QString cachePath() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }

    QTemporaryDir m_dir;
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<QObject> m_owner;
};

void TestWatchScheduler::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestWatchScheduler::init()
{
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->start());
    m_server->setValidators(true);
    m_owner = std::make_unique<QObject>();
}

void TestWatchScheduler::cleanup()
{
    m_owner.reset();
    m_server.reset();
    QFile::remove(cachePath());
}

void TestWatchScheduler::retryAfterPushesTheNextCheck()
{
    ServedThread served {QStringLiteral("xenforo"), 0, madeThread(0, 25)};
    served.serve(m_server.get());
    RefreshRig rig = makeRig(false);
    QVERIFY(loadAndWatch(rig, served.url(*m_server)));
    const QString key = rig.h->loader->info().url;
    FixtureServer::Route busy;
    busy.body = xenforoPage(served.thread, 3);
    busy.failTimes = 1;
    busy.failStatus = 429;
    busy.retryAfter = "3600";
    m_server->setRoute(served.pagePath(3), busy);
    m_server->resetCounters();

    const QList<RefreshOutcome> outcomes = refreshAll(rig);
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(!outcomes.first().ok());
    QCOMPARE(m_server->requests().size(), 1); // an hour is not waited out, nor asked early
    const QDateTime until = rig.scheduler->busyUntil(key);
    QVERIFY(until.isValid());
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(until) > 3500);

    // Neither on demand nor on the timer is the site asked before then.
    m_server->resetCounters();
    QSignalSpy deferred(rig.scheduler, &WatchScheduler::deferred);
    QString why;
    QVERIFY(!rig.scheduler->refreshThread(key, &why));
    QVERIFY(!why.isEmpty());
    rig.scheduler->refreshWatched();
    QTRY_COMPARE(deferred.size(), 1);
    QCOMPARE(deferred.first().first().toString(), key);
    QCOMPARE(deferred.first().at(1).toDateTime(), until);
    sync(rig.h->store);
    QVERIFY(m_server->requests().isEmpty());
}

void TestWatchScheduler::cancelStopsAndRecordsNothing()
{
    ServedThread served {QStringLiteral("xenforo"), 0, madeThread(0, 25)};
    served.serve(m_server.get());
    RefreshRig rig = makeRig(false);
    QVERIFY(loadAndWatch(rig, served.url(*m_server)));
    const QString key = rig.h->loader->info().url;
    FixtureServer::Route hang;
    hang.hang = true;
    m_server->setRoute(served.pagePath(3), hang);
    m_server->resetCounters();
    QSignalSpy refreshed(rig.scheduler, &WatchScheduler::refreshed);
    QSignalSpy finished(rig.scheduler, &WatchScheduler::finished);
    rig.scheduler->refreshWatched();
    QTRY_COMPARE(m_server->requests().size(), 1);
    QVERIFY(rig.scheduler->isRunning());
    rig.scheduler->cancel(); // Esc
    QCOMPARE(refreshed.size(), 1);
    QVERIFY(refreshed.first().first().value<RefreshOutcome>().cancelled);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!rig.scheduler->isRunning());
    sync(rig.h->store);
    CacheDatabase db;
    QVERIFY(db.open(cachePath(), nullptr));
    QVERIFY(!db.watchedThreads().first().lastChecked.isValid()); // still due
}

void TestWatchScheduler::onlyDueThreadsOnTheTimer()
{
    ServedThread first {QStringLiteral("xenforo"), 0, madeThread(0, 15)};
    ServedThread second {QStringLiteral("xenforo"), 1, madeThread(1, 15)};
    first.serve(m_server.get());
    second.serve(m_server.get());
    RefreshRig rig = makeRig(false);
    QVERIFY(loadAndWatch(rig, first.url(*m_server)));
    const QString firstKey = rig.h->loader->info().url;
    QVERIFY(loadAndWatch(rig, second.url(*m_server)));
    const QString secondKey = rig.h->loader->info().url;
    // The first was checked ten minutes ago, the second an hour ago: with 30 minutes
    // between checks only the second is due.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    rig.h->store->recordChecked(firstKey, now.addSecs(-600));
    rig.h->store->recordChecked(secondKey, now.addSecs(-3600));
    sync(rig.h->store);
    QCOMPARE(rig.scheduler->intervalMinutes(), WatchScheduler::DefaultIntervalMinutes);
    m_server->resetCounters();
    QSignalSpy finished(rig.scheduler, &WatchScheduler::finished);
    QSignalSpy progress(rig.scheduler, &WatchScheduler::progressChanged);
    rig.scheduler->start(50);
    QVERIFY(finished.wait(10000));
    rig.scheduler->stop();
    QCOMPARE(finished.first().first().toInt(), 1);
    QCOMPARE(m_server->requests(), QStringList {second.pagePath(2)});
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toInt(), 1);

    // The interval is a setting, kept, and never shorter than the least.
    rig.scheduler->setIntervalMinutes(1);
    QCOMPARE(rig.scheduler->intervalMinutes(), WatchScheduler::MinIntervalMinutes);
    rig.scheduler->setIntervalMinutes(90);
    QCOMPARE(QSettings().value(QStringLiteral("watch/intervalMinutes")).toInt(), 90);
    QSettings().remove(QStringLiteral("watch/intervalMinutes"));
}

void TestWatchScheduler::announcement_data()
{
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<QList<Rule>>("rules");
    QTest::addColumn<QString>("expected");
    const QString url = QStringLiteral("https://forum.example/threads/kestrel.1/");
    const QString site = siteOfThread(url);
    auto poster = [site](const QString &name, int score, const QString &thread = {}) {
        return posterRule(site, name, score, thread);
    };
    const QStringList three {QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("alice")};
    QTest::newRow("nothing new") << QStringList {} << QList<Rule> {} << QString();
    QTest::newRow("one, none followed")
        << QStringList {QStringLiteral("Bob")} << QList<Rule> {} << QStringLiteral("1 new post in Kestrel");
    QTest::newRow("followed by name, any case")
        << three << QList<Rule> {poster(QStringLiteral("Alice"), 100)}
        << QStringLiteral("3 new posts in Kestrel, including 2 by Alice");
    QTest::newRow("any positive score follows")
        << three << QList<Rule> {poster(QStringLiteral("Bob"), 5)}
        << QStringLiteral("3 new posts in Kestrel, including 1 by Bob");
    QTest::newRow("two followed, most posts first")
        << three << QList<Rule> {poster(QStringLiteral("Bob"), 100), poster(QStringLiteral("Alice"), 100)}
        << QStringLiteral("3 new posts in Kestrel, including 2 by Alice and 1 by Bob");
    QTest::newRow("hidden is not followed") << three << QList<Rule> {poster(QStringLiteral("Alice"), -100)}
                                            << QStringLiteral("3 new posts in Kestrel");
    QTest::newRow("another thread's follow") << three
                                             << QList<Rule> {poster(QStringLiteral("Alice"), 100,
                                                    QStringLiteral("https://forum.example/threads/x.2/"))}
                                             << QStringLiteral("3 new posts in Kestrel");
    QTest::newRow("this thread's follow") << three << QList<Rule> {poster(QStringLiteral("Alice"), 100, url)}
                                          << QStringLiteral("3 new posts in Kestrel, including 2 by Alice");
}

void TestWatchScheduler::announcement()
{
    QFETCH(QStringList, authors);
    QFETCH(QList<Rule>, rules);
    QFETCH(QString, expected);
    RefreshOutcome outcome;
    outcome.url = QStringLiteral("https://forum.example/threads/kestrel.1/");
    outcome.title = QStringLiteral("Kestrel");
    outcome.newPosts = int(authors.size());
    outcome.newAuthors = authors;
    QCOMPARE(
        newPostsMessage(outcome, followedForAnnouncements(rules, QDateTime::currentDateTimeUtc())), expected);
}

QTEST_GUILESS_MAIN(TestWatchScheduler)
#include "tst_watchscheduler.moc"
