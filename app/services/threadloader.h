// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "engines/forumengine.h"
#include "net/pagefetcher.h"

#include <QObject>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;

namespace Threadkeeper {

class CacheStore;
class PageFetcher;
struct CachedThread;
struct PageResult;

struct LoadOutcome
{
    bool fromCache = false; // a cached copy was shown
    bool offline = false; // nothing was fetched (asked to be offline, or the first page failed)
    bool cancelled = false;
    int pagesLoaded = 0;
    QMap<int, QString> failedPages; // page → why
    QString error; // set when nothing at all could be shown
    ReadingPlace place; // where the reader stopped last time, from the cache
    bool ok() const { return error.isEmpty(); }
};

// Loads one thread: the cached copy first, then every page from the network, the
// first page alone (it tells the page count) and then the rest in parallel. Parsing
// runs on worker threads; results are written to the cache a page a transaction.
class ThreadLoader : public QObject
{
    Q_OBJECT
public:
    ThreadLoader(QNetworkAccessManager *network, CacheStore *store, QObject *parent = nullptr);
    ~ThreadLoader() override;

    struct Options
    {
        bool offline = false;
        int timeoutMs = 30000;
    };
    // Starts loading; false with error for a URL no engine understands.
    bool open(const QUrl &url, const Options &options, QString *error);
    void cancel();
    bool isLoading() const { return m_loading; }
    ThreadInfo info() const { return m_info; }
    QString targetPostId() const { return m_ref.postId; }
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
    void onCacheLoaded(quint64 ticket, const CachedThread &thread, bool found, bool complete);
    void onPageFetched(const PageResult &result);
    // A forum-wide post link (/posts/N/) answered: open the thread it redirected to.
    void onPostLinkResolved(const PageResult &result);
    void onPageParsed(int page, const ParsedPage &parsed, bool first);
    void requestRemainingPages();
    PageFetcher::Completeness completeness() const;
    void finishIfDone();
    void finish();
    // The thread being loaded becomes the open one (it has something to show).
    void announce();

    QNetworkAccessManager *m_network;
    CacheStore *m_store;
    PageFetcher *m_fetcher;
    const ForumEngine *m_engine = nullptr;
    ThreadRef m_ref;
    QUrl m_firstUrl;
    ThreadInfo m_info;
    Options m_options;
    LoadOutcome m_outcome;
    quint64 m_ticket = 0;
    bool m_loading = false;
    bool m_announced = true;
    struct Shown
    {
        ThreadInfo info;
        const ForumEngine *engine = nullptr;
    };
    Shown m_shown; // the thread shown before the one being loaded
    bool m_firstDone = false;
    int m_firstPage = 1;
    QSet<int> m_pending; // pages requested and not yet parsed or failed
    int m_done = 0;
    QString m_linkedPost; // while resolving a post link: the post it names
    static constexpr int ResolvePage = -1; // the fetch of a post link, not of a page
};

} // namespace Threadkeeper

Q_DECLARE_METATYPE(Threadkeeper::LoadOutcome)
