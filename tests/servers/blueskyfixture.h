// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/treethread.h"

#include <QJsonObject>

namespace Threadkeeper::Testing {

class FixtureServer;

// A TreeThread as Bluesky's AppView serves it (the shapes of the real answers in
// ../shared/real-pages/bluesky): app.bsky.feed.getPostThread nests replies under each
// threadViewPost and parents above the asked post; a deleted post is a notFoundPost, a
// blocked one a blockedPost (neither with replies, as the lexicon has them).
struct BlueskyFixture
{
    TreeThread thread;
    QSet<int> blocked;
    QHash<int, int> quotes; // index → the index it quotes (app.bsky.embed.record#view)
    // The AppView's cut: below this many levels under the asked post, replies are left out.
    int cutDepth = 1000;

    QString did(int index) const; // the author's
    QString handle(int index) const;
    QString rkey(int index) const;
    QString uri(int index) const;
    QString webPath(int index) const
    {
        return QStringLiteral("/profile/%1/post/%2").arg(handle(index), rkey(index));
    }
    int indexOf(const QString &uri) const;
    QJsonObject postView(int index, int quoteDepth = 0) const;
    QByteArray threadAnswer(int index) const; // getPostThread?uri=uri(index)
    // Routes under /xrpc/: point the engine there with THREADKEEPER_BSKY_API.
    void serve(FixtureServer *server) const;
};

} // namespace Threadkeeper::Testing
