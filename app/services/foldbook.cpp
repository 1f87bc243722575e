// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldbook.h"

#include "store/cachestore.h"

namespace Threadkeeper {

FoldBook::FoldBook(CacheStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &CacheStore::foldsLoaded, this,
        [this](const QString &threadUrl, const QHash<QString, QStringList> &folds) {
            if (threadUrl != m_thread)
                return; // an answer for a thread closed since
            for (auto it = folds.cbegin(); it != folds.cend(); ++it) {
                // A toggle made while the answer was on its way wins.
                if (!m_toggled.contains(it.key()))
                    m_toggled.insert(it.key(), QSet<QString>(it->begin(), it->end()));
            }
            Q_EMIT loaded();
        });
}

void FoldBook::load(const QString &threadUrl)
{
    if (threadUrl == m_thread)
        return;
    m_thread = threadUrl;
    m_toggled.clear();
    if (!threadUrl.isEmpty())
        m_store->loadFolds(threadUrl);
}

void FoldBook::setToggled(const QString &postId, const QSet<QString> &paths)
{
    if (postId.isEmpty())
        return;
    m_toggled.insert(postId, paths);
    QStringList sorted(paths.begin(), paths.end());
    sorted.sort();
    if (!m_thread.isEmpty())
        m_store->saveFolds(m_thread, postId, sorted);
}

} // namespace Threadkeeper
