// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "models/threadtreemodel.h"
#include "net/networkfactory.h"
#include "services/demo.h"
#include "services/threadloader.h"
#include "services/threadsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesMatchTheirSource();
    void demoTreeThroughQrc();
};

void TestDemo::pagesMatchTheirSource()
{
    const FixtureThread thread = parseDemoSource(
        QString::fromUtf8(readFile(sourcePath(QStringLiteral("resources/demo/demo-thread.bbcode")))));
    QCOMPARE(thread.posts.size(), 30);
    QCOMPARE(thread.pageCount(), 3);
    for (int page = 1; page <= 3; ++page) {
        const QString file = QStringLiteral(":") + thread.pagePath(page)
            + (page == 1 ? QStringLiteral("index.html") : QString());
        QVERIFY2(readFile(file) == xenforoPage(thread, page),
            qPrintable(
                QStringLiteral("%1 is stale: regenerate with threadkeeper-fixture-tool demo").arg(file)));
    }
}

void TestDemo::demoTreeThroughQrc()
{
    QObject owner;
    ThreadTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ThreadLoader loader(createNetworkManager(&owner), nullptr);
    ThreadSession session(&loader, &model, nullptr);
    QSignalSpy finished(&loader, &ThreadLoader::finished);
    QString error;
    QVERIFY(loader.open(demoThreadUrl(), {}, &error));
    QVERIFY(finished.wait(10000));
    const auto outcome = finished.first().first().value<LoadOutcome>();
    QVERIFY2(outcome.ok() && outcome.failedPages.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.pagesLoaded, 3);
    QCOMPARE(model.postCount(), 30);
    // Worked out by reading the demo thread: child → parent, 0 top level.
    const QMap<int, int> expected {{1, 0}, {2, 0}, {3, 1}, {4, 2}, {5, 3}, {6, 0}, {7, 4}, {8, 4}, {9, 0},
        {10, 5}, {11, 0}, {12, 11}, {13, 12}, {14, 0}, {15, 9}, {16, 15}, {17, 0}, {18, 17}, {19, 0},
        {20, 19}, {21, 20}, {22, 21}, {23, 0}, {24, 18}, {25, 24}, {26, 0}, {27, 26}, {28, 2}, {29, 28}};
    QMap<int, int> actual;
    for (const Post *p : session.tree().posts()) {
        if (p->number > 0) {
            const Post *parent = session.tree().post(session.tree().parentOf(p->id));
            actual.insert(p->number, parent ? parent->number : 0);
        }
    }
    QCOMPARE(actual, expected);
    // The article is the first post, with no number.
    const QModelIndex first = model.index(0, 0);
    QCOMPARE(first.data(ThreadTreeModel::NumberRole).toInt(), 0);
    QCOMPARE(first.data(ThreadTreeModel::AuthorRole).toString(), QStringLiteral("Mira Castellanos"));
    // #13 quotes a quote: the nested quote is kept inside the outer one.
    const Post *p13 = session.tree().post(QStringLiteral("880143"));
    QCOMPARE(p13->quotes.size(), 1);
    QCOMPARE(p13->body.first().children.first().kind, Block::Kind::Quote);
    QCOMPARE(p13->body.first().children.first().quoteAuthor, QString::fromUtf8("李明"));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
