// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/threadtreemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Threadkeeper;

class TestThreadTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertInThreadOrder_data();
    void insertInThreadOrder();
    void moveKeepsPersistentIndexes();
    void batchInsertsRunsWithTheirReplies();
    void moveRefusesCycles();
    void readStateAndUnreadCount();
    void manyChangesAnnouncedOnce_data();
    void manyChangesAnnouncedOnce();
    void nextUnreadDepthFirst();
    void displayRoles();
    void chainAsDeepAsTheThread_data();
    void chainAsDeepAsTheThread();

private:
    static Post post(const QString &id, int position, bool read = false)
    {
        Post p;
        p.id = id;
        p.position = position;
        p.number = position;
        p.author = QStringLiteral("author-") + id;
        p.text = QStringLiteral("words of ") + id;
        p.date = QDateTime(QDate(2025, 1, 26), QTime(10, position % 60), QTimeZone::UTC);
        if (read)
            p.readAt = p.date;
        return p;
    }
    static QStringList childIds(const ThreadTreeModel &model, const QModelIndex &parent = {})
    {
        QStringList ids;
        for (int r = 0; r < model.rowCount(parent); ++r)
            ids.append(model.index(r, 0, parent).data(ThreadTreeModel::PostIdRole).toString());
        return ids;
    }
};

void TestThreadTreeModel::insertInThreadOrder_data()
{
    QTest::addColumn<QList<int>>("arrival");
    QTest::newRow("in order") << QList<int> {1, 2, 3, 4};
    QTest::newRow("reversed") << QList<int> {4, 3, 2, 1};
    QTest::newRow("shuffled") << QList<int> {3, 1, 4, 2};
}

void TestThreadTreeModel::insertInThreadOrder()
{
    QFETCH(QList<int>, arrival);
    ThreadTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    for (int n : arrival)
        model.insertPost(post(QString::number(n), n), QString());
    QCOMPARE(childIds(model),
        (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.postCount(), 4);
}

void TestThreadTreeModel::moveKeepsPersistentIndexes()
{
    ThreadTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.insertPost(post(QStringLiteral("a"), 1), QString());
    model.insertPost(post(QStringLiteral("c"), 3), QString());
    model.insertPost(post(QStringLiteral("d"), 4), QStringLiteral("c"));
    const QPersistentModelIndex selected = model.indexOf(QStringLiteral("c"));
    const QPersistentModelIndex child = model.indexOf(QStringLiteral("d"));
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    // "b" arrives later (an earlier page) and "c" turns out to quote it.
    model.insertPost(post(QStringLiteral("b"), 2), QStringLiteral("a"));
    model.movePost(QStringLiteral("c"), QStringLiteral("b"));
    QCOMPARE(moved.count(), 1);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(ThreadTreeModel::PostIdRole).toString(), QStringLiteral("c"));
    QCOMPARE(selected.parent().data(ThreadTreeModel::PostIdRole).toString(), QStringLiteral("b"));
    QCOMPARE(child.parent(), QModelIndex(selected));
    QCOMPARE(childIds(model), QStringList {QStringLiteral("a")});
    // Back to top level: sorted among the top-level posts by position.
    model.movePost(QStringLiteral("c"), QString());
    QCOMPARE(childIds(model), (QStringList {QStringLiteral("a"), QStringLiteral("c")}));
}

void TestThreadTreeModel::batchInsertsRunsWithTheirReplies()
{
    ThreadTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.insertPost(post(QStringLiteral("a"), 10), QString());
    model.insertPost(post(QStringLiteral("e"), 50), QString());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy unread(&model, &ThreadTreeModel::unreadCountChanged);
    // A page arriving out of order: top-level posts before and after "e", replies to an
    // old post and to new ones, a reply of a reply.
    QList<PostHeader> batch;
    QStringList parents;
    auto add = [&](const QString &id, int position, const QString &parent) {
        batch.append(ThreadTreeModel::headerOf(post(id, position)));
        parents.append(parent);
    };
    add(QStringLiteral("b"), 20, QString());
    add(QStringLiteral("b1"), 21, QStringLiteral("b"));
    add(QStringLiteral("b2"), 22, QStringLiteral("b1"));
    add(QStringLiteral("c"), 30, QString());
    add(QStringLiteral("a1"), 31, QStringLiteral("a"));
    add(QStringLiteral("f"), 60, QString());
    add(QStringLiteral("g"), 70, QString());
    model.insertPosts(batch, parents);
    QCOMPARE(childIds(model),
        (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("e"),
            QStringLiteral("f"), QStringLiteral("g")}));
    QCOMPARE(childIds(model, model.indexOf(QStringLiteral("b"))), QStringList {QStringLiteral("b1")});
    QCOMPARE(childIds(model, model.indexOf(QStringLiteral("b1"))), QStringList {QStringLiteral("b2")});
    QCOMPARE(childIds(model, model.indexOf(QStringLiteral("a"))), QStringList {QStringLiteral("a1")});
    // b..c before e, f..g at the end, a1 under a: three insertions, not seven.
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(model.postCount(), 9);
    QCOMPARE(model.unreadCount(), 9);
    QCOMPARE(unread.count(), 1);
}

