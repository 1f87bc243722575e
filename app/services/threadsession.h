// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "services/replytree.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Threadkeeper {

class CacheStore;
class ThreadLoader;
class ThreadTreeModel;

// One open thread: feeds what the loader delivers (cache, then network pages in any
// order) through the reply tree into the model, keeping read state, and marks posts
// read in the model and the cache.
class ThreadSession : public QObject
{
    Q_OBJECT
public:
    ThreadSession(ThreadLoader *loader, ThreadTreeModel *model, CacheStore *store, QObject *parent = nullptr);

    const ReplyTree &tree() const { return m_tree; }
    ThreadTreeModel *model() const { return m_model; }
    ThreadInfo info() const { return m_info; }

    void markRead(const QStringList &postIds);
    void markThreadRead();
    // Read state by post id (an invalid time: unread), for undo.
    QHash<QString, QDateTime> readState(const QStringList &postIds) const;
    void setReadState(const QHash<QString, QDateTime> &readAt);
    QStringList postIds() const;

Q_SIGNALS:
    void postsChanged();

private:
    void reset(const ThreadInfo &info);
    // Returns the posts already shown that moved to another parent.
    QList<Post> addPosts(QList<Post> posts, bool fromCache);

    ThreadLoader *m_loader;
    ThreadTreeModel *m_model;
    QPointer<CacheStore> m_store;
    ReplyTree m_tree;
    ThreadInfo m_info;
    bool m_hadCache = false;
};

} // namespace Threadkeeper
