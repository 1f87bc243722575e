// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: syncing a long generated thread with the real binary,
// `threadkeeper export --format json --cache FRESH URL`, against the transfer floor,
// curl fetching the same pages from the same server four at a time, side by side in the
// same run; at 1,000 and 10,000 posts (how time grows with the thread), with the
// export's peak memory. Every answer comes 20 ms late, as over a network. Label "bench".
#include "benchreport.h"
#include "generatedserver.h"
#include "servers/threadgenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {
constexpr quint32 Seed = 9;
constexpr int LatencyMs = 20;
constexpr int MaxParallel = 4; // what the app allows itself per site
} // namespace

class BenchSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void syncAgainstCurl();

private:
    struct Sample
    {
        QList<double> exportSeconds;
        QList<double> curlSeconds;
        QList<double> peakMiB;
        int posts = 0;
        int pages = 0;
    };
    // One size, runs alternating curl and export; QTest failures end the test.
    void measure(int posts, int runs, Sample *sample);
    double runCurl(const QList<QUrl> &pages);
    double runExport(const QUrl &url, int posts, double *peakMiB);
    void checkExport(const QString &jsonFile, int posts);

    QTemporaryDir m_dir;
    BenchReport m_report {QStringLiteral("bench_sync")};
    QElapsedTimer m_budget; // the whole bench, against CTest's timeout
    int m_run = 0;
};

void BenchSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_budget.start();
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed: no transfer floor to compare with");
}

double BenchSync::runCurl(const QList<QUrl> &pages)
{
    QStringList args {QStringLiteral("--silent"), QStringLiteral("--parallel"),
        QStringLiteral("--parallel-max"), QString::number(MaxParallel), QStringLiteral("--write-out"),
        QStringLiteral("%{http_code} %{size_download}\\n")};
    for (const QUrl &url : pages)
        args << url.toString() << QStringLiteral("--output") << QStringLiteral("/dev/null");
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(QStringLiteral("curl"), args);
    if (!curl.waitForFinished(600000))
        return qQNaN();
    const double seconds = timer.nsecsElapsed() / 1e9;
    // What it measured is what it should: every page, in full.
    int ok = 0;
    for (const QByteArray &line : curl.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2 && parts[0] == "200" && parts[1].toLongLong() > 1000)
            ++ok;
    }
    if (curl.exitCode() != 0 || ok != pages.size()) {
        qWarning(
            "curl: exit %d, %d of %d pages fetched with status 200", curl.exitCode(), ok, int(pages.size()));
        return qQNaN();
    }
    return seconds;
}

double BenchSync::runExport(const QUrl &url, int posts, double *peakMiB)
{
    const QString stem = m_dir.filePath(QStringLiteral("run-%1").arg(++m_run));
    QProcess process;
    process.setStandardOutputFile(stem + QStringLiteral(".json"));
    const QStringList exportArgs {QStringLiteral(THREADKEEPER_BINARY), QStringLiteral("export"),
        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--cache"),
        stem + QStringLiteral(".sqlite"), url.toString()};
    // GNU time reports the peak resident set; it adds a fork, nothing measurable.
    process.start(QStringLiteral("/usr/bin/time"),
        QStringList {
            QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), stem + QStringLiteral(".rss")}
            + exportArgs);
    QElapsedTimer timer;
    timer.start();
    if (!process.waitForFinished(1800 * 1000))
        return qQNaN();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (process.exitCode() != 0) {
        qWarning(
            "export failed (exit %d): %s", process.exitCode(), process.readAllStandardError().constData());
        return qQNaN();
    }
    QFile rss(stem + QStringLiteral(".rss"));
    *peakMiB = rss.open(QIODevice::ReadOnly) ? rss.readAll().trimmed().toDouble() / 1024.0 : qQNaN();
    checkExport(stem + QStringLiteral(".json"), posts);
    // The cache of each run is fresh: drop it so the next run starts from nothing again.
    for (const QString &suffix : {QStringLiteral(".sqlite"), QStringLiteral(".sqlite-wal"),
             QStringLiteral(".sqlite-shm"), QStringLiteral(".json")})
        QFile::remove(stem + suffix);
    return seconds;
}

