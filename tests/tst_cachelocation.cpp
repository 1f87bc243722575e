// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The cache moves while the reader works: Settings › Library › Move… copies it to a new
// file (VACUUM INTO), goes on there and removes the old one; a move that cannot be done
// leaves the old cache in use, whole. Later starts follow the move unless --cache says
// otherwise, and the window answers under the moved cache's name.
#include "generatedposts.h"
#include "readerwindow.h"
#include "settings/settingsdialog.h"

#include "net/singleinstance.h"
#include "services/demo.h"
#include "services/threadsession.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

const QString ThreadA = QStringLiteral("https://forum.example/threads/a.1/");
const QString ThreadB = QStringLiteral("https://forum.example/threads/b.2/");
const QString OwnWord = QStringLiteral("zanzibarword");

// What a cache holds, counted through a connection of its own.
struct Contents
{
    int threads = 0;
    int posts = 0;
    int unread = 0;
    int annotations = 0;
    int rules = 0;
    bool operator==(const Contents &) const = default;
};

char *toString(const Contents &c)
{
    return QTest::toString(QStringLiteral("threads %1, posts %2, unread %3, annotations %4, rules %5")
                               .arg(c.threads)
                               .arg(c.posts)
                               .arg(c.unread)
                               .arg(c.annotations)
                               .arg(c.rules));
}

Contents contentsOf(const QString &path)
{
    CacheDatabase db;
    QString error;
    if (!db.open(path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    Contents c;
    for (const ThreadSummary &s : db.threads()) {
        ++c.threads;
        c.posts += s.posts;
        c.unread += s.unread;
    }
    c.annotations = int(db.annotations().size());
    c.rules = int(db.rules().size());
    return c;
}

// Two threads, some posts read, a note and a rule: every kind of row a move must carry.
bool seed(const QString &path)
{
    CacheDatabase db;
    QString error;
    if (!db.open(path, &error))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Post> a = generatedThread(300, 7);
    a.first().text += QLatin1Char(' ') + OwnWord;
    if (!db.savePage(
            ThreadInfo {ThreadA, QStringLiteral("xenforo"), QStringLiteral("A"), 1}, 1, a, now, &error)
        || !db.savePage(ThreadInfo {ThreadB, QStringLiteral("xenforo"), QStringLiteral("B"), 1}, 1,
            generatedThread(120, 8), now, &error)
        || !db.markRead(
            ThreadA, {QStringLiteral("1000"), QStringLiteral("1001"), QStringLiteral("1002")}, now, &error))
        return false;
    Annotation note;
    note.threadUrl = ThreadA;
    note.postId = QStringLiteral("1005");
    note.note = QStringLiteral("kept");
    Rule rule;
    rule.site = QStringLiteral("forum.example");
    rule.pattern = QStringLiteral("Daven");
    rule.score = -10;
    return db.saveAnnotation(&note, &error) && db.saveRule(&rule, &error);
}

bool anyOf(const QString &path)
{
    return QFile::exists(path) || QFile::exists(path + QStringLiteral("-wal"))
        || QFile::exists(path + QStringLiteral("-shm"));
}

// Waits for the store's answer to a move; empty when it moved.
QString moveAndWait(CacheStore *store, const QString &to)
{
    QSignalSpy moved(store, &CacheStore::moved);
    store->moveTo(to);
    if (!moved.wait(10000))
        return QStringLiteral("no answer");
    return moved.first().at(2).toString();
}

bool syncStore(CacheStore *store)
{
    QSignalSpy synced(store, &CacheStore::synced);
    store->sync();
    return synced.wait(10000);
}

} // namespace

class TestCacheLocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void moveKeepsEverything_data();
    void moveKeepsEverything();
    void failedMoveKeepsOldCache_data();
    void failedMoveKeepsOldCache();
    void settingsDialogMovesOpenThread();
    void defaultCacheMoveIsRemembered();
    void otherCacheMoveIsNotRemembered();
    void commandLineOverridesSetting();
    void instanceAnswersUnderMovedName();

private:
    QTemporaryDir m_dir;
    int m_case = 0;
    QString m_folder; // fresh for each test function
};

void TestCacheLocation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ThreadkeeperCacheLocationTests"));
    QVERIFY(m_dir.isValid());
}

