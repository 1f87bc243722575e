// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace Threadkeeper {

QList<SearchHit> SearchIndex::search(
    const SearchQuery &query, const QList<FollowedPoster> &followed, int limit, QString *error) const
{
    QList<SearchHit> hits;
    if (!query.error.isEmpty()) {
        *error = query.error;
        return hits;
    }
    if (query.isEmpty())
        return hits;
    // With words, the index finds and ranks; with filters only, newest posts first.
    const bool words = !query.terms.isEmpty();
    QString sql = words ? QStringLiteral("SELECT t.url, t.title, p.post_id, p.number, a.name, p.posted_at,"
                                         " snippet(post_search, 0, char(2), char(3), '…', 16)"
                                         " FROM post_search JOIN posts p ON p.rowid = post_search.rowid")
                        : QStringLiteral("SELECT t.url, t.title, p.post_id, p.number, a.name, p.posted_at,"
                                         " substr(p.text, 1, 160) FROM posts p");
    sql += QStringLiteral(
        " JOIN threads t ON t.id = p.thread_id JOIN authors a ON a.id = p.author_id WHERE 1");
    QVariantList binds;
    if (words) {
        sql += QStringLiteral(" AND post_search MATCH ?");
        binds << query.matchExpression();
    }
    if (!query.author.isEmpty()) {
        sql += QStringLiteral(" AND a.name = ? COLLATE NOCASE");
        binds << query.author;
    }
    for (const QString &w : query.threadWords) {
        sql += QStringLiteral(" AND t.title LIKE ? ESCAPE '\\'");
        QString like = w;
        like.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        binds << QStringLiteral("%") + like + QStringLiteral("%");
    }
    if (!query.site.isEmpty()) {
        // The host of the thread's address, with or without a port.
        sql += QStringLiteral(" AND (t.url LIKE ? OR t.url LIKE ?)");
        binds << QStringLiteral("%://") + query.site + QStringLiteral("/%")
              << QStringLiteral("%://") + query.site + QStringLiteral(":%");
    }
    if (query.unread)
        sql += QStringLiteral(" AND p.read_at IS NULL");
    if (query.followed) {
        // Posters as [site, name, thread URL or ""], matched as the Followed view matches them.
        QJsonArray posters;
        for (const FollowedPoster &f : followed)
            posters.append(QJsonArray {f.site, f.name, f.threadUrl});
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM json_each(?) f WHERE a.site = f.value ->> 0"
                              " COLLATE NOCASE AND a.name = f.value ->> 1 COLLATE NOCASE"
                              " AND (f.value ->> 2 = '' OR f.value ->> 2 = t.url))");
        binds << QString::fromUtf8(QJsonDocument(posters).toJson(QJsonDocument::Compact));
    }
    if (query.hasNote)
        sql += QStringLiteral(
            " AND EXISTS (SELECT 1 FROM annotations n WHERE n.thread_url = t.url AND n.post_id = p.post_id)");
    if (query.before.isValid()) {
        sql += QStringLiteral(" AND p.posted_at < ?");
        binds << query.before.toSecsSinceEpoch();
    }
    if (query.after.isValid()) {
        sql += QStringLiteral(" AND p.posted_at >= ?");
        binds << query.after.toSecsSinceEpoch();
    }
    sql += words ? QStringLiteral(" ORDER BY bm25(post_search), p.posted_at DESC LIMIT ?")
                 : QStringLiteral(" ORDER BY p.posted_at DESC LIMIT ?");
    binds << std::clamp(limit, 1, MaxHits);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return hits;
    }
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        *error = QCoreApplication::translate("SearchIndex", "the search could not run: %1")
                     .arg(q.lastError().databaseText());
        return hits;
    }
    while (q.next()) {
        SearchHit hit;
        hit.threadUrl = q.value(0).toString();
        hit.threadTitle = q.value(1).toString();
        hit.postId = q.value(2).toString();
        hit.number = q.value(3).toInt();
        hit.author = q.value(4).toString();
        if (!q.value(5).isNull())
            hit.date = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::UTC);
        hit.snippet = q.value(6).toString().simplified();
        hits.append(hit);
    }
    return hits;
}

bool SearchIndex::addPosts(qint64 threadId, const QStringList &postIds, QString *error)
{
    if (postIds.isEmpty())
        return true;
    // One statement, so FTS5 takes the page's terms in one segment (see schema 9).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO post_search (rowid, text) SELECT rowid, text FROM posts"
                             " WHERE thread_id = ? AND post_id IN (SELECT value FROM json_each(?))"));
    q.addBindValue(threadId);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(postIds)).toJson(QJsonDocument::Compact)));
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool SearchIndex::addThread(qint64 threadId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO post_search (rowid, text) SELECT rowid, text FROM posts WHERE thread_id = ?"));
    q.addBindValue(threadId);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace Threadkeeper
