// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/refresh.h"
#include "engines/forumengine.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QNetworkAccessManager;

namespace Threadkeeper {

class CacheStore;
class PageFetcher;
class ThreadSession;
struct PageResult;

// Refreshes one cached thread at a time, asking only what can have changed: the engine's
// refreshRequests() (a paged thread's last cached page, a Discourse topic's stream, ...)
// sent as conditional requests with the validators the cache kept, then what their
// answers call for (new pages, post ids not cached). A 304 costs no body and no parsing.
//
// Same per-host limits, retries and completeness rules as a load; answers are read on
// worker threads. New posts are cached with first_seen = now; read state and annotations
// stay as they are. Parts of the thread open in the session go through the session (the
// tree shows them, marked new, and it caches them); parts of any other thread have their
// quotes resolved against the cached thread on a worker thread, then are cached. The
// validators are kept only when the whole refresh succeeded (a part that failed is asked
// again next time), and the check time is recorded unless it was cancelled.
class ThreadRefresher : public QObject
{
    Q_OBJECT
public:
    ThreadRefresher(QNetworkAccessManager *network, CacheStore *store, ThreadSession *session = nullptr,
        QObject *parent = nullptr);
    ~ThreadRefresher() override;

    // Starts refreshing a cached thread; false with error when busy with another or the
    // address is no thread an engine knows.
    bool refresh(const QString &threadUrl, QString *error = nullptr);
    void cancel();
    bool isBusy() const { return m_busy; }
    QString currentThread() const { return m_busy ? m_info.url : QString(); }
    PageFetcher *fetcher() const { return m_fetcher; }
    void setTimeout(int ms);

Q_SIGNALS:
    void finished(const Threadkeeper::RefreshOutcome &outcome);

private:
    struct Merged;
    void onPartsLoaded(quint64 ticket, const CachedParts &parts, const QList<Post> &posts);
    // The refresh's first requests, once the site's account (if any) is ready.
    void requestFirst();
    void request(const EngineRequest &request, bool first);
    void onPageFetched(const PageResult &result);
    void onAnswerRead(int tag, const EngineAnswer &answer, const FetchedRequest &fetched);
    bool fallBack(const EngineRequest &failed, bool first);
    void failPart(int unit, const QString &why, bool first);
    void deliver(int unit, const QList<Post> &posts);
    void finishIfDone();
    // Every answer is in: cache what is waiting (quotes resolved against the cache first).
    void saveWaiting(const QList<Post> &cached);
    void complete();

    PageFetcher *m_fetcher;
    QPointer<CacheStore> m_store;
    QPointer<ThreadSession> m_session;
    const ForumEngine *m_engine = nullptr;
    ThreadRef m_ref;
    ThreadInfo m_info;
    std::shared_ptr<const CachedParts> m_parts;
    RefreshOutcome m_outcome;
    bool m_busy = false;
    bool m_mergeAsked = false;
    quint64 m_ticket = 0;
    int m_nextTag = 1;
    QHash<int, EngineRequest> m_requests; // tag → request, in flight or being read
    QSet<int> m_firstTags;
    QSet<QUrl> m_requested;
    QSet<QString> m_newIds; // posts this refresh found that the cache did not have
    QList<FetchedRequest> m_fetched; // answered requests, to keep once all went well
    QMap<int, QList<Post>> m_waiting; // parts of a thread not open, until all are in
};

} // namespace Threadkeeper
