// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Refreshing from the window, offscreen: F5 asks the open thread's forum for what is new
// and the tree grows; Shift+F5 checks every watched thread; news in the status bar and a
// desktop notification (counted here instead of shown).
#include "readerwindow.h"
#include "servers/fixtureserver.h"
#include "servers/xenforofixture.h"

#include "reader/threadview.h"
#include "window/notifier.h"
#include "window/refreshactions.h"

#include "models/threadtreemodel.h"
#include "services/rulebook.h"
#include "services/watchscheduler.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

struct CountingNotifier : Notifier
{
    QStringList texts;
    void notify(const QString &, const QString &text) override { texts.append(text); }
};

FixtureThread madeThread(int thread, int posts)
{
    static const QStringList names {
        QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Carol"), QStringLiteral("Dave")};
    FixtureThread t;
    t.title = QStringLiteral("Watched thread %1").arg(thread);
    t.path = QStringLiteral("/threads/watched-thread.%1/").arg(100 + thread);
    t.perPage = 10;
    for (int i = 0; i < posts; ++i) {
        FixturePost p;
        p.id = QString::number(thread * 10000 + 1000 + i);
        p.number = i + 1;
        p.author = names[i % names.size()];
        p.date = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::UTC).addSecs(600 * i);
        p.bbcode = QStringLiteral("Post %1 of thread %2 by %3.").arg(i + 1).arg(thread).arg(p.author);
        t.posts.append(p);
    }
    return t;
}

void serve(FixtureServer *server, const FixtureThread &thread)
{
    for (int page = 1; page <= thread.pageCount(); ++page)
        server->setPage(thread.pagePath(page), xenforoPage(thread, page));
}

} // namespace

class TestRefreshWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void f5ShowsNewPostsInTheTree();
    void shiftF5ChecksEveryWatchedThread();

private:
    static void sync(CacheStore *store)
    {
        QSignalSpy synced(store, &CacheStore::synced);
        store->sync();
        QVERIFY(synced.wait(5000));
    }
};

void TestRefreshWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestRefreshWindow::f5ShowsNewPostsInTheTree()
{
    FixtureServer server;
    QVERIFY(server.start());
    server.setValidators(true);
    FixtureThread thread = madeThread(0, 25);
    serve(&server, thread);
    ReaderWindow w;
    CountingNotifier notifier;
    w.window->refreshActions()->setNotifier(&notifier);
    const QUrl url = server.url(thread.path);
    QVERIFY(w.open(url));
    QCOMPARE(w.services.model->postCount(), 25);
    // The reader follows Carol on this site.
    Rule follow;
    follow.kind = Rule::Kind::Poster;
    follow.site = siteOfThread(url.toString());
    follow.pattern = QStringLiteral("Carol");
    follow.score = 100;
    w.services.rules->addRule(follow);

    // Three posts more (Bob, Carol, Dave): page 3 changes, nothing else.
    thread = madeThread(0, 28);
    serve(&server, thread);
    server.resetCounters();
    QSignalSpy refreshed(w.services.watch, &WatchScheduler::refreshed);
    QTest::keyClick(w.window.get(), Qt::Key_F5);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(server.requests(), QStringList {thread.pagePath(3)});
    QCOMPARE(server.conditionalRequests(), QStringList {thread.pagePath(3)});
    QTRY_COMPARE(w.services.model->postCount(), 28);
    for (int i = 0; i < 28; ++i) {
        const QModelIndex index = w.services.model->indexOf(thread.posts[i].id);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(ThreadTreeModel::NewRole).toBool(), i >= 25);
    }
    const QString news = QStringLiteral("3 new posts in Watched thread 0, including 1 by Carol");
    QCOMPARE(w.window->statusText(), news);
    QCOMPARE(notifier.texts, QStringList {news});

    // Nothing new: one 304, said so, no notification.
    server.resetCounters();
    QTest::keyClick(w.window.get(), Qt::Key_F5);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(server.notModified(), QStringList {thread.pagePath(3)});
    QCOMPARE(w.window->statusText(), QStringLiteral("No new posts in Watched thread 0"));
    QCOMPARE(notifier.texts.size(), 1);
    QCOMPARE(w.services.model->postCount(), 28);
}

void TestRefreshWindow::shiftF5ChecksEveryWatchedThread()
{
    FixtureServer server;
    QVERIFY(server.start());
    server.setValidators(true);
    FixtureThread other = madeThread(1, 15);
    FixtureThread open = madeThread(0, 12);
    serve(&server, other);
    serve(&server, open);
    ReaderWindow w;
    CountingNotifier notifier;
    w.window->refreshActions()->setNotifier(&notifier);
    QVERIFY(w.open(server.url(other.path)));
    const QString otherKey = w.services.session->info().url;
    QVERIFY(w.open(server.url(open.path)));
    const QString openKey = w.services.session->info().url;
    w.services.store->setWatched(otherKey, true);
    w.services.store->setWatched(openKey, true);
    sync(w.services.store);

    // The thread not open gains two posts; the open one nothing.
    other = madeThread(1, 17);
    serve(&server, other);
    server.resetCounters();
    QSignalSpy finished(w.services.watch, &WatchScheduler::finished);
    QTest::keyClick(w.window.get(), Qt::Key_F5, Qt::ShiftModifier);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toInt(), 2);
    QCOMPARE(finished.first().at(1).toInt(), 2);
    QStringList asked = server.requests();
    asked.sort();
    QCOMPARE(asked, (QStringList {open.pagePath(2), other.pagePath(2)}));
    QCOMPARE(server.notModified(), QStringList {open.pagePath(2)});
    QCOMPARE(w.window->statusText(), QStringLiteral("Checked 2 watched threads: 2 new posts"));
    QCOMPARE(notifier.texts, QStringList {QStringLiteral("2 new posts in Watched thread 1")});
    // The open tree stays as it was; the other thread's new posts are cached.
    QCOMPARE(w.services.model->postCount(), 12);
    sync(w.services.store);
    CacheDatabase db;
    QVERIFY(db.open(w.services.store->path(), nullptr));
    QCOMPARE(db.loadThread(otherKey)->posts.size(), 17);
}

QTEST_MAIN(TestRefreshWindow)
#include "tst_refreshwindow.moc"
