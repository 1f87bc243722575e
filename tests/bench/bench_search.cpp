// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: searching a 100,000-post cache as the search pane does (CacheDatabase::search,
// 200 hits), against the peer a reader without an index has, a LIKE scan of every post's
// words for the same word, side by side on the same file in the same run. The generated
// words come from a small vocabulary, so a common one is in a fifth of the posts: the
// index must rank them all, where a real forum's words are far rarer. Label "bench".
#include "benchreport.h"
#include "generatedcache.h"

#include "domain/search.h"
#include "store/cachedatabase.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {
constexpr quint32 Seed = 9;
constexpr int Hits = 200; // what the pane asks for
constexpr double LimitMs = 100; // typing must not wait on it
} // namespace

class BenchSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void searchAgainstScan_data();
    void searchAgainstScan();

private:
    double timeSearch(const SearchQuery &query, int *found);
    double timeScan(const QString &word, int *found);
    int matching(const SearchQuery &query);

    GeneratedCache m_cache;
    CacheDatabase m_db;
    BenchReport m_report {QStringLiteral("bench_search")};
};

void BenchSearch::initTestCase()
{
    QString error;
    m_cache = generatedCache(scaledPosts(100000), Seed, &error);
    QVERIFY2(!m_cache.path.isEmpty(), qPrintable(error));
    QVERIFY2(m_db.open(m_cache.path, &error), qPrintable(error));
    QSqlDatabase scan = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scan"));
    scan.setDatabaseName(m_cache.path);
    scan.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(scan.open());
}

double BenchSearch::timeSearch(const SearchQuery &query, int *found)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const QList<SearchHit> hits = m_db.search(query, Hits, &error);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!error.isEmpty())
        qWarning("search failed: %s", qPrintable(error));
    *found = error.isEmpty() ? int(hits.size()) : -1;
    return ms;
}

double BenchSearch::timeScan(const QString &word, int *found)
{
    // What the pane would do without the index: every post's words read, newest first,
    // on a connection of its own to the same file.
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("scan")));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.post_id, substr(p.text, 1, 160) FROM posts p WHERE p.text LIKE ?"
                             " ORDER BY p.posted_at DESC LIMIT ?"));
    q.addBindValue(QStringLiteral("%") + word + QStringLiteral("%"));
    q.addBindValue(Hits);
    QElapsedTimer timer;
    timer.start();
    int n = 0;
    if (q.exec()) {
        while (q.next())
            ++n;
    }
    *found = n;
    return timer.nsecsElapsed() / 1e6;
}

int BenchSearch::matching(const SearchQuery &query)
{
    // How many posts hold the words: how much ranking the search had to do.
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("scan"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM post_search WHERE post_search MATCH ?"));
    q.addBindValue(query.matchExpression());
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

void BenchSearch::searchAgainstScan_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("scanWord"); // the peer's LIKE pattern
    QTest::newRow("a common word") << "temperature"
                                   << "temperature";
    QTest::newRow("a prefix") << "bench*"
                              << "bench";
    QTest::newRow("two words") << "fan noise"
                               << "noise";
    QTest::newRow("a word by one poster") << "temperature author:Noor"
                                          << "temperature";
    QTest::newRow("a word in the unread") << "voltage is:unread"
                                          << "voltage";
}

void BenchSearch::searchAgainstScan()
{
    QFETCH(QString, query);
    QFETCH(QString, scanWord);
    const SearchQuery parsed = SearchQuery::parse(query);
    QList<double> ours;
    QList<double> scan;
    int found = 0;
    int scanned = 0;
    // Alternating, after one run each to warm the file's pages into memory.
    timeSearch(parsed, &found);
    timeScan(scanWord, &scanned);
    for (int run = 0; run < benchRuns(7); ++run) {
        ours.append(timeSearch(parsed, &found));
        scan.append(timeScan(scanWord, &scanned));
    }
    QVERIFY2(found > 0, "the search found nothing: the benchmark would measure an empty answer");
    QVERIFY(scanned > 0);
    const double ms = median(ours);
    const double peer = median(scan);
    const double ratio = peer / ms;
    const int matches = matching(parsed);
    m_report.add(BenchFigure {
        QStringLiteral("9. Search %1 cached: %2 (`%3`, %4 runs)")
            .arg(postsLabel(m_cache.posts), QString::fromUtf8(QTest::currentDataTag()), query)
            .arg(ours.size()),
        ms, peer, ratio, QStringLiteral("> 1× the scan, ≤ %1 ms").arg(LimitMs), QStringLiteral("ms"),
        ratio > 1 && ms <= LimitMs,
        QStringLiteral("CacheDatabase::search, %1 hits at most (found %2; the words are in %3 posts, all "
                       "ranked); peer: LIKE over every post's words, newest first (found %4); ratio: scan / "
                       "search")
            .arg(Hits)
            .arg(found)
            .arg(matches)
            .arg(scanned)});
}

QTEST_GUILESS_MAIN(BenchSearch)
#include "bench_search.moc"
