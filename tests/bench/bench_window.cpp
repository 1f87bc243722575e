// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: the reader's window with long generated threads, offscreen. How soon a
// cached thread shows its first rows and its whole tree; how soon the real binary
// shows a usable window on a 100,000-post cache; and the longest the GUI thread stalls
// while the window syncs a 10,000-post thread over loopback (20 ms per answer). Limits,
// not peers: each figure is held to its goal. Label "bench".
#include "benchreport.h"
#include "generatedcache.h"
#include "generatedserver.h"

#include "window/mainwindow.h"

#include "engines/forumengine.h"
#include "models/threadtreemodel.h"
#include "services/readerservices.h"
#include "services/threadsession.h"
#include "store/cachestore.h"

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {
constexpr quint32 Seed = 9;
constexpr int LatencyMs = 20;
constexpr int TickMs = 5; // the GUI-thread timer whose lateness is the stall

// A timer due every few milliseconds on the GUI thread: how late it fires is how long the
// window could not answer the reader.
class StallMeter
{
public:
    explicit StallMeter(QObject *context)
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(TickMs);
        QObject::connect(&m_ticker, &QTimer::timeout, context, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps.append(now - m_last);
            m_last = now;
            if (m_gaps.size() > 64) { // keep the longest only
                std::sort(m_gaps.begin(), m_gaps.end(), std::greater<>());
                m_gaps.resize(16);
            }
        });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_ticker.start();
    }
    // The longest lateness since start(), in ms; the longest few gaps go into *longest.
    double stop(QString *longest = nullptr)
    {
        m_ticker.stop();
        std::sort(m_gaps.begin(), m_gaps.end(), std::greater<>());
        if (longest) {
            QStringList few;
            for (qsizetype i = 0; i < std::min<qsizetype>(5, m_gaps.size()); ++i)
                few.append(QString::number(m_gaps[i] / 1e6, 'f', 0));
            *longest = few.join(QStringLiteral(", "));
        }
        return m_gaps.isEmpty() ? qQNaN() : std::max(0.0, m_gaps.first() / 1e6 - TickMs);
    }
    double elapsedSeconds() const { return m_clock.nsecsElapsed() / 1e9; }

private:
    QTimer m_ticker;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<qint64> m_gaps;
};

// The longest GUI-thread stall an action causes: from just before it until settleMs after.
double stallOf(QObject *context, const std::function<void()> &action, int settleMs = 300)
{
    StallMeter meter(context);
    QTest::qWait(50); // what came before has settled
    meter.start();
    QTest::qWait(2 * TickMs);
    action();
    QTest::qWait(settleMs);
    return meter.stop();
}
} // namespace

class BenchWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void openCachedThread();
    void startToUsableWindow();
    void stallWhileSyncing();
    void actionsOnTheOpenThread();

private:
    struct OpenTimes
    {
        double firstRowsMs = qQNaN();
        double completeMs = qQNaN();
        double ruleMs = qQNaN(); // hiding the busiest poster, replies moving up
    };
    void openOnce(const GeneratedCache &cache, OpenTimes *times);
    void startOnce(const GeneratedCache &cache, double *ms);
    struct SyncTimes
    {
        double stallMs = qQNaN();
        double syncSeconds = qQNaN();
    };
    void syncOnce(const GeneratedServer &server, int posts, int run, SyncTimes *times);
    // Whether another run of this length still fits in CTest's time.
    bool anotherRunFits(double runSeconds) const;
    static QString runsLabel(qsizetype runs)
    {
        return runs == 1 ? QStringLiteral("1 run") : QStringLiteral("median of %1 runs").arg(runs);
    }

    QTemporaryDir m_dir;
    KSyntaxHighlighting::Repository m_syntax; // the application's one, as main owns it
    BenchReport m_report {QStringLiteral("bench_window")};
    GeneratedCache m_cache10k;
    GeneratedCache m_cache100k;
    QElapsedTimer m_budget;
};

void BenchWindow::initTestCase()
{
    m_budget.start();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ThreadkeeperBench"));
    QSettings().clear(); // a first start: no window size or palette left from the last run
    QString error;
    m_cache10k = generatedCache(scaledPosts(10000), Seed, &error);
    QVERIFY2(!m_cache10k.path.isEmpty(), qPrintable(error));
    m_cache100k = generatedCache(scaledPosts(100000), Seed, &error);
    QVERIFY2(!m_cache100k.path.isEmpty(), qPrintable(error));
}

bool BenchWindow::anotherRunFits(double runSeconds) const
{
    return m_budget.elapsed() / 1000.0 + runSeconds * 1.5 < 1500;
}

