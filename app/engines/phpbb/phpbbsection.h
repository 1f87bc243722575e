// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/listingsource.h"

namespace Threadkeeper {

// A phpBB 3.x forum: viewforum.php?f=N, paged by start= (the board's topics per page,
// read off the first page's pagination). Rows are ul.topics > li.row; announcements
// (global-announce, announce) and stickies are marked by the row's class, as prosilver
// and the styles built on it write them.
class PhpbbSection final : public ListingSource
{
public:
    QString name() const override { return QStringLiteral("phpbb-section"); }
    QString displayName() const override { return QStringLiteral("phpBB forum"); }
    bool parseUrl(const QUrl &url, QUrl *canonical) const override;
    // <body id="phpbb" class="… section-viewforum …">.
    bool recognize(const QByteArray &body, const QByteArray &contentType, const QUrl &url) const override;
    QList<ListingRequest> firstRequests(const QUrl &canonical, int maxPages) const override;
    ListingAnswer readAnswer(const ListingRequest &request, const QByteArray &body, const QUrl &finalUrl,
        int maxPages) const override;

    static constexpr int DefaultPageSize = 25; // phpBB's topics_per_page
};

} // namespace Threadkeeper
