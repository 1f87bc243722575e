// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationrepository.h"
#include "articlerepository.h"
#include "domain/annotation.h"
#include "domain/annotationexport.h"
#include "domain/post.h"
#include "domain/rule.h"
#include "imagerepository.h"
#include "libraryrepository.h"
#include "readstaterepository.h"
#include "refreshrepository.h"
#include "rulerepository.h"
#include "schemamigrator.h"
#include "subscriptionrepository.h"
#include "syncapplier.h"
#include "syncrepository.h"
#include "threadrepository.h"

#include "domain/search.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace Threadkeeper {

// The SQLite cache, synchronously, on whichever single thread created it. Owns the
// connection; the schema and its migrations are SchemaMigrator's, each table's queries
// its repository's. Use CacheStore from the GUI.
class CacheDatabase
{
public:
    static constexpr int SchemaVersion = 16;

    CacheDatabase();
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // Opens or creates the file and migrates it. On failure error says why.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_db.isOpen(); }
    // The file open now; empty when none.
    QString path() const;
    // Moves the cache to path (a file that must not exist yet): a compact copy (VACUUM INTO),
    // opened and checked, then this connection reopens on it and the old file (with its
    // -wal and -shm) is deleted. On failure error says why, the copy is gone and the old
    // file stays open, untouched.
    bool moveTo(const QString &path, QString *error);
    int schemaVersion() const;

    std::optional<CachedThread> loadThread(const QString &url) const;
    // The same in parts, in thread order: firstChunk posts, then chunk posts a part;
    // the last part (perhaps without posts) says so. False when the thread is not cached.
    bool loadThread(const QString &url, int firstChunk, int chunk,
        const std::function<void(CachedThread &&part, bool last)> &deliver) const;
    // Writes one page in one transaction: the thread row, authors, posts (content
    // replaced, read state kept), quote edges. Returns false with error on failure.
    bool savePage(
        const ThreadInfo &info, int page, const QList<Post> &posts, const QDateTime &now, QString *error);
    // Rewrites the quote edges (who is quoted, the post the markup names, the post it
    // resolved to) of posts already cached, as the reply tree learns more.
    bool saveQuoteEdges(const QString &url, const QList<Post> &posts, QString *error);
    QList<Quote> quoteEdges(const QString &url, const QString &postId) const;
    bool markRead(const QString &url, const QStringList &postIds, const QDateTime &at, QString *error);
    // Post id → when it was read (an invalid time: unread), for every cached post of the thread:
    // what another device may have changed, without the posts' words.
    QHash<QString, QDateTime> readState(const QString &url) const;
    // Cached threads, most recently fetched first, with what the library shows of each.
    // Unread and new counts leave out what the hidden() predicate says the rules hide (it
    // sees unread and new posts only, author and own text); without one every post counts.
    QList<ThreadSummary> threads(const HiddenPredicate &hidden = {}) const;
    CacheSize cacheSize() const;
    // Takes a thread out of the cache in one transaction (posts, read state, place, watch,
    // quote edges, folds; the search index follows), keeping every row in *removed for
    // restoreThread(). Annotations stay: they are kept by thread URL.
    bool removeThread(const QString &url, ThreadSnapshot *removed, QString *error);
    bool restoreThread(const ThreadSnapshot &removed, QString *error);
    // Retention: see LibraryRepository::evictThreads.
    bool evictThreads(const QDateTime &unvisitedBefore, const QList<FollowedPoster> &keep,
        const HiddenPredicate &hidden, QList<ThreadSummary> *evicted, QString *error);
    // VACUUM: gives the free pages back to the file system.
    bool compact(QString *error);
    // Remembers where the reader stopped in a cached thread.
    bool savePlace(const QString &url, const ReadingPlace &place, QString *error);
    // Watched threads are refreshed in the background and never evicted.
    bool setWatched(const QString &url, bool watched, QString *error);
    // The reader opened the thread at `at`: posts first seen later are new since this visit.
    bool recordVisit(const QString &url, const QDateTime &at, QString *error);
    // A refresh asked the forum for news at `at`.
    bool recordChecked(const QString &url, const QDateTime &at, QString *error);
    // Watched threads, least recently checked first (never checked before all).
    QList<ThreadSummary> watchedThreads() const;
    // How requests of a cached thread were answered (validators, the part each held).
    bool saveFetched(
        const QString &threadUrl, const QList<FetchedRequest> &requests, const QDateTime &at, QString *error);
    QList<FetchedRequest> fetchedRequests(const QString &threadUrl) const;
    // What a refresh starts from: the thread's parts, post ids and validators.
    CachedParts cachedParts(const QString &threadUrl) const;