// Shows the window and waits until it has settled: the store open, the rules and the
// recent threads read, so that what is timed next is the thread alone.
// A window on its own cache, made as main makes it: the services' owner outlives the window.
struct BenchWindowOn
{
    BenchWindowOn(const QString &cachePath, KSyntaxHighlighting::Repository *syntax)
        : services(createReaderServices(cachePath, &root))
        , window(services, syntax)
    { }
    QObject root;
    const ReaderServices services;
    MainWindow window;
};

static void showSettled(MainWindow &window, const ReaderServices &services)
{
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy synced(services.store, &CacheStore::synced);
    services.store->sync();
    QVERIFY(synced.wait(60000));
}

void BenchWindow::openOnce(const GeneratedCache &cache, OpenTimes *times)
{
    BenchWindowOn on(cache.path, &m_syntax);
    const ReaderServices &services = on.services;
    MainWindow &window = on.window;
    window.setOffline(true);
    showSettled(window, services);
    if (QTest::currentTestFailed())
        return;

    ThreadTreeModel *model = services.model;
    QElapsedTimer timer;
    double finishedMs = qQNaN();
    double allRowsMs = qQNaN();
    connect(model, &QAbstractItemModel::rowsInserted, &window, [&] {
        const double now = timer.nsecsElapsed() / 1e6;
        if (qIsNaN(times->firstRowsMs))
            times->firstRowsMs = now;
        if (qIsNaN(allRowsMs) && model->postCount() == cache.posts)
            allRowsMs = now;
    });
    connect(&window, &MainWindow::loadFinished, &window, [&] { finishedMs = timer.nsecsElapsed() / 1e6; });
    timer.start();
    QVERIFY(window.openThread(cache.threadUrl));
    QTRY_VERIFY_WITH_TIMEOUT(!qIsNaN(finishedMs), 1800 * 1000);
    // What it measured is the whole thread, in the tree.
    QCOMPARE(model->postCount(), cache.posts);
    QVERIFY(model->rowCount() > 0);
    // Complete: every post in the model and the loader done, whichever comes last.
    times->completeMs = std::max(allRowsMs, finishedMs);

    // A rule change on the open thread, as H does it: every post scored again, the
    // busiest poster's posts leave the tree and their replies move up.
    QHash<QString, int> postsBy;
    for (const Post *p : services.session->tree().posts())
        ++postsBy[p->author];
    const QString busiest = std::max_element(postsBy.cbegin(), postsBy.cend()).key();
    Rule hide;
    hide.site = siteOfThread(cache.threadUrl.toString());
    hide.pattern = busiest;
    hide.score = -100;
    window.setHideMode(HideMode::Remove);
    QElapsedTimer ruleTimer;
    ruleTimer.start();
    services.session->setRules({hide});
    QCoreApplication::processEvents(); // and what it queued for the window
    times->ruleMs = ruleTimer.nsecsElapsed() / 1e6;
    QCOMPARE(model->postCount(), cache.posts - postsBy.value(busiest));
    services.session->setRules({});
    window.setHideMode(HideMode::Placeholder);
}

void BenchWindow::openCachedThread()
{
    for (const GeneratedCache *cache : {&m_cache10k, &m_cache100k}) {
        QList<double> firstRows, complete, rule;
        const int runs = benchRuns(3);
        for (int run = 0; run < runs; ++run) {
            OpenTimes times;
            openOnce(*cache, &times);
            if (QTest::currentTestFailed())
                return;
            firstRows.append(times.firstRowsMs);
            complete.append(times.completeMs);
            rule.append(times.ruleMs);
            qInfo("open cached %d posts, run %d: first rows %.0f ms, complete %.0f ms, rule change %.0f ms",
                cache->posts, run + 1, times.firstRowsMs, times.completeMs, times.ruleMs);
            if (!anotherRunFits(times.completeMs / 1000.0 + 5))
                break;
        }
        const QString what = QStringLiteral("cached %1 in the window, offline (%2)")
                                 .arg(postsLabel(cache->posts), runsLabel(firstRows.size()));
        const QString note = QStringLiteral(
            "from openThread() to the model's first rowsInserted, and to all posts in the model with the "
            "loader finished; cache filled through XenForoEngine and CacheDatabase::savePage");
        auto limit = [&](const QString &figure, double ours, double limitMs) {
            m_report.add(BenchFigure {figure, ours, limitMs, ours / limitMs,
                QStringLiteral("≤ %1 ms").arg(limitMs), QStringLiteral("ms"), ours <= limitMs, note});
        };
        if (cache == &m_cache10k) {
            limit(QStringLiteral("4a. First rows: ") + what, median(firstRows), 100);
            limit(QStringLiteral("4b. Complete tree: ") + what, median(complete), 300);
            const double ruleMs = median(rule);
            m_report.add(BenchFigure {QStringLiteral("3c. Rule change on the open cached %1 thread: hide the "
                                                     "busiest poster, replies move up (%2)")
                                          .arg(postsLabel(cache->posts), runsLabel(rule.size())),
                ruleMs, 50, ruleMs / 50, QStringLiteral("≤ 50 ms"), QStringLiteral("ms"), ruleMs <= 50,
                QStringLiteral("ThreadSession::setRules plus one turn of the event loop, GUI thread")});
        } else {
            limit(QStringLiteral("4c. Complete tree: ") + what, median(complete), 3000);
        }
    }
}

