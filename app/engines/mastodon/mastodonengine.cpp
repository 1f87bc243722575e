// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mastodonengine.h"

#include "engines/jsonanswer.h"
#include "engines/mastodon/mastodonstatus.h"
#include "engines/postbody.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Threadkeeper {

namespace {

// The addressed status's context: it finds the root. The root's status and context: the thread.
const QByteArray ContextKey = "context";
const QByteArray RootStatusKey = "root-status";
const QByteArray RootContextKey = "root-context";

QString statusIdOf(const QUrl &url)
{
    static const QRegularExpression path(
        QStringLiteral("/(?:statuses|api/v1/statuses)/([0-9]{1,20})(?:/context)?$"));
    return path.match(url.path()).captured(1);
}

QUrl hostOf(const QUrl &canonical, const QString &path)
{
    QUrl url = canonical.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(path);
    return url;
}

EngineRequest ask(const QUrl &url, int unit, const QByteArray &key)
{
    return EngineRequest {url, EngineRequest::Format::Json, unit, key};
}

EngineAnswer notAnAnswer(const QString &why)
{
    EngineAnswer answer;
    answer.error = why;
    return answer;
}

EngineAnswer readRoot(const QString &rootId, const QByteArray &body, const AnswerContext &context)
{
    const QJsonObject status = jsonObject(body).value_or(QJsonObject());
    if (rootId.isEmpty() || MastodonStatus::idOf(status.value(QLatin1StringView("id"))) != rootId)
        return notAnAnswer(
            QCoreApplication::translate("ForumEngine", "not the Mastodon status %1").arg(rootId));
    EngineAnswer answer;
    Post root = MastodonStatus::read(status, context.thread, {});
    root.page = 1;
    root.position = 0;
    answer.posts.append(root);
    ThreadFacts facts;
    facts.title = MastodonStatus::titleOf(status, context.thread);
    if (facts.title.isEmpty())
        facts.title = root.author;
    facts.canonical = MastodonEngine::threadUrl(context.thread, rootId);
    facts.unitCount = 2;
    answer.facts = facts;
    return answer;
}

// What the context's descendants show of the tree: for each the post it answers, and
// how many replies the server promised but did not give.
struct Shape
{
    QHash<QString, int> given; // replies given, by parent
    QHash<QString, int> depth; // 1 for the root's replies
    int promised = 0; // replies the given statuses say they have, at least
    bool cutDeep = false; // a status at the depth limit whose replies are missing
};

EngineAnswer readDescendants(
    const QString &rootId, const QJsonArray &descendants, const AnswerContext &context)
{
    EngineAnswer answer;
    // Every status first: quotes look their statuses up, parents must come before replies.
    QList<QJsonObject> statuses;
    QHash<QString, QJsonObject> byId;
    QHash<QString, qsizetype> indexOf;
    byId.insert(rootId, QJsonObject());
    for (qsizetype i = 0; i < descendants.size() && statuses.size() < MastodonEngine::MaxDescendants; ++i) {
        const QJsonObject status = descendants[i].toObject();
        const QString id = MastodonStatus::idOf(status.value(QLatin1StringView("id")));
        if (id.isEmpty() || byId.contains(id))
            continue;
        byId.insert(id, status);
        indexOf.insert(id, statuses.size());
        statuses.append(status);
    }
    Shape shape;
    QSet<QString> unseen;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const QJsonObject &status = statuses[i];
        Post post = MastodonStatus::read(status, context.thread, byId);
        post.page = 2;
        post.position = int(2 * (i + 1));
        const QString parent = MastodonStatus::idOf(status.value(QLatin1StringView("in_reply_to_id")));
        const auto at = indexOf.constFind(parent);
        if (parent == rootId || parent.isEmpty() || (at != indexOf.cend() && *at >= i)) {
            // Out of order (or a loop): under the root, so that every post keeps a place.
            post.parentId = rootId;
        } else if (at != indexOf.cend()) {
            post.parentId = parent;
        } else {
            // A parent the server does not show (private, or deleted since): its place kept.
            post.parentId = parent;
            if (!unseen.contains(parent)) {
                unseen.insert(parent);
                Post placeholder;
                placeholder.id = parent;
                placeholder.parentId = rootId;
                placeholder.page = 2;
                placeholder.position = post.position - 1;
                Block text;
                text.text = QCoreApplication::translate("ForumEngine", "[not shown by this server]");
                placeholder.body.append(text);
                fillTextAndQuotes(&placeholder);
                answer.posts.append(placeholder);
            }
        }
        const int depth = shape.depth.value(post.parentId, unseen.contains(post.parentId) ? 1 : 0) + 1;
        shape.depth.insert(post.id, depth);
        shape.given[post.parentId] += 1;
        answer.posts.append(std::move(post));
    }
    // Each reply counted once by its parent; the root's own count is not in the context.
    shape.promised = shape.given.value(rootId);
    for (const QString &id : std::as_const(unseen))
        shape.promised += shape.given.value(id);
    for (const QJsonObject &status : std::as_const(statuses)) {
        const QString id = MastodonStatus::idOf(status.value(QLatin1StringView("id")));
        const int count = std::clamp(status.value(QLatin1StringView("replies_count")).toInt(), 0, 1000000);
        const int given = shape.given.value(id);
        shape.promised += std::max(count, given);
        if (count > given && shape.depth.value(id) >= MastodonEngine::AnonymousDepth)
            shape.cutDeep = true;
    }
    const int shown = int(statuses.size());
    if (shape.promised > shown && (shown >= MastodonEngine::NearLimit || shape.cutDeep)) {
        Post note;
        note.id = MastodonEngine::NoteIdPrefix + rootId;
        note.parentId = rootId;
        note.page = 2;
        note.position = int(2 * (statuses.size() + 1));
        Block text;
        text.text = QCoreApplication::translate(
            "ForumEngine", "This server shows %1 of at least %2 replies; sign in to see all")
                        .arg(shown)
                        .arg(shape.promised);
        note.body.append(text);
        fillTextAndQuotes(&note);
        answer.posts.append(note);
    }
    return answer;
}

