// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordpressengine.h"

#include "engines/jsonanswer.h"
#include "engines/postbody.h"
#include "engines/simplebodyreader.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

const QByteArray PostKey = "post";
const QByteArray CommentsKey = "comments";
const QByteArray OffsetKey = "comments-offset"; // a comment page asked again by offset
constexpr qsizetype MaxHtml = 1024 * 1024;

bool isWeb(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// The shortlink's parts: "p" or "page_id", and the id.
std::pair<QString, QString> shortlinkOf(const QUrl &canonical)
{
    const QUrlQuery query(canonical);
    if (query.hasQueryItem(QStringLiteral("page_id")))
        return {QStringLiteral("page_id"), query.queryItemValue(QStringLiteral("page_id"))};
    return {QStringLiteral("p"), query.queryItemValue(QStringLiteral("p"))};
}

QString postIdOf(const QUrl &canonical)
{
    return shortlinkOf(canonical).second;
}

QString collectionOf(const QUrl &canonical)
{
    return shortlinkOf(canonical).first == QLatin1String("page_id") ? QStringLiteral("pages")
                                                                    : QStringLiteral("posts");
}

bool isRestRoute(const QUrl &url)
{
    return QUrlQuery(url).hasQueryItem(QStringLiteral("rest_route"));
}

QString webUrl(const QString &text)
{
    const QUrl url(text);
    return isWeb(url) && text.size() <= PostBodyReader::MaxUrl ? text : QString();
}

// WordPress's rendered titles carry entities (&#8217;) and sometimes markup.
QString plainText(const QString &html)
{
    if (!html.contains(QLatin1Char('<')) && !html.contains(QLatin1Char('&')))
        return normalizedText(html);
    const HtmlDocument doc(html.toUtf8());
    return doc.isValid() ? normalizedText(doc.body().textContent()) : normalizedText(html);
}

QString rendered(const QJsonObject &o, QLatin1StringView key)
{
    return jsonString(o.value(key).toObject(), QLatin1StringView("rendered"), MaxHtml);
}

QDateTime gmtDate(const QJsonObject &o)
{
    // date_gmt has no zone and means UTC; jsonIsoTime reads it so.
    return jsonIsoTime(o, QLatin1StringView("date_gmt"));
}

EngineAnswer readPost(const EngineRequest &request, const QByteArray &body, const AnswerContext &context)
{
    EngineAnswer answer;
    const QString asked = postIdOf(context.thread);
    const std::optional<QJsonObject> post = jsonObject(body);
    if (!post || jsonId(post->value(QLatin1StringView("id"))) != asked) {
        answer.error = QCoreApplication::translate("ForumEngine", "not the WordPress post %1").arg(asked);
        return answer;
    }
    Post article;
    article.id = WordPressEngine::articleId(asked);
    article.page = 1;
    article.date = gmtDate(*post);
    const QJsonArray authors
        = post->value(QLatin1StringView("_embedded")).toObject().value(QLatin1StringView("author")).toArray();
    if (!authors.isEmpty()) {
        const QJsonObject author = authors.first().toObject();
        article.author = jsonString(author, QLatin1StringView("name"), 200);
        article.avatarUrl = webUrl(jsonString(
            author.value(QLatin1StringView("avatar_urls")).toObject(), QLatin1StringView("48"), 4096));
    }
    const QString link = webUrl(jsonString(*post, QLatin1StringView("link"), PostBodyReader::MaxUrl));
    article.body = SimpleBodyReader::readFragment(
        rendered(*post, QLatin1StringView("content")), link.isEmpty() ? context.thread : QUrl(link));
    fillTextAndQuotes(&article);
    answer.posts.append(article);

    ThreadFacts facts;
    facts.title = plainText(rendered(*post, QLatin1StringView("title")).left(4096)).left(1000);
    facts.unitCount = 2; // the post and at least one page of comments; more as they come
    answer.facts = facts;
    answer.next.append(
        EngineRequest {WordPressEngine::commentPageUrl(context.thread, isRestRoute(request.url), 1),
            EngineRequest::Format::Json, 2, CommentsKey});
    return answer;
}

EngineAnswer readComments(const EngineRequest &request, const QByteArray &body, const AnswerContext &context)
{
    EngineAnswer answer;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isArray()) {
        answer.error = QCoreApplication::translate("ForumEngine", "not a page of WordPress comments");
        return answer;
    }
    const QString postId = postIdOf(context.thread);
    const int page = std::clamp(request.unit - 1, 1, WordPressEngine::MaxPages);
    const QJsonArray comments = doc.array();
    for (qsizetype i = 0; i < comments.size() && i < WordPressEngine::PageSize; ++i) {
        const QJsonObject comment = comments[i].toObject();
        Post post;
        post.id = jsonId(comment.value(QLatin1StringView("id")));
        // Another post's comment (a site that ignores post=) is not this thread's.
        if (post.id.isEmpty() || jsonId(comment.value(QLatin1StringView("post"))) != postId)
            continue;
        const QString parent = jsonId(comment.value(QLatin1StringView("parent")));
        post.parentId = parent.isEmpty() || parent == QLatin1String("0") || parent == post.id
            ? WordPressEngine::articleId(postId)
            : parent;
        post.page = request.unit;
        post.position = 1 + (page - 1) * WordPressEngine::PageSize + int(i);
        post.author = plainText(jsonString(comment, QLatin1StringView("author_name"), 400));
        post.avatarUrl = webUrl(jsonString(comment.value(QLatin1StringView("author_avatar_urls")).toObject(),
            QLatin1StringView("48"), 4096));
        post.date = gmtDate(comment);
        const QString link = webUrl(jsonString(comment, QLatin1StringView("link"), PostBodyReader::MaxUrl));
        post.body = SimpleBodyReader::readFragment(
            rendered(comment, QLatin1StringView("content")), link.isEmpty() ? context.thread : QUrl(link));
        fillTextAndQuotes(&post);
        answer.posts.append(std::move(post));
    }
    if (comments.size() >= WordPressEngine::PageSize && page < WordPressEngine::MaxPages)
        answer.next.append(EngineRequest {
            WordPressEngine::commentPageUrl(context.thread, isRestRoute(request.url), page + 1),
            EngineRequest::Format::Json, page + 2, CommentsKey});
    return answer;
}

