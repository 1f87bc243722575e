// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Threadkeeper {

// Rebuilds the reply tree of a thread from its quotes, as posts arrive in any order.
//
// A post's parent is the post its first resolvable quote quotes, provided that post
// came earlier in the thread. Quotes that name their source (data-source, goto links)
// resolve to it; quotes typed by hand name only an author, and resolve to that
// author's earlier post whose own words best match the quoted words.
class ReplyTree
{
public:
    struct Move
    {
        QString postId;
        QString from; // empty: top level
        QString to;
    };

    // Adds or replaces posts. Returns the posts already present whose parent changed
    // because of the new arrivals, in thread order. New posts' parents: parentOf().
    QList<Move> add(const QList<Post> &posts);
    void clear();

    bool contains(const QString &id) const { return m_posts.contains(id); }
    QString parentOf(const QString &id) const { return m_parent.value(id); }
    // The post with its quotes' resolved ids filled in.
    const Post *post(const QString &id) const;
    int size() const { return int(m_posts.size()); }
    // All posts in thread order.
    QList<const Post *> posts() const;
    // The first post in thread order (the article of a news thread), or null.
    const Post *first() const;

    // How well quoted words match a post's own words, 0..1. Public for tests.
    static double matchScore(const QString &quoted, const QString &candidate);

private:
    struct Words
    {
        QString joined;
        QSet<QString> bigrams;
    };
    const Words &wordsOf(const Post &post);
    QString resolveByText(const Post &post, const Quote &quote);
    QString computeParent(Post &post);

    QHash<QString, Post> m_posts;
    QHash<QString, QString> m_parent;
    QHash<QString, QList<QString>> m_byAuthor; // ids by author name, any order
    QHash<QString, Words> m_words;
};

} // namespace Threadkeeper
