// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: reading a 10,000-item RSS feed (generated at run time, WordPress's shape),
// FeedSource against Python's feedparser on the same file in the same run. Reports the
// median time of each and their ratio. Label "bench": not part of the default test run.
#include "benchreport.h"
#include "servers/feedgenerator.h"

#include "feeds/feedsource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class BenchFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readAgainstFeedparser();
};

void BenchFeed::readAgainstFeedparser()
{
    constexpr int Items = 10000;
    const int runs = benchRuns(5);
    const QByteArray feed = generatedRss(Items);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("feed-10000.xml"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(feed);
    }

    const FeedSource source;
    const QUrl url(QStringLiteral("https://news.example.org/feed/"));
    const ListingRequest request = source.firstRequests(url, 1).constFirst();
    QList<double> times;
    ListingAnswer answer;
    for (int run = 0; run < runs; ++run) {
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QElapsedTimer timer;
        timer.start();
        answer = source.readAnswer(request, in.readAll(), url, 1);
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
    QCOMPARE(answer.page.items.size(), Items);
    const double ours = median(times);
    qInfo("feed: %d items, %.2f MB", Items, feed.size() / 1e6);
    qInfo("OURS Threadkeeper FeedSource (KF6 Syndication): %.1f ms (median of %d)", ours, runs);

    QProcess peer;
    peer.start(QStringLiteral("python3"),
        {QStringLiteral(THREADKEEPER_SOURCE_DIR "/tests/bench/peer_feedparser.py"), file,
            QString::number(runs)});
    if (!peer.waitForFinished(600000) || peer.exitCode() != 0)
        QSKIP("python3 peer could not run");
    const QByteArray line = peer.readAllStandardOutput().trimmed();
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() < 4 || parts[0] != "PEER" || parts[2] == "unavailable")
        QSKIP(qPrintable(
            QStringLiteral("feedparser unavailable (python3-feedparser): %1").arg(QString::fromUtf8(line))));
    const double theirs = parts[2].toDouble();
    // Same file, same items found, the first read alike.
    QCOMPARE(parts[3].toInt(), Items);
    const QByteArray rest = line.mid(line.indexOf(parts[3]) + parts[3].size() + 1);
    QCOMPARE(QString::fromUtf8(rest),
        answer.page.items[0].title + QStringLiteral(" | ")
            + QString::number(answer.page.items[0].comments.value_or(-1)));
    qInfo("PEER Python feedparser: %.1f ms; Threadkeeper takes %.2fx its time (%.1fx faster)", theirs,
        ours / theirs, theirs / ours);
    BenchReport report(QStringLiteral("bench_feed"));
    report.add(BenchFigure {
        QStringLiteral(
            "Feed: read a 10,000-item RSS feed (%1 MB): FeedSource vs Python feedparser (median of %2)")
            .arg(feed.size() / 1e6, 0, 'f', 1)
            .arg(runs),
        ours, theirs, ours / theirs, QStringLiteral("≤ 1×"), QStringLiteral("ms"), ours / theirs <= 1.0,
        QStringLiteral("time to read every item (title, link, date, author, summary, content, comment count, "
                       "comment feed, discussion) from the bytes of the same file; the same items found")});
}

QTEST_GUILESS_MAIN(BenchFeed)
#include "bench_feed.moc"
