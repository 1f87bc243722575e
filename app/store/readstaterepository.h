// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/library.h"
#include "domain/post.h"
#include "domain/rule.h"
#include "sqlaccess.h"

#include <QHash>

#include <functional>

namespace Threadkeeper {

class ThreadRepository;

// What the reader has done with cached threads: posts read, the place they stopped, the
// quotes and spoilers they flipped; and the lists across threads that count what is read.
class ReadStateRepository : private SqlAccess
{
public:
    ReadStateRepository(QSqlDatabase &db, const ThreadRepository &threads);

    bool markRead(const QString &url, const QStringList &postIds, const QDateTime &at, QString *error);
    // Post id → when it was read (an invalid time: unread), for every cached post of the thread.
    QHash<QString, QDateTime> readState(const QString &url) const;
    // Remembers where the reader stopped in a cached thread.
    bool savePlace(const QString &url, const ReadingPlace &place, QString *error);
    // Watched threads are refreshed in the background and never evicted.
    bool setWatched(const QString &url, bool watched, QString *error);
    // The reader opened the thread at `at`: posts first seen later are new since this visit.
    bool recordVisit(const QString &url, const QDateTime &at, QString *error);
    // A refresh asked the forum for news at `at`.
    bool recordChecked(const QString &url, const QDateTime &at, QString *error);
    // Watched threads, least recently checked first (never checked before all).
    QList<ThreadSummary> watchedThreads() const;
    // Quote and spoiler paths the reader flipped in a post; none removes the row.
    bool saveFolds(const QString &threadUrl, const QString &postId, const QStringList &paths, QString *error);
    // Post id → paths, for one thread.
    QHash<QString, QStringList> folds(const QString &threadUrl) const;
    // Posts by these posters across all cached threads, newest first, at most `limit`.
    QList<FollowedPost> postsBy(const QList<FollowedPoster> &posters, int limit) const;

private:
    const ThreadRepository &m_threads;
};

} // namespace Threadkeeper
