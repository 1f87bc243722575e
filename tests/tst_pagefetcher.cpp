// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servers/fixtureserver.h"

#include "net/certificatetrust.h"
#include "net/networkfactory.h"
#include "net/pagefetcher.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestPageFetcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void parallelBoundedPerHost_data();
    void parallelBoundedPerHost();
    void failures_data();
    void failures();
    void redirectIsFollowed();
    void tooLargePageIsRefused();
    void sizeLimitIsTheReaders_data();
    void sizeLimitIsTheReaders();
    void tricklingPageEndsInTime();
    void retriesBusyServer();
    void retryAfterAsDate();
    void refusedAndServerErrors();
    void cancelReportsNothing();
    void qrcDirectoryMapsToIndex();
    void selfSignedIsRefusedUntilTrusted();

private:
    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<PageFetcher> m_fetcher;
};

void TestPageFetcher::init()
{
    m_fetcher.reset();
    m_nam.reset();
    m_server = std::make_unique<FixtureServer>();
    QVERIFY(m_server->start());
    m_nam.reset(createNetworkManager(nullptr));
    m_fetcher = std::make_unique<PageFetcher>(m_nam.get());
    m_fetcher->setRetryDelay(20);
}

void TestPageFetcher::parallelBoundedPerHost_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("pages");
    QTest::newRow("4 of 12") << 4 << 12;
    QTest::newRow("2 of 5") << 2 << 5;
    QTest::newRow("1 of 3") << 1 << 3;
}

void TestPageFetcher::parallelBoundedPerHost()
{
    QFETCH(int, limit);
    QFETCH(int, pages);
    m_fetcher->setMaxPerHost(limit);
    for (int i = 1; i <= pages; ++i)
        m_server->setPage(QStringLiteral("/p%1").arg(i), QByteArray("page ") + QByteArray::number(i), 150);
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::pageFinished);
    for (int i = 1; i <= pages; ++i)
        m_fetcher->fetch(m_server->url(QStringLiteral("/p%1").arg(i)), i);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), pages, 10000);
    QCOMPARE(m_server->maxConcurrent(), limit); // in parallel, and never more than the limit
    QSet<int> seen;
    for (const QList<QVariant> &args : finished) {
        const auto result = args.first().value<PageResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.body, QByteArray("page ") + QByteArray::number(result.page));
        seen.insert(result.page);
    }
    QCOMPARE(seen.size(), pages);
    QCOMPARE(m_fetcher->pendingCount(), 0);
}

void TestPageFetcher::failures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("hang");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("404") << 404 << false << "HTTP 404";
    QTest::newRow("410") << 410 << false << "HTTP 410";
    QTest::newRow("timeout") << 200 << true << "timed out";
}

void TestPageFetcher::failures()
{
    QFETCH(int, status);
    QFETCH(bool, hang);
    FixtureServer::Route route;
    route.status = status;
    route.hang = hang;
    route.body = "<html><body>gone</body></html>";
    m_server->setRoute(QStringLiteral("/bad"), route);
    m_server->setPage(QStringLiteral("/good"), "fine");
    m_fetcher->setTimeout(400);
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::pageFinished);
    m_fetcher->fetch(m_server->url(QStringLiteral("/bad")), 2);
    m_fetcher->fetch(m_server->url(QStringLiteral("/good")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    for (const QList<QVariant> &args : finished) {
        const auto result = args.first().value<PageResult>();
        if (result.page == 1) {
            QVERIFY(result.ok());
            QCOMPARE(result.body, QByteArray("fine"));
        } else {
            QFETCH(QString, errorContains);
            QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
            QVERIFY(result.body.isEmpty());
        }
    }
    // 4xx and timeouts are not retried.
    QCOMPARE(m_server->requestCount(QStringLiteral("/bad")), 1);
}

void TestPageFetcher::redirectIsFollowed()
{
    FixtureServer::Route redirect;
    redirect.status = 301;
    redirect.location = "/threads/a.1/page-2";
    m_server->setRoute(QStringLiteral("/threads/a.1/post-9"), redirect);
    m_server->setPage(QStringLiteral("/threads/a.1/page-2"), "second page");
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::pageFinished);
    m_fetcher->fetch(m_server->url(QStringLiteral("/threads/a.1/post-9")), 1);
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.first().first().value<PageResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.body, QByteArray("second page"));
    QCOMPARE(result.finalUrl.path(), QStringLiteral("/threads/a.1/page-2"));
}

