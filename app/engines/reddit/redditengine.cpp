// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redditengine.h"

#include "engines/jsonanswer.h"
#include "engines/reddit/redditthing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

const QByteArray ListingKey = "listing";
const QByteArray MoreKey = "more"; // "more LINKCREATED"
const QByteArray ContinueKey = "continue"; // "continue PARENTDEPTH"

QString linkIdOf(const QUrl &canonical)
{
    return canonical.path().section(QLatin1Char('/'), 2, 2);
}

QUrl canonicalOf(const QString &linkId)
{
    return QUrl(QStringLiteral("https://www.reddit.com/comments/%1/").arg(linkId));
}

bool isRedditHost(const QString &host)
{
    static const QStringList prefixes {QString(), QStringLiteral("www."), QStringLiteral("old."),
        QStringLiteral("new."), QStringLiteral("np."), QStringLiteral("m."), QStringLiteral("i."),
        QStringLiteral("amp.")};
    for (const QString &prefix : prefixes) {
        if (host == prefix + QLatin1String("reddit.com"))
            return true;
    }
    return false;
}

QUrl commentPageUrl(const QString &linkId, const QString &focus)
{
    QUrl url(RedditEngine::apiBase() + QStringLiteral("/comments/") + linkId
        + (focus.isEmpty() ? QString() : QStringLiteral("/_/") + focus));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("raw_json"), QStringLiteral("1"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(RedditEngine::ListingLimit));
    q.addQueryItem(QStringLiteral("depth"), QString::number(RedditEngine::MaxDepth));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("old"));
    url.setQuery(q);
    return url;
}

