// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingloader.h"

#include "domain/handoff.h"
#include "feeds/feeddiscovery.h"
#include "html/htmlcharset.h"
#include "net/pagefetcher.h"
#include "net/sitecredentials.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace Threadkeeper {

namespace {

constexpr int DefaultTimeoutMs = 30000;

// An address nothing knows yet may be a feed or a page: ask for feeds first.
const QByteArray AnyListing = QByteArrayLiteral(
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, "
    "text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");

QByteArray acceptFor(ListingRequest::Format format)
{
    switch (format) {
    case ListingRequest::Format::Json:
        return QByteArrayLiteral("application/json");
    case ListingRequest::Format::Xml:
        return AnyListing;
    case ListingRequest::Format::Html:
        break;
    }
    return QByteArrayLiteral("text/html,application/xhtml+xml");
}

QString keyOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment).toString();
}

} // namespace

ListingLoader::ListingLoader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_fetcher(new PageFetcher(network, this))
    , m_credentials(SiteCredentials::of(network))
{
    qRegisterMetaType<ListingResult>();
    m_fetcher->setTimeout(DefaultTimeoutMs);
    connect(m_fetcher, &PageFetcher::pageFinished, this, &ListingLoader::onPageFetched);
}

ListingLoader::~ListingLoader() = default;

PageFetcher *ListingLoader::fetcher() const
{
    return m_fetcher;
}

int ListingLoader::nextTag()
{
    // Positive, and never one still in use by a load in flight.
    do {
        m_lastTag = m_lastTag == std::numeric_limits<int>::max() ? 1 : m_lastTag + 1;
    } while (m_owners.contains(m_lastTag));
    return m_lastTag;
}

QUrl ListingLoader::takeCredentials(const QUrl &url)
{
    return m_credentials->take(url);
}

quint64 ListingLoader::load(const QUrl &given, const Options &options)
{
    const QUrl url = m_credentials->take(given);
    const quint64 ticket = ++m_lastTicket;
    Load &load = m_loads[ticket];
    load.options = options;
    load.options.maxPages = std::max(1, options.maxPages);
    load.result.asked = url;
    m_fetcher->setTimeout(options.timeoutMs > 0 ? options.timeoutMs : DefaultTimeoutMs);

    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        load.result.error
            = url.isEmpty() ? tr("not a web address") : tr("not a web address: %1").arg(url.toString());
        finishLater(ticket);
        return ticket;
    }
    QUrl canonical;
    if (const ListingSource *named = listingSourceByName(options.source)) {
        if (!named->parseUrl(url, &canonical))
            canonical = url;
        start(ticket, named, canonical, nullptr);
    } else if (const ListingSource *source = listingSourceForUrl(url, &canonical)) {
        start(ticket, source, canonical, nullptr);
    } else {
        probe(ticket, url);
    }
    return ticket;
}

void ListingLoader::cancel(quint64 ticket)
{
    const auto it = m_loads.find(ticket);
    if (it == m_loads.end())
        return;
    for (auto tag = it->pending.keyBegin(); tag != it->pending.keyEnd(); ++tag)
        m_owners.remove(*tag);
    if (it->probeTag)
        m_owners.remove(it->probeTag);
    m_loads.erase(it);
}

void ListingLoader::cancelAll()
{
    m_fetcher->cancel();
    m_loads.clear();
    m_owners.clear();
}

void ListingLoader::probe(quint64 ticket, const QUrl &url)
{
    Load &load = m_loads[ticket];
    load.probeTag = nextTag();
    m_owners.insert(load.probeTag, ticket);
    m_fetcher->fetch(url, load.probeTag, {}, AnyListing, load.options.conditional.value(keyOf(url)));
}