EngineAnswer readContext(const EngineRequest &request, const QByteArray &body, const AnswerContext &context)
{
    const QString id = statusIdOf(request.url);
    const std::optional<QJsonObject> object = jsonObject(body);
    if (id.isEmpty() || !object || !object->value(QLatin1StringView("descendants")).isArray()
        || !object->value(QLatin1StringView("ancestors")).isArray())
        return notAnAnswer(
            QCoreApplication::translate("ForumEngine", "not the context of Mastodon status %1").arg(id));
    const QJsonArray ancestors = object->value(QLatin1StringView("ancestors")).toArray();
    if (request.key == ContextKey && !ancestors.isEmpty()) {
        // A reply: the thread is its root's, asked as such (its replies come with it).
        const QString root
            = MastodonStatus::idOf(ancestors.first().toObject().value(QLatin1StringView("id")));
        if (root.isEmpty() || root == id)
            return notAnAnswer(
                QCoreApplication::translate("ForumEngine", "not the context of Mastodon status %1").arg(id));
        EngineAnswer answer;
        answer.next = {ask(MastodonEngine::statusUrl(context.thread, root), 1, RootStatusKey),
            ask(MastodonEngine::contextUrl(context.thread, root), 2, RootContextKey)};
        // The thread's own address is the root's: the loader keeps it under that one.
        ThreadFacts facts;
        facts.canonical = MastodonEngine::threadUrl(context.thread, root);
        facts.unitCount = 2;
        answer.facts = facts;
        return answer;
    }
    // The root (the topmost status this server shows, when even the root's context has
    // ancestors: a limit or a parent hidden from us).
    EngineAnswer answer
        = readDescendants(id, object->value(QLatin1StringView("descendants")).toArray(), context);
    if (request.key == ContextKey) {
        answer.next.append(ask(MastodonEngine::statusUrl(context.thread, id), 1, RootStatusKey));
        ThreadFacts facts; // the title comes with the root's status
        facts.canonical = MastodonEngine::threadUrl(context.thread, id);
        facts.unitCount = 2;
        answer.facts = facts;
    }
    return answer;
}

} // namespace