QUrl moreChildrenUrl(const QString &linkId, const QStringList &ids)
{
    QUrl url(RedditEngine::apiBase() + QStringLiteral("/api/morechildren"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("api_type"), QStringLiteral("json"));
    q.addQueryItem(QStringLiteral("link_id"), QStringLiteral("t3_") + linkId);
    q.addQueryItem(QStringLiteral("children"), ids.join(QLatin1Char(',')));
    q.addQueryItem(QStringLiteral("sort"), QStringLiteral("old"));
    q.addQueryItem(QStringLiteral("raw_json"), QStringLiteral("1"));
    url.setQuery(q);
    return url;
}

// The requests an answer's stubs call for: their ids a hundred a request (those the cache
// has left out in a refresh), and each continued comment's page. unit: the first request's
// part, or 0 for all to stay in the part of the request that found them.
QList<EngineRequest> followUps(const QList<RedditStub> &stubs, const QString &linkId, qint64 linkCreated,
    const AnswerContext &context, int firstUnit, int inheritedUnit)
{
    QList<EngineRequest> requests;
    auto unit = [&] { return firstUnit > 0 ? firstUnit + int(requests.size()) : inheritedUnit; };
    QSet<QString> seen;
    QStringList batch;
    auto flush = [&] {
        if (!batch.isEmpty())
            requests.append(RedditEngine::moreRequest(linkId, batch, linkCreated, unit()));
        batch.clear();
    };
    for (const RedditStub &stub : stubs) {
        if (requests.size() >= RedditEngine::MaxRequestsPerAnswer)
            break;
        if (stub.continues) {
            if (seen.contains(stub.parentId))
                continue;
            seen.insert(stub.parentId);
            requests.append(EngineRequest {commentPageUrl(linkId, stub.parentId), EngineRequest::Format::Json,
                unit(), ContinueKey + ' ' + QByteArray::number(std::max(0, stub.depth - 1))});
            continue;
        }
        for (const QString &id : stub.children) {
            if (seen.contains(id) || (context.cached && context.cached->postIds.contains(id)))
                continue;
            seen.insert(id);
            batch.append(id);
            if (batch.size() == RedditEngine::MoreBatch)
                flush();
        }
    }
    flush();
    return requests;
}

// The link and comments of a comment page, depth first; the stubs met on the way.
struct PageReading
{
    QJsonObject link;
    QList<Post> posts;
    QList<RedditStub> stubs;
};

// Walks a comment page's tree without recursion (an answer may nest as deep as it
// likes). skip: the comment a continue page is about (already read), depth: its depth.
void walkComments(const QJsonArray &top, int topDepth, const QString &skip, const RedditClock &clock,
    const QUrl &base, PageReading *reading)
{
    struct Pending
    {
        QJsonObject thing;
        int depth;
    };
    QList<Pending> stack;
    for (qsizetype i = top.size() - 1; i >= 0; --i)
        stack.append(Pending {top[i].toObject(), topDepth});
    while (!stack.isEmpty() && reading->posts.size() < RedditEngine::MaxPostsPerAnswer) {
        const Pending current = stack.takeLast();
        const QString kind = jsonString(current.thing, QLatin1StringView("kind"), 10);
        const QJsonObject data = current.thing.value(QLatin1StringView("data")).toObject();
        if (kind == QLatin1String("more")) {
            RedditStub stub = redditStub(data);
            stub.depth = current.depth;
            if (!stub.children.isEmpty() || stub.continues)
                reading->stubs.append(stub);
            continue;
        }
        if (kind != QLatin1String("t1"))
            continue;
        const Post post = redditComment(data, clock, current.depth, base);
        if (post.id.isEmpty())
            continue;
        if (post.id != skip)
            reading->posts.append(post);
        const QJsonArray replies = data.value(QLatin1StringView("replies"))
                                       .toObject()
                                       .value(QLatin1StringView("data"))
                                       .toObject()
                                       .value(QLatin1StringView("children"))
                                       .toArray();
        for (qsizetype i = replies.size() - 1; i >= 0; --i)
            stack.append(Pending {replies[i].toObject(), current.depth + 1});
    }
}

QJsonArray childrenOf(const QJsonValue &listing)
{
    return listing.toObject()
        .value(QLatin1StringView("data"))
        .toObject()
        .value(QLatin1StringView("children"))
        .toArray();
}

QString notTheThread(const QString &linkId)
{
    return QCoreApplication::translate("ForumEngine", "not the Reddit thread %1").arg(linkId);
}

// An error object where a listing should be ({"reason": "private", "error": 403}).
QString refusalIn(const QByteArray &body)
{
    const std::optional<QJsonObject> o = jsonObject(body);
    if (!o)
        return {};
    return RedditEngine::refusal(o->value(QLatin1StringView("error")).toInt(), body);
}

EngineAnswer readCommentPage(
    const EngineRequest &request, const QByteArray &body, const AnswerContext &context)
{
    EngineAnswer answer;
    const QString linkId = linkIdOf(context.thread);
    const QJsonArray pair = QJsonDocument::fromJson(body).array();
    const QJsonArray links = pair.isEmpty() ? QJsonArray() : childrenOf(pair.first());
    const QJsonObject linkThing = links.isEmpty() ? QJsonObject() : links.first().toObject();
    PageReading reading;
    reading.link = linkThing.value(QLatin1StringView("data")).toObject();
    if (pair.size() != 2 || jsonString(linkThing, QLatin1StringView("kind"), 10) != QLatin1String("t3")
        || jsonString(reading.link, QLatin1StringView("id"), 20) != linkId) {
        const QString refused = refusalIn(body);
        answer.error = refused.isEmpty() ? notTheThread(linkId) : refused;
        return answer;
    }
    const RedditClock clock {redditCreated(reading.link)};
    const bool continued = request.key.startsWith(ContinueKey);
    const QString focus = continued ? request.url.path().section(QLatin1Char('/'), -1) : QString();
    const int topDepth = continued ? std::max(0, request.key.mid(ContinueKey.size() + 1).toInt()) : 0;
    walkComments(childrenOf(pair.at(1)), topDepth, focus, clock, context.thread, &reading);
    if (!continued) {
        answer.posts.append(redditArticle(reading.link, context.thread));
        ThreadFacts facts;
        facts.title = jsonString(reading.link, QLatin1StringView("title"), 1000).simplified();
        if (facts.title.isEmpty())
            facts.title = QStringLiteral("Reddit %1").arg(linkId);
        answer.next = followUps(reading.stubs, linkId, clock.linkCreated, context, 2, 0);
        // For progress: the requests the comments not on the page will take, a hundred
        // a request, at least those asked now.
        const qint64 hidden = std::clamp<qint64>(
            qint64(reading.link.value(QLatin1StringView("num_comments")).toDouble()) - reading.posts.size(),
            0, qint64(RedditEngine::MoreBatch) * RedditEngine::MaxRequestsPerAnswer);
        facts.unitCount = 1
            + std::max(int(answer.next.size()),
                int((hidden + RedditEngine::MoreBatch - 1) / RedditEngine::MoreBatch));
        answer.facts = facts;
    } else {
        answer.next = followUps(reading.stubs, linkId, clock.linkCreated, context, 0, request.unit);
    }
    for (Post &post : reading.posts)
        post.page = request.unit;
    answer.posts.append(reading.posts);
    redditQuoteSources(&answer.posts);
    return answer;
}

EngineAnswer readMoreChildren(
    const EngineRequest &request, const QByteArray &body, const AnswerContext &context)
{
    EngineAnswer answer;
    const QString linkId = linkIdOf(context.thread);
    const QJsonObject json
        = jsonObject(body).value_or(QJsonObject()).value(QLatin1StringView("json")).toObject();
    const QJsonArray errors = json.value(QLatin1StringView("errors")).toArray();
    const QJsonValue things
        = json.value(QLatin1StringView("data")).toObject().value(QLatin1StringView("things"));
    if (!errors.isEmpty() || !things.isArray()) {
        const QString refused = refusalIn(body);
        const QString said
            = errors.isEmpty() ? QString() : errors.first().toArray().at(1).toString().left(200);
        answer.error = !refused.isEmpty() ? refused
            : said.isEmpty()
            ? QCoreApplication::translate("ForumEngine", "not an answer of Reddit's morechildren")
            : QCoreApplication::translate("ForumEngine", "Reddit's morechildren: %1").arg(said);
        return answer;
    }
    const RedditClock clock {request.key.mid(MoreKey.size() + 1).toLongLong()};
    const QString linkFullname = QStringLiteral("t3_") + linkId;
    QHash<QString, int> depthOf; // of this answer's comments, for one that does not say its own
    QList<RedditStub> stubs;
    for (const QJsonValue &value : things.toArray()) {
        if (answer.posts.size() >= RedditEngine::MaxPostsPerAnswer)
            break;
        const QJsonObject thing = value.toObject();
        const QString kind = jsonString(thing, QLatin1StringView("kind"), 10);
        const QJsonObject data = thing.value(QLatin1StringView("data")).toObject();
        const QString parent = redditParent(jsonString(data, QLatin1StringView("parent_id"), 40));
        const QJsonValue depthValue = data.value(QLatin1StringView("depth"));
        const int depth = depthValue.isDouble()       ? std::max(0, depthValue.toInt())
            : parent.startsWith(QLatin1String("t3_")) ? 0
                                                      : depthOf.value(parent, -1) + 1;
        if (kind == QLatin1String("more")) {
            RedditStub stub = redditStub(data);
            stub.depth = depth;
            if (!stub.children.isEmpty() || stub.continues)
                stubs.append(stub);
            continue;
        }
        // Another thread's comment (an answer for a link not asked) is not this thread's.
        if (kind != QLatin1String("t1") || jsonString(data, QLatin1StringView("link_id"), 40) != linkFullname)
            continue;
        Post post = redditComment(data, clock, depth, context.thread);
        if (post.id.isEmpty())
            continue;
        depthOf.insert(post.id, depth);
        post.page = request.unit;
        answer.posts.append(std::move(post));
    }
    redditQuoteSources(&answer.posts);
    // Ids it had no room for come back in a stub, to be asked again; an answer that gave
    // none of those asked is not asked again for them (no request loops on a server that
    // defers them all).
    const QStringList asked = QUrlQuery(request.url)
                                  .queryItemValue(QStringLiteral("children"))
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QSet<QString> askedIds(asked.cbegin(), asked.cend());
    const bool progressed = std::any_of(
        answer.posts.cbegin(), answer.posts.cend(), [&](const Post &p) { return askedIds.contains(p.id); });
    if (!progressed) {
        for (RedditStub &stub : stubs)
            stub.children.removeIf([&](const QString &id) { return askedIds.contains(id); });
    }
    answer.next = followUps(stubs, linkId, clock.linkCreated, context, 0, request.unit);
    return answer;
}

} // namespace

