// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"
#include "feeds/listingsource.h"

#include <QString>
#include <QUrl>

namespace Threadkeeper {

// What the forum section sources share: the bounds every answer is read within, and a
// thread row made into a FeedItem keyed as its engine keys the thread.
namespace SectionBounds {
constexpr int MaxRows = 500; // thread rows read from one answer
constexpr qsizetype MaxTitle = 500; // characters of a title
constexpr qsizetype MaxName = 200; // a starter's name, a section's title
constexpr qsizetype MaxPrefix = 100;
constexpr qsizetype MaxLink = 4096; // an address as the answer gives it
constexpr int MaxPageNumber = 100000; // a page count claimed by an answer
} // namespace SectionBounds

// One thread row as a section shows it, before it is made an item.
struct SectionRow
{
    QUrl link; // the thread's address, resolved
    QString title;
    QString author;
    QDateTime started;
    QDateTime lastPost;
    std::optional<int> replies;
    QString prefix;
    bool sticky = false;
};

// The row as a FeedItem: key and discussion the thread's canonical address as its
// engine keys it (engineForUrl), else the link itself; texts bounded and simplified.
// An item without a link or title is not made (false).
bool sectionItem(const SectionRow &row, FeedItem *item);
// Text bounded and white space collapsed.
QString boundedText(const QString &text, qsizetype limit);
// A link from an answer resolved against base; empty if absent, too long or not web.
QUrl resolvedLink(const QUrl &base, const QString &href);
// "12", "1,234", "1.2K", "3M" (XenForo abbreviates counts): the number, or nullopt.
std::optional<int> abbreviatedCount(const QString &text);
// Requests for pages from..to (inclusive) of a listing, each made by pageUrl.
template<typename PageUrl>
QList<ListingRequest> pageRequests(int from, int to, ListingRequest::Format format, PageUrl &&pageUrl)
{
    QList<ListingRequest> requests;
    to = std::min(to, SectionBounds::MaxPageNumber);
    for (int page = from; page <= to; ++page)
        requests.append(ListingRequest {pageUrl(page), format, page, QByteArray()});
    return requests;
}

} // namespace Threadkeeper
