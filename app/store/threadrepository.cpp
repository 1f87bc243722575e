// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadrepository.h"

#include "annotationrepository.h"
#include "domain/postjson.h"
#include "domain/posttext.h"
#include "domain/rule.h"
#include "searchindex.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <limits>

namespace Threadkeeper {

// Replaces a post's quote edges; statements prepared once per batch.
class ThreadRepository::QuoteWriter
{
public:
    explicit QuoteWriter(const QSqlDatabase &db)
        : m_clear(db)
        , m_insert(db)
    {
        m_clear.prepare(QStringLiteral("DELETE FROM quotes WHERE thread_id = ? AND post_id = ?"));
        m_insert.prepare(QStringLiteral("INSERT INTO quotes (thread_id, post_id, idx, author, source, "
                                        "resolved) VALUES (?, ?, ?, ?, ?, ?)"));
    }
    bool write(qint64 threadId, const Post &p, QString *error)
    {
        m_clear.addBindValue(threadId);
        m_clear.addBindValue(p.id);
        if (!m_clear.exec()) {
            *error = lastError(m_clear);
            return false;
        }
        for (qsizetype i = 0; i < p.quotes.size(); ++i) {
            const Quote &q = p.quotes[i];
            for (const QVariant &v : {QVariant(threadId), QVariant(p.id), QVariant(int(i)), text(q.author),
                     q.source.isEmpty() ? QVariant() : QVariant(q.source),
                     q.resolved.isEmpty() ? QVariant() : QVariant(q.resolved)})
                m_insert.addBindValue(v);
            if (!m_insert.exec()) {
                *error = lastError(m_insert);
                return false;
            }
        }
        return true;
    }

private:
    QSqlQuery m_clear;
    QSqlQuery m_insert;
};

ThreadRepository::ThreadRepository(QSqlDatabase &db, AnnotationRepository &annotations)
    : SqlAccess(db)
    , m_annotations(annotations)
{ }

qint64 ThreadRepository::threadId(const QString &url) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM threads WHERE url = ?"));
    q.addBindValue(url);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

std::optional<CachedThread> ThreadRepository::loadThread(const QString &url) const
{
    std::optional<CachedThread> whole;
    loadThread(url, std::numeric_limits<int>::max(), std::numeric_limits<int>::max(),
        [&whole](CachedThread &&part, bool) {
            if (!whole)
                whole = std::move(part);
            else
                whole->posts += part.posts;
        });
    return whole;
}

bool ThreadRepository::loadThread(const QString &url, int firstChunk, int chunk,
    const std::function<void(CachedThread &&part, bool last)> &deliver) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, engine, title, page_count, last_fetched, place_post_id, place_scroll"
                             " FROM threads WHERE url = ?"));
    q.addBindValue(url);
    if (!q.exec() || !q.next())
        return false;
    CachedThread thread;
    const qint64 id = q.value(0).toLongLong();
    thread.info.url = url;
    thread.info.engine = q.value(1).toString();
    thread.info.title = q.value(2).toString();
    thread.info.pageCount = q.value(3).toInt();
    thread.lastFetched = fromSecs(q.value(4));
    thread.place = ReadingPlace {q.value(5).toString(), q.value(6).toInt()};

    // With each post, how its quotes resolved when it was cached ("idx:id" joined by
    // U+001F): opening the thread matches no text, and the first rows need no other query.
    QSqlQuery p(m_db);
    p.setForwardOnly(true);
    p.prepare(QStringLiteral(
        "SELECT p.post_id, p.page, p.position, p.number, a.name, p.posted_at, p.body,"
        " p.first_seen, p.read_at, a.avatar_url,"
        " (SELECT group_concat(q.idx || ':' || coalesce(q.resolved, ''), char(31)) FROM quotes q"
        "  WHERE q.thread_id = p.thread_id AND q.post_id = p.post_id), p.parent_id"
        " FROM posts p JOIN authors a ON a.id = p.author_id WHERE p.thread_id = ? ORDER BY p.position"));
    p.addBindValue(id);
    if (!p.exec()) {
        deliver(std::move(thread), true);
        return true;
    }
    int limit = firstChunk;
    while (p.next()) {
        Post post;
        post.id = p.value(0).toString();
        post.page = p.value(1).toInt();
        post.position = p.value(2).toInt();
        post.number = p.value(3).toInt();
        post.author = p.value(4).toString();
        post.date = fromSecs(p.value(5));
        post.body = blocksFromJson(QJsonDocument::fromJson(p.value(6).toByteArray()).array());
        fillTextAndQuotes(&post);
        const QString edges = p.value(10).toString();
        for (const QStringView edge : QStringView(edges).split(QChar(0x1f), Qt::SkipEmptyParts)) {
            const qsizetype colon = edge.indexOf(QLatin1Char(':'));
            const qsizetype idx = colon > 0 ? edge.left(colon).toInt() : -1;
            if (idx >= 0 && idx < post.quotes.size())
                post.quotes[idx].resolved = edge.mid(colon + 1).toString();
        }
        post.firstSeen = fromSecs(p.value(7));
        post.readAt = fromSecs(p.value(8));
        post.avatarUrl = p.value(9).toString();
        post.parentId = p.value(11).toString();
        thread.posts.append(post);
        if (thread.posts.size() >= limit) {
            // The first rows show while the rest is read.
            CachedThread part {thread.info, {}, thread.lastFetched};
            std::swap(part.posts, thread.posts);
            deliver(std::move(part), false);
            limit = chunk;
        }
    }
    deliver(std::move(thread), true);
    return true;
}

