// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readstaterepository.h"

#include "threadrepository.h"

#include <QSqlQuery>

namespace Threadkeeper {

ReadStateRepository::ReadStateRepository(QSqlDatabase &db, const ThreadRepository &threads)
    : SqlAccess(db)
    , m_threads(threads)
{ }

bool ReadStateRepository::markRead(
    const QString &url, const QStringList &postIds, const QDateTime &at, QString *error)
{
    const qint64 id = m_threads.threadId(url);
    if (id < 0)
        return true; // nothing cached to mark
    return inTransaction(error, [&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE posts SET read_at = ? WHERE thread_id = ? AND post_id = ?"));
        for (const QString &postId : postIds) {
            q.addBindValue(secs(at));
            q.addBindValue(id);
            q.addBindValue(postId);
            if (!q.exec()) {
                *error = lastError(q);
                return false;
            }
        }
        return true;
    });
}

QHash<QString, QDateTime> ReadStateRepository::readState(const QString &url) const
{
    QHash<QString, QDateTime> state;
    const qint64 id = m_threads.threadId(url);
    if (id < 0)
        return state;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT post_id, read_at FROM posts WHERE thread_id = ?"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next())
            state.insert(q.value(0).toString(), fromSecs(q.value(1)));
    }
    return state;
}

bool ReadStateRepository::savePlace(const QString &url, const ReadingPlace &place, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE threads SET place_post_id = ?, place_scroll = ? WHERE url = ?"));
    q.addBindValue(text(place.postId));
    q.addBindValue(place.scroll);
    q.addBindValue(url);
    if (!q.exec()) {
        *error = lastError(q);
        return false;
    }
    return true;
}

bool ReadStateRepository::setWatched(const QString &url, bool watched, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE threads SET watched = ? WHERE url = ?"));
    q.addBindValue(watched ? 1 : 0);
    q.addBindValue(url);
    return execPrepared(q, error);
}

bool ReadStateRepository::recordVisit(const QString &url, const QDateTime &at, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE threads SET last_visit = ? WHERE url = ?"));
    q.addBindValue(secs(at));
    q.addBindValue(url);
    return execPrepared(q, error);
}

bool ReadStateRepository::recordChecked(const QString &url, const QDateTime &at, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE threads SET last_checked = ? WHERE url = ?"));
    q.addBindValue(secs(at));
    q.addBindValue(url);
    return execPrepared(q, error);
}

QList<ThreadSummary> ReadStateRepository::watchedThreads() const
{
    QList<ThreadSummary> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT url, engine, title, page_count, last_fetched, last_visit, last_checked"
                             " FROM threads WHERE watched ORDER BY coalesce(last_checked, 0), id"));
    if (!q.exec())
        return list;
    while (q.next()) {
        ThreadSummary s;
        s.info = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()};
        s.lastFetched = fromSecs(q.value(4));
        s.watched = true;
        s.lastVisit = fromSecs(q.value(5));
        s.lastChecked = fromSecs(q.value(6));
        list.append(s);
    }
    return list;
}

bool ReadStateRepository::saveFolds(
    const QString &threadUrl, const QString &postId, const QStringList &paths, QString *error)
{
    QSqlQuery q(m_db);
    if (paths.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM folds WHERE thread_url = ? AND post_id = ?"));
        q.addBindValue(threadUrl);
        q.addBindValue(postId);
    } else {
        q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO folds (thread_url, post_id, paths) VALUES (?, ?, ?)"));
        q.addBindValue(threadUrl);
        q.addBindValue(postId);
        q.addBindValue(paths.join(QLatin1Char(' ')));
    }
    if (!q.exec()) {
        *error = lastError(q);
        return false;
    }
    return true;
}

QHash<QString, QStringList> ReadStateRepository::folds(const QString &threadUrl) const
{
    QHash<QString, QStringList> folds;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT post_id, paths FROM folds WHERE thread_url = ?"));
    q.addBindValue(threadUrl);
    if (q.exec()) {
        while (q.next())
            folds.insert(
                q.value(0).toString(), q.value(1).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    return folds;
}

QList<FollowedPost> ReadStateRepository::postsBy(const QList<FollowedPoster> &posters, int limit) const
{
    QList<FollowedPost> list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.url, t.title, p.post_id, p.number, a.name, p.posted_at, p.text, p.read_at IS NOT NULL"
        " FROM posts p JOIN authors a ON a.id = p.author_id JOIN threads t ON t.id = p.thread_id"
        " WHERE a.site = ? COLLATE NOCASE AND a.name = ? COLLATE NOCASE AND (? = '' OR t.url = ?)"
        " ORDER BY p.posted_at DESC LIMIT ?"));
    for (const FollowedPoster &poster : posters) {
        for (const QVariant &v : {QVariant(poster.site), QVariant(poster.name), text(poster.threadUrl),
                 text(poster.threadUrl), QVariant(limit)})
            q.addBindValue(v);
        if (!q.exec())
            continue;
        while (q.next()) {
            list.append(FollowedPost {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toInt(), q.value(4).toString(), fromSecs(q.value(5)), q.value(6).toString(),
                q.value(7).toBool()});
        }
    }
    std::sort(list.begin(), list.end(),
        [](const FollowedPost &a, const FollowedPost &b) { return a.date > b.date; });
    if (list.size() > limit)
        list.resize(limit);
    return list;
}

} // namespace Threadkeeper
