// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/treethread.h"

namespace Threadkeeper::Testing {

class FixtureServer;

// A TreeThread as a Lemmy 0.19 instance serves it: the post with its markdown body,
// comments oldest first with their paths, in pages.
struct LemmyFixture
{
    TreeThread thread;
    qint64 postId = 417870;
    int pageSize = 50;

    // Comment ids come with gaps, as other posts' comments take the ones between.
    QString commentId(int index) const { return QString::number(20000 + qint64(index) * 3); }
    // The id our engine gives a post: the article's, or a comment's.
    QString postIdOf(int index) const;
    QByteArray postAnswer() const; // GET /api/v3/post?id=
    QByteArray commentPage(int page) const; // GET /api/v3/comment/list?…&page=
    int pageCount() const
    {
        return int(thread.posts.size() - 1) / pageSize + 1;
    } // a last page short or empty
    QString postPath() const;
    QString commentPagePath(int page) const;
    void serve(FixtureServer *server) const;
};

} // namespace Threadkeeper::Testing