// Where WordPress lives: the folder of the shortlink (https://host/blog/).
QUrl siteOf(const QUrl &canonical)
{
    QUrl site = canonical.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = site.path();
    if (path.endsWith(QLatin1String("/index.php")))
        path.chop(9);
    if (!path.endsWith(QLatin1Char('/')))
        path.append(QLatin1Char('/'));
    site.setPath(path);
    return site;
}

// The site a REST address belongs to: what comes before wp-json/, or before ?rest_route=.
QUrl siteOfRest(const QUrl &rest)
{
    if (isRestRoute(rest))
        return siteOf(rest);
    const QString path = rest.path();
    const qsizetype at = path.indexOf(QLatin1String("/wp-json/"));
    if (at < 0)
        return {};
    QUrl site = rest.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    site.setPath(path.left(at + 1));
    return site;
}

} // namespace

QUrl WordPressEngine::restUrl(const QUrl &canonical, bool restRoute, const QString &path,
    const QList<std::pair<QString, QString>> &query)
{
    QUrl url = siteOf(canonical);
    QUrlQuery q;
    if (restRoute)
        q.addQueryItem(QStringLiteral("rest_route"), QLatin1Char('/') + path);
    else
        url.setPath(url.path() + QLatin1String("wp-json/") + path);
    for (const auto &[key, value] : query)
        q.addQueryItem(key, value);
    url.setQuery(q);
    return url;
}

QUrl WordPressEngine::commentPageUrl(const QUrl &canonical, bool restRoute, int page)
{
    return restUrl(canonical, restRoute, QStringLiteral("wp/v2/comments"),
        {{QStringLiteral("post"), postIdOf(canonical)},
            {QStringLiteral("per_page"), QString::number(PageSize)},
            {QStringLiteral("page"), QString::number(page)},
            {QStringLiteral("order"), QStringLiteral("asc")}});
}

bool WordPressEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!isWeb(url))
        return false;
    // Only the shortlink itself: the site's folder (or its index.php) and nothing but the
    // id, so that phpBB's viewtopic.php?p=N and the like stay their engines'.
    static const QRegularExpression folder(QStringLiteral("^(/[^?#]*)?/(index\\.php)?$"));
    static const QRegularExpression number(QStringLiteral("^[1-9][0-9]{0,18}$"));
    const QString path = url.path().isEmpty() ? QStringLiteral("/") : url.path();
    const QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems();
    if (!folder.match(path).hasMatch() || items.size() != 1
        || (items.first().first != QLatin1String("p") && items.first().first != QLatin1String("page_id"))
        || !number.match(items.first().second).hasMatch())
        return false;
    if (ref) {
        *ref = ThreadRef {};
        ref->canonical = siteOf(url.adjusted(QUrl::RemoveUserInfo));
        ref->canonical.setQuery(items.first().first + QLatin1Char('=') + items.first().second);
        static const QRegularExpression comment(QStringLiteral("^comment-([0-9]{1,20})$"));
        if (const QRegularExpressionMatch m = comment.match(url.fragment()); m.hasMatch())
            ref->postId = m.captured(1);
    }
    return true;
}

