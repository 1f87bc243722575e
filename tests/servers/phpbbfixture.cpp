// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "phpbbfixture.h"

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

// phpBB's default date format, "D M d, Y g:i a".
QString boardDate(const QDateTime &date)
{
    return QLocale::c().toString(date.toUTC(), QStringLiteral("ddd MMM dd, yyyy h:mm ap"));
}

QString quote(const QString &name, const QString &postId, const QString &inner)
{
    if (name.isEmpty())
        return QStringLiteral("<blockquote class=\"uncited\"><div>%1</div></blockquote>").arg(inner);
    if (postId.isEmpty())
        return QStringLiteral("<blockquote><div><cite>%1 wrote:</cite>%2</div></blockquote>")
            .arg(esc(name), inner);
    return QStringLiteral(
        "<blockquote><div><cite><a href=\"./memberlist.php?mode=viewprofile&amp;u=%1\">%2</a> wrote: "
        "<a href=\"./viewtopic.php?p=%3#p%3\" data-post-id=\"%3\" "
        "onclick=\"if(document.getElementById(hash.substr(1)))href=hash\">↑</a>"
        "<span class=\"responsive-hide\">Mon Mar 02, 2020 10:15 am</span></cite>%4</div></blockquote>")
        .arg(userId(name))
        .arg(esc(name), postId, inner);
}

QString pagination(const FixtureThread &thread, int topicId, int page)
{
    const int count = thread.pageCount();
    QString html = QStringLiteral("\n\t<div class=\"pagination\">\n\t\t%1 posts\n").arg(thread.posts.size());
    if (count <= 1)
        return html + QStringLiteral("\t\t&bull; Page <strong>1</strong> of <strong>1</strong>\n\t</div>");
    auto href = [&](int n) { return esc(QLatin1Char('.') + phpbbPagePath(thread, topicId, n).mid(6)); };
    html += QStringLiteral(
        "\t\t<ul>\n\t\t<li class=\"dropdown-container dropdown-button-control page-jump\">\n"
        "\t\t\t<a class=\"button button-icon-only dropdown-trigger\" href=\"#\" title=\"Click to jump to "
        "page…\" role=\"button\"><i class=\"icon fa-level-down fa-rotate-270\" aria-hidden=\"true\"></i>"
        "<span class=\"sr-only\">Page <strong>%1</strong> of <strong>%2</strong></span></a>\n"
        "\t\t\t<div class=\"dropdown\"><div class=\"dropdown-contents\"><input type=\"number\" "
        "name=\"page-number\" min=\"1\" max=\"999999\" title=\"Enter the page number you wish to go to\" "
        "class=\"inputbox tiny\" data-per-page=\"%3\" data-base-url=\".%4\" data-start-name=\"start\" />"
        "</div></div>\n\t\t</li>\n")
                .arg(page)
                .arg(count)
                .arg(thread.perPage)
                .arg(esc(phpbbPagePath(thread, topicId, 1).mid(6)));
    if (page > 1)
        html += QStringLiteral(
            "\t\t<li class=\"arrow previous\"><a class=\"button button-icon-only\" href=\"%1\" "
            "rel=\"prev\" role=\"button\"><i class=\"icon fa-chevron-left fa-fw\" "
            "aria-hidden=\"true\"></i><span class=\"sr-only\">Previous</span></a></li>\n")
                    .arg(href(page - 1));
    for (int n = 1; n <= count; ++n) {
        html += n == page
            ? QStringLiteral("\t\t<li class=\"active\"><span>%1</span></li>\n").arg(n)
            : QStringLiteral("\t\t<li><a class=\"button\" href=\"%1\" role=\"button\">%2</a></li>\n")
                  .arg(href(n))
                  .arg(n);
    }
    if (page < count)
        html
            += QStringLiteral("\t\t<li class=\"arrow next\"><a class=\"button button-icon-only\" href=\"%1\" "
                              "rel=\"next\" role=\"button\"><i class=\"icon fa-chevron-right fa-fw\" "
                              "aria-hidden=\"true\"></i><span class=\"sr-only\">Next</span></a></li>\n")
                   .arg(href(page + 1));
    return html + QStringLiteral("\t\t</ul>\n\t</div>");
}

