// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadloader.h"

#include "accounts/siteaccounts.h"
#include "articles/articleengine.h"
#include "articles/articlepage.h"
#include "domain/handoff.h"
#include "feeds/feeddiscovery.h"
#include "feeds/listingsource.h"
#include "html/htmlcharset.h"
#include "net/certificatetrust.h"
#include "net/hostbudgets.h"
#include "net/pagefetcher.h"
#include "net/sitecredentials.h"
#include "store/cachestore.h"

#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

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

} // namespace

ThreadLoader::ThreadLoader(QNetworkAccessManager *network, CacheStore *store, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_fetcher(new PageFetcher(network, this))
{
    connect(m_fetcher, &PageFetcher::pageFinished, this, &ThreadLoader::onPageFetched);
    if (m_store) {
        connect(m_store, &CacheStore::threadLoaded, this, &ThreadLoader::onCacheLoaded);
        connect(m_store, &CacheStore::articleFound, this, &ThreadLoader::onArticleFound);
    }
}

ThreadLoader::~ThreadLoader()
{
    nextTicket(); // parts still queued on workers are not read for nobody
}

quint64 ThreadLoader::nextTicket()
{
    m_liveTicket->store(++m_ticket);
    return m_ticket;
}

bool ThreadLoader::open(const QUrl &given, const Options &options, QString *error)
{
    cancel();
    // A password typed into the address answers the site's challenge; it is never shown,
    // cached or exported with the address.
    const QUrl url = SiteCredentials::of(m_network)->take(given);
    // Words typed where an address belongs make no host worth asking the network about:
    // a forum's host has a dot (or is an IP address, or localhost).
    static const QRegularExpression hostName(
        QStringLiteral("^(?:[\\w-]+(?:\\.[\\w-]+)+\\.?|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*|localhost)$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    if (!url.isValid() || url.scheme().isEmpty() || (web && !hostName.match(url.host()).hasMatch())) {
        *error = url.toString().isEmpty() ? tr("not a URL") : tr("not a URL: %1").arg(url.toString());
        return false;
    }
    m_options = options;
    // Whatever an earlier load left on its way (a fallback, a probe, a part read on a
    // worker) must not reach this one: its answers would match this load's tags.
    m_fetcher->cancel();
    nextTicket();
    m_rekeyed = false;
    m_aliasAsked = false;
    m_requests.clear();
    m_answered.clear();
    m_firstTags.clear();
    m_announced = false;
    m_article.reset();
    m_articleUrl.clear();
    m_articleTitle.clear();
    m_articleFinalUrl.clear();
    m_articleAnswer.reset();
    m_fetcher->setTimeout(options.timeoutMs > 0 ? options.timeoutMs : m_timeoutMs);
    ThreadRef ref;
    if (const ForumEngine *engine = engineForUrl(url, &ref)) {
        m_linkedPost.clear();
        start(engine, ref, url);
        return true;
    }
    QString postId;
    const bool postLink = engineForPostLink(url, &postId);
    QUrl listing;
    if (const ListingSource *source = postLink ? nullptr : listingSourceForUrl(url, &listing)) {
        *error = tr("%1 is not a thread but a listing of threads (%2): subscribe to it to follow them")
                     .arg(url.toString(), source->displayName());
        return false;
    }
    if (!web && !postLink) {
        *error
            = tr("not a forum thread Threadkeeper can read (%1): %2").arg(knownEngineNames(), url.toString());
        return false;
    }
    if (options.offline && (postLink || !m_store)) {
        *error = postLink
            ? tr("%1 names a post but not its thread, and finding the thread needs the network "
                 "(work online once, or open the thread's own address)")
                  .arg(url.toString())
            : tr("%1 is not the address of a thread of %2, and finding out what it is needs the "
                 "network")
                  .arg(url.toString(), knownEngineNames());
        return false;
    }
    // A post link: the forum's redirect says which thread. Any other web address: the
    // page itself may say which engine made it.
    m_outcome = LoadOutcome {};
    m_outcome.url = url;
    m_linkedPost = postId;
    m_loading = true;
    if (!postLink && m_store) {
        // A news article opened before is cached with its discussion: its address says which.
        m_store->findArticle(url.toString(), nextTicket());
        return true;
    }
    m_fetcher->fetch(url, postLink ? ResolveTag : ProbeTag, {}, acceptFor(EngineRequest::Format::Html));
    return true;
}

void ThreadLoader::start(const ForumEngine *engine, const ThreadRef &ref, const QUrl &asked)
{
    m_engine = engine;
    m_ref = ref;
    m_asked = asked;
    m_info = ThreadInfo {ref.canonical.toString(), engine->name(), QString(), 0};
    m_outcome = LoadOutcome {};
    m_outcome.url = m_articleUrl.isValid() ? m_articleUrl : asked;
    m_outcome.articleUrl = m_articleUrl;
    m_outcome.articleTitle = m_articleTitle;
    if (engine == ArticleEngine::instance())
        m_outcome.note = tr("No discussion found for this article: it is shown alone");
    m_targetPostId = ref.postId;
    m_loading = true;
    m_requests.clear();
    m_firstTags.clear();
    m_requested.clear();
    m_done = 0;
    m_fullPage = 0;
    m_askedAgain.clear();
    // The thread is announced (and replaces the one shown) only once it has something
    // to show: a failed open leaves the reader where it was.
    m_announced = false;
    if (m_store) {
        m_store->loadThread(m_info.url, nextTicket());
    } else {
        const quint64 ticket = nextTicket();
        QMetaObject::invokeMethod(
            this, [this, ticket] { onCacheLoaded(ticket, CachedThread {}, false, true); },
            Qt::QueuedConnection);
    }
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
    // Offline means no network: a bundled thread (qrc:) or a file not yet cached still reads.
    const QString scheme = QUrl(m_info.url).scheme();
    const bool local = scheme == QLatin1String("qrc") || scheme == QLatin1String("file");
    if (m_options.offline && !found && !local && m_store && !m_aliasAsked) {
        // Another address of a cached thread (a reply's, whose thread is its root's)?
        m_aliasAsked = true;
        m_loading = true;
        m_store->findArticle(m_asked.toString(), nextTicket());
        return;
    }
    if (m_options.offline && (found || !local)) {
        m_outcome.offline = true;
        if (!found)
            m_outcome.error = tr("%1 is not in the cache, and Threadkeeper is offline").arg(m_info.url);
        finish();
        return;
    }
    Q_EMIT progressChanged(0, std::max(1, m_info.pageCount));
    if (m_article)
        addArticle();
    if (m_articleAnswer) {
        // The article alone: its page, fetched once already, is the thread's one answer.
        const int tag = m_nextTag++;
        const EngineRequest r = m_engine->firstRequests(m_ref, m_asked).value(0);
        m_requested.insert(r.url);
        m_requests.insert(tag, r);
        m_answered.insert(tag, m_articleFetched);
        m_firstTags.insert(tag);
        onAnswerRead(tag, *std::exchange(m_articleAnswer, std::nullopt));
        saveArticleLinks();
        return;
    }
    // A site that reads through the reader's account (or reads more with it): ready first.
    if (const AccountNeed need = m_engine->accountNeed(m_ref); !need.isNone()) {
        SiteAccounts *accounts = SiteAccounts::of(m_network);
        if (!accounts && need.required) {
            failFirst(tr("%1 needs an account, and this Threadkeeper keeps none").arg(need.site));
            return;
        }
        if (accounts) {
            const quint64 ticket = m_ticket;
            accounts->prepare(
                need, [self = QPointer<ThreadLoader>(this), ticket, site = need.site](const QString &error) {
                    if (!self || ticket != self->m_ticket || !self->m_loading)
                        return;
                    if (error.isEmpty()) {
                        self->requestFirst();
                    } else {
                        self->m_outcome.accountSite = site;
                        self->failFirst(error);
                    }
                });
            return;
        }
    }
    requestFirst();
}

void ThreadLoader::requestFirst()
{
    const QList<EngineRequest> first = m_engine->firstRequests(m_ref, m_asked);
    for (const EngineRequest &r : first) {
        if (const int tag = request(r); tag > 0)
            m_firstTags.insert(tag);
    }
}

void ThreadLoader::failFirst(const QString &error)
{
    // As a first request that failed: what the cache holds stays.
    m_outcome.offline = true;
    if (!m_outcome.articleUrl.isValid())
        m_outcome.error = error;
    finish();
}

int ThreadLoader::request(const EngineRequest &r)
{
    if (m_requested.contains(r.url))
        return 0;
    m_requested.insert(r.url);
    const int tag = m_nextTag++;
    m_requests.insert(tag, r);
    if (const RateBudget budget = m_engine->rateBudget(); budget.isValid())
        HostBudgets::of(m_network)->setBudget(r.url, budget);
    // An answer cut short on the way is fetched again, never read, cached or shown.
    const ForumEngine *engine = m_engine;
    m_fetcher->fetch(
        r.url, tag, [engine, r](const QByteArray &body) { return engine->incompleteReason(r, body); },
        acceptFor(r.format));
    return tag;
}

void ThreadLoader::onPostLinkResolved(const PageResult &result)
{
    const QString postId = std::exchange(m_linkedPost, QString());
    m_loading = false; // open() below starts afresh, without reporting this as cancelled
    QUrl target = result.finalUrl;
    ThreadRef ref;
    QString error;
    if (!result.ok()) {
        notePageFailed(result);
        error = tr("could not load %1: %2").arg(result.url.toString(), result.error);
    } else if (!engineForUrl(target, &ref)) {
        // Some forums show the post's page at the link itself (phpBB's viewtopic.php?p=N):
        // the page says which thread it is.
        if (const ForumEngine *engine
            = engineForPage(htmlAsUtf8(result.body, result.contentType), target, &ref)) {
            if (ref.postId.isEmpty())
                ref.postId = postId;
            start(engine, ref, target);
            return;
        }
        error = tr("%1 did not lead to a thread (it ended at %2)")
                    .arg(result.url.toString(), target.toString());
    } else {
        if (ref.postId.isEmpty())
            target.setFragment(QStringLiteral("post-") + postId);
        if (open(target, m_options, &error))
            return;
    }
    m_outcome.error = error; // and the certificate, if that was why
    Q_EMIT finished(m_outcome);
}

void ThreadLoader::onProbed(const PageResult &result)
{
    if (!result.ok()) {
        m_loading = false;
        notePageFailed(result);
        m_outcome.error = tr("could not load %1: %2").arg(result.url.toString(), result.error);
        Q_EMIT finished(m_outcome);
        return;
    }
    // Off the GUI thread: any page is hostile, and may be large. First whether a forum
    // made it, else as an article that may link to its discussion.
    struct Probed
    {
        const ForumEngine *engine = nullptr;
        ThreadRef ref;
        ArticlePage article;
        QString listing; // what it is instead, when it is something to subscribe to
    };
    auto *watcher = new QFutureWatcher<Probed>(this);
    const quint64 ticket = m_ticket;
    connect(watcher, &QFutureWatcher<Probed>::finished, this, [this, watcher, ticket, result] {
        letGo(watcher);
        if (ticket != m_ticket || !m_loading)
            return;
        const Probed probed = watcher->result();
        if (probed.engine) {
            // The address asked leads to this thread from now on, without its page.
            if (m_store && probed.ref.canonical != m_outcome.url)
                m_store->saveArticleLink(
                    ArticleLink {m_outcome.url.toString(), probed.ref.canonical.toString()});
            m_loading = false; // start() begins afresh
            // Fetched again through the engine, so the answer is read and cached like any other.
            start(probed.engine, probed.ref, probed.ref.canonical);
            return;
        }
        if (!probed.listing.isEmpty()) {
            offerListing(result, probed.listing);
            return;
        }
        onArticleRead(result, probed.article);
    });
    watcher->setFuture(QtConcurrent::run(handedOff(
        [body = result.body, type = result.contentType, url = result.finalUrl, live = m_liveTicket, ticket] {
            Probed probed;
            if (live->load() != ticket)
                return probed;
            const QByteArray html = htmlAsUtf8(body, type);
            probed.engine = engineForPage(html, url, &probed.ref);
            if (probed.engine)
                return probed;
            probed.article = readArticlePage(html, url);
            if (probed.article.article.declared && !probed.article.article.isEmpty())
                return probed;
            if (const ListingSource *source = listingSourceForAnswer(body, type, url))
                probed.listing = source->displayName();
            else if (!offeredFeeds(html, url).isEmpty())
                probed.listing = QStringLiteral("page");
            return probed;
        })));
}

void ThreadLoader::offerListing(const PageResult &result, const QString &what)
{
    m_loading = false;
    m_outcome.listing = m_outcome.url;
    m_outcome.error = what == QLatin1String("page")
        ? tr("%1 is not a thread, but the page offers feeds: subscribe to it to follow them")
              .arg(result.url.toString())
        : tr("%1 is not a thread but a listing of threads (%2): subscribe to it to follow them")
              .arg(result.url.toString(), what);
    Q_EMIT finished(m_outcome);
}

void ThreadLoader::onArticleFound(quint64 ticket, const ArticleLink &link)
{
    if (ticket != m_ticket || !m_loading)
        return;
    const QUrl asked = m_outcome.url;
    const ForumEngine *engine
        = link.engine == ArticleEngine::engineName() ? ArticleEngine::instance() : engineByName(link.engine);
    if (link.found() && engine) {
        const QUrl threadUrl(link.threadUrl);
        ThreadRef ref;
        if (!engine->parseUrl(threadUrl, &ref)) {
            ref = ThreadRef {}; // a thread found by its page: cached under its own address
            ref.canonical = threadUrl;
        }
        if (!link.threadAddress) {
            m_articleUrl = asked;
            m_articleTitle = link.title;
        }
        m_loading = false; // start() begins afresh
        start(engine, ref, threadUrl);
        return;
    }
    if (m_options.offline) {
        m_loading = false;
        m_outcome.offline = true;
        m_outcome.error = m_aliasAsked
            ? tr("%1 is not in the cache, and Threadkeeper is offline").arg(asked.toString())
            : tr("%1 is not the address of a thread of %2, and finding out what it is needs the network")
                  .arg(asked.toString(), knownEngineNames());
        Q_EMIT finished(m_outcome);
        return;
    }
    m_fetcher->fetch(asked, ProbeTag, {}, acceptFor(EngineRequest::Format::Html));
}

void ThreadLoader::onArticleRead(const PageResult &result, const ArticlePage &page)
{
    m_loading = false; // start() begins afresh
    // Only a page that says it is an article: a forum's other pages link to threads too.
    if (page.article.isEmpty() || !page.article.declared) {
        m_outcome.error
            = tr("not a forum thread Threadkeeper can read: %1 is not a thread address of %2, the page "
                 "it gave has none of their marks, and it is not a news article")
                  .arg(result.url.toString(), knownEngineNames());
        Q_EMIT finished(m_outcome);
        return;
    }
    m_articleUrl = m_outcome.url;
    m_articleTitle = page.article.title;
    if (const QUrl landed = result.finalUrl.adjusted(QUrl::RemoveFragment); landed != m_articleUrl)
        m_articleFinalUrl = landed;
    if (page.discussion.found()) {
        m_article = ArticleReader::toPost(page.article);
        const ThreadRef ref = page.discussion.thread;
        start(page.discussion.engine, ref, ref.canonical);
        return;
    }
    // No discussion: the article alone, a thread of one post, from the page at hand.
    EngineAnswer answer;
    answer.facts = ThreadFacts {page.article.title, {}, 1, {}};
    Post article = ArticleReader::toPost(page.article);
    article.page = 1;
    answer.posts.append(article);
    m_articleAnswer = answer;
    m_articleFetched = FetchedRequest {1, m_articleUrl.toString(), result.validators};
    ThreadRef ref;
    ref.canonical = m_articleUrl.adjusted(QUrl::RemoveFragment);
    start(ArticleEngine::instance(), ref, m_articleUrl);
    if (page.discussion.commentsFeed.isValid())
        m_outcome.note = tr("No discussion found for this article that Threadkeeper can read (its comments "
                            "feed is %1): it is shown alone")
                             .arg(page.discussion.commentsFeed.toString());
}

void ThreadLoader::addArticle()
{
    // Announced now if the cache had nothing: the article is something to show.
    if (!m_announced) {
        if (m_info.title.isEmpty())
            m_info.title = m_articleTitle;
        announce();
    }
    Q_EMIT pageLoaded(0, {*std::exchange(m_article, std::nullopt)}); // the session caches it as part 0
    saveArticleLinks();
}

void ThreadLoader::saveArticleLinks()
{
    if (!m_store)
        return;
    for (const QUrl &address : {m_articleUrl, m_articleFinalUrl}) {
        if (address.isValid())
            m_store->saveArticleLink(ArticleLink {address.toString(), m_info.url, {}, m_articleTitle});
    }
}

void ThreadLoader::onPageFetched(const PageResult &result)
{
    if (m_loading && result.page == ResolveTag) {
        onPostLinkResolved(result);
        return;
    }
    if (m_loading && result.page == ProbeTag) {
        onProbed(result);
        return;
    }
    const auto it = m_requests.constFind(result.page);
    if (!m_loading || it == m_requests.cend())
        return;
    const EngineRequest r = *it;
    const bool first = m_firstTags.contains(result.page);
    if (!result.ok() && !result.errorBody.isEmpty()) {
        // The site's own reason, where its engine reads one, instead of the bare status.
        if (const QString why = m_engine->refusalReason(r, result.httpStatus, result.errorBody);
            !why.isEmpty()) {
            PageResult refused = result;
            refused.error = why;
            refused.errorBody.clear();
            onPageFetched(refused);
            return;
        }
    }
    if (!result.ok()) {
        // An untrusted certificate is for the reader to judge, not a reason to ask elsewhere.
        if (!result.untrustedCertificate && fallBack(r, first)) {
            m_requests.remove(result.page);
            m_firstTags.remove(result.page);
            return;
        }
        notePageFailed(result);
        m_requests.remove(result.page);
        if (result.httpStatus == 401)
            if (const AccountNeed need = m_engine->accountNeed(m_ref); !need.isNone())
                m_outcome.accountSite = need.site;
        if (first) {
            // Without the first answers we know nothing more: stay with the cache.
            m_firstTags.remove(result.page);
            m_outcome.offline = true;
            // An article shown is something: the failed page says why the rest is missing.
            if (!m_outcome.fromCache && !m_outcome.articleUrl.isValid())
                m_outcome.error = tr("could not load %1: %2").arg(result.url.toString(), result.error);
            finish();
            return;
        }
        ++m_done;
        Q_EMIT progressChanged(m_done, std::max(1, m_info.pageCount));
        finishIfDone();
        return;
    }
    m_answered.insert(result.page,
        FetchedRequest {
            r.unit, result.finalUrl.adjusted(QUrl::RemoveFragment).toString(), result.validators});
    auto *watcher = new QFutureWatcher<EngineAnswer>(this);
    const quint64 ticket = m_ticket;
    const int tag = result.page;
    connect(watcher, &QFutureWatcher<EngineAnswer>::finished, this, [this, watcher, ticket, tag] {
        letGo(watcher);
        if (ticket == m_ticket && m_loading)
            onAnswerRead(tag, watcher->result());
    });
    const ForumEngine *engine = m_engine;
    const AnswerContext context {m_ref.canonical, result.finalUrl, first};
    // A part still queued when its load is cancelled, replaced or gone is not read: a
    // cancelled 5,000-page load would otherwise keep the workers busy for the next one.
    watcher->setFuture(QtConcurrent::run(handedOff(
        [engine, r, context, body = result.body, type = result.contentType, live = m_liveTicket, ticket] {
            if (live->load() != ticket)
                return EngineAnswer {};
            return engine->readAnswer(
                r, r.format == EngineRequest::Format::Html ? htmlAsUtf8(body, type) : body, context);
        })));
}

void ThreadLoader::onAnswerRead(int tag, const EngineAnswer &answer)
{
    const EngineRequest r = m_requests.take(tag);
    FetchedRequest fetched = m_answered.take(tag);
    const bool first = m_firstTags.remove(tag);
    const int unit = answer.unit > 0 ? answer.unit : r.unit;
    if (!answer.error.isEmpty()) {
        if (fallBack(r, first))
            return;
        failPart(unit, answer.error);
        if (first) {
            if (!m_outcome.fromCache && !m_outcome.articleUrl.isValid())
                m_outcome.error = tr("%1: %2").arg(r.url.toString(), answer.error);
            finish();
            return;
        }
        ++m_done;
        Q_EMIT progressChanged(m_done, std::max(1, m_info.pageCount));
        finishIfDone();
        return;
    }
    if (answer.facts && first && !m_rekeyed && !m_announced && !m_outcome.fromCache
        && answer.facts->canonical.isValid() && answer.facts->canonical != m_ref.canonical) {
        // The answer names the thread's own address (a reply's conversation is its root's):
        // the thread is kept under that one from its first post on, and the addresses that
        // led here lead there from now on, offline too.
        ThreadRef ref;
        // On the same site only: a page's canonical link may name a mirror.
        if (answer.facts->canonical.host().compare(m_ref.canonical.host(), Qt::CaseInsensitive) == 0
            && m_engine->parseUrl(answer.facts->canonical, &ref) && ref.canonical != m_ref.canonical) {
            m_rekeyed = true;
            if (m_store) {
                for (const QUrl &other : {m_ref.canonical, m_asked})
                    m_store->saveArticleLink(ArticleLink {other.toString(), ref.canonical.toString()});
            }
            m_ref.canonical = ref.canonical;
            m_info.url = ref.canonical.toString();
        }
    }
    if (answer.facts) {
        m_info.title = answer.facts->title;
        m_info.pageCount = std::max(1, answer.facts->unitCount);
        if (!answer.facts->targetPostId.isEmpty())
            m_targetPostId = answer.facts->targetPostId;
        announce();
    }
    if (askAgainIfShort(r, answer))
        return;
    ++m_done;
    ++m_outcome.pagesLoaded;
    Q_EMIT pageLoaded(unit, answer.posts); // the session resolves quotes, then caches the part
    if (m_store) {
        fetched.unit = unit;
        m_store->saveFetched(m_info.url, {fetched}); // after the part: the store works in call order
    }
    Q_EMIT progressChanged(m_done, std::max(1, m_info.pageCount));
    for (const EngineRequest &next : answer.next)
        request(next);
    finishIfDone();
}

bool ThreadLoader::fallBack(const EngineRequest &failed, bool first)
{
    bool asked = false;
    for (const EngineRequest &instead : m_engine->fallbackRequests(failed)) {
        if (const int tag = request(instead); tag > 0) {
            asked = true;
            if (first)
                m_firstTags.insert(tag);
        }
    }
    return asked;
}

void ThreadLoader::notePageFailed(const PageResult &result)
{
    if (result.untrustedCertificate) {
        m_outcome.untrustedCertificate = result.untrustedCertificate;
        m_outcome.untrustedSite = CertificateTrust::siteOf(result.finalUrl);
    }
    if (const auto it = m_requests.constFind(result.page); it != m_requests.cend())
        failPart(it->unit, result.error);
}

void ThreadLoader::failPart(int unit, const QString &why)
{
    m_outcome.failedPages.insert(unit, why);
    Q_EMIT pageFailed(unit, why);
}

bool ThreadLoader::askAgainIfShort(const EngineRequest &r, const EngineAnswer &answer)
{
    if (!m_engine->capabilities().testFlag(ForumEngine::Capability::Pages))
        return false;
    const int page = answer.unit > 0 ? answer.unit : r.unit;
    if (page >= m_info.pageCount)
        return false;
    const int count = int(answer.posts.size()) - answer.extraPosts;
    if (count >= m_fullPage) {
        m_fullPage = count;
        return false;
    }
    if (m_askedAgain.contains(page))
        return false;
    m_askedAgain.insert(page);
    m_requested.remove(r.url);
    request(r);
    return true;
}

void ThreadLoader::finishIfDone()
{
    if (m_firstTags.isEmpty() && m_requests.isEmpty())
        finish();
}

void ThreadLoader::cancel()
{
    if (!m_loading)
        return;
    m_fetcher->cancel();
    m_linkedPost.clear();
    nextTicket(); // ignore answers and cache reads still on their way
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
    m_outcome.shown = m_announced;
    // Nothing of this load may arrive after it: fallbacks still asked, parts on workers.
    m_fetcher->cancel();
    nextTicket();
    if (!m_announced) {
        // Nothing of this thread was shown: the one before stays the open thread.
        m_info = m_shown.info;
        m_engine = m_shown.engine;
        m_ref = ThreadRef {};
        m_announced = true;
    }
    m_loading = false;
    m_requests.clear();
    m_answered.clear();
    m_firstTags.clear();
    Q_EMIT finished(m_outcome);
}

} // namespace Threadkeeper
