// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invisionfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Threadkeeper::Testing {

namespace {

int s_topicId = 0; // the topic being written, for the quotes' data-ipsquote-contentid

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
    return slug.isEmpty() ? QStringLiteral("topic") : slug.left(60);
}

QString quote(const QString &name, const QString &postId, const QString &inner)
{
    if (name.isEmpty())
        return QStringLiteral(
            "<blockquote class=\"ipsQuote\" data-ipsquote=\"\"><div class=\"ipsQuote_citation\">"
            "Quote</div><div class=\"ipsQuote_contents\">%1</div></blockquote>")
            .arg(inner);
    if (postId.isEmpty()) // [quote name="…"] typed by hand
        return QStringLiteral(
            "<blockquote class=\"ipsQuote\" data-ipsquote=\"\" data-ipsquote-username=\"%1\" "
            "data-cite=\"%1\"><div class=\"ipsQuote_citation\">%1 said:</div>"
            "<div class=\"ipsQuote_contents\">%2</div></blockquote>")
            .arg(esc(name), inner);
    return QStringLiteral(
        "<blockquote class=\"ipsQuote\" data-ipsquote=\"\" data-ipsquote-contentapp=\"forums\" "
        "data-ipsquote-contentclass=\"forums_Topic\" data-ipsquote-contentcommentid=\"%1\" "
        "data-ipsquote-contentid=\"%2\" data-ipsquote-contenttype=\"forums\" "
        "data-ipsquote-timestamp=\"1583144100\" "
        "data-ipsquote-userid=\"%3\" data-ipsquote-username=\"%4\">\n<div class=\"ipsQuote_citation\">On "
        "3/2/2020 at 10:15 AM, %4 said:</div>\n<div class=\"ipsQuote_contents ipsClearfix\" "
        "data-gramm=\"false\">%5</div>\n</blockquote>")
        .arg(postId)
        .arg(s_topicId)
        .arg(userId(name))
        .arg(esc(name), inner);
}

QString pagination(const FixtureThread &thread, int topicId, int page)
{
    const int count = thread.pageCount();
    if (count <= 1)
        return {};
    QString html
        = QStringLiteral("<ul class='ipsPagination' id='elPagination_b4ad5e4e' "
                         "data-ipsPagination-seoPagination='true' data-pages='%1' data-ipsPagination "
                         "data-ipsPagination-pages=\"%1\" data-ipsPagination-perPage='%2'>\n")
              .arg(count)
              .arg(thread.perPage);
    auto href = [&](int n) { return esc(invisionPagePath(thread, topicId, n)); };
    if (page > 1)
        html += QStringLiteral(
            "\t<li class='ipsPagination_first'><a href='%1' rel=\"first\" data-page='1' "
            "data-ipsTooltip title='First page'><i class='fa fa-angle-double-left'></i></a></li>\n"
            "\t<li class='ipsPagination_prev'><a href='%2' rel=\"prev\" data-page='%3' "
            "data-ipsTooltip title='Previous page'>Prev</a></li>\n")
                    .arg(href(1), href(page - 1))
                    .arg(page - 1);
    for (int n = 1; n <= count; ++n)
        html += QStringLiteral("\t<li class='ipsPagination_page%1'><a href='%2' data-page='%3'>%3</a></li>\n")
                    .arg(n == page ? QStringLiteral(" ipsPagination_active") : QString(), href(n))
                    .arg(n);
    if (page < count)
        html += QStringLiteral(
            "\t<li class='ipsPagination_next'><a href='%1' rel=\"next\" data-page='%2' "
            "data-ipsTooltip title='Next page'>Next</a></li>\n"
            "\t<li class='ipsPagination_last'><a href='%3' rel=\"last\" data-page='%4' "
            "data-ipsTooltip title='Last page'><i class='fa fa-angle-double-right'></i></a></li>\n")
                    .arg(href(page + 1))
                    .arg(page + 1)
                    .arg(href(count))
                    .arg(count);
    html += QStringLiteral(
        "\t<li class='ipsPagination_pageJump'><a href='#' data-ipsMenu "
        "data-ipsMenu-closeOnClick='false' data-ipsMenu-appendTo='#elPagination_b4ad5e4e' "
        "id='elPagination_b4ad5e4e_jump'>Page %1 of %2 &nbsp;<i class='fa fa-caret-down'></i></a>"
        "</li>\n</ul>\n")
                .arg(page)
                .arg(count);
    return html;
}

