// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/cachedatabase.h"
#include "store/cachestore.h"

#include <QFileInfo>
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
    void migratesVersion1KeepingData();
    void rulesRoundTrip();
    void foldsRoundTrip();
    void refusesFiles_data();
    void refusesFiles();
    void reopenKeepsReadState();
    void refreshKeepsReadStateAndReplacesContent();
    void summaries();
    void watchAndVisit();
    void quoteOnlyPostIsCached();
    void storeRunsOffTheCallersThread();
    void closingFinishesQueuedWrites();
    void threadComesInPartsWithResolvedQuotes();
    void fullDiskLosesNothing();

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
            if (i % 2)
                p.avatarUrl = QStringLiteral("https://forum.example/data/avatars/m/0/7.jpg");
            p.date = QDateTime(QDate(2025, 1, 26), QTime(10, i), QTimeZone::UTC);
            const Block quote {.kind = Block::Kind::Quote,
                .quoteAuthor = QStringLiteral("bob"),
                .quoteSource = QStringLiteral("100"),
                .children = {Block {.text = QStringLiteral("quoted words")}}};
            // Inline spans survive the cache: one bold word and a link.
            const Block own {.text = QStringLiteral("own words %1").arg(p.id),
                .spans
                = {Span {0, 3, Span::Bold, {}}, Span {4, 5, 0, QStringLiteral("https://example.org/")}}};
            p.body = {quote, own};
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
        // The search index's shadow tables (post_search_*) are SQLite's own business.
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                      "'post_search_%' ORDER BY name")));
        QStringList tables;
        while (q.next())
            tables.append(q.value(0).toString());
        QCOMPARE(tables,
            (QStringList {QStringLiteral("annotations"), QStringLiteral("articles"),
                QStringLiteral("authors"), QStringLiteral("feed_items"), QStringLiteral("fetched_requests"),
                QStringLiteral("folds"), QStringLiteral("image_sites"), QStringLiteral("images"),
                QStringLiteral("listing_requests"), QStringLiteral("pages"), QStringLiteral("post_search"),
                QStringLiteral("posts"), QStringLiteral("quotes"), QStringLiteral("reader_settings"),
                QStringLiteral("rules"), QStringLiteral("subscriptions"), QStringLiteral("sync_devices"),
                QStringLiteral("sync_files"), QStringLiteral("sync_outbox"), QStringLiteral("sync_registers"),
                QStringLiteral("sync_state"), QStringLiteral("sync_unsent"), QStringLiteral("sync_waiting"),
                QStringLiteral("threads")}));
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestCacheDatabase::migratesVersion1KeepingData()
{
    // A cache written by schema 1 (the first release): 001 applied by hand, one thread in it.
    const QString file = path(QStringLiteral("v1.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QFile migration(QStringLiteral(":/threadkeeper/sql/001_initial.sql"));
        QVERIFY(migration.open(QIODevice::ReadOnly));
        QString statement;
        for (const QString &line : QString::fromUtf8(migration.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("--")))
                continue;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                QSqlQuery q(raw);
                QVERIFY2(q.exec(statement), qPrintable(statement));
                statement.clear();
            }
        }
        QSqlQuery q(raw);
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO threads (url, engine, title, page_count, first_seen) VALUES "
                                  "('https://forum.example/threads/a.1/', 'xenforo', 'Old', 1, 1)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        q.finish();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    }
    CacheDatabase db;
    QString error;
    QVERIFY2(db.open(file, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), CacheDatabase::SchemaVersion);
    QCOMPARE(db.threads().size(), 1);
    QCOMPARE(db.threads().first().info.title, QStringLiteral("Old"));
    QVERIFY(db.rules().isEmpty());
    QVERIFY(QFile::exists(file + QStringLiteral(".v1.bak"))); // a copy from before the migration
}

void TestCacheDatabase::foldsRoundTrip()
{
    const QString file = path(QStringLiteral("folds.sqlite"));
    const QString a = QStringLiteral("https://forum.example/threads/a.1/");
    const QString b = QStringLiteral("https://forum.example/threads/b.2/");
    {
        CacheDatabase db;
        QString error;
        QVERIFY(db.open(file, &error));
        QVERIFY(db.saveFolds(a, QStringLiteral("10"), {QStringLiteral("0"), QStringLiteral("0.1")}, &error));
        QVERIFY(db.saveFolds(a, QStringLiteral("11"), {QStringLiteral("s0")}, &error));
        QVERIFY(db.saveFolds(b, QStringLiteral("10"), {QStringLiteral("1")}, &error));
        QVERIFY(db.saveFolds(a, QStringLiteral("11"), {}, &error)); // back to the defaults: no row
    }
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(file, &error));
    QCOMPARE(db.folds(a),
        (QHash<QString, QStringList> {{QStringLiteral("10"), {QStringLiteral("0"), QStringLiteral("0.1")}}}));
    QCOMPARE(db.folds(b), (QHash<QString, QStringList> {{QStringLiteral("10"), {QStringLiteral("1")}}}));
    QVERIFY(db.folds(QStringLiteral("https://forum.example/threads/c.3/")).isEmpty());
}

