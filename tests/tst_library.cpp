// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The library in the store (issue 13): what the pane shows of each thread, a thread
// removed whole and put back (posts, read state, place, watch, quote edges, folds, the
// search index), retention's eviction as a table, and Compact.
#include "librarydata.h"
#include "testutil.h"

#include "domain/scorer.h"
#include "domain/search.h"
#include "services/removethreadcommand.h"
#include "services/retention.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

Q_DECLARE_METATYPE(QList<Threadkeeper::Rule>)

namespace {
const QString Site = QStringLiteral("forum.example");

ThreadInfo threadAt(const QString &slug, const QString &title, const QString &host = Site)
{
    return ThreadInfo {
        QStringLiteral("https://%1/threads/%2/").arg(host, slug), QStringLiteral("xenforo"), title, 1};
}

QStringList foundPosts(const CacheDatabase &db, const QString &words)
{
    QString error;
    QStringList ids;
    for (const SearchHit &hit : db.search(SearchQuery::parse(words), 100, &error))
        ids.append(hit.threadUrl + QLatin1Char('#') + hit.postId);
    return ids;
}
} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void listsWhatThePaneShows();
    void hiddenPostsAreNeitherUnreadNorNew();
    void removedThreadComesBackWhole();
    void restoreReplacesACopyCachedAgain();
    void removingWhatIsNotCached();
    void undoThroughTheStore();
    void eviction_data();
    void eviction();
    void compactGivesSpaceBack();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestLibrary::init()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLibrary::listsWhatThePaneShows()
{
    CacheDatabase db;
    QString error;
    QVERIFY2(db.open(path(QStringLiteral("list.sqlite")), &error), qPrintable(error));
    const QDateTime first = QDateTime::currentDateTimeUtc().addDays(-2);
    const ThreadInfo a = threadAt(QStringLiteral("a.1"), QStringLiteral("Alpha"));
    const ThreadInfo b
        = threadAt(QStringLiteral("b.2"), QStringLiteral("Beta"), QStringLiteral("other.example"));
    QList<Post> posts {libraryPost(QStringLiteral("1"), 1, QStringLiteral("ann"), QStringLiteral("one")),
        libraryPost(QStringLiteral("2"), 2, QStringLiteral("bob"), QStringLiteral("two words")),
        libraryPost(QStringLiteral("3"), 3, QStringLiteral("ann"), QStringLiteral("three"))};
    QVERIFY(db.savePage(a, 1, posts, first, &error));
    QVERIFY(db.savePage(b, 1, posts.mid(0, 1), first, &error));
    QVERIFY(db.markRead(a.url, {QStringLiteral("1"), QStringLiteral("2")}, first, &error));
    // Visited; then two posts came in, one of them a new one.
    QVERIFY(db.recordVisit(a.url, first.addSecs(60), &error));
    const QDateTime later = first.addDays(1);
    posts.append(libraryPost(QStringLiteral("4"), 4, QStringLiteral("cy"), QStringLiteral("four")));
    posts[3].date = QDateTime(QDate(2025, 6, 1), QTime(9, 30), QTimeZone::UTC);
    QVERIFY(db.savePage(a, 1, posts, later, &error)); // 1–3 kept their first_seen
    QVERIFY(db.setWatched(b.url, true, &error));

    const QList<ThreadSummary> list = db.threads();
    QCOMPARE(list.size(), 2);
    const ThreadSummary &sa = list[0]; // fetched last
    QCOMPARE(sa.info.url, a.url);
    QCOMPARE(sa.info.title, QStringLiteral("Alpha"));
    QCOMPARE(sa.site, Site);
    QVERIFY(sa.forum.isEmpty()); // no engine names a forum
    QCOMPARE(sa.posts, 4);
    QCOMPARE(sa.unread, 2);
    QCOMPARE(sa.newPosts, 1);
    QCOMPARE(sa.lastPost, posts[3].date);
    QCOMPARE(sa.lastVisit.toSecsSinceEpoch(), first.addSecs(60).toSecsSinceEpoch());
    QVERIFY(!sa.watched);
    // The size counts the words and the bodies: more than the words alone.
    qint64 words = 0;
    for (const Post &p : posts)
        words += p.text.toUtf8().size();
    QVERIFY2(sa.bytes > words && sa.bytes < 4000, qPrintable(QString::number(sa.bytes)));

    const ThreadSummary &sb = list[1];
    QCOMPARE(sb.site, QStringLiteral("other.example"));
    QVERIFY(sb.watched);
    QCOMPARE(sb.newPosts, 1); // never visited: all new
    QVERIFY(sb.lastVisit.isNull());

    const CacheSize size = db.cacheSize();
    QVERIFY(size.fileBytes >= 4096);
    QVERIFY(size.freeBytes >= 0 && size.freeBytes < size.fileBytes);
}