AccountNeed MastodonEngine::accountNeed(const ThreadRef &ref) const
{
    const QUrl &server = ref.canonical;
    const int standard = server.scheme() == QLatin1String("http") ? 80 : 443;
    const QString host = server.port(standard) == standard
        ? server.host().toLower()
        : server.host().toLower() + QLatin1Char(':') + QString::number(server.port());
    AccountNeed need;
    need.kind = AccountNeed::Kind::Token;
    need.site = server.host().toLower();
    need.apiHosts = {host};
    need.registerUrl = server.resolved(QUrl(QStringLiteral("/settings/applications"))).toString();
    return need;
}

QUrl MastodonEngine::statusUrl(const QUrl &canonical, const QString &id)
{
    return hostOf(canonical, QStringLiteral("/api/v1/statuses/") + id);
}

QUrl MastodonEngine::contextUrl(const QUrl &canonical, const QString &id)
{
    return hostOf(canonical, QStringLiteral("/api/v1/statuses/%1/context").arg(id));
}

QUrl MastodonEngine::threadUrl(const QUrl &canonical, const QString &id)
{
    return hostOf(canonical, QStringLiteral("/web/statuses/") + id);
}

bool MastodonEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return false;
    // Mastodon's own shapes only, the id all digits: on any host, nothing looser.
    static const QRegularExpression shapes(
        QStringLiteral("^/(?:(?:web/)?@[A-Za-z0-9_.-]{1,64}(?:@[A-Za-z0-9.-]{1,253})?|web/statuses|users/"
                       "[A-Za-z0-9_.-]{1,64}/statuses)"
                       "/([0-9]{1,20})/?$"));
    const QRegularExpressionMatch m = shapes.match(url.path());
    if (!m.hasMatch())
        return false;
    if (ref) {
        *ref = ThreadRef {};
        const QUrl clean = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        ref->canonical = threadUrl(clean, m.captured(1));
        ref->postId = m.captured(1);
    }
    return true;
}

QUrl MastodonEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    if (postId.startsWith(NoteIdPrefix))
        return canonical;
    return threadUrl(canonical, postId);
}

QList<EngineRequest> MastodonEngine::firstRequests(const ThreadRef &ref, const QUrl &) const
{
    // The context first: its ancestors say whether this is the root.
    return {ask(contextUrl(ref.canonical, statusIdOf(ref.canonical)), 2, ContextKey)};
}

QList<EngineRequest> MastodonEngine::refreshRequests(const ThreadRef &ref, const CachedParts &cached) const
{
    // The thread is kept under its root: the root's context and status again, each with
    // its ETag. A thread cached under a reply's address (before threads were kept under
    // their root) was loaded from its root too: that root's, not the reply's, whose answer
    // says nothing of the other branches.
    const QString asked = statusIdOf(ref.canonical);
    if (cached.validators.contains(contextUrl(ref.canonical, asked).toString()))
        return {ask(contextUrl(ref.canonical, asked), 2, RootContextKey),
            ask(statusUrl(ref.canonical, asked), 1, RootStatusKey)};
    for (auto it = cached.validators.cbegin(); it != cached.validators.cend(); ++it) {
        const QUrl url(it.key());
        const QString id = statusIdOf(url);
        if (url.host() == ref.canonical.host() && url.path().endsWith(QLatin1String("/context"))
            && !id.isEmpty() && id != asked)
            return {ask(contextUrl(ref.canonical, id), 2, RootContextKey),
                ask(statusUrl(ref.canonical, id), 1, RootStatusKey)};
    }
    return firstRequests(ref, ref.canonical);
}

EngineAnswer MastodonEngine::readAnswer(
    const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const
{
    if (request.key == RootStatusKey)
        return readRoot(statusIdOf(request.url), body, context);
    return readContext(request, body, context);
}

QString MastodonEngine::incompleteReason(const EngineRequest &, const QByteArray &body) const
{
    return jsonIncompleteReason(body);
}

} // namespace Threadkeeper
