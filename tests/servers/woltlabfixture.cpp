// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "woltlabfixture.h"

#include <QLocale>
#include <QTimeZone>

namespace Threadkeeper::Testing {

namespace {

QString s_threadPath; // the thread being written, for the quotes' links

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

int userId(const QString &name)
{
    return int(qHash(name) % 90000) + 2;
}

QString slugOf(const QString &title)
{
    QString slug;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (!slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.isEmpty() ? QStringLiteral("thread") : slug.left(60);
}

QString userPath(const QString &name)
{
    return QStringLiteral("/user/%1-%2/").arg(userId(name)).arg(slugOf(name));
}

QString quote(const QString &name, const QString &postId, const QString &inner)
{
    if (name.isEmpty())
        return QStringLiteral(
            "<blockquote class=\"quoteBox collapsibleBbcode jsCollapsibleBbcode quoteBoxSimple\">"
            "<div class=\"quoteBoxIcon\"><span class=\"icon icon24 fa-quote-left\"></span></div>"
            "<div class=\"quoteBoxContent\">%1</div></blockquote>")
            .arg(inner);
    const QString avatar = QStringLiteral(
        "<div class=\"quoteBoxIcon\"><a href=\"%1\" class=\"userLink\" "
        "data-user-id=\"%2\" aria-hidden=\"true\"><img src=\"/images/avatars/avatar-default.svg\" "
        "width=\"24\" height=\"24\" alt=\"\" class=\"userAvatarImage\"></a></div>")
                               .arg(esc(userPath(name)))
                               .arg(userId(name));
    if (postId.isEmpty()) // [quote='…'] typed by hand: no link
        return QStringLiteral(
            "<blockquote class=\"quoteBox collapsibleBbcode jsCollapsibleBbcode\">%1"
            "<div class=\"quoteBoxTitle\">Zitat von %2</div><div class=\"quoteBoxContent\">%3</div>"
            "</blockquote>")
            .arg(avatar, esc(name), inner);
    const QString link = esc(s_threadPath + QStringLiteral("?postID=%1#post%1").arg(postId));
    return QStringLiteral(
        "<blockquote class=\"quoteBox collapsibleBbcode jsCollapsibleBbcode\" cite=\"%1\">%2"
        "<div class=\"quoteBoxTitle\"><a href=\"%1\">Zitat von %3</a></div>"
        "<div class=\"quoteBoxContent\">%4</div></blockquote>")
        .arg(link, avatar, esc(name), inner);
}

QString pagination(const FixtureThread &thread, int threadId, int page)
{
    const int count = thread.pageCount();
    if (count <= 1)
        return {};
    QString html
        = QStringLiteral("<nav class=\"pagination\" data-link=\"%1?pageNo=%d\" data-pages=\"%2\"><ul>")
              .arg(esc(woltlabPagePath(thread, threadId, 1)))
              .arg(count);
    if (page > 1)
        html += QStringLiteral(
            "<li class=\"skip\"><a href=\"%1\" title=\"Vorherige Seite\" class=\"icon icon24 "
            "fa-chevron-left jsTooltip\" rel=\"prev\"></a></li>")
                    .arg(esc(woltlabPagePath(thread, threadId, page - 1)));
    for (int n = 1; n <= count; ++n) {
        html += n == page
            ? QStringLiteral("<li class=\"active\"><span>%1</span><span class=\"invisible\">Seite %1 "
                             "von %2</span></li>")
                  .arg(n)
                  .arg(count)
            : QStringLiteral("<li><a href=\"%1\" title=\"Seite %2\">%2</a></li>")
                  .arg(esc(woltlabPagePath(thread, threadId, n)))
                  .arg(n);
    }
    if (page < count)
        html
            += QStringLiteral("<li class=\"skip\"><a href=\"%1\" title=\"Nächste Seite\" class=\"icon icon24 "
                              "fa-chevron-right jsTooltip\" rel=\"next\"></a></li>")
                   .arg(esc(woltlabPagePath(thread, threadId, page + 1)));
    return html + QStringLiteral("</ul></nav>");
}

QString article(const FixturePost &p, int index, const QString &threadPath)
{
    const QDateTime local = p.date.toTimeZone(QTimeZone::fromSecondsAheadOfUtc(3600));
    const QString iso = local.toString(Qt::ISODate);
    const QString permalink = esc(threadPath + QStringLiteral("?postID=%1#post%1").arg(p.id));
    const QString avatar
        = p.avatar.isEmpty() ? QStringLiteral("/images/avatars/avatar-default.svg") : p.avatar;
    return QStringLiteral(R"(
<li id="post%1" class="anchorFixedHeader%2">
	<article class="wbbPost message messageSidebarOrientationLeft jsClipboardObject jsMessage userOnlineGroupMarking3" data-post-id="%1" data-can-edit="0" data-can-edit-inline="0" data-is-closed="0" data-is-deleted="0" data-is-disabled="0" data-object-id="%1" data-object-type="com.woltlab.wbb.likeablePost" data-user-id="%3" itemprop="comment" itemscope itemtype="http://schema.org/Comment">
		<meta itemprop="url" content="%4">
		<aside role="presentation" class="messageSidebar member" itemprop="author" itemscope itemtype="http://schema.org/Person">
			<meta itemprop="url" content="%5">
			<div class="messageAuthor">
				<div class="userAvatar"><a href="%5" aria-hidden="true"><img src="%6" width="128" height="128" alt="" class="userAvatarImage"></a></div>
				<div class="messageAuthorContainer"><a href="%5" class="username userLink" data-user-id="%3" itemprop="url"><span itemprop="name">%7</span></a></div>
				<div class="userTitle"><span class="badge userTitleBadge">Fortgeschrittener</span></div>
			</div>
			<div class="userCredits"><dl class="plain dataList"><dt><a href="%5" class="jsTooltip" title="Beiträge von %7">Beiträge</a></dt><dd>%8</dd><dt>Mitglied seit</dt><dd><time datetime="2014-01-05T21:12:00+01:00" class="datetime" data-timestamp="1388952720" data-date="5. Januar 2014" data-time="21:12" data-offset="3600">5. Januar 2014</time></dd></dl></div>
		</aside>
		<div class="messageContent">
			<header class="messageHeader">
				<div class="messageHeaderBox">
					<ul class="messageHeaderMetaData">
						<li><a href="%4" class="permalink messagePublicationTime"><time datetime="%9" class="datetime" data-timestamp="%10" data-date="%11" data-time="%12" data-offset="3600">%11, %12</time><meta itemprop="datePublished" content="%9"></a></li>
					</ul>
				</div>
				<ul class="messageQuickOptions">
					<li><a href="%4" class="jsTooltip wbbPostPermalink" title="Permalink">#%13</a></li>
				</ul>
			</header>
			<div class="messageBody">
				<div class="messageText" itemprop="text">
					%14
				</div>
			</div>
			<footer class="messageFooter">
				<div class="messageSignature"><div>Grüße aus dem Fixture-Forum</div></div>
				<div class="messageFooterNotes"></div>
			</footer>
		</div>
	</article>
</li>)")
        .arg(p.id, index == 0 ? QStringLiteral(" messageGroupStarter") : QString())
        .arg(userId(p.author))
        .arg(permalink, esc(userPath(p.author)), esc(avatar), esc(p.author))
        .arg(17 + index)
        .arg(iso)
        .arg(local.toSecsSinceEpoch())
        .arg(QLocale(QLocale::German).toString(local.date(), QStringLiteral("d. MMMM yyyy")),
            local.toString(QStringLiteral("HH:mm")))
        .arg(index + 1)
        .arg(bbcodeToHtml(p.bbcode, quote));
}

} // namespace

QString woltlabPagePath(const FixtureThread &thread, int threadId, int page)
{
    const QString path = QStringLiteral("/forum/thread/%1-%2/").arg(threadId).arg(slugOf(thread.title));
    return page <= 1 ? path : path + QStringLiteral("?pageNo=%1").arg(page);
}

QByteArray woltlabPage(const FixtureThread &thread, int threadId, int page)
{
    const QString threadPath = woltlabPagePath(thread, threadId, 1);
    s_threadPath = threadPath;
    QString posts;
    const int first = (page - 1) * thread.perPage;
    for (int i = first; i < std::min(int(thread.posts.size()), first + thread.perPage); ++i)
        posts += article(thread.posts[i], i, threadPath);
    const QString nav = pagination(thread, threadId, page);
    return QStringLiteral(R"(<!DOCTYPE html>
<html dir="ltr" lang="de">
<head>
	<meta charset="utf-8">
	<title>%1 - Allgemeines - Threadkeeper Fixture-Forum</title>
	<meta property="og:title" content="%1 - Threadkeeper Fixture-Forum">
	<link rel="canonical" href="%2">
	<link rel="stylesheet" type="text/css" href="/style/style-1.css?m=1580000000">
	<script>var WCF_PATH = '/'; var WSC_API_URL = '/'; var LANGUAGE_ID = 1;</script>
	<script src="/js/WoltLabSuite.Core.min.js?v=1580000000"></script>
</head>
<body id="tpl_wbb_thread" itemscope itemtype="http://schema.org/WebPage" data-template="thread" data-application="wbb" data-page-id="45" data-page-identifier="com.woltlab.wbb.Thread" data-board-id="3" data-thread-id="%3">
<div id="pageContainer" class="pageContainer">
	<section id="main" class="main" role="main">
		<div id="content" class="content">
			<header class="contentHeader messageGroupContentHeader wbbThread">
				<div class="contentHeaderIcon"><span class="icon icon64 fa-file-o"></span></div>
				<div class="contentHeaderTitle"><h1 class="contentTitle">%1</h1></div>
			</header>
			<div class="paginationTop">%4</div>
			<div class="section">
				<ul class="wbbThreadPostList messageList jsClipboardContainer" data-is-last-page="false" data-page-no="%5" data-sort-order="ASC" data-type="com.woltlab.wbb.post">%6
				</ul>
			</div>
			<footer class="contentFooter"><div class="paginationBottom">%4</div></footer>
		</div>
	</section>
	<footer id="pageFooter" class="pageFooter"><div class="copyright"><a href="https://www.woltlab.com/de/" rel="nofollow">Forensoftware: <strong>Burning Board&reg; 5.2</strong>, entwickelt von <strong>WoltLab&reg; GmbH</strong></a></div></footer>
</div>
<script>require(['WoltLabSuite/Core/Bootstrap'], function(Bootstrap) { Bootstrap.setup(); });</script>
</body>
</html>
)")
        .arg(esc(thread.title), esc(woltlabPagePath(thread, threadId, page)))
        .arg(threadId)
        .arg(nav)
        .arg(page)
        .arg(posts)
        .toUtf8();
}

} // namespace Threadkeeper::Testing
