// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/listingsource.h"

namespace Threadkeeper {

// The Hacker News front page (news.ycombinator.com/ or /news), in one answer from
// Algolia's search API (search?tags=front_page, at HackerNewsEngine::algoliaBase()). Each
// story's link is its article (or its item, for Ask HN); its discussion and key the item
// news.ycombinator.com/item?id=N. Algolia lists them by its own ranking, not HN's.
class HackerNewsFrontPage final : public ListingSource
{
public:
    QString name() const override { return QStringLiteral("hackernews-frontpage"); }
    QString displayName() const override { return QStringLiteral("Hacker News front page"); }
    bool parseUrl(const QUrl &url, QUrl *canonical) const override;
    // Never recognised by content: its answers come from another host.
    bool recognize(const QByteArray &body, const QByteArray &contentType, const QUrl &url) const override;
    QList<ListingRequest> firstRequests(const QUrl &canonical, int maxPages) const override;
    ListingAnswer readAnswer(const ListingRequest &request, const QByteArray &body, const QUrl &finalUrl,
        int maxPages) const override;

    static constexpr int HitsPerPage = 100; // more than the front page holds
};

} // namespace Threadkeeper
