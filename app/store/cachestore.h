// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotationexport.h"
#include "store/cachedatabase.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace Threadkeeper {

// The cache as the rest of the app sees it: every call returns at once and the work
// runs, in call order, on the store's own thread with its own connection. Results
// come back as signals on the caller's thread.
class CacheStore : public QObject
{
    Q_OBJECT
public:
    explicit CacheStore(const QString &path, QObject *parent = nullptr);
    ~CacheStore() override;

    QString path() const { return m_path; }

    void loadThread(const QString &url, quint64 ticket);
    void savePage(const ThreadInfo &info, int page, const QList<Post> &posts);
    void saveQuoteEdges(const QString &url, const QList<Post> &posts);
    void markRead(const QString &url, const QStringList &postIds, const QDateTime &at);
    // Unread counts leave out what hidden() says the rules hide (see CacheDatabase::threads).
    void listThreads(HiddenPredicate hidden = {});
    void savePlace(const QString &url, const ReadingPlace &place);
    // Answered by watchChanged() once stored.
    void setWatched(const QString &url, bool watched);
    void recordVisit(const QString &url, const QDateTime &at);
    // A visit now, timed when the store gets to it: after every page queued before, so
    // that the posts they hold count as seen, not as new.
    void recordVisitNow(const QString &url);
    void recordChecked(const QString &url, const QDateTime &at);
    // Answered by watchedListed().
    void listWatched();
    // Keeps how requests of a cached thread were answered (after its pages were saved).
    void saveFetched(const QString &threadUrl, const QList<FetchedRequest> &requests);
    // Answered by cachedPartsLoaded() with the same ticket; withPosts also reads every
    // cached post (with its quotes as resolved), else posts is empty.
    void loadCachedParts(const QString &threadUrl, quint64 ticket, bool withPosts);
    // The library's list of threads and the cache's size; answered by libraryListed().
    void listLibrary(HiddenPredicate hidden = {});
    // Takes a thread out of the cache (see CacheDatabase::removeThread). What was removed
    // stays on the store's thread under the key returned until restoreThread(key) writes
    // it back or forgetRemoved(key) lets it go. Answered by threadRemoved().
    quint64 removeThread(const QString &url);
    // Answered by threadRestored(); on failure the rows stay kept for another try.
    void restoreThread(quint64 key);
    void forgetRemoved(quint64 key);
    // Retention (see CacheDatabase::evictThreads); answered by threadsEvicted().
    void evictThreads(
        const QDateTime &unvisitedBefore, const QList<FollowedPoster> &keep, HiddenPredicate hidden);
    // VACUUM; answered by compacted(). Later jobs wait for it, the caller does not.
    void compact();
    // Every cached post's own words; answered by searched() with the same ticket.
    void search(const SearchQuery &query, int limit, quint64 ticket);
    void loadRules();
    // Writes a rule: one with a positive id updates the row it was read from, one with
    // a negative (local) id or a row gone goes in as a new row; the database's ids come
    // back with rulesStored(). A local id can be used for later writes and removals at
    // once: the store translates it.
    void saveRule(const Rule &rule);
    // Adds rules as new rows (an import), all in one transaction: all or nothing.
    void addRules(const QList<Rule> &rules);
    void loadFollowed(const QList<FollowedPoster> &posters, int limit);
    // Every annotation, with what the panel shows of its post (one query).
    void loadAnnotations();
    // As saveRule() and addRules(), for annotations.
    void saveAnnotation(const Annotation &annotation);
    void addAnnotations(const QList<Annotation> &annotations);
    void removeAnnotation(qint64 id);
    void removeRule(qint64 id);
    // A news article's address and the thread holding the article (see ArticleRepository).
    void saveArticleLink(const ArticleLink &link);
    // Answered by articleFound() with the same ticket.
    void findArticle(const QString &url, quint64 ticket);
    void saveImage(const QString &url, const QByteArray &data, const QString &contentType);
    // Answers with imageLoaded(url, data, found).
    void loadImage(const QString &url);
    void allowImageSite(const QString &host, bool allowed);
    void loadImageSites();
    void saveFolds(const QString &threadUrl, const QString &postId, const QStringList &paths);
    // Answers with foldsLoaded(threadUrl, folds).
    void loadFolds(const QString &threadUrl);
    // Emits synced() once everything asked before it is done.
    void sync();
    // Moves the cache file (see CacheDatabase::moveTo) after everything asked before;
    // what is asked later goes to the new file. Answered by moved(); path() follows.
    void moveTo(const QString &path);

