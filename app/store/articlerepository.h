// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlaccess.h"

namespace Threadkeeper {

// A news article's address → the cached thread that holds it (see 014_articles.sql).
struct ArticleLink
{
    QString url; // the article's address
    QString threadUrl; // the thread's cache key; empty when none is cached
    QString engine; // the thread's engine, as cached
    QString title; // the article's own title
    // url is not a news article's but one of the thread's own addresses (its cache key,
    // or the address it was first asked by and found through its page)
    bool threadAddress = false;
    bool found() const { return !threadUrl.isEmpty(); }
};

// The articles table.
class ArticleRepository : private SqlAccess
{
public:
    explicit ArticleRepository(QSqlDatabase &db);

    bool saveArticleLink(const ArticleLink &link, const QDateTime &now, QString *error);
    // The thread that holds the article at url, only while that thread is cached with
    // the article in it; else an ArticleLink with no threadUrl.
    ArticleLink articleThread(const QString &url) const;
};

} // namespace Threadkeeper
