// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listingsource.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Threadkeeper {

// RSS 0.9x/1.0/2.0 and Atom feeds, read with KDE's Syndication (never by hand). A feed is
// known by what it holds (its root element), not by its address: parseUrl() recognises
// nothing, recognize() reads the answer's root. One request, one page.
//
// Syndication keeps global state (a parser registry, static tables, an MD5 machine), so
// its part of a reading is serialised; the XML itself is parsed outside that lock.
class FeedSource final : public ListingSource
{
    Q_DECLARE_TR_FUNCTIONS(FeedSource)

public:
    // Bounds on what one feed may make us hold.
    static constexpr int MaxItems = 20000;
    static constexpr int MaxDepth = 256; // nesting of elements
    static constexpr qsizetype MaxTitle = 1000; // characters
    static constexpr qsizetype MaxSummary = 500;
    static constexpr qsizetype MaxContent = 512 * 1024;
    static constexpr qsizetype MaxAuthor = 200;
    static constexpr qsizetype MaxUrl = 4096;

    QString name() const override { return QStringLiteral("feed"); }
    QString displayName() const override;
    bool parseUrl(const QUrl &url, QUrl *canonical) const override;
    bool recognize(const QByteArray &body, const QByteArray &contentType, const QUrl &url) const override;
    QList<ListingRequest> firstRequests(const QUrl &canonical, int maxPages) const override;
    ListingAnswer readAnswer(const ListingRequest &request, const QByteArray &body, const QUrl &finalUrl,
        int maxPages) const override;

    // A date as feeds write them: RFC 822 (with or without the weekday or seconds, two-digit
    // years, zone names such as EST or PDT), or ISO 8601 (with or without seconds, fractions
    // or zone; a date alone). In UTC; invalid if it is neither.
    static QDateTime parseDate(const QString &text);
};

} // namespace Threadkeeper
