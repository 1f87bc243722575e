// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sites' request budgets: the window an engine states, the count a site's RateLimit
// headers give (in Reddit's, Mastodon's and Bluesky's forms), and fetchers over loopback
// keeping within both.
#include "servers/fixtureserver.h"

#include "net/hostbudgets.h"
#include "net/networkfactory.h"
#include "net/pagefetcher.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {
const QUrl Site(QStringLiteral("https://oauth.reddit.com/comments/x"));
constexpr qint64 Now = 1'800'000'000'000; // ms since the epoch, 2027
} // namespace

class TestHostBudgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void window();
    void resetMoment_data();
    void resetMoment();
    void remaining_data();
    void remaining();
    void fetchersKeepTheBudget();
    void fetchersWaitForTheReset();
};

void TestHostBudgets::window()
{
    QNetworkAccessManager network;
    HostBudgets *budgets = HostBudgets::of(&network);
    QCOMPARE(HostBudgets::of(&network), budgets); // one per manager
    QCOMPARE(budgets->waitMs(Site, Now), 0); // no budget: no wait
    budgets->setBudget(Site, RateBudget {3, 10});
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(budgets->waitMs(Site, Now + i * 1000), 0);
        budgets->noteStart(Site, Now + i * 1000);
    }
    // Three in ten seconds: the fourth when the first leaves the window.
    QCOMPARE(budgets->waitMs(Site, Now + 2500), 7500);
    QCOMPARE(budgets->waitMs(Site, Now + 10000), 0);
    budgets->noteStart(Site, Now + 10000);
    QCOMPARE(budgets->waitMs(Site, Now + 10000), 1000); // the second leaves at 11 s
    // Another host, or another port, has its own.
    QCOMPARE(budgets->waitMs(QUrl(QStringLiteral("https://www.reddit.com/")), Now + 10000), 0);
    QCOMPARE(budgets->waitMs(QUrl(QStringLiteral("https://oauth.reddit.com:8443/")), Now + 10000), 0);
    QCOMPARE(budgets->waitMs(QUrl(QStringLiteral("https://OAUTH.reddit.com/other")), Now + 10000), 1000);
}

void TestHostBudgets::resetMoment_data()
{
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<qint64>("moment");
    QTest::newRow("Reddit: seconds from now") << QByteArray("498") << Now + 498'000;
    QTest::newRow("seconds with a fraction") << QByteArray(" 1.5 ") << Now + 1500;
    QTest::newRow("Bluesky: epoch seconds") << QByteArray("1747676784") << qint64(1747676784) * 1000;
    QTest::newRow("Mastodon: ISO time")
        << QByteArray("2025-07-17T18:05:00.269179Z")
        << QDateTime(QDate(2025, 7, 17), QTime(18, 5, 0, 269), QTimeZone::UTC).toMSecsSinceEpoch();
    QTest::newRow("unreadable") << QByteArray("soon") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(0);
}

void TestHostBudgets::resetMoment()
{
    QFETCH(QByteArray, reset);
    QFETCH(qint64, moment);
    QCOMPARE(HostBudgets::resetMoment(reset, Now), moment);
}

