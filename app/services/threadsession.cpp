// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadsession.h"

#include "domain/handoff.h"
#include "models/threadtreemodel.h"
#include "services/threadloader.h"
#include "store/cachestore.h"

#include <QMap>

#include <algorithm>

namespace Threadkeeper {

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
        m_hadCache = m_hadCache || !posts.isEmpty();
        addPosts(posts, true);
    });
    connect(loader, &ThreadLoader::pageLoaded, this, &ThreadSession::takePart);
}

void ThreadSession::takePart(int part, const QList<Post> &posts)
{
    const QList<Post> moved = addPosts(posts, false);
    if (!m_store)
        return;
    // Cache the part with its quotes resolved, and the new links of posts that moved.
    QList<Post> resolved;
    resolved.reserve(posts.size());
    for (const Post &p : posts)
        resolved.append(*m_tree.post(p.id));
    m_store->savePage(m_info, part, resolved);
    if (!moved.isEmpty())
        m_store->saveQuoteEdges(m_info.url, moved);
}

bool ThreadSession::addRefreshed(const ThreadInfo &info, int part, const QList<Post> &posts)
{
    if (info.url.isEmpty() || info.url != m_info.url)
        return false;
    if (!info.title.isEmpty())
        m_info.title = info.title;
    m_info.pageCount = std::max(m_info.pageCount, info.pageCount);
    // Posts seen for the first time now are new, as they are when a load brings them.
    m_hadCache = true;
    takePart(part, posts);
    return true;
}

void ThreadSession::reset(const ThreadInfo &info)
{
    m_info = info;
    m_tree.clear();
    m_model->clear();
    m_read.clear();
    m_scores.clear();
    m_shown.clear();
    m_hiddenUnder.clear();
    m_hadCache = false;
}

Post ThreadSession::post(const QString &id) const
{
    const Post *stored = m_tree.post(id);
    if (!stored)
        return {};
    Post p = *stored;
    const ReadInfo read = m_read.value(id);
    p.firstSeen = read.firstSeen;
    p.readAt = read.readAt;
    p.isNew = read.isNew;
    return p;
}

PostHeader ThreadSession::shownHeader(const QString &id) const
{
    PostHeader header = ThreadTreeModel::headerOf(*m_tree.post(id));
    const ReadInfo read = m_read.value(id);
    header.readAt = read.readAt;
    header.isNew = read.isNew;
    return header;
}

QList<Post> ThreadSession::addPosts(QList<Post> posts, bool fromCache)
{
    QSet<QString> changed;
    for (Post &p : posts) {
        changed.insert(p.id);
        auto it = m_read.find(p.id);
        if (it != m_read.end())
            continue; // known: keep its read state
        ReadInfo read;
        if (fromCache) {
            read = ReadInfo {p.firstSeen, p.readAt, false};
        } else {
            read.isNew = m_hadCache; // new since the last visit
            read.firstSeen = QDateTime::currentDateTimeUtc();
            p.firstSeen = read.firstSeen;
        }
        m_read.insert(p.id, read);
    }
    // The cache kept how quotes resolved: opening a thread matches no text.
    QStringList relinked;
    const QList<ReplyTree::Move> moves
        = fromCache ? m_tree.addResolved(posts, &relinked) : m_tree.add(posts, &relinked);
    for (const ReplyTree::Move &move : moves)
        changed.insert(move.postId); // its quotes now resolve elsewhere
    QList<Post> moved;
    for (const QString &id : std::as_const(relinked))
        moved.append(*m_tree.post(id));
    reconcile(changed, false);
    Q_EMIT postsChanged();
    return moved;
}

void ThreadSession::collectAffected(const QString &id, QSet<QString> *affected) const
{
    // A post's place hangs on its ancestors once hidden posts leave the tree: removed
    // with their replies (all below may go or come back), or alone (the replies of a
    // post hidden, or shown anew, move).
    QList<QString> stack {id};
    while (!stack.isEmpty()) {
        const QString current = stack.takeLast();
        affected->insert(current);
        if (m_hideMode == HideMode::Placeholder)
            continue;
        if (m_hideMode == HideMode::Remove && !m_scores.value(current).hidden && m_shown.contains(current))
            continue;
        for (const QString &child : m_tree.childrenOf(current)) {
            if (!affected->contains(child))
                stack.append(child);
        }
    }
}

