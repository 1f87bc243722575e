// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachestore.h"

#include "domain/handoff.h"

#include <QPointer>

#include <optional>

namespace Threadkeeper {

CacheStore::CacheStore(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_db(std::make_shared<CacheDatabase>())
    , m_ok(std::make_shared<bool>(false))
{
    m_thread.setObjectName(QStringLiteral("CacheStore"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    run([this, path](CacheDatabase &db) {
        QString error;
        const bool ok = db.open(path, &error);
        *m_ok = ok;
        reply([this, ok, error] { Q_EMIT opened(ok, error); });
    });
}

CacheStore::~CacheStore()
{
    // Finish queued writes, then close the connection on its own thread. Blocking: quit()
    // alone ends the thread's event loop with jobs still queued (read marks made just
    // before closing were lost), while this runs after every job queued before it.
    QMetaObject::invokeMethod(m_worker,
        handedOff([db = std::exchange(m_db, nullptr)]() mutable { db.reset(); }),
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CacheStore::run(std::function<void(CacheDatabase &)> job)
{
    QMetaObject::invokeMethod(m_worker, handedOff([db = m_db, ok = m_ok, job = std::move(job)] {
        if (db)
            job(*db);
    }),
        Qt::QueuedConnection);
}

void CacheStore::drain()
{
    if (m_db)
        QMetaObject::invokeMethod(m_worker, handedOff([] {}), Qt::BlockingQueuedConnection);
}

void CacheStore::reply(std::function<void()> fn)
{
    // Called on the store thread; `this` lives on the caller's thread.
    QMetaObject::invokeMethod(this, handedOff(std::move(fn)), Qt::QueuedConnection);
}

void CacheStore::loadThread(const QString &url, quint64 ticket)
{
    run([this, url, ticket](CacheDatabase &db) {
        const bool found = *m_ok
            && db.loadThread(url, FirstPart, LaterParts, [this, ticket](CachedThread &&part, bool last) {
                   reply([this, ticket, part = std::move(part), last] {
                       Q_EMIT threadLoaded(ticket, part, true, last);
                   });
               });
        if (!found)
            reply([this, ticket] { Q_EMIT threadLoaded(ticket, CachedThread {}, false, true); });
    });
}

void CacheStore::savePage(const ThreadInfo &info, int page, const QList<Post> &posts)
{
    run([this, info, page, posts](CacheDatabase &db) {
        if (!*m_ok)
            return;
        QString error;
        if (db.savePage(info, page, posts, QDateTime::currentDateTimeUtc(), &error))
            reply([this, url = info.url, page] { Q_EMIT pageSaved(url, page); });
        else
            reply([this, error, page] {
                Q_EMIT failed(tr("could not cache page %1: %2").arg(page).arg(error));
            });
    });
}

void CacheStore::saveQuoteEdges(const QString &url, const QList<Post> &posts)
{
    run([this, url, posts](CacheDatabase &db) {
        QString error;
        if (*m_ok && !db.saveQuoteEdges(url, posts, &error))
            reply([this, error] { Q_EMIT failed(tr("could not save quote links: %1").arg(error)); });
    });
}

void CacheStore::markRead(const QString &url, const QStringList &postIds, const QDateTime &at)
{
    run([this, url, postIds, at](CacheDatabase &db) {
        QString error;
        if (*m_ok && !db.markRead(url, postIds, at, &error))
            reply([this, error] { Q_EMIT failed(tr("could not save read state: %1").arg(error)); });
    });
}

void CacheStore::listThreads(HiddenPredicate hidden)
{
    run([this, hidden = std::move(hidden)](CacheDatabase &db) {
        reply([this, list = *m_ok ? db.threads(hidden) : QList<ThreadSummary>()] {
            Q_EMIT threadsListed(list);
        });
    });
}

void CacheStore::search(const SearchQuery &query, int limit, quint64 ticket)
{
    run([this, query, limit, ticket](CacheDatabase &db) {
        QString error;
        QList<SearchHit> hits = *m_ok ? db.search(query, limit, &error) : QList<SearchHit>();
        reply([this, ticket, hits = std::move(hits), error] { Q_EMIT searched(ticket, hits, error); });
    });
}

void CacheStore::savePlace(const QString &url, const ReadingPlace &place)
{
    run([this, url, place](CacheDatabase &db) {
        QString error;
        if (*m_ok && !db.savePlace(url, place, &error))
            reply([this, error] { Q_EMIT failed(tr("could not save the reading place: %1").arg(error)); });
    });
}

void CacheStore::setWatched(const QString &url, bool watched)
{
    run([this, url, watched](CacheDatabase &db) {
        QString error;
        if (*m_ok && !db.setWatched(url, watched, &error))
            reply([this, error] { Q_EMIT failed(tr("could not save the watch: %1").arg(error)); });
        else
            reply([this, url, watched] { Q_EMIT watchChanged(url, watched); });
    });
}

void CacheStore::recordVisit(const QString &url, const QDateTime &at)
{
    run([this, url, at](CacheDatabase &db) {
        QString error;
        if (*m_ok && !db.recordVisit(url, at, &error))
            reply([this, error] { Q_EMIT failed(tr("could not save the visit: %1").arg(error)); });
    });
}

void CacheStore::recordVisitNow(const QString &url)
{
    run([this, url](CacheDatabase &db) {
        QString error;
        if (*m_ok && !db.recordVisit(url, QDateTime::currentDateTimeUtc(), &error))
            reply([this, error] { Q_EMIT failed(tr("could not save the visit: %1").arg(error)); });
    });
}

void CacheStore::recordChecked(const QString &url, const QDateTime &at)
{
    run([this, url, at](CacheDatabase &db) {
        QString error;
        if (*m_ok && !db.recordChecked(url, at, &error))
            reply([this, error] { Q_EMIT failed(tr("could not save the check time: %1").arg(error)); });
    });
}

void CacheStore::listWatched()
{
    run([this](CacheDatabase &db) {
        reply([this, list = *m_ok ? db.watchedThreads() : QList<ThreadSummary>()] {
            Q_EMIT watchedListed(list);
        });
    });
}

void CacheStore::saveFetched(const QString &threadUrl, const QList<FetchedRequest> &requests)
{
    run([this, threadUrl, requests](CacheDatabase &db) {
        QString error;
        if (*m_ok && !db.saveFetched(threadUrl, requests, QDateTime::currentDateTimeUtc(), &error))
            reply([this, error] {
                Q_EMIT failed(tr("could not keep what the forum answered: %1").arg(error));
            });
    });
}

void CacheStore::loadCachedParts(const QString &threadUrl, quint64 ticket, bool withPosts)
{
    run([this, threadUrl, ticket, withPosts](CacheDatabase &db) {
        CachedParts parts = *m_ok ? db.cachedParts(threadUrl) : CachedParts {};
        QList<Post> posts;
        if (withPosts && parts.found) {
            if (std::optional<CachedThread> thread = db.loadThread(threadUrl))
                posts = std::move(thread->posts);
        }
        reply([this, ticket, parts = std::move(parts), posts = std::move(posts)] {
            Q_EMIT cachedPartsLoaded(ticket, parts, posts);
        });
    });
}

void CacheStore::listLibrary(HiddenPredicate hidden)
{
    run([this, hidden = std::move(hidden)](CacheDatabase &db) {
        LibraryListing listing;
        if (*m_ok) {
            listing.threads = db.threads(hidden);
            listing.size = db.cacheSize();
        }
        reply([this, listing = std::move(listing)] { Q_EMIT libraryListed(listing); });
    });
}

quint64 CacheStore::removeThread(const QString &url)
{
    const quint64 key = ++m_lastRemoval;
    run([this, url, key, removed = m_removed](CacheDatabase &db) {
        QString error;
        ThreadSnapshot snapshot;
        if (!*m_ok)
            error = tr("the cache is not open");
        else if (db.removeThread(url, &snapshot, &error))
            removed->insert(key, snapshot);
        reply([this, key, url, title = snapshot.title, posts = snapshot.postCount(), error] {
            Q_EMIT threadRemoved(key, url, title, posts, error);
        });
    });
    return key;
}

void CacheStore::restoreThread(quint64 key)
{
    run([this, key, removed = m_removed](CacheDatabase &db) {
        QString error;
        const ThreadSnapshot snapshot = removed->value(key);
        if (!*m_ok)
            error = tr("the cache is not open");
        else if (!removed->contains(key))
            error = tr("nothing kept to put back");
        else if (db.restoreThread(snapshot, &error))
            removed->remove(key);
        reply([this, key, url = snapshot.url, error] { Q_EMIT threadRestored(key, url, error); });
    });
}

void CacheStore::forgetRemoved(quint64 key)
{
    run([key, removed = m_removed](CacheDatabase &) { removed->remove(key); });
}

void CacheStore::evictThreads(
    const QDateTime &unvisitedBefore, const QList<FollowedPoster> &keep, HiddenPredicate hidden)
{
    run([this, unvisitedBefore, keep, hidden = std::move(hidden)](CacheDatabase &db) {
        QString error;
        QList<ThreadSummary> evicted;
        if (*m_ok)
            db.evictThreads(unvisitedBefore, keep, hidden, &evicted, &error);
        reply([this, evicted, error] { Q_EMIT threadsEvicted(evicted, error); });
    });
}

void CacheStore::compact()
{
    run([this](CacheDatabase &db) {
        QString error;
        CacheSize before;
        CacheSize after;
        if (*m_ok) {
            before = db.cacheSize();
            db.compact(&error);
            after = db.cacheSize();
        }
        reply([this, before, after, error] { Q_EMIT compacted(before, after, error); });
    });
}

void CacheStore::moveTo(const QString &path)
{
    run([this, path](CacheDatabase &db) {
        const QString from = db.path();
        QString error;
        if (!*m_ok)
            error = tr("the cache is not open");
        else if (db.moveTo(path, &error))
            error.clear();
        *m_ok = db.isOpen();
        reply([this, from, to = error.isEmpty() ? db.path() : path, error] {
            if (error.isEmpty())
                m_path = to;
            Q_EMIT moved(from, to, error);
        });
    });
}

void CacheStore::loadRules()
{
    run([this](CacheDatabase &db) {
        reply([this, rules = *m_ok ? db.rules() : QList<Rule>()] { Q_EMIT rulesLoaded(rules); });
    });
}

namespace {
// The database's id for an id the caller gave: a negative one is the caller's own
// name for an item it added (see LocalIds); 0 when that item was never stored.
qint64 storedId(const QHash<qint64, qint64> &local, qint64 id)
{
    return id < 0 ? local.value(id, 0) : id;
}

// On the store thread: writes items (rules, annotations) under the database's ids,
// learns which local id became which, and returns asked → stored for the ids that
// changed; nothing when the write failed.
template<typename T, typename Write>
std::optional<QHash<qint64, qint64>> writeItems(
    const QList<T> &items, bool asNew, QHash<qint64, qint64> *local, Write write)
{
    QList<T> stored = items;
    for (T &item : stored)
        item.id = asNew ? 0 : storedId(*local, item.id);
    if (!write(&stored))
        return std::nullopt;
    QHash<qint64, qint64> ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].id < 0)
            local->insert(items[i].id, stored[i].id);
        if (items[i].id != stored[i].id)
            ids.insert(items[i].id, stored[i].id);
    }
    return ids;
}
} // namespace

void CacheStore::saveRule(const Rule &rule)
{
    saveRules({rule}, false);
}

void CacheStore::addRules(const QList<Rule> &rules)
{
    saveRules(rules, true);
}

void CacheStore::saveRules(const QList<Rule> &rules, bool asNew)
{
    run([this, rules, asNew, local = m_localRuleIds](CacheDatabase &db) {
        if (!*m_ok)
            return;
        QString error;
        const auto ids = writeItems(rules, asNew, local.get(), [&](QList<Rule> *stored) {
            return asNew ? db.addRules(stored, &error) : db.saveRule(&stored->first(), &error);
        });
        if (!ids)
            reply([this, error] { Q_EMIT failed(tr("could not save the rule: %1").arg(error)); });
        else if (!ids->isEmpty())
            reply([this, ids = *ids] { Q_EMIT rulesStored(ids); });
    });
}

void CacheStore::loadFollowed(const QList<FollowedPoster> &posters, int limit)
{
    run([this, posters, limit](CacheDatabase &db) {
        reply([this, posts = *m_ok ? db.postsBy(posters, limit) : QList<FollowedPost>()] {
            Q_EMIT followedLoaded(posts);
        });
    });
}

void CacheStore::loadAnnotations()
{
    run([this](CacheDatabase &db) {
        const AnnotationListing listing = *m_ok ? db.annotationListing() : AnnotationListing {};
        reply([this, listing] { Q_EMIT annotationsLoaded(listing.annotations, listing.posts); });
    });
}

void CacheStore::saveAnnotation(const Annotation &annotation)
{
    saveAnnotations({annotation}, false);
}

void CacheStore::addAnnotations(const QList<Annotation> &annotations)
{
    saveAnnotations(annotations, true);
}

void CacheStore::saveAnnotations(const QList<Annotation> &annotations, bool asNew)
{
    run([this, annotations, asNew, local = m_localAnnotationIds](CacheDatabase &db) {
        if (!*m_ok)
            return;
        QString error;
        const auto ids = writeItems(annotations, asNew, local.get(), [&](QList<Annotation> *stored) {
            return asNew ? db.addAnnotations(stored, &error) : db.saveAnnotation(&stored->first(), &error);
        });
        if (!ids)
            reply([this, error] { Q_EMIT failed(tr("could not save the annotation: %1").arg(error)); });
        else if (!ids->isEmpty())
            reply([this, ids = *ids] { Q_EMIT annotationsStored(ids); });
    });
}

void CacheStore::removeAnnotation(qint64 id)
{
    run([this, id, local = m_localAnnotationIds](CacheDatabase &db) {
        QString error;
        const qint64 stored = storedId(*local, id);
        if (*m_ok && stored > 0 && !db.removeAnnotation(stored, &error))
            reply([this, error] { Q_EMIT failed(tr("could not remove the annotation: %1").arg(error)); });
    });
}

void CacheStore::removeRule(qint64 id)
{
    run([this, id, local = m_localRuleIds](CacheDatabase &db) {
        QString error;
        const qint64 stored = storedId(*local, id);
        if (*m_ok && stored > 0 && !db.removeRule(stored, &error))
            reply([this, error] { Q_EMIT failed(tr("could not remove the rule: %1").arg(error)); });
    });
}

void CacheStore::saveArticleLink(const ArticleLink &link)
{
    run([this, link](CacheDatabase &db) {
        QString error;
        if (*m_ok && !db.saveArticleLink(link, QDateTime::currentDateTimeUtc(), &error))
            reply([this, error] { Q_EMIT failed(tr("could not keep the article: %1").arg(error)); });
    });
}

void CacheStore::findArticle(const QString &url, quint64 ticket)
{
    run([this, url, ticket](CacheDatabase &db) {
        ArticleLink link = *m_ok ? db.articleThread(url) : ArticleLink {};
        link.url = url;
        reply([this, ticket, link] { Q_EMIT articleFound(ticket, link); });
    });
}

void CacheStore::saveImage(const QString &url, const QByteArray &data, const QString &contentType)
{
    run([this, url, data, contentType](CacheDatabase &db) {
        QString error;
        if (*m_ok && !db.saveImage(url, data, contentType, &error))
            reply([this, error] { Q_EMIT failed(tr("could not keep the picture: %1").arg(error)); });
    });
}

void CacheStore::loadImage(const QString &url)
{
    run([this, url](CacheDatabase &db) {
        const QByteArray data = *m_ok ? db.image(url) : QByteArray();
        reply([this, url, data] { Q_EMIT imageLoaded(url, data, !data.isNull()); });
    });
}

void CacheStore::allowImageSite(const QString &host, bool allowed)
{
    run([this, host, allowed](CacheDatabase &db) {
        QString error;
        if (*m_ok && !db.allowImageSite(host, allowed, &error))
            reply([this, error] { Q_EMIT failed(tr("could not keep the image setting: %1").arg(error)); });
    });
}

void CacheStore::loadImageSites()
{
    run([this](CacheDatabase &db) {
        const QStringList hosts = *m_ok ? db.imageSites() : QStringList();
        reply([this, hosts] { Q_EMIT imageSitesLoaded(hosts); });
    });
}

void CacheStore::saveFolds(const QString &threadUrl, const QString &postId, const QStringList &paths)
{
    run([this, threadUrl, postId, paths](CacheDatabase &db) {
        QString error;
        if (*m_ok && !db.saveFolds(threadUrl, postId, paths, &error))
            reply([this, error] { Q_EMIT failed(tr("could not keep the folded quotes: %1").arg(error)); });
    });
}

void CacheStore::loadFolds(const QString &threadUrl)
{
    run([this, threadUrl](CacheDatabase &db) {
        const QHash<QString, QStringList> folds = *m_ok ? db.folds(threadUrl) : QHash<QString, QStringList>();
        reply([this, threadUrl, folds] { Q_EMIT foldsLoaded(threadUrl, folds); });
    });
}

void CacheStore::sync()
{
    run([this](CacheDatabase &) { reply([this] { Q_EMIT synced(); }); });
}

} // namespace Threadkeeper
