// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Killed at any moment, the cache stays whole: the real binary is killed with SIGKILL
// at random moments while it syncs a long thread and while it imports annotations;
// after each kill SQLite's integrity check passes, every page it holds is whole, an
// import is all there or not at all, and the next sync completes. THREADKEEPER_KILLS
// sets how many kills of each kind (a handful by default, for CI).
#include "generatedserver.h"
#include "testutil.h"

#include "domain/annotationexport.h"
#include "store/cachedatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedWhileSyncing();
    void killedWhileImporting();
    void killedWhileSyncingDevices();

private:
    int kills() const
    {
        bool ok = false;
        const int n = qEnvironmentVariableIntValue("THREADKEEPER_KILLS", &ok);
        return ok && n > 0 ? n : 4;
    }
    // Runs the binary and kills it after `ms`; true if it was still running then.
    bool runAndKill(const QStringList &args, int ms)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(QStringLiteral(THREADKEEPER_BINARY), args);
        if (!process.waitForStarted())
            return false;
        const bool running = !process.waitForFinished(ms);
        process.kill(); // SIGKILL: no clean-up of any kind
        process.waitForFinished();
        return running;
    }
    // The file is whole and every page in it is complete; returns the posts.
    int checkCache(const QString &url, int perPage, int pages)
    {
        CacheDatabase db;
        QString error;
        if (!db.open(m_cache, &error)) {
            qWarning("cannot open: %s", qPrintable(error));
            return -1;
        }
        const QString integrity = db.integrityCheck();
        if (integrity != QLatin1String("ok")) {
            qWarning("integrity_check: %s", qPrintable(integrity));
            return -1;
        }
        const auto thread = db.loadThread(url);
        if (!thread)
            return 0;
        QMap<int, int> perPageCount;
        for (const Post &p : thread->posts)
            ++perPageCount[p.page];
        for (auto it = perPageCount.cbegin(); it != perPageCount.cend(); ++it) {
            if (it.value() != perPage && it.key() != pages) {
                qWarning("page %d holds %d posts", it.key(), it.value());
                return -1;
            }
        }
        return int(thread->posts.size());
    }

    QTemporaryDir m_dir;
    QString m_cache;
    std::unique_ptr<GeneratedServer> m_server;
};

