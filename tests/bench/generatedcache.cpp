// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedcache.h"

#include "benchreport.h"
#include "servers/threadgenerator.h"

#include "engines/xenforo/xenforoengine.h"
#include "store/cachedatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QtConcurrent/QtConcurrentMap>

namespace Threadkeeper::Testing {

namespace {
// As the thread loader numbers positions: page-major, then order on the page.
constexpr int PositionsPerPage = 100000;
constexpr int PagesPerBatch = 100; // parsed in parallel, then written, to bound memory
} // namespace

GeneratedCache generatedCache(int posts, quint32 seed, QString *error)
{
    const FixtureThread thread = generateThread(posts, seed);
    GeneratedCache cache;
    cache.posts = posts;
    cache.threadUrl = QUrl(QStringLiteral("http://forum.bench.invalid") + thread.path);
    const QString path
        = QDir(BenchReport::directory()).filePath(QStringLiteral("cache-%1-%2.sqlite").arg(posts).arg(seed));
    if (QFile::exists(path)) {
        cache.path = path;
        return cache;
    }
    // Written under another name and renamed when complete: an interrupted fill is never reused.
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    QElapsedTimer timer;
    timer.start();
    {
        CacheDatabase db;
        if (!db.open(partial, error))
            return {};
        const XenForoEngine engine;
        const ThreadInfo info {cache.threadUrl.toString(), engine.name(), thread.title, thread.pageCount()};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int first = 1; first <= thread.pageCount(); first += PagesPerBatch) {
            QList<int> pages;
            for (int page = first; page < first + PagesPerBatch && page <= thread.pageCount(); ++page)
                pages.append(page);
            const QList<ParsedPage> parsed = QtConcurrent::blockingMapped(
                pages, [&thread, &engine, &cache](int page) {
                    return engine.parsePage(xenforoPage(thread, page), engine.pageUrl(cache.threadUrl, page));
                });
            for (qsizetype i = 0; i < pages.size(); ++i) {
                QList<Post> list = parsed[i].posts;
                if (list.size() != std::min(thread.perPage, posts - (pages[i] - 1) * thread.perPage)) {
                    *error = QStringLiteral("page %1 parsed to %2 posts").arg(pages[i]).arg(list.size());
                    return {};
                }
                for (qsizetype k = 0; k < list.size(); ++k) {
                    list[k].page = pages[i];
                    list[k].position = pages[i] * PositionsPerPage + int(k);
                }
                if (!db.savePage(info, pages[i], list, now, error))
                    return {};
            }
        }
    }
    if (!QFile::rename(partial, path)) {
        *error = QStringLiteral("cannot rename %1").arg(partial);
        return {};
    }
    qInfo("filled %s with %d posts in %.1f s", qPrintable(path), posts, timer.elapsed() / 1000.0);
    cache.path = path;
    return cache;
}

} // namespace Threadkeeper::Testing
