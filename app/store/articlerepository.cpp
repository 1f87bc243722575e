// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"

#include <QSqlQuery>

namespace Threadkeeper {

ArticleRepository::ArticleRepository(QSqlDatabase &db)
    : SqlAccess(db)
{ }

bool ArticleRepository::saveArticleLink(const ArticleLink &link, const QDateTime &now, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO articles (url, thread_url, title, saved_at) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (url) DO UPDATE SET thread_url = excluded.thread_url,"
                             " title = excluded.title, saved_at = excluded.saved_at"));
    q.addBindValue(link.url);
    q.addBindValue(link.threadUrl);
    q.addBindValue(text(link.title));
    q.addBindValue(secs(now));
    return execPrepared(q, error);
}

ArticleLink ArticleRepository::articleThread(const QString &url) const
{
    ArticleLink link;
    link.url = url;
    QSqlQuery q(m_db);
    // 'article': the article's post id (ArticleReader::postId()).
    q.prepare(QStringLiteral("SELECT a.thread_url, t.engine, a.title FROM articles a"
                             " JOIN threads t ON t.url = a.thread_url"
                             " WHERE a.url = ? AND EXISTS (SELECT 1 FROM posts p"
                             "  WHERE p.thread_id = t.id AND p.post_id = 'article')"));
    q.addBindValue(url);
    if (q.exec() && q.next()) {
        link.threadUrl = q.value(0).toString();
        link.engine = q.value(1).toString();
        link.title = q.value(2).toString();
        return link;
    }
    // A thread's own address, or another that led to it: a thread some engine knew by its
    // page alone opens again without that page, offline too.
    q.prepare(QStringLiteral("SELECT t.url, t.engine FROM threads t WHERE t.url = ?"
                             " OR t.url = (SELECT thread_url FROM articles WHERE url = ?)"));
    q.addBindValue(url);
    q.addBindValue(url);
    if (q.exec() && q.next()) {
        link.threadUrl = q.value(0).toString();
        link.engine = q.value(1).toString();
        link.threadAddress = true;
    }
    return link;
}

} // namespace Threadkeeper
