// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadsession.h"

#include "models/threadtreemodel.h"
#include "services/threadloader.h"
#include "store/cachestore.h"

#include <algorithm>

namespace Threadkeeper {

namespace {
void carryReadState(Post *into, const Post &from)
{
    into->firstSeen = from.firstSeen;
    into->readAt = from.readAt;
    into->isNew = from.isNew;
}
} // namespace

ThreadSession::ThreadSession(ThreadLoader *loader, ThreadTreeModel *model, CacheStore *store, QObject *parent)
    : QObject(parent)
    , m_loader(loader)
    , m_model(model)
    , m_store(store)
{
    connect(loader, &ThreadLoader::threadInfoChanged, this, [this](const ThreadInfo &info) {
        if (info.url != m_info.url)
            reset(info);
        m_info = info;
    });
    connect(loader, &ThreadLoader::cachedPostsLoaded, this, [this](const QList<Post> &posts) {
        m_hadCache = !posts.isEmpty();
        addPosts(posts, true);
    });
    connect(loader, &ThreadLoader::pageLoaded, this, [this](int page, const QList<Post> &posts) {
        const QList<Post> moved = addPosts(posts, false);
        if (!m_store)
            return;
        // Cache the page with its quotes resolved, and the new links of posts that moved.
        QList<Post> resolved;
        for (const Post &p : posts)
            resolved.append(*m_tree.post(p.id));
        m_store->savePage(m_info, page, resolved);
        if (!moved.isEmpty())
            m_store->saveQuoteEdges(m_info.url, moved);
    });
}

void ThreadSession::reset(const ThreadInfo &info)
{
    m_info = info;
    m_tree.clear();
    m_model->clear();
    m_hadCache = false;
}

QList<Post> ThreadSession::addPosts(QList<Post> posts, bool fromCache)
{
    // The model is the authority on read state; the reply tree on content and quotes.
    for (Post &p : posts) {
        if (const Post *known = m_model->post(m_model->indexOf(p.id))) {
            carryReadState(&p, *known);
        } else if (!fromCache) {
            p.isNew = m_hadCache; // new since the last visit
            p.firstSeen = QDateTime::currentDateTimeUtc();
        }
    }
    const QList<ReplyTree::Move> moves = m_tree.add(posts);
    // Parents come before children in thread order, so insert in that order.
    std::sort(
        posts.begin(), posts.end(), [](const Post &a, const Post &b) { return a.position < b.position; });
    for (const Post &p : std::as_const(posts)) {
        const Post &resolved = *m_tree.post(p.id);
        const QString parent = m_tree.parentOf(p.id);
        const QModelIndex index = m_model->indexOf(p.id);
        if (!index.isValid()) {
            m_model->insertPost(resolved, parent);
            continue;
        }
        m_model->updatePost(resolved);
        if (index.parent().data(ThreadTreeModel::PostIdRole).toString() != parent)
            m_model->movePost(p.id, parent);
    }
    QList<Post> movedPosts;
    for (const ReplyTree::Move &move : moves) {
        Post moved = *m_tree.post(move.postId);
        movedPosts.append(moved);
        if (const Post *known = m_model->post(m_model->indexOf(move.postId)))
            carryReadState(&moved, *known);
        m_model->updatePost(moved); // its quotes now resolve elsewhere
        m_model->movePost(move.postId, move.to);
    }
    Q_EMIT postsChanged();
    return movedPosts;
}

void ThreadSession::markRead(const QStringList &postIds)
{
    QStringList unread;
    for (const QString &id : postIds) {
        const QModelIndex index = m_model->indexOf(id);
        if (index.isValid() && !index.data(ThreadTreeModel::ReadRole).toBool())
            unread.append(id);
    }
    if (unread.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_model->setRead(unread, now);
    if (m_store)
        m_store->markRead(m_info.url, unread, now);
}

void ThreadSession::markThreadRead()
{
    markRead(postIds());
}

QStringList ThreadSession::postIds() const
{
    QStringList all;
    for (const Post *p : m_tree.posts())
        all.append(p->id);
    return all;
}

QHash<QString, QDateTime> ThreadSession::readState(const QStringList &postIds) const
{
    QHash<QString, QDateTime> state;
    for (const QString &id : postIds) {
        if (const Post *p = m_model->post(m_model->indexOf(id)))
            state.insert(id, p->readAt);
    }
    return state;
}

void ThreadSession::setReadState(const QHash<QString, QDateTime> &readAt)
{
    // One model update and one cache transaction per distinct time.
    QMap<QDateTime, QStringList> byTime;
    for (auto it = readAt.cbegin(); it != readAt.cend(); ++it)
        byTime[it.value()].append(it.key());
    for (auto it = byTime.cbegin(); it != byTime.cend(); ++it) {
        m_model->setRead(it.value(), it.key());
        if (m_store)
            m_store->markRead(m_info.url, it.value(), it.key());
    }
}

} // namespace Threadkeeper
