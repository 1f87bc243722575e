// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flarumengine.h"

#include "engines/flarum/flarumbody.h"
#include "engines/jsonanswer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

const QByteArray DiscussionKey = "discussion";
const QByteArray PostsKey = "posts";
constexpr qsizetype MaxHtml = 512 * 1024;

// "/FOLDER/d/N[-slug][/NUMBER][/]": the folder Flarum is installed in, the discussion,
// and the post number the address points at.
const QRegularExpression &discussionPath()
{
    static const QRegularExpression path(
        QStringLiteral("^((?:/[^/]+)*?)/d/([1-9][0-9]{0,14})(?:-[^/]*)?(?:/([0-9]{1,9}))?/?$"));
    return path;
}

QString discussionIdOf(const QUrl &canonical)
{
    return canonical.path().section(QLatin1Char('/'), -1);
}

// Objects of a JSON:API document's included list, by "type/id".
using Included = QHash<QString, QJsonObject>;

QString keyOf(const QJsonValue &identifier)
{
    const QJsonObject o = identifier.toObject();
    const QString type = jsonString(o, QLatin1StringView("type"), 64);
    const QString id = jsonId(o.value(QLatin1StringView("id")));
    return type.isEmpty() || id.isEmpty() ? QString() : type + QLatin1Char('/') + id;
}

Included includedOf(const QJsonObject &document)
{
    Included out;
    for (const QJsonValue &v : document.value(QLatin1StringView("included")).toArray()) {
        if (const QString key = keyOf(v); !key.isEmpty())
            out.insert(key, v.toObject());
    }
    return out;
}

QJsonValue relationship(const QJsonObject &resource, QLatin1StringView name)
{
    return resource.value(QLatin1StringView("relationships"))
        .toObject()
        .value(name)
        .toObject()
        .value(QLatin1StringView("data"));
}

QString webUrl(const QString &text)
{
    const QUrl url(text);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        ? text
        : QString();
}

// What a JSON:API error document says ("404 not_found"), for the error.
QString errorsOf(const QJsonObject &document)
{
    QStringList out;
    for (const QJsonValue &v : document.value(QLatin1StringView("errors")).toArray()) {
        const QJsonObject e = v.toObject();
        out.append(QStringList {
            jsonString(e, QLatin1StringView("status"), 8), jsonString(e, QLatin1StringView("code"), 64)}
                       .join(QLatin1Char(' '))
                       .trimmed());
        if (out.size() == 3)
            break;
    }
    out.removeAll(QString());
    return out.join(QStringLiteral(", "));
}

// One post resource, or nothing for an event, another discussion's post or a malformed one.
std::optional<Post> readPost(const QJsonObject &resource, const Included &included, const QString &discussion,
    const QUrl &base, int unit)
{
    if (jsonString(resource, QLatin1StringView("type"), 64) != QLatin1String("posts"))
        return std::nullopt;
    const QJsonObject a = resource.value(QLatin1StringView("attributes")).toObject();
    const int number = a.value(QLatin1StringView("number")).toInt();
    const QString id = jsonId(resource.value(QLatin1StringView("id")));
    if (id.isEmpty() || number < 1
        || jsonString(a, QLatin1StringView("contentType"), 64) != QLatin1String("comment"))
        return std::nullopt;
    // A post of another discussion (a server answering more than asked) is not this one's.
    const QString of = jsonId(
        relationship(resource, QLatin1StringView("discussion")).toObject().value(QLatin1StringView("id")));
    if (!of.isEmpty() && of != discussion)
        return std::nullopt;
    Post post;
    post.id = id;
    post.number = number;
    post.position = number; // Flarum's order; gaps are posts gone
    post.page = unit;
    post.date = jsonIsoTime(a, QLatin1StringView("createdAt"));
    const QJsonObject user = included
                                 .value(QStringLiteral("users/")
                                     + jsonId(relationship(resource, QLatin1StringView("user"))
                                                  .toObject()
                                                  .value(QLatin1StringView("id"))))
                                 .value(QLatin1StringView("attributes"))
                                 .toObject();
    post.author = jsonString(user, QLatin1StringView("displayName"), 200).simplified();
    if (post.author.isEmpty())
        post.author = jsonString(user, QLatin1StringView("username"), 200).simplified();
    post.avatarUrl = webUrl(jsonString(user, QLatin1StringView("avatarUrl"), PostBodyReader::MaxUrl));
    if (a.value(QLatin1StringView("isHidden")).toBool()) {
        // Shown to moderators only; its replies keep their place under it.
        Block placeholder;
        placeholder.text = QStringLiteral("[hidden]");
        post.body.append(placeholder);
    } else {
        post.body
            = FlarumBodyReader::readContent(jsonString(a, QLatin1StringView("contentHtml"), MaxHtml), base);
    }
    fillTextAndQuotes(&post);
    return post;
}

