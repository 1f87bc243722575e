// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: extracting posts from XenForo pages, our engine against the scraper a
// user would write instead (Python with lxml, and with BeautifulSoup), side by side in
// the same run on the same pages. Prints MB/s and the ratio. Label "bench": not part
// of the default test run; `packaging/dev exec -- ctest --preset bench`.
#include "benchreport.h"
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "engines/xenforo/xenforoengine.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class BenchParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extractPostsAgainstPeers();
};

void BenchParse::extractPostsAgainstPeers()
{
    // Real XenForo pages, and the seed thread's three generated pages.
    QStringList files;
    for (const char *f : {"real-pages/xenforo2/macrumors-se-or-11-2231616.html",
             "real-pages/xenforo2/xf-community-dark-theme-8276.html"})
        files.append(sharedPath(QString::fromLatin1(f)));
    QTemporaryDir dir;
    const FixtureThread seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    for (int page = 1; page <= seed.pageCount(); ++page) {
        const QString file = dir.filePath(QStringLiteral("seed-%1.html").arg(page));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(xenforoPage(seed, page));
        files.append(file);
    }
    QList<QByteArray> pages;
    qint64 bytes = 0;
    for (const QString &f : std::as_const(files)) {
        pages.append(readFile(f));
        QVERIFY(!pages.last().isEmpty());
        bytes += pages.last().size();
    }

    const int rounds = 40;
    const XenForoEngine engine;
    int posts = 0;
    QList<double> speeds; // MB/s of each run; the median is reported
    for (int run = 0; run < 3; ++run) {
        posts = 0;
        QElapsedTimer timer;
        timer.start();
        for (int r = 0; r < rounds; ++r) {
            for (const QByteArray &page : std::as_const(pages))
                posts += int(engine.parsePage(page, QUrl()).posts.size());
        }
        speeds.append(double(bytes) * rounds / (double(timer.nsecsElapsed()) / 1e9) / 1e6);
    }
    const double ours = median(speeds);
    qInfo("pages: %d files, %.2f MB, %d posts per round", int(pages.size()), bytes / 1e6, posts / rounds);
    qInfo("OURS Threadkeeper XenForoEngine (MyHTML): %.1f MB/s", ours);

    QProcess peer;
    peer.start(QStringLiteral("python3"),
        QStringList {
            QStringLiteral(THREADKEEPER_SOURCE_DIR "/tests/bench/peer_scraper.py"), QString::number(rounds)}
            + files);
    if (!peer.waitForFinished(600000) || peer.exitCode() != 0)
        QSKIP("python3 peer could not run");
    BenchReport report(QStringLiteral("bench_parse"));
    for (const QByteArray &line : peer.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 4 || parts[0] != "PEER")
            continue;
        const double theirs = parts[2].toDouble();
        qInfo("PEER %s: %.1f MB/s, %d posts per round; Threadkeeper is %.1fx faster", parts[1].constData(),
            theirs, parts[3].toInt(), ours / theirs);
        // Same pages, same posts found.
        QCOMPARE(parts[3].toInt(), posts / rounds);
        const QString name = QString::fromUtf8(parts[1]);
        const bool lxml = name.startsWith(QLatin1String("lxml"));
        const double goal = lxml ? 4 : 30;
        report.add(
            BenchFigure {QStringLiteral("7%1. Parse %2 pages: XenForoEngine vs Python %3 (ours median of 3)")
                             .arg(lxml ? QLatin1Char('a') : QLatin1Char('b'))
                             .arg(pages.size())
                             .arg(name),
                ours, theirs, ours / theirs, QStringLiteral("≥ %1×").arg(goal), QStringLiteral("MB/s"),
                ours / theirs >= goal,
                QStringLiteral(
                    "posts extracted (id, author, date, number, own text, quotes) per second of parsing, "
                    "in MB of HTML; the same pages, the same posts found")});
    }
}

QTEST_GUILESS_MAIN(BenchParse)
#include "bench_parse.moc"
