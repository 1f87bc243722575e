// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchlist.h"

#include "store/cachestore.h"

namespace Threadkeeper {

WatchList::WatchList(CacheStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(store, &CacheStore::watchedListed, this, [this](const QList<ThreadSummary> &threads) {
        m_watched.clear();
        for (const ThreadSummary &t : threads)
            m_watched.insert(t.info.url);
        Q_EMIT listed();
    });
    connect(store, &CacheStore::watchChanged, this, [this](const QString &url, bool watched) {
        if (watched)
            m_watched.insert(url);
        else
            m_watched.remove(url);
        Q_EMIT watchChanged(url, watched);
    });
    // A thread removed (or put back) takes its watch with it.
    connect(store, &CacheStore::threadRemoved, this, [this] { m_store->listWatched(); });
    connect(store, &CacheStore::threadRestored, this, [this] { m_store->listWatched(); });
    store->listWatched();
}

void WatchList::setWatched(const QString &url, bool watched)
{
    if (m_store && !url.isEmpty())
        m_store->setWatched(url, watched);
}

} // namespace Threadkeeper
