// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/cachedatabase.h"
#include "store/cachestore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Threadkeeper;

class TestCacheDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void migratesEmptyFile();
    void refusesFiles_data();
    void refusesFiles();
    void reopenKeepsReadState();
    void refreshKeepsReadStateAndReplacesContent();
    void summaries();
    void storeRunsOffTheCallersThread();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static ThreadInfo info()
    {
        return ThreadInfo {QStringLiteral("https://forum.example/threads/a.1/"), QStringLiteral("xenforo"),
            QStringLiteral("Zoë’s thread"), 2};
    }
    static QList<Post> posts(int page, int count)
    {
        QList<Post> list;
        for (int i = 0; i < count; ++i) {
            Post p;
            p.id = QString::number(page * 100 + i);
            p.page = page;
            p.position = page * 100000 + i;
            p.number = (page - 1) * count + i + 1;
            p.author = i % 2 ? QStringLiteral("Ærin") : QStringLiteral("bob");
            p.date = QDateTime(QDate(2025, 1, 26), QTime(10, i), QTimeZone::UTC);
            Block quote {Block::Kind::Quote, {}, QStringLiteral("bob"), QStringLiteral("100"), {},
                {Block {Block::Kind::Paragraph, QStringLiteral("quoted words"), {}, {}, {}, {}}}};
            p.body = {quote,
                Block {Block::Kind::Paragraph, QStringLiteral("own words %1").arg(p.id), {}, {}, {}, {}}};
            p.text = QStringLiteral("own words %1").arg(p.id);
            p.quotes = {Quote {QStringLiteral("bob"), QStringLiteral("100"), QStringLiteral("quoted words"),
                QStringLiteral("100")}};
            list.append(p);
        }
        return list;
    }
    QTemporaryDir m_dir;
};

void TestCacheDatabase::migratesEmptyFile()
{
    const QString file = path(QStringLiteral("empty.sqlite"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    CacheDatabase db;
    QString error;
    QVERIFY2(db.open(file, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), CacheDatabase::SchemaVersion);
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(file);
    QVERIFY(raw.open());
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
        QStringList tables;
        while (q.next())
            tables.append(q.value(0).toString());
        QCOMPARE(tables,
            (QStringList {QStringLiteral("authors"), QStringLiteral("pages"), QStringLiteral("posts"),
                QStringLiteral("quotes"), QStringLiteral("threads")}));
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestCacheDatabase::refusesFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("userVersion");
    QTest::addColumn<QString>("why");
    QTest::newRow("not a database") << QByteArray("these are my notes, not a database\n").repeated(200) << 0
                                    << "not a Threadkeeper cache";
    QTest::newRow("newer schema") << QByteArray() << 99 << "newer than this Threadkeeper knows";
}

void TestCacheDatabase::refusesFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(int, userVersion);
    const QString file
        = path(QStringLiteral("refuse-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())));
    if (userVersion > 0) {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99"));
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
    } else {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QFile before(file);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    before.close();
    {
        CacheDatabase db;
        QString error;
        QVERIFY(!db.open(file, &error));
        QFETCH(QString, why);
        QVERIFY2(error.contains(why), qPrintable(error));
    }
    QFile after(file);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), original); // nothing lost
}

void TestCacheDatabase::reopenKeepsReadState()
{
    const QString file = path(QStringLiteral("reopen.sqlite"));
    const QDateTime readAt(QDate(2025, 2, 1), QTime(12, 0), QTimeZone::UTC);
    {
        CacheDatabase db;
        QString error;
        QVERIFY(db.open(file, &error));
        QVERIFY2(
            db.savePage(info(), 1, posts(1, 5), QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        QVERIFY2(
            db.savePage(info(), 2, posts(2, 3), QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
        QVERIFY(db.markRead(info().url, {QStringLiteral("101"), QStringLiteral("201")}, readAt, &error));
    }
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(file, &error));
    const auto thread = db.loadThread(info().url);
    QVERIFY(thread.has_value());
    QCOMPARE(thread->info.title, info().title);
    QCOMPARE(thread->info.pageCount, 2);
    QCOMPARE(thread->posts.size(), 8);
    QCOMPARE(thread->posts[1].id, QStringLiteral("101"));
    QCOMPARE(thread->posts[1].readAt, readAt);
    QCOMPARE(thread->posts[1].author, QStringLiteral("Ærin"));
    QVERIFY(!thread->posts[0].isRead());
    // The body round-trips, and text and quotes come back from it.
    QCOMPARE(thread->posts[2].body, posts(1, 5)[2].body);
    QCOMPARE(thread->posts[2].text, QStringLiteral("own words 102"));
    QCOMPARE(thread->posts[2].quotes.first().source, QStringLiteral("100"));
    QVERIFY(!db.loadThread(QStringLiteral("https://forum.example/threads/other.2/")).has_value());
}

void TestCacheDatabase::refreshKeepsReadStateAndReplacesContent()
{
    const QString file = path(QStringLiteral("refresh.sqlite"));
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(file, &error));
    QVERIFY(db.savePage(info(), 1, posts(1, 3), QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(db.markRead(info().url, {QStringLiteral("100")}, QDateTime::currentDateTimeUtc(), &error));
    QList<Post> edited = posts(1, 3);
    edited[0].body.last().text = QStringLiteral("edited words");
    QVERIFY(db.savePage(info(), 1, edited, QDateTime::currentDateTimeUtc(), &error));
    const auto thread = db.loadThread(info().url);
    QCOMPARE(thread->posts.size(), 3);
    QCOMPARE(thread->posts[0].text, QStringLiteral("edited words"));
    QVERIFY(thread->posts[0].isRead());
}

void TestCacheDatabase::summaries()
{
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("summary.sqlite")), &error));
    QVERIFY(db.savePage(info(), 1, posts(1, 4), QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(db.markRead(info().url, {QStringLiteral("100")}, QDateTime::currentDateTimeUtc(), &error));
    const QList<ThreadSummary> list = db.threads();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].posts, 4);
    QCOMPARE(list[0].unread, 3);
}

void TestCacheDatabase::storeRunsOffTheCallersThread()
{
    CacheStore store(path(QStringLiteral("store.sqlite")));
    QSignalSpy opened(&store, &CacheStore::opened);
    QSignalSpy loaded(&store, &CacheStore::threadLoaded);
    QSignalSpy saved(&store, &CacheStore::pageSaved);
    store.savePage(info(), 1, posts(1, 2));
    store.markRead(info().url, {QStringLiteral("101")}, QDateTime::currentDateTimeUtc());
    store.loadThread(info().url, 42);
    QVERIFY(loaded.isEmpty()); // nothing happened on this thread yet
    QVERIFY(loaded.wait());
    QCOMPARE(opened.count(), 1);
    QVERIFY(opened.first().first().toBool());
    QCOMPARE(saved.count(), 1);
    QCOMPARE(loaded.first().at(0).toULongLong(), 42u);
    QVERIFY(loaded.first().at(2).toBool());
    const auto thread = loaded.first().at(1).value<CachedThread>();
    QCOMPARE(thread.posts.size(), 2);
    QVERIFY(thread.posts[1].isRead());
}

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
