// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replytree.h"

#include <algorithm>

namespace Threadkeeper {

namespace {

constexpr double MinScore = 0.6;

QStringList wordsIn(const QString &text)
{
    QStringList words;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toCaseFolded();
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

QSet<QString> bigramsOf(const QStringList &words)
{
    QSet<QString> set;
    if (words.size() == 1)
        set.insert(words.first());
    for (qsizetype i = 0; i + 1 < words.size(); ++i)
        set.insert(words[i] + QLatin1Char(' ') + words[i + 1]);
    return set;
}

} // namespace

double ReplyTree::matchScore(const QString &quoted, const QString &candidate)
{
    const QStringList q = wordsIn(quoted);
    const QStringList c = wordsIn(candidate);
    if (q.isEmpty() || c.isEmpty())
        return 0;
    const QString qj = q.join(QLatin1Char(' '));
    const QString cj = c.join(QLatin1Char(' '));
    if (cj.contains(qj))
        return 1.0;
    const QSet<QString> cb = bigramsOf(c);
    const QSet<QString> qb = bigramsOf(q);
    int hits = 0;
    for (const QString &b : qb)
        hits += cb.contains(b) ? 1 : 0;
    return qb.isEmpty() ? 0 : double(hits) / double(qb.size());
}

const ReplyTree::Words &ReplyTree::wordsOf(const Post &post)
{
    auto it = m_words.find(post.id);
    if (it == m_words.end()) {
        const QStringList words = wordsIn(post.text);
        it = m_words.insert(post.id, Words {words.join(QLatin1Char(' ')), bigramsOf(words)});
    }
    return *it;
}

QString ReplyTree::resolveByText(const Post &post, const Quote &quote)
{
    const QStringList qw = wordsIn(quote.text);
    if (qw.isEmpty())
        return {};
    const QString qj = qw.join(QLatin1Char(' '));
    const QSet<QString> qb = bigramsOf(qw);
    QString best;
    double bestScore = MinScore;
    int bestPosition = -1;
    for (const QString &id : m_byAuthor.value(quote.author)) {
        const Post &candidate = m_posts[id];
        if (candidate.position >= post.position)
            continue;
        const Words &cw = wordsOf(candidate);
        double score = 0;
        if (cw.joined.contains(qj)) {
            score = 1.0;
        } else {
            int hits = 0;
            for (const QString &b : qb)
                hits += cw.bigrams.contains(b) ? 1 : 0;
            score = double(hits) / double(qb.size());
        }
        // On a tie the nearer (later) post wins: replies usually answer the latest word.
        if (score > bestScore
            || (score == bestScore && !best.isEmpty() && candidate.position > bestPosition)) {
            best = id;
            bestScore = score;
            bestPosition = candidate.position;
        }
    }
    return best;
}

QString ReplyTree::computeParent(Post &post)
{
    QString parent;
    for (Quote &q : post.quotes) {
        q.resolved = q.source.isEmpty() ? resolveByText(post, q) : q.source;
        if (parent.isEmpty() && !q.resolved.isEmpty()) {
            const auto it = m_posts.constFind(q.resolved);
            // Only an earlier post can be a parent: keeps the tree acyclic.
            if (it != m_posts.constEnd() && it->position < post.position)
                parent = q.resolved;
        }
    }
    return parent;
}

QList<ReplyTree::Move> ReplyTree::add(const QList<Post> &posts)
{
    QSet<QString> arrivedIds;
    QSet<QString> newIds;
    QSet<QString> arrivedAuthors;
    for (const Post &p : posts) {
        if (!m_posts.contains(p.id)) {
            m_byAuthor[p.author].append(p.id);
            newIds.insert(p.id);
        }
        m_posts.insert(p.id, p);
        m_words.remove(p.id);
        arrivedIds.insert(p.id);
        arrivedAuthors.insert(p.author);
    }

    QList<Move> moves;
    for (auto it = m_posts.begin(); it != m_posts.end(); ++it) {
        Post &post = it.value();
        const bool isNew = newIds.contains(post.id);
        bool affected = arrivedIds.contains(post.id);
        for (const Quote &q : std::as_const(post.quotes)) {
            if (affected)
                break;
            affected = q.source.isEmpty() ? arrivedAuthors.contains(q.author) : arrivedIds.contains(q.source);
        }
        if (!affected)
            continue;
        const QString parent = computeParent(post);
        const QString old = m_parent.value(post.id);
        if (parent.isEmpty())
            m_parent.remove(post.id);
        else
            m_parent.insert(post.id, parent);
        if (!isNew && parent != old)
            moves.append(Move {post.id, old, parent});
    }
    std::sort(moves.begin(), moves.end(), [this](const Move &a, const Move &b) {
        return m_posts[a.postId].position < m_posts[b.postId].position;
    });
    return moves;
}

void ReplyTree::clear()
{
    m_posts.clear();
    m_parent.clear();
    m_byAuthor.clear();
    m_words.clear();
}

const Post *ReplyTree::post(const QString &id) const
{
    const auto it = m_posts.constFind(id);
    return it == m_posts.constEnd() ? nullptr : &*it;
}

const Post *ReplyTree::first() const
{
    const auto it = std::min_element(m_posts.cbegin(), m_posts.cend(),
        [](const Post &a, const Post &b) { return a.position < b.position; });
    return it == m_posts.cend() ? nullptr : &*it;
}

QList<const Post *> ReplyTree::posts() const
{
    QList<const Post *> list;
    list.reserve(m_posts.size());
    for (const Post &p : m_posts)
        list.append(&p);
    std::sort(
        list.begin(), list.end(), [](const Post *a, const Post *b) { return a->position < b->position; });
    return list;
}

} // namespace Threadkeeper
