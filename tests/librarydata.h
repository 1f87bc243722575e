// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generatedposts.h"

#include "domain/post.h"
#include "store/cachedatabase.h"

#include <QTimeZone>

namespace Threadkeeper::Testing {

// A generated thread with bodies as an engine hands them over: each quote a quote
// block, then the post's own words; 20 posts a page.
inline QList<Post> libraryThread(int count, quint32 seed)
{
    QList<Post> posts = generatedThread(count, seed);
    for (qsizetype i = 0; i < posts.size(); ++i) {
        Post &p = posts[i];
        p.page = int(i / 20) + 1;
        p.position = p.page * 100000 + int(i % 20);
        p.date = QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::UTC).addSecs(600 * i);
        for (Quote &q : p.quotes) {
            p.body.append(Block {.kind = Block::Kind::Quote,
                .quoteAuthor = q.author,
                .quoteSource = q.source,
                .children = {Block {.text = q.text}}});
            q.resolved = q.source;
        }
        p.body.append(Block {.text = p.text});
    }
    return posts;
}

// One post by author saying words (a body of one paragraph).
inline Post libraryPost(const QString &id, int number, const QString &author, const QString &words)
{
    Post p;
    p.id = id;
    p.number = number;
    p.page = 1;
    p.position = 100000 + number;
    p.author = author;
    p.date = QDateTime(QDate(2025, 3, 1), QTime(12, 0), QTimeZone::UTC).addSecs(60 * number);
    p.text = words;
    p.body = {Block {.text = words}};
    return p;
}

// Saves posts as pages of 20 (the page count set to match); false with error on failure.
inline bool saveThread(
    CacheDatabase &db, ThreadInfo info, const QList<Post> &posts, const QDateTime &now, QString *error)
{
    info.pageCount = std::max(1, int((posts.size() + 19) / 20));
    for (int page = 1; page <= info.pageCount; ++page) {
        QList<Post> part;
        for (const Post &p : posts) {
            if (p.page == page)
                part.append(p);
        }
        if (!db.savePage(info, page, part, now, error))
            return false;
    }
    return true;
}

} // namespace Threadkeeper::Testing
