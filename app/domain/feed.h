// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "refresh.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace Threadkeeper {

// What a listing is: a feed (RSS, Atom), a forum section (a board's list of threads) or
// a front page (a site's newest threads: Discourse /latest, Hacker News).
enum class ListingKind
{
    Feed,
    Section,
    FrontPage,
};

// One entry of a listing: a feed's item, or a section's thread row. Values read off the
// answer; nothing here is fetched.
struct FeedItem
{
    // Stable across refreshes: the feed's guid/id, else the link; a section's thread
    // address (canonical, as the engine keys the thread).
    QString key;
    QString title;
    QUrl link; // the item's own page (the article, or the thread)
    QDateTime date; // published (a thread: its start); null when the listing gives none
    QDateTime updated; // last changed (a thread: its last post); null when not given
    QString author; // the item's author, a thread's starter
    QString summary; // plain text, the start of the item's words; may be empty
    QString contentHtml; // the item's full text as the feed carries it (untrusted HTML); may be empty
    std::optional<int> comments; // the count where the listing says (slash:comments, thr:count, replies)
    // The address of its discussion where one is known before anything is fetched: an
    // address one of our engines opens (a thread, an HN item), else a comment feed.
    QUrl discussion;
    QUrl commentFeed; // wfw:commentRss, an Atom rel="replies" feed; empty if none
    // The discussion's cache key (ThreadRef::canonical) where an engine recognises it;
    // filled by whoever knows the engines (SubscriptionBook), never by the store.
    QString thread;
    QString prefix; // a section's thread prefix ("[Solved]"), where the forum shows one
    bool sticky = false; // pinned to the top of a section
    bool operator==(const FeedItem &) const = default;
};

// One answer of a listing, read.
struct FeedPage
{
    QString title; // the feed's or section's own title
    QUrl link; // the site it belongs to (a feed's <link>), if it says
    ListingKind kind = ListingKind::Feed;
    QList<FeedItem> items; // in the listing's order
    bool operator==(const FeedPage &) const = default;
};

// A feed a page offers with <link rel="alternate" type="application/rss+xml" …>.
struct FeedLink
{
    QUrl url;
    QString title;
    QString type; // "application/rss+xml", "application/atom+xml"
    bool operator==(const FeedLink &) const = default;
};

// What the reader subscribed to.
struct Subscription
{
    qint64 id = 0;
    QUrl url; // the feed, section or front page, as it was subscribed
    QString title; // the listing's own title, or the reader's
    QString folder; // the folder it sits in (OPML outlines); empty: top level
    ListingKind kind = ListingKind::Feed;
    QString source; // the listing source that reads it ("feed", "xenforo-section", …)
    int intervalMinutes = 60; // how often it refreshes on its own
    QDateTime added;
    QDateTime lastChecked; // null: never
    QString lastError; // the last refresh's failure, empty if it went well
    // Counts over its cached items.
    int items = 0;
    int unread = 0;
    int newComments = 0; // comments new since the reader last read each item's discussion
    bool operator==(const Subscription &) const = default;
};

// An item as the News view lists it: the item, its subscription, and what the reader has
// done with it.
struct NewsItem
{
    qint64 subscription = 0;
    QString subscriptionTitle;
    FeedItem item;
    QDateTime firstSeen;
    QDateTime readAt;
    // Where its discussion is cached: its posts and those not yet read (hidden ones never
    // count). -1 when the discussion was never opened.
    int discussionPosts = -1;
    // Of its posts, the comments: the item's own post is none (the thread's opening post,
    // be it the article, a starter's or a link back to the article, and the article the
    // loader put before a forum thread). Unread and new count comments only.
    int discussionComments = -1;
    int discussionUnread = -1;
    int discussionNew = -1; // comments first seen since the reader last opened it
    bool discussionWatched = false; // the cached discussion is watched (WatchList)
    bool isRead() const { return readAt.isValid(); }
    bool isDiscussionCached() const { return discussionPosts >= 0; }
    bool operator==(const NewsItem &) const = default;
};

} // namespace Threadkeeper

Q_DECLARE_METATYPE(Threadkeeper::FeedItem)
Q_DECLARE_METATYPE(Threadkeeper::FeedPage)
Q_DECLARE_METATYPE(Threadkeeper::Subscription)
Q_DECLARE_METATYPE(Threadkeeper::NewsItem)
