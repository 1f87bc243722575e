// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hundreds of subscriptions refreshed against servers that answer "not modified": the
// reader's refresh (`threadkeeper subscriptions refresh`, a process start included) against
// curl sending the same conditional requests, side by side in the same run. The feeds live
// on 20 loopback hosts (tests/bench/feedfarm.py), each answer 20 ms late.
#include "benchreport.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class BenchSubscriptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refreshAgainstCurl();
    void cleanupTestCase();

private:
    QList<double> stats(); // requests, conditional, not modified since the last call
    int run(const QStringList &args, QString *output = nullptr);
    double runCurl(const QHash<QString, QByteArray> &etags);

    QTemporaryDir m_dir;
    QProcess m_farm;
    QList<QUrl> m_feeds;
    QUrl m_stats;
    BenchReport m_report {QStringLiteral("bench_subscriptions")};
    static constexpr int Hosts = 20;
    static constexpr int FeedsPerHost = 10;
};

void BenchSubscriptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed: no transfer floor to compare with");
    m_farm.start(QStringLiteral("python3"),
        {sourcePath(QStringLiteral("tests/bench/feedfarm.py")), QStringLiteral("--hosts"), QString::number(Hosts),
            QStringLiteral("--feeds"), QString::number(FeedsPerHost), QStringLiteral("--latency"), QStringLiteral("20")});
    QVERIFY(m_farm.waitForStarted());
    QByteArray line;
    while (line != "ready") {
        if (!m_farm.canReadLine())
            QVERIFY2(m_farm.waitForReadyRead(20000), "the feed farm did not start");
        if (!m_farm.canReadLine())
            continue;
        line = m_farm.readLine().trimmed();
        if (line.startsWith("http://"))
            m_feeds.append(QUrl(QString::fromLatin1(line)));
        else if (line.startsWith("stats "))
            m_stats = QUrl(QString::fromLatin1(line.mid(6)));
    }
    QCOMPARE(m_feeds.size(), Hosts * FeedsPerHost);
}

void BenchSubscriptions::cleanupTestCase()
{
    m_farm.closeWriteChannel();
    if (!m_farm.waitForFinished(5000))
        m_farm.kill();
}

QList<double> BenchSubscriptions::stats()
{
    QProcess curl;
    curl.start(QStringLiteral("curl"), {QStringLiteral("--silent"), m_stats.toString() + QStringLiteral("/reset")});
    curl.waitForFinished();
    QList<double> values;
    for (const QByteArray &v : curl.readAllStandardOutput().trimmed().split(' '))
        values.append(v.toDouble());
    return values;
}

int BenchSubscriptions::run(const QStringList &args, QString *output)
{
    QProcess process;
    process.start(QStringLiteral(THREADKEEPER_BINARY), args);
    if (!process.waitForFinished(600000))
        return -1;
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    if (process.exitCode() != 0)
        qWarning("threadkeeper %s: exit %d: %s", qPrintable(args.value(0)), process.exitCode(),
            process.readAllStandardError().constData());
    return process.exitCode();
}

double BenchSubscriptions::runCurl(const QHash<QString, QByteArray> &etags)
{
    // The same requests: each feed with the ETag its first answer gave, as many in flight
    // as the reader allows (4 per host).
    // --parallel and --parallel-max are global; each transfer's own header after --next.
    QStringList args {QStringLiteral("--parallel"), QStringLiteral("--parallel-immediate"), QStringLiteral("--parallel-max"),
        QString::number(4 * Hosts)};
    for (const QUrl &url : std::as_const(m_feeds)) {
        if (url != m_feeds.first())
            args << QStringLiteral("--next");
        args << QStringLiteral("--silent") << QStringLiteral("--write-out") << QStringLiteral("%{http_code}\\n")
             << QStringLiteral("--header")
             << QStringLiteral("If-None-Match: ") + QString::fromLatin1(etags.value(url.toString()))
             << url.toString() << QStringLiteral("--output") << QStringLiteral("/dev/null");
    }
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(QStringLiteral("curl"), args);
    if (!curl.waitForFinished(600000))
        return qQNaN();
    const double seconds = timer.nsecsElapsed() / 1e9;
    const int notModified = int(curl.readAllStandardOutput().count("304"));
    if (notModified != m_feeds.size()) {
        qWarning("curl: %d of %d answered 304", notModified, int(m_feeds.size()));
        return qQNaN();
    }
    return seconds;
}

