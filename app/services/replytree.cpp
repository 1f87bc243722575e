// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replytree.h"

#include <algorithm>

namespace Threadkeeper {

namespace {

// What the tree reads of a post: when none of it changed, a post that arrives again
// (a refresh) keeps its place and its quotes' resolutions.
bool sameForTree(const Post &a, const Post &b)
{
    if (a.author != b.author || a.position != b.position || a.text != b.text || a.parentId != b.parentId
        || a.quotes.size() != b.quotes.size())
        return false;
    for (qsizetype i = 0; i < a.quotes.size(); ++i) {
        const Quote &x = a.quotes[i];
        const Quote &y = b.quotes[i];
        if (x.author != y.author || x.source != y.source || x.text != y.text)
            return false;
    }
    return true;
}

} // namespace

QString ReplyTree::numberRef(int number)
{
    return QLatin1Char('#') + QString::number(number);
}

double ReplyTree::matchScore(const QString &quoted, const QString &candidate)
{
    return QuoteMatcher::score(quoted, candidate);
}

ReplyTree::ReplyTree()
    : m_matcher([this](const QString &id) {
        const auto it = m_posts.constFind(id);
        return it == m_posts.cend() ? QString() : it->text;
    })
{ }

QList<ReplyTree::Move> ReplyTree::add(const QList<Post> &posts, QStringList *relinked)
{
    return insert(posts, false, relinked);
}

QList<ReplyTree::Move> ReplyTree::addResolved(const QList<Post> &posts, QStringList *relinked)
{
    return insert(posts, true, relinked);
}

void ReplyTree::forget(const QString &id, QSet<QString> *affected)
{
    const auto it = m_posts.find(id);
    if (it == m_posts.end())
        return;
    const Post old = *it;
    for (qsizetype i = 0; i < old.quotes.size(); ++i) {
        const Quote &q = old.quotes[i];
        if (q.source.isEmpty())
            m_matcher.removeQuote({id, int(i)}, old.position, q.author);
        else
            m_quotedBySource[q.source].removeOne(id);
    }
    if (!old.parentId.isEmpty())
        m_quotedBySource[old.parentId].removeOne(id);
    if (old.number > 0 && m_idOfNumber.value(old.number) == id)
        m_idOfNumber.remove(old.number);
    m_posts.erase(it);
    m_order.remove({old.position, id});
    for (const QuoteMatcher::Ref &ref : m_matcher.removePost(id, old.author, old.position))
        affected->insert(ref.postId);
    // Its replies find their parent again once it is back.
    for (const QString &child : m_children.value(id))
        affected->insert(child);
    for (const QString &quoting : m_quotedBySource.value(id))
        affected->insert(quoting);
    if (old.number > 0) {
        for (const QString &replying : m_quotedBySource.value(numberRef(old.number)))
            affected->insert(replying);
    }
}

QList<ReplyTree::Move> ReplyTree::insert(const QList<Post> &posts, bool trusted, QStringList *relinked)
{
    QSet<QString> affected; // posts already present whose quotes or parent may change
    QList<QString> arrived; // posts to place, new or changed
    QSet<QString> isNew;
    for (const Post &incoming : posts) {
        const auto known = m_posts.find(incoming.id);
        if (known != m_posts.end() && sameForTree(*known, incoming)) {
            // The same words at the same place: keep what was resolved.
            Post p = incoming;
            for (qsizetype i = 0; i < p.quotes.size(); ++i)
                p.quotes[i].resolved = known->quotes[i].resolved;
            *known = std::move(p);
            continue;
        }
        if (known != m_posts.end()) {
            forget(incoming.id, &affected);
            affected.insert(incoming.id);
        } else {
            isNew.insert(incoming.id);
        }
        m_posts.insert(incoming.id, incoming);
        m_order.insert({incoming.position, incoming.id}, incoming.id);
        if (incoming.number > 0)
            m_idOfNumber.insert(incoming.number, incoming.id);
        arrived.append(incoming.id);
    }

    // First every arrival as a candidate for quotes already known...
    for (const QString &id : std::as_const(arrived)) {
        const Post &p = m_posts[id];
        for (const QuoteMatcher::Ref &ref : m_matcher.addPost(id, p.author, p.position, p.text))
            affected.insert(ref.postId);
        for (const QString &quoting : m_quotedBySource.value(id))
            affected.insert(quoting);
        if (p.number > 0) {
            for (const QString &replying : m_quotedBySource.value(numberRef(p.number)))
                affected.insert(replying);
        }
    }
    // ...then the arrivals' own quotes, matched against everything there is now.
    for (const QString &id : std::as_const(arrived)) {
        Post &p = m_posts[id];
        if (!p.parentId.isEmpty())
            m_quotedBySource[p.parentId].append(id); // placed again when its parent arrives
        for (qsizetype i = 0; i < p.quotes.size(); ++i) {
            Quote &q = p.quotes[i];
            const QuoteMatcher::Ref ref {id, int(i)};
            if (!q.source.isEmpty()) {
                q.resolved = q.source;
                m_quotedBySource[q.source].append(id);
            } else if (trusted) {
                // Kept by the cache, matched or not: no words are read to open a thread.
                m_matcher.addKnownQuote(ref, p.position, q.author, q.text, q.resolved);
            } else {
                q.resolved = m_matcher.addQuote(ref, p.position, q.author, q.text);
            }
        }
    }

    QList<Move> moves;
    QList<QString> placed = arrived;
    for (const QString &id : std::as_const(arrived))
        affected.remove(id);
    for (const QString &id : std::as_const(affected)) {
        if (m_posts.contains(id))
            placed.append(id);
    }
    for (const QString &id : std::as_const(placed)) {
        Post &p = m_posts[id];
        bool quotesChanged = false;
        for (qsizetype i = 0; i < p.quotes.size(); ++i) {
            Quote &q = p.quotes[i];
            if (!q.source.isEmpty())
                continue;
            const QString now = m_matcher.resolved({id, int(i)}, p.position, q.author);
            quotesChanged |= now != q.resolved;
            q.resolved = now;
        }
        const QString old = m_parent.value(id);
        const QString parent = computeParent(p);
        setParent(id, parent);
        if (isNew.contains(id))
            continue;
        if (relinked && quotesChanged)
            relinked->append(id);
        if (parent != old)
            moves.append(Move {id, old, parent});
    }
    std::sort(moves.begin(), moves.end(), [this](const Move &a, const Move &b) {
        return m_posts[a.postId].position < m_posts[b.postId].position;
    });
    return moves;
}

QString ReplyTree::computeParent(const Post &post) const
{
    // The forum's own word first; until that post is here, the quotes say.
    // "#N": the post numbered N, whatever its id.
    const QString named = post.parentId.startsWith(QLatin1Char('#'))
        ? m_idOfNumber.value(QStringView(post.parentId).mid(1).toInt())
        : post.parentId;
    if (!named.isEmpty()) {
        const auto it = m_posts.constFind(named);
        if (it != m_posts.constEnd() && it->position < post.position)
            return named;
    }
    for (const Quote &q : post.quotes) {
        if (q.resolved.isEmpty())
            continue;
        const auto it = m_posts.constFind(q.resolved);
        // Only an earlier post can be a parent: keeps the tree acyclic.
        if (it != m_posts.constEnd() && it->position < post.position)
            return q.resolved;
    }
    return {};
}

void ReplyTree::setParent(const QString &id, const QString &parent)
{
    const QString old = m_parent.value(id);
    if (old == parent)
        return;
    if (!old.isEmpty()) {
        auto it = m_children.find(old);
        if (it != m_children.end()) {
            it->removeOne(id);
            if (it->isEmpty())
                m_children.erase(it);
        }
    }
    if (parent.isEmpty()) {
        m_parent.remove(id);
    } else {
        m_parent.insert(id, parent);
        m_children[parent].append(id);
    }
}

void ReplyTree::clear()
{
    m_posts.clear();
    m_idOfNumber.clear();
    m_order.clear();
    m_parent.clear();
    m_children.clear();
    m_quotedBySource.clear();
    m_matcher.clear();
}

const Post *ReplyTree::post(const QString &id) const
{
    const auto it = m_posts.constFind(id);
    return it == m_posts.constEnd() ? nullptr : &*it;
}

const Post *ReplyTree::first() const
{
    return m_order.isEmpty() ? nullptr : post(m_order.first());
}

QList<const Post *> ReplyTree::posts() const
{
    QList<const Post *> list;
    list.reserve(m_order.size());
    for (const QString &id : m_order)
        list.append(&*m_posts.constFind(id));
    return list;
}

} // namespace Threadkeeper
