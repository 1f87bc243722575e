// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mybbfixture.h"

#include <QLocale>
#include <QRegularExpression>

namespace Threadkeeper::Testing {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

int userId(const QString &name)
{
    return int(qHash(name) % 90000) + 2;
}

QString mybbDay(const QDateTime &date)
{
    return QLocale::c().toString(date.toUTC(), QStringLiteral("MM-dd-yyyy"));
}

QString mybbTime(const QDateTime &date)
{
    return QLocale::c().toString(date.toUTC(), QStringLiteral("hh:mm AP"));
}

// my_date('relative'): the language file's today_rel/yesterday_rel/rel_time strings.
QString mybbDate(const QDateTime &date, const QDateTime &now)
{
    const qint64 ago = date.secsTo(now);
    if (ago >= 0 && ago < 3600)
        return QStringLiteral("<span title=\"%1, %2\">%3 minutes ago</span>")
            .arg(mybbDay(date), mybbTime(date))
            .arg(std::max<qint64>(1, ago / 60));
    if (ago >= 3600 && ago < 43200)
        return QStringLiteral("<span title=\"%1, %2\">%3 hours ago</span>")
            .arg(mybbDay(date), mybbTime(date))
            .arg(ago / 3600);
    if (date.toUTC().date() == now.toUTC().date())
        return QStringLiteral("<span title=\"%1\">Today</span>, %2").arg(mybbDay(date), mybbTime(date));
    if (date.toUTC().date() == now.toUTC().date().addDays(-1))
        return QStringLiteral("<span title=\"%1\">Yesterday</span>, %2").arg(mybbDay(date), mybbTime(date));
    return mybbDay(date) + QStringLiteral(", ") + mybbTime(date);
}

// mycode_parse_post_quotes(): the date of a quote made with Reply, fixed here.
QString quote(const QString &name, const QString &postId, const QString &inner)
{
    if (name.isEmpty())
        return QStringLiteral("<blockquote class=\"mycode_quote\"><cite>Quote:</cite>%1</blockquote>\n")
            .arg(inner);
    if (postId.isEmpty())
        return QStringLiteral("<blockquote class=\"mycode_quote\"><cite>%1 Wrote:</cite>%2</blockquote>\n")
            .arg(esc(name), inner);
    return QStringLiteral(
        "<blockquote class=\"mycode_quote\"><cite><span> (03-02-2020, 10:15 AM)</span>%1 Wrote: "
        "<a href=\"/forum/showthread.php?pid=%2#pid%2\" class=\"quick_jump\"></a></cite>%3"
        "</blockquote>\n")
        .arg(esc(name), postId, inner);
}

// BBCode as MyBB renders it: its quotes, and [code] as its codeblock.
QString mybbBody(const QString &bbcode)
{
    QString html = bbcodeToHtml(bbcode, quote);
    static const QRegularExpression code(
        QStringLiteral(
            "<div class=\"bbCodeBlock[^\"]*bbCodeBlock--code\">.*?<code[^>]*>(.*?)</code></pre></div></div>"),
        QRegularExpression::DotMatchesEverythingOption);
    html.replace(code,
        QStringLiteral("<div class=\"codeblock\"><div class=\"title\">Code:<br />\n</div><div class=\"body\" "
                       "dir=\"ltr\"><code>\\1</code></div></div>"));
    return html;
}

QString pagination(const FixtureThread &thread, int threadId, int page)
{
    const int count = thread.pageCount();
    if (count <= 1)
        return {};
    auto href = [&](int n) { return esc(mybbPagePath(thread, threadId, n).mid(7)); };
    QString html
        = QStringLiteral("<div class=\"pagination\">\n<span class=\"pages\">Pages (%1):</span>\n").arg(count);
    if (page > 1)
        html += QStringLiteral("<a href=\"%1\" class=\"pagination_previous\">&laquo; Previous</a>")
                    .arg(href(page - 1));
    for (int n = 1; n <= count; ++n) {
        html += n == page
            ? QStringLiteral(" <span class=\"pagination_current\">%1</span>").arg(n)
            : QStringLiteral("<a href=\"%1\" class=\"pagination_page\">%2</a>").arg(href(n)).arg(n);
    }
    if (page < count)
        html += QStringLiteral("<a href=\"%1\" class=\"pagination_next\">Next &raquo;</a>")
                    .arg(href(page + 1));
    return html + QStringLiteral("\n</div>");
}

QString postDiv(const FixturePost &p, const QString &subject, int number, const QDateTime &now)
{
    const QString profile
        = QStringLiteral("https://forum.example/member.php?action=profile&amp;uid=%1").arg(userId(p.author));
    const QString avatar = p.avatar.isEmpty()
        ? QString()
        : QStringLiteral("<div class=\"author_avatar\"><a href=\"%1\"><img src=\"%2\" alt=\"\" width=\"55\" "
                         "height=\"55\" /></a></div>")
              .arg(profile, esc(p.avatar));
    return QStringLiteral(R"(
<a name="pid%1" id="pid%1"></a>
<div class="post " style="" id="post_%1">
<div class="post_author">
	%2
	<div class="author_information">
			<strong><span class="largetext"><a href="%3">%4</a></span></strong> <span title="Offline" class="offline" style="cursor: pointer;"></span><br />
			<span class="smalltext">
				Junior Member<br />
				<img src="images/star.png" border="0" alt="*" /><img src="images/star.png" border="0" alt="*" /><br />
			</span>
	</div>
	<div class="author_statistics">
		Posts: %5<br />
	Threads: 2<br />
	Joined: Jan 2014
	</div>
</div>
<div class="post_content">
	<div class="post_head">
		<div class="float_right" style="vertical-align: top">
<strong><a href="showthread.php?tid=7&amp;pid=%1#pid%1" title="%6">#%7</a></strong>
</div>
		<span class="post_date">%8 <span class="post_edit" id="edited_by_%1"></span></span>
	</div>
	<div class="post_body scaleimages" id="pid_%1">
		%10
	</div>
	<div class="post_meta" id="post_meta_%1"></div>
</div>
<div class="post_controls">
	<div class="postbit_buttons author_buttons float_left"><a href="search.php?action=finduser&amp;uid=%9" title="Find all posts by this user" class="postbit_find"><span>Find</span></a></div>
	<div class="postbit_buttons post_management_buttons float_right"><a href="newreply.php?tid=7&amp;replyto=%1" title="Quote this message in a reply" class="postbit_quote postbit_mirage"><span>Reply</span></a></div>
</div>
</div>
)")
        .arg(p.id, avatar, profile, esc(p.author))
        .arg(40 + number)
        .arg(esc(subject))
        .arg(number)
        .arg(mybbDate(p.date, now))
        .arg(userId(p.author))
        .arg(mybbBody(p.bbcode)); // last: its text may hold a '%'
}

} // namespace

