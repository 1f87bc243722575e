// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"

#include <QJsonObject>
#include <QSet>

namespace Threadkeeper {

// One Bluesky post (app.bsky.feed.defs#postView) as a post: the author's handle, the
// record's plain text with its facets as links (their offsets count UTF-8 bytes), pictures
// and link cards, and a quoted post (app.bsky.embed.record#view, recordWithMedia#view) as a
// quote, named as source when it is in the thread. Post ids are the posts' at:// URIs.
class BlueskyPost
{
public:
    static constexpr int MaxQuoteDepth = 3;
    static constexpr qsizetype MaxText = 64 * 1024; // records allow 3,000 bytes

    static Post read(const QJsonObject &postView, const QSet<QString> &thread);
    // A post the AppView could not show (notFoundPost, blockedPost): its place kept.
    static Post placeholder(const QJsonObject &node);
    // The record's text as a paragraph, each link, mention and tag facet a link. Facets
    // out of range, overlapping or not on a character's edge are left out.
    static Block textBlock(const QJsonObject &record);
    // https://bsky.app/profile/DID/post/RKEY for at://DID/app.bsky.feed.post/RKEY; empty
    // for anything else.
    static QString webUrl(const QString &atUri);
};

} // namespace Threadkeeper
