// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cachedatabase.h"

#include "searchindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

namespace Threadkeeper {

CacheDatabase::CacheDatabase()
    : m_connection(QStringLiteral("threadkeeper-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_schema(m_db, SchemaVersion)
    , m_annotations(m_db)
    , m_threads(m_db, m_annotations)
    , m_readState(m_db, m_threads)
    , m_rules(m_db)
    , m_images(m_db)
    , m_refresh(m_db, m_threads)
    , m_library(m_db)
    , m_subscriptions(m_db)
    , m_articles(m_db)
    , m_sync(m_db)
    , m_syncApplier(m_db)
{ }

CacheDatabase::~CacheDatabase()
{
    close();
}

void CacheDatabase::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

namespace {
const auto CacheFileKey = QStringLiteral("library/cacheFile");

QString tr(const char *text)
{
    return QCoreApplication::translate("CacheDatabase", text);
}
} // namespace

QString CacheDatabase::defaultPath()
{
    const QString moved = QSettings().value(CacheFileKey).toString();
    return moved.isEmpty() ? standardPath() : moved;
}

QString CacheDatabase::standardPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/cache.sqlite");
}

void CacheDatabase::setDefaultPath(const QString &path)
{
    QSettings settings;
    // Back where it started: no setting, so the standard place holds for later starts.
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(standardPath()).absoluteFilePath())
        settings.remove(CacheFileKey);
    else
        settings.setValue(CacheFileKey, QFileInfo(path).absoluteFilePath());
}

QString CacheDatabase::path() const
{
    return m_db.isOpen() ? m_db.databaseName() : QString();
}

bool CacheDatabase::moveTo(const QString &path, QString *error)
{
    const QString from = this->path();
    const QString to = QFileInfo(path).absoluteFilePath();
    if (from.isEmpty()) {
        *error = tr("the cache is not open");
        return false;
    }
    // Refused before anything is written: a file there may be another cache, or anything.
    if (QFileInfo::exists(to)) {
        *error = tr("%1 already exists; choose a name that is not taken").arg(to);
        return false;
    }
    const QString folder = QFileInfo(to).absolutePath();
    if (!QFileInfo(folder).isDir()) {
        *error = tr("the folder %1 does not exist").arg(folder);
        return false;
    }
    QString why;
    if (!m_library.copyTo(to, &why)) {
        QFile::remove(to); // a partial copy (disk full): it was not there before
        *error = tr("could not copy the cache to %1: %2").arg(to, why);
        return false;
    }
    // The copy must open as a cache of this schema before the old one is let go.
    {
        CacheDatabase copy;
        if (!copy.open(to, &why) || copy.schemaVersion() != SchemaVersion) {
            copy.close();
            QFile::remove(to);
            *error = tr("the copy at %1 does not open: %2").arg(to, why);
            return false;
        }
    }
    close();
    if (!open(to, &why)) {
        close();
        QString again;
        open(from, &again); // the old file is untouched: back to it
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(to + suffix);
        *error = tr("could not open the cache at %1: %2").arg(to, why);
        return false;
    }
    // Closed, the old file has checkpointed its log; remove all three.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(from + suffix);
    return true;
}

bool CacheDatabase::open(const QString &path, QString *error)
{
    return m_schema.open(m_connection, path, error);
}

int CacheDatabase::schemaVersion() const
{
    return m_schema.schemaVersion();
}

bool CacheDatabase::setSizeLimit(qint64 bytes, QString *error)
{
    return m_schema.setSizeLimit(bytes, error);
}

QString CacheDatabase::integrityCheck() const
{
    return m_schema.integrityCheck();
}

std::optional<CachedThread> CacheDatabase::loadThread(const QString &url) const
{
    return m_threads.loadThread(url);
}

bool CacheDatabase::loadThread(const QString &url, int firstChunk, int chunk,
    const std::function<void(CachedThread &&part, bool last)> &deliver) const
{
    return m_threads.loadThread(url, firstChunk, chunk, deliver);
}

bool CacheDatabase::savePage(
    const ThreadInfo &info, int page, const QList<Post> &posts, const QDateTime &now, QString *error)
{
    // Read marks and the like from other devices that waited for this page land with it.
    return m_threads.savePage(info, page, posts, now, error)
        && m_syncApplier.pageSaved(info.url, posts, error);
}

bool CacheDatabase::saveQuoteEdges(const QString &url, const QList<Post> &posts, QString *error)
{
    return m_threads.saveQuoteEdges(url, posts, error);
}

QList<Quote> CacheDatabase::quoteEdges(const QString &url, const QString &postId) const
{
    return m_threads.quoteEdges(url, postId);
}

AnnotationListing CacheDatabase::annotationListing(const QString &threadUrl, const QString &postId) const
{
    return m_annotations.listing(threadUrl, postId);
}

bool CacheDatabase::markRead(
    const QString &url, const QStringList &postIds, const QDateTime &at, QString *error)
{
    return m_readState.markRead(url, postIds, at, error);
}

QHash<QString, QDateTime> CacheDatabase::readState(const QString &url) const
{
    return m_readState.readState(url);
}

QList<ThreadSummary> CacheDatabase::threads(const HiddenPredicate &hidden) const
{
    return m_library.threads(hidden);
}

CacheSize CacheDatabase::cacheSize() const
{
    return m_library.size();
}

bool CacheDatabase::removeThread(const QString &url, ThreadSnapshot *removed, QString *error)
{
    return m_library.removeThread(url, removed, error);
}

bool CacheDatabase::restoreThread(const ThreadSnapshot &removed, QString *error)
{
    return m_library.restoreThread(removed, error);
}

bool CacheDatabase::evictThreads(const QDateTime &unvisitedBefore, const QList<FollowedPoster> &keep,
    const HiddenPredicate &hidden, QList<ThreadSummary> *evicted, QString *error)
{
    return m_library.evictThreads(unvisitedBefore, keep, hidden, evicted, error);
}

bool CacheDatabase::compact(QString *error)
{
    return m_library.compact(error);
}

bool CacheDatabase::savePlace(const QString &url, const ReadingPlace &place, QString *error)
{
    return m_readState.savePlace(url, place, error);
}

bool CacheDatabase::setWatched(const QString &url, bool watched, QString *error)
{
    return m_readState.setWatched(url, watched, error);
}

bool CacheDatabase::recordVisit(const QString &url, const QDateTime &at, QString *error)
{
    return m_readState.recordVisit(url, at, error);
}

bool CacheDatabase::saveFetched(
    const QString &threadUrl, const QList<FetchedRequest> &requests, const QDateTime &at, QString *error)
{
    return m_refresh.saveFetched(threadUrl, requests, at, error);
}

QList<FetchedRequest> CacheDatabase::fetchedRequests(const QString &threadUrl) const
{
    return m_refresh.fetched(threadUrl);
}

CachedParts CacheDatabase::cachedParts(const QString &threadUrl) const
{
    return m_refresh.cachedParts(threadUrl);
}

bool CacheDatabase::recordChecked(const QString &url, const QDateTime &at, QString *error)
{
    return m_readState.recordChecked(url, at, error);
}

QList<ThreadSummary> CacheDatabase::watchedThreads() const
{
    return m_readState.watchedThreads();
}

QList<FollowedPost> CacheDatabase::postsBy(const QList<FollowedPoster> &posters, int limit) const
{
    return m_readState.postsBy(posters, limit);
}

bool CacheDatabase::saveFolds(
    const QString &threadUrl, const QString &postId, const QStringList &paths, QString *error)
{
    return m_readState.saveFolds(threadUrl, postId, paths, error);
}

QHash<QString, QStringList> CacheDatabase::folds(const QString &threadUrl) const
{
    return m_readState.folds(threadUrl);
}

QList<Annotation> CacheDatabase::annotations(const QString &threadUrl, const QString &postId) const
{
    return m_annotations.annotations(threadUrl, postId);
}

bool CacheDatabase::saveAnnotation(Annotation *annotation, QString *error)
{
    return m_annotations.saveAnnotation(annotation, error);
}

bool CacheDatabase::removeAnnotation(qint64 id, QString *error)
{
    return m_annotations.removeAnnotation(id, error);
}

bool CacheDatabase::addAnnotations(QList<Annotation> *annotations, QString *error)
{
    return m_annotations.addAnnotations(annotations, error);
}

QStringList CacheDatabase::annotatedThreads() const
{
    return m_annotations.annotatedThreads();
}

QList<Rule> CacheDatabase::rules() const
{
    return m_rules.rules();
}

bool CacheDatabase::saveRule(Rule *rule, QString *error)
{
    return m_rules.saveRule(rule, error);
}

bool CacheDatabase::removeRule(qint64 id, QString *error)
{
    return m_rules.removeRule(id, error);
}

bool CacheDatabase::addRules(QList<Rule> *rules, QString *error)
{
    return m_rules.addRules(rules, error);
}

bool CacheDatabase::saveArticleLink(const ArticleLink &link, const QDateTime &now, QString *error)
{
    return m_articles.saveArticleLink(link, now, error);
}

ArticleLink CacheDatabase::articleThread(const QString &url) const
{
    return m_articles.articleThread(url);
}

bool CacheDatabase::saveImage(
    const QString &url, const QByteArray &data, const QString &contentType, QString *error)
{
    return m_images.saveImage(url, data, contentType, error);
}

QByteArray CacheDatabase::image(const QString &url) const
{
    return m_images.image(url);
}

bool CacheDatabase::allowImageSite(const QString &host, bool allowed, QString *error)
{
    return m_images.allowImageSite(host, allowed, error);
}

QStringList CacheDatabase::imageSites() const
{
    return m_images.imageSites();
}

QList<SearchHit> CacheDatabase::search(const SearchQuery &query, int limit, QString *error) const
{
    const QList<FollowedPoster> followed = query.followed
        ? followedPosters(m_rules.rules(), query.thresholds, QDateTime::currentDateTimeUtc())
        : QList<FollowedPoster>();
    return SearchIndex(m_db).search(query, followed, limit, error);
}

} // namespace Threadkeeper
