// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vbulletinfixture.h"

using namespace Qt::StringLiterals;

namespace Threadkeeper::Testing {

// vB4's quote box: "Originally Posted by" with a link to the quoted post when it has one.
QString vb4Quote(const QString &name, int postId, const QString &inner)
{
    const QString link = postId > 0
        ? QStringLiteral(
            "\n\t\t\t\t\t<a href=\"showthread.php?p=%1#post%1\" rel=\"nofollow\"><img class=\"inlineimg\" "
            "src=\"images/buttons/viewpost-right.png\" alt=\"View Post\" /></a>")
              .arg(postId)
        : QString();
    return QStringLiteral(R"(<div class="bbcode_container">
	<div class="bbcode_quote">
		<div class="quote_container">
			<div class="bbcode_quote_container"></div>
				<div class="bbcode_postedby">
					<img src="images/misc/quote_icon.png" alt="Quote" /> Originally Posted by <strong>%1</strong>%2
				</div>
				<div class="message">%3</div>
		</div>
	</div>
</div>)")
        .arg(name.toHtmlEscaped(), link, inner);
}

QString vb4PagePath(int page)
{
    // One thread, at the address layout vB3 and vB4 share without friendly URLs.
    return page <= 1 ? u"/forum/showthread.php?t=42"_s : u"/forum/showthread.php?t=42&page=%1"_s.arg(page);
}

QByteArray vb4Page(const QList<VbPost> &posts, int page)
{
    const int pages = int((posts.size() + VbPerPage - 1) / VbPerPage);
    QString items;
    for (int i = (page - 1) * VbPerPage; i < std::min(int(posts.size()), page * VbPerPage); ++i) {
        const VbPost &p = posts[i];
        items += QStringLiteral(R"(
<li class="postbitlegacy postbitim postcontainer old" id="post_%1">
	<div class="posthead">
		<span class="postdate old">
			<span class="date">06-%2-2016,&nbsp;<span class="time">0%3:15 PM</span></span>
		</span>
		<span class="nodecontrols">
			<a name="post%1" href="showthread.php?t=42&amp;p=%1&amp;viewfull=1#post%1" class="postcounter">#%4</a><a id="postcount%1" name="%4"></a>
		</span>
	</div>
	<div class="postdetails">
		<div class="userinfo">
			<div class="username_container">
				<a class="username offline popupctrl" href="member.php?u=%5" title="%6 is offline"><strong>%6</strong></a>
			</div>
			<a class="postuseravatar" href="member.php?u=%5" title="%6 is offline"><img src="customavatars/avatar%5_1.gif" alt="%6's Avatar" title="%6's Avatar" /></a>
		</div>
		<div class="postbody">
			<div class="postrow">
				<h2 class="title icon">Re: New rules</h2>
				<div class="content">
					<div id="post_message_%1">
						<blockquote class="postcontent restore ">
							%7
						</blockquote>
					</div>
				</div>
			</div>
		</div>
	</div>
</li>)")
                     .arg(p.id)
                     .arg(10 + i)
                     .arg(1 + i % 9)
                     .arg(i + 1)
                     .arg(100 + int(qHash(p.author) % 900))
                     .arg(p.author.toHtmlEscaped(), p.html);
    }
    const QString next = page < pages
        ? u"<span class=\"prev_next\"><a rel=\"next\" href=\"showthread.php?t=42&amp;page=%1\" title=\"Next Page\">Next</a></span>"_s
              .arg(page + 1)
        : QString();
    const QString nav = QStringLiteral(R"(
<div id="pagination_top" class="pagination_top">
	<form action="showthread.php?t=42&amp;page=%2" method="get" class="pagination popupmenu nohovermenu">
		<span><a href="javascript://" class="popupctrl">Page %1 of %2</a></span>
		%3
	</form>
</div>)")
                            .arg(page)
                            .arg(pages)
                            .arg(next);
    return QStringLiteral(
        R"(<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
	<meta name="generator" content="vBulletin 4.2.3" />
	<title> New rules &amp; you</title>
	<link rel="canonical" href="showthread.php?t=42" />
</head>
<body>
<div id="breadcrumb"><span class="threadtitle"><a href="showthread.php?t=42" title="Reload this Page">New rules &amp; you</a></span></div>
%1
<div id="postlist" class="postlist restrain">
	<ol id="posts" class="posts" start="1">%2
	</ol>
</div>
</body>
</html>
)")
        .arg(nav, items)
        .toUtf8();
}

} // namespace Threadkeeper::Testing
