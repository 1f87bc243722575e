// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vanillafixture.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace Threadkeeper::Testing {

namespace {

int s_discussion = 0; // the discussion being written: quotes of its first post link to it
QString s_firstPostId;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString slugOf(const QString &title)
{
    QString slug = title.toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    slug.replace(other, QStringLiteral("-"));
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    return slug.left(60);
}

// "4 December 2016 at 12:11AM", as MSE titles its <time>.
QString shownDate(const QDateTime &date)
{
    return QLocale::c().toString(date.toUTC(), QStringLiteral("d MMMM yyyy 'at' h:mmAP"));
}

QString quote(const QString &name, const QString &postId, const QString &inner)
{
    const QString link = postId.isEmpty() ? QString()
        : postId == s_firstPostId
        ? QStringLiteral(" <a rel=\"nofollow\" href=\"/discussion/%1\" class=\"QuoteLink\">»</a>")
              .arg(s_discussion)
        : QStringLiteral(
            " <a rel=\"nofollow\" href=\"/discussion/comment/%1#Comment_%1\" class=\"QuoteLink\">»</a>")
              .arg(postId);
    if (name.isEmpty())
        return QStringLiteral(
            "<blockquote class=\"Quote blockquote\"><div class=\"blockquote-content\">%1</div></blockquote>")
            .arg(inner);
    return QStringLiteral("<blockquote class=\"Quote UserQuote blockquote\">\n<div "
                          "class=\"blockquote-content\"><a rel=\"nofollow\" "
                          "href=\"/profile/%1\">%2</a> wrote:%3</div>\n<div "
                          "class=\"blockquote-content\">%4</div>\n</blockquote>\n")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(name)), esc(name), link, inner);
}

QString author(const FixturePost &p)
{
    const QString profile
        = QStringLiteral("/profile/") + QString::fromLatin1(QUrl::toPercentEncoding(p.author));
    const QString photo = p.avatar.isEmpty()
        ? QStringLiteral("https://us.v-cdn.net/6031891/uploads/defaultavatar/nFA7H6UNOO0N5.jpg")
        : p.avatar;
    return QStringLiteral(R"(<div class="AuthorWrap">
<span class="Author">
<a title="%1" href="%2" class="PhotoWrap Offline"><img src="%3" alt="%1" class="ProfilePhoto ProfilePhotoMedium" /></a><a href="%2" class="Username">%1</a> </span>
<span class="AuthorInfo">
<span class="MItem RoleTitle">Forumite</span> <span class="Rank MItem" title="Newbie">✭</span> </span>
</div>)")
        .arg(esc(p.author), esc(profile), esc(photo));
}

QString timeOf(const QDateTime &date)
{
    return QStringLiteral("<time title=\"%1\" datetime=\"%2\">%1</time>")
        .arg(shownDate(date),
            date.toUTC().toString(Qt::ISODate).replace(QLatin1Char('Z'), QStringLiteral("+00:00")));
}

QString body(const FixturePost &p)
{
    QString html = bbcodeToHtml(p.bbcode, quote);
    html.replace(QStringLiteral("</p>\n<p>"), QStringLiteral("<br><br>"));
    return html;
}

QString discussionItem(const FixtureThread &thread, const FixturePost &p, int id)
{
    const QString url = QStringLiteral("/discussion/%1/%2").arg(id).arg(slugOf(thread.title));
    return QStringLiteral(R"(
<div id="Discussion_%1" class="Item ItemDiscussion  Role_Forumite Offline noPhotoWrap">
<div class="Discussion">
<div class="Item-Header DiscussionHeader">
%2
<div class="Meta DiscussionMeta">
<span class="MItem DateCreated">
<a href="%3" class="Permalink" rel="nofollow">%4</a> </span>
<span class="MItem Category"> in <a href="/categories/birds">Birds</a></span> </div>
</div>
<div class="Item-BodyWrap">
<div class="Item-Body">
<div class="Message userContent">
%5</div>
<div class="Reactions"><span class="Column-Score Hidden">0</span></div> </div>
</div>
</div>
</div>)")
        .arg(id)
        .arg(author(p), url, timeOf(p.date), body(p));
}

QString commentItem(const FixturePost &p, int item)
{
    const QString permalink = QStringLiteral("/discussion/comment/%1/#Comment_%1").arg(p.id);
    return QStringLiteral(R"(
<li class="Item%1 ItemComment Offline noPhotoWrap Role_Forumite" id="Comment_%2">
<div class="Comment">
<div class="Options">
</div>
<div class="Meta RecordMeta">
<span class="MItem DateCreated"><a href="%3" class="Permalink" name="Item_%4" rel="nofollow">%5</a></span>
</div>
<div class="Item-Header CommentHeader">
%6
<div class="Meta CommentMeta CommentInfo">
<span class="MItem DateCreated">
<a href="%3" class="Permalink" name="Item_%4" rel="nofollow">%5</a> </span>
</div>
</div>
<div class="Item-BodyWrap">
<div class="Item-Body">
<div class="Message userContent">
%7 </div>
%8<div class="Reactions"><span class="Column-Score Hidden">0</span></div> </div>
</div>
</div>
</li>)")
        .arg(item % 2 ? QStringLiteral(" Alt") : QString(), p.id, permalink)
        .arg(item)
        .arg(timeOf(p.date), author(p), body(p),
            item % 3 == 0 ? QStringLiteral("<div class=\"Signature UserSignature userContent \">%1 &mdash; "
                                           "watching kestrels since 2009</div>")
                                .arg(esc(p.author))
                          : QString());
}

