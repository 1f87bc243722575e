// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One cache, many writers (issue 22): while this process writes a long thread a page a
// transaction through the store (as the window does during a sync), real `threadkeeper`
// processes add rules, export and search the same file, several at a time. None fails
// with "database is locked", nothing is lost, and the file passes integrity_check.
#include "generatedposts.h"
#include "testutil.h"

#include "store/cachedatabase.h"
#include "store/cachestore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestConcurrentWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void windowAndCommandsWriteAtOnce();
};

void TestConcurrentWriters::windowAndCommandsWriteAtOnce()
{
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("shared.sqlite"));
    const QString url = QStringLiteral("https://forum.example/threads/busy.1/");
    const int pages = 200;
    const int perPage = 25;
    const QList<Post> posts = generatedThread(pages * perPage, 7);

    CacheStore store(cache);
    QSignalSpy failed(&store, &CacheStore::failed);
    QSignalSpy opened(&store, &CacheStore::opened);
    QVERIFY(opened.wait());
    QVERIFY2(opened.first().first().toBool(), qPrintable(opened.first().at(1).toString()));
    const ThreadInfo info {url, QStringLiteral("xenforo"), QStringLiteral("Busy"), pages};
    store.savePage(info, 1, posts.mid(0, perPage)); // cached before the commands start

    // The commands, a few at a time, while the pages go in.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    const int rules = 12;
    QList<QStringList> commands;
    for (int i = 0; i < rules; ++i) {
        commands.append({QStringLiteral("rules"), QStringLiteral("add"), QStringLiteral("--cache"), cache,
            QStringLiteral("--poster"), QStringLiteral("poster%1").arg(i), QStringLiteral("--site"),
            QStringLiteral("forum.example"), QStringLiteral("--score"), QStringLiteral("5")});
        if (i % 3 == 0)
            commands.append({QStringLiteral("export"), QStringLiteral("--offline"), QStringLiteral("--cache"),
                cache, url});
        if (i % 4 == 0)
            commands.append(
                {QStringLiteral("search"), QStringLiteral("--cache"), cache, QStringLiteral("tariffs")});
    }
    std::vector<std::unique_ptr<QProcess>> running;
    int next = 0;
    int page = 2;
    QStringList problems;
    while (next < commands.size() || !running.empty() || page <= pages) {
        // Three pages a turn, each its own transaction on the store's thread.
        for (int i = 0; i < 3 && page <= pages; ++i, ++page)
            store.savePage(info, page, posts.mid((page - 1) * perPage, perPage));
        while (running.size() < 4 && next < commands.size()) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(env);
            process->start(QStringLiteral(THREADKEEPER_BINARY), commands[next++]);
            running.push_back(std::move(process));
        }
        QTest::qWait(20);
        for (auto it = running.begin(); it != running.end();) {
            QProcess &p = **it;
            if (p.state() != QProcess::NotRunning) {
                ++it;
                continue;
            }
            const QByteArray err = p.readAllStandardError();
            if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || err.contains("locked"))
                problems.append(p.arguments().join(QLatin1Char(' '))
                    + QStringLiteral(": exit %1: ").arg(p.exitCode()) + QString::fromUtf8(err));
            it = running.erase(it);
        }
    }
    QSignalSpy synced(&store, &CacheStore::synced);
    store.sync();
    QVERIFY(synced.wait(30000));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // (The message is built even when the check passes: never from an empty list.)
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));

    // Nothing lost, and the file whole.
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(cache);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM rules")) && q.next());
        QCOMPARE(q.value(0).toInt(), rules);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM posts")) && q.next());
        QCOMPARE(q.value(0).toInt(), pages * perPage);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
