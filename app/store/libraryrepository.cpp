// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace Threadkeeper {

namespace {
// Ids as a JSON array, bound as one value and read back by json_each(): a prepared
// statement for any number of them.
QString jsonIds(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
} // namespace

LibraryRepository::LibraryRepository(QSqlDatabase &db)
    : SqlAccess(db)
{ }

QList<ThreadSummary> LibraryRepository::threads(const HiddenPredicate &hidden) const
{
    if (m_byteLength.isEmpty()) {
        // octet_length() reads a text's size from the record header; length() would
        // read every character of every post.
        QSqlQuery probe(m_db);
        m_byteLength = probe.exec(QStringLiteral("SELECT octet_length('x')")) ? QStringLiteral("octet_length")
                                                                              : QStringLiteral("length");
    }
    QList<ThreadSummary> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // A post is new when first seen after the last visit; never visited, all are.
    q.prepare(QStringLiteral(
        "SELECT t.url, t.engine, t.title, t.page_count, t.last_fetched, count(p.post_id),"
        " coalesce(sum(p.read_at IS NULL), 0), coalesce(sum(p.first_seen > coalesce(t.last_visit, -1)), 0),"
        " max(p.posted_at), coalesce(sum(%1(p.text) + length(p.body)), 0),"
        " t.watched, t.last_visit, t.last_checked"
        " FROM threads t LEFT JOIN posts p ON p.thread_id = t.id"
        " GROUP BY t.id ORDER BY t.last_fetched DESC, t.id DESC")
                  .arg(m_byteLength));
    if (!q.exec())
        return list;
    QHash<QString, qsizetype> byUrl;
    while (q.next()) {
        ThreadSummary s;
        s.info.url = q.value(0).toString();
        s.info.engine = q.value(1).toString();
        s.info.title = q.value(2).toString();
        s.info.pageCount = q.value(3).toInt();
        s.site = siteOfThread(s.info.url);
        s.lastFetched = fromSecs(q.value(4));
        s.posts = q.value(5).toInt();
        s.unread = q.value(6).toInt();
        s.newPosts = q.value(7).toInt();
        s.lastPost = fromSecs(q.value(8));
        s.bytes = q.value(9).toLongLong();
        s.watched = q.value(10).toBool();
        s.lastVisit = fromSecs(q.value(11));
        s.lastChecked = fromSecs(q.value(12));
        byUrl.insert(s.info.url, list.size());
        list.append(s);
    }
    // Threads watched on another device and not downloaded here yet: listed (under their
    // address) so the reader can open them here; opening keeps the watch.
    QSqlQuery w(m_db);
    w.setForwardOnly(true);
    if (w.exec(QStringLiteral("SELECT r.scope FROM sync_registers r WHERE r.kind = 'watch' AND r.item = ''"
                              " AND r.value IS NOT NULL AND NOT EXISTS (SELECT 1 FROM threads t"
                              " WHERE t.url = r.scope) ORDER BY r.hlc DESC"))) {
        while (w.next()) {
            ThreadSummary s;
            s.info.url = w.value(0).toString();
            s.site = siteOfThread(s.info.url);
            s.watched = true;
            list.append(s);
        }
    }
    if (!hidden)
        return list;
    // What the rules hide is neither unread nor new: one pass over those posts only.
    QSqlQuery u(m_db);
    u.setForwardOnly(true);
    if (!u.exec(QStringLiteral(
            "SELECT t.url, a.name, p.text, p.read_at IS NULL, p.first_seen > coalesce(t.last_visit, -1)"
            " FROM posts p JOIN threads t ON t.id = p.thread_id JOIN authors a ON a.id = p.author_id"
            " WHERE p.read_at IS NULL OR p.first_seen > coalesce(t.last_visit, -1)")))
        return list;
    Post post;
    while (u.next()) {
        const QString url = u.value(0).toString();
        post.author = u.value(1).toString();
        post.text = u.value(2).toString();
        if (!hidden(post, url))
            continue;
        ThreadSummary &s = list[byUrl.value(url)];
        s.unread -= u.value(3).toBool() ? 1 : 0;
        s.newPosts -= u.value(4).toBool() ? 1 : 0;
    }
    return list;
}

CacheSize LibraryRepository::size() const
{
    auto pragma = [this](const QString &sql) {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
    };
    const qint64 page = pragma(QStringLiteral("PRAGMA page_size"));
    return CacheSize {pragma(QStringLiteral("PRAGMA page_count")) * page,
        pragma(QStringLiteral("PRAGMA freelist_count")) * page};
}

bool LibraryRepository::removeThread(const QString &url, ThreadSnapshot *removed, QString *error)
{
    return inTransaction(error, [&] { return ThreadRows(m_db).take(url, removed, error); });
}

bool LibraryRepository::restoreThread(const ThreadSnapshot &snapshot, QString *error)
{
    return inTransaction(error, [&] { return ThreadRows(m_db).restore(snapshot, error); });
}

QList<qint64> LibraryRepository::withoutKeptPosters(
    const QList<qint64> &ids, const QHash<qint64, QString> &urls, const QList<FollowedPoster> &keep) const
{
    if (keep.isEmpty())
        return ids;
    // The kept posters' author rows (names as the forum writes them, any case): few.
    QSet<qint64> siteWide;
    QHash<qint64, QSet<QString>> inThread; // author → the threads they are kept in
    QSqlQuery a(m_db);
    a.prepare(
        QStringLiteral("SELECT id FROM authors WHERE site = ? COLLATE NOCASE AND name = ? COLLATE NOCASE"));
    for (const FollowedPoster &poster : keep) {
        a.addBindValue(poster.site);
        a.addBindValue(poster.name);
        if (!a.exec())
            continue;
        while (a.next()) {
            const qint64 author = a.value(0).toLongLong();
            if (poster.threadUrl.isEmpty())
                siteWide.insert(author);
            else
                inThread[author].insert(poster.threadUrl);
        }
    }
    QList<qint64> authors(siteWide.cbegin(), siteWide.cend());
    for (auto it = inThread.cbegin(); it != inThread.cend(); ++it)
        authors.append(it.key());
    if (authors.isEmpty())
        return ids;
    // One pass over the candidates' posts (by the posts' key on thread_id).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT p.thread_id, p.author_id FROM posts p WHERE p.thread_id IN (SELECT value FROM "
        "json_each(?)) AND p.author_id IN (SELECT value FROM json_each(?))"));
    q.addBindValue(jsonIds(ids));
    q.addBindValue(jsonIds(authors));
    QSet<qint64> kept;
    if (!q.exec())
        return {}; // unsure: keep them all
    while (q.next()) {
        const qint64 thread = q.value(0).toLongLong();
        const qint64 author = q.value(1).toLongLong();
        if (siteWide.contains(author) || inThread.value(author).contains(urls.value(thread)))
            kept.insert(thread);
    }
    QList<qint64> rest;
    for (qint64 id : ids) {
        if (!kept.contains(id))
            rest.append(id);
    }
    return rest;
}

