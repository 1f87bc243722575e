// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include "servers/treethread.h"

namespace Threadkeeper::Testing {

// A Lobsters story in the shape /s/ID.json has had since 2024 (as the real 2025 answer
// shows it: flat comments in thread order, depth from 0, parent_comment a short id,
// commenting_user a name), written for tests: replies three levels deep, a comment its
// author deleted and one a moderator removed, both with replies, non-ASCII names.
// Comments, in order (id depth parent author):
//   c1aaaa 0 -      Zoë             "Grüße aus Köln — first"
//   c2bbbb 1 c1aaaa 東京の人        "Reply one"
//   c3cccc 2 c2bbbb ålund           "Deeper still"
//   c4dddd 0 -      gone_user       deleted
//   c5eeee 1 c4dddd Zoë             "Reply to the deleted one"
//   c6ffff 2 c5eeee troll           removed by a moderator
//   c7gggg 3 c6ffff ålund           a quote of c6ffff, then "Own words"
//   c8hhhh 0 -      Łukasz          "Last word"
struct LobstersFixture
{
    static constexpr const char *storyId = "ab12cd";
    static QString jsonPath() { return QStringLiteral("/s/ab12cd.json"); }
    static QByteArray answer();
    // The story's page as Lobsters' head starts it: what tells another host's /s/ID is
    // a Lobsters story.
    static QByteArray storyPage(const QString &title);
    // A thread in /s/ID.json's shape: comments depth first, each naming its parent;
    // comment i's short id is commentId(i), deleted ones flagged is_deleted.
    static QByteArray answerOf(const TreeThread &thread, const QString &storyId);
    static QString commentId(int index) { return QStringLiteral("k%1").arg(index, 5, 10, QLatin1Char('0')); }
};

} // namespace Threadkeeper::Testing
