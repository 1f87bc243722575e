// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Threadkeeper {

class ReplyTree;

// Find in the open thread: which posts a query matches, in thread order. A query is a
// poster's name (every post of theirs; "author:NAME" says so explicitly) or words, all of
// which must be in a post's own words or its author's name, in any case and order.
class ThreadFinder
{
public:
    struct Result
    {
        QStringList posts; // matching post ids, in thread order
        QStringList terms; // what to highlight in a post: the words, or nothing for a poster
        bool byPoster = false;
    };
    static Result find(const ReplyTree &tree, const QString &query);
};

} // namespace Threadkeeper