    // A news article's address and the thread that holds the article (see ArticleRepository).
    bool saveArticleLink(const ArticleLink &link, const QDateTime &now, QString *error);
    ArticleLink articleThread(const QString &url) const;

    // Posts by these posters across all cached threads, newest first, at most `limit`.
    QList<FollowedPost> postsBy(const QList<FollowedPoster> &posters, int limit) const;

    // Annotations: all, or one thread's (thread URL), or one post's.
    QList<Annotation> annotations(const QString &threadUrl = {}, const QString &postId = {}) const;
    // Stores a new annotation (id set) or updates the row with its id, as saveRule does.
    bool saveAnnotation(Annotation *annotation, QString *error);
    bool removeAnnotation(qint64 id, QString *error);
    // Adds all of them as new annotations in one transaction: all or nothing.
    bool addAnnotations(QList<Annotation> *annotations, QString *error);
    // Annotations as annotations() with their posts' thread titles, authors, numbers,
    // links and snippets, in one query: never whole threads.
    AnnotationListing annotationListing(const QString &threadUrl = {}, const QString &postId = {}) const;
    // Threads that hold annotations: never to be evicted from the cache.
    QStringList annotatedThreads() const;

    // Scoring rules, all sites.
    QList<Rule> rules() const;
    // Stores a new rule (rule->id is set) or updates the row with its id; a rule whose
    // row is gone is stored anew (rule->id changes). Never writes over another row.
    bool saveRule(Rule *rule, QString *error);
    bool removeRule(qint64 id, QString *error);

    // Pictures the reader asked to see, kept for offline reading.
    bool saveImage(const QString &url, const QByteArray &data, const QString &contentType, QString *error);
    // The stored bytes, or a null QByteArray when the picture is not cached.
    QByteArray image(const QString &url) const;
    bool allowImageSite(const QString &host, bool allowed, QString *error);
    QStringList imageSites() const;

    // Quote and spoiler paths the reader flipped in a post; none removes the row.
    bool saveFolds(const QString &threadUrl, const QString &postId, const QStringList &paths, QString *error);
    // Post id → paths, for one thread.
    QHash<QString, QStringList> folds(const QString &threadUrl) const;
    // Adds all of them as new rules in one transaction: all or nothing.
    bool addRules(QList<Rule> *rules, QString *error);

    // Caps the file's size (SQLite's max_page_count, this connection): beyond it writes
    // fail as on a full disk. For a reader who bounds the cache, and for tests.
    bool setSizeLimit(qint64 bytes, QString *error);
    // SQLite's own check of the whole file: "ok", or what it found wrong.
    QString integrityCheck() const;
    // Every cached post's own words, searched (see SearchIndex).
    QList<SearchHit> search(const SearchQuery &query, int limit, QString *error) const;

    // Subscriptions and their items (SubscriptionStore reaches them through here).
    SubscriptionRepository &subscriptions() { return m_subscriptions; }
    const SubscriptionRepository &subscriptions() const { return m_subscriptions; }
    // Sync between devices: this cache's side (SyncRound reaches them through SyncStore).
    SyncRepository &sync() { return m_sync; }
    SyncApplier &syncApplier() { return m_syncApplier; }

    // The cache a start opens unless told another (--cache): where the reader moved it
    // (QSettings library/cacheFile), else standardPath().
    static QString defaultPath();
    static QString standardPath();
    // Keeps path as defaultPath() for later starts and the command line.
    static void setDefaultPath(const QString &path);

private:
    void close();

    // Declared first: everything below holds a reference to the connection.
    QString m_connection;
    QSqlDatabase m_db;
    SchemaMigrator m_schema;
    AnnotationRepository m_annotations;
    ThreadRepository m_threads;
    ReadStateRepository m_readState;
    RuleRepository m_rules;
    ImageRepository m_images;
    RefreshRepository m_refresh;
    LibraryRepository m_library;
    SubscriptionRepository m_subscriptions;
    ArticleRepository m_articles;
    SyncRepository m_sync;
    SyncApplier m_syncApplier;
};

} // namespace Threadkeeper
