// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/xenforofixture.h"

#include <QMap>
#include <QSet>

namespace Threadkeeper::Testing {

// A thread whose forum says who replies to whom (Hacker News, Lemmy): posts in the
// order they were written, the first the article, each reply naming its parent.
struct TreeThread
{
    QString title;
    QString link; // the article's link, if it is one
    QList<FixturePost> posts;
    QList<int> parents; // index of the post each replies to; -1 for the article
    QSet<int> deleted; // gone from the forum, their replies kept

    // Replies of a post, in order.
    QList<int> repliesOf(int index) const;
    // The reply structure served, in the form seedtree.h compares: a post's index →
    // its parent's index, 0 for replies to the article.
    QMap<int, int> expectedParents() const;
};

// The seed thread with the reply structure given by number (child → parent, 0: the
// article), as seedtree.h's expectedSeedParents() worked it out.
TreeThread treeFromSeed(const FixtureThread &seed, const QMap<int, int> &parents);
// A made-up thread of count replies (generateThread's posts), the same for the same
// seed: replies nest a few levels deep, every fifth one to the article.
TreeThread generatedTree(int count, quint32 seed);

// A post's BBCode as paragraphs of plain text, quotes as lines starting "> ", list
// items as lines starting "- ".
QStringList plainParagraphs(const QString &bbcode);

} // namespace Threadkeeper::Testing
