// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QSet>

namespace Threadkeeper {

class CacheStore;

// The threads the reader watches, known at once (the Watch action's check mark, the
// library's column): read from the cache at start and kept in step with every change the
// store confirms, whoever asked for it.
class WatchList : public QObject
{
    Q_OBJECT
public:
    explicit WatchList(CacheStore *store, QObject *parent = nullptr);

    bool isWatched(const QString &url) const { return m_watched.contains(url); }
    // Written to the cache; watchChanged() follows once it is stored.
    void setWatched(const QString &url, bool watched);
    void toggle(const QString &url) { setWatched(url, !isWatched(url)); }

Q_SIGNALS:
    void watchChanged(const QString &url, bool watched);
    // The whole list was read anew.
    void listed();

private:
    QPointer<CacheStore> m_store;
    QSet<QString> m_watched;
};

} // namespace Threadkeeper