void TestLibrary::hiddenPostsAreNeitherUnreadNorNew()
{
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("hidden.sqlite")), &error));
    const ThreadInfo a = threadAt(QStringLiteral("a.1"), QStringLiteral("Alpha"));
    QVERIFY(db.savePage(a, 1,
        {libraryPost(QStringLiteral("1"), 1, QStringLiteral("ann"), QStringLiteral("one")),
            libraryPost(QStringLiteral("2"), 2, QStringLiteral("troll"), QStringLiteral("two")),
            libraryPost(QStringLiteral("3"), 3, QStringLiteral("troll"), QStringLiteral("three"))},
        QDateTime::currentDateTimeUtc(), &error));
    Scorer scorer;
    scorer.setRules({posterRule(Site, QStringLiteral("troll"), -1000)});
    const QList<ThreadSummary> list = db.threads(hiddenBy(scorer));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].posts, 3);
    QCOMPARE(list[0].unread, 1);
    QCOMPARE(list[0].newPosts, 1);
    QVERIFY(!hiddenBy(Scorer())); // no rules: no predicate, every post counts
}

void TestLibrary::removedThreadComesBackWhole()
{
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("remove.sqlite")), &error));
    const ThreadInfo big = threadAt(QStringLiteral("big.1"), QStringLiteral("Ten thousand posts"));
    const ThreadInfo other = threadAt(QStringLiteral("other.2"), QStringLiteral("Another"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<Post> posts = libraryThread(10000, 7);
    QVERIFY(db.savePage(other, 1, libraryThread(5, 8), now, &error));
    QVERIFY2(saveThread(db, big, posts, now.addDays(-3), &error), qPrintable(error));
    // The reader's state: some posts read, a place, the watch, a visit, a fold, a note.
    QStringList read;
    for (int i = 0; i < 4000; i += 3)
        read.append(posts[i].id);
    QVERIFY(db.markRead(big.url, read, now.addDays(-1), &error));
    QVERIFY(db.savePlace(big.url, ReadingPlace {posts[1234].id, 321}, &error));
    QVERIFY(db.setWatched(big.url, true, &error));
    QVERIFY(db.recordVisit(big.url, now.addDays(-1), &error));
    QVERIFY(db.saveFolds(big.url, posts[5].id, {QStringLiteral("0")}, &error));
    Annotation note;
    note.threadUrl = big.url;
    note.postId = posts[9].id;
    note.note = QStringLiteral("keep this");
    QVERIFY(db.saveAnnotation(&note, &error));

    const auto before = db.loadThread(big.url);
    QVERIFY(before);
    QCOMPARE(before->posts.size(), 10000);
    const QList<Quote> edgesBefore = db.quoteEdges(big.url, posts[42].id);
    auto summaryOf = [&db](const QString &url) {
        for (const ThreadSummary &s : db.threads()) {
            if (s.info.url == url)
                return s;
        }
        return ThreadSummary {};
    };
    const ThreadSummary summaryBefore = summaryOf(big.url);
    QCOMPARE(summaryBefore.posts, 10000);
    // Each post's own marker word ("w<i>x<n>") finds that post alone.
    const QString marker = posts[777].text.section(QLatin1Char(' '), -1);
    const QStringList hit {big.url + QLatin1Char('#') + posts[777].id};
    QCOMPARE(foundPosts(db, marker), hit);

    ThreadSnapshot removed;
    QVERIFY2(db.removeThread(big.url, &removed, &error), qPrintable(error));
    QCOMPARE(removed.postCount(), 10000);
    QCOMPARE(removed.title, big.title);
    QVERIFY(!db.loadThread(big.url));
    QCOMPARE(db.threads().size(), 1);
    QVERIFY(foundPosts(db, marker).isEmpty()); // the index followed
    QVERIFY(db.folds(big.url).isEmpty());
    QCOMPARE(db.annotations(big.url).size(), 1); // annotations are the reader's: kept
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));

    // A thread cached meanwhile takes the removed one's id: the restore must not care.
    QVERIFY(db.savePage(
        threadAt(QStringLiteral("new.3"), QStringLiteral("New")), 1, libraryThread(3, 9), now, &error));

    QVERIFY2(db.restoreThread(removed, &error), qPrintable(error));
    const auto after = db.loadThread(big.url);
    QVERIFY(after);
    QCOMPARE(after->info, before->info);
    QCOMPARE(after->place.postId, posts[1234].id);
    QCOMPARE(after->place.scroll, 321);
    QCOMPARE(after->posts.size(), before->posts.size());
    for (qsizetype i = 0; i < after->posts.size(); ++i) {
        if (!(after->posts[i] == before->posts[i]))
            QFAIL(qPrintable(QStringLiteral("post %1 differs after the undo").arg(before->posts[i].id)));
    }
    QCOMPARE(db.quoteEdges(big.url, posts[42].id), edgesBefore);
    QCOMPARE(db.folds(big.url).value(posts[5].id), QStringList {QStringLiteral("0")});
    QCOMPARE(summaryOf(big.url), summaryBefore); // counts, watch, visit, size: all as they were
    QCOMPARE(db.watchedThreads().size(), 1);
    QCOMPARE(foundPosts(db, marker), hit);
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}

