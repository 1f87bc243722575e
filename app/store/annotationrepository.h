// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/annotationexport.h"
#include "domain/post.h"
#include "sqlaccess.h"

namespace Threadkeeper {

// The annotations table: the reader's notes and highlights, and highlights following
// their words when a post's text changes.
class AnnotationRepository : private SqlAccess
{
public:
    explicit AnnotationRepository(QSqlDatabase &db);

    // All, or one thread's (thread URL), or one post's.
    QList<Annotation> annotations(const QString &threadUrl = {}, const QString &postId = {}) const;
    // The same with what the panel and an export show of their posts, in one query.
    AnnotationListing listing(const QString &threadUrl = {}, const QString &postId = {}) const;
    // Stores a new annotation (id set) or updates the row with its id, as saveRule does.
    bool saveAnnotation(Annotation *annotation, QString *error);
    bool removeAnnotation(qint64 id, QString *error);
    // Adds all of them as new annotations in one transaction: all or nothing.
    bool addAnnotations(QList<Annotation> *annotations, QString *error);
    // Threads that hold annotations: never to be evicted from the cache.
    QStringList annotatedThreads() const;
    // Moves the post's highlights to where their words now stand, or marks them orphaned;
    // inside the caller's transaction.
    bool reanchor(const QString &url, const Post &post, const QDateTime &now, QString *error);
    // Where a highlight's words are in the post now (in its quote, or another quote of
    // the post when that one moved), and whether they were found.
    static std::pair<TextSelector, bool> followWords(const Post &post, const TextSelector &selector);

private:
    static Annotation readAnnotation(const QSqlQuery &q);
};

} // namespace Threadkeeper
