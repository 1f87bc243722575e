// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/forumengine.h"
#include "html/htmldocument.h"

#include <QUrl>

namespace Threadkeeper {

// Where a page's comments are discussed.
struct Discussion
{
    const ForumEngine *engine = nullptr; // the engine whose thread it is; null: none found
    ThreadRef thread; // its reference, as engineForUrl() gives it
    QUrl commentsFeed; // a comments feed the page names (<link rel="alternate">), if any
    bool found() const { return engine != nullptr; }
};

// Finds the comment thread of an article page among the page's links to a thread an
// engine recognises (engineForUrl). A link counts only where its own text, class, id or
// rel, or a close ancestor's class or id, speaks of comments, discussion or replies
// (strongly) or of a forum (weakly), in a few languages; a JSON-LD discussionUrl counts
// strongly. The thread with the most such words wins, and only if one of them was strong,
// so that a sidebar of forum threads or a thread cited in the text is not taken for the
// page's own discussion. Nothing is
// fetched. Stateless; safe on any thread; linear in the page whatever its nesting.
class DiscussionFinder
{
public:
    static constexpr int MaxLinks = 20000; // links looked at, in document order
    static constexpr int AncestorLevels = 4; // how far up a link's context is read

    // discussionUrl: where the page's metadata says it is discussed, if anywhere.
    static Discussion find(const HtmlDocument &document, const QUrl &url, const QUrl &discussionUrl = {});
    // How strongly text (a link's words, a class, an id, a rel) speaks of comments:
    // 0 not at all, 1 of a forum, 3 of comments, discussion or replies.
    static int commentWeight(QStringView text);
};

} // namespace Threadkeeper