void ThreadSession::reconcile(const QSet<QString> &changedContent, bool all)
{
    // The posts to look at: every post for a rule or mode change, else what changed and
    // the replies whose place hangs on it. Thread order puts parents first.
    QList<const Post *> posts;
    if (all) {
        posts = m_tree.posts();
    } else {
        QSet<QString> affected;
        for (const QString &id : changedContent) {
            if (!m_tree.contains(id))
                continue;
            if (!m_scores.contains(id) || changedContent.contains(id))
                m_scores.insert(id, m_scorer.score(*m_tree.post(id), m_info.url));
            collectAffected(id, &affected);
        }
        for (const QString &id : std::as_const(affected))
            posts.append(m_tree.post(id));
        std::sort(posts.begin(), posts.end(),
            [](const Post *a, const Post *b) { return a->position < b->position; });
    }
    if (all) {
        for (const Post *p : std::as_const(posts))
            m_scores.insert(p->id, m_scorer.score(*p, m_info.url));
    }

    // Which posts show, under which parent.
    for (const Post *p : std::as_const(posts)) {
        const bool hidden = m_scores.value(p->id).hidden;
        QString parent = m_tree.parentOf(p->id);
        bool shown = true;
        switch (m_hideMode) {
        case HideMode::Placeholder:
            break;
        case HideMode::Remove:
            shown = !hidden;
            if (!parent.isEmpty() && !m_shown.contains(parent)) {
                // Up to the nearest shown post, as the post left out above found it.
                const auto known = m_hiddenUnder.constFind(parent);
                if (known != m_hiddenUnder.constEnd() && (known->isEmpty() || m_shown.contains(*known)))
                    parent = *known;
                while (!parent.isEmpty() && !m_shown.contains(parent))
                    parent = m_tree.parentOf(parent);
            }
            break;
        case HideMode::Subtree:
            shown = !hidden && (parent.isEmpty() || m_shown.contains(parent));
            break;
        }
        if (shown) {
            // Parents come first in thread order and are capped already: a walk of at
            // most MaxShownDepth steps.
            int depth = 0;
            for (QString a = parent; !a.isEmpty() && depth < MaxShownDepth; a = m_shown.value(a))
                ++depth;
            if (depth >= MaxShownDepth)
                parent = m_shown.value(parent);
            m_shown.insert(p->id, parent);
            m_hiddenUnder.remove(p->id);
        } else {
            if (m_hideMode == HideMode::Remove)
                m_hiddenUnder.insert(p->id, parent);
            else
                m_hiddenUnder.remove(p->id);
            m_shown.remove(p->id);
        }
    }

    // A change that moves or removes much of the thread (a busy poster hidden) is rebuilt
    // in one go: row by row, every step costs the views a walk over all their rows. New
    // rows go in batches by parent either way.
    int structural = 0;
    for (const Post *p : std::as_const(posts)) {
        const auto it = m_shown.constFind(p->id);
        const QModelIndex index = m_model->indexOf(p->id);
        if (!index.isValid())
            continue;
        if (it == m_shown.constEnd() || index.parent().data(ThreadTreeModel::PostIdRole).toString() != *it)
            ++structural;
    }
    if (structural > BulkChanges && m_model->postCount() > 0) {
        QStringList ids;
        QStringList parents;
        for (const QString &id : m_tree.ids()) {
            if (const auto it = m_shown.constFind(id); it != m_shown.constEnd()) {
                ids.append(id);
                parents.append(*it);
            }
        }
        m_model->setStructure(ids, parents, [this, &changedContent](const QString &id, bool known) {
            return !known || changedContent.contains(id) ? std::optional(shownHeader(id)) : std::nullopt;
        });
        setShownScores(posts);
        return;
    }

    // Insert what is new in one batch, refresh what changed; parents first, by thread order.
    QList<PostHeader> inserts;
    QStringList insertParents;
    for (const Post *p : std::as_const(posts)) {
        const auto it = m_shown.constFind(p->id);
        if (it == m_shown.constEnd())
            continue;
        if (!m_model->indexOf(p->id).isValid()) {
            inserts.append(shownHeader(p->id));
            insertParents.append(*it);
        } else if (changedContent.contains(p->id)) {
            m_model->updatePost(shownHeader(p->id));
        }
    }
    if (!inserts.isEmpty())
        m_model->insertPosts(inserts, insertParents);
    // Move what sits under the wrong parent: a parent always comes earlier in the
    // thread, so no move can put a post under its own descendant.
    for (const Post *p : std::as_const(posts)) {
        const auto it = m_shown.constFind(p->id);
        if (it == m_shown.constEnd())
            continue;
        const QModelIndex index = m_model->indexOf(p->id);
        if (index.parent().data(ThreadTreeModel::PostIdRole).toString() != *it)
            m_model->movePost(p->id, *it);
    }
    // Remove what no longer shows, deepest first; shown replies have moved out already.
    for (auto it = posts.crbegin(); it != posts.crend(); ++it) {
        if (!m_shown.contains((*it)->id))
            m_model->removePost((*it)->id);
    }
    setShownScores(posts);
}

