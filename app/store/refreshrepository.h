// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/refresh.h"
#include "sqlaccess.h"

namespace Threadkeeper {

class ThreadRepository;

// What refreshing a cached thread needs to know: its requests as last answered (their
// validators and parts) and which posts it has.
class RefreshRepository : private SqlAccess
{
public:
    RefreshRepository(QSqlDatabase &db, const ThreadRepository &threads);

    // Keeps how these requests of a cached thread were answered, replacing what was kept
    // for the same addresses; nothing for a thread not cached.
    bool saveFetched(
        const QString &threadUrl, const QList<FetchedRequest> &requests, const QDateTime &at, QString *error);
    QList<FetchedRequest> fetched(const QString &threadUrl) const;
    CachedParts cachedParts(const QString &threadUrl) const;

private:
    const ThreadRepository &m_threads;
};

} // namespace Threadkeeper
