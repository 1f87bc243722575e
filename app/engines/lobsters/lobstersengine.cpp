// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lobstersengine.h"

#include "engines/jsonanswer.h"
#include "engines/postbody.h"
#include "engines/simplebodyreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Threadkeeper {

namespace {

constexpr qsizetype MaxHtml = 512 * 1024;

QString storyIdOf(const QUrl &canonical)
{
    return canonical.path().section(QLatin1Char('/'), 2, 2);
}

// A short id as Lobsters makes them (six of a-z0-9), with room to spare.
bool isShortId(const QString &id)
{
    static const QRegularExpression shortId(QStringLiteral("^[A-Za-z0-9]{1,16}$"));
    return shortId.match(id).hasMatch();
}

// A user: an object with a username until 2023, the name alone since.
QString userName(const QJsonValue &user)
{
    const QString name
        = user.isObject() ? jsonString(user.toObject(), QLatin1StringView("username"), 200) : user.toString();
    return name.left(200);
}

QString avatarOf(const QJsonValue &user, const QUrl &base)
{
    if (!user.isObject())
        return {};
    const QString link = jsonString(user.toObject(), QLatin1StringView("avatar_url"), PostBodyReader::MaxUrl);
    if (link.isEmpty())
        return {};
    const QUrl url = base.resolved(QUrl(link));
    return url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http") ? url.toString()
                                                                                           : QString();
}

// The comment's level, 0 at the top: depth since 2024, indent_level (from 1) before. A
// level past MaxDepth is MaxDepth: deeper replies hang side by side under the last
// comment at MaxDepth - 1, and the list of open comments stays bounded.
int levelOf(const QJsonObject &comment)
{
    const QJsonValue depth = comment.value(QLatin1StringView("depth"));
    const double level = depth.isDouble() ? depth.toDouble()
                                          : comment.value(QLatin1StringView("indent_level")).toDouble(1) - 1;
    return level >= 0 ? int(std::min(level, double(LobstersEngine::MaxDepth))) : 0;
}

void readBody(const QString &html, const QUrl &base, Post *post)
{
    post->body.append(SimpleBodyReader::readFragment(html, base));
    fillTextAndQuotes(post);
}

Post readStory(const QJsonObject &story, const QString &id, const QUrl &base)
{
    Post article;
    article.id = LobstersEngine::articleId(id);
    article.page = 1;
    const QJsonValue user = story.value(QLatin1StringView("submitter_user"));
    article.author = userName(user);
    article.avatarUrl = avatarOf(user, base);
    article.date = jsonIsoTime(story, QLatin1StringView("created_at"));
    article.body.append(
        SimpleBodyReader::readFragment(jsonString(story, QLatin1StringView("description"), MaxHtml), base));
    const QString link = jsonString(story, QLatin1StringView("url"), PostBodyReader::MaxUrl);
    const QUrl url(link);
    if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))) {
        Block linkBlock;
        linkBlock.text = link;
        linkBlock.spans.append(Span {0, int(link.size()), 0, link});
        article.body.prepend(linkBlock);
    }
    fillTextAndQuotes(&article);
    return article;
}

} // namespace

namespace {

// The story a /s/ID[/slug] address names, on whatever host it is.
bool storyRef(const QUrl &url, ThreadRef *ref)
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return false;
    static const QRegularExpression story(QStringLiteral("^/s/([A-Za-z0-9]{1,16})(?:/[^/]*)?/?$"));
    const QRegularExpressionMatch m = story.match(url.path());
    if (!m.hasMatch())
        return false;
    if (ref) {
        *ref = ThreadRef {};
        ref->canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        if (ref->canonical.host() == QLatin1String("www.lobste.rs"))
            ref->canonical.setHost(QStringLiteral("lobste.rs"));
        ref->canonical.setPath(QStringLiteral("/s/") + m.captured(1));
        // "#c_abc123": the comment the link pointed at.
        if (const QString fragment = url.fragment(); fragment.startsWith(QLatin1String("c_")))
            if (isShortId(fragment.mid(2)))
                ref->postId = fragment.mid(2);
    }
    return true;
}

} // namespace

