// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace Threadkeeper {

// Reading Reddit's "things" (t3 the link, t1 a comment, "more" a stub of comments not sent)
// into posts, the same wherever they came from: a comment page's nested listing, a flat
// /api/morechildren answer, or a "continue this thread" page.

// A stub of comments left out of an answer: fetched through /api/morechildren (children
// named), or, for "continue this thread" (id "_", no children), as the page of its parent.
struct RedditStub
{
    QStringList children; // comment ids, bare ("cu5pg2h")
    QString parentId; // the comment under which the rest continues (bare), for a continue stub
    int depth = 0; // of the comments it stands for
    bool continues = false;
};

// Where comments sit in thread order. Comments are read oldest first (sort=old), so a
// comment's place follows from its own creation time alone, whichever answer brings it and
// in whatever order answers arrive: siblings in the order Reddit shows them, every reply
// after its parent, new comments of a refresh at their place. The time is counted in
// seconds from the link's, with the depth below it, so that a reply written in the same
// second as its parent (a bot's) still comes after it.
struct RedditClock
{
    qint64 linkCreated = 0; // seconds since the epoch
    int positionOf(qint64 created, int depth) const;
    static constexpr int DepthSlots = 16;
};

// The link (t3 data) as the thread's article: its id "t3_ID", position 0, its link (for a
// link post) above its text.
Post redditArticle(const QJsonObject &link, const QUrl &base);
// One comment (t1 data); depth is its depth in the thread (0: a reply to the link). Deleted
// (author and body "[deleted]") and removed (body "[removed]") comments are kept as
// placeholders without author, so their replies keep their place.
Post redditComment(const QJsonObject &comment, const RedditClock &clock, int depth, const QUrl &base);
// Reddit's quotes name no one: a quote whose words are the parent's (a quote within it,
// the grandparent's) is given that comment as its source and author, where both are among
// posts (one answer's).
void redditQuoteSources(QList<Post> *posts);
// A "more" thing's data as a stub.
RedditStub redditStub(const QJsonObject &more);
// The post a fullname names: "t1_abc" → "abc", "t3_xyz" → "t3_xyz" (the article); empty for
// anything else.
QString redditParent(const QString &fullname);
// Seconds since the epoch from "created_utc" (a number); 0 when absent or not one.
qint64 redditCreated(const QJsonObject &thing);

} // namespace Threadkeeper