QString article(const FixturePost &p, const QString &topicPath, int topicId)
{
    const int uid = userId(p.author);
    const QString profile = QStringLiteral("/profile/%1-%2/").arg(uid).arg(slugOf(p.author));
    QJsonObject data {{QStringLiteral("userid"), uid}, {QStringLiteral("username"), p.author},
        {QStringLiteral("timestamp"), p.date.toSecsSinceEpoch()},
        {QStringLiteral("contentapp"), QStringLiteral("forums")},
        {QStringLiteral("contenttype"), QStringLiteral("forums")}, {QStringLiteral("contentid"), topicId},
        {QStringLiteral("contentclass"), QStringLiteral("forums_Topic")},
        {QStringLiteral("contentcommentid"), p.id.toLongLong()}};
    const QString quoteData = esc(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    const QString photo
        = p.avatar.isEmpty() ? QStringLiteral("/uploads/n2a/n2a-%1.avatars_letters.png").arg(uid) : p.avatar;
    const QString link = esc(topicPath + QStringLiteral("?do=findComment&comment=") + p.id);
    const QDateTime utc = p.date.toUTC();
    return QStringLiteral(R"(
<a id="comment-%1"></a>
<article  id="elComment_%1" class="cPost ipsBox ipsResponsive_pull  ipsComment  ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone    ">
	<aside class="ipsComment_author cAuthorPane ipsColumn ipsColumn_medium ipsResponsive_hidePhone">
		<h3 class="ipsType_sectionHead cAuthorPane_author ipsType_blendLinks ipsType_break">
<strong><a href="%2" rel="nofollow" data-ipshover data-ipshover-width="370" title="Go to %3's profile" class="ipsType_break">%3</a></strong>
		</h3>
		<ul class="cAuthorPane_info ipsList_reset">
			<li data-role="photo" class="cAuthorPane_photo">
				<div class="cAuthorPane_photoWrap">
	<a href="%2" rel="nofollow" class="ipsUserPhoto ipsUserPhoto_large" title="Go to %3's profile">
		<img src='%4' alt='%3' loading="lazy">
	</a>
				</div>
			</li>
	<li data-role="group">Members</li>
	<li data-role="joined" class="ipsType_light">Joined <time datetime='2014-01-05T21:12:00Z' title='01/05/14 09:12  PM' data-short='12 yr'>January 5, 2014</time></li>
		</ul>
	</aside>
	<div class="ipsColumn ipsColumn_fluid ipsMargin:none">
<div id="comment-%1_wrap" data-controller="core.front.core.comment" data-commentapp="forums" data-commenttype="forums" data-commentid="%1" data-quotedata="%5" class="ipsComment_content ipsType_medium">
	<div class="ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center ipsFlex-jc:between ipsFlex-fd:row-reverse">
		<div class="ipsType_reset ipsResponsive_hidePhone">
			<a href="%6" rel="nofollow" class="ipsType_blendLinks">Posted <time datetime='%7' title='%8' data-short='6 yr'>%9</time></a>
		</div>
	</div>
	<div class="cPost_contentWrap">
		<div data-role="commentContent" class="ipsType_normal ipsType_richText ipsPadding_bottom ipsContained" data-controller="core.front.core.lightboxedImages">
			%10
		</div>
		<ul class="ipsComment_controls ipsClearfix ipsItemControls_left" data-role="commentControls">
			<li data-ipsquote-editor="topic_comment" data-ipsquote-target="#comment-%1" class="ipsJS_show ipsHide"><a href="#" data-action="quoteComment" data-ipsquote-singlequote>Quote</a></li>
		</ul>
	</div>
</div>
	</div>
</article>)")
        .arg(p.id, esc(profile), esc(p.author), esc(photo), quoteData, link, utc.toString(Qt::ISODate),
            QLocale::c().toString(utc, QStringLiteral("MM/dd/yy hh:mm  AP")),
            QLocale::c().toString(utc, QStringLiteral("MMMM d, yyyy")))
        .arg(bbcodeToHtml(p.bbcode, quote));
}

} // namespace

