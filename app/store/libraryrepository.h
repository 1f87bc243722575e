// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/library.h"
#include "domain/rule.h"
#include "sqlaccess.h"
#include "threadsnapshot.h"

namespace Threadkeeper {

// The cache as a library: the threads it holds with their counts and sizes, taking one
// out (and putting it back), the threads that retention lets go, and the file's size.
class LibraryRepository : private SqlAccess
{
public:
    explicit LibraryRepository(QSqlDatabase &db);

    // Cached threads, most recently fetched first: one grouped query over the posts, then
    // (with hidden) one pass over the unread and new posts so that what the rules hide
    // is neither unread nor new.
    QList<ThreadSummary> threads(const HiddenPredicate &hidden) const;
    CacheSize size() const;

    // Takes the thread out in one transaction, every row of it kept in *removed.
    // Removing a thread that is not cached succeeds with an empty snapshot.
    bool removeThread(const QString &url, ThreadSnapshot *removed, QString *error);
    // Writes it back in one transaction: all of it or, on failure, nothing.
    bool restoreThread(const ThreadSnapshot &snapshot, QString *error);

    // Removes, in one transaction, every thread last visited (never visited: first
    // cached) before unvisitedBefore that is not watched, holds no annotation, no unread
    // post (one that hidden() hides does not count), and no post by a poster in keep
    // (site-wide, or in the one thread their entry names). What went is in *evicted.
    bool evictThreads(const QDateTime &unvisitedBefore, const QList<FollowedPoster> &keep,
        const HiddenPredicate &hidden, QList<ThreadSummary> *evicted, QString *error);

    // VACUUM: the file rewritten without its free pages.
    bool compact(QString *error);
    // VACUUM INTO: a compact, consistent copy of the whole cache written to a new file
    // (which must not exist). A failed copy may leave a partial file behind.
    bool copyTo(const QString &path, QString *error);

private:
    // Candidates' ids (as a JSON array) less those with a post by a kept poster.
    QList<qint64> withoutKeptPosters(const QList<qint64> &ids, const QHash<qint64, QString> &urls,
        const QList<FollowedPoster> &keep) const;
    mutable QString m_byteLength; // octet_length where SQLite has it (3.43), else length
};

} // namespace Threadkeeper