void TestCacheLocation::init()
{
    QSettings().clear();
    m_folder = m_dir.filePath(QString::number(++m_case));
    QVERIFY(QDir().mkpath(m_folder));
}

void TestCacheLocation::moveKeepsEverything_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("same folder") << QStringLiteral("moved.sqlite");
    QTest::newRow("another folder") << QStringLiteral("elsewhere/cache.sqlite");
    QTest::newRow("spaces and umlauts") << QStringLiteral("Gr\u00FC\u00DFe und so/mein Cache.sqlite");
    QTest::newRow("no suffix") << QStringLiteral("elsewhere/threads");
}

void TestCacheLocation::moveKeepsEverything()
{
    QFETCH(QString, target);
    const QString from = QDir(m_folder).filePath(QStringLiteral("cache.sqlite"));
    const QString to = QDir(m_folder).filePath(target);
    QVERIFY(QDir().mkpath(QFileInfo(to).absolutePath()));
    QVERIFY(seed(from));
    const Contents before = contentsOf(from);
    QCOMPARE(before.threads, 2);
    QCOMPARE(before.unread, 300 + 120 - 3);

    CacheStore store(from);
    // Written before the move and not yet checkpointed: the copy must carry it.
    store.markRead(ThreadB, {QStringLiteral("1000")}, QDateTime::currentDateTimeUtc());
    QCOMPARE(moveAndWait(&store, to), QString());
    QCOMPARE(store.path(), QFileInfo(to).absoluteFilePath());
    QVERIFY(!anyOf(from));

    // Read after the move: in the new file.
    store.markRead(
        ThreadA, {QStringLiteral("1010"), QStringLiteral("1011")}, QDateTime::currentDateTimeUtc());
    QVERIFY(syncStore(&store));
    Contents expected = before;
    expected.unread -= 3;
    QCOMPARE(contentsOf(to), expected);
}

void TestCacheLocation::failedMoveKeepsOldCache_data()
{
    QTest::addColumn<QString>("target"); // in the test's folder
    QTest::addColumn<QString>("kind"); // what to make there first
    QTest::addColumn<QString>("says"); // in the message
    QTest::newRow("file exists") << QStringLiteral("taken.sqlite") << QStringLiteral("file")
                                 << QStringLiteral("already exists");
    QTest::newRow("the cache itself")
        << QStringLiteral("cache.sqlite") << QString() << QStringLiteral("already exists");
    QTest::newRow("no such folder") << QStringLiteral("missing/cache.sqlite") << QString()
                                    << QStringLiteral("does not exist");
    QTest::newRow("folder is a file") << QStringLiteral("plain/cache.sqlite") << QStringLiteral("plainfile")
                                      << QStringLiteral("does not exist");
    QTest::newRow("read-only folder") << QStringLiteral("locked/cache.sqlite") << QStringLiteral("locked")
                                      << QStringLiteral("could not copy");
    // Even root cannot make a file there.
    QTest::newRow("read-only file system")
        << QStringLiteral("/proc/threadkeeper-cache.sqlite") << QString() << QStringLiteral("could not copy");
}

void TestCacheLocation::failedMoveKeepsOldCache()
{
    QFETCH(QString, target);
    QFETCH(QString, kind);
    QFETCH(QString, says);
    const QString from = QDir(m_folder).filePath(QStringLiteral("cache.sqlite"));
    const QString to = QDir(m_folder).filePath(target);
    QVERIFY(seed(from));
    const Contents before = contentsOf(from);
    const QByteArray other = "not a cache, and not to be touched";
    if (kind == QLatin1String("file") || kind == QLatin1String("plainfile")) {
        QFile f(kind == QLatin1String("file") ? to : QDir(m_folder).filePath(QStringLiteral("plain")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(other);
    } else if (kind == QLatin1String("locked")) {
        if (geteuid() == 0)
            QSKIP("root writes into a read-only folder");
        const QString folder = QFileInfo(to).absolutePath();
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }

    CacheStore store(from);
    const QString error = moveAndWait(&store, to);
    QVERIFY2(error.contains(says), qPrintable(error));
    QCOMPARE(store.path(), from);
    if (kind == QLatin1String("file")) {
        QFile f(to);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), other);
    } else if (to != from) {
        QVERIFY(!anyOf(to));
    }
    // Still in use, with all it held.
    store.markRead(ThreadA, {QStringLiteral("1020")}, QDateTime::currentDateTimeUtc());
    QVERIFY(syncStore(&store));
    Contents expected = before;
    expected.unread -= 1;
    QCOMPARE(contentsOf(from), expected);
}

