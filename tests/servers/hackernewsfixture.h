// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/treethread.h"

namespace Threadkeeper::Testing {

class FixtureServer;

// A TreeThread as Hacker News serves it: item ids storyId + index, texts in HN's small
// HTML (paragraphs split by <p>, quotes as "&gt; " lines, entities as HN writes them).
struct HackerNewsFixture
{
    TreeThread thread;
    qint64 storyId = 40000000;

    QString itemId(int index) const { return QString::number(storyId + index); }
    // Algolia's GET /items/ID: the whole tree, nested.
    QByteArray algoliaItem() const;
    // The Firebase API's GET /item/ID.json for one item.
    QByteArray firebaseItem(int index) const;
    // Routes under /algolia (items/ID) and /firebase (item/ID.json); point the engine
    // there with THREADKEEPER_HN_ALGOLIA and THREADKEEPER_HN_API.
    void serve(FixtureServer *server) const;
    static QString algoliaPath(const QString &id) { return QStringLiteral("/algolia/items/") + id; }
    static QString firebasePath(const QString &id)
    {
        return QStringLiteral("/firebase/item/%1.json").arg(id);
    }
};

// A post's text as HN writes it.
QString hackerNewsHtml(const QString &bbcode);

} // namespace Threadkeeper::Testing