void ListingLoader::start(
    quint64 ticket, const ListingSource *source, const QUrl &canonical, const PageResult *answered)
{
    Load &load = m_loads[ticket];
    load.source = source;
    load.result.source = source->name();
    load.result.canonical = canonical;
    const QList<ListingRequest> first = source->firstRequests(canonical, load.options.maxPages);
    for (const ListingRequest &r : first) {
        // The answer that told what the address is may be the first page itself (a feed):
        // read, not fetched again.
        if (answered && (keyOf(r.url) == keyOf(answered->url) || keyOf(r.url) == keyOf(answered->finalUrl))
            && !load.requested.contains(r.url)) {
            load.requested.insert(r.url);
            const int tag = nextTag();
            m_owners.insert(tag, ticket);
            load.pending.insert(tag, r);
            read(ticket, tag, r, *answered);
            continue;
        }
        request(ticket, r);
    }
    if (load.pending.isEmpty())
        finishLater(ticket); // the source asked for nothing
}

void ListingLoader::request(quint64 ticket, const ListingRequest &r)
{
    const auto it = m_loads.find(ticket);
    if (it == m_loads.end())
        return;
    Load &load = *it;
    if (r.page > load.options.maxPages || load.requested.contains(r.url))
        return;
    load.requested.insert(r.url);
    const int tag = nextTag();
    m_owners.insert(tag, ticket);
    load.pending.insert(tag, r);
    m_fetcher->fetch(r.url, tag, {}, acceptFor(r.format), load.options.conditional.value(keyOf(r.url)));
}

void ListingLoader::onPageFetched(const PageResult &result)
{
    const auto owner = m_owners.constFind(result.page);
    if (owner == m_owners.cend())
        return; // cancelled
    const quint64 ticket = *owner;
    const auto it = m_loads.find(ticket);
    if (it == m_loads.end())
        return;
    if (result.page == it->probeTag) {
        m_owners.remove(result.page);
        it->probeTag = 0;
        onProbed(ticket, result);
        return;
    }
    const ListingRequest r = it->pending.value(result.page);
    if (!result.ok()) {
        m_owners.remove(result.page);
        it->pending.remove(result.page);
        ++it->answered;
        it->result.failedPages.insert(r.page, result.error);
        finishIfDone(ticket);
        return;
    }
    read(ticket, result.page, r, result);
}