void TestLibrary::restoreReplacesACopyCachedAgain()
{
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("again.sqlite")), &error));
    const ThreadInfo a = threadAt(QStringLiteral("a.1"), QStringLiteral("Alpha"));
    const QList<Post> posts = libraryThread(30, 3);
    QVERIFY(saveThread(db, a, posts, QDateTime::currentDateTimeUtc(), &error));
    QVERIFY(db.markRead(a.url, {posts[0].id}, QDateTime::currentDateTimeUtc(), &error));
    ThreadSnapshot removed;
    QVERIFY(db.removeThread(a.url, &removed, &error));
    // Opened again before the undo: a fresh copy, nothing read.
    QVERIFY(saveThread(db, a, posts.mid(0, 20), QDateTime::currentDateTimeUtc(), &error));
    QVERIFY2(db.restoreThread(removed, &error), qPrintable(error));
    const auto thread = db.loadThread(a.url);
    QCOMPARE(thread->posts.size(), 30);
    QVERIFY(thread->posts[0].isRead());
    QCOMPARE(db.threads().size(), 1);
    QCOMPARE(foundPosts(db, posts[3].text.section(QLatin1Char(' '), -1)).size(), 1);
}

void TestLibrary::removingWhatIsNotCached()
{
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(path(QStringLiteral("none.sqlite")), &error));
    ThreadSnapshot removed;
    QVERIFY(db.removeThread(QStringLiteral("https://forum.example/threads/none.9/"), &removed, &error));
    QVERIFY(removed.isEmpty());
    QVERIFY(db.restoreThread(removed, &error));
    QVERIFY(db.threads().isEmpty());
}

void TestLibrary::undoThroughTheStore()
{
    const QString file = path(QStringLiteral("undo.sqlite"));
    const ThreadInfo a = threadAt(QStringLiteral("a.1"), QStringLiteral("Alpha"));
    const QList<Post> posts = libraryThread(60, 4);
    {
        CacheDatabase db;
        QString error;
        QVERIFY(db.open(file, &error));
        QVERIFY(saveThread(db, a, posts, QDateTime::currentDateTimeUtc(), &error));
    }
    CacheStore store(file);
    QSignalSpy removed(&store, &CacheStore::threadRemoved);
    QSignalSpy restored(&store, &CacheStore::threadRestored);
    QSignalSpy listed(&store, &CacheStore::libraryListed);
    QUndoStack stack;
    stack.push(new RemoveThreadCommand(&store, a.url, a.title));
    QCOMPARE(stack.undoText(), QStringLiteral("Remove \u201CAlpha\u201D"));
    // Undone at once, before the store answered: the store runs its jobs in order.
    stack.undo();
    store.listLibrary();
    QVERIFY(listed.wait());
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][2].toString(), a.title);
    QCOMPARE(removed[0][3].toInt(), 60);
    QVERIFY(removed[0][4].toString().isEmpty());
    QCOMPARE(restored.size(), 1);
    QVERIFY(restored[0][2].toString().isEmpty());
    QCOMPARE(listed[0][0].value<LibraryListing>().threads.size(), 1);
    QCOMPARE(listed[0][0].value<LibraryListing>().threads[0].posts, 60);

    stack.redo();
    store.listLibrary();
    QVERIFY(listed.wait());
    QVERIFY(listed[1][0].value<LibraryListing>().threads.isEmpty());
    // The command goes (the stack is cleared): its removal is for good, nothing kept.
    stack.clear();
    stack.push(new RemoveThreadCommand(&store, a.url, a.title)); // not cached: an empty removal
    stack.undo();
    store.listLibrary();
    QVERIFY(listed.wait());
    QVERIFY(listed[2][0].value<LibraryListing>().threads.isEmpty());
}

