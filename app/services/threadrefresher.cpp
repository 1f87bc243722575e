// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadrefresher.h"

#include "accounts/siteaccounts.h"
#include "domain/handoff.h"
#include "html/htmlcharset.h"
#include "net/hostbudgets.h"
#include "net/pagefetcher.h"
#include "services/replytree.h"
#include "services/threadsession.h"
#include "store/cachestore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace Threadkeeper {

namespace {

QByteArray acceptFor(EngineRequest::Format format)
{
    if (format == EngineRequest::Format::Xml)
        return QByteArrayLiteral(
            "application/atom+xml,application/rss+xml,application/xml;q=0.9,text/xml;q=0.8");
    return format == EngineRequest::Format::Json ? QByteArrayLiteral("application/json")
                                                 : QByteArrayLiteral("text/html,application/xhtml+xml");
}

// Store answers come by signal to every listener: tickets unique across refreshers.
quint64 nextTicket()
{
    static std::atomic<quint64> tickets {0};
    return ++tickets;
}

} // namespace

// The waiting parts with their quotes resolved against the cached thread, and the cached
// posts whose quotes now resolve elsewhere.
struct ThreadRefresher::Merged
{
    QMap<int, QList<Post>> parts;
    QList<Post> relinked;
};

ThreadRefresher::ThreadRefresher(
    QNetworkAccessManager *network, CacheStore *store, ThreadSession *session, QObject *parent)
    : QObject(parent)
    , m_fetcher(new PageFetcher(network, this))
    , m_store(store)
    , m_session(session)
{
    connect(m_fetcher, &PageFetcher::pageFinished, this, &ThreadRefresher::onPageFetched);
    if (m_store)
        connect(m_store, &CacheStore::cachedPartsLoaded, this, &ThreadRefresher::onPartsLoaded);
}

ThreadRefresher::~ThreadRefresher() = default;

void ThreadRefresher::setTimeout(int ms)
{
    m_fetcher->setTimeout(ms);
}

bool ThreadRefresher::refresh(const QString &threadUrl, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_busy)
        return fail(tr("already refreshing %1").arg(m_info.url));
    ThreadRef ref;
    const ForumEngine *engine = engineForUrl(QUrl(threadUrl), &ref);
    if (!engine)
        return fail(tr("not a forum thread Threadkeeper can read: %1").arg(threadUrl));
    if (!m_store)
        return fail(tr("there is no cache to refresh"));
    m_engine = engine;
    m_ref = ref;
    m_info = ThreadInfo {threadUrl, engine->name(), QString(), 0};
    m_outcome = RefreshOutcome {};
    m_outcome.url = threadUrl;
    m_busy = true;
    m_mergeAsked = false;
    m_parts.reset();
    m_requests.clear();
    m_firstTags.clear();
    m_requested.clear();
    m_newIds.clear();
    m_fetched.clear();
    m_waiting.clear();
    m_ticket = nextTicket();
    m_store->loadCachedParts(threadUrl, m_ticket, false);
    return true;
}

void ThreadRefresher::onPartsLoaded(quint64 ticket, const CachedParts &parts, const QList<Post> &posts)
{
    if (ticket != m_ticket || !m_busy)
        return;
    if (m_mergeAsked) {
        saveWaiting(posts);
        return;
    }
    if (!parts.found) {
        m_outcome.error = tr("%1 is not in the cache: open it once to keep it").arg(m_info.url);
        complete();
        return;
    }
    m_info = parts.info;
    m_outcome.title = parts.info.title;
    m_parts = std::make_shared<const CachedParts>(parts);
    // A site read through the reader's account: ready before the first request.
    const AccountNeed need = m_engine->accountNeed(m_ref);
    SiteAccounts *accounts = need.isNone() ? nullptr : SiteAccounts::of(m_fetcher->manager());
    if (!accounts) {
        requestFirst();
        return;
    }
    accounts->prepare(need, [self = QPointer<ThreadRefresher>(this), ticket](const QString &error) {
        if (!self || ticket != self->m_ticket || !self->m_busy)
            return;
        if (!error.isEmpty()) {
            self->m_outcome.error = error;
            self->complete();
            return;
        }
        self->requestFirst();
    });
}

