// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hide and follow on the seed thread, over real HTTP: the tree as each hide mode
// leaves it, quotes of a hidden poster, followed posters.
#include "seedtree.h"
#include "servers/fixtureserver.h"
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "models/threadtreemodel.h"
#include "render/postrenderer.h"
#include "renderutil.h"
#include "services/readerservices.h"
#include "services/rulebook.h"
#include "services/threadloader.h"
#include "services/threadsession.h"
#include "store/cachestore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;
using ParentMap = QMap<int, int>;

class TestRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void hideModes_data();
    void hideModes();
    void ruleChangesKeepSelection();
    void quotesOfHiddenPosterCollapse();
    void followAndNextFollowed();
    void ruleBookUndoAndRestart();

private:
    Rule rule(const QString &poster, int score) const
    {
        Rule r;
        r.site = QStringLiteral("127.0.0.1");
        r.pattern = poster;
        r.score = score;
        return r;
    }
    void load();

    QTemporaryDir m_dir;
    FixtureServer m_server;
    FixtureThread m_seed;
    std::unique_ptr<QObject> m_root;
    ReaderServices m_services;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRules::initTestCase()
{
    QVERIFY(m_server.start());
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    for (int page = 1; page <= m_seed.pageCount(); ++page)
        m_server.setPage(m_seed.pagePath(page), xenforoPage(m_seed, page));
    load();
}

void TestRules::load()
{
    m_root = std::make_unique<QObject>();
    m_services = createReaderServices(m_dir.filePath(QStringLiteral("cache.sqlite")), m_root.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_services.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(m_services.loader, &ThreadLoader::finished);
    QString error;
    QVERIFY(m_services.loader->open(m_server.url(m_seed.path), {}, &error));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_services.model->postCount(), 25);
}

void TestRules::hideModes_data()
{
    QTest::addColumn<HideMode>("mode");
    QTest::addColumn<ParentMap>("expected");
    QTest::addColumn<QList<int>>("hiddenRows");

    // Daven wrote #1, #4, #7 and #12.
    const QMap<int, int> all = expectedSeedParents();
    QTest::newRow("placeholder") << HideMode::Placeholder << all << QList<int> {1, 4, 7, 12};

    QMap<int, int> removed = all;
    for (int n : {1, 4, 7, 12})
        removed.remove(n);
    // Replies move up to the nearest post still shown.
    removed[3] = 0;
    removed[5] = 0;
    removed[8] = 0;
    removed[6] = 3;
    removed[16] = 6;
    QTest::newRow("remove") << HideMode::Remove << removed << QList<int> {};

    QMap<int, int> subtree;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        // Everything under #1 goes with it, and #12.
        if (!QList<int> {1, 3, 4, 5, 6, 7, 8, 9, 11, 16, 12}.contains(it.key()))
            subtree.insert(it.key(), it.value());
    }
    QTest::newRow("subtree") << HideMode::Subtree << subtree << QList<int> {};
}

void TestRules::hideModes()
{
    QFETCH(HideMode, mode);
    QFETCH(ParentMap, expected);
    QFETCH(QList<int>, hiddenRows);
    ThreadSession *session = m_services.session;
    ThreadTreeModel *model = m_services.model;
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    const int unreadBefore = model->unreadCount();

    session->setHideMode(mode);
    session->setRules({rule(QStringLiteral("Daven"), -100)});
    QMap<int, int> actual = parentsInModel(*model);
    QVERIFY2(actual == expected, qPrintable(treeDifference(expected, actual)));
    for (int n : hiddenRows) {
        const QModelIndex index = model->indexOf(seedPostId(n));
        QVERIFY(index.data(ThreadTreeModel::HiddenRole).toBool());
        const QString snippet = index.siblingAtColumn(ThreadTreeModel::SnippetColumn).data().toString();
        QVERIFY2(snippet.startsWith(QStringLiteral("Hidden: post by Daven — Hide Daven (site)")),
            qPrintable(snippet));
    }
    if (mode == HideMode::Placeholder) {
        // Hidden posts count as read: they never hold up "next unread".
        QCOMPARE(model->unreadCount(), unreadBefore - 4);
        for (QModelIndex i = model->nextUnread({}); i.isValid(); i = model->nextUnread(i)) {
            QVERIFY(!i.data(ThreadTreeModel::HiddenRole).toBool());
            if (i.data(ThreadTreeModel::NumberRole).toInt() == 25)
                break;
        }
    }

    // Removing the rule brings back the whole tree, without a reset.
    session->setRules({});
    actual = parentsInModel(*model);
    QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
    QCOMPARE(model->unreadCount(), unreadBefore);
    QCOMPARE(resets.count(), 0);
    session->setHideMode(HideMode::Placeholder);
}

