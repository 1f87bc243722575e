// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lemmyengine.h"

#include "engines/jsonanswer.h"
#include "engines/markdown.h"
#include "engines/postbody.h"
#include "engines/simplebodyreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

const QByteArray PostKey = "post";
const QByteArray CommentsKey = "comments";
constexpr qsizetype MaxMarkdown = 256 * 1024;

QString postIdOf(const QUrl &canonical)
{
    return canonical.path().section(QLatin1Char('/'), 2, 2);
}

QUrl apiUrl(const QUrl &canonical, const QString &path, const QList<std::pair<QString, QString>> &query)
{
    QUrl url = canonical.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(path);
    QUrlQuery q;
    for (const auto &[key, value] : query)
        q.addQueryItem(key, value);
    url.setQuery(q);
    return url;
}

QString webUrl(const QString &text)
{
    const QUrl url(text);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        ? text
        : QString();
}

// Who wrote it, as Lemmy shows people from other instances: name@instance.
QString authorOf(const QJsonObject &creator)
{
    const QString name = jsonString(creator, QLatin1StringView("name"), 200);
    if (name.isEmpty() || creator.value(QLatin1StringView("local")).toBool(true))
        return name;
    const QString host = QUrl(jsonString(creator, QLatin1StringView("actor_id"), 1000)).host();
    return host.isEmpty() ? name : name + QLatin1Char('@') + host;
}

bool isGone(const QJsonObject &item)
{
    return item.value(QLatin1StringView("deleted")).toBool()
        || item.value(QLatin1StringView("removed")).toBool();
}

// The fields a post and a comment share: who, when, and the markdown as blocks.
void readCommon(const QJsonObject &item, const QJsonObject &creator, const QString &markdown,
    const QUrl &base, Post *post)
{
    post->author = authorOf(creator);
    post->avatarUrl = webUrl(jsonString(creator, QLatin1StringView("avatar"), PostBodyReader::MaxUrl));
    post->date = jsonIsoTime(item, QLatin1StringView("published"));
    if (isGone(item)) {
        Block placeholder;
        placeholder.text = item.value(QLatin1StringView("removed")).toBool() ? QStringLiteral("[removed]")
                                                                             : QStringLiteral("[deleted]");
        post->body.append(placeholder);
        post->author.clear(); // as Lemmy shows it: the words and their author are gone
        post->avatarUrl.clear();
    } else {
        post->body.append(SimpleBodyReader::readFragment(markdownToHtml(markdown), base));
    }
    fillTextAndQuotes(post);
}

EngineAnswer readPost(const QByteArray &body, const AnswerContext &context)
{
    EngineAnswer answer;
    const QString asked = postIdOf(context.thread);
    const QJsonObject view
        = jsonObject(body).value_or(QJsonObject()).value(QLatin1StringView("post_view")).toObject();
    const QJsonObject post = view.value(QLatin1StringView("post")).toObject();
    if (jsonId(post.value(QLatin1StringView("id"))) != asked) {
        answer.error = QCoreApplication::translate("ForumEngine", "not the Lemmy post %1").arg(asked);
        return answer;
    }
    Post article;
    article.id = LemmyEngine::articleId(asked);
    article.page = 1;
    const QString link = webUrl(jsonString(post, QLatin1StringView("url"), PostBodyReader::MaxUrl));
    readCommon(post, view.value(QLatin1StringView("creator")).toObject(),
        jsonString(post, QLatin1StringView("body"), MaxMarkdown), context.thread, &article);
    if (!link.isEmpty() && !isGone(post)) {
        Block linkBlock;
        linkBlock.text = link;
        linkBlock.spans.append(Span {0, int(link.size()), 0, link});
        article.body.prepend(linkBlock);
        fillTextAndQuotes(&article);
    }
    answer.posts.append(article);

    ThreadFacts facts;
    facts.title = jsonString(post, QLatin1StringView("name"), 1000).simplified();
    const int comments = std::clamp(
        view.value(QLatin1StringView("counts")).toObject().value(QLatin1StringView("comments")).toInt(), 0,
        LemmyEngine::PageSize * LemmyEngine::MaxPages);
    facts.unitCount = 2 + comments / LemmyEngine::PageSize; // the post, and its comment pages
    answer.facts = facts;
    if (!context.cached) // a refresh asked for its comment pages beside the post
        answer.next.append(EngineRequest {
            LemmyEngine::commentPageUrl(context.thread, 1), EngineRequest::Format::Json, 2, CommentsKey});
    return answer;
}