void ThreadRefresher::requestFirst()
{
    for (const EngineRequest &r : m_engine->refreshRequests(m_ref, *m_parts))
        request(r, true);
    finishIfDone();
}

void ThreadRefresher::request(const EngineRequest &r, bool first)
{
    if (m_requested.contains(r.url))
        return;
    m_requested.insert(r.url);
    const int tag = m_nextTag++;
    m_requests.insert(tag, r);
    if (first)
        m_firstTags.insert(tag);
    if (const RateBudget budget = m_engine->rateBudget(); budget.isValid())
        HostBudgets::of(m_fetcher->manager())->setBudget(r.url, budget);
    ++m_outcome.requests;
    const ForumEngine *engine = m_engine;
    m_fetcher->fetch(
        r.url, tag, [engine, r](const QByteArray &body) { return engine->incompleteReason(r, body); },
        acceptFor(r.format), m_parts->validators.value(r.url.adjusted(QUrl::RemoveFragment).toString()));
}

void ThreadRefresher::onPageFetched(const PageResult &result)
{
    const auto it = m_requests.constFind(result.page);
    if (!m_busy || it == m_requests.cend())
        return;
    const EngineRequest r = *it;
    const bool first = m_firstTags.contains(result.page);
    if (result.notModified) {
        ++m_outcome.notModified;
        m_requests.remove(result.page);
        m_firstTags.remove(result.page);
        finishIfDone();
        return;
    }
    if (!result.ok()) {
        m_requests.remove(result.page);
        m_firstTags.remove(result.page);
        if (!result.untrustedCertificate && fallBack(r, first))
            return;
        failPart(r.unit, result.error, first);
        finishIfDone();
        return;
    }
    const FetchedRequest fetched {
        r.unit, result.finalUrl.adjusted(QUrl::RemoveFragment).toString(), result.validators};
    auto *watcher = new QFutureWatcher<EngineAnswer>(this);
    const quint64 ticket = m_ticket;
    const int tag = result.page;
    connect(watcher, &QFutureWatcher<EngineAnswer>::finished, this, [this, watcher, ticket, tag, fetched] {
        letGo(watcher);
        if (ticket == m_ticket && m_busy)
            onAnswerRead(tag, watcher->result(), fetched);
    });
    const ForumEngine *engine = m_engine;
    // The context points into the shared parts, kept alive by the capture.
    watcher->setFuture(QtConcurrent::run(
        handedOff([engine, r, parts = m_parts, thread = m_ref.canonical, finalUrl = result.finalUrl, first,
                      body = result.body, type = result.contentType] {
            const AnswerContext context {thread, finalUrl, first, parts.get()};
            return engine->readAnswer(
                r, r.format == EngineRequest::Format::Html ? htmlAsUtf8(body, type) : body, context);
        })));
}

void ThreadRefresher::onAnswerRead(int tag, const EngineAnswer &answer, const FetchedRequest &fetched)
{
    const EngineRequest r = m_requests.take(tag);
    const bool first = m_firstTags.remove(tag);
    const int unit = answer.unit > 0 ? answer.unit : r.unit;
    if (!answer.error.isEmpty()) {
        if (!fallBack(r, first))
            failPart(unit, answer.error, first);
        finishIfDone();
        return;
    }
    if (answer.facts) {
        if (!answer.facts->title.isEmpty())
            m_info.title = m_outcome.title = answer.facts->title;
        m_info.pageCount = std::max(1, answer.facts->unitCount);
    }
    deliver(unit, answer.posts);
    m_fetched.append(FetchedRequest {unit, fetched.url, fetched.validators});
    for (const EngineRequest &next : answer.next)
        request(next, false);
    finishIfDone();
}

