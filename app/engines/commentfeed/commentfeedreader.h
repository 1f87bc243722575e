// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Threadkeeper {

// One page of a comment feed as KDE's Syndication library reads it: the commented post
// where the feed names it, and one post per comment, oldest first, each with the comment
// it replies to where the feed says (RFC 4685 thr:in-reply-to, Blogger's rel="related"
// link), else the article.
struct CommentFeedPage
{
    QString title; // the commented post's title ("Comments on: X" gives X)
    QUrl postLink; // the commented post's page (the channel's link)
    QUrl next; // the next page of comments (Atom rel="next"), if any
    QList<Post> comments; // ids, parents, authors, dates and bodies; positions from 1
    bool threaded = false; // entries carry thr:in-reply-to
    bool commentLinks = false; // items link to #comment-N anchors of one page
    bool titled = false; // the channel's title is WordPress's "Comments on: X"
};

class CommentFeedReader
{
public:
    static constexpr qsizetype MaxBytes = 16 * 1024 * 1024;
    static constexpr int MaxDepth = 64; // element nesting; feeds need about 6
    static constexpr int MaxComments = 5000; // a page; more are dropped
    static constexpr qsizetype MaxCommentHtml = 256 * 1024;
    static inline const QString ArticleId = QStringLiteral("article");

    // The page, or nothing when the bytes are not a feed (with why in *error).
    static std::optional<CommentFeedPage> read(const QByteArray &xml, const QUrl &url, QString *error);
    // Whether a read feed is a comment feed rather than a feed of articles.
    static bool isCommentFeed(const CommentFeedPage &page);
    // A cheap look at the start of an answer: could it be XML of a feed at all?
    static bool looksLikeFeed(const QByteArray &body);
};

} // namespace Threadkeeper
