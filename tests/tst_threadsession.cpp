// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The session keeps the model where the reply tree and the rules put it while pages
// arrive in any order, touching only what changed: checked against the tree worked out
// from scratch for every way of showing hidden posts, and against rule changes mid-load.
#include "generatedposts.h"

#include "models/threadtreemodel.h"
#include "services/threadloader.h"
#include "services/threadsession.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

const QString ThreadUrl = QStringLiteral("https://forum.example/threads/long.1/");

Rule posterRule(const QString &name, int score)
{
    Rule rule;
    rule.site = QStringLiteral("forum.example");
    rule.pattern = name;
    rule.score = score;
    return rule;
}

Rule keywordRule(const QString &word, int score)
{
    Rule rule = posterRule(word, score);
    rule.kind = Rule::Kind::Keyword;
    return rule;
}

// post id → the parent it shows under ("" top level), for the posts that show at all.
using Shown = QHash<QString, QString>;

Shown shownInModel(const ThreadTreeModel &model, const QModelIndex &parent = {})
{
    Shown shown;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        shown.insert(index.data(ThreadTreeModel::PostIdRole).toString(),
            parent.data(ThreadTreeModel::PostIdRole).toString());
        shown.insert(shownInModel(model, index));
    }
    return shown;
}

// What should show, worked out from the finished tree and each post's score alone.
Shown expectedShown(const ThreadSession &session, HideMode mode)
{
    Shown shown;
    const ReplyTree &tree = session.tree();
    for (const Post *p : tree.posts()) {
        const bool hidden = session.score(p->id).hidden;
        QString parent = tree.parentOf(p->id);
        switch (mode) {
        case HideMode::Placeholder:
            shown.insert(p->id, parent);
            break;
        case HideMode::Remove:
            if (hidden)
                break;
            while (!parent.isEmpty() && session.score(parent).hidden)
                parent = tree.parentOf(parent);
            shown.insert(p->id, parent);
            break;
        case HideMode::Subtree: {
            bool gone = hidden;
            for (QString a = parent; !a.isEmpty() && !gone; a = tree.parentOf(a))
                gone = session.score(a).hidden;
            if (!gone)
                shown.insert(p->id, parent);
            break;
        }
        }
    }
    return shown;
}

QString difference(const Shown &expected, const Shown &actual)
{
    QStringList lines;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            lines.append(QStringLiteral("%1 missing").arg(it.key()));
        else if (actual[it.key()] != it.value())
            lines.append(
                QStringLiteral("%1 under '%2', not '%3'").arg(it.key(), actual[it.key()], it.value()));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            lines.append(QStringLiteral("%1 shown, should not be").arg(it.key()));
    }
    lines.sort();
    return QStringLiteral("%1 differences: ").arg(lines.size()) + lines.mid(0, 8).join(QStringLiteral("; "));
}

} // namespace

class TestThreadSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesInAnyOrderUnderRules_data();
    void pagesInAnyOrderUnderRules();
    void longChains_data();
    void longChains();

private:
    QNetworkAccessManager m_network;
};

void TestThreadSession::pagesInAnyOrderUnderRules_data()
{
    QTest::addColumn<HideMode>("mode");
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 4; ++seed) {
        QTest::addRow("placeholder, seed %u", seed) << HideMode::Placeholder << seed;
        QTest::addRow("remove, seed %u", seed) << HideMode::Remove << seed;
        QTest::addRow("subtree, seed %u", seed) << HideMode::Subtree << seed;
    }
}

