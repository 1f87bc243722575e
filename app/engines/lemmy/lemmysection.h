// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/listingsource.h"

namespace Threadkeeper {

// A Lemmy community, https://INSTANCE/c/NAME (or NAME@other.instance), read through the
// instance's API v3: /api/v3/post/list?community_name=NAME&sort=New&page=N&limit=PageSize,
// featured posts first as Lemmy lists them. Each post opens as https://INSTANCE/post/ID,
// the instance's own copy. Pages follow while they come back full.
class LemmySection final : public ListingSource
{
public:
    QString name() const override { return QStringLiteral("lemmy-community"); }
    QString displayName() const override { return QStringLiteral("Lemmy community"); }
    bool parseUrl(const QUrl &url, QUrl *canonical) const override;
    // A post list answer: {"posts": [{"post": …, "creator": …, "counts": …}]}.
    bool recognize(const QByteArray &body, const QByteArray &contentType, const QUrl &url) const override;
    QList<ListingRequest> firstRequests(const QUrl &canonical, int maxPages) const override;
    ListingAnswer readAnswer(const ListingRequest &request, const QByteArray &body, const QUrl &finalUrl,
        int maxPages) const override;

    static constexpr int PageSize = 50; // Lemmy's largest
    static QUrl listUrl(const QUrl &canonical, int page);
};

} // namespace Threadkeeper
