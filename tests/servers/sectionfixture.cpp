// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionfixture.h"

#include "fixtureserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

#include <functional>

namespace Threadkeeper::Testing {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}


} // namespace

QString FixtureSection::slug(const QString &title)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString s = title.toLower();
    s.replace(other, QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("thread") : s;
}

FixtureSection FixtureSection::sample(int count)
{
    FixtureSection section;
    const QDateTime base(QDate(2024, 3, 1), QTime(9, 30), QTimeZone::UTC);
    const QStringList titles = {QStringLiteral("Read this first: forum rules"),
        QStringLiteral("Driver FAQ <updated>"), QStringLiteral("RTX 4070 vs RX 7800 XT & which PSU?"),
        QStringLiteral("Grüße aus Köln: Monitor flackert"), QStringLiteral("\"Coil whine\" on a new card"),
        QStringLiteral("DisplayPort 2.1 cables"), QStringLiteral("Is 8 GB VRAM enough in 2024?"),
        QStringLiteral("日本語のスレッド")};
    const QStringList starters = {QStringLiteral("Moderator"), QStringLiteral("Støre"),
        QStringLiteral("pixel_peeper"), QStringLiteral("Jürgen"), QStringLiteral("ann o'nymous")};
    for (int i = 0; i < count; ++i) {
        SectionThread t;
        t.id = 300 + qint64(i) * 7;
        t.title = i < titles.size() ? titles[i] : QStringLiteral("Thread number %1").arg(i + 1);
        t.starter = starters[i % starters.size()];
        t.started = base.addDays(i).addSecs(qint64(i) * 60 * 17);
        t.lastPost = base.addDays(40 - i).addSecs(qint64(i) * 60);
        t.replies = (i * 37) % 400;
        t.sticky = i < 2;
        if (i == 0)
            t.prefix = QStringLiteral("Important");
        else if (i % 3 == 2)
            t.prefix = QStringLiteral("Solved");
        section.threads.append(t);
    }
    return section;
}

// --- XenForo 2 ---

QString xenforoSectionPath(const FixtureSection &section, int page)
{
    const QString path = QStringLiteral("/community/forums/%1.%2/")
                             .arg(FixtureSection::slug(section.title))
                             .arg(section.forumId);
    return page <= 1 ? path : path + QStringLiteral("page-%1").arg(page);
}