// The parent named by a comment's path: "0.X" the post, "0.A.B.X" comment B. Only the last
// two ids matter: a path of any length is read in one pass, and a comment deep in a long
// argument keeps its place.
QString parentFromPath(const QString &path, const QString &id, const QString &postId)
{
    if (!path.startsWith(QLatin1String("0.")))
        return {};
    qsizetype run = 0; // digits since the last dot
    for (qsizetype i = 2; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == u'.') {
            if (run == 0)
                return {};
            run = 0;
        } else if (c >= u'0' && c <= u'9' && run < 15) {
            ++run;
        } else {
            return {};
        }
    }
    const qsizetype last = path.lastIndexOf(u'.');
    if (run == 0 || QStringView(path).mid(last + 1) != id)
        return {};
    const qsizetype before = path.lastIndexOf(u'.', last - 1);
    const QString parent = path.mid(before + 1, last - before - 1);
    return parent == QLatin1String("0") ? LemmyEngine::articleId(postId) : parent;
}

EngineAnswer readComments(const EngineRequest &request, const QByteArray &body, const AnswerContext &context)
{
    EngineAnswer answer;
    const std::optional<QJsonObject> object = jsonObject(body);
    if (!object || !object->value(QLatin1StringView("comments")).isArray()) {
        answer.error = QCoreApplication::translate("ForumEngine", "not a page of Lemmy comments");
        return answer;
    }
    const QString postId = postIdOf(context.thread);
    const int page = std::clamp(
        int(QUrlQuery(request.url).queryItemValue(QStringLiteral("page")).toInt()), 1, LemmyEngine::MaxPages);
    const QJsonArray comments = object->value(QLatin1StringView("comments")).toArray();
    for (qsizetype i = 0; i < comments.size() && i < LemmyEngine::PageSize; ++i) {
        const QJsonObject view = comments[i].toObject();
        const QJsonObject comment = view.value(QLatin1StringView("comment")).toObject();
        Post post;
        post.id = jsonId(comment.value(QLatin1StringView("id")));
        // Another post's comment (an instance that ignores post_id) is not this thread's.
        if (post.id.isEmpty() || jsonId(comment.value(QLatin1StringView("post_id"))) != postId)
            continue;
        post.parentId = parentFromPath(comment.value(QLatin1StringView("path")).toString(), post.id, postId);
        if (post.parentId.isEmpty())
            continue;
        // Oldest first, so a parent always comes before its replies.
        post.page = request.unit;
        post.position = 1 + (page - 1) * LemmyEngine::PageSize + int(i);
        readCommon(comment, view.value(QLatin1StringView("creator")).toObject(),
            jsonString(comment, QLatin1StringView("content"), MaxMarkdown), context.thread, &post);
        answer.posts.append(std::move(post));
    }
    if (comments.size() >= LemmyEngine::PageSize && page < LemmyEngine::MaxPages)
        answer.next.append(EngineRequest {LemmyEngine::commentPageUrl(context.thread, page + 1),
            EngineRequest::Format::Json, page + 2, CommentsKey});
    return answer;
}

} // namespace

QUrl LemmyEngine::commentPageUrl(const QUrl &canonical, int page)
{
    return apiUrl(canonical, QStringLiteral("/api/v3/comment/list"),
        {{QStringLiteral("post_id"), postIdOf(canonical)}, {QStringLiteral("sort"), QStringLiteral("Old")},
            {QStringLiteral("limit"), QString::number(PageSize)},
            {QStringLiteral("page"), QString::number(page)}});
}

bool LemmyEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return false;
    static const QRegularExpression post(QStringLiteral("^/post/([1-9][0-9]{0,14})/?$"));
    const QRegularExpressionMatch m = post.match(url.path());
    if (!m.hasMatch())
        return false;
    if (ref) {
        *ref = ThreadRef {};
        ref->canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        ref->canonical.setPath(QStringLiteral("/post/") + m.captured(1));
    }
    return true;
}

QUrl LemmyEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    if (postId.startsWith(QLatin1String("post-")))
        return canonical;
    QUrl url = canonical;
    url.setPath(QStringLiteral("/comment/") + postId);
    return url;
}

QList<EngineRequest> LemmyEngine::firstRequests(const ThreadRef &ref, const QUrl &) const
{
    // The post alone first: its answer names the thread before any comment arrives.
    return {EngineRequest {apiUrl(ref.canonical, QStringLiteral("/api/v3/post"),
                               {{QStringLiteral("id"), postIdOf(ref.canonical)}}),
        EngineRequest::Format::Json, 1, PostKey}};
}

QList<EngineRequest> LemmyEngine::refreshRequests(const ThreadRef &ref, const CachedParts &cached) const
{
    QList<EngineRequest> requests = firstRequests(ref, ref.canonical);
    // Unit 2 is comment page 1; a thread whose comments never arrived starts there.
    const int page = std::clamp(cached.lastUnit - 1, 1, MaxPages);
    requests.append(EngineRequest {
        commentPageUrl(ref.canonical, page), EngineRequest::Format::Json, page + 1, CommentsKey});
    return requests;
}

EngineAnswer LemmyEngine::readAnswer(
    const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const
{
    return request.key == PostKey ? readPost(body, context) : readComments(request, body, context);
}

QString LemmyEngine::incompleteReason(const EngineRequest &, const QByteArray &body) const
{
    return jsonIncompleteReason(body);
}

} // namespace Threadkeeper