void TestCacheDatabase::rulesRoundTrip()
{
    const QString file = path(QStringLiteral("rules.sqlite"));
    Rule hide {0, Rule::Kind::Poster, QStringLiteral("www.techpowerup.com"), QStringLiteral("Bomby569"), -120,
        Rule::Scope::Site, {}, QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::UTC),
        QStringLiteral("too loud"), {}};
    Rule word {0, Rule::Kind::Keyword, QStringLiteral("www.techpowerup.com"), QStringLiteral("tariffs"), -20,
        Rule::Scope::Thread, QStringLiteral("https://www.techpowerup.com/forums/threads/a.1/"), {}, {}, {}};
    {
        CacheDatabase db;
        QString error;
        QVERIFY(db.open(file, &error));
        QVERIFY2(db.saveRule(&hide, &error), qPrintable(error));
        QVERIFY2(db.saveRule(&word, &error), qPrintable(error));
        QVERIFY(hide.id > 0 && word.id > hide.id);
        word.score = -25;
        QVERIFY(db.saveRule(&word, &error)); // update in place
    }
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(file, &error));
    const QList<Rule> rules = db.rules();
    QCOMPARE(rules.size(), 2);
    QCOMPARE(rules[0], hide);
    QCOMPARE(rules[1], word);
    QVERIFY(db.removeRule(hide.id, &error));
    QVERIFY(!db.removeRule(hide.id, &error));
    QVERIFY(error.contains(QLatin1String("no rule")));
    QCOMPARE(db.rules().size(), 1);
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
        QList<Post> second = posts(2, 3);
        second[1].parentId = QStringLiteral("101"); // as Discourse or Hacker News say
        QVERIFY2(db.savePage(info(), 2, second, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
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
    QCOMPARE(thread->posts[1].avatarUrl, QStringLiteral("https://forum.example/data/avatars/m/0/7.jpg"));
    QCOMPARE(thread->posts[0].avatarUrl, QString());
    QVERIFY(!thread->posts[0].isRead());
    // The body round-trips, and text and quotes come back from it.
    QCOMPARE(thread->posts[2].body, posts(1, 5)[2].body);
    QCOMPARE(thread->posts[2].text, QStringLiteral("own words 102"));
    QCOMPARE(thread->posts[2].quotes.first().source, QStringLiteral("100"));
    QCOMPARE(thread->posts[6].parentId, QStringLiteral("101"));
    QCOMPARE(thread->posts[5].parentId, QString());
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
    QVERIFY(!list[0].watched);
    QVERIFY(list[0].lastVisit.isNull());
}

void TestCacheDatabase::watchAndVisit()
{
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("watch.sqlite")), &error));
    ThreadInfo other = info();
    other.url = QStringLiteral("https://forum.example/threads/other.2/");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(db.savePage(info(), 1, posts(1, 2), now, &error));
    QVERIFY(db.savePage(other, 1, posts(1, 2), now, &error));
    QVERIFY(db.watchedThreads().isEmpty());
    QVERIFY(db.setWatched(info().url, true, &error));
    QVERIFY(db.setWatched(other.url, true, &error));
    QVERIFY(db.recordChecked(info().url, now, &error));
    // Least recently checked first: the one never checked leads.
    QList<ThreadSummary> watched = db.watchedThreads();
    QCOMPARE(watched.size(), 2);
    QCOMPARE(watched[0].info.url, other.url);
    QCOMPARE(watched[1].lastChecked.toSecsSinceEpoch(), now.toSecsSinceEpoch());
    QVERIFY(db.setWatched(other.url, false, &error));
    QVERIFY(db.recordVisit(info().url, now, &error));
    watched = db.watchedThreads();
    QCOMPARE(watched.size(), 1);
    QCOMPARE(watched[0].lastVisit.toSecsSinceEpoch(), now.toSecsSinceEpoch());
    for (const ThreadSummary &s : db.threads())
        QCOMPARE(s.watched, s.info.url == info().url);
}