void BenchSubscriptions::refreshAgainstCurl()
{
    const QString cache = m_dir.filePath(QStringLiteral("subs.sqlite"));
    QString opml = QStringLiteral("<?xml version=\"1.0\"?><opml version=\"2.0\"><body>");
    for (const QUrl &url : std::as_const(m_feeds))
        opml += QStringLiteral("<outline text=\"f\" type=\"rss\" xmlUrl=\"%1\"/>").arg(url.toString());
    opml += QStringLiteral("</body></opml>");
    QFile file(m_dir.filePath(QStringLiteral("farm.opml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(opml.toUtf8());
    file.close();
    QElapsedTimer importTimer;
    importTimer.start();
    QCOMPARE(run({QStringLiteral("subscriptions"), QStringLiteral("import"), file.fileName(), QStringLiteral("--cache"), cache}), 0);
    const double importSeconds = importTimer.nsecsElapsed() / 1e9;
    QString listed;
    QCOMPARE(run({QStringLiteral("subscriptions"), QStringLiteral("list"), QStringLiteral("--cache"), cache}, &listed), 0);
    QCOMPARE(listed.count(QLatin1Char('\n')), int(m_feeds.size()));
    QVERIFY2(listed.count(QStringLiteral("\t20/20\t")) == m_feeds.size(), qPrintable(listed.left(400)));

    // The ETags, as the farm gives them, for curl's conditional requests.
    QHash<QString, QByteArray> etags;
    for (const QUrl &url : std::as_const(m_feeds)) {
        QProcess head;
        head.start(QStringLiteral("curl"), {QStringLiteral("--silent"), QStringLiteral("--dump-header"), QStringLiteral("-"),
                                               QStringLiteral("--output"), QStringLiteral("/dev/null"), url.toString()});
        head.waitForFinished();
        for (const QByteArray &line : head.readAllStandardOutput().split('\n')) {
            if (line.toLower().startsWith("etag:"))
                etags.insert(url.toString(), line.mid(5).trimmed());
        }
    }
    stats();

    QList<double> ours, floor;
    const int runs = benchRuns(5);
    for (int i = 0; i < runs; ++i) {
        const double curl = runCurl(etags);
        QVERIFY2(!qIsNaN(curl), "curl did not get 304 for every feed");
        floor.append(curl);
        stats();
        QElapsedTimer timer;
        timer.start();
        QString out;
        QCOMPARE(run({QStringLiteral("subscriptions"), QStringLiteral("refresh"), QStringLiteral("--cache"), cache}, &out), 0);
        ours.append(timer.nsecsElapsed() / 1e9);
        // What the farm saw: one conditional request a feed, each answered 304, nothing new.
        const QList<double> seen = stats();
        QCOMPARE(seen.value(0), double(m_feeds.size()));
        QCOMPARE(seen.value(1), double(m_feeds.size()));
        QCOMPARE(seen.value(2), double(m_feeds.size()));
        QCOMPARE(out.count(QStringLiteral("\t0 new\t")), int(m_feeds.size()));
        qInfo("run %d: curl %.3f s, refresh %.3f s", i + 1, curl, ours.last());
    }
    const double o = median(ours), f = median(floor);
    m_report.add(BenchFigure {
        QStringLiteral("S1. Refresh %1 subscriptions on %2 hosts, all 304, 20 ms latency (median of %3)")
            .arg(m_feeds.size())
            .arg(Hosts)
            .arg(runs),
        o, f, o / f, QStringLiteral("≤ 1.5×"), QStringLiteral("s"), o / f <= 1.5,
        QStringLiteral("`threadkeeper subscriptions refresh` (process start, cache open, every conditional "
                       "request, the writes) against curl sending the same If-None-Match requests, "
                       "--parallel-max %1; first import of the OPML took %2 s")
            .arg(4 * Hosts)
            .arg(importSeconds, 0, 'f', 2)});
}

QTEST_GUILESS_MAIN(BenchSubscriptions)
#include "bench_subscriptions.moc"