bool ThreadRefresher::fallBack(const EngineRequest &failed, bool first)
{
    const qsizetype before = m_requests.size();
    for (const EngineRequest &instead : m_engine->fallbackRequests(failed))
        request(instead, first);
    return m_requests.size() > before;
}

void ThreadRefresher::failPart(int unit, const QString &why, bool first)
{
    m_outcome.failedParts.insert(unit, why);
    // Without its first answers nothing was checked at all.
    if (first && m_firstTags.isEmpty() && m_fetched.isEmpty())
        m_outcome.error = tr("could not check %1: %2").arg(m_info.url, why);
}

void ThreadRefresher::deliver(int unit, const QList<Post> &posts)
{
    for (const Post &p : posts) {
        if (!m_parts->postIds.contains(p.id) && !m_newIds.contains(p.id)) {
            m_newIds.insert(p.id);
            m_outcome.newAuthors.append(p.author);
        }
    }
    m_outcome.newPosts = int(m_newIds.size());
    // The open thread takes its parts at once, as a load's; another waits for the rest.
    if (m_session && m_session->addRefreshed(m_info, unit, posts))
        return;
    m_waiting[unit] += posts;
}

void ThreadRefresher::finishIfDone()
{
    if (!m_busy || !m_requests.isEmpty() || m_mergeAsked)
        return;
    if (m_waiting.isEmpty()) {
        complete();
        return;
    }
    // Quotes typed by hand resolve against the poster's earlier posts: the whole cached
    // thread, read only now that something is to be cached.
    m_mergeAsked = true;
    m_ticket = nextTicket();
    m_store->loadCachedParts(m_info.url, m_ticket, true);
}

void ThreadRefresher::saveWaiting(const QList<Post> &cached)
{
    auto *watcher = new QFutureWatcher<Merged>(this);
    const quint64 ticket = m_ticket;
    connect(watcher, &QFutureWatcher<Merged>::finished, this, [this, watcher, ticket] {
        letGo(watcher);
        if (ticket != m_ticket || !m_busy || !m_store)
            return;
        const Merged merged = watcher->result();
        for (auto it = merged.parts.cbegin(); it != merged.parts.cend(); ++it)
            m_store->savePage(m_info, it.key(), it.value());
        if (!merged.relinked.isEmpty())
            m_store->saveQuoteEdges(m_info.url, merged.relinked);
        m_waiting.clear();
        complete();
    });
    watcher->setFuture(QtConcurrent::run(handedOff([cached, waiting = m_waiting] {
        ReplyTree tree;
        tree.addResolved(cached);
        QList<Post> arrived;
        QSet<QString> arrivedIds;
        for (const QList<Post> &part : waiting) {
            arrived += part;
            for (const Post &p : part)
                arrivedIds.insert(p.id);
        }
        QStringList relinked;
        tree.add(arrived, &relinked);
        Merged merged;
        for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
            QList<Post> &resolved = merged.parts[it.key()];
            for (const Post &p : it.value())
                resolved.append(*tree.post(p.id));
        }
        for (const QString &id : std::as_const(relinked)) {
            if (!arrivedIds.contains(id))
                merged.relinked.append(*tree.post(id));
        }
        return merged;
    })));
}

void ThreadRefresher::complete()
{
    if (m_store && !m_outcome.cancelled) {
        // A part that failed is asked again next time: its earlier parts' validators
        // would answer "unchanged" and hide it, so none are kept then.
        if (m_outcome.ok() && !m_fetched.isEmpty())
            m_store->saveFetched(m_info.url, m_fetched);
        if (m_parts)
            m_store->recordChecked(m_info.url, QDateTime::currentDateTimeUtc());
    }
    m_busy = false;
    m_requests.clear();
    m_firstTags.clear();
    m_waiting.clear();
    Q_EMIT finished(m_outcome);
}

void ThreadRefresher::cancel()
{
    if (!m_busy)
        return;
    m_fetcher->cancel();
    m_ticket = nextTicket(); // answers and reads still on their way are ignored
    m_outcome.cancelled = true;
    complete();
}

} // namespace Threadkeeper