void BenchWindow::startOnce(const GeneratedCache &cache, double *ms)
{
    QTemporaryDir home; // its own settings: nothing read from or left in the user's
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.setReadChannel(QProcess::StandardError);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(THREADKEEPER_BINARY),
        {QStringLiteral("--cache"), cache.path, QStringLiteral("--offline"), QStringLiteral("--report-ready"),
            cache.threadUrl.toString()});
    // Timed here, not by the binary: loading its libraries is part of starting.
    static const QRegularExpression ready(QStringLiteral("^ready: (\\d+) ms, (\\d+) posts"));
    QRegularExpressionMatch match;
    while (!match.hasMatch() && process.waitForReadyRead(1800 * 1000)) {
        while (process.canReadLine() && !match.hasMatch())
            match = ready.match(QString::fromUtf8(process.readLine()));
    }
    *ms = timer.nsecsElapsed() / 1e6;
    QVERIFY2(match.hasMatch(), "the binary never reported a ready window");
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(match.captured(2).toInt() > 0); // the window showed the thread's first rows
    qInfo("start to ready window: %.0f ms (%s ms by the binary's own clock)", *ms,
        qPrintable(match.captured(1)));
}

void BenchWindow::startToUsableWindow()
{
    QList<double> times;
    const int runs = benchRuns(3);
    for (int run = 0; run < runs; ++run) {
        double ms = 0;
        startOnce(m_cache100k, &ms);
        if (QTest::currentTestFailed())
            return;
        times.append(ms);
        if (!anotherRunFits(ms / 1000.0 + 5))
            break;
    }
    const double ours = median(times);
    m_report.add(BenchFigure {QStringLiteral("6. Start to usable window, %1 cached (%2)")
                                  .arg(postsLabel(m_cache100k.posts), runsLabel(times.size())),
        ours, 500, ours / 500, QStringLiteral("≤ 500 ms"), QStringLiteral("ms"), ours <= 500,
        QStringLiteral(
            "`threadkeeper --cache FILE --offline --report-ready URL`, offscreen: from process start to "
            "the window shown with the thread's first rows and one more turn of the event loop")});
}

void BenchWindow::syncOnce(const GeneratedServer &server, int posts, int run, SyncTimes *times)
{
    BenchWindowOn on(m_dir.filePath(QStringLiteral("sync-%1.sqlite").arg(run)), &m_syntax);
    const ReaderServices &services = on.services;
    MainWindow &window = on.window;
    showSettled(window, services);
    if (QTest::currentTestFailed())
        return;

    StallMeter meter(&window);
    bool finished = false;
    connect(&window, &MainWindow::loadFinished, &window, [&] {
        finished = true;
        times->syncSeconds = meter.elapsedSeconds();
    });
    meter.start();
    QVERIFY(window.openThread(server.threadUrl()));
    QTRY_VERIFY_WITH_TIMEOUT(finished, 1800 * 1000);
    QTest::qWait(300); // what the window does right after the load counts too
    QString longest;
    times->stallMs = meter.stop(&longest);
    QCOMPARE(services.model->postCount(), posts);
    qInfo("sync %d posts in the window, run %d: %.1f s, longest timer gaps %s ms", posts, run + 1,
        times->syncSeconds, qPrintable(longest));
}

