// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/library.h"
#include "domain/refresh.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace Threadkeeper {

class CacheStore;
class ThreadRefresher;

// When watched threads are refreshed: each once its interval has passed since its last
// check (QSettings "watch/intervalMinutes", 30 by default), all at once on demand
// (Shift+F5), or one now (F5). One thread at a time, through one ThreadRefresher. A site
// that answers 429 or 503 with Retry-After is not asked again before that time is up:
// its threads wait, even on demand.
class WatchScheduler : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMinutes = 30;
    static constexpr int MinIntervalMinutes = 5;

    WatchScheduler(ThreadRefresher *refresher, CacheStore *store, QObject *parent = nullptr);

    // Checks for due threads every tickMs (a minute by default) from now on.
    void start(int tickMs = 60000);
    void stop();
    int intervalMinutes() const { return m_intervalMinutes; }
    // Kept in the settings; at least MinIntervalMinutes.
    void setIntervalMinutes(int minutes);
    // Offline: nothing is refreshed, on a timer or on demand.
    void setOffline(bool offline);

    // Refreshes the watched threads that are due (their interval passed); what the
    // timer does.
    void checkDue();
    // Refreshes every watched thread now (Shift+F5).
    void refreshWatched();
    // Refreshes this thread now, before the others waiting (F5); false with why when
    // it cannot be (offline, its site asked to wait).
    bool refreshThread(const QString &url, QString *why = nullptr);
    // Stops the refresh under way and forgets the threads waiting.
    void cancel();
    bool isRunning() const;
    // Until when a site asked not to be asked (a null time: it did not).
    QDateTime busyUntil(const QString &url) const;

Q_SIGNALS:
    // A run of refreshes: done of total threads.
    void progressChanged(int done, int total, const QString &title);
    // One thread was checked. For the library (counts) and the announcements.
    void threadRefreshed(const QString &url, int newPosts);
    void refreshed(const Threadkeeper::RefreshOutcome &outcome);
    // A thread was not refreshed, as its site asked to wait until then.
    void deferred(const QString &url, const QDateTime &until);
    // The run is over (or was cancelled): threads checked, new posts found.
    void finished(int threads, int newPosts);

private:
    void onWatchedListed(const QList<ThreadSummary> &threads);
    void enqueue(const QString &url, bool front);
    void next();
    void onRefreshed(const RefreshOutcome &outcome);
    void onHostBusy(const QUrl &url, int seconds);

    QPointer<ThreadRefresher> m_refresher;
    QPointer<CacheStore> m_store;
    QTimer m_timer;
    int m_intervalMinutes = DefaultIntervalMinutes;
    bool m_offline = false;
    int m_listsAsked = 0; // watched lists asked for and not yet answered
    bool m_all = false; // the list asked for is for refreshing all, not only the due
    QStringList m_queue;
    QHash<QString, QString> m_titles; // url → title, for progress
    QHash<QString, QDateTime> m_busyUntil; // host key → not before
    // Checked by this scheduler: a list the store made before it recorded the check
    // must not bring a thread round again.
    QHash<QString, QDateTime> m_checkedAt;
    int m_done = 0;
    int m_total = 0;
    int m_newPosts = 0;
};

} // namespace Threadkeeper
