// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

namespace Threadkeeper {

class CacheStore;

// Which quotes and spoilers the reader opened or folded, per post of the open thread,
// kept in the cache so a post reads the same way when the reader comes back to it.
class FoldBook : public QObject
{
    Q_OBJECT
public:
    explicit FoldBook(CacheStore *store, QObject *parent = nullptr);

    // Forgets the last thread's folds and reads this one's from the cache.
    void load(const QString &threadUrl);
    QSet<QString> toggled(const QString &postId) const { return m_toggled.value(postId); }
    void setToggled(const QString &postId, const QSet<QString> &paths);

Q_SIGNALS:
    void loaded();

private:
    CacheStore *m_store;
    QString m_thread;
    QHash<QString, QSet<QString>> m_toggled;
};

} // namespace Threadkeeper