void TestPageFetcher::tooLargePageIsRefused()
{
    // Hostile input is bounded before it is parsed.
    m_server->setPage(QStringLiteral("/huge"), QByteArray(PageFetcher::DefaultMaxPageBytes + 1, 'x'));
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::pageFinished);
    m_fetcher->fetch(m_server->url(QStringLiteral("/huge")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto result = finished.first().first().value<PageResult>();
    QVERIFY2(result.error.contains(QLatin1String("larger than")), qPrintable(result.error));
    QVERIFY(result.body.isEmpty());
}

void TestPageFetcher::sizeLimitIsTheReaders_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("deflate");
    QTest::addColumn<bool>("fits");
    const qint64 mb = 1024 * 1024;
    QTest::newRow("1 MB limit, a page just under it") << mb << mb - 1 << false << true;
    QTest::newRow("1 MB limit, a page just over it") << mb << mb + 1 << false << false;
    // Decompressed size counts: 3 MB of one letter is a few KB on the wire.
    QTest::newRow("1 MB limit, 3 MB deflated to a few KB") << mb << 3 * mb << true << false;
    QTest::newRow("64 MB limit, a 20 MB page") << 64 * mb << 20 * mb << false << true;
}

void TestPageFetcher::sizeLimitIsTheReaders()
{
    QFETCH(qint64, limit);
    QFETCH(qint64, size);
    QFETCH(bool, deflate);
    QFETCH(bool, fits);
    FixtureServer::Route route;
    route.body = QByteArray(size, 'x');
    route.deflate = deflate;
    m_server->setRoute(QStringLiteral("/sized"), route);
    m_fetcher->setMaxPageBytes(limit);
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::pageFinished);
    m_fetcher->fetch(m_server->url(QStringLiteral("/sized")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    const auto result = finished.first().first().value<PageResult>();
    if (fits) {
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.body.size(), size);
    } else {
        const qint64 mb = 1024 * 1024;
        QCOMPARE(result.error, QStringLiteral("the page is larger than %1 MB").arg(limit / mb));
        QVERIFY(result.body.isEmpty());
        QCOMPARE(m_server->requestCount(QStringLiteral("/sized")), 1); // not retried
    }
}

void TestPageFetcher::tricklingPageEndsInTime()
{
    // A byte every 50 ms never lets the 2 s timeout run out; the time limit ends it.
    FixtureServer::Route route;
    route.body = QByteArray(100000, 'x');
    route.trickleMs = 50;
    m_server->setRoute(QStringLiteral("/trickle"), route);
    m_fetcher->setTimeout(2000);
    m_fetcher->setMaxPageTime(1500);
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::pageFinished);
    QElapsedTimer timer;
    timer.start();
    m_fetcher->fetch(m_server->url(QStringLiteral("/trickle")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto result = finished.first().first().value<PageResult>();
    QCOMPARE(result.error, QStringLiteral("the page was still arriving after 1.5 s"));
    QVERIFY(result.body.isEmpty());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->requestCount(QStringLiteral("/trickle")), 1); // not retried
}

void TestPageFetcher::retriesBusyServer()
{
    FixtureServer::Route busy;
    busy.body = "at last";
    busy.failTimes = 2;
    m_server->setRoute(QStringLiteral("/busy"), busy);
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::pageFinished);
    m_fetcher->fetch(m_server->url(QStringLiteral("/busy")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const auto result = finished.first().first().value<PageResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.body, QByteArray("at last"));
    QCOMPARE(m_server->requestCount(QStringLiteral("/busy")), 3);
}

void TestPageFetcher::retryAfterAsDate()
{
    QCOMPARE(PageFetcher::retryAfterSeconds("120"), std::optional<int>(120));
    QCOMPARE(PageFetcher::retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT"), std::optional<int>(0)); // past
    QCOMPARE(PageFetcher::retryAfterSeconds("soon"), std::nullopt);
    // 429 asking for a wait until an HTTP date two seconds on: honoured, not hammered.
    const QDateTime due = QDateTime::currentDateTimeUtc().addSecs(2);
    FixtureServer::Route busy;
    busy.body = "at last";
    busy.failTimes = 1;
    busy.failStatus = 429;
    busy.retryAfter
        = QLocale::c().toString(due, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
    m_server->setRoute(QStringLiteral("/busy"), busy);
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::pageFinished);
    QElapsedTimer timer;
    timer.start();
    m_fetcher->fetch(m_server->url(QStringLiteral("/busy")), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QVERIFY2(finished.first().first().value<PageResult>().ok(), "the retry got the page");
    QCOMPARE(m_server->requestCount(QStringLiteral("/busy")), 2);
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed()))); // whole seconds
}

void TestPageFetcher::refusedAndServerErrors()
{
    // A port nobody listens on: refused at once, named as such, not retried forever.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    FixtureServer::Route broken;
    broken.status = 500;
    broken.body = "<html><body>Internal error</body></html>";
    m_server->setRoute(QStringLiteral("/broken"), broken);
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::pageFinished);
    m_fetcher->fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/threads/a.1/").arg(port)), 1);
    m_fetcher->fetch(m_server->url(QStringLiteral("/broken")), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    for (const QList<QVariant> &args : std::as_const(finished)) {
        const auto result = args.first().value<PageResult>();
        QVERIFY(!result.ok());
        if (result.page == 1)
            QVERIFY2(result.error.contains(QLatin1String("refused"), Qt::CaseInsensitive),
                qPrintable(result.error));
        else
            QVERIFY2(result.error.contains(QLatin1String("HTTP 500")), qPrintable(result.error));
    }
    // A server error is tried again, a bounded number of times.
    QCOMPARE(m_server->requestCount(QStringLiteral("/broken")), 3);
}

