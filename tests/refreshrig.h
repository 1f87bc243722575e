// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loadharness.h"
#include "servers/discoursefixture.h"
#include "servers/fixtureserver.h"
#include "servers/phpbbfixture.h"
#include "servers/vbulletinfixture.h"
#include "servers/xenforofixture.h"

#include "net/pagefetcher.h"
#include "services/threadrefresher.h"
#include "services/watchscheduler.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace Threadkeeper::Testing {

inline const QStringList Names {
    QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Carol"), QStringLiteral("Dave")};
constexpr int PhpbbTopic = 7;

inline QString authorOf(int index)
{
    return Names[index % Names.size()];
}

// Post i (0-based) of a made-up thread: its poster and words of its own. Ids are
// numbers (Discourse wants them so), different for each thread.
inline FixturePost madePost(int thread, int i)
{
    FixturePost p;
    p.id = QString::number(thread * 10000 + 1000 + i);
    p.number = i + 1;
    p.author = authorOf(i);
    p.date = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::UTC).addSecs(600 * i);
    p.bbcode = QStringLiteral("Post %1 of thread %2: %3 writes about the kestrel's %4th flight.")
                   .arg(i + 1)
                   .arg(thread)
                   .arg(p.author)
                   .arg(i * 7 + 3);
    return p;
}

inline FixtureThread madeThread(int thread, int posts)
{
    FixtureThread t;
    t.title = QStringLiteral("Watched thread %1").arg(thread);
    t.path = QStringLiteral("/threads/watched-thread.%1/").arg(100 + thread);
    t.perPage = 10;
    for (int i = 0; i < posts; ++i)
        t.posts.append(madePost(thread, i));
    return t;
}

// A thread of one engine served over loopback, as it grows.
struct ServedThread
{
    QString engine;
    int index = 0;
    FixtureThread thread;

    int pageCount() const { return thread.pageCount(); }
    QString pagePath(int page) const
    {
        if (engine == QLatin1String("phpbb"))
            return phpbbPagePath(thread, PhpbbTopic, page);
        if (engine == QLatin1String("vbulletin"))
            return vb4PagePath(page);
        if (engine == QLatin1String("discourse"))
            return QStringLiteral("/t/%1.json").arg(topic().id);
        return thread.pagePath(page);
    }
    // What a refresh of the unchanged thread asks: the last page, or the topic.
    QString lastRequestPath() const { return pagePath(pageCount()); }
    DiscourseTopic topic() const
    {
        DiscourseTopic t;
        t.thread = thread;
        t.id = 4321 + index;
        return t;
    }
    QUrl url(const FixtureServer &server) const
    {
        return server.url(engine == QLatin1String("discourse") ? topic().path() : pagePath(1));
    }
    void serve(FixtureServer *server) const
    {
        if (engine == QLatin1String("discourse")) {
            serveDiscourseTopic(server, topic());
            return;
        }
        QList<VbPost> vb;
        for (const FixturePost &p : thread.posts)
            vb.append(VbPost {p.id.toInt(), p.author, QStringLiteral("<p>%1</p>").arg(p.bbcode)});
        for (int page = 1; page <= pageCount(); ++page) {
            QByteArray html = engine == QLatin1String("phpbb") ? phpbbPage(thread, PhpbbTopic, page)
                : engine == QLatin1String("vbulletin")         ? vb4Page(vb, page)
                                                               : xenforoPage(thread, page);
            server->setPage(pagePath(page), html);
        }
    }
    void grow(int posts)
    {
        const int from = int(thread.posts.size());
        for (int i = from; i < from + posts; ++i)
            thread.posts.append(madePost(index, i));
    }
};

// The refresh path as the window has it: the load harness (network, cache, loader,
// session, model), a refresher (feeding the session, or not: a thread not open) and a
// scheduler, owned by owner.
struct RefreshRig
{
    std::unique_ptr<LoadHarness> h;
    ThreadRefresher *refresher = nullptr;
    WatchScheduler *scheduler = nullptr;

    RefreshRig(const QString &cachePath, QObject *owner, bool withSession)
        : h(std::make_unique<LoadHarness>(cachePath, owner))
        , refresher(new ThreadRefresher(h->nam, h->store, withSession ? h->session : nullptr, owner))
        , scheduler(new WatchScheduler(refresher, h->store, owner))
    {
        refresher->setTimeout(3000);
        refresher->fetcher()->setRetryDelay(20);
    }
};

inline void sync(CacheStore *store)
{
    QSignalSpy synced(store, &CacheStore::synced);
    store->sync();
    QVERIFY(synced.wait(5000));
}

// Loads the thread whole (as opening it does), then watches it.
inline bool loadAndWatch(RefreshRig &rig, const QUrl &url)
{
    const LoadOutcome outcome = rig.h->load(url);
    if (!outcome.ok() || !outcome.failedPages.isEmpty())
        return false;
    rig.h->store->setWatched(rig.h->loader->info().url, true);
    sync(rig.h->store);
    return true;
}

// Refreshes every watched thread now, and waits for the run to end.
inline QList<RefreshOutcome> refreshAll(RefreshRig &rig)
{
    QSignalSpy refreshed(rig.scheduler, &WatchScheduler::refreshed);
    QSignalSpy finished(rig.scheduler, &WatchScheduler::finished);
    rig.scheduler->refreshWatched();
    if (!finished.wait(15000))
        return {};
    sync(rig.h->store);
    QList<RefreshOutcome> outcomes;
    for (const QList<QVariant> &args : refreshed)
        outcomes.append(args.first().value<RefreshOutcome>());
    return outcomes;
}

} // namespace Threadkeeper::Testing
