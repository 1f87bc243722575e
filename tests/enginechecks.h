// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loadharness.h"
#include "seedtree.h"
#include "servers/xenforofixture.h"

#include "domain/post.h"
#include "engines/pagedhtmlengine.h"
#include "models/threadtreemodel.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTest>

// What the engine tests read off a parsed page or a loaded tree, the same for every engine.
namespace Threadkeeper::Testing {

inline const Post *findPost(const ParsedPage &page, const QString &id)
{
    for (const Post &p : page.posts) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

inline const Block *firstQuote(const QList<Block> &blocks)
{
    for (const Block &b : blocks) {
        if (b.kind == Block::Kind::Quote)
            return &b;
    }
    return nullptr;
}

// How deep quotes nest in a body, following the first quote at each level.
inline int nestedQuoteDepth(const QList<Block> &body)
{
    int depth = 0;
    for (const Block *q = firstQuote(body); q; q = firstQuote(q->children))
        ++depth;
    return depth;
}

// The tree a model shows of the seed thread written in an engine's shape, by the seed's own
// numbers: the fixtures give post N the id seedPostId(0) + 37 N. Vanilla's discussion post
// (dN) is the article.
inline QMap<int, int> seedParentsById(const ThreadTreeModel &model, const QModelIndex &parent = {})
{
    auto seedNumber = [](const QModelIndex &index) {
        const QString id = index.data(ThreadTreeModel::PostIdRole).toString();
        return id.startsWith(u'd') ? 0 : (id.toInt() - seedPostId(0).toInt()) / 37;
    };
    QMap<int, int> out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (const int n = seedNumber(index); n > 0)
            out.insert(n, parent.isValid() ? seedNumber(parent) : 0);
        out.insert(seedParentsById(model, index));
    }
    return out;
}

// Post id → its parent's id (empty at the top level), as the model shows the tree.
inline QMap<QString, QString> parentsById(const ThreadTreeModel &model, const QModelIndex &parent = {})
{
    QMap<QString, QString> out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        out.insert(index.data(ThreadTreeModel::PostIdRole).toString(),
            parent.isValid() ? parent.data(ThreadTreeModel::PostIdRole).toString() : QString());
        out.insert(parentsById(model, index));
    }
    return out;
}

inline QMap<QString, QString> authorsById(const ThreadTreeModel &model, const QModelIndex &parent = {})
{
    QMap<QString, QString> out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        out.insert(index.data(ThreadTreeModel::PostIdRole).toString(),
            index.data(ThreadTreeModel::AuthorRole).toString());
        out.insert(authorsById(model, index));
    }
    return out;
}

// The seed thread, loaded into cache before from url, reopened from the cache alone (the
// server has gone quiet): every post, in the seed's tree.
inline void reopenSeedOffline(const QString &cache, const QUrl &url, const FixtureThread &seed)
{
    QObject owner;
    LoadHarness h(cache, &owner);
    const LoadOutcome outcome = h.load(url, true);
    QVERIFY(outcome.fromCache);
    QVERIFY(outcome.offline);
    QCOMPARE(h.model->postCount(), seed.posts.size());
    const QMap<int, int> actual = seedParentsById(*h.model);
    QVERIFY2(actual == expectedSeedParents(), qPrintable(treeDifference(expectedSeedParents(), actual)));
}

// count variants of an answer, the same for the same seed: bytes changed, cut, doubled,
// runs dropped; for engine tests to read, as fuzzing does, within a unit test's time.
inline QList<QByteArray> mutatedAnswers(const QByteArray &answer, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<QByteArray> out;
    for (int i = 0; i < count && !answer.isEmpty(); ++i) {
        QByteArray m = answer;
        for (int edits = 1 + int(random.bounded(4)); edits > 0 && !m.isEmpty(); --edits) {
            const qsizetype at = random.bounded(m.size());
            const qsizetype length = std::min<qsizetype>(1 + random.bounded(40), m.size() - at);
            switch (random.bounded(4)) {
            case 0:
                m[at] = char(random.bounded(256));
                break;
            case 1:
                m.truncate(at);
                break;
            case 2:
                m.insert(at, m.mid(at, length));
                break;
            default:
                m.remove(at, length);
            }
        }
        out.append(m);
    }
    return out;
}

} // namespace Threadkeeper::Testing