void TestCacheLocation::settingsDialogMovesOpenThread()
{
    ReaderWindow w(m_folder);
    QVERIFY(w.open(demoThreadUrl()));
    const QString from = w.services.store->path();
    const QString to = QDir(m_folder).filePath(QStringLiteral("moved/cache.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(to).absolutePath()));
    QVERIFY(syncStore(w.services.store));
    const Contents before = contentsOf(from);
    QVERIFY(before.posts > 0);

    SettingsDialog dialog({w.services, nullptr, nullptr, {}}, w.window.get());
    dialog.show();
    auto *file = dialog.findChild<QLabel *>(QStringLiteral("cacheFile"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("cacheStatus"));
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("moveCache"));
    QVERIFY(file && status && button);
    QCOMPARE(file->text(), QDir::toNativeSeparators(from));
    auto *size = dialog.findChild<QLabel *>(QStringLiteral("cacheSize"));
    QVERIFY(size);
    QCOMPARE(size->text(),
        QLocale().formattedDataSize(
            QFileInfo(from).size() + QFileInfo(from + QStringLiteral("-wal")).size()));

    QSignalSpy moved(w.services.store, &CacheStore::moved);
    dialog.moveCache(to);
    QVERIFY(!button->isEnabled());
    QVERIFY(moved.wait(10000));
    QCOMPARE(moved.first().at(2).toString(), QString());
    QVERIFY(button->isEnabled());
    QCOMPARE(file->text(), QDir::toNativeSeparators(QFileInfo(to).absoluteFilePath()));
    QCOMPARE(size->text(),
        QLocale().formattedDataSize(QFileInfo(to).size() + QFileInfo(to + QStringLiteral("-wal")).size()));
    QCOMPARE(status->text(), QStringLiteral("Moved."));
    QVERIFY(!anyOf(from));

    // The open thread goes on: its read marks land in the new file.
    // One not read yet (opening selected, and so read, the first).
    const QStringList ids = w.services.session->postIds();
    const QHash<QString, QDateTime> read = w.services.session->readState(ids);
    const auto unread = std::find_if(
        ids.cbegin(), ids.cend(), [&](const QString &id) { return !read.value(id).isValid(); });
    QVERIFY(unread != ids.cend());
    const QString post = *unread;
    w.services.session->markRead({post});
    QVERIFY(syncStore(w.services.store));
    Contents expected = before;
    expected.unread -= 1;
    QCOMPARE(contentsOf(to), expected);

    // A move that fails says so on the page and changes nothing.
    dialog.moveCache(to);
    QTRY_VERIFY(button->isEnabled());
    QVERIFY2(status->text().contains(QStringLiteral("already exists")), qPrintable(status->text()));
    QCOMPARE(w.services.store->path(), QFileInfo(to).absoluteFilePath());
}

void TestCacheLocation::defaultCacheMoveIsRemembered()
{
    const QString standard = CacheDatabase::standardPath();
    QFile::remove(standard);
    QCOMPARE(CacheDatabase::defaultPath(), standard);
    QVERIFY(seed(standard));
    const Contents before = contentsOf(standard);
    const QString to = QDir(m_folder).filePath(QStringLiteral("kept.sqlite"));
    {
        QObject root;
        const ReaderServices services = createReaderServices(
            CacheDatabase::defaultPath(), &root, QDir(m_folder).filePath(QStringLiteral("trust.ini")));
        QCOMPARE(moveAndWait(services.store, to), QString());
    }
    QCOMPARE(
        QSettings().value(QStringLiteral("library/cacheFile")).toString(), QFileInfo(to).absoluteFilePath());
    QCOMPARE(CacheDatabase::defaultPath(), QFileInfo(to).absoluteFilePath());
    QVERIFY(!anyOf(standard));

    // A later start opens the moved cache, with everything in it.
    QObject root;
    const ReaderServices services = createReaderServices(
        CacheDatabase::defaultPath(), &root, QDir(m_folder).filePath(QStringLiteral("trust.ini")));
    QSignalSpy listed(services.store, &CacheStore::threadsListed);
    services.store->listThreads();
    QVERIFY(listed.wait(10000));
    QCOMPARE(listed.first().first().value<QList<ThreadSummary>>().size(), before.threads);

    // Moved back to the standard place: the setting goes.
    QCOMPARE(moveAndWait(services.store, standard), QString());
    QVERIFY(!QSettings().contains(QStringLiteral("library/cacheFile")));
    QCOMPARE(CacheDatabase::defaultPath(), standard);
    QCOMPARE(contentsOf(standard), before);
}

void TestCacheLocation::otherCacheMoveIsNotRemembered()
{
    // Opened with --cache: that file moves, the default cache stays the default.
    const QString from = QDir(m_folder).filePath(QStringLiteral("other.sqlite"));
    QVERIFY(seed(from));
    QObject root;
    const ReaderServices services
        = createReaderServices(from, &root, QDir(m_folder).filePath(QStringLiteral("trust.ini")));
    QCOMPARE(
        moveAndWait(services.store, QDir(m_folder).filePath(QStringLiteral("other2.sqlite"))), QString());
    QVERIFY(!QSettings().contains(QStringLiteral("library/cacheFile")));
    QCOMPARE(CacheDatabase::defaultPath(), CacheDatabase::standardPath());
}

void TestCacheLocation::commandLineOverridesSetting()
{
    // The real binary with settings and data of its own: the setting points at a moved
    // cache; --cache names another one.
    const QString moved = QDir(m_folder).filePath(QStringLiteral("moved.sqlite"));
    const QString other = QDir(m_folder).filePath(QStringLiteral("other.sqlite"));
    QVERIFY(seed(moved));
    {
        CacheDatabase db;
        QString error;
        QVERIFY(db.open(other, &error));
    }
    const QString config = QDir(m_folder).filePath(QStringLiteral("config"));
    {
        QSettings settings(config + QStringLiteral("/Threadkeeper/threadkeeper.conf"), QSettings::IniFormat);
        settings.setValue(QStringLiteral("library/cacheFile"), moved);
    }
    auto search = [&](const QStringList &args) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_folder);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_folder).filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(THREADKEEPER_BINARY), QStringList {QStringLiteral("search")} + args);
        if (!process.waitForFinished(20000) || process.exitCode() != 0)
            return QByteArray("failed: ") + process.readAllStandardError();
        return process.readAllStandardOutput();
    };
    // The setting: the moved cache, where the word is.
    QVERIFY(search({OwnWord}).contains(ThreadA.toUtf8()));
    // --cache wins.
    const QByteArray out = search({QStringLiteral("--cache"), other, OwnWord});
    QVERIFY2(!out.startsWith("failed") && out.trimmed().isEmpty(), out.constData());
    QVERIFY(!QFile::exists(
        QDir(m_folder).filePath(QStringLiteral("data/Threadkeeper/threadkeeper/cache.sqlite"))));
}