void TestThreadSession::pagesInAnyOrderUnderRules()
{
    QFETCH(HideMode, mode);
    QFETCH(quint32, seed);
    ThreadLoader loader(&m_network, nullptr);
    ThreadTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ThreadSession session(&loader, &model, nullptr);
    session.setHideMode(mode);
    // Two posters hidden, one followed, a keyword pushing some posts under the line.
    session.setRules({posterRule(QStringLiteral("ncrs"), -100), posterRule(QStringLiteral("Zoë"), -100),
        posterRule(QStringLiteral("Daven"), 100), keywordRule(QStringLiteral("tariffs"), -100)});
    Q_EMIT loader.threadInfoChanged(
        ThreadInfo {ThreadUrl, QStringLiteral("xenforo"), QStringLiteral("Long"), 30});

    const QList<Post> thread = generatedThread(600, seed);
    QList<int> pages;
    for (int page = 0; page < 30; ++page)
        pages.append(page);
    QRandomGenerator rng(seed);
    for (qsizetype i = pages.size() - 1; i > 0; --i)
        pages.swapItemsAt(i, rng.bounded(int(i + 1)));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    for (int k = 0; k < pages.size(); ++k) {
        const int page = pages[k];
        Q_EMIT loader.pageLoaded(page + 1, thread.mid(page * 20, 20));
        if (k == 10) // a rule taken back halfway: Zoë shows again
            session.setRules({posterRule(QStringLiteral("ncrs"), -100),
                posterRule(QStringLiteral("Daven"), 100), keywordRule(QStringLiteral("tariffs"), -100)});
        if (k % 7 == 0) {
            const Shown expected = expectedShown(session, mode);
            const Shown actual = shownInModel(model);
            QVERIFY2(actual == expected,
                qPrintable(QStringLiteral("after %1 pages: ").arg(k + 1) + difference(expected, actual)));
        }
    }
    QCOMPARE(resets.count(), 0);
    const Shown expected = expectedShown(session, mode);
    QVERIFY2(shownInModel(model) == expected, qPrintable(difference(expected, shownInModel(model))));
    int hidden = 0;
    for (const Post *p : session.tree().posts())
        hidden += session.score(p->id).hidden ? 1 : 0;
    QVERIFY(hidden > 20); // the rules did hide posts, so the modes differ
    QCOMPARE(model.postCount(), int(expected.size()));

    // Changing how hidden posts show, and a rule, on the full thread.
    for (HideMode other : {HideMode::Subtree, HideMode::Placeholder, HideMode::Remove, mode}) {
        session.setHideMode(other);
        QVERIFY2(shownInModel(model) == expectedShown(session, other),
            qPrintable(difference(expectedShown(session, other), shownInModel(model))));
    }
    session.setRules({posterRule(QStringLiteral("Vayra86"), -100)});
    QVERIFY2(shownInModel(model) == expectedShown(session, mode),
        qPrintable(difference(expectedShown(session, mode), shownInModel(model))));
}

void TestThreadSession::longChains_data()
{
    QTest::addColumn<HideMode>("mode");
    QTest::newRow("placeholder") << HideMode::Placeholder;
    QTest::newRow("remove") << HideMode::Remove;
    QTest::newRow("subtree") << HideMode::Subtree;
}

void TestThreadSession::longChains()
{
    // 30,000 posts by a hidden poster, each replying to the one before, under Alice's
    // opening post; Carol answers the last of them. Every step costs the same, whatever
    // the depth (a walk up the hidden chain for each post took seconds), and no reply
    // shows deeper than MaxShownDepth.
    QFETCH(HideMode, mode);
    const int chain = 30000;
    QList<Post> posts;
    for (int n = 1; n <= chain + 2; ++n) {
        Post p;
        p.id = QString::number(n);
        p.number = p.position = n;
        p.author = n == 1    ? QStringLiteral("Alice")
            : n == chain + 2 ? QStringLiteral("Carol")
                             : QStringLiteral("Bomby");
        p.text = QStringLiteral("Link %1.").arg(n);
        p.parentId = n == 1 ? QString() : QString::number(n - 1);
        p.page = 1 + (n - 1) / 1000;
        posts.append(p);
    }
    ThreadLoader loader(&m_network, nullptr);
    ThreadTreeModel model;
    ThreadSession session(&loader, &model, nullptr);
    session.setHideMode(mode);
    session.setRules({posterRule(QStringLiteral("Bomby"), -100)});
    Q_EMIT loader.threadInfoChanged(
        ThreadInfo {ThreadUrl, QStringLiteral("xenforo"), QStringLiteral("Chain"), 31});
    QElapsedTimer clock;
    clock.start();
    for (qsizetype from = 0; from < posts.size(); from += 1000)
        Q_EMIT loader.pageLoaded(int(from / 1000) + 1, posts.mid(from, 1000));
    const qint64 ms = clock.elapsed();
    QVERIFY2(ms < 5000, qPrintable(QStringLiteral("%1 ms").arg(ms))); // linear: well under a second
    const QString carol = QString::number(chain + 2);
    int depth = 0;
    for (QModelIndex i = model.indexOf(carol); i.isValid(); i = i.parent())
        ++depth;
    switch (mode) {
    case HideMode::Placeholder:
        QCOMPARE(model.postCount(), chain + 2);
        QCOMPARE(depth, ThreadSession::MaxShownDepth);
        break;
    case HideMode::Remove: // Carol under Alice, the chain gone
        QCOMPARE(model.postCount(), 2);
        QCOMPARE(model.indexOf(carol).parent(), model.indexOf(QStringLiteral("1")));
        break;
    case HideMode::Subtree: // Carol goes with the hidden chain she answers
        QCOMPARE(model.postCount(), 1);
        QCOMPARE(depth, 0);
        break;
    }
    QCOMPARE(session.tree().parentOf(carol), QString::number(chain + 1)); // the tree keeps it all
}

QTEST_GUILESS_MAIN(TestThreadSession)
#include "tst_threadsession.moc"