bool LibraryRepository::evictThreads(const QDateTime &unvisitedBefore, const QList<FollowedPoster> &keep,
    const HiddenPredicate &hidden, QList<ThreadSummary> *evicted, QString *error)
{
    evicted->clear();
    QSqlQuery c(m_db);
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT t.id, t.url, t.engine, t.title FROM threads t WHERE NOT t.watched"
                             " AND coalesce(t.last_visit, t.first_seen) < ?"
                             " AND NOT EXISTS (SELECT 1 FROM annotations a WHERE a.thread_url = t.url)"));
    c.addBindValue(secs(unvisitedBefore));
    if (!execPrepared(c, error))
        return false;
    QList<qint64> ids;
    QHash<qint64, QString> urls;
    QHash<qint64, ThreadSummary> summaries;
    while (c.next()) {
        const qint64 id = c.value(0).toLongLong();
        ThreadSummary s;
        s.info.url = c.value(1).toString();
        s.info.engine = c.value(2).toString();
        s.info.title = c.value(3).toString();
        s.site = siteOfThread(s.info.url);
        ids.append(id);
        urls.insert(id, s.info.url);
        summaries.insert(id, s);
    }
    c.finish();
    ids = withoutKeptPosters(ids, urls, keep);
    if (ids.isEmpty())
        return true;

    // An unread post keeps its thread, unless the rules hide it.
    QSet<qint64> unread;
    QSqlQuery u(m_db);
    u.setForwardOnly(true);
    u.prepare(
        QStringLiteral("SELECT p.thread_id, a.name, p.text FROM posts p JOIN authors a ON a.id = p.author_id"
                       " WHERE p.read_at IS NULL AND p.thread_id IN (SELECT value FROM json_each(?))"));
    u.addBindValue(jsonIds(ids));
    if (!execPrepared(u, error))
        return false;
    Post post;
    while (u.next()) {
        const qint64 thread = u.value(0).toLongLong();
        if (unread.contains(thread))
            continue;
        post.author = u.value(1).toString();
        post.text = u.value(2).toString();
        if (!hidden || !hidden(post, urls.value(thread)))
            unread.insert(thread);
    }
    u.finish();

    QList<ThreadSummary> gone;
    const bool ok = inTransaction(error, [&] {
        ThreadRows rows(m_db);
        for (qint64 id : std::as_const(ids)) {
            if (unread.contains(id))
                continue;
            if (!rows.remove(id, urls.value(id), error))
                return false;
            gone.append(summaries.value(id));
        }
        return true;
    });
    if (ok)
        *evicted = gone;
    return ok;
}

bool LibraryRepository::compact(QString *error)
{
    // VACUUM rewrites the file through the write-ahead log; the checkpoint then gives
    // the pages back to the file system.
    return exec(QStringLiteral("VACUUM"), error)
        && exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error);
}

bool LibraryRepository::copyTo(const QString &path, QString *error)
{
    // Read through this connection, so it sees the write-ahead log: nothing is lost that
    // was written but not yet checkpointed.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    return execPrepared(q, error);
}

} // namespace Threadkeeper
