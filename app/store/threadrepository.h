// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/annotationexport.h"
#include "domain/post.h"
#include "sqlaccess.h"

#include <functional>
#include <optional>

namespace Threadkeeper {

class AnnotationRepository;

struct CachedThread
{
    ThreadInfo info;
    QList<Post> posts; // in thread order, with read state
    QDateTime lastFetched;
    ReadingPlace place; // where the reader stopped; in the first part only
};

// The threads, pages, authors, posts and quotes tables: cached threads as fetched.
class ThreadRepository : private SqlAccess
{
public:
    // Saving a page re-anchors the highlights of edited posts through annotations.
    ThreadRepository(QSqlDatabase &db, AnnotationRepository &annotations);

    std::optional<CachedThread> loadThread(const QString &url) const;
    // The same in parts, in thread order: firstChunk posts, then chunk posts a part;
    // the last part (perhaps without posts) says so. False when the thread is not cached.
    bool loadThread(const QString &url, int firstChunk, int chunk,
        const std::function<void(CachedThread &&part, bool last)> &deliver) const;
    // Writes one page in one transaction: the thread row, authors, posts (content
    // replaced, read state kept), quote edges. Returns false with error on failure.
    bool savePage(
        const ThreadInfo &info, int page, const QList<Post> &posts, const QDateTime &now, QString *error);
    // Rewrites the quote edges of posts already cached, as the reply tree learns more.
    bool saveQuoteEdges(const QString &url, const QList<Post> &posts, QString *error);
    QList<Quote> quoteEdges(const QString &url, const QString &postId) const;
    // Thread titles, authors, numbers and links of annotated posts, keyed by annotatedPostKey().
    // The thread's row id, or -1 when it is not cached.
    qint64 threadId(const QString &url) const;

private:
    class QuoteWriter;

    AnnotationRepository &m_annotations;
};

} // namespace Threadkeeper