void BenchWindow::stallWhileSyncing()
{
    const int posts = scaledPosts(10000);
    GeneratedServer server(posts, Seed, LatencyMs);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QList<double> stalls, syncs;
    const int runs = benchRuns(3);
    for (int run = 0; run < runs; ++run) {
        SyncTimes times;
        syncOnce(server, posts, run, &times);
        if (QTest::currentTestFailed())
            return;
        stalls.append(times.stallMs);
        syncs.append(times.syncSeconds);
        if (!anotherRunFits(times.syncSeconds + 5)) {
            qInfo("stopping after %d runs: the next would not fit in the time allowed", run + 1);
            break;
        }
    }
    const double stall = median(stalls);
    m_report.add(BenchFigure {QStringLiteral("3. Longest GUI-thread stall while the window syncs %1 (%2)")
                                  .arg(postsLabel(posts), runsLabel(stalls.size())),
        stall, 50, stall / 50, QStringLiteral("≤ 50 ms"), QStringLiteral("ms"), stall <= 50,
        QStringLiteral(
            "largest lateness of a %1 ms PreciseTimer on the GUI thread, from openThread() to 300 ms "
            "after loadFinished; fresh cache, 20 ms per answer")
            .arg(TickMs)});
    m_report.add(
        BenchFigure {QStringLiteral("3b. Window sync of %1, open to loadFinished (%2; for reference)")
                         .arg(postsLabel(posts), runsLabel(syncs.size())),
            median(syncs), std::nullopt, std::nullopt, QStringLiteral("—"), QStringLiteral("s"), std::nullopt,
            QStringLiteral("the same runs as figure 3")});
}

void BenchWindow::actionsOnTheOpenThread()
{
    // What the reader does on an open 100,000-post thread, each timed as the longest the
    // window stalls from the action until 300 ms after (what it queued counts too).
    const GeneratedCache &cache = m_cache100k;
    BenchWindowOn on(cache.path, &m_syntax);
    const ReaderServices &services = on.services;
    MainWindow &window = on.window;
    window.setOffline(true);
    showSettled(window, services);
    if (QTest::currentTestFailed())
        return;
    bool finished = false;
    connect(&window, &MainWindow::loadFinished, &window, [&] { finished = true; });
    QVERIFY(window.openThread(cache.threadUrl));
    QTRY_VERIFY_WITH_TIMEOUT(finished && services.model->postCount() == cache.posts, 1800 * 1000);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("threadView"));
    auto *markAll = window.findChild<QAction *>(QStringLiteral("markThreadReadAction"));
    auto *find = window.findChild<QAction *>(QStringLiteral("findAction"));
    auto *findText = window.findChild<QLineEdit *>(QStringLiteral("findText"));
    QVERIFY(tree && markAll && find && findText);

    QHash<QString, int> postsBy;
    for (const Post *p : services.session->tree().posts())
        ++postsBy[p->author];
    Rule hide;
    hide.site = siteOfThread(cache.threadUrl.toString());
    hide.pattern = std::max_element(postsBy.cbegin(), postsBy.cend()).key();
    hide.score = -100;

    struct Row
    {
        QString what;
        double ms;
    };
    QList<Row> rows;
    auto measure = [&](const QString &what, const std::function<void()> &action) {
        rows.append({what, stallOf(&window, action)});
        qInfo("open %d posts: %s, longest stall %.0f ms", cache.posts, qPrintable(what), rows.constLast().ms);
    };
    const QModelIndex middle = services.model->index(services.model->rowCount() / 2, 0);
    measure(QStringLiteral("select a post in the middle of the thread (its body shown)"),
        [&] { tree->setCurrentIndex(middle); });
    measure(QStringLiteral("rule change: hide the busiest poster (placeholders)"),
        [&] { services.session->setRules({hide}); });
    measure(QStringLiteral("hide-mode switch: placeholders to removed with replies"),
        [&] { window.setHideMode(HideMode::Subtree); });
    window.setHideMode(HideMode::Placeholder);
    services.session->setRules({});
    measure(QStringLiteral("mark thread read"), [&] { markAll->trigger(); });
    measure(QStringLiteral("undo mark thread read"), [&] { window.undoStack()->undo(); });
    measure(QStringLiteral("typing a word in the find bar"), [&] {
        find->trigger();
        QTest::keyClicks(findText, QStringLiteral("noise"));
    });
    // What was timed is a search that ran: the bar counts what it found.
    auto *count = window.findChild<QLabel *>(QStringLiteral("findCount"));
    QVERIFY(count);
    qInfo("find: %s", qPrintable(count->text()));
    QVERIFY(!count->text().isEmpty());
    const char letters[] = "defghi";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        m_report.add(BenchFigure {QStringLiteral("3%1. Action on the open %2 thread: %3 (1 run)")
                                      .arg(QLatin1Char(letters[i]))
                                      .arg(postsLabel(cache.posts), r.what),
            r.ms, 50, r.ms / 50, QStringLiteral("≤ 50 ms"), QStringLiteral("ms"), r.ms <= 50,
            QStringLiteral(
                "largest lateness of a %1 ms PreciseTimer on the GUI thread, from the action to 300 ms "
                "after it; cached thread, offline")
                .arg(TickMs)});
    }
}

QTEST_MAIN(BenchWindow)
#include "bench_window.moc"
