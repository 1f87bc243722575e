// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/search.h"

#include <QList>
#include <QSqlDatabase>

namespace Threadkeeper {

// The full-text index of cached posts' own words (the post_search table): finds them, best
// matches first, and takes in new posts. Edits and removals follow by triggers (schema 7);
// new posts are added by their writer in one statement (schema 9), for speed.
class SearchIndex
{
public:
    explicit SearchIndex(const QSqlDatabase &db)
        : m_db(db)
    { }
    static constexpr int MaxHits = 1000;

    // With query.followed, `followed` are the posters the rules follow.
    QList<SearchHit> search(
        const SearchQuery &query, const QList<FollowedPoster> &followed, int limit, QString *error) const;
    // Indexes these posts of a thread, just inserted into posts, in one statement.
    bool addPosts(qint64 threadId, const QStringList &postIds, QString *error);
    // Indexes every post of a thread, just written back whole (an undone removal).
    bool addThread(qint64 threadId, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace Threadkeeper