void TestThreadTreeModel::moveRefusesCycles()
{
    ThreadTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.insertPost(post(QStringLiteral("a"), 1), QString());
    model.insertPost(post(QStringLiteral("b"), 2), QStringLiteral("a"));
    model.movePost(QStringLiteral("a"), QStringLiteral("b"));
    QCOMPARE(childIds(model), QStringList {QStringLiteral("a")});
    QCOMPARE(childIds(model, model.indexOf(QStringLiteral("a"))), QStringList {QStringLiteral("b")});
}

void TestThreadTreeModel::readStateAndUnreadCount()
{
    ThreadTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy unread(&model, &ThreadTreeModel::unreadCountChanged);
    model.insertPost(post(QStringLiteral("a"), 1, true), QString());
    model.insertPost(post(QStringLiteral("b"), 2), QString());
    model.insertPost(post(QStringLiteral("c"), 3), QStringLiteral("b"));
    QCOMPARE(model.unreadCount(), 2);
    QVERIFY(model.indexOf(QStringLiteral("b")).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.indexOf(QStringLiteral("a")).data(Qt::FontRole).isValid());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setRead({QStringLiteral("b"), QStringLiteral("a")}, QDateTime::currentDateTimeUtc());
    QCOMPARE(changed.count(), 1); // "a" was read already
    QCOMPARE(model.unreadCount(), 1);
    QCOMPARE(unread.last().first().toInt(), 1);
    QVERIFY(model.indexOf(QStringLiteral("b")).data(ThreadTreeModel::ReadRole).toBool());
}

void TestThreadTreeModel::manyChangesAnnouncedOnce_data()
{
    QTest::addColumn<int>("posts");
    QTest::addColumn<int>("announcements");
    QTest::newRow("a few: row by row") << 40 << 40;
    QTest::newRow("a whole thread: once") << 2000 << 1;
}

void TestThreadTreeModel::manyChangesAnnouncedOnce()
{
    QFETCH(int, posts);
    QFETCH(int, announcements);
    ThreadTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Every fourth post starts a conversation; the rest reply to the post before.
    QList<PostHeader> headers;
    QStringList parents, ids;
    for (int i = 1; i <= posts; ++i) {
        const Post p = post(QString::number(i), i);
        headers.append(ThreadTreeModel::headerOf(p));
        parents.append(i % 4 == 1 ? QString() : QString::number(i - 1));
        ids.append(p.id);
    }
    model.insertPosts(headers, parents);
    QCOMPARE(model.unreadCount(), posts);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy unread(&model, &ThreadTreeModel::unreadCountChanged);
    model.setRead(ids, QDateTime::currentDateTimeUtc());
    QCOMPARE(changed.count(), announcements);
    QCOMPARE(unread.count(), 1);
    QCOMPARE(model.unreadCount(), 0);
    if (announcements == 1) {
        // All top-level rows, every column: a view repaints every row it shows.
        const QModelIndex first = changed.first().at(0).value<QModelIndex>();
        const QModelIndex last = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(first, model.index(0, 0));
        QCOMPARE(last, model.index(model.rowCount() - 1, model.columnCount() - 1));
    }
    // Scores between beginChanges and endChanges: the same, and the unread count once.
    changed.clear();
    unread.clear();
    model.setRead(ids, QDateTime());
    changed.clear();
    unread.clear();
    model.beginChanges();
    for (const QString &id : std::as_const(ids))
        model.setScore(id, PostScore {-100, {QStringLiteral("hidden")}, true, false});
    QCOMPARE(changed.count(), 0);
    model.endChanges();
    QCOMPARE(changed.count(), announcements);
    QCOMPARE(unread.count(), 1);
    QCOMPARE(model.unreadCount(), 0); // hidden posts count as read
}

