// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the library over a cache of 2,000 threads and 100,000 posts. Listing it on
// the store's thread (counts, new since the last visit, sizes; with and without a rule
// that hides posts), taking the listing into the model on the GUI thread (first, and
// again with one thread changed, sorted through the proxy), retention's pass over the
// cache, removing a 10,000-post thread and putting it back, and moving the whole cache
// to another file (Settings › Library › Move…). Limits, not peers.
// Label "bench".
#include "benchreport.h"
#include "librarydata.h"

#include "domain/scorer.h"
#include "models/librarymodel.h"
#include "models/libraryproxymodel.h"
#include "services/retention.h"
#include "store/cachedatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {
constexpr int Threads = 2000;
constexpr int PostsPerThread = 50;
constexpr int BigThread = 10000;

QString runsLabel(qsizetype runs)
{
    return QStringLiteral("median of %1").arg(runs);
}

template<typename Work> double medianMs(int runs, Work work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}
} // namespace

class BenchLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listing();
    void model();
    void eviction();
    void removeAndRestore();
    void move();

private:
    void limit(const QString &figure, double ms, double limitMs, const QString &note = {});
    BenchReport m_report {QStringLiteral("bench_library")};
    CacheDatabase m_db;
    QString m_bigUrl;
};

void BenchLibrary::limit(const QString &figure, double ms, double limitMs, const QString &note)
{
    qInfo("%s: %.1f ms (limit %.0f ms)", qPrintable(figure), ms, limitMs);
    m_report.add(BenchFigure {figure, ms, limitMs, ms / limitMs, QStringLiteral("≤ %1 ms").arg(limitMs),
        QStringLiteral("ms"), ms <= limitMs, note});
}

void BenchLibrary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = QDir(BenchReport::directory()).filePath(QStringLiteral("library-2000x50.sqlite"));
    const bool fresh = !QFile::exists(path);
    const QString partial = path + QStringLiteral(".partial");
    QString error;
    if (fresh) {
        QElapsedTimer timer;
        timer.start();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
        CacheDatabase db;
        QVERIFY2(db.open(partial, &error), qPrintable(error));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int t = 0; t < Threads; ++t) {
            const ThreadInfo info {
                QStringLiteral("https://forum%1.bench.invalid/threads/t.%2/").arg(t % 20).arg(t),
                QStringLiteral("xenforo"), QStringLiteral("Thread %1").arg(t), 1};
            QVERIFY2(
                saveThread(db, info, libraryThread(PostsPerThread, quint32(t)), now.addDays(-t % 90), &error),
                qPrintable(error));
            if (t % 3 == 0)
                QVERIFY(db.recordVisit(info.url, now.addDays(-t % 60), &error));
        }
        QVERIFY2(saveThread(db,
                     ThreadInfo {QStringLiteral("https://big.bench.invalid/threads/big.1/"),
                         QStringLiteral("xenforo"), QStringLiteral("Big"), 1},
                     libraryThread(BigThread, 99), now, &error),
            qPrintable(error));
        qInfo("filled %s in %.1f s", qPrintable(path), timer.elapsed() / 1000.0);
    }
    if (fresh)
        QVERIFY(QFile::rename(partial, path));
    QVERIFY2(m_db.open(path, &error), qPrintable(error));
    m_bigUrl = QStringLiteral("https://big.bench.invalid/threads/big.1/");
    QCOMPARE(m_db.threads().size(), Threads + 1);
}

void BenchLibrary::listing()
{
    QList<ThreadSummary> list;
    const double plain = medianMs(benchRuns(5), [&] { list = m_db.threads(); });
    QCOMPARE(list.size(), Threads + 1);
    limit(QStringLiteral("1. Library listing, %1 threads, %2 (store thread, %3)")
              .arg(Threads + 1)
              .arg(postsLabel(Threads * PostsPerThread + BigThread), runsLabel(benchRuns(5))),
        plain, 500, QStringLiteral("posts, unread, new since the last visit, last post, size per thread"));
    Scorer scorer;
    Rule hide;
    hide.kind = Rule::Kind::Poster;
    hide.site = QStringLiteral("forum1.bench.invalid");
    hide.pattern = QStringLiteral("Daven");
    hide.score = -1000;
    scorer.setRules({hide});
    const double hidden = medianMs(benchRuns(5), [&] { list = m_db.threads(hiddenBy(scorer)); });
    limit(QStringLiteral("2. The same with a rule hiding a poster (%1)").arg(runsLabel(benchRuns(5))), hidden,
        1000, QStringLiteral("every unread or new post scored once"));
    const double size = medianMs(benchRuns(5), [&] { m_db.cacheSize(); });
    limit(QStringLiteral("3. The cache's size (%1)").arg(runsLabel(benchRuns(5))), size, 5);
}

