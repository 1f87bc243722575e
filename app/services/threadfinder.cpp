// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadfinder.h"

#include "services/replytree.h"

namespace Threadkeeper {

ThreadFinder::Result ThreadFinder::find(const ReplyTree &tree, const QString &query)
{
    Result result;
    QString q = query.simplified();
    if (q.isEmpty())
        return result;
    const QList<const Post *> posts = tree.posts();
    const bool explicitPoster = q.startsWith(QLatin1String("author:"), Qt::CaseInsensitive);
    if (explicitPoster)
        q = q.mid(7).trimmed();
    // A poster's name as typed finds their posts; it wins over the same words in text.
    for (const Post *p : posts) {
        if (p->author.compare(q, Qt::CaseInsensitive) == 0)
            result.posts.append(p->id);
    }
    if (!result.posts.isEmpty() || explicitPoster) {
        result.byPoster = true;
        return result;
    }
    result.terms = q.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const Post *p : posts) {
        const bool all = std::all_of(result.terms.cbegin(), result.terms.cend(), [p](const QString &term) {
            return p->text.contains(term, Qt::CaseInsensitive)
                || p->author.contains(term, Qt::CaseInsensitive);
        });
        if (all)
            result.posts.append(p->id);
    }
    return result;
}

} // namespace Threadkeeper
