// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "html/htmldocument.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Threadkeeper {

// A news article as a page presents it: what the reader's article pane shows.
struct Article
{
    QUrl url; // the page it was read from
    QString title;
    QString author; // several joined by ", "
    QDateTime date; // when it was published; invalid when the page does not say
    QList<Block> body; // our own blocks, never the page's HTML
    QUrl discussionUrl; // where JSON-LD says it is discussed (discussionUrl), if it says
    // The page says it is an article: JSON-LD of an article type, og:type "article",
    // article:published_time, itemprop="articleBody", or a single top-level <article>
    // (a forum's page has one a post). Another page may still have a title and text.
    bool declared = false;

    bool isEmpty() const { return title.isEmpty() && body.isEmpty(); }
};

// Reads the article of a web page: title, author and date from JSON-LD (NewsArticle,
// Article, BlogPosting, also inside @graph), else OpenGraph and article:* meta, else
// the page's <h1> and <time datetime>; the body from the page's article markup through
// the same allowlist as posts (PostBodyReader). Stateless; safe on any thread. Bounded
// in what it reads: scripts, JSON nesting and elements visited are capped.
class ArticleReader
{
public:
    // The id of the article's post in its thread: it cannot be a forum's post id.
    static QString postId() { return QStringLiteral("article"); }
    static constexpr qsizetype MaxJsonLd = 1024 * 1024; // bytes of one JSON-LD script
    static constexpr int MaxJsonLdScripts = 16;

    static Article read(const HtmlDocument &document, const QUrl &url);
    // The article as the first post of its thread: number 0, before every forum post.
    static Post toPost(const Article &article);
    // An article date as pages write it: ISO 8601 with or without seconds, fractions and
    // offset ("+0100" too), or RFC 2822. A time without an offset is taken as UTC.
    static QDateTime parseDate(const QString &text);
};

} // namespace Threadkeeper
