// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sequence that once crashed the window (issue 22), offscreen and over loopback: a
// thread open, then an address whose port refuses connections, then at once a real thread
// of several pages, round after round with random pauses (0–50 ms) between the steps. Each
// round must end on the right thread, whole, with no error left. Runs in the dev, ASan and
// TSan builds (label "threaded") and under valgrind (a few rounds).
//   THREADKEEPER_STRESS_SEED=N    replays a run (the seed is printed at the start)
//   THREADKEEPER_STRESS_ROUNDS=N  rounds a row (10)
#include "readerwindow.h"
#include "servers/fixtureserver.h"
#include "servers/threadgenerator.h"
#include "servers/xenforofixture.h"

#include "models/threadtreemodel.h"
#include "services/demo.h"
#include "services/threadloader.h"
#include "services/threadsession.h"

#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

// How the refused address is reached: each kind takes another path through the loader.
enum class Refused
{
    Thread, // a thread's address: the engine's first request fails
    Page, // an address no engine knows: the cache is asked, then the page is probed
    PostLink, // a forum-wide post link: its redirect is asked for
};

FixtureThread servedThread(int posts, quint32 seed, int id)
{
    FixtureThread t = generateThread(posts, seed);
    t.title = QStringLiteral("Stress thread %1").arg(id);
    t.path = QStringLiteral("/threads/stress-thread.%1/").arg(id);
    t.perPage = 10;
    return t;
}

// A loopback port nothing listens on: connections to it are refused at once.
quint16 refusingPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestOpenStress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void failedOpenThenOpen_data();
    void failedOpenThenOpen();

private:
    // No pause at all (the next step runs before any answer can arrive) up to 50 ms.
    void pause()
    {
        if (const int ms = int(m_random.bounded(51)); ms > 0)
            QTest::qWait(ms);
    }

    QRandomGenerator m_random;
    int m_rounds = 10;
};

void TestOpenStress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    bool ok = false;
    quint32 seed = qEnvironmentVariable("THREADKEEPER_STRESS_SEED").toUInt(&ok);
    if (!ok)
        seed = QRandomGenerator::global()->generate();
    m_random.seed(seed);
    qInfo("seed %u (THREADKEEPER_STRESS_SEED=%u replays this run)", seed, seed);
    if (const int rounds = qEnvironmentVariableIntValue("THREADKEEPER_STRESS_ROUNDS"); rounds > 0)
        m_rounds = rounds;
}

void TestOpenStress::failedOpenThenOpen_data()
{
    QTest::addColumn<Refused>("refused");
    QTest::newRow("thread address") << Refused::Thread;
    QTest::newRow("page address (probed)") << Refused::Page;
    QTest::newRow("post link") << Refused::PostLink;
}

void TestOpenStress::failedOpenThenOpen()
{
    QFETCH(Refused, refused);
    FixtureServer server;
    QVERIFY(server.start());
    // Two real threads of several pages, shown in turn: each round opens the other one.
    const QList<FixtureThread> threads {servedThread(45, 1, 501), servedThread(32, 2, 502)};
    for (const FixtureThread &t : threads) {
        for (int page = 1; page <= t.pageCount(); ++page)
            server.setPage(t.pagePath(page), xenforoPage(t, page));
    }
    const quint16 port = refusingPort();
    QVERIFY(port > 0);
    const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const QUrl refusedUrl(dead
        + (refused == Refused::Thread          ? QStringLiteral("/threads/gone.77/")
                : refused == Refused::PostLink ? QStringLiteral("/posts/77/")
                                               : QStringLiteral("/some/page.html")));

    ReaderWindow w;
    int refusedFirst = 0;
    for (int round = 0; round < m_rounds; ++round) {
        const FixtureThread &target = threads[round % 2];
        // First any thread: the demo, or the other served one.
        const QUrl first = m_random.bounded(2) ? demoThreadUrl() : server.url(threads[(round + 1) % 2].path);
        QVERIFY(w.window->openThread(first));
        pause();
        // Then as typed into Open (Ctrl+O): the refused address, and the real thread.
        QVERIFY(w.window->openTypedThread(refusedUrl.toString()));
        pause();
        if (!w.window->errorText().isEmpty())
            ++refusedFirst; // the refusal arrived before the next open
        QVERIFY(w.window->openTypedThread(server.url(target.path).toString()));
        const QString where = QStringLiteral("round %1 of %2").arg(round + 1).arg(m_rounds);
        QTRY_VERIFY2_WITH_TIMEOUT(!w.services.loader->isLoading(), qPrintable(where), 30000);
        QCOMPARE(w.services.session->info().title, target.title);
        QVERIFY2(w.services.model->postCount() == target.posts.size(),
            qPrintable(QStringLiteral("%1: %2 posts of %3")
                           .arg(where)
                           .arg(w.services.model->postCount())
                           .arg(target.posts.size())));
        QVERIFY2(w.window->errorText().isEmpty(),
            qPrintable(where + QStringLiteral(": ") + w.window->errorText()));
        QVERIFY(w.window->windowTitle().startsWith(target.title));
    }
    // Which way the rounds went (the pauses decide): cut short, or refused and shown.
    qInfo("%d of %d rounds saw the refusal before the next open", refusedFirst, m_rounds);
}

QTEST_MAIN(TestOpenStress)
#include "tst_openstress.moc"