void TestLibrary::eviction_data()
{
    QTest::addColumn<int>("visitedDaysAgo"); // -1: never
    QTest::addColumn<int>("cachedDaysAgo");
    QTest::addColumn<bool>("watched");
    QTest::addColumn<bool>("annotated");
    QTest::addColumn<QString>("unreadBy"); // the poster whose post is left unread; empty: all read
    QTest::addColumn<QList<Rule>>("rules");
    QTest::addColumn<bool>("evicted");

    const QList<Rule> none;
    const QString thisThread = threadAt(QStringLiteral("target.1"), {}).url;
    const QString otherThread = threadAt(QStringLiteral("other.2"), {}).url;
    Rule expired = posterRule(Site, QStringLiteral("bob"), 100);
    expired.expires = QDateTime::currentDateTimeUtc().addDays(-1);
    // Kept for 30 days: the target thread's posts are by ann, bob and spammer.
    QTest::newRow("read, last visited 40 days ago")
        << 40 << 50 << false << false << QString() << none << true;
    QTest::newRow("visited 10 days ago") << 10 << 50 << false << false << QString() << none << false;
    QTest::newRow("never visited, cached 40 days ago")
        << -1 << 40 << false << false << QString() << none << true;
    QTest::newRow("never visited, cached 10 days ago")
        << -1 << 10 << false << false << QString() << none << false;
    QTest::newRow("watched") << 40 << 50 << true << false << QString() << none << false;
    QTest::newRow("annotated") << 40 << 50 << false << true << QString() << none << false;
    QTest::newRow("an unread post") << 40 << 50 << false << false << QStringLiteral("ann") << none << false;
    QTest::newRow("unread, but the rules hide it")
        << 40 << 50 << false << false << QStringLiteral("spammer")
        << QList<Rule> {posterRule(Site, QStringLiteral("spammer"), -1000)} << true;
    QTest::newRow("a followed poster's post")
        << 40 << 50 << false << false << QString()
        << QList<Rule> {posterRule(Site, QStringLiteral("bob"), 100)} << false;
    QTest::newRow("followed by any positive score")
        << 40 << 50 << false << false << QString() << QList<Rule> {posterRule(Site, QStringLiteral("bob"), 5)}
        << false;
    QTest::newRow("followed, name in another case")
        << 40 << 50 << false << false << QString()
        << QList<Rule> {posterRule(Site, QStringLiteral("BOB"), 100)} << false;
    QTest::newRow("followed in this thread")
        << 40 << 50 << false << false << QString()
        << QList<Rule> {posterRule(Site, QStringLiteral("bob"), 100, thisThread)} << false;
    QTest::newRow("followed in another thread")
        << 40 << 50 << false << false << QString()
        << QList<Rule> {posterRule(Site, QStringLiteral("bob"), 100, otherThread)} << true;
    QTest::newRow("followed on another site")
        << 40 << 50 << false << false << QString()
        << QList<Rule> {posterRule(QStringLiteral("other.example"), QStringLiteral("bob"), 100)} << true;
    QTest::newRow("follow rule expired")
        << 40 << 50 << false << false << QString() << QList<Rule> {expired} << true;
    QTest::newRow("a hidden poster's post")
        << 40 << 50 << false << false << QString()
        << QList<Rule> {posterRule(Site, QStringLiteral("bob"), -100)} << true;
    QTest::newRow("a keyword rule scoring up") << 40 << 50 << false << false << QString() << [] {
        Rule r = posterRule(Site, QStringLiteral("two"), 100);
        r.kind = Rule::Kind::Keyword;
        return QList<Rule> {r};
    }() << true;
}

