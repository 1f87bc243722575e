// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsfixture.h"

#include "servers/fixtureserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Threadkeeper::Testing {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString slug(const QString &title)
{
    QString s = title.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return s.left(60).remove(QRegularExpression(QStringLiteral("^-+|-+$")));
}

QString comment(const NewsSite &site, const FixturePost &p)
{
    // As TechPowerUp lists a comment: its number links to the forum post, "Reply" to the
    // forum's reply form quoting it.
    return QStringLiteral(R"(
		<div class="comment" id="comment-%1">
			<div class="comment-header">
				<a class="comment-number" href="%2post-%1">#%3</a>
				<a class="comment-author" href="/forums/members/%4/">%5</a>
			</div>
			<div class="comment-text">%6</div>
			<div class="comment-footer">Posted on <a class="comment-reply" href="%2reply?quote=%1">Reply</a></div>
		</div>)")
        .arg(p.id, site.thread.path, QString::number(p.number), slug(p.author), esc(p.author),
            bbcodeToHtml(p.bbcode));
}

} // namespace

int NewsSite::commentPages() const
{
    const int comments = std::max(0, int(thread.posts.size()) - 1);
    return std::max(1, (comments + commentsPerPage - 1) / commentsPerPage);
}

NewsSite newsSiteFromSeed(const QString &seedPath)
{
    const FixtureThread seed = seedThread(seedPath);
    NewsSite site;
    if (seed.posts.isEmpty())
        return site;
    site.title = seed.title;
    site.author = QStringLiteral("AleksandarK");
    site.date = seed.posts.first().date;
    site.articlePath = QStringLiteral("/331822/%1").arg(slug(seed.title));
    for (const QString &p : seed.posts.first().bbcode.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        site.paragraphs.append(p.trimmed());
    site.thread = seed;
    site.thread.path = QStringLiteral("/forums") + seed.path;
    // The forum's first post only points back at the news page, as TechPowerUp's do.
    FixturePost &first = site.thread.posts.first();
    first.author = site.author;
    first.bbcode = QStringLiteral("[URL='%1']%2[/URL]").arg(site.articlePath, site.title);
    site.sidebar = {QStringLiteral("/forums/threads/rtx-5090-owners-club.330017/"),
        QStringLiteral("/forums/threads/what-are-you-playing.229031/"),
        QStringLiteral("/forums/threads/post-your-desktop.101566/")};
    return site;
}

QByteArray newsArticlePage(const NewsSite &site, int cp)
{
    const QJsonObject crumbs {{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
        {QStringLiteral("@type"), QStringLiteral("BreadcrumbList")},
        {QStringLiteral("itemListElement"),
            QJsonArray {QJsonObject {{QStringLiteral("@type"), QStringLiteral("ListItem")},
                {QStringLiteral("position"), 1}, {QStringLiteral("name"), QStringLiteral("News")}}}}};
    const QJsonObject article {{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
        {QStringLiteral("@type"), QStringLiteral("NewsArticle")}, {QStringLiteral("headline"), site.title},
        {QStringLiteral("datePublished"), site.date.toString(Qt::ISODate)},
        {QStringLiteral("dateModified"), site.date.addSecs(3600).toString(Qt::ISODate)},
        {QStringLiteral("author"),
            QJsonObject {
                {QStringLiteral("@type"), QStringLiteral("Person")}, {QStringLiteral("name"), site.author}}},
        {QStringLiteral("publisher"),
            QJsonObject {{QStringLiteral("@type"), QStringLiteral("Organization")},
                {QStringLiteral("name"), QStringLiteral("TechPowerUp")}}},
        {QStringLiteral("commentCount"), int(site.thread.posts.size()) - 1}};
    QString text;
    for (const QString &p : site.paragraphs) {
        if (p.startsWith(QLatin1String("Source: ")))
            text += QStringLiteral(
                "\n\t\t\t<div class=\"newssource\">Source: <a href=\"https://x.com/\">%1</a></div>")
                        .arg(esc(p.mid(8)));
        else
            text += QStringLiteral("\n\t\t\t<p>%1</p>").arg(esc(p));
    }
    QString comments;
    const int first = 1 + (cp - 1) * site.commentsPerPage;
    for (int i = first; i < std::min(int(site.thread.posts.size()), first + site.commentsPerPage); ++i)
        comments += comment(site, site.thread.posts[i]);
    QString pages;
    for (int p = 1; p <= site.commentPages(); ++p)
        pages += p == cp ? QStringLiteral("<span class=\"current\">%1</span>").arg(p)
                         : QStringLiteral("<a href=\"%1?cp=%2\">%2</a>").arg(site.articlePath).arg(p);
    QString sidebar;
    for (const QString &path : site.sidebar)
        sidebar += QStringLiteral("<li><a href=\"%1\">%2</a></li>")
                       .arg(path, path.section(QLatin1Char('/'), 3, 3));
    const QString published = site.date.toString(Qt::ISODate);
    return QStringLiteral(R"(<!DOCTYPE html>
<html lang="en">
<head>
	<meta charset="utf-8">
	<title>%1 | TechPowerUp</title>
	<meta name="description" content="%2">
	<meta property="og:site_name" content="TechPowerUp">
	<meta property="og:type" content="article">
	<meta property="og:title" content="%1">
	<meta property="og:url" content="%3">
	<meta property="og:description" content="%2">
	<meta property="article:published_time" content="%4">
	<meta property="article:author" content="https://www.techpowerup.com/author/%5/">
	<link rel="canonical" href="%3">
	<link rel="alternate" type="application/rss+xml" title="TechPowerUp News" href="/rss/news">
	<script type="application/ld+json">%6</script>
	<script type="application/ld+json">%7</script>
</head>
<body>
<header id="header"><nav><a href="/">Home</a> <a href="/forums/">Forums</a> <a href="/reviews/">Reviews</a></nav></header>
<div id="content">
	<article class="newspost">
		<header>
			<h1>%1</h1>
			<div class="byline">by <a href="/author/%5/" rel="author">%8</a>, <time datetime="%4">Sunday, January 26th 2025</time></div>
		</header>
		<div class="text p">%9
		</div>
		<div class="newspost-footer"><a href="%10#js-quickReply">Add your own comment</a></div>
	</article>
	<div id="comments" class="comments">
		<h2><a href="%10">%11 Comments on %1</a></h2>%12
		<div class="pagination">%13</div>
		<a class="button" href="%10reply">Add your own comment</a>
	</div>
</div>
<aside class="sidebar forum-threads">
	<h3>Popular Forum Threads</h3>
	<ul>%14</ul>
</aside>
<footer id="footer">&copy; 2004-2025 TechPowerUp</footer>
</body>
</html>
)")
        .arg(esc(site.title), esc(site.paragraphs.value(0).left(160)), site.articlePath, published,
            slug(site.author), QString::fromUtf8(QJsonDocument(crumbs).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(article).toJson(QJsonDocument::Compact)), esc(site.author), text,
            site.thread.path, QString::number(site.thread.posts.size() - 1), comments, pages, sidebar)
        .toUtf8();
}

void serveNewsSite(FixtureServer &server, const NewsSite &site)
{
    // The article, and with ?cp=N: the same path, the query picks the comments.
    FixtureServer::Route paged;
    paged.bodyForQuery = [site](const QString &query) {
        const int cp = query.startsWith(QLatin1String("cp=")) ? query.mid(3).toInt() : 1;
        return newsArticlePage(site, std::clamp(cp, 1, site.commentPages()));
    };
    server.setRoute(site.articlePath, paged);
    for (int page = 1; page <= site.thread.pageCount(); ++page)
        server.setPage(site.thread.pagePath(page), xenforoPage(site.thread, page));
    for (const QString &path : site.sidebar) {
        FixtureThread other;
        other.title = path.section(QLatin1Char('/'), 3, 3);
        other.path = path;
        other.posts.append(FixturePost {
            QStringLiteral("1"), 1, QStringLiteral("Someone"), site.date, QStringLiteral("Hello")});
        server.setPage(path, xenforoPage(other, 1));
    }
}

} // namespace Threadkeeper::Testing