void ListingLoader::onProbed(quint64 ticket, const PageResult &result)
{
    Load &load = m_loads[ticket];
    if (!result.ok()) {
        load.result.error = tr("could not load %1: %2").arg(result.url.toString(), result.error);
        finish(ticket);
        return;
    }
    if (result.notModified) {
        // Asked "has it changed?" with what the last load kept: it has not.
        load.result.validators.insert(keyOf(result.url), result.validators);
        load.result.canonical = result.url;
        load.result.notModified = true;
        finish(ticket);
        return;
    }
    // What the answer is, off the GUI thread: a source's listing, or a page offering feeds.
    auto *watcher = new QFutureWatcher<ProbeReading>(this);
    connect(watcher, &QFutureWatcher<ProbeReading>::finished, this, [this, watcher, ticket, result] {
        letGo(watcher);
        if (m_loads.contains(ticket))
            onProbeRead(ticket, result, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(handedOff([result] {
        ProbeReading reading;
        const QUrl at = result.finalUrl.adjusted(QUrl::RemoveFragment);
        reading.source = listingSourceForAnswer(result.body, result.contentType, at);
        if (reading.source) {
            if (!reading.source->parseUrl(at, &reading.canonical))
                reading.canonical = at;
        } else {
            reading.offered = offeredFeeds(htmlAsUtf8(result.body, result.contentType), at);
        }
        return reading;
    })));
}

void ListingLoader::onProbeRead(quint64 ticket, const PageResult &result, const ProbeReading &reading)
{
    Load &load = m_loads[ticket];
    if (reading.source) {
        start(ticket, reading.source, reading.canonical, &result);
        return;
    }
    if (load.followed) {
        load.result.error = tr("%1 offers the feed %2, which is not a feed Threadkeeper can read")
                                .arg(load.result.asked.toString(), result.url.toString());
        finish(ticket);
        return;
    }
    load.result.offered = reading.offered;
    if (reading.offered.isEmpty()) {
        load.result.error
            = tr("%1 is neither a feed nor a forum listing Threadkeeper can read, and offers no feeds")
                  .arg(result.url.toString());
        finish(ticket);
        return;
    }
    if (load.options.followOffered) {
        load.followed = true;
        probe(ticket, reading.offered.constFirst().url);
        return;
    }
    load.result.canonical = result.finalUrl;
    finish(ticket); // the page offers feeds: the caller chooses
}

void ListingLoader::read(quint64 ticket, int tag, const ListingRequest &r, const PageResult &result)
{
    Load &load = m_loads[ticket];
    // Kept under the address asked and the one that answered, for the next load to ask
    // "has it changed?" whichever it uses.
    if (!result.validators.isEmpty()) {
        load.result.validators.insert(keyOf(result.url), result.validators);
        if (result.finalUrl.isValid() && keyOf(result.finalUrl) != keyOf(result.url))
            load.result.validators.insert(keyOf(result.finalUrl), result.validators);
    }
    if (result.notModified) {
        m_owners.remove(tag);
        load.pending.remove(tag);
        ++load.answered;
        ++load.notModified;
        finishIfDone(ticket);
        return;
    }
    auto *watcher = new QFutureWatcher<ListingAnswer>(this);
    connect(watcher, &QFutureWatcher<ListingAnswer>::finished, this, [this, watcher, ticket, tag] {
        letGo(watcher);
        onAnswerRead(ticket, tag, watcher->result());
    });
    const ListingSource *source = load.source;
    const int maxPages = load.options.maxPages;
    watcher->setFuture(QtConcurrent::run(
        handedOff([source, r, maxPages, body = result.body, type = result.contentType, at = result.finalUrl] {
            return source->readAnswer(r,
                r.format == ListingRequest::Format::Html ? htmlAsUtf8(body, type) : body,
                at.isValid() ? at : r.url, maxPages);
        })));
}

void ListingLoader::onAnswerRead(quint64 ticket, int tag, const ListingAnswer &answer)
{
    const auto it = m_loads.find(ticket);
    if (it == m_loads.end() || !it->pending.contains(tag))
        return; // cancelled while it was read
    const ListingRequest r = it->pending.take(tag);
    m_owners.remove(tag);
    ++it->answered;
    if (!answer.error.isEmpty()) {
        it->result.failedPages.insert(r.page, answer.error);
    } else {
        it->pages.insert(r.page, answer.page);
        for (const ListingRequest &next : answer.next)
            request(ticket, next);
    }
    finishIfDone(ticket);
}

void ListingLoader::finishIfDone(quint64 ticket)
{
    const auto it = m_loads.constFind(ticket);
    if (it != m_loads.cend() && it->pending.isEmpty() && it->probeTag == 0)
        finish(ticket);
}

void ListingLoader::finishLater(quint64 ticket)
{
    // After load() has returned the ticket.
    QMetaObject::invokeMethod(
        this,
        [this, ticket] {
            if (m_loads.contains(ticket))
                finish(ticket);
        },
        Qt::QueuedConnection);
}

void ListingLoader::finish(quint64 ticket)
{
    Load load = m_loads.take(ticket);
    for (auto tag = load.pending.keyBegin(); tag != load.pending.keyEnd(); ++tag)
        m_owners.remove(*tag);
    ListingResult &result = load.result;
    if (load.source && result.error.isEmpty()) {
        // The pages in listing order, each item once (a thread moves up a page between two
        // requests: it shows where it was seen first).
        QSet<QString> keys;
        bool first = true;
        for (auto page = load.pages.cbegin(); page != load.pages.cend(); ++page) {
            if (first) {
                result.page.title = page->title;
                result.page.link = page->link;
                result.page.kind = page->kind;
                first = false;
            }
            for (const FeedItem &item : page->items) {
                if (item.key.isEmpty() || !keys.contains(item.key)) {
                    keys.insert(item.key);
                    result.page.items.append(item);
                }
            }
        }
        result.notModified = load.answered > 0 && load.notModified == load.answered;
        if (load.pages.isEmpty() && !result.notModified) {
            const QString why
                = result.failedPages.isEmpty() ? tr("it asked for nothing") : result.failedPages.first();
            result.error
                = tr("could not read %1: %2")
                      .arg((result.canonical.isEmpty() ? result.asked : result.canonical).toString(), why);
        }
    }
    Q_EMIT finished(ticket, result);
}

} // namespace Threadkeeper