void TestCacheDatabase::quoteOnlyPostIsCached()
{
    // A post that only quotes has no words of its own (a null string, not '').
    QList<Post> list = posts(1, 1);
    list[0].body.removeLast();
    list[0].text = QString();
    ThreadInfo untitled = info();
    untitled.title = QString();
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("quote-only.sqlite")), &error));
    QVERIFY2(db.savePage(untitled, 1, list, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    QCOMPARE(db.loadThread(info().url)->posts.size(), 1);
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

void TestCacheDatabase::closingFinishesQueuedWrites()
{
    // The window closes right after the reader's last clicks: every write asked for before
    // the store goes is in the file (read marks made last were lost, now and then).
    const QString file = path(QStringLiteral("closing.sqlite"));
    for (int round = 0; round < 20; ++round) {
        const QString url = QStringLiteral("https://forum.example/threads/t.%1/").arg(round + 1);
        {
            CacheStore store(file);
            QSignalSpy synced(&store, &CacheStore::synced);
            store.savePage(
                ThreadInfo {url, QStringLiteral("xenforo"), QStringLiteral("T"), 1}, 1, posts(1, 3));
            store.sync();
            QVERIFY(synced.wait());
            store.markRead(url, {QStringLiteral("101")}, QDateTime::currentDateTimeUtc());
            store.markRead(url, {QStringLiteral("102")}, QDateTime::currentDateTimeUtc());
        }
        CacheDatabase db;
        QString error;
        QVERIFY2(db.open(file, &error), qPrintable(error));
        const std::optional<CachedThread> thread = db.loadThread(url);
        QVERIFY(thread);
        QVERIFY2(thread->posts[1].isRead() && thread->posts[2].isRead(), qPrintable(QString::number(round)));
    }
}

void TestCacheDatabase::threadComesInPartsWithResolvedQuotes()
{
    CacheDatabase db;
    QString error;
    QVERIFY2(db.open(path(QStringLiteral("parts.sqlite")), &error), qPrintable(error));
    QList<Post> page = posts(1, 5);
    for (Post &p : page)
        p.quotes[0].resolved = QStringLiteral("100");
    page[4].quotes[0].source.clear(); // typed by hand, resolved by its words
    page[4].quotes[0].resolved = QStringLiteral("102");
    QVERIFY2(db.savePage(info(), 1, page, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));

    QList<int> sizes;
    QList<bool> lasts;
    QStringList ids;
    QVERIFY(db.loadThread(info().url, 2, 2, [&](CachedThread &&part, bool last) {
        QCOMPARE(part.info.title, info().title);
        sizes.append(int(part.posts.size()));
        lasts.append(last);
        for (const Post &p : std::as_const(part.posts)) {
            ids.append(p.id);
            QCOMPARE(p.quotes.size(), 1);
        }
        if (!part.posts.isEmpty() && part.posts.last().id == QStringLiteral("104"))
            QCOMPARE(part.posts.last().quotes[0].resolved, QStringLiteral("102"));
    }));
    QCOMPARE(sizes, (QList<int> {2, 2, 1}));
    QCOMPARE(lasts, (QList<bool> {false, false, true}));
    QCOMPARE(ids,
        (QStringList {QStringLiteral("100"), QStringLiteral("101"), QStringLiteral("102"),
            QStringLiteral("103"), QStringLiteral("104")}));
    QVERIFY(!db.loadThread(QStringLiteral("https://forum.example/threads/none.9/"), 2, 2,
        [](CachedThread &&, bool) { QFAIL("no parts for a thread not cached"); }));
}

void TestCacheDatabase::fullDiskLosesNothing()
{
    const QString file = path(QStringLiteral("full.sqlite"));
    CacheDatabase db;
    QString error;
    QVERIFY2(db.open(file, &error), qPrintable(error));
    QVERIFY2(db.savePage(info(), 1, posts(1, 5), QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    Rule kept;
    kept.site = QStringLiteral("forum.example");
    kept.pattern = QStringLiteral("Ærin");
    kept.score = -100;
    QVERIFY(db.saveRule(&kept, &error));
    // The disk fills up: no room beyond what the file holds now.
    QVERIFY2(db.setSizeLimit(QFileInfo(file).size(), &error), qPrintable(error));
    QList<Post> big = posts(2, 30);
    for (Post &p : big)
        p.body = {Block {.text = QString(20000, QLatin1Char('x'))}};
    QVERIFY(!db.savePage(info(), 2, big, QDateTime::currentDateTimeUtc(), &error));
    QVERIFY2(error.contains(QLatin1String("full")), qPrintable(error)); // SQLite's "database or disk is full"
    Rule more = kept;
    more.id = 0;
    more.note = QString(200000, QLatin1Char('n'));
    QVERIFY(!db.saveRule(&more, &error));
    // Nothing half written, nothing lost.
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
    QCOMPARE(db.loadThread(info().url)->posts.size(), 5);
    QCOMPARE(db.rules().size(), 1);
    QCOMPARE(db.rules().first().pattern, kept.pattern);
}

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
