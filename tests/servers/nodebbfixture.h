// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/treethread.h"

namespace Threadkeeper::Testing {

class FixtureServer;

// A TreeThread as NodeBB 3/4 serves it through its read API, GET /api/topic/N?page=M
// (&sort=oldest_to_newest), in
// the shape of NodeBB's own OpenAPI description (public/openapi/read/topic/topic_id.yaml)
// and controller (src/controllers/topics.js): postsPerPage posts a page, the main post
// first, each post with its 0-based index and toPid (as a string, as NodeBB stores it)
// naming the post it replies to; a quote of the parent made with Quote, "@name said in
// [Topic](/post/PID):" and a blockquote. Deleted posts stay, their content the
// translation key a guest is given. No real answer was found to copy the bytes of.
struct NodeBbFixture
{
    TreeThread thread;
    qint64 tid = 5;
    QString folder; // NodeBB's relative_path: "" or "/forum"
    int postsPerPage = 20;

    QString postIdOf(int index) const { return thread.posts[index].id; }
    int pageCount() const
    {
        return std::max(1, int((thread.posts.size() + postsPerPage - 1) / postsPerPage));
    }
    QString pagePath(int page) const
    {
        return folder + QStringLiteral("/api/topic/%1?page=%2&sort=oldest_to_newest").arg(tid).arg(page);
    }
    QString threadPath() const { return folder + QStringLiteral("/topic/%1/a-topic").arg(tid); }
    QByteArray page(int page) const;
    void serve(FixtureServer *server) const;
    // Post id → its parent's (empty for the main post and replies to the topic).
    QMap<QString, QString> expectedParentIds() const;
};

} // namespace Threadkeeper::Testing