QString invisionPagePath(const FixtureThread &thread, int topicId, int page)
{
    const QString path = QStringLiteral("/forums/topic/%1-%2/").arg(topicId).arg(slugOf(thread.title));
    return page <= 1 ? path : path + QStringLiteral("page/%1/").arg(page);
}

QByteArray invisionPage(const FixtureThread &thread, int topicId, int page)
{
    s_topicId = topicId;
    const QString topicPath = invisionPagePath(thread, topicId, 1);
    QString posts;
    const int first = (page - 1) * thread.perPage;
    for (int i = first; i < std::min(int(thread.posts.size()), first + thread.perPage); ++i)
        posts += article(thread.posts[i], topicPath, topicId);
    const QString nav = pagination(thread, topicId, page);
    return QStringLiteral(R"(<!DOCTYPE html>
<html lang="en-US" dir="ltr">
	<head>
		<meta charset="utf-8">
		<title>%1 - Fixture Forum - Threadkeeper Fixture Community</title>
		<meta property="og:title" content="%1">
		<meta property="og:url" content="%2">
		<link rel="canonical" href="%2" />
		<link rel='stylesheet' href='/uploads/css_built_1/341e4a57816af3ba440d891ca87450ff_framework.css?v=6f5b549d10' media='all'>
		<script src='/applications/core/interface/howler/howler.core.min.js?v=6f5b549d10' data-ips></script>
	</head>
	<body class='ipsApp ipsApp_front ipsJS_none ipsClearfix' data-controller='core.front.core.app' data-message="" data-pageApp='forums' data-pageLocation='front' data-pageModule='forums' data-pageController='topic' data-pageID='%3'>
		<main id='ipsLayout_body' class='ipsLayout_container'>
<div class="ipsPageHeader ipsResponsive_pull ipsBox ipsPadding sm:ipsPadding:half ipsMargin_bottom">
	<div class="ipsFlex ipsFlex-ai:center ipsFlex-fw:wrap ipsGap:4">
		<div class="ipsFlex-flex:11">
			<h1 class="ipsType_pageTitle ipsContained_container">
				<span class="ipsType_break ipsContained"><span>%1</span></span>
			</h1>
		</div>
	</div>
</div>
<div class="ipsClearfix">%4</div>
<div id="comments" data-controller="core.front.core.commentFeed,forums.front.topic.view, core.front.core.ignoredComments" data-autopoll data-baseurl="%5" data-lastpage data-feedid="topic-%3" class="cTopic ipsClear ipsSpacer_top">
	<div data-role="commentFeed" data-controller="core.front.core.moderation" class="ipsAreaBackground_light ipsPadding:half">
%6
	</div>
</div>
<div class="ipsClearfix">%4</div>
		</main>
		<footer><p id='elCopyright'><a rel='nofollow' title='Invision Community' href='https://www.invisioncommunity.com/'>Powered by Invision Community</a></p></footer>
	</body>
</html>
)")
        .arg(esc(thread.title), esc(invisionPagePath(thread, topicId, page)))
        .arg(topicId)
        .arg(nav, esc(topicPath), posts)
        .toUtf8();
}

} // namespace Threadkeeper::Testing