void ThreadSession::setShownScores(const QList<const Post *> &posts)
{
    m_model->beginChanges(); // a rule that rescored many posts is announced once
    for (const Post *p : posts) {
        if (m_shown.contains(p->id))
            m_model->setScore(p->id, m_scores.value(p->id));
    }
    m_model->endChanges();
}

void ThreadSession::setRules(const QList<Rule> &rules)
{
    m_scorer.setRules(rules);
    reconcile({}, true);
    Q_EMIT scoresChanged();
}

void ThreadSession::setThresholds(const ScoreThresholds &thresholds)
{
    m_scorer.setThresholds(thresholds);
    reconcile({}, true);
    Q_EMIT scoresChanged();
}

void ThreadSession::setHideMode(HideMode mode)
{
    if (mode == m_hideMode)
        return;
    m_hideMode = mode;
    reconcile({}, true);
    Q_EMIT scoresChanged();
}

PostScore ThreadSession::quoteScore(const QString &author, const QString &postId) const
{
    if (const auto it = m_scores.constFind(postId); !postId.isEmpty() && it != m_scores.constEnd())
        return *it;
    return m_scorer.posterScore(author, m_info.url);
}

void ThreadSession::savePlace(const ReadingPlace &place)
{
    if (m_store && !m_info.url.isEmpty() && m_tree.contains(place.postId))
        m_store->savePlace(m_info.url, place);
}

void ThreadSession::markRead(const QStringList &postIds)
{
    QHash<QString, QDateTime> changes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &id : postIds) {
        const auto it = m_read.constFind(id);
        if (it != m_read.constEnd() && !it->readAt.isValid())
            changes.insert(id, now);
    }
    setReadState(changes);
}

void ThreadSession::markThreadRead()
{
    markRead(postIds());
}

QStringList ThreadSession::postIds() const
{
    return m_tree.ids();
}

bool ThreadSession::isRead(const QString &postId) const
{
    const auto it = m_read.constFind(postId);
    return it != m_read.constEnd() && it->readAt.isValid();
}

QHash<QString, QDateTime> ThreadSession::readState(const QStringList &postIds) const
{
    QHash<QString, QDateTime> state;
    for (const QString &id : postIds) {
        const auto it = m_read.constFind(id);
        if (it != m_read.constEnd())
            state.insert(id, it->readAt);
    }
    return state;
}

void ThreadSession::setReadState(const QHash<QString, QDateTime> &readAt)
{
    // One model update and one cache transaction per distinct time.
    QMap<QDateTime, QStringList> byTime;
    for (auto it = readAt.cbegin(); it != readAt.cend(); ++it) {
        auto read = m_read.find(it.key());
        if (read == m_read.end() || read->readAt == it.value())
            continue;
        read->readAt = it.value();
        if (it.value().isValid())
            read->isNew = false;
        byTime[it.value()].append(it.key());
    }
    for (auto it = byTime.cbegin(); it != byTime.cend(); ++it) {
        m_model->setRead(it.value(), it.key());
        if (m_store)
            m_store->markRead(m_info.url, it.value(), it.key());
    }
}

void ThreadSession::reloadReadState()
{
    if (!m_store || m_info.url.isEmpty()) {
        Q_EMIT readStateReloaded(0);
        return;
    }
    // The store outlives the session's jobs (it drains before it goes), as with every read.
    m_store->post([this, url = m_info.url](CacheDatabase &db) {
        QHash<QString, QDateTime> stored = db.isOpen() ? db.readState(url) : QHash<QString, QDateTime>();
        QMetaObject::invokeMethod(this,
            handedOff([this, url, stored = std::move(stored)] { takeStoredReadState(url, stored); }),
            Qt::QueuedConnection);
    });
}

void ThreadSession::takeStoredReadState(const QString &url, const QHash<QString, QDateTime> &stored)
{
    if (url != m_info.url) {
        Q_EMIT readStateReloaded(0); // another thread opened meanwhile: it was read fresh
        return;
    }
    // Only what turned read or unread: the cache keeps seconds, the session may hold a
    // finer time for a post marked here, which is no change.
    QMap<QDateTime, QStringList> byTime;
    int changed = 0;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        auto read = m_read.find(it.key());
        if (read == m_read.end() || read->readAt.isValid() == it.value().isValid())
            continue;
        read->readAt = it.value();
        if (it.value().isValid())
            read->isNew = false;
        byTime[it.value()].append(it.key());
        ++changed;
    }
    for (auto it = byTime.cbegin(); it != byTime.cend(); ++it)
        m_model->setRead(it.value(), it.key());
    Q_EMIT readStateReloaded(changed);
}

} // namespace Threadkeeper