AccountNeed RedditEngine::accountNeed(const ThreadRef &) const
{
    const QUrl api(apiBase());
    const int standard = api.scheme() == QLatin1String("http") ? 80 : 443;
    AccountNeed need;
    need.kind = AccountNeed::Kind::InstalledApp;
    need.required = true;
    need.site = QStringLiteral("reddit.com");
    need.apiHosts = {api.port(standard) == standard
            ? api.host().toLower()
            : api.host().toLower() + QLatin1Char(':') + QString::number(api.port())};
    need.registerUrl = QStringLiteral("https://www.reddit.com/prefs/apps");
    need.tokenUrl = QUrl(qEnvironmentVariable(
        "THREADKEEPER_REDDIT_TOKEN_URL", QStringLiteral("https://www.reddit.com/api/v1/access_token")));
    return need;
}

RateBudget RedditEngine::rateBudget() const
{
    const QString stated = qEnvironmentVariable("THREADKEEPER_REDDIT_BUDGET");
    const RateBudget budget {
        stated.section(QLatin1Char('/'), 0, 0).toInt(), stated.section(QLatin1Char('/'), 1, 1).toInt()};
    return budget.isValid() ? budget : RateBudget {RequestsPerMinute, 60};
}

QString RedditEngine::apiBase()
{
    QString base
        = qEnvironmentVariable("THREADKEEPER_REDDIT_API", QStringLiteral("https://oauth.reddit.com"));
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

EngineRequest RedditEngine::moreRequest(
    const QString &linkId, const QStringList &ids, qint64 linkCreated, int unit)
{
    return EngineRequest {moreChildrenUrl(linkId, ids), EngineRequest::Format::Json, unit,
        MoreKey + ' ' + QByteArray::number(linkCreated)};
}

bool RedditEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return false;
    const QString host = url.host().toLower();
    const QString path = url.path();
    QString linkId;
    QString commentId;
    static const QRegularExpression shortLink(QStringLiteral("^/([0-9a-zA-Z]{1,13})/?$"));
    static const QRegularExpression comments(QStringLiteral(
        "^(?:/(?:r|u|user)/[^/]+)?/comments/([0-9a-zA-Z]{1,13})(?:/[^/]*(?:/([0-9a-zA-Z]{1,13}))?)?/?$"));
    if (host == QLatin1String("redd.it") || host == QLatin1String("www.redd.it")) {
        const QRegularExpressionMatch m = shortLink.match(path);
        if (!m.hasMatch())
            return false;
        linkId = m.captured(1);
    } else if (isRedditHost(host) || host == QUrl(apiBase()).host().toLower()) {
        const QRegularExpressionMatch m = comments.match(path);
        if (!m.hasMatch())
            return false;
        linkId = m.captured(1);
        commentId = m.captured(2);
    } else {
        return false;
    }
    if (ref) {
        *ref = ThreadRef {};
        ref->canonical = canonicalOf(linkId.toLower());
        ref->postId = commentId.toLower();
    }
    return true;
}