void TestRules::ruleChangesKeepSelection()
{
    ThreadTreeModel *model = m_services.model;
    const QPersistentModelIndex selected = model->indexOf(seedPostId(9)); // under #8 under #1
    m_services.session->setHideMode(HideMode::Remove);
    m_services.session->setRules({rule(QStringLiteral("Daven"), -100)});
    QVERIFY(selected.isValid());
    QCOMPARE(selected.parent().data(ThreadTreeModel::NumberRole).toInt(), 8);
    QCOMPARE(selected.parent().parent(), QModelIndex()); // #8 moved up to the top
    m_services.session->setRules({});
    QVERIFY(selected.isValid());
    QCOMPARE(selected.parent().parent().data(ThreadTreeModel::NumberRole).toInt(), 1);
    m_services.session->setHideMode(HideMode::Placeholder);
}

void TestRules::quotesOfHiddenPosterCollapse()
{
    ThreadSession *session = m_services.session;
    session->setRules({rule(QStringLiteral("Daven"), -100)});
    const Post &p3 = *session->tree().post(seedPostId(3)); // ncrs quoting Daven (#1)
    const Post &p13 = *session->tree().post(seedPostId(13)); // quotes nothing
    PostRenderer::Context context;
    context.quoteScore = [session](const QString &author, const QString &postId) {
        return session->quoteScore(author, postId);
    };
    const QString html = renderedText(p3, context);
    QVERIFY2(html.contains(QStringLiteral("Hidden: quote of Daven — Hide Daven (site)")), qPrintable(html));
    QVERIFY(!html.contains(QLatin1String("The biggest obstacle")));
    // Expanding it shows the words.
    context.toggled = {QStringLiteral("0")};
    QVERIFY(renderedText(p3, context).contains(QLatin1String("The biggest obstacle")));
    QVERIFY(!renderedText(p13, context).contains(QLatin1String("Hidden")));
    // A hidden post itself renders as a placeholder until revealed.
    const Post &p1 = *session->tree().post(seedPostId(1));
    PostRenderer::Context own;
    own.score = session->score(p1.id);
    QVERIFY(own.score.hidden);
    QString placeholder = renderedText(p1, own);
    QVERIFY(placeholder.contains(QLatin1String("Show anyway")));
    QVERIFY(!placeholder.contains(QLatin1String("The biggest obstacle")));
    own.revealed = true;
    QVERIFY(renderedText(p1, own).contains(QLatin1String("The biggest obstacle")));
    session->setRules({});
}

