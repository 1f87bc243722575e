// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/treethread.h"

#include <QJsonObject>

namespace Threadkeeper::Testing {

class FixtureServer;

// A TreeThread as a Mastodon 4.4 server serves it (/api/v1/statuses/ID and …/context,
// the shapes of the real answers in ../shared/real-pages/mastodon): the article is the
// root status, each reply names its parent in in_reply_to_id, content is HTML
// paragraphs, remote authors have acct "name@host". A deleted post is a status the
// server does not show (a reply since made private): its replies still name it.
struct MastodonFixture
{
    TreeThread thread;
    QSet<int> remote; // authors on another server
    QHash<int, int> quotes; // index → the index it quotes (a Mastodon 4.4 quote post)
    QHash<int, QString> warnings; // index → its content warning
    // The anonymous limit: at most this many descendants (0: all, as to a signed-in reader).
    int limit = 0;
    // And at most this many levels below the status asked (0: all).
    int depthLimit = 0;

    // Seed posts keep their numeric ids; a generated thread's are snowflake-like.
    QString statusId(int index) const;
    QJsonObject status(int index) const;
    QByteArray statusAnswer(int index) const; // GET /api/v1/statuses/ID
    QByteArray contextAnswer(int index) const; // GET /api/v1/statuses/ID/context
    // Every status and its context, for any of them to be opened.
    void serve(FixtureServer *server) const;
    static QString statusPath(const QString &id) { return QStringLiteral("/api/v1/statuses/") + id; }
    static QString contextPath(const QString &id) { return statusPath(id) + QStringLiteral("/context"); }
};

} // namespace Threadkeeper::Testing
