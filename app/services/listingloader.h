// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"
#include "domain/refresh.h"
#include "feeds/listingsource.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;

namespace Threadkeeper {

class PageFetcher;
class SiteCredentials;
struct PageResult;

// What one load of a listing found.
struct ListingResult
{
    QUrl asked; // as given
    QUrl canonical; // the listing's address (the source's canonical, or the feed's final URL)
    QString source; // the ListingSource's name; empty when the address was no listing
    FeedPage page; // every page's items, merged in listing order (no duplicate keys)
    QList<FeedLink> offered; // the feeds an HTML page offered, when it was no listing itself
    QHash<QString, HttpValidators> validators; // by request URL, as answered (for the next conditional load)
    bool notModified = false; // every request was answered 304: page holds nothing
    QMap<int, QString> failedPages; // page -> why
    // nothing could be read: names the address and why (HTTP status, not a feed and no
    // feeds offered, parse error with line)
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Loads listings (feeds, forum sections, front pages): finds the source by the address,
// else fetches it once and asks the sources whether the answer is theirs (a feed is known
// by its content), else reads the feeds the page offers. Requests go through one
// PageFetcher shared by every load (per-host limits, Retry-After), conditionally where
// validators are given; answers are read on worker threads. Many loads may run at once,
// each known by its ticket, each ending in exactly one finished() unless cancelled.
class ListingLoader : public QObject
{
    Q_OBJECT
public:
    ListingLoader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ListingLoader() override;

    struct Options
    {
        int maxPages = 2; // sections: pages read
        QHash<QString, HttpValidators> conditional; // validators from the last load: asked "has it changed?"
        bool followOffered = false; // an HTML page that offers feeds: load its first feed instead
        int timeoutMs = 0; // 0: 30 s. The fetcher is shared: requests started after this load use it.
        // The source that read this address last time (ListingResult::source): its requests
        // are made at once, without asking what the address is. Empty: find out.
        QString source;
    };
    quint64 load(const QUrl &url, const Options &options); // a ticket; many loads may run at once
    // The address without a user and password typed into it; they are kept for its site
    // (SiteCredentials), never stored with the address.
    QUrl takeCredentials(const QUrl &url);
    // Nothing more is reported for the load; requests already given to the fetcher still run.
    void cancel(quint64 ticket);
    void cancelAll();
    PageFetcher *
    fetcher() const; // shared by every load: per-host limits, Retry-After (app/net/pagefetcher.h)
    int activeLoads() const { return int(m_loads.size()); }

Q_SIGNALS:
    void finished(quint64 ticket, const Threadkeeper::ListingResult &result);

private:
    struct Load
    {
        Options options;
        ListingResult result;
        const ListingSource *source = nullptr;
        QHash<int, ListingRequest> pending; // fetch tag → request, in flight or being read
        QSet<QUrl> requested; // none twice
        QMap<int, FeedPage> pages; // page → what it held
        int answered = 0; // requests answered (a 304 counts)
        int notModified = 0; // of which 304
        int probeTag = 0; // the fetch of an address no source knew, while in flight
        bool followed = false; // an offered feed is being loaded in the page's place
    };
    struct ProbeReading
    {
        const ListingSource *source = nullptr;
        QUrl canonical;
        QList<FeedLink> offered;
    };

    void probe(quint64 ticket, const QUrl &url);
    void start(
        quint64 ticket, const ListingSource *source, const QUrl &canonical, const PageResult *answered);
    void request(quint64 ticket, const ListingRequest &request);
    void onPageFetched(const PageResult &result);
    void onProbed(quint64 ticket, const PageResult &result);
    void onProbeRead(quint64 ticket, const PageResult &result, const ProbeReading &reading);
    void read(quint64 ticket, int tag, const ListingRequest &request, const PageResult &result);
    void onAnswerRead(quint64 ticket, int tag, const ListingAnswer &answer);
    void finishIfDone(quint64 ticket);
    void finish(quint64 ticket);
    void finishLater(quint64 ticket);
    int nextTag();

    PageFetcher *m_fetcher;
    SiteCredentials *m_credentials;
    QHash<quint64, Load> m_loads;
    QHash<int, quint64> m_owners; // fetch tag → its load
    quint64 m_lastTicket = 0;
    int m_lastTag = 0;
};

} // namespace Threadkeeper

Q_DECLARE_METATYPE(Threadkeeper::ListingResult)