bool WordPressEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    if (!isWeb(url))
        return false;
    // The links sit in the head; a cheap look before parsing anything.
    const QByteArray head = html.left(512 * 1024);
    if (!head.contains("api.w.org"))
        return false;
    const HtmlDocument doc(head);
    if (!doc.isValid())
        return false;
    QUrl api;
    QUrl shortlink;
    QUrl json;
    static const QRegularExpression restItem(QStringLiteral("wp/v2/(posts|pages)/([1-9][0-9]{0,18})$"));
    doc.document().walk([&](HtmlNode n) {
        if (!n.is("link"))
            return n.is("body") ? HtmlNode::Walk::Stop : HtmlNode::Walk::Descend;
        const QString rel = n.attributeString("rel").trimmed();
        const QUrl href
            = url.resolved(QUrl(n.attributeString("href").trimmed().left(PostBodyReader::MaxUrl)));
        if (rel == QLatin1String("https://api.w.org/"))
            api = href;
        else if (rel == QLatin1String("shortlink"))
            shortlink = href;
        else if (rel == QLatin1String("alternate")
            && n.attribute("type") == QByteArrayView("application/json"))
            json = href;
        return HtmlNode::Walk::Skip;
    });
    if (!isWeb(api) || api.host() != url.host())
        return false;
    ThreadRef found;
    if (isWeb(shortlink) && shortlink.host() == url.host() && parseUrl(shortlink, &found)) {
        // The shortlink names the post; the API link names where WordPress lives.
    } else if (isWeb(json) && json.host() == url.host()) {
        const QString route
            = isRestRoute(json) ? QUrlQuery(json).queryItemValue(QStringLiteral("rest_route")) : json.path();
        const QRegularExpressionMatch m = restItem.match(route);
        const QUrl site = siteOfRest(json);
        if (!m.hasMatch() || !site.isValid())
            return false;
        found.canonical = site;
        found.canonical.setQuery(
            (m.captured(1) == QLatin1String("pages") ? QStringLiteral("page_id=") : QStringLiteral("p="))
            + m.captured(2));
    } else {
        return false;
    }
    // The API's own folder wins over the shortlink's, which themes sometimes write wrong.
    if (const QUrl site = siteOfRest(api); site.isValid() && !site.path().isEmpty()) {
        const QString query = found.canonical.query();
        found.canonical = site;
        found.canonical.setQuery(query);
    }
    if (ref)
        *ref = found;
    return true;
}

QUrl WordPressEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    if (postId.startsWith(QLatin1String("post-")))
        return canonical;
    QUrl url = canonical;
    url.setFragment(QStringLiteral("comment-") + postId);
    return url;
}

QList<EngineRequest> WordPressEngine::firstRequests(const ThreadRef &ref, const QUrl &) const
{
    // The post alone first: its answer names the thread before any comment arrives.
    return {EngineRequest {restUrl(ref.canonical, false,
                               QStringLiteral("wp/v2/") + collectionOf(ref.canonical) + QLatin1Char('/')
                                   + postIdOf(ref.canonical),
                               {{QStringLiteral("_embed"), QStringLiteral("author")}}),
        EngineRequest::Format::Json, 1, PostKey}};
}

QList<EngineRequest> WordPressEngine::fallbackRequests(const EngineRequest &failed) const
{
    if (failed.key == PostKey && !isRestRoute(failed.url)) {
        // No pretty permalinks: the same question through ?rest_route=.
        EngineRequest instead = failed;
        const QString path = failed.url.path();
        const qsizetype at = path.indexOf(QLatin1String("/wp-json/"));
        if (at < 0)
            return {};
        instead.url.setPath(path.left(at + 1));
        QUrlQuery query(failed.url);
        QUrlQuery routed;
        routed.addQueryItem(QStringLiteral("rest_route"), path.mid(at + 8));
        for (const auto &item : query.queryItems())
            routed.addQueryItem(item.first, item.second);
        instead.url.setQuery(routed);
        return {instead};
    }
    if (failed.key == CommentsKey && failed.unit > 2) {
        // Past the last page WordPress answers 400; by offset it answers [] instead.
        EngineRequest instead = failed;
        instead.key = OffsetKey;
        QUrlQuery query(failed.url);
        query.removeAllQueryItems(QStringLiteral("page"));
        query.addQueryItem(QStringLiteral("offset"), QString::number((failed.unit - 2) * PageSize));
        instead.url.setQuery(query);
        return {instead};
    }
    return {};
}

EngineAnswer WordPressEngine::readAnswer(
    const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const
{
    return request.key == PostKey ? readPost(request, body, context) : readComments(request, body, context);
}

QString WordPressEngine::incompleteReason(const EngineRequest &, const QByteArray &body) const
{
    return jsonIncompleteReason(body);
}

} // namespace Threadkeeper
