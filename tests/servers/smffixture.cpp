// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "smffixture.h"

#include <QLocale>
#include <QRegularExpression>

namespace Threadkeeper::Testing {

namespace {

const QString Script = QStringLiteral("https://forum.example/forum/index.php");

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

int userId(const QString &name)
{
    return int(qHash(name) % 90000) + 2;
}

// SMF's default time format, "%B %d, %Y, %I:%M:%S %p" (2.0 prints am/pm in lower case).
QString smfDate(const QDateTime &date, SmfVersion version, const QDateTime &now)
{
    const QDateTime utc = date.toUTC();
    QString time = QLocale::c().toString(utc.time(), QStringLiteral("hh:mm:ss AP"));
    if (version == SmfVersion::V20)
        time = time.toLower();
    const QDate today = now.toUTC().date();
    if (utc.date() == today || utc.date() == today.addDays(-1)) {
        const QString day = utc.date() == today ? QStringLiteral("Today") : QStringLiteral("Yesterday");
        return version == SmfVersion::V20 ? QStringLiteral("<strong>%1</strong> at %2").arg(day, time)
                                          : QStringLiteral("%1 at %2").arg(day, time);
    }
    return QLocale::c().toString(utc.date(), QStringLiteral("MMMM dd, yyyy, ")) + time;
}

QString quoteLink(const QString &postId)
{
    return QStringLiteral("%1?topic=7.msg%2#msg%2").arg(Script, postId);
}

// parse_bbc()'s quote with author, link and date (made with Reply), with author alone
// (typed), or none.
QString quote21(const QString &name, const QString &postId, const QString &inner)
{
    if (name.isEmpty())
        return QStringLiteral("<blockquote class=\"bbc_standard_quote\"><cite>Quote</cite>%1</blockquote>")
            .arg(inner);
    if (postId.isEmpty())
        return QStringLiteral(
            "<blockquote class=\"bbc_standard_quote\"><cite>Quote from: %1</cite>%2</blockquote>")
            .arg(esc(name), inner);
    return QStringLiteral(
        "<blockquote class=\"bbc_standard_quote\"><cite><a href=\"%1\">Quote from: %2 on March 02, "
        "2020, 10:15:00 AM</a></cite>%3</blockquote>")
        .arg(quoteLink(postId), esc(name), inner);
}

QString quote20(const QString &name, const QString &postId, const QString &inner)
{
    const QString head = name.isEmpty() ? QStringLiteral("Quote")
        : postId.isEmpty()
        ? QStringLiteral("Quote from: ") + esc(name)
        : QStringLiteral("<a href=\"%1\">Quote from: %2 on March 02, 2020, 10:15:00 am</a>")
              .arg(quoteLink(postId), esc(name));
    return QStringLiteral(
        "<div class=\"quoteheader\"><div class=\"topslice_quote\">%1</div></div><blockquote "
        "class=\"bbc_standard_quote\">%2</blockquote><div class=\"quotefooter\"><div "
        "class=\"botslice_quote\"></div></div>")
        .arg(head, inner);
}

QString smfBody(const QString &bbcode, SmfVersion version)
{
    QString html = bbcodeToHtml(bbcode, version == SmfVersion::V20 ? quote20 : quote21);
    static const QRegularExpression code(
        QStringLiteral(
            "<div class=\"bbCodeBlock[^\"]*bbCodeBlock--code\">.*?<code[^>]*>(.*?)</code></pre></div></div>"),
        QRegularExpression::DotMatchesEverythingOption);
    html.replace(code,
        version == SmfVersion::V20
            ? QStringLiteral(
                "<div class=\"codeheader\">Code: <a href=\"javascript:void(0);\" onclick=\"return "
                "smfSelectText(this);\" class=\"codeoperation\">[Select]</a></div><code "
                "class=\"bbc_code\">\\1</code>")
            : QStringLiteral("<div class=\"codeheader\"><span class=\"code floatleft\">Code</span> <a "
                             "class=\"codeoperation smf_select_text\">Select</a></div><code "
                             "class=\"bbc_code\">\\1</code>"));
    return html;
}

QString pagination(const FixtureThread &thread, int topicId, int page, SmfVersion version)
{
    const int count = thread.pageCount();
    auto href = [&](int n) {
        return QStringLiteral("%1?topic=%2.%3").arg(Script).arg(topicId).arg((n - 1) * thread.perPage);
    };
    QString html = version == SmfVersion::V20
        ? QStringLiteral("<div class=\"pagelinks floatleft\">Pages: ")
        : QStringLiteral("<div class=\"pagelinks floatleft\"><a href=\"#bot\" "
                         "class=\"button\">Go Down</a> <span class=\"pages\">Pages</span>");
    for (int n = 1; n <= count; ++n) {
        if (n == page)
            html += version == SmfVersion::V20
                ? QStringLiteral("[<strong>%1</strong>] ").arg(n)
                : QStringLiteral("<span class=\"current_page\">%1</span> ").arg(n);
        else
            html += QStringLiteral("<a class=\"%1\" href=\"%2\">%3</a> ")
                        .arg(version == SmfVersion::V20 ? QStringLiteral("navPages")
                                                        : QStringLiteral("nav_page"),
                            href(n))
                        .arg(n);
    }
    if (version == SmfVersion::V21 && page < count)
        html += QStringLiteral(
            "<a class=\"nav_page\" href=\"%1\"><span class=\"main_icons next_page\"></span></a> ")
                    .arg(href(page + 1));
    return html + QStringLiteral("</div>");
}

QString poster(const FixturePost &p)
{
    const QString profile = QStringLiteral("%1?action=profile;u=%2").arg(Script).arg(userId(p.author));
    const QString avatar = p.avatar.isEmpty()
        ? QString()
        : QStringLiteral("<li class=\"avatar\"><a href=\"%1\"><img class=\"avatar\" "
                         "src=\"%2\" alt=\"\"></a></li>")
              .arg(profile, esc(p.avatar));
    return QStringLiteral(
        "<div class=\"poster\"><h4><span class=\"off\" title=\"Offline\"></span> <a href=\"%1\" "
        "title=\"View the profile of %2\">%2</a></h4><ul class=\"user_info\"><li "
        "class=\"membergroup\">Newbie</li>%3<li class=\"postcount\">Posts: 12</li></ul></div>")
        .arg(profile, esc(p.author), avatar);
}

QString post21(const FixturePost &p, const QString &subject, int counter, const QDateTime &now)
{
    const QString number = counter == 0
        ? QString()
        : QStringLiteral("<span class=\"page_number floatright\">#%1</span>").arg(counter);
    return QStringLiteral(R"html(
<div class="windowbg" id="msg%1">
	<div class="post_wrapper">
		%2
		<div class="postarea">
			<div class="keyinfo">
				<div id="subject_%1" class="subject_title subject_hidden"><a href="%3?msg=%1" rel="nofollow">%4</a></div>
				%5
				<div class="postinfo">
					<span class="messageicon" style="position: absolute; z-index: -1;"><img src="https://forum.example/forum/Themes/default/images/post/xx.png" alt=""></span>
					<a href="%3?msg=%1" rel="nofollow" title="%4" class="smalltext">%6</a>
					<span class="spacer"></span>
					<span class="smalltext modified floatright" id="modified_%1"></span>
				</div>
				<div id="msg_%1_quick_mod"></div>
			</div>
			<div class="post">
				<div class="inner" data-msgid="%1" id="msg_%1">
					%7
				</div>
			</div>
		</div>
		<div class="moderatorbar"></div>
	</div>
</div>
<hr class="post_separator">)html")
        .arg(p.id, poster(p), Script, esc(subject), number, smfDate(p.date, SmfVersion::V21, now),
            smfBody(p.bbcode, SmfVersion::V21));
}

QString post20(const FixturePost &p, const QString &subject, int counter, const QDateTime &now)
{
    const QString label
        = counter == 0 ? QStringLiteral(" on:") : QStringLiteral("Reply #%1 on:").arg(counter);
    return QStringLiteral(R"html(
<a id="msg%1"></a>
<div class="windowbg">
	<span class="topslice"><span></span></span>
	<div class="post_wrapper">
		%2
		<div class="postarea">
			<div class="flow_hidden">
				<div class="keyinfo">
					<div class="messageicon"><img src="https://forum.example/forum/Themes/default/images/post/xx.gif" alt="" /></div>
					<h5 id="subject_%1"><a href="%3?topic=7.msg%1#msg%1" rel="nofollow">%4</a></h5>
					<div class="smalltext">&#171; <strong>%5</strong> %6 &#187;</div>
					<div id="msg_%1_quick_mod"></div>
				</div>
			</div>
			<div class="post">
				<div class="inner" id="msg_%1">%7</div>
			</div>
		</div>
		<div class="moderatorbar"><div class="smalltext modified" id="modified_%1"></div></div>
	</div>
	<span class="botslice"><span></span></span>
</div>
<hr class="post_separator" />)html")
        .arg(p.id, poster(p), Script, esc(subject), label, smfDate(p.date, SmfVersion::V20, now),
            smfBody(p.bbcode, SmfVersion::V20));
}

} // namespace

QString smfPagePath(const FixtureThread &thread, int topicId, int page)
{
    return QStringLiteral("/forum/index.php?topic=%1.%2")
        .arg(topicId)
        .arg(std::max(0, page - 1) * thread.perPage);
}

QByteArray smfPage(
    const FixtureThread &thread, int topicId, int page, SmfVersion version, const QDateTime &now)
{
    QString posts;
    const int first = (page - 1) * thread.perPage;
    for (int i = first; i < std::min(int(thread.posts.size()), first + thread.perPage); ++i) {
        const QString subject = i == 0 ? thread.title : QStringLiteral("Re: ") + thread.title;
        posts += version == SmfVersion::V20 ? post20(thread.posts[i], subject, i, now)
                                            : post21(thread.posts[i], subject, i, now);
    }
    const QString nav = pagination(thread, topicId, page, version);
    const QString head = version == SmfVersion::V20
        ? QStringLiteral(
            "<h3 class=\"catbg\"><span id=\"top_subject\">Topic: %1 &nbsp;(Read 1234 times)</span></h3>")
        : QStringLiteral("<div id=\"display_head\" class=\"information\"><h2 class=\"display_title\"><span "
                         "id=\"top_subject\">%1</span></h2><p>Started by someone</p></div>");
    return QStringLiteral(R"html(<!DOCTYPE html>
<html lang="en-US">
<head>
	<meta charset="UTF-8">
	<link rel="stylesheet" href="https://forum.example/forum/Themes/default/css/index.css?smf214">
	<script>
		var smf_theme_url = "https://forum.example/forum/Themes/default";
		var smf_default_theme_url = "https://forum.example/forum/Themes/default";
		var smf_images_url = "https://forum.example/forum/Themes/default/images";
		var smf_scripturl = "%1";
		var smf_charset = "UTF-8";
	</script>
	<title>%2</title>
	<link rel="canonical" href="%1?topic=%3.%4">
	<link rel="index" href="%1?board=2.0">
</head>
<body id="chrome" class="action_display board_2">
<div id="footerfix">
<div id="wrapper">
<div id="content_section">
<div id="main_content_section">
	<div class="navigate_section"><ul><li><a href="%1"><span>Fixture Forum</span></a></li><li class="last"><a href="%1?topic=%3.0"><span>%2</span></a></li></ul></div>
	%5
	<div class="pagesection top">%6</div>
	<div id="forumposts">
		<form action="%1?action=quickmod2;topic=%3.%4" method="post" accept-charset="UTF-8" name="quickModForm" id="quickModForm">
		%7
		</form>
	</div>
	<div class="pagesection">%6</div>
</div>
</div>
</div>
<div id="footer"><div class="inner_wrap"><ul><li class="copyright"><a href="%1?action=credits" title="License" target="_blank" rel="noopener">SMF 2.1.4 &copy; 2023</a>, <a href="https://www.simplemachines.org" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a></li></ul></div></div>
</div>
</body>
</html>
)html")
        .arg(Script, esc(thread.title))
        .arg(topicId)
        .arg((page - 1) * thread.perPage)
        .arg(head.arg(esc(thread.title)), nav, posts)
        .toUtf8();
}

} // namespace Threadkeeper::Testing