// The export holds every post, and every post whose first quote names its source hangs
// under that post: the reply tree was built, not only the pages fetched.
void BenchSync::checkExport(const QString &jsonFile, int posts)
{
    QFile file(jsonFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray list = root.value(QStringLiteral("posts")).toArray();
    QCOMPARE(list.size(), posts);
    QCOMPARE(root.value(QStringLiteral("thread")).toObject().value(QStringLiteral("pages")).toInt(),
        (posts + 19) / 20);

    const FixtureThread thread = generateThread(posts, Seed);
    static const QRegularExpression sourced(QStringLiteral("^\\[QUOTE=\"[^\"]*, post: (\\d+),"));
    QHash<QString, QString> expected;
    for (const FixturePost &p : thread.posts) {
        const QRegularExpressionMatch m = sourced.match(p.bbcode);
        if (m.hasMatch())
            expected.insert(p.id, m.captured(1));
    }
    QSet<QString> ids;
    int wrongParents = 0;
    for (const QJsonValue &v : list) {
        const QJsonObject post = v.toObject();
        const QString id = post.value(QStringLiteral("id")).toString();
        ids.insert(id);
        const auto it = expected.constFind(id);
        if (it != expected.constEnd() && post.value(QStringLiteral("parent")).toString() != *it)
            ++wrongParents;
    }
    QCOMPARE(ids.size(), posts);
    QCOMPARE(wrongParents, 0);
}

void BenchSync::measure(int posts, int runs, Sample *sample)
{
    GeneratedServer server(posts, Seed, LatencyMs);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    sample->posts = posts;
    sample->pages = int(server.pageUrls().size());
    for (int run = 0; run < runs; ++run) {
        // Curl and export take turns, so that both see the machine in the same state.
        const double curl = runCurl(server.pageUrls());
        QVERIFY2(!qIsNaN(curl), "curl did not fetch every page");
        double peak = 0;
        const double exported = runExport(server.threadUrl(), posts, &peak);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!qIsNaN(exported), "the export failed");
        sample->curlSeconds.append(curl);
        sample->exportSeconds.append(exported);
        sample->peakMiB.append(peak);
        qInfo("%d posts, run %d: curl %.2f s, export %.2f s, peak %.0f MiB", posts, run + 1, curl, exported,
            peak);
        // Fewer runs rather than a CTest timeout: the figure's name says how many it took.
        const double elapsed = m_budget.elapsed() / 1000.0;
        if (run + 1 < runs && elapsed + (curl + exported) * 1.5 > 1500) {
            qInfo("stopping after %d runs: the next would not fit in the time allowed", run + 1);
            break;
        }
    }
}

void BenchSync::syncAgainstCurl()
{
    // The large size first: it matters most if time runs short.
    Sample large, small;
    measure(scaledPosts(10000), benchRuns(3), &large);
    if (QTest::currentTestFailed())
        return;
    measure(scaledPosts(1000), benchRuns(5), &small);
    if (QTest::currentTestFailed())
        return;

    auto runsLabel = [](const Sample &s) {
        const qsizetype n = s.exportSeconds.size();
        return n == 1 ? QStringLiteral("1 run") : QStringLiteral("median of %1 runs").arg(n);
    };
    const double ours = median(large.exportSeconds);
    const double floor = median(large.curlSeconds);
    m_report.add(BenchFigure {
        QStringLiteral("1. Sync %1 / %2 pages, 20 ms latency: export vs curl --parallel-max 4 (%3)")
            .arg(postsLabel(large.posts))
            .arg(large.pages)
            .arg(runsLabel(large)),
        ours, floor, ours / floor, QStringLiteral("≤ 1.2×"), QStringLiteral("s"), ours / floor <= 1.2,
        QStringLiteral("wall time of `threadkeeper export --format json --cache FRESH URL` against curl "
                       "fetching the same page URLs; a fresh cache each run")});

    const double perPostLarge = median(large.exportSeconds) / large.posts * 1000;
    const double perPostSmall = median(small.exportSeconds) / small.posts * 1000;
    m_report.add(BenchFigure {
        QStringLiteral("2. Linear: export time per post, %1 vs %2 (%3 / %4)")
            .arg(postsLabel(large.posts), postsLabel(small.posts), runsLabel(large), runsLabel(small)),
        perPostLarge, perPostSmall, perPostLarge / perPostSmall, QStringLiteral("≤ 1.3×"),
        QStringLiteral("ms/post"), perPostLarge / perPostSmall <= 1.3,
        QStringLiteral("export of %1: %2 s (curl %3 s); of %4: %5 s (curl %6 s)")
            .arg(postsLabel(small.posts))
            .arg(median(small.exportSeconds), 0, 'f', 2)
            .arg(median(small.curlSeconds), 0, 'f', 2)
            .arg(postsLabel(large.posts))
            .arg(ours, 0, 'f', 2)
            .arg(floor, 0, 'f', 2)});

    const double peak = median(large.peakMiB);
    m_report.add(BenchFigure {QStringLiteral("5a. Peak memory of the %1 export (%2)")
                                  .arg(postsLabel(large.posts), runsLabel(large)),
        peak, 200.0, peak / 200.0, QStringLiteral("≤ 200 MiB"), QStringLiteral("MiB"), peak <= 200.0,
        QStringLiteral("peak resident set (GNU time %M) of the whole export process")});
}

QTEST_GUILESS_MAIN(BenchSync)
#include "bench_sync.moc"