void TestThreadTreeModel::nextUnreadDepthFirst()
{
    ThreadTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // a(read) ─ b ─ d ; c ; e(read)   display order: a b d c e
    model.insertPost(post(QStringLiteral("a"), 1, true), QString());
    model.insertPost(post(QStringLiteral("b"), 2), QStringLiteral("a"));
    model.insertPost(post(QStringLiteral("c"), 3), QString());
    model.insertPost(post(QStringLiteral("d"), 4), QStringLiteral("b"));
    model.insertPost(post(QStringLiteral("e"), 5, true), QString());
    auto idOf = [](const QModelIndex &i) { return i.data(ThreadTreeModel::PostIdRole).toString(); };
    QCOMPARE(idOf(model.nextUnread({})), QStringLiteral("b"));
    QCOMPARE(idOf(model.nextUnread(model.indexOf(QStringLiteral("b")))), QStringLiteral("d"));
    QCOMPARE(idOf(model.nextUnread(model.indexOf(QStringLiteral("d")))), QStringLiteral("c"));
    // From the last post it wraps around to the top.
    QCOMPARE(idOf(model.nextUnread(model.indexOf(QStringLiteral("e")))), QStringLiteral("b"));
    model.setRead(
        {QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}, QDateTime::currentDateTimeUtc());
    QVERIFY(!model.nextUnread(model.indexOf(QStringLiteral("a"))).isValid());
}

void TestThreadTreeModel::displayRoles()
{
    ThreadTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Post p = post(QStringLiteral("x"), 7);
    p.body = {Block {.text = QString(400, QLatin1Char('w'))}};
    p.text = p.body.first().text;
    // A spoiler's words stay out of the snippet: it shows as its title.
    Post s = post(QStringLiteral("y"), 8);
    s.body = {Block {.text = QStringLiteral("The ending:")},
        Block {.kind = Block::Kind::Spoiler,
            .text = QStringLiteral("Season 2"),
            .children = {Block {.text = QStringLiteral("they all win")}}}};
    s.text = QStringLiteral("The ending:\nSeason 2\nthey all win");
    model.insertPost(p, QString());
    model.insertPost(s, QString());
    QCOMPARE(model.indexOf(QStringLiteral("y"), ThreadTreeModel::SnippetColumn).data().toString(),
        QStringLiteral("The ending: [Spoiler: Season 2]"));
    const QModelIndex i = model.indexOf(QStringLiteral("x"));
    QCOMPARE(i.data().toString(), QStringLiteral("#7 author-x"));
    const QString snippet = model.index(0, ThreadTreeModel::SnippetColumn).data().toString();
    QVERIFY(snippet.size() <= 160);
    QVERIFY(snippet.endsWith(QChar(0x2026)));
    QVERIFY(!model.index(0, ThreadTreeModel::DateColumn).data().toString().isEmpty());
}

void TestThreadTreeModel::chainAsDeepAsTheThread_data()
{
    QTest::addColumn<bool>("rebuilt"); // by setStructure (a reset) rather than row by row
    QTest::newRow("inserted") << false;
    QTest::newRow("rebuilt") << true;
}

void TestThreadTreeModel::chainAsDeepAsTheThread()
{
    // Each post replying to the one before it, 300,000 times (a hostile thread; two
    // people arguing make chains of hundreds): built, walked, cut and freed without
    // recursion, which would overflow the stack.
    QFETCH(bool, rebuilt);
    const int depth = 300000;
    QList<PostHeader> headers;
    QStringList ids;
    QStringList parents;
    for (int n = 1; n <= depth; ++n) {
        headers.append(ThreadTreeModel::headerOf(post(QString::number(n), n)));
        ids.append(headers.last().id);
        parents.append(n == 1 ? QString() : QString::number(n - 1));
    }
    auto model = std::make_unique<ThreadTreeModel>();
    if (rebuilt) {
        model->setStructure(ids, parents,
            [&](const QString &id, bool) { return std::optional<PostHeader>(headers.at(id.toInt() - 1)); });
    } else {
        model->insertPosts(headers, parents);
    }
    QCOMPARE(model->postCount(), depth);
    QCOMPARE(model->unreadCount(), depth);
    const QModelIndex deepest = model->indexOf(QString::number(depth));
    QCOMPARE(deepest.parent().data(ThreadTreeModel::PostIdRole).toString(), QString::number(depth - 1));
    QCOMPARE(model->nextInOrder(model->indexOf(QString::number(depth - 1))), deepest);
    QCOMPARE(model->previousInOrder(QModelIndex()), deepest);
    // Cut in the middle: the half below goes with it.
    model->removePost(QString::number(depth / 2));
    QCOMPARE(model->postCount(), depth / 2 - 1);
    QCOMPARE(model->unreadCount(), depth / 2 - 1);
    QVERIFY(!model->indexOf(QString::number(depth)).isValid());
    model->clear();
    QCOMPARE(model->postCount(), 0);
    if (rebuilt)
        model->insertPosts(headers, parents);
    model.reset(); // freed whole, the chain still in it
}

QTEST_GUILESS_MAIN(TestThreadTreeModel)
#include "tst_threadtreemodel.moc"
