// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "engines/forumengine.h"
#include "net/pagefetcher.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSslCertificate>

#include <QUrl>
#include <atomic>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Threadkeeper {

class CacheStore;
class PageFetcher;
struct ArticleLink;
struct ArticlePage;
struct CachedThread;
struct PageResult;

struct LoadOutcome
{
    bool fromCache = false; // a cached copy was shown
    bool offline = false; // nothing was fetched (asked to be offline, or the first answer failed)
    bool cancelled = false;
    int pagesLoaded = 0; // parts of the thread (pages, batches) loaded
    QMap<int, QString> failedPages; // part → why
    QString error; // set when nothing at all could be shown
    // A page failed on a certificate the reader has not trusted: what it was, and where.
    std::optional<QSslCertificate> untrustedCertificate; // see PageResult
    QString untrustedSite;
    ReadingPlace place; // where the reader stopped last time, from the cache
    QUrl url; // the address this load was for (to try again)
    // A news article's address: the thread is its discussion, the article its first post.
    QUrl articleUrl; // the article's address, when this load was for one
    QString articleTitle; // the article's own title (the thread's may differ)
    QString note; // what the reader should know of a load that went well
    // The site whose account (Settings › Accounts) the load lacked, or the site refused:
    // the reader is offered the place to add or fix it.
    QString accountSite;
    // The address is not a thread but something to subscribe to: a feed, a forum section,
    // a front page, or a page that offers feeds. Set with the error saying so.
    QUrl listing;
    bool shown = false; // something of this thread was shown (its cached copy, or a part)
    // A load stopped before it showed anything did not succeed, though nothing went wrong.
    bool ok() const { return error.isEmpty() && (shown || !cancelled); }
};

// Loads one thread: the cached copy first, then whatever its engine asks for, the
// first requests alone (they tell what the thread has) and then the rest in parallel.
// Answers are read on worker threads; results are written to the cache a part (a page,
// a batch) a transaction, each with the address it came from and its validators (ETag,
// Last-Modified), so that a refresh can ask "has it changed?".
class ThreadLoader : public QObject
{
    Q_OBJECT
public:
    ThreadLoader(QNetworkAccessManager *network, CacheStore *store, QObject *parent = nullptr);
    ~ThreadLoader() override;

    struct Options
    {
        bool offline = false;
        int timeoutMs = 0; // 0: the loader's own (setTimeout())
    };
    // The per-request timeout of loads that do not name one.
    void setTimeout(int ms) { m_timeoutMs = std::max(1, ms); }
    int timeout() const { return m_timeoutMs; }
    // Starts loading; false with error for what cannot be a thread address at all.
    bool open(const QUrl &url, const Options &options, QString *error);
    void cancel();
    bool isLoading() const { return m_loading; }
    ThreadInfo info() const { return m_info; }
    QString targetPostId() const { return m_targetPostId; }
    PageFetcher *fetcher() const { return m_fetcher; }

Q_SIGNALS:
    void threadInfoChanged(const Threadkeeper::ThreadInfo &info);
    // The cached copy, in parts (thread order), before anything is fetched.
    void cachedPostsLoaded(const QList<Threadkeeper::Post> &posts);
    void pageLoaded(int page, const QList<Threadkeeper::Post> &posts);
    void progressChanged(int done, int total);
    void pageFailed(int page, const QString &reason);
    void finished(const Threadkeeper::LoadOutcome &outcome);

private:
    void start(const ForumEngine *engine, const ThreadRef &ref, const QUrl &asked);
    void onCacheLoaded(quint64 ticket, const CachedThread &thread, bool found, bool complete);
    void onPageFetched(const PageResult &result);
    // A forum-wide post link (/posts/N/) answered: open the thread it redirected to.
    void onPostLinkResolved(const PageResult &result);
    // An address no engine knew answered: open it if the page says whose it is.
    void onProbed(const PageResult &result);
    // The cache said which thread holds the article at this address, if any.
    void onArticleFound(quint64 ticket, const ArticleLink &link);
    quint64 nextTicket(); // a new ticket: answers, cache reads and parts of the load before are stale
    // A page no engine made, read as an article: open its discussion, or it alone.
    void onArticleRead(const PageResult &result, const ArticlePage &page);
    void offerListing(const PageResult &result, const QString &what);
    // The article (read from its page) joins the thread as part 0; its address is kept.
    void addArticle();
    void saveArticleLinks();
    void onAnswerRead(int tag, const EngineAnswer &answer);
    // The first requests, once the site's account (if it needs one) is ready.
    void requestFirst();
    // The load cannot begin (no account): as a first request that failed.
    void failFirst(const QString &error);
    // Fetches it unless this load asked for that URL already; its tag, or 0.
    int request(const EngineRequest &request);
    // Asks the engine's fallbacks for a request that failed for good; false if it has none.
    bool fallBack(const EngineRequest &failed, bool first);
    void notePageFailed(const PageResult &result);
    void failPart(int unit, const QString &why);
    // A page before the last with fewer posts than a full one: fetched once more (true),
    // and taken as it is if it comes back so (deleted posts leave no trace for guests).
    bool askAgainIfShort(const EngineRequest &request, const EngineAnswer &answer);
    void finishIfDone();
    void finish();
    // The thread being loaded becomes the open one (it has something to show).
    void announce();

    QNetworkAccessManager *m_network;
    CacheStore *m_store;
    PageFetcher *m_fetcher;
    const ForumEngine *m_engine = nullptr;
    ThreadRef m_ref;
    QUrl m_asked;
    ThreadInfo m_info;
    Options m_options;
    int m_timeoutMs = 30000;
    LoadOutcome m_outcome;
    QString m_targetPostId;
    quint64 m_ticket = 0;
    // The ticket, for parts read on workers: one that no longer matches is not read.
    std::shared_ptr<std::atomic<quint64>> m_liveTicket = std::make_shared<std::atomic<quint64>>(0);
    bool m_loading = false;
    bool m_announced = true;
    struct Shown
    {
        ThreadInfo info;
        const ForumEngine *engine = nullptr;
    };
    Shown m_shown; // the thread shown before the one being loaded
    QHash<int, EngineRequest> m_requests; // fetch tag → request, while in flight or being read
    QHash<int, FetchedRequest> m_answered; // fetch tag → how it was answered, while being read
    QSet<int> m_firstTags; // the first requests still to be answered
    QSet<QUrl> m_requested; // every URL asked for in this load: none twice
    int m_nextTag = 1;
    int m_done = 0;
    // Posts on a full page (the most seen on a page that is not the last), and the short
    // pages asked for once more.
    int m_fullPage = 0;
    QSet<int> m_askedAgain;
    QString m_linkedPost; // while resolving a post link: the post it names
    // This open moved once to the address the thread's first answer gave as its own (a
    // reply's address → its conversation's root), or looked its address up as another
    // address of a cached thread: neither again.
    bool m_rekeyed = false;
    bool m_aliasAsked = false;
    // A news article's address being opened: the article read from it (until it joins
    // the thread), its address and title, and its page's answer when it opens alone.
    std::optional<Post> m_article;
    QUrl m_articleUrl;
    QString m_articleTitle;
    QUrl m_articleFinalUrl; // where the article's address led, when elsewhere
    std::optional<EngineAnswer> m_articleAnswer;
    FetchedRequest m_articleFetched;
    static constexpr int ResolveTag = -1; // the fetch of a post link
    static constexpr int ProbeTag = -2; // the fetch of an address no engine knew
};

} // namespace Threadkeeper

Q_DECLARE_METATYPE(Threadkeeper::LoadOutcome)
