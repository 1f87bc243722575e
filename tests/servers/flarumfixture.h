// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/treethread.h"

namespace Threadkeeper::Testing {

class FixtureServer;

// A TreeThread as Flarum 1.x serves it through its JSON:API, in the shape of the real
// answers of discuss.flarum.org (../shared/real-pages/flarum): GET /api/discussions/N lists
// every post id and includes the first `window` posts; GET /api/posts?filter[id]=… gives
// the others. A reply to a post opens with a PostMention of it; "> " lines are
// blockquotes. A discussionTagged event takes the number after the third post; deleted
// posts are left out (a gap in the numbers), as Flarum leaves them out for a guest.
struct FlarumFixture
{
    TreeThread thread;
    qint64 discussionId = 5;
    QString folder; // where Flarum is installed: "" or "/forum"
    int window = 20;

    // Post ids: the thread's own (the seed's 5140000 + 37 N).
    QString postIdOf(int index) const { return thread.posts[index].id; }
    int numberOf(int index) const { return index + 1 + (index >= 3 ? 1 : 0); }
    static QString eventId() { return QStringLiteral("990001"); }
    QString discussionPath() const
    {
        return folder + QStringLiteral("/api/discussions/%1").arg(discussionId);
    }
    QString postsPath() const { return folder + QStringLiteral("/api/posts"); }
    QString threadPath() const { return folder + QStringLiteral("/d/%1-a-discussion").arg(discussionId); }
    QByteArray discussionAnswer() const;
    // The answer to /api/posts?QUERY (decoded): the posts filter[id] names.
    QByteArray postsAnswer(const QString &query) const;
    void serve(FixtureServer *server) const;
    // The tree Flarum's mentions give, by post id (empty: top level): replies to the
    // first post mention nothing, so they are top level as it is.
    QMap<QString, QString> expectedParentIds() const;
};

} // namespace Threadkeeper::Testing