void TestCacheLocation::instanceAnswersUnderMovedName()
{
    const QString from = QDir(m_folder).filePath(QStringLiteral("cache.sqlite"));
    const QString to = QDir(m_folder).filePath(QStringLiteral("moved.sqlite"));
    QVERIFY(seed(from));
    SingleInstance running(from);
    QVERIFY(running.listen());
    CacheStore store(from);
    QCOMPARE(moveAndWait(&store, to), QString());
    QVERIFY(running.moveTo(store.path()));
    QCOMPARE(running.serverName(), SingleInstance::serverNameFor(to));

    // A start for the moved cache finds the window and hands its URL over.
    QSignalSpy received(&running, &SingleInstance::urlReceived);
    SingleInstance second(to);
    QVERIFY(!second.listen());
    const QUrl url(ThreadA);
    // handOver() waits in its own thread's loop: run it from a helper thread.
    bool handed = false;
    std::unique_ptr<QThread> starter(QThread::create([&] { handed = SingleInstance(to).handOver(url); }));
    starter->start();
    QTRY_VERIFY(received.size() == 1);
    QVERIFY(starter->wait(5000));
    QVERIFY(handed);
    QCOMPARE(received.first().first().toUrl(), url);
    // The old name is free: a cache made there again is a cache of its own.
    SingleInstance fresh(from);
    QVERIFY(fresh.listen());
}

QTEST_MAIN(TestCacheLocation)
#include "tst_cachelocation.moc"
