// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Threadkeeper::Testing {

// A thread as XenForo stores it: posts in BBCode. Written out as XenForo 2.2 thread
// pages, markup as real XenForo renders it (quotes with data-quote/data-source when
// made with Reply, only data-quote when typed by hand).
struct FixturePost
{
    QString id;
    int number = 0; // 0: no "#N" shown (a news item's article)
    QString author;
    QDateTime date;
    QString bbcode;
    QString avatar; // the poster's picture URL; empty: a letter avatar, as XenForo draws by default
};

struct FixtureThread
{
    QString title;
    QString path; // "/threads/slug.123/"
    QList<FixturePost> posts;
    int perPage = 10;

    int pageCount() const { return std::max(1, int((posts.size() + perPage - 1) / perPage)); }
    QString pagePath(int page) const { return page <= 1 ? path : path + QStringLiteral("page-%1").arg(page); }
};

// How another forum writes a quote: the quoted poster's name, the quoted post's id (empty
// when typed by hand) and the quote's content, already HTML.
using QuoteWriter = QString (*)(const QString &name, const QString &postId, const QString &inner);
// BBCode as XenForo 2.2 renders it; quotes by writer when given.
QString bbcodeToHtml(const QString &bbcode, QuoteWriter quote = nullptr);
QByteArray xenforoPage(const FixtureThread &thread, int page);

// The seed thread (../shared/seeds), a news item and its comments as text, turned into
// BBCode: a comment line that starts with an earlier poster's name opens a quote of
// that poster. Quotes in posts numbered 3, 6, 9, ... carry the quoted post's id (made
// with Reply); the others name only the poster (typed by hand).
FixtureThread seedThread(const QString &seedPath);
// The seed's post ids, by the number the seed shows ("#9" → id).
QString seedPostId(int number);

// The bundled demo thread (resources/demo/demo-thread.bbcode): a small text format,
// one post per "== #N Author | ISO date" header, bodies in BBCode.
FixtureThread parseDemoSource(const QString &text);

} // namespace Threadkeeper::Testing
