// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedtree.h"
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "engines/xenforo/xenforoengine.h"
#include "services/replytree.h"

#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestReplyTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchScore_data();
    void matchScore();
    void seedTree_data();
    void seedTree();
    void severalQuotesHangUnderFirst();
    void onlyEarlierPostsAreParents();
    void lateSourceMovesPost();

private:
    static Post post(const QString &id, int position, const QString &author, const QString &text,
        const QList<Quote> &quotes = {})
    {
        Post p;
        p.id = id;
        p.number = position;
        p.position = position;
        p.author = author;
        p.text = text;
        p.quotes = quotes;
        return p;
    }
    static Quote byName(const QString &author, const QString &text) { return Quote {author, {}, text, {}}; }
};

void TestReplyTree::matchScore_data()
{
    QTest::addColumn<QString>("quoted");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    const QString daven4 = QStringLiteral("Every one of those statements is so vague one could argue the "
                                          "goals can be met without doing much of "
                                          "anything.");
    QTest::newRow("contained") << "is so vague one could argue" << daven4 << 1.0 << 1.0;
    QTest::newRow("case and punctuation") << "EVERY one, of those -- statements!" << daven4 << 1.0 << 1.0;
    // The seed's #6 quotes #4 with "much of" cut out: a hand-edited quote.
    QTest::newRow("edited quote") << "Every one of those statements is so vague one could argue the goals "
                                     "can be met without doing anything."
                                  << daven4 << 0.8 << 0.99;
    QTest::newRow("unrelated") << "China builds coal plants at a rate of 2 per week." << daven4 << 0.0 << 0.1;
    QTest::newRow("empty") << "" << daven4 << 0.0 << 0.0;
    QTest::newRow("non-ASCII") << QString::fromUtf8("Zoë’s café résumé")
                               << QString::fromUtf8("my zoë’s CAFÉ résumé") << 1.0 << 1.0;
}

void TestReplyTree::matchScore()
{
    QFETCH(QString, quoted);
    QFETCH(QString, candidate);
    QFETCH(double, min);
    QFETCH(double, max);
    const double score = ReplyTree::matchScore(quoted, candidate);
    QVERIFY2(score >= min && score <= max, qPrintable(QString::number(score)));
}

void TestReplyTree::seedTree_data()
{
    QTest::addColumn<QList<int>>("order");
    QTest::newRow("in order") << QList<int> {1, 2, 3};
    QTest::newRow("last page first") << QList<int> {3, 2, 1};
    QTest::newRow("middle first") << QList<int> {2, 3, 1};
}

void TestReplyTree::seedTree()
{
    QFETCH(QList<int>, order);
    const FixtureThread thread = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    const XenForoEngine engine;
    ReplyTree tree;
    for (int page : order) {
        ParsedPage parsed = engine.parsePage(xenforoPage(thread, page), QUrl());
        for (qsizetype i = 0; i < parsed.posts.size(); ++i)
            parsed.posts[i].position = page * 1000 + int(i);
        tree.add(parsed.posts);
    }
    const QMap<int, int> actual = parentsInTree(tree);
    QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
    // Quotes typed by hand resolve to the post they quote: #8 (by name) quotes #1.
    const Post *p8 = tree.post(seedPostId(8));
    QVERIFY(p8->quotes.first().source.isEmpty());
    QCOMPARE(p8->quotes.first().resolved, seedPostId(1));
}

void TestReplyTree::severalQuotesHangUnderFirst()
{
    ReplyTree tree;
    tree.add({post(QStringLiteral("a"), 1, QStringLiteral("Ann"), QStringLiteral("apples are red and sweet")),
        post(QStringLiteral("b"), 2, QStringLiteral("Bob"), QStringLiteral("bananas are yellow and long")),
        post(QStringLiteral("c"), 3, QStringLiteral("Cy"), QStringLiteral("fruit"),
            {byName(QStringLiteral("Bob"), QStringLiteral("bananas are yellow")),
                byName(QStringLiteral("Ann"), QStringLiteral("apples are red"))})});
    QCOMPARE(tree.parentOf(QStringLiteral("c")), QStringLiteral("b"));
    // The other quote stays a link.
    QCOMPARE(tree.post(QStringLiteral("c"))->quotes[1].resolved, QStringLiteral("a"));
}

void TestReplyTree::onlyEarlierPostsAreParents()
{
    ReplyTree tree;
    // A quote whose source is a later post (edited in later) must not make a cycle.
    tree.add({post(QStringLiteral("a"), 1, QStringLiteral("Ann"), QStringLiteral("first"),
                  {Quote {QStringLiteral("Bob"), QStringLiteral("b"), QStringLiteral("second"), {}}}),
        post(QStringLiteral("b"), 2, QStringLiteral("Bob"), QStringLiteral("second"),
            {Quote {QStringLiteral("Ann"), QStringLiteral("a"), QStringLiteral("first"), {}}})});
    QCOMPARE(tree.parentOf(QStringLiteral("a")), QString());
    QCOMPARE(tree.parentOf(QStringLiteral("b")), QStringLiteral("a"));
    // And a hand-typed quote never matches the quoting post itself or later ones.
    tree.add({post(QStringLiteral("c"), 3, QStringLiteral("Cy"), QStringLiteral("same words here"),
        {byName(QStringLiteral("Cy"), QStringLiteral("same words here"))})});
    QCOMPARE(tree.parentOf(QStringLiteral("c")), QString());
}

void TestReplyTree::lateSourceMovesPost()
{
    ReplyTree tree;
    auto moves = tree.add({post(QStringLiteral("c"), 30, QStringLiteral("Cy"), QStringLiteral("reply"),
        {Quote {QStringLiteral("Ann"), QStringLiteral("a"), QStringLiteral("x"), {}}})});
    QVERIFY(moves.isEmpty());
    QCOMPARE(tree.parentOf(QStringLiteral("c")), QString());
    moves = tree.add({post(QStringLiteral("a"), 10, QStringLiteral("Ann"), QStringLiteral("x"))});
    QCOMPARE(moves.size(), 1);
    QCOMPARE(moves[0].postId, QStringLiteral("c"));
    QCOMPARE(moves[0].from, QString());
    QCOMPARE(moves[0].to, QStringLiteral("a"));
}

QTEST_GUILESS_MAIN(TestReplyTree)
#include "tst_replytree.moc"
