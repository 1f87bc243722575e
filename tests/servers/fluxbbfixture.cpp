// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fluxbbfixture.h"

#include <QLocale>

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

// FluxBB's default date format, "Y-m-d H:i:s", in the board's zone (UTC here).
QString boardDate(const QDateTime &date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// FluxBB's parser: [quote=Name] names the poster only; the post is never linked.
QString quote(const QString &name, const QString &, const QString &inner)
{
    if (name.isEmpty())
        return QStringLiteral(
            "</p><div class=\"quotebox\"><blockquote><div><p>%1</p></div></blockquote></div><p>")
            .arg(inner);
    return QStringLiteral("</p><div class=\"quotebox\"><cite>%1 "
                          "wrote:</cite><blockquote><div><p>%2</p></div></blockquote></div><p>")
        .arg(esc(name), inner);
}

// The message as FluxBB wraps it: paragraphs, the empty ones a quote leaves dropped.
QString message(const FixturePost &p)
{
    QString html = QStringLiteral("<p>") + bbcodeToHtml(p.bbcode, quote) + QStringLiteral("</p>");
    html.replace(QStringLiteral("<p></p>"), QString());
    return html;
}

QString pagination(const FixtureThread &thread, int topicId, int page, FluxbbStyle style)
{
    const int count = thread.pageCount();
    QString links;
    for (int n = 1; n <= count; ++n) {
        if (n > 1)
            links += QLatin1Char(' ');
        if (n == page)
            links += QStringLiteral("<strong class=\"item%1\">%2</strong>")
                         .arg(n == 1 ? QStringLiteral("1") : QString())
                         .arg(n);
        else
            links += QStringLiteral("<a href=\"viewtopic.php?id=%1&amp;p=%2\">%2</a>").arg(topicId).arg(n);
    }
    if (page < count)
        links += QStringLiteral(" <a rel=\"next\" href=\"viewtopic.php?id=%1&amp;p=%2\">Next</a>")
                     .arg(topicId)
                     .arg(page + 1);
    if (style == FluxbbStyle::Punbb14)
        return QStringLiteral("<p class=\"paging\"><span class=\"pages\">Pages</span> %1</p>").arg(links);
    return QStringLiteral("<p class=\"pagelink conl\"><span class=\"pages-label\">Pages: </span>%1</p>")
        .arg(links);
}

QString fluxbbPost(const FixturePost &p, const QString &subject, int number, bool first)
{
    const QString avatar = p.avatar.isEmpty()
        ? QString()
        : QStringLiteral("\n\t\t\t\t\t\t<dd class=\"postavatar\"><img src=\"%1\" width=\"60\" height=\"60\" "
                         "alt=\"\" /></dd>")
              .arg(esc(p.avatar));
    const QString signature = number % 3 == 0
        ? QStringLiteral("\n\t\t\t\t\t<div class=\"postsignature postmsg\"><hr /><p>%1 &mdash; sent from my "
                         "kestrel</p></div>")
              .arg(esc(p.author))
        : QString();
    const QString edited = number % 4 == 0
        ? QStringLiteral("\n\t\t\t\t\t\t<p class=\"postedit\"><em>Last edited by %1 (%2)</em></p>")
              .arg(esc(p.author), boardDate(p.date.addSecs(600)))
        : QString();
    return QStringLiteral(R"(
<div id="p%1" class="blockpost %2%3">
	<h2><span><span class="conr">#%4</span> <a href="viewtopic.php?pid=%1#p%1">%5</a></span></h2>
	<div class="box">
		<div class="inbox">
			<div class="postbody">
				<div class="postleft">
					<dl>
						<dt><strong><a href="profile.php?id=%6">%7</a></strong></dt>
						<dd class="usertitle"><strong>Member</strong></dd>%8
						<dd><span>Registered: 2017-03-14</span></dd>
						<dd><span>Posts: %9</span></dd>
					</dl>
				</div>
				<div class="postright">
					<h3>%10</h3>
					<div class="postmsg">
						%11%12
					</div>%13
				</div>
			</div>
		</div>
		<div class="inbox">
			<div class="postfoot clearb">
				<div class="postfootleft"><p><span>Offline</span></p></div>
				<div class="postfootright"><ul><li class="postreport"><span><a href="misc.php?report=%1">Report</a></span></li><li class="postquote"><span><a href="post.php?tid=7&amp;qid=%1">Quote</a></span></li></ul></div>
			</div>
		</div>
	</div>
</div>
)")
        .arg(p.id, number % 2 ? QStringLiteral("rowodd") : QStringLiteral("roweven"),
            first ? QStringLiteral(" firstpost blockpost1") : QString())
        .arg(number)
        .arg(boardDate(p.date))
        .arg(userId(p.author))
        .arg(esc(p.author), avatar)
        .arg(10 + number)
        .arg(esc(subject), message(p), edited, signature);
}

QString punbbPost(const FixturePost &p, const QString &subject, int number, bool first)
{
    return QStringLiteral(R"(
		<div id="p%1" class="post %2%3">
			<div class="posthead">
				<h3 class="hn post-ident"><span class="post-num">%4</span> <span class="post-byline"><span>%5 </span><strong>%6</strong></span> <span class="post-link"><a class="permalink" rel="bookmark" title="Permanent link to this post" href="viewtopic.php?pid=%1#p%1">%7</a></span></h3>
			</div>
			<div class="postbody">
				<div class="post-author">
					<ul class="author-ident">
						<li class="username"><a title="Go to %6's profile" href="profile.php?id=%8">%6</a></li>
						<li class="usertitle"><span>Member</span></li>
						<li class="userstatus"><span>Offline</span></li>
					</ul>
				</div>
				<div class="post-entry">
					<h4 id="pc%1" class="entry-title hn">%9</h4>
					<div class="entry-content">
						%10
					</div>%11
				</div>
			</div>
			<div class="postfoot"><div class="post-options"><p class="post-actions"><span class="report-post first-item"><a href="misc.php?report=%1">Report<span> Post %4</span></a></span> <span class="quote-post"><a href="post.php?tid=7&amp;qid=%1">Quote<span> Post %4</span></a></span></p></div></div>
		</div>)")
        .arg(p.id, number % 2 ? QStringLiteral("odd") : QStringLiteral("even"),
            first ? QStringLiteral(" firstpost topicpost") : QString())
        .arg(number)
        .arg(
            first ? QStringLiteral("Topic by") : QStringLiteral("Reply by"), esc(p.author), boardDate(p.date))
        .arg(userId(p.author))
        .arg(esc(subject), message(p),
            number % 3 == 0
                ? QStringLiteral("\n\t\t\t\t\t<div class=\"sig-content\"><span class=\"sig-line\"><!-- "
                                 "--></span>%1 &mdash; sent from my kestrel</div>")
                      .arg(esc(p.author))
                : QString());
}

} // namespace