QString mybbPagePath(const FixtureThread &thread, int threadId, int page)
{
    Q_UNUSED(thread);
    const QString path = QStringLiteral("/forum/showthread.php?tid=%1").arg(threadId);
    return page <= 1 ? path : path + QStringLiteral("&page=%1").arg(page);
}

QByteArray mybbPage(const FixtureThread &thread, int threadId, int page, const QDateTime &now)
{
    QString posts;
    const int first = (page - 1) * thread.perPage;
    for (int i = first; i < std::min(int(thread.posts.size()), first + thread.perPage); ++i)
        posts += postDiv(
            thread.posts[i], i == 0 ? thread.title : QStringLiteral("RE: ") + thread.title, i + 1, now);
    const QString nav = pagination(thread, threadId, page);
    return QStringLiteral(
        R"html(<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><!-- start: showthread -->
<html xml:lang="en" lang="en" xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>%1</title>
<link rel="alternate" type="application/rss+xml" title="Latest Threads (RSS 2.0)" href="https://forum.example/syndication.php" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<script type="text/javascript" src="https://forum.example/jscripts/jquery.js?ver=1823"></script>
<script type="text/javascript" src="https://forum.example/jscripts/general.js?ver=1827"></script>
<link type="text/css" rel="stylesheet" href="https://forum.example/cache/themes/theme1/global.css?t=1593547565" />
<script type="text/javascript" src="https://forum.example/jscripts/thread.js?ver=1827"></script>
</head>
<body>
<div id="container">
<div id="content">
<div class="wrapper">
<div class="navigation">
<a href="https://forum.example/index.php">Fixture Forums</a> &rsaquo; <a href="forumdisplay.php?fid=2">General</a> &rsaquo; <span class="active">%1</span>
</div>
<br />
<div class="float_left">
	%2
</div>
<div class="float_right">
	<a href="newreply.php?tid=%3" class="button new_reply_button"><span>Post Reply</span></a>
</div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear">
	<tr>
		<td class="thead">
			<div><strong>%1</strong></div>
		</td>
	</tr>
<tr><td id="posts_container">
	<div id="posts">
		%4
	</div>
</td></tr>
</table>
<div class="float_left">
	%2
</div>
<ul class="thread_tools">
	<li class="printable"><a href="printthread.php?tid=%3">View a Printable Version</a></li>
	<li class="sendthread"><a href="sendthread.php?tid=%3">Send this Thread to a Friend</a></li>
</ul>
</div>
</div>
<div id="footer">
<div id="copyright">
<!-- MyBB is free software developed and maintained by a volunteer community. -->
Powered By <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2026 <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.
</div>
</div>
</div>
</body>
</html>
<!-- end: showthread -->
)html")
        .arg(esc(thread.title), nav)
        .arg(threadId)
        .arg(posts)
        .toUtf8();
}

} // namespace Threadkeeper::Testing