bool ThreadRepository::savePage(
    const ThreadInfo &info, int page, const QList<Post> &posts, const QDateTime &now, QString *error)
{
    if (!beginWrite(error))
        return false;
    auto fail = [&](const QSqlQuery &q) {
        *error = lastError(q);
        m_db.rollback();
        return false;
    };
    QSqlQuery t(m_db);
    t.prepare(
        QStringLiteral("INSERT INTO threads (url, engine, title, page_count, first_seen, last_fetched)"
                       " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET engine = excluded.engine,"
                       " title = excluded.title, page_count = excluded.page_count,"
                       " last_fetched = excluded.last_fetched"));
    for (const QVariant &v : {QVariant(info.url), QVariant(info.engine), text(info.title),
             QVariant(info.pageCount), secs(now), secs(now)})
        t.addBindValue(v);
    if (!t.exec())
        return fail(t);
    const qint64 id = threadId(info.url);
    const QString site = siteOfThread(info.url); // the same name on two forums is two people

    QSqlQuery pg(m_db);
    pg.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO pages (thread_id, page, fetched_at, post_count) VALUES (?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(id), QVariant(page), secs(now), QVariant(int(posts.size()))})
        pg.addBindValue(v);
    if (!pg.exec())
        return fail(pg);

    QSqlQuery author(m_db);
    author.prepare(QStringLiteral(
        "INSERT INTO authors (site, name, avatar_url) VALUES (?, ?, ?) ON CONFLICT (site, name)"
        " DO UPDATE SET name = excluded.name, avatar_url = excluded.avatar_url RETURNING id"));
    QSqlQuery post(m_db);
    post.prepare(QStringLiteral(
        "INSERT INTO posts (thread_id, post_id, page, position, number, author_id, posted_at, text, body,"
        " first_seen, parent_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (thread_id, post_id)"
        " DO UPDATE SET page = excluded.page, position = excluded.position, number = excluded.number,"
        " parent_id = excluded.parent_id,"
        " author_id = excluded.author_id, posted_at = excluded.posted_at, text = excluded.text,"
        " body = excluded.body"));
    QuoteWriter quotes(m_db);

    // Highlights follow their words when a post's words change (an edit on the forum),
    // its own or those it quotes.
    QList<QByteArray> bodies;
    bodies.reserve(posts.size());
    for (const Post &p : posts)
        bodies.append(QJsonDocument(blocksToJson(p.body)).toJson(QJsonDocument::Compact));
    QSqlQuery oldText(m_db);
    oldText.prepare(QStringLiteral("SELECT text, body FROM posts WHERE thread_id = ? AND post_id = ?"));
    QSet<QString> edited;
    QStringList fresh; // not cached before: the search index takes them after the loop
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const Post &p = posts[i];
        oldText.addBindValue(id);
        oldText.addBindValue(p.id);
        if (!oldText.exec() || !oldText.next())
            fresh.append(p.id);
        else if (oldText.value(0).toString() != p.text || oldText.value(1).toByteArray() != bodies[i])
            edited.insert(p.id);
        oldText.finish();
    }

    for (qsizetype i = 0; i < posts.size(); ++i) {
        const Post &p = posts[i];
        author.addBindValue(site);
        author.addBindValue(text(p.author)); // a deleted post has no author: still cached
        author.addBindValue(p.avatarUrl.isNull() ? QStringLiteral("") : p.avatarUrl);
        if (!author.exec() || !author.next())
            return fail(author);
        const qint64 authorId = author.value(0).toLongLong();
        author.finish();
        for (const QVariant &v : {QVariant(id), QVariant(p.id), QVariant(p.page), QVariant(p.position),
                 QVariant(p.number), QVariant(authorId), secs(p.date), text(p.text), QVariant(bodies[i]),
                 secs(p.firstSeen.isValid() ? p.firstSeen : now),
                 QVariant(p.parentId.isNull() ? QStringLiteral("") : p.parentId)})
            post.addBindValue(v);
        if (!post.exec())
            return fail(post);
        if (!quotes.write(id, p, error)) {
            m_db.rollback();
            return false;
        }
    }
    if (!SearchIndex(m_db).addPosts(id, fresh, error)) {
        m_db.rollback();
        return false;
    }
    for (const Post &p : posts) {
        if (edited.contains(p.id) && !m_annotations.reanchor(info.url, p, now, error)) {
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

bool ThreadRepository::saveQuoteEdges(const QString &url, const QList<Post> &posts, QString *error)
{
    const qint64 id = threadId(url);
    if (id < 0)
        return true;
    return inTransaction(error, [&] {
        QuoteWriter quotes(m_db);
        for (const Post &p : posts) {
            if (!quotes.write(id, p, error))
                return false;
        }
        return true;
    });
}

QList<Quote> ThreadRepository::quoteEdges(const QString &url, const QString &postId) const
{
    QList<Quote> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT q.author, q.source, q.resolved FROM quotes q JOIN threads t ON t.id = q.thread_id"
        " WHERE t.url = ? AND q.post_id = ? ORDER BY q.idx"));
    q.addBindValue(url);
    q.addBindValue(postId);
    if (!q.exec())
        return list;
    while (q.next())
        list.append(Quote {q.value(0).toString(), q.value(1).toString(), QString(), q.value(2).toString()});
    return list;
}

} // namespace Threadkeeper