bool LobstersEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    // By address only the sites known to run Lobsters: "/s/ID" is too common a path to
    // claim everywhere (another site's would fail as "not a Lobsters story" instead of
    // being read by its page). Other Lobsters sites are known by their pages.
    static const QStringList hosts {
        QStringLiteral("lobste.rs"), QStringLiteral("www.lobste.rs"), QStringLiteral("tilde.news")};
    return hosts.contains(url.host().toLower()) && storyRef(url, ref);
}

bool LobstersEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    // Lobsters' own head: the flag reasons it offers for stories and comments.
    const QByteArray head = html.left(16 * 1024);
    return head.contains("<meta name=\"comment-flags\"") && head.contains("<meta name=\"story-flags\"")
        && storyRef(url, ref);
}

QUrl LobstersEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    if (postId.startsWith(QLatin1String("s-")))
        return canonical;
    QUrl url = canonical;
    url.setPath(QStringLiteral("/c/") + postId);
    return url;
}

QList<EngineRequest> LobstersEngine::firstRequests(const ThreadRef &ref, const QUrl &) const
{
    QUrl url = ref.canonical;
    url.setPath(ref.canonical.path() + QStringLiteral(".json"));
    return {EngineRequest {url, EngineRequest::Format::Json, 1, "story"}};
}

EngineAnswer LobstersEngine::readAnswer(
    const EngineRequest &, const QByteArray &body, const AnswerContext &context) const
{
    EngineAnswer answer;
    const QString id = storyIdOf(context.thread);
    const std::optional<QJsonObject> story = jsonObject(body);
    // The answer proves the site runs Lobsters: this story, with a list of comments.
    if (!story || story->value(QLatin1StringView("short_id")).toString() != id
        || !story->value(QLatin1StringView("comments")).isArray()) {
        answer.error = QCoreApplication::translate("ForumEngine", "not the Lobsters story %1").arg(id);
        return answer;
    }
    ThreadFacts facts;
    facts.title = jsonString(*story, QLatin1StringView("title"), 1000).simplified();
    answer.facts = facts;
    answer.posts.append(readStory(*story, id, context.thread));

    // Comments come in thread order, each after its parent. ancestors: the comments
    // still open above the current one, one per level.
    struct Open
    {
        int level;
        QString id;
    };
    QList<Open> ancestors;
    QSet<QString> seen;
    const QJsonArray comments = story->value(QLatin1StringView("comments")).toArray();
    for (qsizetype i = 0; i < comments.size() && answer.posts.size() <= MaxComments; ++i) {
        const QJsonObject comment = comments[i].toObject();
        Post post;
        post.id = comment.value(QLatin1StringView("short_id")).toString();
        if (!isShortId(post.id) || seen.contains(post.id))
            continue;
        const int level = levelOf(comment);
        while (!ancestors.isEmpty() && ancestors.last().level >= level)
            ancestors.removeLast();
        const QString named = comment.value(QLatin1StringView("parent_comment")).toString();
        post.parentId = seen.contains(named) ? named
            : ancestors.isEmpty()            ? articleId(id)
                                             : ancestors.last().id;
        ancestors.append(Open {level, post.id});
        seen.insert(post.id);
        post.page = 1;
        post.position = int(answer.posts.size());
        const QJsonValue user = comment.value(QLatin1StringView("commenting_user"));
        post.author = userName(user);
        post.avatarUrl = avatarOf(user, context.thread);
        post.date = jsonIsoTime(comment, QLatin1StringView("created_at"));
        if (comment.value(QLatin1StringView("is_deleted")).toBool()
            || comment.value(QLatin1StringView("is_moderated")).toBool()) {
            // Kept, so that its replies keep their place; its words are gone.
            Block placeholder;
            placeholder.text = comment.value(QLatin1StringView("is_moderated")).toBool()
                ? QStringLiteral("[removed]")
                : QStringLiteral("[deleted]");
            post.body.append(placeholder);
            fillTextAndQuotes(&post);
        } else {
            readBody(jsonString(comment, QLatin1StringView("comment"), MaxHtml), context.thread, &post);
        }
        answer.posts.append(std::move(post));
    }
    return answer;
}

QString LobstersEngine::incompleteReason(const EngineRequest &, const QByteArray &body) const
{
    return jsonIncompleteReason(body);
}

} // namespace Threadkeeper
