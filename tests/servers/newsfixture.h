// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/xenforofixture.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace Threadkeeper::Testing {

class FixtureServer;

// A news site in TechPowerUp's shape: the article at /NNN/slug with its first comments
// under it (more with ?cp=N), its comments kept in a XenForo forum thread on the same
// host under /forums/threads/slug.NNN/, whose first post is only a link back to the
// article. The page carries JSON-LD (a BreadcrumbList, then the NewsArticle) and
// OpenGraph/article:* meta, and a sidebar of other forum threads.
struct NewsSite
{
    QString articlePath; // "/331822/the-empire-strikes-back-…"
    QString title;
    QString author;
    QDateTime date;
    QStringList paragraphs; // the article's text, a paragraph each
    FixtureThread thread; // the forum thread: the link back, then the comments
    int commentsPerPage = 10; // comments under the article, a ?cp= page
    QStringList sidebar; // paths of other forum threads the page links to

    int commentPages() const;
};

// The seed (../shared/seeds) as a news site: its article, and its comments in the forum.
NewsSite newsSiteFromSeed(const QString &seedPath);
// The article page with comment page cp (1: the page itself).
QByteArray newsArticlePage(const NewsSite &site, int cp);
// Serves the article (and each ?cp= page), the forum thread's pages and the sidebar's threads.
void serveNewsSite(FixtureServer &server, const NewsSite &site);

} // namespace Threadkeeper::Testing