namespace {
QString xenforoRow(const FixtureSection &section, const SectionThread &t)
{
    const QString thread
        = QStringLiteral("/community/threads/%1.%2/").arg(FixtureSection::slug(t.title)).arg(t.id);
    const QString prefix = t.prefix.isEmpty()
        ? QString()
        : QStringLiteral(
            R"(<a href="%1?prefix_id=3" class="labelLink" rel="nofollow"><span class="label label--green" dir="auto">%2</span></a>
)")
              .arg(xenforoSectionPath(section, 1), esc(t.prefix));
    const QString status = t.sticky
        ? QStringLiteral(
            R"(<ul class="structItem-statuses"><li><i class="structItem-status structItem-status--sticky" aria-hidden="true" title="Sticky"></i><span class="u-srOnly">Sticky</span></li></ul>)")
        : QString();
    return QStringLiteral(
        R"(<div class="structItem structItem--thread%1 js-inlineModContainer js-threadListItem-%2" data-author="%3">
	<div class="structItem-cell structItem-cell--icon"><div class="structItem-iconContainer"><a href="/community/members/x.9/" class="avatar avatar--s avatar--default avatar--default--dynamic" data-user-id="9"><span class="avatar-u9-s" role="img" aria-label="%3">%4</span></a></div></div>
	<div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy">
		%5
		<div class="structItem-title">
			%6<a href="%7unread" class="" data-tp-primary="on" data-xf-init="preview-tooltip" data-preview-url="%7preview">%8</a>
		</div>
		<div class="structItem-minor">
			<ul class="structItem-parts">
				<li><a href="/community/members/x.9/" class="username " dir="auto" data-user-id="9" data-xf-init="member-tooltip">%3</a></li>
				<li class="structItem-startDate"><a href="%7" rel="nofollow"><time class="u-dt" dir="auto" datetime="%9" data-time="%10" data-date-string="%11" title="%11">%11</time></a></li>
			</ul>
		</div>
	</div>
	<div class="structItem-cell structItem-cell--meta" title="First message reaction score: 4">
		<dl class="pairs pairs--justified"><dt>Replies</dt> <dd>%12</dd></dl>
		<dl class="pairs pairs--justified structItem-minor"><dt>Views</dt> <dd>2K</dd></dl>
	</div>
	<div class="structItem-cell structItem-cell--latest">
		<a href="%7latest" rel="nofollow"><time class="structItem-latestDate u-dt" dir="auto" datetime="%13" data-time="%14" title="%15">%15</time></a>
		<div class="structItem-minor"><a href="/community/members/y.10/" class="username " dir="auto" data-user-id="10">Someone Else</a></div>
	</div>
</div>
)")
        .arg(t.prefix.isEmpty() ? QString() : QStringLiteral(" is-prefix3"), QString::number(t.id),
            esc(t.starter), esc(t.starter.left(1)), status, prefix, thread, esc(t.title),
            t.started.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000")))
        .arg(t.started.toSecsSinceEpoch())
        .arg(QLocale::c().toString(t.started, QStringLiteral("MMM d, yyyy")))
        .arg(t.replies)
        .arg(t.lastPost.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+0000")))
        .arg(t.lastPost.toSecsSinceEpoch())
        .arg(QLocale::c().toString(t.lastPost, QStringLiteral("MMM d, yyyy")));
}
} // namespace

QByteArray xenforoSectionPage(const FixtureSection &section, int page)
{
    QString sticky, normal;
    for (const SectionThread &t : section.page(page))
        (t.sticky ? sticky : normal) += xenforoRow(section, t);
    QString nav;
    for (int p = 1; p <= section.pageCount(); ++p)
        nav += QStringLiteral(R"(<li class="pageNav-page%1"><a href="%2">%3</a></li>)")
                   .arg(p == page ? QStringLiteral(" pageNav-page--current") : QString(),
                       xenforoSectionPath(section, p))
                   .arg(p);
    return QStringLiteral(R"(<!DOCTYPE html>
<html id="XF" lang="en-US" dir="LTR" data-app="public" data-template="forum_view" data-container-key="node-%1" data-content-key="" data-logged-in="false" data-cookie-prefix="xf_" class="has-no-js template-forum_view">
<head><meta charset="utf-8" /><title>%2 | Fixture Forums</title></head>
<body data-template="forum_view">
<div class="p-body-header"><div class="p-title "><h1 class="p-title-value">%2</h1></div></div>
<div class="block-outer"><div class="block-outer-main"><nav class="pageNavWrapper pageNavWrapper--mixed "><div class="pageNav  "><ul class="pageNav-main">%3</ul></div></nav></div></div>
<div class="block-container" data-xf-init="inline-mod">
<div class="block-body"><div class="structItemContainer">
<div class="structItemContainer-group structItemContainer-group--sticky">%4</div>
<div class="structItemContainer-group js-threadList">%5</div>
</div></div></div>
</body>
</html>
)")
        .arg(section.forumId)
        .arg(esc(section.title), nav, sticky, normal)
        .toUtf8();
}

// --- phpBB 3.3 ---

QString phpbbSectionPath(const FixtureSection &section, int page)
{
    QString path = QStringLiteral("/forum/viewforum.php?f=%1").arg(section.forumId);
    if (page > 1)
        path += QStringLiteral("&start=%1").arg((page - 1) * section.perPage);
    return path;
}

QByteArray phpbbSectionPage(const FixtureSection &section, int page)
{
    const QString dateFormat = QStringLiteral("ddd MMM dd, yyyy h:mm ap");
    QString rows;
    for (const SectionThread &t : section.page(page)) {
        const QString prefix = t.prefix.isEmpty()
            ? QString()
            : QStringLiteral(R"(<span class="topic-prefix">%1</span> )").arg(esc(t.prefix));
        rows += QStringLiteral(R"(
		<li class="row bg%1%2">
						<dl class="row-item %3">
				<dt title="No unread posts">
										<div class="list-inner">
						%4<a href="./viewtopic.php?t=%5" class="topictitle">%6</a>						<br />
						<div class="responsive-show" style="display: none;">
							Last post by <a href="./memberlist.php?mode=viewprofile&amp;u=55" class="username">Someone Else</a> &laquo; <a href="./viewtopic.php?p=%7#p%7" title="Go to last post"><time datetime="%8">%9</time></a>
						</div>
						<div class="topic-poster responsive-hide left-box">
							by <a href="./memberlist.php?mode=viewprofile&amp;u=48" class="username">%10</a> &raquo; <time datetime="%11">%12</time>
						</div>
					</div>
				</dt>
				<dd class="posts">%13 <dfn>Replies</dfn></dd>
				<dd class="views">%14 <dfn>Views</dfn></dd>
				<dd class="lastpost">
					<span><dfn>Last post </dfn>by <a href="./memberlist.php?mode=viewprofile&amp;u=55" class="username">Someone Else</a>
						<a href="./viewtopic.php?p=%7#p%7" title="Go to last post"><i class="icon fa-external-link-square fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only"></span></a>
						<br /><time datetime="%8">%9</time>
					</span>
				</dd>
			</dl>
		</li>
)")
                    .arg(t.id % 2 ? 1 : 2)
                    .arg(t.sticky ? QStringLiteral(" sticky") : QString(),
                        t.sticky ? QStringLiteral("sticky_read") : QStringLiteral("topic_read"), prefix)
                    .arg(t.id)
                    .arg(esc(t.title))
                    .arg(t.id * 10)
                    .arg(t.lastPost.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00")),
                        QLocale::c().toString(t.lastPost, dateFormat), esc(t.starter),
                        t.started.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00")),
                        QLocale::c().toString(t.started, dateFormat))
                    .arg(t.replies)
                    .arg(t.replies * 13 + 5);
    }
    QString pagination;
    for (int p = 1; p <= section.pageCount(); ++p) {
        if (p == page)
            pagination += QStringLiteral(R"(<li class="active"><span>%1</span></li>)").arg(p);
        else
            pagination += QStringLiteral(
                R"(<li><a class="button" href="./viewforum.php?f=%1%2" role="button">%3</a></li>)")
                              .arg(section.forumId)
                              .arg(p > 1 ? QStringLiteral("&amp;start=%1").arg((p - 1) * section.perPage)
                                         : QString())
                              .arg(p);
    }
    return QStringLiteral(R"(<!DOCTYPE html>
<html dir="ltr" lang="en-gb">
<head><meta charset="utf-8" /><title>%1 - Fixture Board</title></head>
<body id="phpbb" class="nojs notouch section-viewforum ltr ">
<div id="wrap" class="wrap">
<div id="page-body" class="page-body" role="main">
<h2 class="forum-title"><a href="./viewforum.php?f=%2">%1</a></h2>
<div class="action-bar bar-top"><div class="pagination">%3 topics &bull; <ul>%4</ul></div></div>
	<div class="forumbg">
		<div class="inner">
		<ul class="topiclist">
			<li class="header"><dl class="row-item"><dt><div class="list-inner">Topics</div></dt><dd class="posts">Replies</dd><dd class="views">Views</dd><dd class="lastpost"><span>Last post</span></dd></dl></li>
		</ul>
		<ul class="topiclist topics">%5</ul>
		</div>
	</div>
</div>
</div>
</body>
</html>
)")
        .arg(esc(section.title))
        .arg(section.forumId)
        .arg(section.threads.size())
        .arg(pagination, rows)
        .toUtf8();
}

// --- vBulletin 4 ---

QString vbulletinSectionPath(const FixtureSection &section, int page)
{
    QString path = QStringLiteral("/vb/forumdisplay.php?f=%1").arg(section.forumId);
    if (page > 1)
        path += QStringLiteral("&page=%1").arg(page);
    return path;
}

QByteArray vbulletinSectionPage(const FixtureSection &section, int page)
{
    const QString format = QStringLiteral("MM-dd-yyyy, hh:mm AP");
    QString stickies, threads;
    for (const SectionThread &t : section.page(page)) {
        const QString prefix = t.prefix.isEmpty()
            ? QString()
            : QStringLiteral(R"(<span id="thread_prefix_%1" class="prefix understate">%2</span>
)")
                  .arg(t.id)
                  .arg(esc(t.prefix));
        const QString row
            = QStringLiteral(R"(<li class="threadbit %1" id="thread_%2">
	<div class="rating0 %3">
		<div class="threadinfo" title="">
			<div class="inner">
				<h3 class="threadtitle">
					%4<a class="title" href="showthread.php?t=%2" id="thread_title_%2">%5</a>
				</h3>
				<div class="threadmeta">
					<div class="author">
						<span class="label">Started by <a href="member.php?u=7" class="username understate" title="Started by %6 on %7">%6</a>,&nbsp;%7</span>
					</div>
				</div>
			</div>
		</div>
		<ul class="threadstats td alt" title="">
			<li>Replies: <a href="misc.php?do=whoposted&amp;t=%2" onclick="who(%2); return false;" class="understate">%8</a></li>
			<li>Views: %9</li>
		</ul>
		<dl class="threadlastpost td">
			<dt class="lastpostby hidden">Last Post By:</dt>
			<dd><div class="popupmenu memberaction"><a class="username offline popupctrl" href="member.php?u=8" title="Someone is offline"><strong>Someone</strong></a></div></dd>
			<dd>%10 <a href="showthread.php?t=%2&amp;p=99#post99" class="lastpostdate understate" title="Go to last post"><img src="images/buttons/lastpost-right.png" alt="Go to last post" /></a></dd>
		</dl>
	</div>
</li>
)")
                  .arg(t.sticky ? QStringLiteral("sticky") : QStringLiteral("hot"))
                  .arg(t.id)
                  .arg(t.sticky ? QStringLiteral("sticky") : QStringLiteral("nonsticky"), prefix,
                      esc(t.title), esc(t.starter), QLocale::c().toString(t.started, format))
                  .arg(t.replies)
                  .arg(t.replies * 11)
                  .arg(QLocale::c().toString(t.lastPost, format));
        (t.sticky ? stickies : threads) += row;
    }
    return QStringLiteral(
        R"(<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en" id="vbulletin_html">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<base href="%1" /><!--[if IE]></base><![endif]-->
	<meta name="generator" content="vBulletin 4.2.3" />
	<title>%2 - Fixture vBulletin</title>
</head>
<body>
<div id="pagetitle"><h1>Forum: <span class="forumtitle">%2</span></h1></div>
<div id="above_threadlist" class="above_threadlist">
	<div class="threadpagenav">
		<form action="forumdisplay.php?f=%3&amp;page=%4" method="get" class="pagination popupmenu nohovermenu">
			<span><a href="javascript://" class="popupctrl">Page %4 of %5</a></span>
		</form>
	</div>
</div>
<div id="threadlist" class="threadlist">
	<div>
		<ol id="stickies" class="stickies">%6</ol>
		<ol id="threads" class="threads">%7</ol>
	</div>
</div>
</body>
</html>
)")
        .arg(QStringLiteral("/vb/"), esc(section.title))
        .arg(section.forumId)
        .arg(page)
        .arg(section.pageCount())
        .arg(stickies, threads)
        .toUtf8();
}

// --- Discourse ---

QByteArray discourseLatestJson(const FixtureSection &section, int page)
{
    QJsonArray users, topics;
    QStringList seen;
    for (const SectionThread &t : section.page(page + 1)) {
        if (!seen.contains(t.starter)) {
            seen.append(t.starter);
            users.append(QJsonObject {{QStringLiteral("id"), qint64(seen.size() + 100)},
                {QStringLiteral("username"), t.starter}, {QStringLiteral("name"), QString()},
                {QStringLiteral("avatar_template"),
                    QStringLiteral("/letter_avatar_proxy/v4/letter/x/{size}.png")}});
        }
        const qint64 starterId = seen.indexOf(t.starter) + 101;
        topics.append(QJsonObject {{QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title},
            {QStringLiteral("fancy_title"), esc(t.title)},
            {QStringLiteral("slug"), FixtureSection::slug(t.title)},
            {QStringLiteral("posts_count"), t.replies + 1}, {QStringLiteral("reply_count"), t.replies / 2},
            {QStringLiteral("highest_post_number"), t.replies + 1},
            {QStringLiteral("created_at"), t.started.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"))},
            {QStringLiteral("last_posted_at"),
                t.lastPost.addSecs(-3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"))},
            {QStringLiteral("bumped_at"), t.lastPost.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'"))},
            {QStringLiteral("bumped"), true}, {QStringLiteral("pinned"), t.sticky},
            {QStringLiteral("unpinned"), QJsonValue()}, {QStringLiteral("visible"), true},
            {QStringLiteral("closed"), false}, {QStringLiteral("archived"), false},
            {QStringLiteral("pinned_globally"), false}, {QStringLiteral("category_id"), 5},
            {QStringLiteral("posters"),
                QJsonArray {QJsonObject {{QStringLiteral("extras"), QStringLiteral("latest single")},
                    {QStringLiteral("description"), QStringLiteral("Original Poster, Most Recent Poster")},
                    {QStringLiteral("user_id"), starterId}}}}});
    }
    QJsonObject list {{QStringLiteral("can_create_topic"), false},
        {QStringLiteral("per_page"), section.perPage}, {QStringLiteral("topics"), topics}};
    if (page + 1 < section.pageCount())
        list.insert(QStringLiteral("more_topics_url"),
            QStringLiteral("/latest?no_definitions=true&page=%1").arg(page + 1));
    return QJsonDocument(
        QJsonObject {{QStringLiteral("users"), users}, {QStringLiteral("primary_groups"), QJsonArray()},
            {QStringLiteral("topic_list"), list}})
        .toJson(QJsonDocument::Compact);
}

// --- Lemmy ---

QByteArray lemmyPostList(const FixtureSection &section, int page)
{
    QJsonArray posts;
    for (const SectionThread &t : section.page(page)) {
        const QJsonObject post {{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.title},
            {QStringLiteral("url"), QStringLiteral("https://example.org/article/%1").arg(t.id)},
            {QStringLiteral("creator_id"), 77}, {QStringLiteral("community_id"), section.forumId},
            {QStringLiteral("removed"), false}, {QStringLiteral("locked"), false},
            {QStringLiteral("published"),
                t.started.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'000Z'"))},
            {QStringLiteral("deleted"), false}, {QStringLiteral("nsfw"), false},
            {QStringLiteral("ap_id"), QStringLiteral("https://lemmy.example/post/%1").arg(t.id)},
            {QStringLiteral("local"), true}, {QStringLiteral("language_id"), 37},
            {QStringLiteral("featured_community"), t.sticky}, {QStringLiteral("featured_local"), false}};
        const QJsonObject creator {{QStringLiteral("id"), 77}, {QStringLiteral("name"), t.starter},
            {QStringLiteral("banned"), false},
            {QStringLiteral("actor_id"), QStringLiteral("https://lemmy.example/u/x")},
            {QStringLiteral("local"), true}, {QStringLiteral("deleted"), false},
            {QStringLiteral("bot_account"), false}};
        const QJsonObject community {{QStringLiteral("id"), section.forumId},
            {QStringLiteral("name"), FixtureSection::slug(section.title)},
            {QStringLiteral("title"), section.title}};
        const QJsonObject counts {{QStringLiteral("post_id"), t.id}, {QStringLiteral("comments"), t.replies},
            {QStringLiteral("score"), 12}, {QStringLiteral("upvotes"), 13}, {QStringLiteral("downvotes"), 1},
            {QStringLiteral("published"),
                t.started.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'000Z'"))},
            {QStringLiteral("newest_comment_time"),
                t.lastPost.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'000Z'"))}};
        posts.append(QJsonObject {{QStringLiteral("post"), post}, {QStringLiteral("creator"), creator},
            {QStringLiteral("community"), community}, {QStringLiteral("counts"), counts},
            {QStringLiteral("subscribed"), QStringLiteral("NotSubscribed")},
            {QStringLiteral("saved"), false}});
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("posts"), posts}}).toJson(QJsonDocument::Compact);
}

// --- Hacker News (Algolia) ---

QByteArray algoliaFrontPage(const FixtureSection &section)
{
    QJsonArray hits;
    for (const SectionThread &t : section.threads) {
        QJsonObject hit {
            {QStringLiteral("created_at"), t.started.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"))},
            {QStringLiteral("title"), t.title}, {QStringLiteral("author"), t.starter},
            {QStringLiteral("points"), 100}, {QStringLiteral("num_comments"), t.replies},
            {QStringLiteral("created_at_i"), t.started.toSecsSinceEpoch()},
            {QStringLiteral("story_id"), t.id}, {QStringLiteral("objectID"), QString::number(t.id)},
            {QStringLiteral("_tags"),
                QJsonArray {QStringLiteral("story"), QStringLiteral("author_") + t.starter,
                    QStringLiteral("story_%1").arg(t.id), QStringLiteral("front_page")}}};
        if (t.id % 2 == 0) // Ask HN has no url
            hit.insert(QStringLiteral("url"), QStringLiteral("https://example.org/story/%1").arg(t.id));
        hits.append(hit);
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("hits"), hits}, {QStringLiteral("nbHits"), hits.size()},
                             {QStringLiteral("page"), 0}, {QStringLiteral("nbPages"), 1},
                             {QStringLiteral("hitsPerPage"), 100}, {QStringLiteral("query"), QString()}})
        .toJson(QJsonDocument::Compact);
}

void serveSection(FixtureServer *server, const FixtureSection &section)
{
    for (int p = 1; p <= section.pageCount(); ++p) {
        server->setPage(xenforoSectionPath(section, p), xenforoSectionPage(section, p));
        server->setPage(phpbbSectionPath(section, p), phpbbSectionPage(section, p));
        server->setPage(vbulletinSectionPath(section, p), vbulletinSectionPage(section, p));
    }
    auto json = [](std::function<QByteArray(const QString &)> body) {
        FixtureServer::Route route;
        route.contentType = "application/json; charset=utf-8";
        route.bodyForQuery = std::move(body);
        return route;
    };
    server->setRoute(QStringLiteral("/latest.json"), json([section](const QString &query) {
        return discourseLatestJson(section, QUrlQuery(query).queryItemValue(QStringLiteral("page")).toInt());
    }));
    server->setRoute(QStringLiteral("/api/v3/post/list"), json([section](const QString &query) {
        return lemmyPostList(
            section, std::max(1, QUrlQuery(query).queryItemValue(QStringLiteral("page")).toInt()));
    }));
    server->setRoute(QStringLiteral("/algolia/search"),
        json([section](const QString &) { return algoliaFrontPage(section); }));
}

} // namespace Threadkeeper::Testing
