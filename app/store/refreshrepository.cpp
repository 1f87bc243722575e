// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refreshrepository.h"

#include "threadrepository.h"

#include <QSqlQuery>

namespace Threadkeeper {

namespace {
QVariant blob(const QByteArray &value)
{
    return value.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(value));
}
} // namespace

RefreshRepository::RefreshRepository(QSqlDatabase &db, const ThreadRepository &threads)
    : SqlAccess(db)
    , m_threads(threads)
{ }

bool RefreshRepository::saveFetched(
    const QString &threadUrl, const QList<FetchedRequest> &requests, const QDateTime &at, QString *error)
{
    const qint64 id = m_threads.threadId(threadUrl);
    if (id < 0 || requests.isEmpty())
        return true;
    return inTransaction(error, [&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO fetched_requests (thread_id, url, unit, etag,"
                                 " last_modified, fetched_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const FetchedRequest &r : requests) {
            for (const QVariant &v : {QVariant(id), QVariant(r.url), QVariant(r.unit),
                     blob(r.validators.etag), blob(r.validators.lastModified), secs(at)})
                q.addBindValue(v);
            if (!execPrepared(q, error))
                return false;
        }
        return true;
    });
}

QList<FetchedRequest> RefreshRepository::fetched(const QString &threadUrl) const
{
    QList<FetchedRequest> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT f.url, f.unit, f.etag, f.last_modified FROM fetched_requests f"
                             " JOIN threads t ON t.id = f.thread_id WHERE t.url = ? ORDER BY f.unit, f.url"));
    q.addBindValue(threadUrl);
    if (!q.exec())
        return list;
    while (q.next())
        list.append(FetchedRequest {q.value(1).toInt(), q.value(0).toString(),
            HttpValidators {q.value(2).toString().toLatin1(), q.value(3).toString().toLatin1()}});
    return list;
}

CachedParts RefreshRepository::cachedParts(const QString &threadUrl) const
{
    CachedParts parts;
    QSqlQuery t(m_db);
    t.prepare(QStringLiteral("SELECT id, engine, title, page_count FROM threads WHERE url = ?"));
    t.addBindValue(threadUrl);
    if (!t.exec() || !t.next())
        return parts;
    const qint64 id = t.value(0).toLongLong();
    parts.found = true;
    parts.info = ThreadInfo {threadUrl, t.value(1).toString(), t.value(2).toString(), t.value(3).toInt()};

    QSqlQuery p(m_db);
    p.setForwardOnly(true);
    p.prepare(QStringLiteral("SELECT post_id, page FROM posts WHERE thread_id = ?"));
    p.addBindValue(id);
    if (p.exec()) {
        while (p.next()) {
            parts.postIds.insert(p.value(0).toString());
            parts.lastUnit = std::max(parts.lastUnit, p.value(1).toInt());
        }
    }
    // The last part's address as it was last fetched: a page address may need what only
    // the forum's answer told (phpBB's start= counts posts).
    QSqlQuery f(m_db);
    f.setForwardOnly(true);
    f.prepare(QStringLiteral("SELECT url, unit, etag, last_modified FROM fetched_requests WHERE thread_id = ?"
                             " ORDER BY fetched_at"));
    f.addBindValue(id);
    if (f.exec()) {
        while (f.next()) {
            const QString url = f.value(0).toString();
            parts.validators.insert(
                url, HttpValidators {f.value(2).toString().toLatin1(), f.value(3).toString().toLatin1()});
            if (f.value(1).toInt() == parts.lastUnit)
                parts.lastUnitUrl = url; // the latest, as rows come oldest first
        }
    }
    return parts;
}

} // namespace Threadkeeper
