// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/listingsource.h"

namespace Threadkeeper {

// A XenForo forum (a node's list of threads): /forums/slug.N/, its pages /page-N, and
// index.php?forums/slug.N/ on forums without friendly URLs. XenForo 2 rows are
// .structItem--thread (stickies in .structItemContainer-group--sticky, prefixes as
// .label links); XenForo 1 rows are li.discussionListItem (sticky by class).
class XenForoSection final : public ListingSource
{
public:
    QString name() const override { return QStringLiteral("xenforo-section"); }
    QString displayName() const override { return QStringLiteral("XenForo forum"); }
    bool parseUrl(const QUrl &url, QUrl *canonical) const override;
    // <html id="XF" data-template="forum_view"> (2.x), or XenForo 1's discussion list.
    bool recognize(const QByteArray &body, const QByteArray &contentType, const QUrl &url) const override;
    QList<ListingRequest> firstRequests(const QUrl &canonical, int maxPages) const override;
    ListingAnswer readAnswer(const ListingRequest &request, const QByteArray &body, const QUrl &finalUrl,
        int maxPages) const override;

    static QUrl pageUrl(const QUrl &canonical, int page);
};

} // namespace Threadkeeper
