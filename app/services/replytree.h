// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "services/quotematcher.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <utility>

namespace Threadkeeper {

// Rebuilds the reply tree of a thread from its quotes, as posts arrive in any order.
//
// A post's parent is the post the forum says it replies to (Post::parentId), else the
// post its first resolvable quote quotes, provided that post came earlier in the thread. Quotes that name
// their source (data-source, goto links) resolve to it; quotes typed by hand name only an author, and resolve
// to that author's earlier post whose own words best match the quoted words.
//
// The tree grows by what arrives: the work for a batch of posts is proportional to
// the batch (its quotes are matched through QuoteMatcher's index, and quotes already
// resolved are checked only against the batch's earlier posts of the quoted poster),
// never to the thread. The result does not depend on the order posts arrive in.
class ReplyTree
{
public:
    ReplyTree();
    ReplyTree(const ReplyTree &) = delete;
    ReplyTree &operator=(const ReplyTree &) = delete;

    struct Move
    {
        QString postId;
        QString from; // empty: top level
        QString to;
    };

    // Adds or replaces posts. Returns the posts already present whose parent changed
    // because of the new arrivals, in thread order. New posts' parents: parentOf().
    // relinked, if given, receives every post already present whose quotes now
    // resolve elsewhere (a superset of the moves), so their links can be stored.
    QList<Move> add(const QList<Post> &posts, QStringList *relinked = nullptr);
    // Adds posts whose quotes were resolved before (the cache keeps them): no text is
    // matched; a quote is matched again only if a post arrives that it could prefer.
    QList<Move> addResolved(const QList<Post> &posts, QStringList *relinked = nullptr);
    void clear();

    bool contains(const QString &id) const { return m_posts.contains(id); }
    QString parentOf(const QString &id) const { return m_parent.value(id); }
    // The replies of a post, in no particular order.
    QStringList childrenOf(const QString &id) const { return m_children.value(id); }
    // The post with its quotes' resolved ids filled in.
    const Post *post(const QString &id) const;
    int size() const { return int(m_posts.size()); }
    // All posts in thread order.
    QList<const Post *> posts() const;
    // All post ids in thread order.
    QStringList ids() const { return m_order.values(); }
    // The first post in thread order (the article of a news thread), or null.
    const Post *first() const;

    // How well quoted words match a post's own words, 0..1. Public for tests.
    static double matchScore(const QString &quoted, const QString &candidate);
    // Deterministic work measure: candidate posts compared with a quote so far.
    quint64 comparisons() const { return m_matcher.comparisons(); }

private:
    static QString numberRef(int number); // "#N"
    QList<Move> insert(const QList<Post> &posts, bool trusted, QStringList *relinked);
    // Takes a post out of every index, as if it had never arrived.
    void forget(const QString &id, QSet<QString> *affected);
    QString computeParent(const Post &post) const;
    void setParent(const QString &id, const QString &parent);
    void resolveQuote(const QString &postId, int index, QSet<QString> *affected);

    QHash<QString, Post> m_posts;
    // (position, id) → id: thread order. Keyed by both, as a refresh may move a post to a
    // place another still holds until it arrives moved too.
    QMap<std::pair<int, QString>, QString> m_order;
    QHash<QString, QString> m_parent;
    QHash<int, QString> m_idOfNumber; // for parents named by number ("#N")
    QHash<QString, QStringList> m_children;
    // source id → posts whose quotes (or explicit parent) name it: placed again when it arrives
    QHash<QString, QStringList> m_quotedBySource;
    QuoteMatcher m_matcher;
};

} // namespace Threadkeeper
