// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Threadkeeper {

// One request a listing source wants made. The listing loader fetches it (within the
// per-host limits, conditionally where the cache kept validators) and hands the answer
// back to the source that asked.
struct ListingRequest
{
    QUrl url;
    enum class Format
    {
        Html, // decoded to UTF-8 (header, BOM or <meta>) before the source reads it
        Json, // handed over as it came
        Xml, // a feed: handed over as it came (the XML says its own encoding)
    };
    Format format = Format::Html;
    int page = 1; // the listing's page this answer holds (sections have several)
    QByteArray key; // the source's own note of what it asked for; opaque to the loader
    bool operator==(const ListingRequest &) const = default;
};

// A source's reading of one answer.
struct ListingAnswer
{
    QString error; // not an answer this source understands: names what was wrong (a line, a field)
    FeedPage page; // title, kind and the items of this answer
    QList<ListingRequest> next; // further pages this answer calls for (within maxPages)
};

// What every listing reader implements: a feed (RSS/Atom), an engine's forum section or
// front page. As ForumEngine: it describes requests and reads answers; it never runs a
// request, touches the store or knows a widget. Implementations are stateless and
// thread-safe: answers are read on worker threads.
class ListingSource
{
public:
    virtual ~ListingSource() = default;
    virtual QString name() const = 0; // stored with the subscription: "feed", "xenforo-section"
    virtual QString displayName() const = 0; // "RSS/Atom feed", "XenForo forum"

    // Whether the URL looks like a listing of this source; canonical is the address it is
    // subscribed under (page 1, no sort or session parameters).
    virtual bool parseUrl(const QUrl &url, QUrl *canonical) const = 0;
    // Whether an answer fetched from an address no source recognised is one of this
    // source's listings (a feed's root element, a forum's section markup).
    virtual bool recognize(const QByteArray &body, const QByteArray &contentType, const QUrl &url) const = 0;

    // The requests that read the listing; at most maxPages pages in all.
    virtual QList<ListingRequest> firstRequests(const QUrl &canonical, int maxPages) const = 0;
    virtual ListingAnswer readAnswer(
        const ListingRequest &request, const QByteArray &body, const QUrl &finalUrl, int maxPages) const = 0;
};

// The listing sources we know, tried in this order: sections by their addresses first,
// feeds last (a feed is recognised by what it holds).
QList<const ListingSource *> listingSources();
const ListingSource *listingSourceByName(const QString &name);
const ListingSource *listingSourceForUrl(const QUrl &url, QUrl *canonical);
const ListingSource *listingSourceForAnswer(const QByteArray &body, const QByteArray &contentType, const QUrl &url);

} // namespace Threadkeeper