    // Runs job on the store thread after everything asked before, for the store's
    // companions (SubscriptionStore), which answer with signals of their own.
    void post(std::function<void(CacheDatabase &)> job) { run(std::move(job)); }
    // Blocks until every job asked before has run: a companion going away calls it, so
    // that no job of its own still holds it.
    void drain();

Q_SIGNALS:
    void opened(bool ok, const QString &error);
    // A cached thread comes in parts, in thread order, so its first rows show at once;
    // complete marks the last part.
    void threadLoaded(quint64 ticket, const Threadkeeper::CachedThread &thread, bool found, bool complete);
    void pageSaved(const QString &url, int page);
    void threadsListed(const QList<Threadkeeper::ThreadSummary> &threads);
    void watchChanged(const QString &url, bool watched);
    void watchedListed(const QList<Threadkeeper::ThreadSummary> &threads);
    void cachedPartsLoaded(
        quint64 ticket, const Threadkeeper::CachedParts &parts, const QList<Threadkeeper::Post> &posts);
    void libraryListed(const Threadkeeper::LibraryListing &listing);
    // title and posts describe what was removed; an empty title with no error: it was not cached.
    void threadRemoved(
        quint64 key, const QString &url, const QString &title, int posts, const QString &error);
    void threadRestored(quint64 key, const QString &url, const QString &error);
    void threadsEvicted(const QList<Threadkeeper::ThreadSummary> &threads, const QString &error);
    void compacted(
        const Threadkeeper::CacheSize &before, const Threadkeeper::CacheSize &after, const QString &error);
    void searched(quint64 ticket, const QList<Threadkeeper::SearchHit> &hits, const QString &error);
    void rulesLoaded(const QList<Threadkeeper::Rule> &rules);
    void followedLoaded(const QList<Threadkeeper::FollowedPost> &posts);
    void annotationsLoaded(const QList<Threadkeeper::Annotation> &annotations,
        const QHash<QString, Threadkeeper::AnnotatedPost> &posts);
    void imageLoaded(const QString &url, const QByteArray &data, bool found);
    // link.found() is false when no cached thread holds the article.
    void articleFound(quint64 ticket, const Threadkeeper::ArticleLink &link);
    void imageSitesLoaded(const QStringList &hosts);
    void foldsLoaded(const QString &threadUrl, const QHash<QString, QStringList> &folds);
    // The ids the database gave rules or annotations written with another id: asked → stored.
    void rulesStored(const QHash<qint64, qint64> &ids);
    void annotationsStored(const QHash<qint64, qint64> &ids);
    void failed(const QString &error);
    void synced();
    // error empty: the cache is now at to and from is gone; else it stays at from, as it was.
    void moved(const QString &from, const QString &to, const QString &error);

private:
    // Runs job on the store thread; job may post results back with reply().
    void run(std::function<void(CacheDatabase &)> job);
    void reply(std::function<void()> fn);
    void saveRules(const QList<Rule> &rules, bool asNew);
    void saveAnnotations(const QList<Annotation> &annotations, bool asNew);

    static constexpr int FirstPart = 200;
    static constexpr int LaterParts = 2000;
    QString m_path;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread, owns the database
    std::shared_ptr<CacheDatabase> m_db;
    std::shared_ptr<bool> m_ok;
    // Local ids (negative) → the database's, read and written on the store thread only.
    std::shared_ptr<QHash<qint64, qint64>> m_localRuleIds = std::make_shared<QHash<qint64, qint64>>();
    std::shared_ptr<QHash<qint64, qint64>> m_localAnnotationIds = std::make_shared<QHash<qint64, qint64>>();
    // Removed threads kept for undo, by key: read and written on the store thread only.
    std::shared_ptr<QHash<quint64, ThreadSnapshot>> m_removed
        = std::make_shared<QHash<quint64, ThreadSnapshot>>();
    quint64 m_lastRemoval = 0;
};

} // namespace Threadkeeper