void TestCrashSafety::initTestCase()
{
    m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
    m_server = std::make_unique<GeneratedServer>(2000, 3, 20);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestCrashSafety::killedWhileSyncing()
{
    const QString url = m_server->threadUrl().toString();
    QRandomGenerator rng(7);
    int killedMidway = 0;
    QList<int> seen;
    for (int k = 0; k < kills(); ++k) {
        const int ms = 60 + rng.bounded(700);
        killedMidway
            += runAndKill({QStringLiteral("export"), QStringLiteral("--cache"), m_cache, url}, ms) ? 1 : 0;
        const int posts = checkCache(m_server->threadUrl().toString(), 20, 100);
        QVERIFY2(posts >= 0, "the cache is damaged or holds a partial page");
        seen.append(posts);
        // A fresh start each time, so every kill lands in a sync that writes pages.
        if (k % 2 == 1)
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(m_cache + suffix);
    }
    qInfo("%d kills, %d mid-sync; posts cached after each: %s", kills(), killedMidway,
        qPrintable(QDebug::toString(seen)));
    QVERIFY(killedMidway > 0);
    // The next sync completes, over whatever the kills left.
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral(THREADKEEPER_BINARY),
        {QStringLiteral("export"), QStringLiteral("--cache"), m_cache, url});
    QVERIFY(process.waitForFinished(120000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(checkCache(url, 20, 100), 2000);
}

void TestCrashSafety::killedWhileImporting()
{
    // Annotations to import, many, so an import takes long enough to be killed in.
    QList<Annotation> annotations;
    for (int i = 0; i < 20000; ++i) {
        Annotation a;
        a.threadUrl = QStringLiteral("https://forum.example/threads/a.1/");
        a.postId = QString::number(i);
        a.note = QStringLiteral("note %1 ").arg(i).repeated(8);
        annotations.append(a);
    }
    const QString file = m_dir.filePath(QStringLiteral("annotations.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(annotationsToJson(annotations));
    out.close();
    QRandomGenerator rng(11);
    int killedMidway = 0;
    qsizetype expected = 0;
    for (int k = 0; k < kills(); ++k) {
        killedMidway += runAndKill({QStringLiteral("annotations"), QStringLiteral("import"), file,
                                       QStringLiteral("--cache"), m_cache},
                            30 + rng.bounded(1500))
            ? 1
            : 0;
        CacheDatabase db;
        QString error;
        QVERIFY2(db.open(m_cache, &error), qPrintable(error));
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
        const qsizetype count = db.annotations().size();
        // All of an import or none of it.
        QVERIFY2(
            count == expected || count == expected + annotations.size(), qPrintable(QString::number(count)));
        expected = count;
    }
    qInfo(
        "%d kills, %d mid-import; annotations after them: %lld", kills(), killedMidway, qlonglong(expected));
}

void TestCrashSafety::killedWhileSyncingDevices()
{
    // Two devices start from copies of the cache (each becomes a device of its own); one reads
    // the whole thread and its rounds of sync are killed at random moments.
    const QString url = m_server->threadUrl().toString();
    const QString sender = m_dir.filePath(QStringLiteral("sender.sqlite"));
    const QString receiver = m_dir.filePath(QStringLiteral("receiver.sqlite"));
    const QString folder = m_dir.filePath(QStringLiteral("synced"));
    if (!QFile::exists(m_cache)) // run alone: the thread is cached first
        QVERIFY(!runAndKill({QStringLiteral("export"), QStringLiteral("--cache"), m_cache, url}, 120000));
    for (const QString &to : {sender, receiver}) {
        QFile::remove(to);
        QVERIFY(QFile::copy(m_cache, to));
    }
    auto run = [](const QStringList &args) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(QStringLiteral(THREADKEEPER_BINARY), args);
        return process.waitForFinished(120000) && process.exitCode() == 0;
    };
    QVERIFY(run({QStringLiteral("mark"), QStringLiteral("--cache"), sender, QStringLiteral("--read"), url}));
    QRandomGenerator rng(13);
    int killedMidway = 0;
    for (int k = 0; k < kills(); ++k) {
        killedMidway += runAndKill({QStringLiteral("sync"), QStringLiteral("--cache"), sender,
                                       QStringLiteral("--folder"), folder},
                            20 + rng.bounded(400))
            ? 1
            : 0;
        CacheDatabase db;
        QString error;
        QVERIFY2(db.open(sender, &error), qPrintable(error));
        QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    }
    // The next round completes, and the receiver gets everything, once.
    QVERIFY(
        run({QStringLiteral("sync"), QStringLiteral("--cache"), sender, QStringLiteral("--folder"), folder}));
    QVERIFY(run(
        {QStringLiteral("sync"), QStringLiteral("--cache"), receiver, QStringLiteral("--folder"), folder}));
    CacheDatabase db;
    QString error;
    QVERIFY2(db.open(receiver, &error), qPrintable(error));
    const auto thread = db.loadThread(url);
    QVERIFY(thread);
    int read = 0;
    for (const Post &p : thread->posts)
        read += p.isRead() ? 1 : 0;
    QCOMPARE(read, 2000);
    // Nothing doubled: no change was written twice into the shared folder.
    QSet<QString> registers;
    int changes = 0;
    for (const QFileInfo &info : QDir(folder).entryInfoList({QStringLiteral("tk-*.jsonl")}, QDir::Files)) {
        QFile f(info.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &line : lines.mid(1)) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString key = o.value(QStringLiteral("k")).toString() + QLatin1Char(' ')
                + o.value(QStringLiteral("s")).toString() + QLatin1Char(' ')
                + o.value(QStringLiteral("i")).toString();
            QVERIFY2(!registers.contains(key), qPrintable(key));
            registers.insert(key);
            ++changes;
        }
    }
    qInfo("%d kills, %d mid-round; %d changes in the folder", kills(), killedMidway, changes);
    QVERIFY(changes >= 2000);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