void BenchLibrary::model()
{
    const QList<ThreadSummary> list = m_db.threads();
    LibraryModel model;
    LibraryProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(LibraryModel::UnreadColumn, Qt::DescendingOrder);
    QElapsedTimer timer;
    timer.start();
    model.setThreads(list);
    const double first = timer.nsecsElapsed() / 1e6;
    QCOMPARE(model.threadCount(), Threads + 1);
    limit(QStringLiteral("4. GUI thread: %1 threads into the sorted library").arg(list.size()), first, 100);
    QList<ThreadSummary> changed = list;
    double again = medianMs(benchRuns(5), [&] {
        changed[7].unread += 1;
        model.setThreads(changed);
    });
    limit(QStringLiteral("5. GUI thread: the listing again, one thread's counts changed (%1)")
              .arg(runsLabel(benchRuns(5))),
        again, 20, QStringLiteral("in place: one row changed, no reset"));
    proxy.setFilterText(QStringLiteral("thread 19"));
    QVERIFY(proxy.rowCount() > 0);
}

void BenchLibrary::eviction()
{
    QList<ThreadSummary> gone;
    QString error;
    Rule follow;
    follow.kind = Rule::Kind::Poster;
    follow.site = QStringLiteral("forum3.bench.invalid");
    follow.pattern = QStringLiteral("Zoë");
    follow.score = 100;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Nothing is read, so nothing goes: the pass over the cache is what is measured.
    const double ms = medianMs(benchRuns(5), [&] {
        QVERIFY(m_db.evictThreads(now.addDays(-30), postersToKeep({follow}, now), {}, &gone, &error));
    });
    QVERIFY(gone.isEmpty());
    limit(
        QStringLiteral("6. Retention's pass, 30 days, one followed poster (%1)").arg(runsLabel(benchRuns(5))),
        ms, 500, QStringLiteral("store thread, at start and when the setting changes"));
}

void BenchLibrary::removeAndRestore()
{
    QString error;
    QList<double> removes;
    QList<double> restores;
    for (int i = 0; i < benchRuns(3); ++i) {
        ThreadSnapshot removed;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(m_db.removeThread(m_bigUrl, &removed, &error), qPrintable(error));
        removes.append(timer.nsecsElapsed() / 1e6);
        QCOMPARE(removed.postCount(), BigThread);
        timer.restart();
        QVERIFY2(m_db.restoreThread(removed, &error), qPrintable(error));
        restores.append(timer.nsecsElapsed() / 1e6);
    }
    limit(QStringLiteral("7. Remove a %1 thread, kept for undo (%2)")
              .arg(postsLabel(BigThread), runsLabel(removes.size())),
        median(removes), 2000, QStringLiteral("store thread, one transaction; the search index follows"));
    limit(QStringLiteral("8. Undo: put it back (%1)").arg(runsLabel(restores.size())), median(restores), 2000,
        QStringLiteral("store thread, one transaction; the search index follows"));
}

void BenchLibrary::move()
{
    // There and back, so that the next run finds the cache where it was made.
    const QString home = m_db.path();
    const QString away = home + QStringLiteral(".moved");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(away + suffix);
    QString error;
    QList<double> times;
    for (const QString &to : {away, home}) {
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(m_db.moveTo(to, &error), qPrintable(error));
        times.append(timer.nsecsElapsed() / 1e6);
    }
    QCOMPARE(m_db.threads().size(), Threads + 1);
    limit(QStringLiteral("9. Move the cache to another file (%1)").arg(runsLabel(times.size())),
        median(times), 10000,
        QStringLiteral("store thread: VACUUM INTO, reopen, old file removed; reading goes on"));
}

QTEST_GUILESS_MAIN(BenchLibrary)
#include "bench_library.moc"
