// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadloader.h"

#include "html/htmlcharset.h"
#include "net/pagefetcher.h"
#include "store/cachestore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Threadkeeper {

namespace {
// Positions order posts across pages: page-major, then order on the page.
constexpr int PositionsPerPage = 100000;
} // namespace

ThreadLoader::ThreadLoader(QNetworkAccessManager *network, CacheStore *store, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_fetcher(new PageFetcher(network, this))
{
    connect(m_fetcher, &PageFetcher::pageFinished, this, &ThreadLoader::onPageFetched);
    if (m_store)
        connect(m_store, &CacheStore::threadLoaded, this, &ThreadLoader::onCacheLoaded);
}

ThreadLoader::~ThreadLoader() = default;

bool ThreadLoader::open(const QUrl &url, const Options &options, QString *error)
{
    cancel();
    ThreadRef ref;
    const ForumEngine *engine = engineForUrl(url, &ref);
    if (!url.isValid() || url.scheme().isEmpty()) {
        *error = url.toString().isEmpty() ? tr("not a URL") : tr("not a URL: %1").arg(url.toString());
        return false;
    }
    if (!engine) {
        QString postId;
        if (engineForPostLink(url, &postId)) {
            // It names a post, not a thread: the forum's redirect says which thread.
            if (options.offline) {
                *error = tr("%1 names a post but not its thread, and finding the thread needs the network "
                            "(work online once, or open the thread's own address)")
                             .arg(url.toString());
                return false;
            }
            m_options = options;
            m_outcome = LoadOutcome {};
            m_linkedPost = postId;
            m_loading = true;
            m_pending.clear();
            m_fetcher->setTimeout(options.timeoutMs);
            m_fetcher->fetch(url, ResolvePage);
            return true;
        }
        *error = tr("not a thread of a forum engine Threadkeeper knows (XenForo): %1").arg(url.toString());
        return false;
    }
    m_linkedPost.clear();
    m_engine = engine;
    m_ref = ref;
    m_options = options;
    m_info = ThreadInfo {ref.canonical.toString(), engine->name(), QString(), 0};
    m_outcome = LoadOutcome {};
    m_loading = true;
    m_firstDone = false;
    m_pending.clear();
    m_done = 0;
    m_firstPage = ref.page;
    m_fetcher->setTimeout(options.timeoutMs);
    // Keep the original URL for the first request: a post permalink redirects to its page.
    m_firstUrl = url;
    // The thread is announced (and replaces the one shown) only once it has something
    // to show: a failed open leaves the reader where it was.
    m_announced = false;
    if (m_store) {
        m_store->loadThread(m_info.url, ++m_ticket);
    } else {
        const quint64 ticket = ++m_ticket;
        QMetaObject::invokeMethod(
            this, [this, ticket] { onCacheLoaded(ticket, CachedThread {}, false, true); },
            Qt::QueuedConnection);
    }
    return true;
}

void ThreadLoader::onCacheLoaded(quint64 ticket, const CachedThread &thread, bool found, bool complete)
{
    if (ticket != m_ticket || !m_loading)
        return;
    if (found) {
        if (!m_outcome.fromCache) {
            m_outcome.fromCache = true;
            m_info.title = thread.info.title;
            m_info.pageCount = thread.info.pageCount;
            m_outcome.place = thread.place;
            announce();
        }
        Q_EMIT cachedPostsLoaded(thread.posts);
    }
    if (!complete)
        return; // more parts are on their way
    if (m_options.offline) {
        m_outcome.offline = true;
        if (!found)
            m_outcome.error = tr("%1 is not in the cache, and Threadkeeper is offline").arg(m_info.url);
        finish();
        return;
    }
    Q_EMIT progressChanged(0, std::max(1, m_info.pageCount));
    m_pending.insert(m_firstPage);
    m_fetcher->fetch(m_firstUrl, m_firstPage, completeness());
}

void ThreadLoader::onPostLinkResolved(const PageResult &result)
{
    const QString postId = std::exchange(m_linkedPost, QString());
    m_loading = false; // open() below starts afresh, without reporting this as cancelled
    QUrl target = result.finalUrl;
    ThreadRef ref;
    QString error;
    if (!result.ok()) {
        error = tr("could not load %1: %2").arg(result.url.toString(), result.error);
    } else if (!engineForUrl(target, &ref)) {
        error = tr("%1 did not lead to a thread (it ended at %2)")
                    .arg(result.url.toString(), target.toString());
    } else {
        if (ref.postId.isEmpty())
            target.setFragment(QStringLiteral("post-") + postId);
        if (open(target, m_options, &error))
            return;
    }
    m_outcome = LoadOutcome {};
    m_outcome.error = error;
    Q_EMIT finished(m_outcome);
}

void ThreadLoader::onPageFetched(const PageResult &result)
{
    if (m_loading && result.page == ResolvePage && !m_linkedPost.isEmpty()) {
        onPostLinkResolved(result);
        return;
    }
    if (!m_loading || !m_pending.contains(result.page))
        return;
    const bool first = !m_firstDone;
    if (!result.ok()) {
        if (first) {
            // Without the first page we know nothing more: stay with the cache.
            m_firstDone = true;
            m_outcome.offline = true;
            m_outcome.failedPages.insert(result.page, result.error);
            Q_EMIT pageFailed(result.page, result.error);
            if (!m_outcome.fromCache)
                m_outcome.error = tr("could not load %1: %2").arg(result.url.toString(), result.error);
            finish();
            return;
        }
        m_pending.remove(result.page);
        ++m_done;
        m_outcome.failedPages.insert(result.page, result.error);
        Q_EMIT pageFailed(result.page, result.error);
        Q_EMIT progressChanged(m_done, m_info.pageCount);
        finishIfDone();
        return;
    }
    auto *watcher = new QFutureWatcher<ParsedPage>(this);
    const quint64 ticket = m_ticket;
    const int page = result.page;
    connect(watcher, &QFutureWatcher<ParsedPage>::finished, this, [this, watcher, ticket, page, first] {
        watcher->deleteLater();
        if (ticket == m_ticket && m_loading)
            onPageParsed(page, watcher->result(), first);
    });
    const ForumEngine *engine = m_engine;
    watcher->setFuture(
        QtConcurrent::run([engine, body = result.body, type = result.contentType, url = result.finalUrl] {
            return engine->parsePage(htmlAsUtf8(body, type), url);
        }));
}

void ThreadLoader::onPageParsed(int requestedPage, const ParsedPage &parsed, bool first)
{
    m_pending.remove(requestedPage);
    ++m_done;
    int page = requestedPage;
    if (first) {
        m_firstDone = true;
        if (!parsed.error.isEmpty()) {
            m_outcome.failedPages.insert(requestedPage, parsed.error);
            Q_EMIT pageFailed(requestedPage, parsed.error);
            if (!m_outcome.fromCache)
                m_outcome.error = tr("%1: %2").arg(m_firstUrl.toString(), parsed.error);
            finish();
            return;
        }
        // The page itself knows which page it is (a post permalink lands anywhere).
        page = parsed.page;
        m_firstPage = page;
        m_info.title = parsed.title;
        m_info.pageCount = std::max(1, parsed.pageCount);
        announce();
    }
    if (!parsed.error.isEmpty()) {
        m_outcome.failedPages.insert(page, parsed.error);
        Q_EMIT pageFailed(page, parsed.error);
    } else {
        QList<Post> posts = parsed.posts;
        for (qsizetype i = 0; i < posts.size(); ++i) {
            posts[i].page = page;
            posts[i].position = page * PositionsPerPage + int(i);
        }
        ++m_outcome.pagesLoaded;
        Q_EMIT pageLoaded(page, posts); // the session resolves quotes, then caches the page
    }
    Q_EMIT progressChanged(m_done, m_info.pageCount);
    if (first)
        requestRemainingPages();
    finishIfDone();
}

PageFetcher::Completeness ThreadLoader::completeness() const
{
    // A page cut short on the way is fetched again, never parsed, cached or shown.
    const ForumEngine *engine = m_engine;
    return [engine](const QByteArray &body) { return engine->incompleteReason(body); };
}

void ThreadLoader::requestRemainingPages()
{
    const QUrl canonical(m_info.url);
    for (int page = 1; page <= m_info.pageCount; ++page) {
        if (page == m_firstPage)
            continue;
        m_pending.insert(page);
        m_fetcher->fetch(m_engine->pageUrl(canonical, page), page, completeness());
    }
}

void ThreadLoader::finishIfDone()
{
    if (m_firstDone && m_pending.isEmpty())
        finish();
}

void ThreadLoader::cancel()
{
    if (!m_loading)
        return;
    m_fetcher->cancel();
    m_linkedPost.clear();
    ++m_ticket; // ignore parses and cache answers still on their way
    m_outcome.cancelled = true;
    finish();
}

void ThreadLoader::announce()
{
    m_announced = true;
    m_shown = Shown {m_info, m_engine};
    Q_EMIT threadInfoChanged(m_info);
}

void ThreadLoader::finish()
{
    if (!m_announced) {
        // Nothing of this thread was shown: the one before stays the open thread.
        m_info = m_shown.info;
        m_engine = m_shown.engine;
        m_ref = ThreadRef {};
        m_announced = true;
    }
    m_loading = false;
    m_pending.clear();
    Q_EMIT finished(m_outcome);
}

} // namespace Threadkeeper
