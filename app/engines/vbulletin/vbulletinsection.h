// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/listingsource.h"

namespace Threadkeeper {

// A vBulletin 3 or 4 forum: forumdisplay.php?f=N (page=N), and vBulletin 4's friendly
// forms forumdisplay.php/N-title and /forums/N-title (/pageN). vBulletin 4 lists
// stickies in ol#stickies and the rest in ol#threads, rows li.threadbit; vBulletin 3
// writes a table whose body is tbody#threadbits_forum_N, a row per thread, stickies
// first with the "Sticky:" phrase (or its translation) before the title.
class VBulletinSection final : public ListingSource
{
public:
    QString name() const override { return QStringLiteral("vbulletin-section"); }
    QString displayName() const override { return QStringLiteral("vBulletin forum"); }
    bool parseUrl(const QUrl &url, QUrl *canonical) const override;
    // vBulletin's generator tag and a forumdisplay thread list.
    bool recognize(const QByteArray &body, const QByteArray &contentType, const QUrl &url) const override;
    QList<ListingRequest> firstRequests(const QUrl &canonical, int maxPages) const override;
    ListingAnswer readAnswer(const ListingRequest &request, const QByteArray &body, const QUrl &finalUrl,
        int maxPages) const override;

    static QUrl pageUrl(const QUrl &canonical, int page);
};

} // namespace Threadkeeper