QList<Post> postsOf(const QJsonArray &resources, const Included &included, const QString &discussion,
    const QUrl &base, int unit)
{
    QList<Post> posts;
    for (const QJsonValue &v : resources) {
        if (posts.size() >= FlarumEngine::MaxPosts)
            break;
        if (std::optional<Post> p = readPost(v.toObject(), included, discussion, base, unit))
            posts.append(std::move(*p));
    }
    std::stable_sort(
        posts.begin(), posts.end(), [](const Post &a, const Post &b) { return a.number < b.number; });
    return posts;
}

EngineAnswer readDiscussion(const QByteArray &body, const AnswerContext &context)
{
    EngineAnswer answer;
    const QString asked = discussionIdOf(context.thread);
    const QJsonObject document = jsonObject(body).value_or(QJsonObject());
    const QJsonObject data = document.value(QLatin1StringView("data")).toObject();
    if (jsonString(data, QLatin1StringView("type"), 64) != QLatin1String("discussions")
        || jsonId(data.value(QLatin1StringView("id"))) != asked) {
        const QString errors = errorsOf(document);
        answer.error = errors.isEmpty()
            ? QCoreApplication::translate("ForumEngine", "not the Flarum discussion %1").arg(asked)
            : QCoreApplication::translate("ForumEngine", "Flarum has no discussion %1 to show (%2)")
                  .arg(asked, errors);
        return answer;
    }
    const Included included = includedOf(document);
    // Every post id of the discussion, in order; the posts included are a window of them.
    QStringList ids;
    QSet<QString> seen;
    const QJsonArray all = relationship(data, QLatin1StringView("posts")).toArray();
    for (qsizetype i = 0; i < all.size() && ids.size() < FlarumEngine::MaxPosts; ++i) {
        const QString id = jsonId(all[i].toObject().value(QLatin1StringView("id")));
        if (!id.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    QJsonArray window;
    for (const QString &id : std::as_const(ids)) {
        const auto it = included.constFind(QStringLiteral("posts/") + id);
        if (it != included.cend())
            window.append(*it);
    }
    answer.posts = postsOf(window, included, asked, context.thread, 1);

    // The rest by id, in batches of the id list (its order is the thread's, so a batch
    // holds neighbours); each batch asked is a part of its own, numbered in order.
    QSet<QString> have;
    for (const QJsonValue &v : std::as_const(window))
        have.insert(jsonId(v.toObject().value(QLatin1StringView("id"))));
    const qsizetype batches
        = (ids.size() + FlarumEngine::PostsPerRequest - 1) / FlarumEngine::PostsPerRequest;
    for (qsizetype b = 0; b < batches; ++b) {
        QStringList wanted;
        for (const QString &id : ids.mid(b * FlarumEngine::PostsPerRequest, FlarumEngine::PostsPerRequest)) {
            if (!have.contains(id) && !(context.cached && context.cached->postIds.contains(id)))
                wanted.append(id);
        }
        if (!wanted.isEmpty())
            answer.next.append(EngineRequest {FlarumEngine::postsUrl(context.thread, wanted),
                EngineRequest::Format::Json, int(answer.next.size()) + 2, PostsKey});
    }
    ThreadFacts facts;
    const QJsonObject attributes = data.value(QLatin1StringView("attributes")).toObject();
    facts.title = jsonString(attributes, QLatin1StringView("title"), 1000).simplified();
    facts.unitCount = 1 + int(answer.next.size());
    answer.facts = facts;
    return answer;
}

EngineAnswer readPosts(const EngineRequest &request, const QByteArray &body, const AnswerContext &context)
{
    EngineAnswer answer;
    const QJsonObject document = jsonObject(body).value_or(QJsonObject());
    if (!document.value(QLatin1StringView("data")).isArray()) {
        const QString errors = errorsOf(document);
        answer.error = errors.isEmpty()
            ? QCoreApplication::translate("ForumEngine", "not a list of Flarum posts")
            : QCoreApplication::translate("ForumEngine", "Flarum refused the posts (%1)").arg(errors);
        return answer;
    }
    // Only the posts asked for: a server ignoring the filter would hand over others.
    const QStringList asked = QUrlQuery(request.url)
                                  .queryItemValue(QStringLiteral("filter[id]"), QUrl::FullyDecoded)
                                  .split(QLatin1Char(','));
    const QSet<QString> wanted(asked.cbegin(), asked.cend());
    QJsonArray resources;
    QSet<QString> given;
    for (const QJsonValue &v : document.value(QLatin1StringView("data")).toArray()) {
        const QString id = jsonId(v.toObject().value(QLatin1StringView("id")));
        if (wanted.contains(id) && !given.contains(id)) {
            given.insert(id);
            resources.append(v);
        }
    }
    answer.posts = postsOf(
        resources, includedOf(document), discussionIdOf(context.thread), context.thread, request.unit);
    // A forum that pages fewer than asked (its limit set below 50) says there is more: the
    // ids it left out are asked again. Without links.next the ones missing are gone.
    const bool more = !document.value(QLatin1StringView("links"))
                           .toObject()
                           .value(QLatin1StringView("next"))
                           .isUndefined();
    QStringList rest;
    for (const QString &id : asked) {
        if (!given.contains(id) && !id.isEmpty())
            rest.append(id);
    }
    if (more && !given.isEmpty() && !rest.isEmpty())
        answer.next.append(EngineRequest {FlarumEngine::postsUrl(context.thread, rest),
            EngineRequest::Format::Json, request.unit, request.key});
    return answer;
}

} // namespace

QUrl FlarumEngine::apiBase(const QUrl &canonical)
{
    QUrl url = canonical.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString path = canonical.path();
    url.setPath(path.left(path.lastIndexOf(QLatin1String("/d/"))) + QStringLiteral("/api"));
    return url;
}

QUrl FlarumEngine::postsUrl(const QUrl &canonical, const QStringList &ids)
{
    QUrl url = apiBase(canonical);
    url.setPath(url.path() + QStringLiteral("/posts"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("filter[id]"), ids.join(QLatin1Char(',')));
    q.addQueryItem(QStringLiteral("page[limit]"), QString::number(PostsPerRequest));
    url.setQuery(q);
    return url;
}

bool FlarumEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return false;
    const QRegularExpressionMatch m = discussionPath().match(url.path());
    if (!m.hasMatch())
        return false;
    if (ref) {
        *ref = ThreadRef {};
        ref->canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        ref->canonical.setPath(m.captured(1) + QStringLiteral("/d/") + m.captured(2));
        ref->postNumber = m.captured(3).toInt();
    }
    return true;
}

bool FlarumEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    // The boot script and its payload sit early; a cheap look before anything else.
    const QByteArray head = html.left(512 * 1024);
    if (!head.contains("flarum-loading") && !head.contains("flarum.core") && !head.contains("\"apiUrl\""))
        return false;
    if (!head.contains("flarum") && !head.contains("Flarum"))
        return false;
    // A discussion reached by another address (a redirect, a short link): its canonical link says.
    static const QRegularExpression canonical(
        QStringLiteral("<link\\s+rel=\"canonical\"\\s+href=\"([^\"]{1,2000})\""));
    const QRegularExpressionMatch m = canonical.match(QString::fromUtf8(head));
    if (m.hasMatch()
        && parseUrl(
            url.resolved(QUrl(m.captured(1).replace(QLatin1String("&amp;"), QLatin1String("&")))), ref))
        return true;
    return parseUrl(url, ref);
}

QUrl FlarumEngine::postUrl(const QUrl &canonical, const QString &) const
{
    // Flarum links posts by their number in the discussion (/d/N/NUMBER), which an id
    // alone does not tell: the discussion it is.
    return canonical;
}

QList<EngineRequest> FlarumEngine::firstRequests(const ThreadRef &ref, const QUrl &) const
{
    QUrl url = apiBase(ref.canonical);
    url.setPath(url.path() + QStringLiteral("/discussions/") + discussionIdOf(ref.canonical));
    return {EngineRequest {url, EngineRequest::Format::Json, 1, DiscussionKey}};
}

EngineAnswer FlarumEngine::readAnswer(
    const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const
{
    return request.key == DiscussionKey ? readDiscussion(body, context) : readPosts(request, body, context);
}

QString FlarumEngine::incompleteReason(const EngineRequest &, const QByteArray &body) const
{
    return jsonIncompleteReason(body);
}

} // namespace Threadkeeper
