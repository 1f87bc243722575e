// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodebbengine.h"

#include "engines/jsonanswer.h"
#include "engines/nodebb/nodebbbody.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

const QByteArray PageKey = "page";
constexpr qsizetype MaxHtml = 512 * 1024;

// "/FOLDER/topic/N[/slug[/INDEX]][/]": NodeBB's relative_path, the topic, the post's index.
const QRegularExpression &topicPath()
{
    static const QRegularExpression path(
        QStringLiteral("^((?:/[^/]+)*?)/topic/([1-9][0-9]{0,14})(?:/([^/]+)(?:/([0-9]{1,9}))?)?/?$"));
    return path;
}

QString topicIdOf(const QUrl &canonical)
{
    return canonical.path().section(QLatin1Char('/'), -1);
}

// The forum's root: the canonical address without /topic/N.
QUrl rootOf(const QUrl &canonical)
{
    QUrl url = canonical.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString path = canonical.path();
    url.setPath(path.left(path.lastIndexOf(QLatin1String("/topic/"))));
    return url;
}

QString webUrl(const QString &text, const QUrl &base)
{
    if (text.isEmpty())
        return {};
    const QUrl url = base.resolved(QUrl(text));
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        ? url.toString()
        : QString();
}

// A number NodeBB may write as a number, a string, or (flags) a boolean.
qint64 number(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(std::clamp(v.toDouble(), -9e15, 9e15));
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toString().toLongLong();
}

QDateTime timeOf(const QJsonObject &post)
{
    const qint64 ms = number(post.value(QLatin1StringView("timestamp")));
    if (ms > 0)
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
    return jsonIsoTime(post, QLatin1StringView("timestampISO"));
}

// A post id: a number for the forum's own posts, the post's address (an ActivityPub id)
// for one federated from elsewhere (NodeBB 4: a Mastodon reply in a local topic).
QString postIdOf(const QJsonValue &v)
{
    const QString id = jsonId(v);
    if (!id.isEmpty() || !v.isString())
        return id;
    const QString text = v.toString();
    if (text.size() > 2000
        || !(text.startsWith(QLatin1String("https://")) || text.startsWith(QLatin1String("http://"))))
        return {};
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty() ? text : QString();
}

std::optional<Post> readPost(const QJsonObject &o, const QString &tid, const QUrl &root, int page)
{
    Post post;
    post.id = postIdOf(o.value(QLatin1StringView("pid")));
    const QJsonValue index = o.value(QLatin1StringView("index"));
    // A post of another topic (a server answering more than asked) is not this one's.
    const QString of = jsonId(o.value(QLatin1StringView("tid")));
    if (post.id.isEmpty() || !index.isDouble() || index.toDouble() < 0 || (!of.isEmpty() && of != tid))
        return std::nullopt;
    post.position = int(std::min(index.toDouble(), 1e9));
    post.number = post.position + 1; // as the forum's permalinks count: /topic/N/slug/INDEX+1
    post.page = page;
    // toPid: the post this one replies to, as a number or a string (absent, null or the
    // topic's main post when none).
    post.parentId = postIdOf(o.value(QLatin1StringView("toPid")));
    if (post.parentId == post.id)
        post.parentId.clear();
    post.date = timeOf(o);
    const QJsonObject user = o.value(QLatin1StringView("user")).toObject();
    post.author = jsonString(user, QLatin1StringView("displayname"), 200).simplified();
    if (post.author.isEmpty())
        post.author = jsonString(user, QLatin1StringView("username"), 200).simplified();
    post.avatarUrl = webUrl(jsonString(user, QLatin1StringView("picture"), PostBodyReader::MaxUrl), root);
    const QString content = jsonString(o, QLatin1StringView("content"), MaxHtml);
    // Deleted: NodeBB hands a guest a translation key for "This post is deleted!".
    if (number(o.value(QLatin1StringView("deleted"))) != 0
        || content == QLatin1String("[[topic:post-is-deleted]]")) {
        Block placeholder;
        placeholder.text = QStringLiteral("[deleted]");
        post.body.append(placeholder);
    } else {
        post.body = NodeBbBodyReader::readContent(content, root);
    }
    fillTextAndQuotes(&post);
    return post;
}