void TestPageFetcher::cancelReportsNothing()
{
    for (int i = 1; i <= 6; ++i)
        m_server->setPage(QStringLiteral("/slow%1").arg(i), "slow", 300);
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::pageFinished);
    for (int i = 1; i <= 6; ++i)
        m_fetcher->fetch(m_server->url(QStringLiteral("/slow%1").arg(i)), i);
    QTRY_VERIFY(m_server->requests().size() >= 4);
    m_fetcher->cancel();
    QCOMPARE(m_fetcher->pendingCount(), 0);
    QTest::qWait(600); // longer than the server's delay: a late answer would show up here
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_server->requests().size(), 4); // the two queued pages were never asked for
}

void TestPageFetcher::qrcDirectoryMapsToIndex()
{
    QSignalSpy finished(m_fetcher.get(), &PageFetcher::pageFinished);
    m_fetcher->fetch(QUrl(QStringLiteral("qrc:/threadkeeper/sql/")), 1);
    QTRY_COMPARE(finished.count(), 1);
    // There is no index.html among the migrations: the fetch fails cleanly instead of reading a directory.
    QVERIFY(!finished.first().first().value<PageResult>().ok());
}

void TestPageFetcher::selfSignedIsRefusedUntilTrusted()
{
    QTemporaryDir dir;
    const QString trustFile = dir.filePath(QStringLiteral("trust.ini"));
    FixtureServer tls;
    QVERIFY(tls.startTls(QStringLiteral("site")));
    tls.setPage(QStringLiteral("/t"), "over TLS");
    const QUrl url = tls.url(QStringLiteral("/t"));
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    const QString site = CertificateTrust::siteOf(url);

    auto fetchOnce = [&](QNetworkAccessManager *nam) {
        PageFetcher fetcher(nam);
        fetcher.setRetryDelay(20);
        QSignalSpy finished(&fetcher, &PageFetcher::pageFinished);
        fetcher.fetch(url, 1);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000); }();
        return finished.isEmpty() ? PageResult() : finished.first().first().value<PageResult>();
    };

    // Refused: a clear error naming the site and the fingerprint; no retry, no request.
    std::unique_ptr<QNetworkAccessManager> nam(createNetworkManager(nullptr));
    auto trust = std::make_unique<CertificateTrust>(trustFile);
    trust->attach(nam.get());
    PageResult refused = fetchOnce(nam.get());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(QLatin1String("not trusted")), qPrintable(refused.error));
    QVERIFY2(refused.error.contains(site), qPrintable(refused.error));
    QVERIFY2(
        refused.error.contains(QLatin1String("self-signed"), Qt::CaseInsensitive), qPrintable(refused.error));
    QVERIFY(refused.untrustedCertificate.has_value());
    QVERIFY2(refused.error.contains(CertificateTrust::fingerprint(*refused.untrustedCertificate)),
        qPrintable(refused.error));
    QCOMPARE(tls.requestCount(QStringLiteral("/t")), 0); // nothing was sent over it
    QVERIFY(refused.body.isEmpty());

    // Trusted for its site, on the same manager (as the window retries): it loads.
    trust->trust(site, *refused.untrustedCertificate);
    PageResult trusted = fetchOnce(nam.get());
    QVERIFY2(trusted.ok(), qPrintable(trusted.error));
    QCOMPARE(trusted.body, QByteArray("over TLS"));

    // Remembered: a new process (a new trust list and manager reading the same file).
    trust = std::make_unique<CertificateTrust>(trustFile);
    QCOMPARE(trust->sites(), QStringList {site});
    nam.reset(createNetworkManager(nullptr));
    trust->attach(nam.get());
    PageResult remembered = fetchOnce(nam.get());
    QVERIFY2(remembered.ok(), qPrintable(remembered.error));

    // Pinned, not "anything goes for this site": another certificate is refused again.
    QVERIFY(tls.startTls(QStringLiteral("other"), tls.port()));
    tls.setPage(QStringLiteral("/t"), "over TLS");
    nam.reset(createNetworkManager(nullptr));
    trust->attach(nam.get());
    PageResult changed = fetchOnce(nam.get());
    QVERIFY(!changed.ok());
    QVERIFY(changed.untrustedCertificate != refused.untrustedCertificate);
    QVERIFY2(changed.error.contains(CertificateTrust::fingerprint(*changed.untrustedCertificate)),
        qPrintable(changed.error));

    // Trust is per site: the first certificate on another port is not trusted there.
    FixtureServer elsewhere;
    QVERIFY(elsewhere.startTls(QStringLiteral("site")));
    QVERIFY(!trust->isTrusted(
        CertificateTrust::siteOf(elsewhere.url(QStringLiteral("/"))), *refused.untrustedCertificate));
    trust->forget(site);
    QVERIFY(CertificateTrust(trustFile).sites().isEmpty());
}

QTEST_GUILESS_MAIN(TestPageFetcher)
#include "tst_pagefetcher.moc"
