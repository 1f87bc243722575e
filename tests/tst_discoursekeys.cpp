// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 12: Discourse topics cached under /t/{slug}/{id} (before the key was /t/{id})
// move to /t/{id} with their read state, notes, folds and thread rules; a topic cached
// under several keys ends as one copy under the key, and nothing is lost.
#include "store/cachedatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Threadkeeper;

namespace {

QList<Post> posts(const QString &prefix, int count)
{
    QList<Post> list;
    for (int i = 0; i < count; ++i) {
        Post p;
        p.id = prefix + QString::number(i + 1);
        p.page = 1;
        p.position = i + 1;
        p.number = i + 1;
        p.author = QStringLiteral("bob");
        p.date = QDateTime(QDate(2025, 1, 26), QTime(10, i), QTimeZone::UTC);
        p.text = QStringLiteral("words of %1").arg(p.id);
        p.body = {Block {.text = p.text}};
        list.append(p);
    }
    return list;
}

ThreadInfo topic(const QString &url, const QString &engine = QStringLiteral("discourse"))
{
    return ThreadInfo {url, engine, QStringLiteral("A topic"), 1};
}

} // namespace

class TestDiscourseKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slugKeysMoveToTopicIds();

private:
    QTemporaryDir m_dir;
};

void TestDiscourseKeys::slugKeysMoveToTopicIds()
{
    const QString file = m_dir.filePath(QStringLiteral("cache.sqlite"));
    const QDateTime earlier(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::UTC);
    const QDateTime later = earlier.addDays(3);
    const QDateTime readAt = earlier.addSecs(60);
    const QString lone = QStringLiteral("https://f.example/t/a-topic/77");
    const QString folder = QStringLiteral("https://e.example/forum/t/другая-тема/5");
    const QString bothSlugged = QStringLiteral("https://f.example/t/b-topic/88");
    const QString bothKey = QStringLiteral("https://f.example/t/88");
    const QString oldSlug = QStringLiteral("https://f.example/t/old-title/99");
    const QString newSlug = QStringLiteral("https://f.example/t/new-title/99");
    const QString xenforo = QStringLiteral("https://x.example/t/a-thread.7/");
    {
        CacheDatabase db;
        QString error;
        QVERIFY2(db.open(file, &error), qPrintable(error));
        QVERIFY(db.savePage(topic(lone), 1, posts(QStringLiteral("77"), 3), earlier, &error));
        QVERIFY(db.markRead(lone, {QStringLiteral("771")}, readAt, &error));
        QVERIFY(db.saveFolds(lone, QStringLiteral("772"), {QStringLiteral("0")}, &error));
        Annotation note;
        note.threadUrl = lone;
        note.postId = QStringLiteral("772");
        note.note = QStringLiteral("the kestrel");
        QVERIFY(db.saveAnnotation(&note, &error));
        Rule rule;
        rule.site = QStringLiteral("f.example");
        rule.pattern = QStringLiteral("bob");
        rule.score = -100;
        rule.scope = Rule::Scope::Thread;
        rule.threadUrl = lone;
        rule.created = earlier;
        QVERIFY(db.saveRule(&rule, &error));
        QVERIFY(db.savePage(topic(folder), 1, posts(QStringLiteral("5"), 2), earlier, &error));
        // The bug this fixes: one topic under its slugged key and under /t/{id}.
        QVERIFY(db.savePage(topic(bothSlugged), 1, posts(QStringLiteral("88"), 3), earlier, &error));
        QVERIFY(db.markRead(bothSlugged, {QStringLiteral("882")}, readAt, &error));
        QVERIFY(db.savePage(topic(bothKey), 1, posts(QStringLiteral("88"), 4), later, &error));
        // Renamed between two visits: two slugs; the copy fetched last takes the key.
        QVERIFY(db.savePage(topic(oldSlug), 1, posts(QStringLiteral("99"), 2), earlier, &error));
        QVERIFY(db.markRead(oldSlug, {QStringLiteral("991")}, readAt, &error));
        QVERIFY(db.savePage(topic(newSlug), 1, posts(QStringLiteral("99"), 3), later, &error));
        QVERIFY(db.savePage(
            topic(xenforo, QStringLiteral("xenforo")), 1, posts(QStringLiteral("7"), 1), earlier, &error));
    }
    {
        // As a schema-11 file left it.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        // What schemas 15 (sync) and 16 (reader settings) added goes, so that their migrations
        // run again as on a real v11 file.
        QSqlQuery q(raw);
        QStringList drops;
        QVERIFY(q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE name LIKE 'sync%'"
                                      " OR name IN ('rules_by_sync_id', 'annotations_by_sync_id')")));
        while (q.next())
            if (q.value(0).toString() != QLatin1String("table"))
                drops.append(QStringLiteral("DROP %1 IF EXISTS %2")
                                 .arg(q.value(0).toString().toUpper(), q.value(1).toString()));
        QVERIFY(q.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'sync%'")));
        while (q.next())
            drops.append(QStringLiteral("DROP TABLE %1").arg(q.value(0).toString()));
        drops << QStringLiteral("DROP TABLE reader_settings")
              << QStringLiteral("ALTER TABLE rules DROP COLUMN sync_id")
              << QStringLiteral("ALTER TABLE annotations DROP COLUMN sync_id")
              << QStringLiteral("ALTER TABLE annotations DROP COLUMN history");
        q.finish();
        for (const QString &drop : std::as_const(drops))
            QVERIFY2(QSqlQuery(raw).exec(drop), qPrintable(drop));
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 11")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    CacheDatabase db;
    QString error;
    QVERIFY2(db.open(file, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), CacheDatabase::SchemaVersion); // 12 and every later one
    QStringList urls;
    for (const ThreadSummary &t : db.threads())
        urls.append(t.info.url);
    urls.sort();
    QStringList expected {QStringLiteral("https://f.example/t/77"),
        QStringLiteral("https://e.example/forum/t/5"), bothKey, bothSlugged,
        QStringLiteral("https://f.example/t/99"), oldSlug, xenforo};
    expected.sort();
    QCOMPARE(urls, expected);

    const QString moved = QStringLiteral("https://f.example/t/77");
    const std::optional<CachedThread> loneThread = db.loadThread(moved);
    QVERIFY(loneThread);
    QCOMPARE(loneThread->posts.size(), 3);
    QCOMPARE(loneThread->posts[0].readAt, readAt);
    QVERIFY(!loneThread->posts[1].isRead());
    QCOMPARE(db.folds(moved).value(QStringLiteral("772")), QStringList {QStringLiteral("0")});
    QCOMPARE(db.annotations(moved).size(), 1);
    QVERIFY(db.annotations(lone).isEmpty());
    QCOMPARE(db.rules().size(), 1);
    QCOMPARE(db.rules().first().threadUrl, moved);

    // The copy under the key keeps its posts and gains the other's read mark.
    const std::optional<CachedThread> both = db.loadThread(bothKey);
    QVERIFY(both);
    QCOMPARE(both->posts.size(), 4);
    for (const Post &p : both->posts)
        QCOMPARE(p.isRead(), p.id == QLatin1String("882"));
    QCOMPARE(db.loadThread(bothSlugged)->posts.size(), 3); // left as it was

    const std::optional<CachedThread> renamed = db.loadThread(QStringLiteral("https://f.example/t/99"));
    QVERIFY(renamed);
    QCOMPARE(renamed->posts.size(), 3); // the later copy
    QCOMPARE(renamed->posts[0].readAt, readAt); // the earlier copy's mark
    QVERIFY(db.loadThread(oldSlug));
    QVERIFY(!db.loadThread(newSlug));
    QVERIFY(db.loadThread(xenforo)); // another engine's /t/ is not touched
}

QTEST_GUILESS_MAIN(TestDiscourseKeys)
#include "tst_discoursekeys.moc"
