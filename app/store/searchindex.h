// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/search.h"

#include <QList>
#include <QSqlDatabase>

namespace Threadkeeper {

// Finds cached posts through the full-text index of their own words (schema 7: the
// post_search table, kept in step with posts by triggers), best matches first.
class SearchIndex
{
public:
    explicit SearchIndex(const QSqlDatabase &db)
        : m_db(db)
    { }
    static constexpr int MaxHits = 1000;

    QList<SearchHit> search(const SearchQuery &query, int limit, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace Threadkeeper
