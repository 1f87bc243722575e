// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post.h"

#include <QDateTime>

#include <functional>

namespace Threadkeeper {

// Whether the reader's rules hide a post (it sees the author and own words only), for
// counts made on the store's thread.
using HiddenPredicate = std::function<bool(const Post &post, const QString &threadUrl)>;

// A cached thread as the library and Recent Threads list it.
struct ThreadSummary
{
    ThreadInfo info;
    QString site; // the host it is on, as rules name it ("local" for bundled threads)
    QString forum; // the board within the site, where an engine says (none does yet): else empty
    int posts = 0;
    int unread = 0; // posts the rules hide are never unread
    // Posts first seen after the last visit (hidden ones left out). A thread never
    // visited (cached by the command line, or before the library kept visits) is all new.
    int newPosts = 0;
    QDateTime lastFetched;
    QDateTime lastPost; // the newest post's date; null when no post has one
    qint64 bytes = 0; // about what it takes on disk: its posts' words and bodies
    bool watched = false; // refreshed in the background, never evicted
    QDateTime lastVisit; // when the reader last opened it; null: never
    QDateTime lastChecked; // when a refresh last asked the forum for news; null: never

    bool operator==(const ThreadSummary &) const = default;
};

// The cache file's size as SQLite counts it: all its pages, and the free ones among them
// that Compact (VACUUM) gives back.
struct CacheSize
{
    qint64 fileBytes = 0;
    qint64 freeBytes = 0;
};

// What the library pane shows: every cached thread and the size of the whole.
struct LibraryListing
{
    QList<ThreadSummary> threads;
    CacheSize size;
};

} // namespace Threadkeeper

Q_DECLARE_METATYPE(Threadkeeper::ThreadSummary)
Q_DECLARE_METATYPE(Threadkeeper::LibraryListing)
Q_DECLARE_METATYPE(Threadkeeper::CacheSize)