QString pager(const FixtureThread &thread, int id, int page)
{
    const int count = vanillaPageCount(thread);
    if (count <= 1)
        return QStringLiteral(
            "<span id=\"PagerBefore\" class=\"Pager PagerLinkCount-1 NumberedPager\"></span>");
    QString html
        = QStringLiteral("<span id=\"PagerBefore\" class=\"Pager PagerLinkCount-%1 NumberedPager\"> ")
              .arg(count);
    html += page == 1 ? QStringLiteral("<span class=\"Previous Pager-nav\" aria-disabled=\"true\">«</span>")
                      : QStringLiteral("<a href=\"%1\" class=\"Previous Pager-nav\" rel=\"prev\">«</a>")
                            .arg(vanillaPagePath(thread, id, page - 1));
    for (int n = 1; n <= count; ++n) {
        html += QStringLiteral("<a href=\"%1\" class=\"%2 Pager-p p-%3%4\" aria-label=\"Page %3\"%5>%3</a>")
                    .arg(vanillaPagePath(thread, id, n), n == page ? QStringLiteral("Highlight") : QString())
                    .arg(n)
                    .arg(n == 1          ? QStringLiteral(" FirstPage")
                            : n == count ? QStringLiteral(" LastPage")
                                         : QString(),
                        n == page ? QStringLiteral(" aria-current=\"page\"") : QString());
    }
    html += page == count ? QStringLiteral("<span class=\"Next Pager-nav\" aria-disabled=\"true\">»</span>")
                          : QStringLiteral("<a href=\"%1\" class=\"Next Pager-nav\" rel=\"next\">»</a>")
                                .arg(vanillaPagePath(thread, id, page + 1));
    return html + QStringLiteral("</span>");
}

} // namespace

int vanillaPageCount(const FixtureThread &thread)
{
    const int comments = std::max(0, int(thread.posts.size()) - 1);
    return std::max(1, (comments + thread.perPage - 1) / thread.perPage);
}

QString vanillaPagePath(const FixtureThread &thread, int discussionId, int page)
{
    const QString path = QStringLiteral("/discussion/%1/%2").arg(discussionId).arg(slugOf(thread.title));
    return page <= 1 ? path : path + QStringLiteral("/p%1").arg(page);
}

QString vanillaRequestPath(int discussionId, int page)
{
    const QString path = QStringLiteral("/discussion/%1").arg(discussionId);
    return page <= 1 ? path : path + QStringLiteral("/x/p%1").arg(page);
}

QByteArray vanillaPage(const FixtureThread &thread, int discussionId, int page)
{
    s_discussion = discussionId;
    s_firstPostId = thread.posts.isEmpty() ? QString() : thread.posts.first().id;
    const QString discussion = page == 1 && !thread.posts.isEmpty()
        ? discussionItem(thread, thread.posts.first(), discussionId)
        : QString();
    QString comments;
    const int first = 1 + (page - 1) * thread.perPage;
    for (int i = first; i < std::min(int(thread.posts.size()), first + thread.perPage); ++i)
        comments += commentItem(thread.posts[i], i);
    const QString title = esc(thread.title);
    return QStringLiteral(R"(<!DOCTYPE html>
<html lang="en">
<head>
  <title>%1%2 — Threadkeeper Fixture Forum</title>
  <link rel="stylesheet" href="/applications/dashboard/design/style-compat.css?v=1" media="all" />
  <link rel="canonical" href="%3" />
  <meta property="og:site_name" content="Threadkeeper Fixture Forum" />
  <meta property="og:title" itemprop="name" content="%1" />
  <script>gdn=window.gdn||{};gdn.meta={"DiscussionID":%4,"Category":"Birds","TransientKey":""};</script>
  <script src="/js/library/jquery.js?v=1"></script>
</head>
<body id="vanilla_discussion_index" class="Vanilla Discussion isDesktop index Section-Discussion Section-Category-birds UserLoggedOut locale-en ">
<div id="Frame">
<div class="Content MainContent">
<div class="MessageList Discussion">
<div id="Item_0" class="PageTitle"><div class="Options"></div><h1>%1</h1></div>
%5
</div>
<span class="BeforeCommentHeading">%6</span>
<div class="DataBox DataBox-Comments"><h2 class="CommentHeading">Replies</h2> <ul class="MessageList DataList Comments">%7
</ul></div>
<div class="P PagerWrap">%6</div>
<div class="CommentForm"><form method="post" action="/post/comment/?discussionid=%4"><input type="hidden" id="Form_DiscussionID" name="DiscussionID" value="%4" /></form></div>
</div>
</div>
</body>
</html>
)")
        .arg(title, page > 1 ? QStringLiteral(" — page %1").arg(page) : QString(),
            vanillaPagePath(thread, discussionId, page))
        .arg(discussionId)
        .arg(discussion, pager(thread, discussionId, page), comments)
        .toUtf8();
}

} // namespace Threadkeeper::Testing
