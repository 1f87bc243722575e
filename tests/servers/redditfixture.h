// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/treethread.h"

#include <QSet>

namespace Threadkeeper::Testing {

class FixtureServer;

// A TreeThread as Reddit's API serves it (in the shape of the saved real answers in
// ../shared/real-pages/reddit): the comment page [t3 listing, t1 listing] with replies
// nested, body_html as Reddit renders markdown (raw_json=1), and what it leaves out as
// "more" stubs: top-level comments past listedTopLevel, replies past repliesShown, and
// "continue this thread" below continueDepth. /api/morechildren answers the ids asked,
// flat, each with its subtree cut the same way, at most moreAnswerLimit things, the ids
// it had no room for in a stub of their own, as Reddit defers them.
struct RedditFixture
{
    TreeThread thread;
    QString linkId = QStringLiteral("1h4kq2z");
    QSet<int> removed; // [removed] by moderators (thread.deleted: [deleted] by their authors)
    int listedTopLevel = 1000;
    int repliesShown = 1000;
    int continueDepth = 10;
    int moreAnswerLimit = 100;

    // Base 36 ids, sparse, as other threads' comments take the ones between.
    QString commentId(int index) const
    {
        return QString::number(qint64(index) * 7919 + 36 * 36 * 36 * 36, 36);
    }
    // The id our engine gives a post: "t3_LINK" for the article.
    QString postIdOf(int index) const;
    // GET /comments/LINK (focus empty) or /comments/LINK/_/FOCUS ("continue this thread").
    QByteArray commentPage(const QString &focus = QString()) const;
    // GET /api/morechildren?children=…
    QByteArray moreChildren(const QStringList &ids) const;
    // Routes under /api (point THREADKEEPER_REDDIT_API at server->url("/api")). Every
    // answer is made in answer(): the one place to check a request (its token) later.
    // Every route answers only the token the fixture's token endpoint gives.
    void serve(FixtureServer *server) const;
    // The installed app's token endpoint at /token (point THREADKEEPER_REDDIT_TOKEN_URL at
    // it), for the client id ClientId, as Reddit's answers it.
    static void serveToken(FixtureServer *server);
    static constexpr const char *ClientId = "fixture-client";
    static QByteArray authorization() { return QByteArrayLiteral("bearer fixture-token-Σ"); }
    // The thread as the engine should show it: post id → parent id (empty: the article),
    // and the ids in depth-first order (siblings oldest first).
    QMap<QString, QString> expectedParents() const;
    QStringList expectedOrder() const;
};

// A post's text as Reddit renders its markdown (a post's text that starts with "<div" is
// served as it is: markup the BBCode cannot say, such as a quote within a quote).
QString redditHtml(const QString &bbcode);

} // namespace Threadkeeper::Testing
