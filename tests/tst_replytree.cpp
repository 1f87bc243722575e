// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedposts.h"
#include "seedtree.h"
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "engines/xenforo/xenforoengine.h"
#include "services/replytree.h"

#include <QRandomGenerator>
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
    void swappedPlacesKeepBoth();
    void explicitParents_data();
    void explicitParents();
    void incrementalEqualsFromScratch_data();
    void incrementalEqualsFromScratch();
    void editedPostsRearrive();
    void cachedResolutionsNeedNoMatching();
    void workPerPageDoesNotGrow();
    void emptyQuoteMatchesNothing();

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

void TestReplyTree::swappedPlacesKeepBoth()
{
    // A refresh where two posts trade places (a post deleted above, replies re-ranked):
    // each takes a place the other still holds as it arrives. Both stay, in the new order.
    ReplyTree tree;
    tree.add({post(QStringLiteral("a"), 10, QStringLiteral("Ann"), QStringLiteral("one")),
        post(QStringLiteral("b"), 20, QStringLiteral("Bo"), QStringLiteral("two")),
        post(QStringLiteral("c"), 30, QStringLiteral("Cy"), QStringLiteral("three"))});
    tree.add({post(QStringLiteral("b"), 30, QStringLiteral("Bo"), QStringLiteral("two")),
        post(QStringLiteral("c"), 20, QStringLiteral("Cy"), QStringLiteral("three"))});
    QCOMPARE(tree.ids(), (QStringList {QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
    QCOMPARE(tree.posts().size(), 3);
}

void TestReplyTree::explicitParents_data()
{
    QTest::addColumn<QStringList>("order"); // arrival order, one batch each
    const auto list
        = [](const char *batches) { return QString::fromLatin1(batches).split(QLatin1Char(' ')); };
    QTest::newRow("in thread order") << list("a b c d e");
    QTest::newRow("replies first") << list("e d c b a");
    QTest::newRow("one batch") << list("a,b,c,d,e");
    QTest::newRow("parents last") << list("e,c,d a,b");
    QTest::newRow("named by number before its parent") << list("e a,b d c");
}

void TestReplyTree::explicitParents()
{
    // The forum's parent wins over a quote, by id or by number; a quote still places a
    // post the forum gives no parent; a parent that comes later in the thread is refused
    // (no cycles).
    QFETCH(QStringList, order);
    QHash<QString, Post> posts;
    posts.insert(
        QStringLiteral("a"), post(QStringLiteral("a"), 1, QStringLiteral("Ann"), QStringLiteral("story")));
    Post b = post(QStringLiteral("b"), 2, QStringLiteral("Bo"), QStringLiteral("first reply"));
    b.parentId = QStringLiteral("a");
    posts.insert(b.id, b);
    Post c = post(QStringLiteral("c"), 3, QStringLiteral("Cy"), QStringLiteral("reply to Bo"),
        {Quote {QStringLiteral("Ann"), QStringLiteral("a"), QStringLiteral("story"), {}}});
    c.parentId = QStringLiteral("b");
    posts.insert(c.id, c);
    Post d = post(QStringLiteral("d"), 4, QStringLiteral("Di"), QStringLiteral("no parent given"),
        {Quote {QStringLiteral("Cy"), QStringLiteral("c"), QStringLiteral("reply to Bo"), {}}});
    posts.insert(d.id, d);
    posts[QStringLiteral("a")].parentId = QStringLiteral("d"); // nonsense from the forum: later post
    // Named by number (Discourse, across a gap in its numbering): post #3 is c, whatever
    // Ann's words in the quote would say.
    Post e = post(QStringLiteral("e"), 5, QStringLiteral("Ed"), QStringLiteral("reply to Cy"),
        {byName(QStringLiteral("Ann"), QStringLiteral("story"))});
    e.parentId = QStringLiteral("#3");
    posts.insert(e.id, e);

    ReplyTree tree;
    for (const QString &batch : order) {
        QList<Post> arriving;
        for (const QString &id : batch.split(QLatin1Char(',')))
            arriving.append(posts.value(id));
        tree.add(arriving);
    }
    QCOMPARE(tree.parentOf(QStringLiteral("a")), QString());
    QCOMPARE(tree.parentOf(QStringLiteral("b")), QStringLiteral("a"));
    QCOMPARE(tree.parentOf(QStringLiteral("c")), QStringLiteral("b"));
    QCOMPARE(tree.parentOf(QStringLiteral("d")), QStringLiteral("c"));
    QCOMPARE(tree.parentOf(QStringLiteral("e")), QStringLiteral("c"));
    QStringList children = tree.childrenOf(QStringLiteral("a"));
    QCOMPARE(children, QStringList {QStringLiteral("b")});
}

namespace {

// The tree worked out the slow and obvious way: every quote compared with every earlier
// post of its poster, the best share over 60% wins, a tie goes to the later post.
QHash<QString, QString> referenceParents(const QList<Post> &posts)
{
    QHash<QString, QString> parents;
    QHash<QString, int> positions;
    for (const Post &p : posts)
        positions.insert(p.id, p.position);
    for (const Post &p : posts) {
        for (const Quote &q : p.quotes) {
            QString resolved = q.source;
            if (resolved.isEmpty()) {
                double best = 0.6;
                int bestPosition = -1;
                for (const Post &c : posts) {
                    if (c.author != q.author || c.position >= p.position)
                        continue;
                    const double score = ReplyTree::matchScore(q.text, c.text);
                    if (score > best || (score == best && bestPosition >= 0 && c.position > bestPosition)) {
                        best = score;
                        bestPosition = c.position;
                        resolved = c.id;
                    }
                }
            }
            if (!resolved.isEmpty() && positions.contains(resolved) && positions[resolved] < p.position) {
                parents.insert(p.id, resolved);
                break;
            }
        }
    }
    return parents;
}

QHash<QString, QString> parentsOf(const ReplyTree &tree)
{
    QHash<QString, QString> parents;
    for (const Post *p : tree.posts()) {
        if (const QString parent = tree.parentOf(p->id); !parent.isEmpty())
            parents.insert(p->id, parent);
    }
    return parents;
}

QString parentDifference(const QHash<QString, QString> &expected, const QHash<QString, QString> &actual)
{
    QStringList lines;
    QSet<QString> ids;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        ids.insert(it.key());
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        ids.insert(it.key());
    for (const QString &id : ids) {
        if (expected.value(id) != actual.value(id))
            lines.append(QStringLiteral("%1: expected under '%2', is under '%3'")
                             .arg(id, expected.value(id), actual.value(id)));
    }
    lines.sort();
    return lines.mid(0, 10).join(QLatin1Char('\n'));
}

// Posts in pages of `perPage`, the pages in a random order.
QList<QList<Post>> shuffledPages(const QList<Post> &posts, int perPage, QRandomGenerator *rng)
{
    QList<QList<Post>> pages;
    for (qsizetype i = 0; i < posts.size(); i += perPage)
        pages.append(posts.mid(i, perPage));
    for (qsizetype i = pages.size() - 1; i > 0; --i)
        pages.swapItemsAt(i, rng->bounded(int(i + 1)));
    return pages;
}

} // namespace

void TestReplyTree::incrementalEqualsFromScratch_data()
{
    QTest::addColumn<int>("posts");
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 24; ++seed)
        QTest::addRow("%d posts, seed %u", seed % 3 == 0 ? 600 : 200, seed)
            << (seed % 3 == 0 ? 600 : 200) << seed;
}

void TestReplyTree::incrementalEqualsFromScratch()
{
    QFETCH(int, posts);
    QFETCH(quint32, seed);
    const QList<Post> thread = generatedThread(posts, seed);

    ReplyTree whole;
    whole.add(thread);
    const QHash<QString, QString> reference = referenceParents(thread);
    QVERIFY2(parentsOf(whole) == reference, qPrintable(parentDifference(reference, parentsOf(whole))));
    // The generator's hand-typed quotes do resolve, not only the ones naming a source.
    int byName = 0;
    for (const Post *p : whole.posts()) {
        for (const Quote &q : p->quotes)
            byName += q.source.isEmpty() && !q.resolved.isEmpty() ? 1 : 0;
    }
    QVERIFY(byName > posts / 100);

    // Page by page, in a random order: the moves it reports bring a copy of the tree
    // to the same place, and the tree itself ends where the whole thread at once is.
    QRandomGenerator rng(seed * 7919);
    ReplyTree grown;
    QHash<QString, QString> followed; // the tree as a model fed only by add()'s answers
    for (const QList<Post> &page : shuffledPages(thread, 20, &rng)) {
        const QList<ReplyTree::Move> moves = grown.add(page);
        for (const ReplyTree::Move &m : moves) {
            QCOMPARE(followed.value(m.postId), m.from);
            followed.insert(m.postId, m.to);
        }
        for (const Post &p : page)
            followed.insert(p.id, grown.parentOf(p.id));
    }
    followed.removeIf([](const auto &it) { return it.value().isEmpty(); });
    QVERIFY2(parentsOf(grown) == reference, qPrintable(parentDifference(reference, parentsOf(grown))));
    QVERIFY2(followed == reference, qPrintable(parentDifference(reference, followed)));
    for (const Post *p : whole.posts())
        QCOMPARE(grown.post(p->id)->quotes, p->quotes);
}

void TestReplyTree::editedPostsRearrive()
{
    // A refresh: some posts edited on the forum (other words), one moved a place.
    QList<Post> thread = generatedThread(300, 42);
    ReplyTree tree;
    tree.add(thread);
    QRandomGenerator rng(42);
    QList<Post> edited;
    for (int i = 0; i < 30; ++i) {
        Post &p = thread[rng.bounded(int(thread.size()))];
        p.text = thread[rng.bounded(int(thread.size()))].text; // someone else's words now
        edited.append(p);
    }
    tree.add(edited);
    tree.add(thread.mid(0, 100)); // the same again: nothing changes
    const QHash<QString, QString> reference = referenceParents(thread);
    QVERIFY2(parentsOf(tree) == reference, qPrintable(parentDifference(reference, parentsOf(tree))));
}

void TestReplyTree::cachedResolutionsNeedNoMatching()
{
    const QList<Post> thread = generatedThread(400, 5);
    ReplyTree whole;
    whole.add(thread);
    // What the cache hands back: posts with their quotes resolved.
    QList<Post> cached;
    for (const Post *p : whole.posts())
        cached.append(*p);
    ReplyTree opened;
    opened.addResolved(cached);
    QCOMPARE(opened.comparisons(), quint64(0));
    QCOMPARE(parentsOf(opened), parentsOf(whole));
    // Posts arriving later are matched as usual, and earlier quotes can prefer them.
    const QList<Post> more = generatedThread(500, 5).mid(400);
    opened.add(more);
    whole.add(more);
    QCOMPARE(parentsOf(opened), parentsOf(whole));
}

void TestReplyTree::workPerPageDoesNotGrow()
{
    // Candidate comparisons for the last page of a 100-page and of a 500-page thread.
    auto lastPageWork = [](int pages) {
        const QList<Post> thread = generatedThread(pages * 20, 11);
        ReplyTree tree;
        for (int page = 0; page + 1 < pages; ++page)
            tree.add(thread.mid(page * 20, 20));
        const quint64 before = tree.comparisons();
        tree.add(thread.mid((pages - 1) * 20));
        return tree.comparisons() - before;
    };
    const quint64 short100 = lastPageWork(100);
    const quint64 long500 = lastPageWork(500);
    qInfo("comparisons for the last page: %llu at 100 pages, %llu at 500 pages", short100, long500);
    QVERIFY(short100 > 0);
    QVERIFY2(long500 <= 3 * short100 + 20, qPrintable(QStringLiteral("%1 vs %2").arg(long500).arg(short100)));
}

void TestReplyTree::emptyQuoteMatchesNothing()
{
    // Found by fuzz_quote_matcher: a hand-typed quote with no words was matched to the
    // poster's next earlier post to arrive, though the whole thread at once matched nothing.
    ReplyTree tree;
    tree.add({post(QStringLiteral("54"), 54, QStringLiteral("Ann"), QString(),
        {byName(QStringLiteral("Ann"), QString())})});
    tree.add({post(QStringLiteral("8"), 8, QStringLiteral("Ann"), QString())});
    tree.add({post(QStringLiteral("9"), 9, QStringLiteral("Ann"), QStringLiteral("words at last"))});
    QCOMPARE(tree.parentOf(QStringLiteral("54")), QString());
}

QTEST_GUILESS_MAIN(TestReplyTree)
#include "tst_replytree.moc"