void TestRules::followAndNextFollowed()
{
    ThreadSession *session = m_services.session;
    ThreadTreeModel *model = m_services.model;
    session->setRules({rule(QStringLiteral("ncrs"), 100), rule(QStringLiteral("Denver"), 150)});
    QVERIFY(model->indexOf(seedPostId(3)).data(ThreadTreeModel::FollowedRole).toBool());
    QVERIFY(!model->indexOf(seedPostId(4)).data(ThreadTreeModel::FollowedRole).toBool());
    QCOMPARE(model->indexOf(seedPostId(3)).data(ThreadTreeModel::ScoreExplanationRole).toString(),
        QStringLiteral("score 100: Follow ncrs (site)"));
    QVERIFY(model->indexOf(seedPostId(3))
                .data(Qt::ToolTipRole)
                .toString()
                .endsWith(QLatin1String("\nscore 100: Follow ncrs (site)")));
    QVERIFY(!model->indexOf(seedPostId(4)).data(Qt::ToolTipRole).toString().contains(QLatin1String("score")));
    // Next followed walks the tree in reading order: #3, #6 (under #4), #19, #21, then around.
    QList<int> order;
    QModelIndex i;
    for (int n = 0; n < 5; ++n) {
        i = model->nextFollowed(i);
        order.append(i.data(ThreadTreeModel::NumberRole).toInt());
    }
    QCOMPARE(order, (QList<int> {3, 6, 19, 21, 3}));
    // Quotes of a followed poster are marked as such.
    QVERIFY(session->quoteScore(QStringLiteral("ncrs")).followed);
    session->setRules({});
    QVERIFY(!model->nextFollowed({}).isValid());
}

void TestRules::ruleBookUndoAndRestart()
{
    RuleBook *book = m_services.rules;
    QTRY_VERIFY(book->isLoaded());
    QUndoStack undo;
    ThreadTreeModel *model = m_services.model;
    undo.push(
        new AddRuleCommand(book, rule(QStringLiteral("Bomby569"), -100), QStringLiteral("Hide Bomby569")));
    QVERIFY(model->indexOf(seedPostId(17)).data(ThreadTreeModel::HiddenRole).toBool());
    undo.undo();
    QVERIFY(!model->indexOf(seedPostId(17)).data(ThreadTreeModel::HiddenRole).toBool());
    undo.redo();
    QVERIFY(model->indexOf(seedPostId(17)).data(ThreadTreeModel::HiddenRole).toBool());
    Rule follow = rule(QStringLiteral("TechLurker"), 100);
    follow.scope = Rule::Scope::Thread;
    follow.threadUrl = m_services.session->info().url;
    follow.expires = QDateTime::currentDateTimeUtc().addDays(30).addMSecs(
        -QDateTime::currentDateTimeUtc().time().msec());
    follow.note = QStringLiteral("good sources");
    undo.push(new AddRuleCommand(book, follow, QStringLiteral("Follow TechLurker")));
    QVERIFY(model->indexOf(seedPostId(24)).data(ThreadTreeModel::FollowedRole).toBool());
    const QList<Rule> before = book->rules();
    QCOMPARE(before.size(), 2);
    // Removing is undoable too, and gives back the same rule.
    undo.push(new RemoveRuleCommand(book, before[0].id, QStringLiteral("Remove rule")));
    QVERIFY(!model->indexOf(seedPostId(17)).data(ThreadTreeModel::HiddenRole).toBool());
    undo.undo();
    QVERIFY(model->indexOf(seedPostId(17)).data(ThreadTreeModel::HiddenRole).toBool());

    // Rules survive a restart: a new store on the same file loads the same rules.
    QSignalSpy synced(m_services.store, &CacheStore::synced);
    m_services.store->sync();
    QVERIFY(synced.wait());
    QObject root;
    CacheStore store(m_services.store->path());
    RuleBook reloaded(&store);
    QSignalSpy changed(&reloaded, &RuleBook::rulesChanged);
    reloaded.load();
    QVERIFY(changed.wait());
    QList<Rule> after = reloaded.rules();
    std::sort(after.begin(), after.end(), [](const Rule &a, const Rule &b) { return a.id < b.id; });
    QList<Rule> expected = book->rules();
    std::sort(expected.begin(), expected.end(), [](const Rule &a, const Rule &b) { return a.id < b.id; });
    QCOMPARE(after, expected);
    undo.clear();
    for (const Rule &r : expected)
        book->removeRule(r.id);
}

QTEST_MAIN(TestRules)
#include "tst_rules.moc"