void TestLibrary::eviction()
{
    QFETCH(int, visitedDaysAgo);
    QFETCH(int, cachedDaysAgo);
    QFETCH(bool, watched);
    QFETCH(bool, annotated);
    QFETCH(QString, unreadBy);
    QFETCH(QList<Rule>, rules);
    QFETCH(bool, evicted);

    CacheDatabase db;
    QString error;
    static int run = 0;
    QVERIFY(db.open(path(QStringLiteral("evict-%1.sqlite").arg(++run)), &error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const ThreadInfo target = threadAt(QStringLiteral("target.1"), QStringLiteral("Target"));
    const ThreadInfo recent = threadAt(QStringLiteral("recent.3"), QStringLiteral("Recent"));
    const QList<Post> posts {
        libraryPost(QStringLiteral("1"), 1, QStringLiteral("ann"), QStringLiteral("one zebra")),
        libraryPost(QStringLiteral("2"), 2, QStringLiteral("bob"), QStringLiteral("two")),
        libraryPost(QStringLiteral("3"), 3, QStringLiteral("spammer"), QStringLiteral("three"))};
    QVERIFY(db.savePage(target, 1, posts, now.addDays(-cachedDaysAgo), &error));
    QVERIFY(db.savePage(recent, 1, posts, now.addDays(-1), &error));
    QStringList read;
    for (const Post &p : posts) {
        if (p.author != unreadBy)
            read.append(p.id);
    }
    QVERIFY(db.markRead(target.url, read, now.addDays(-cachedDaysAgo), &error));
    QVERIFY(db.markRead(recent.url, read, now, &error));
    if (visitedDaysAgo >= 0)
        QVERIFY(db.recordVisit(target.url, now.addDays(-visitedDaysAgo), &error));
    QVERIFY(db.setWatched(target.url, watched, &error));
    QVERIFY(db.saveFolds(target.url, QStringLiteral("1"), {QStringLiteral("0")}, &error));
    if (annotated) {
        Annotation note;
        note.threadUrl = target.url;
        note.postId = QStringLiteral("2");
        note.note = QStringLiteral("mine");
        QVERIFY(db.saveAnnotation(&note, &error));
    }

    Scorer scorer;
    scorer.setRules(rules);
    QList<ThreadSummary> gone;
    QVERIFY2(db.evictThreads(now.addDays(-30), postersToKeep(rules, now), hiddenBy(scorer), &gone, &error),
        qPrintable(error));
    QCOMPARE(gone.size(), evicted ? 1 : 0);
    QCOMPARE(bool(db.loadThread(target.url)), !evicted);
    QVERIFY(db.loadThread(recent.url)); // visited yesterday: never evicted
    if (evicted) {
        QCOMPARE(gone[0].info.url, target.url);
        QCOMPARE(gone[0].info.title, QStringLiteral("Target"));
        QVERIFY(db.folds(target.url).isEmpty());
    }
    // The index follows: "zebra" is in both threads' first post.
    QCOMPARE(foundPosts(db, QStringLiteral("zebra")).size(), evicted ? 1 : 2);
    QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
}

void TestLibrary::compactGivesSpaceBack()
{
    const QString file = path(QStringLiteral("compact.sqlite"));
    {
        CacheDatabase db;
        QString error;
        QVERIFY(db.open(file, &error));
        QVERIFY(saveThread(db, threadAt(QStringLiteral("a.1"), QStringLiteral("A")), libraryThread(2000, 5),
            QDateTime::currentDateTimeUtc(), &error));
        ThreadSnapshot removed;
        QVERIFY(db.removeThread(threadAt(QStringLiteral("a.1"), {}).url, &removed, &error));
        QVERIFY(db.cacheSize().freeBytes > 100000);
    }
    CacheStore store(file);
    QSignalSpy compacted(&store, &CacheStore::compacted);
    store.compact();
    QVERIFY(compacted.wait(20000));
    const auto before = compacted[0][0].value<CacheSize>();
    const auto after = compacted[0][1].value<CacheSize>();
    QVERIFY2(compacted[0][2].toString().isEmpty(), qPrintable(compacted[0][2].toString()));
    QVERIFY(before.freeBytes > 100000);
    QCOMPARE(after.freeBytes, 0);
    QVERIFY(after.fileBytes < before.fileBytes);
    QCOMPARE(QFileInfo(file).size(), after.fileBytes); // given back to the file system
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
