// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Threadkeeper {

// What a server said identifies its answer (ETag, Last-Modified): sent back with the next
// request for the same address, it lets the server answer 304, "not modified".
struct HttpValidators
{
    QByteArray etag;
    QByteArray lastModified;

    bool isEmpty() const { return etag.isEmpty() && lastModified.isEmpty(); }
    bool operator==(const HttpValidators &) const = default;
};

// One request of a thread as last answered: the part it held and its validators.
struct FetchedRequest
{
    int unit = 0;
    QString url; // where the answer came from, after redirects
    HttpValidators validators;

    bool operator==(const FetchedRequest &) const = default;
};

// What the cache holds of a thread, for a refresh to ask only what can have changed.
struct CachedParts
{
    bool found = false; // the thread is cached
    ThreadInfo info; // pageCount: the parts (pages, batches) the thread had
    int lastUnit = 0; // the highest part holding cached posts
    QString lastUnitUrl; // where that part was last fetched from; empty if not recorded
    QSet<QString> postIds; // every cached post
    QHash<QString, HttpValidators> validators; // by request URL
};

// What a refresh of one thread found.
struct RefreshOutcome
{
    QString url;
    QString title;
    int newPosts = 0; // posts the cache did not have
    QStringList newAuthors; // who wrote them, one entry a post
    int requests = 0; // requests made
    int notModified = 0; // of which the server answered 304
    QMap<int, QString> failedParts; // part → why
    QString error; // nothing could be checked
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && failedParts.isEmpty() && !cancelled; }
};

} // namespace Threadkeeper

Q_DECLARE_METATYPE(Threadkeeper::CachedParts)
Q_DECLARE_METATYPE(Threadkeeper::RefreshOutcome)
