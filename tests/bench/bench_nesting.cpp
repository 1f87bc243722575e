// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the time to read a XenForo page grows with its size, not its shape. A 10 MB
// page of ordinary posts against the seed's page 2 with one post nested 200,000 deep
// (3.4 MB of markup), in milliseconds per MB of page; their ratio should stay near 1.
// Label "bench"; run alone with `ctest -R bench_nesting`.
#include "benchreport.h"
#include "servers/hostilemarkup.h"
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "engines/xenforo/xenforoengine.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class BenchNesting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseTimePerMegabyte();
};

namespace {

// The median seconds of `runs` reads of the page; `posts` is what each read found.
double secondsToParse(const QByteArray &page, int runs, int *posts)
{
    const XenForoEngine engine;
    QList<double> seconds;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        *posts = int(engine.parsePage(page, QUrl()).posts.size());
        seconds.append(timer.nsecsElapsed() / 1e9);
    }
    return median(seconds);
}

} // namespace

void BenchNesting::parseTimePerMegabyte()
{
    const FixtureThread seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    QVERIFY(seed.posts.size() > 12);

    // Ordinary posts: the seed's, again and again, on one page of about 10 MB.
    FixtureThread ordinary = seed;
    ordinary.posts.clear();
    for (int i = 0; ordinary.posts.size() < 4000; ++i) {
        FixturePost p = seed.posts[i % seed.posts.size()];
        p.id = QString::number(5000000 + i);
        p.number = i + 1;
        ordinary.posts.append(p);
    }
    ordinary.perPage = int(ordinary.posts.size());
    QByteArray plain = xenforoPage(ordinary, 1);
    // Cut to whole posts near 10 MB: the page's end stays as XenForo writes it.
    while (plain.size() > 10'500'000) {
        ordinary.posts.resize(ordinary.posts.size() * 10'000'000 / plain.size());
        ordinary.perPage = int(ordinary.posts.size());
        plain = xenforoPage(ordinary, 1);
    }
    QVERIFY2(plain.size() > 8'000'000, QByteArray::number(plain.size()).constData());

    // The seed's page 2, its second post nested 200,000 deep.
    FixtureThread deep = seed;
    const QByteArray marker = "NESTEDPOSTMARKER";
    deep.posts[seed.perPage + 1].bbcode = QString::fromLatin1(marker);
    QByteArray nested = xenforoPage(deep, 2);
    QVERIFY(nested.contains(marker));
    nested.replace(marker, nestedMarkup(200000));

    const int runs = benchRuns(3);
    int plainPosts = 0;
    int nestedPosts = 0;
    const double plainSeconds = secondsToParse(plain, runs, &plainPosts);
    const double nestedSeconds = secondsToParse(nested, runs, &nestedPosts);
    // Every post read, the nested one among them.
    QCOMPARE(plainPosts, int(ordinary.posts.size()));
    QCOMPARE(nestedPosts, seed.perPage);

    const double plainMB = plain.size() / 1e6;
    const double nestedMB = nested.size() / 1e6;
    const double plainMsPerMB = plainSeconds * 1000 / plainMB;
    const double nestedMsPerMB = nestedSeconds * 1000 / nestedMB;
    qInfo(
        "ordinary: %.2f MB, %d posts, %.3f s (%.1f ms/MB); nested: %.2f MB, %.3f s (%.1f ms/MB); ratio %.2f",
        plainMB, plainPosts, plainSeconds, plainMsPerMB, nestedMB, nestedSeconds, nestedMsPerMB,
        nestedMsPerMB / plainMsPerMB);

    BenchReport report(QStringLiteral("bench_nesting"));
    const QString note = QStringLiteral(
        "XenForoEngine::parsePage (nesting cut, MyHTML, posts read into blocks), median of %1 runs")
                             .arg(runs);
    report.add(BenchFigure {
        QStringLiteral("7c. Parse a %1 MB page of %2 ordinary posts").arg(plainMB, 0, 'f', 1).arg(plainPosts),
        plainSeconds, 1.0, plainSeconds, QStringLiteral("≤ 1 s"), QStringLiteral("s"), plainSeconds <= 1.0,
        note});
    report.add(BenchFigure {
        QStringLiteral("7d. Parse a %1 MB page, one post nested 200,000 deep").arg(nestedMB, 0, 'f', 1),
        nestedSeconds, 2.0, nestedSeconds, QStringLiteral("≤ 2 s"), QStringLiteral("s"), nestedSeconds <= 2.0,
        note});
    const double ratio = nestedMsPerMB / plainMsPerMB;
    report.add(
        BenchFigure {QStringLiteral("7e. Parse time per MB: nested page vs ordinary posts"), nestedMsPerMB,
            plainMsPerMB, ratio, QStringLiteral("≤ 1.5×"), QStringLiteral("ms/MB"), ratio <= 1.5, note});
}

QTEST_GUILESS_MAIN(BenchNesting)
#include "bench_nesting.moc"