void TestHostBudgets::remaining_data()
{
    QTest::addColumn<QByteArray>("remaining");
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<qint64>("wait");
    QTest::newRow("Reddit, some left") << QByteArray("996.0") << QByteArray("498") << qint64(0);
    QTest::newRow("Reddit, none left") << QByteArray("0.0") << QByteArray("42") << qint64(42'000);
    QTest::newRow("Bluesky, none left")
        << QByteArray("0") << QByteArray::number((Now + 30'000) / 1000) << qint64(30'000);
    QTest::newRow("none left, no reset: a minute") << QByteArray("0") << QByteArray() << qint64(60'000);
    QTest::newRow("a reset hours away: ten minutes at most")
        << QByteArray("0") << QByteArray("86400") << HostBudgets::MaxResetWaitMs;
    QTest::newRow("a reset already past") << QByteArray("0") << QByteArray("1000000000") << qint64(0);
    QTest::newRow("not a number: ignored") << QByteArray("many") << QByteArray("42") << qint64(0);
}

void TestHostBudgets::remaining()
{
    QFETCH(QByteArray, remaining);
    QFETCH(QByteArray, reset);
    QFETCH(qint64, wait);
    QNetworkAccessManager network;
    HostBudgets *budgets = HostBudgets::of(&network);
    budgets->noteRemaining(Site, remaining, reset, Now);
    QCOMPARE(budgets->waitMs(Site, Now), wait);
    // Some left again: no wait.
    budgets->noteRemaining(Site, "5", "10", Now);
    QCOMPARE(budgets->waitMs(Site, Now), 0);
}

void TestHostBudgets::fetchersKeepTheBudget()
{
    FixtureServer server;
    QVERIFY(server.start());
    for (int i = 0; i < 7; ++i)
        server.setPage(QStringLiteral("/p%1").arg(i), "<html>x</html>");
    QNetworkAccessManager *network = createNetworkManager(this);
    // Two fetchers of one manager (a load and a refresh) share the site's budget.
    PageFetcher a(network);
    PageFetcher b(network);
    HostBudgets::of(network)->setBudget(server.url(QStringLiteral("/")), RateBudget {3, 1});
    QSignalSpy doneA(&a, &PageFetcher::pageFinished);
    QSignalSpy doneB(&b, &PageFetcher::pageFinished);
    for (int i = 0; i < 7; ++i)
        (i % 2 ? b : a).fetch(server.url(QStringLiteral("/p%1").arg(i)), i);
    QTRY_COMPARE_WITH_TIMEOUT(doneA.count() + doneB.count(), 7, 10000);
    // Never more than three starts within any second.
    const QList<qint64> times = server.requestTimes();
    QCOMPARE(times.size(), 7);
    for (int i = 3; i < times.size(); ++i)
        QVERIFY2(times[i] - times[i - 3] >= 990,
            qPrintable(QStringLiteral("request %1 came %2 ms after %3")
                           .arg(i)
                           .arg(times[i] - times[i - 3])
                           .arg(i - 3)));
    delete network;
}

void TestHostBudgets::fetchersWaitForTheReset()
{
    FixtureServer server;
    QVERIFY(server.start());
    FixtureServer::Route spent;
    spent.contentType = "application/json";
    spent.body = "{}";
    // Reddit's headers, the last request of the window.
    spent.headers
        = {{"x-ratelimit-remaining", "0.0"}, {"x-ratelimit-used", "100"}, {"x-ratelimit-reset", "1"}};
    server.setRoute(QStringLiteral("/a"), spent);
    FixtureServer::Route fresh = spent;
    fresh.headers = {{"RateLimit-Remaining", "299"}, {"RateLimit-Reset", "300"}};
    server.setRoute(QStringLiteral("/b"), fresh);
    server.setRoute(QStringLiteral("/c"), fresh);
    QNetworkAccessManager *network = createNetworkManager(this);
    PageFetcher fetcher(network);
    fetcher.setMaxPerHost(1);
    QSignalSpy done(&fetcher, &PageFetcher::pageFinished);
    fetcher.fetch(server.url(QStringLiteral("/a")), 1);
    fetcher.fetch(server.url(QStringLiteral("/b")), 2);
    fetcher.fetch(server.url(QStringLiteral("/c")), 3);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 3, 10000);
    const QList<qint64> times = server.requestTimes();
    QCOMPARE(times.size(), 3);
    QVERIFY2(
        times[1] - times[0] >= 900, qPrintable(QString::number(times[1] - times[0]))); // waited for the reset
    QVERIFY2(times[2] - times[1] < 900, qPrintable(QString::number(times[2] - times[1]))); // then went on
    delete network;
}

QTEST_GUILESS_MAIN(TestHostBudgets)
#include "tst_hostbudgets.moc"