QString postDiv(const FixturePost &p, const QString &subject, int index)
{
    const QString profile
        = QStringLiteral("./memberlist.php?mode=viewprofile&amp;u=%1").arg(userId(p.author));
    const QString avatar = p.avatar.isEmpty()
        ? QString()
        : QStringLiteral("<div class=\"avatar-container\">\n\t\t\t<a href=\"%1\" class=\"avatar\"><img "
                         "class=\"avatar\" src=\"%2\" width=\"90\" height=\"90\" alt=\"User avatar\" /></a>\n"
                         "\t\t</div>\n\t\t")
              .arg(profile, esc(p.avatar));
    return QStringLiteral(R"(
<div id="p%1" class="post has-profile %2">
	<div class="inner">
	<dl class="postprofile" id="profile%1">
		<dt class="has-profile-rank%3">
		%4<a href="%5" class="username">%6</a>
		</dt>
		<dd class="profile-rank">Registered User</dd>
		<dd class="profile-posts"><strong>Posts:</strong> <a href="./search.php?author_id=%7&amp;sr=posts">%8</a></dd>
		<dd class="profile-joined"><strong>Joined:</strong> Sun Jan 05, 2014 9:12 pm</dd>
	</dl>
	<div class="postbody">
		<div id="post_content%1">
		<h3 %9><a href="./viewtopic.php?p=%1#p%1">%10</a></h3>
		<ul class="post-buttons">
			<li><a href="./posting.php?mode=quote&amp;p=%1" title="Reply with quote" class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span>Quote</span></a></li>
		</ul>
		<p class="author">
			<a class="unread" href="./viewtopic.php?p=%1#p%1" title="Post"><i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Post</span></a>
			<span class="responsive-hide">by <strong><a href="%5" class="username">%6</a></strong> &raquo; </span><time datetime="%11">%12</time>
		</p>
		<div class="content">%13</div>
		</div>
	</div>
	<div class="back2top"><a href="#top" class="top" title="Top"><i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i><span class="sr-only">Top</span></a></div>
	</div>
</div>
<hr class="divider" />)")
        .arg(p.id, index % 2 ? QStringLiteral("bg1") : QStringLiteral("bg2"),
            p.avatar.isEmpty() ? QString() : QStringLiteral(" has-avatar"), avatar, profile, esc(p.author))
        .arg(userId(p.author))
        .arg(42 + index)
        .arg(index == 0 ? QStringLiteral("class=\"first\"") : QString(), esc(subject),
            p.date.toUTC().toString(Qt::ISODate).replace(QLatin1Char('Z'), QStringLiteral("+00:00")),
            boardDate(p.date), bbcodeToHtml(p.bbcode, quote));
}

} // namespace

QString phpbbPagePath(const FixtureThread &thread, int topicId, int page)
{
    const QString path = QStringLiteral("/forum/viewtopic.php?t=%1").arg(topicId);
    return page <= 1 ? path : path + QStringLiteral("&start=%1").arg((page - 1) * thread.perPage);
}

QByteArray phpbbPage(const FixtureThread &thread, int topicId, int page)
{
    QString posts;
    const int first = (page - 1) * thread.perPage;
    for (int i = first; i < std::min(int(thread.posts.size()), first + thread.perPage); ++i)
        posts += postDiv(thread.posts[i], i == 0 ? thread.title : QStringLiteral("Re: ") + thread.title, i);
    const QString nav = pagination(thread, topicId, page);
    return QStringLiteral(R"(<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>%1 - Threadkeeper Fixture Board</title>
<link rel="canonical" href="%2">
<link href="./styles/prosilver/theme/stylesheet.css?assets_version=12" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">
<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>
	<div id="page-header"><div class="headerbar" role="banner"><div class="inner"><h1>Threadkeeper Fixture Board</h1></div></div></div>
	<div id="page-body" class="page-body" role="main">
<h2 class="topic-title"><a href="./viewtopic.php?t=%3">%1</a></h2>
<div class="action-bar bar-top">%4
</div>
%5
<div class="action-bar bar-bottom">%4
</div>
	</div>
	<div id="page-footer" class="page-footer" role="contentinfo">
		<div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</div>
	</div>
</div>
<script src="./assets/javascript/core.js?assets_version=12"></script>
</body>
</html>
)")
        .arg(esc(thread.title), esc(phpbbPagePath(thread, topicId, page)))
        .arg(topicId)
        .arg(nav, posts)
        .toUtf8();
}

} // namespace Threadkeeper::Testing