bool RedditEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    if (parseUrl(url, ref))
        return true;
    const QString host = url.host().toLower();
    if (!isRedditHost(host) && host != QLatin1String("redd.it"))
        return false;
    static const QRegularExpression canonical(
        QStringLiteral("<link[^>]*rel=\"canonical\"[^>]*href=\"([^\"]{1,500})\""));
    const QRegularExpressionMatch m = canonical.match(QString::fromUtf8(html.left(256 * 1024)));
    return m.hasMatch() && parseUrl(QUrl(m.captured(1)), ref);
}

QUrl RedditEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    if (postId.isEmpty() || postId.startsWith(QLatin1String("t3_")))
        return canonical;
    return canonical.resolved(QUrl(QStringLiteral("_/%1/").arg(postId)));
}

QList<EngineRequest> RedditEngine::firstRequests(const ThreadRef &ref, const QUrl &) const
{
    return {EngineRequest {
        commentPageUrl(linkIdOf(ref.canonical), QString()), EngineRequest::Format::Json, 1, ListingKey}};
}

QString RedditEngine::incompleteReason(const EngineRequest &, const QByteArray &body) const
{
    return jsonIncompleteReason(body);
}

EngineAnswer RedditEngine::readAnswer(
    const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const
{
    if (request.key.startsWith(MoreKey))
        return readMoreChildren(request, body, context);
    return readCommentPage(request, body, context);
}

QString RedditEngine::refusal(int httpStatus, const QByteArray &body)
{
    const QJsonObject o = jsonObject(body).value_or(QJsonObject());
    const QString reason = jsonString(o, QLatin1StringView("reason"), 100);
    if (reason == QLatin1String("private"))
        return QCoreApplication::translate(
            "ForumEngine", "this subreddit is private: Reddit shows it only to its approved members");
    if (reason == QLatin1String("quarantined"))
        return QCoreApplication::translate("ForumEngine",
            "this subreddit is quarantined: Reddit shows it only to accounts that opted in on its site");
    if (reason == QLatin1String("banned"))
        return QCoreApplication::translate("ForumEngine", "this subreddit is banned on Reddit");
    if (reason == QLatin1String("gold_only") || reason == QLatin1String("premium_only"))
        return QCoreApplication::translate(
            "ForumEngine", "this subreddit is for Reddit Premium members only");
    if (!reason.isEmpty())
        return QCoreApplication::translate("ForumEngine", "Reddit refused the thread (%1)").arg(reason);
    if (httpStatus == 401 || httpStatus == 403)
        return QCoreApplication::translate("ForumEngine", "Reddit refused the request (HTTP %1)")
            .arg(httpStatus);
    return {};
}

} // namespace Threadkeeper