QString fluxbbPagePath(int topicId, int page)
{
    const QString path = QStringLiteral("/forum/viewtopic.php?id=%1").arg(topicId);
    return page <= 1 ? path : path + QStringLiteral("&p=%1").arg(page);
}

QByteArray fluxbbPage(const FixtureThread &thread, int topicId, int page, FluxbbStyle style)
{
    QString posts;
    const int first = (page - 1) * thread.perPage;
    for (int i = first; i < std::min(int(thread.posts.size()), first + thread.perPage); ++i) {
        const QString subject = i == 0 ? thread.title : QStringLiteral("Re: ") + thread.title;
        posts += style == FluxbbStyle::Punbb14 ? punbbPost(thread.posts[i], subject, i + 1, i == 0)
                                               : fluxbbPost(thread.posts[i], subject, i + 1, i == 0);
    }
    const QString nav = pagination(thread, topicId, page, style);
    const QString title = esc(thread.title);
    if (style == FluxbbStyle::Punbb14) {
        return QStringLiteral(R"(<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<title>%1%2 — Threadkeeper Fixture Board</title>
<link rel="top" href="index.php" title="Forum index" />
<link rel="alternate" type="application/atom+xml" href="extern.php?type=atom&amp;action=feed&amp;tid=%3" title="Atom topic feed" />
</head>
<body>
<div id="brd-wrap" class="brd">
<div id="brd-viewtopic" class="brd-page paged-page">
<div id="brd-head" class="gen-content"><p id="brd-title"><a href="index.php">Threadkeeper Fixture Board</a></p></div>
<div id="brd-crumbs-top" class="crumbs"><p><span class="crumb crumbfirst"><a href="index.php">Threadkeeper Fixture Board</a></span> <span class="crumb"><span> &rarr;&#160;</span><a href="viewforum.php?id=2">Birds</a></span> <span class="crumb crumblast"><span> &rarr;&#160;</span>%1</span></p></div>
<div id="brd-main">
	<h1 class="main-title"><a class="permalink" href="viewtopic.php?id=%3" rel="bookmark" title="Permanent link to this topic">%1</a></h1>
	<div id="brd-pagepost-top" class="main-pagepost gen-content">
	%4
	</div>
	<div id="forum2" class="main-content main-topic">%5
	</div>
	<div id="brd-pagepost-end" class="main-pagepost gen-content">
	%4
	</div>
</div>
<div id="brd-about"><p id="copyright">Powered by <a href="http://punbb.informer.com/">PunBB</a></p></div>
</div>
</div>
</body>
</html>
)")
            .arg(title, page > 1 ? QStringLiteral(" (Page %1)").arg(page) : QString())
            .arg(topicId)
            .arg(nav, posts)
            .toUtf8();
    }
    return QStringLiteral(
        R"(<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>%1 (Page %2) / Birds / Threadkeeper Fixture Board</title>
<link rel="stylesheet" type="text/css" href="style/Air.css" />
<link rel="canonical" href="viewtopic.php?id=%3%6" title="Page %2" />
<link rel="alternate" type="application/atom+xml" href="extern.php?action=feed&amp;tid=%3&amp;type=atom" title="Atom topic feed" />
</head>
<body>
<div id="punviewtopic" class="pun">
<div class="top-box"></div>
<div class="punwrap">
<div id="brdheader" class="block"><div class="box"><div id="brdtitle" class="inbox"><h1><a href="index.php">Threadkeeper Fixture Board</a></h1></div></div></div>
<div id="brdmain">
<div class="linkst">
	<div class="inbox crumbsplus">
		<ul class="crumbs">
			<li><a href="index.php">Index</a></li>
			<li><span>»&#160;</span><a href="viewforum.php?id=2">Birds</a></li>
			<li><span>»&#160;</span><strong><a href="viewtopic.php?id=%3">%1</a></strong></li>
		</ul>
		<div class="pagepost">
			%4
			<p class="postlink conr"><a href="post.php?tid=%3">Post reply</a></p>
		</div>
		<div class="clearer"></div>
	</div>
</div>
%5
<div class="postlinksb">
	<div class="inbox crumbsplus">
		<div class="pagepost">
			%4
		</div>
		<div class="clearer"></div>
	</div>
</div>
</div>
<div id="brdfooter" class="block"><div class="box"><div id="brdfooternav" class="inbox"><div class="conr"><p id="poweredby">Powered by <a href="http://fluxbb.org/">FluxBB</a></p></div></div></div></div>
</div>
<div class="end-box"></div>
</div>
</body>
</html>
)")
        .arg(title)
        .arg(page)
        .arg(topicId)
        .arg(nav, posts, page > 1 ? QStringLiteral("&amp;p=%1").arg(page) : QString())
        .toUtf8();
}

} // namespace Threadkeeper::Testing