EngineAnswer readPage(const EngineRequest &request, const QByteArray &body, const AnswerContext &context)
{
    EngineAnswer answer;
    const QString tid = topicIdOf(context.thread);
    const QJsonObject topic = jsonObject(body).value_or(QJsonObject());
    if (jsonId(topic.value(QLatin1StringView("tid"))) != tid
        || !topic.value(QLatin1StringView("posts")).isArray()) {
        answer.error
            = QCoreApplication::translate("ForumEngine", "not a page of the NodeBB topic %1").arg(tid);
        return answer;
    }
    const QUrl root = rootOf(context.thread);
    const QJsonArray posts = topic.value(QLatin1StringView("posts")).toArray();
    for (qsizetype i = 0; i < posts.size() && i < NodeBbEngine::MaxPostsPerPage; ++i) {
        if (std::optional<Post> p = readPost(posts[i].toObject(), tid, root, request.unit))
            answer.posts.append(std::move(*p));
    }
    if (request.unit != 1)
        return answer;

    ThreadFacts facts;
    facts.title = jsonString(topic, QLatin1StringView("titleRaw"), 1000).simplified();
    if (facts.title.isEmpty()) // NodeBB escapes title for HTML; titleRaw is the words
        facts.title = jsonString(topic, QLatin1StringView("title"), 1000).simplified();
    const QJsonObject pagination = topic.value(QLatin1StringView("pagination")).toObject();
    int pages = int(number(pagination.value(QLatin1StringView("pageCount"))));
    if (pages < 1 && !posts.isEmpty()) // older answers: from the count of posts
        pages = int((number(topic.value(QLatin1StringView("postcount"))) + posts.size() - 1) / posts.size());
    facts.unitCount = std::clamp(pages, 1, NodeBbEngine::MaxPages);
    answer.facts = facts;
    // Every other page at once; in a refresh only the pages after the last one cached,
    // which refreshRequests() asks beside this one.
    const int from = context.cached ? std::max(2, context.cached->lastUnit + 1) : 2;
    for (int page = from; page <= facts.unitCount; ++page)
        answer.next.append(EngineRequest {
            NodeBbEngine::pageUrl(context.thread, page), EngineRequest::Format::Json, page, PageKey});
    return answer;
}

} // namespace

QUrl NodeBbEngine::pageUrl(const QUrl &canonical, int page)
{
    QUrl url = rootOf(canonical);
    url.setPath(url.path() + QStringLiteral("/api/topic/") + topicIdOf(canonical));
    // Oldest first whatever the forum's default order (newest first, most votes): pages
    // then hold the topic in its own order, and new posts land on the last.
    url.setQuery(QStringLiteral("page=%1&sort=oldest_to_newest").arg(page));
    return url;
}

bool NodeBbEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return false;
    const QRegularExpressionMatch m = topicPath().match(url.path());
    // "/api/topic/N" is the read API's, not a page's. Invision's addresses without a slug
    // look like NodeBB's: "/topic/N/page/2" is its page 2, "/topic/N/" its topic (NodeBB
    // writes no such address: it redirects a bare /topic/N to /topic/N/slug).
    if (!m.hasMatch() || m.captured(1).endsWith(QLatin1String("/api"))
        || (m.captured(3) == QLatin1String("page") && !m.captured(4).isEmpty())
        || (m.captured(3).isEmpty() && url.path().endsWith(QLatin1Char('/'))))
        return false;
    if (ref) {
        *ref = ThreadRef {};
        ref->canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        ref->canonical.setPath(m.captured(1) + QStringLiteral("/topic/") + m.captured(2));
        ref->postNumber = m.captured(4).toInt();
        const int page = QUrlQuery(url).queryItemValue(QStringLiteral("page")).toInt();
        ref->page = std::clamp(page, 1, MaxPages);
    }
    return true;
}

bool NodeBbEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    // NodeBB pages boot ajaxify with the page's data and name relative_path in their
    // config; the generator tag is a theme's choice.
    const QByteArray head = html.left(1024 * 1024);
    const bool nodebb
        = head.contains("content=\"NodeBB") || head.contains("nodebb") || head.contains("NodeBB");
    if (!nodebb || !head.contains("ajaxify") || !head.contains("relative_path"))
        return false;
    static const QRegularExpression canonical(
        QStringLiteral("<link\\s+rel=\"canonical\"\\s+href=\"([^\"]{1,2000})\""));
    const QRegularExpressionMatch m = canonical.match(QString::fromUtf8(head.left(256 * 1024)));
    if (m.hasMatch() && parseUrl(url.resolved(QUrl(m.captured(1))), ref))
        return true;
    return parseUrl(url, ref);
}

QUrl NodeBbEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    // NodeBB's /post/PID goes to the post in its topic; a federated post is at its address.
    if (postId.startsWith(QLatin1String("https://")) || postId.startsWith(QLatin1String("http://")))
        return QUrl(postId);
    QUrl url = rootOf(canonical);
    url.setPath(url.path() + QStringLiteral("/post/") + postId);
    return url;
}

QList<EngineRequest> NodeBbEngine::firstRequests(const ThreadRef &ref, const QUrl &) const
{
    // Page 1 first, whatever page the address named: it tells how many there are.
    return {EngineRequest {pageUrl(ref.canonical, 1), EngineRequest::Format::Json, 1, PageKey}};
}

QList<EngineRequest> NodeBbEngine::refreshRequests(const ThreadRef &ref, const CachedParts &cached) const
{
    QList<EngineRequest> requests = firstRequests(ref, ref.canonical);
    const int last = std::clamp(cached.lastUnit, 1, MaxPages);
    if (last > 1)
        requests.append(
            EngineRequest {pageUrl(ref.canonical, last), EngineRequest::Format::Json, last, PageKey});
    return requests;
}

EngineAnswer NodeBbEngine::readAnswer(
    const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const
{
    return readPage(request, body, context);
}

QString NodeBbEngine::incompleteReason(const EngineRequest &, const QByteArray &body) const
{
    // NodeBB answers an API request it redirects with the new address as a JSON string
    // (and X-Redirect): whole, though not an object Qt parses; reading it says why it is no page.
    const QByteArray trimmed = body.trimmed();
    if (trimmed.size() >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') && trimmed.count('"') == 2)
        return {};
    return jsonIncompleteReason(body);
}

} // namespace Threadkeeper
