// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QUrl>

namespace Threadkeeper {

// What an export says about the post an annotation belongs to.
struct AnnotatedPost
{
    static constexpr int SnippetLength = 300;
    QString threadTitle;
    QString author;
    int number = 0;
    QUrl url; // the post on the forum
    QString snippet; // the start of the post's own words, at most SnippetLength
    QString engine; // the thread's engine by name: the store knows no more, a service makes url
    bool operator==(const AnnotatedPost &) const = default;
};

// {"version": 1, "annotations": [...]}: everything needed to import into a fresh cache.
QByteArray annotationsToJson(const QList<Annotation> &annotations);
bool annotationsFromJson(const QByteArray &json, QList<Annotation> *annotations, QString *error);

// For reading and sharing: per thread, per post, notes and highlights as quote blocks
// with links back to the posts.
QString annotationsToMarkdown(
    const QList<Annotation> &annotations, const QHash<QString, AnnotatedPost> &posts);
// The key of `posts` above for an annotation.
inline QString annotatedPostKey(const Annotation &a)
{
    return a.threadUrl + QLatin1Char('#') + a.postId;
}

// Annotations with what is shown of their posts, keyed by annotatedPostKey(); a post no
// longer cached has no entry.
struct AnnotationListing
{
    QList<Annotation> annotations;
    QHash<QString, AnnotatedPost> posts;
};

} // namespace Threadkeeper
