// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blueskyengine.h"

#include "engines/bluesky/blueskypost.h"
#include "engines/jsonanswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

const QByteArray HandleKey = "handle"; // resolveHandle
const QByteArray ThreadKey = "thread"; // the addressed post's thread
const QByteArray RootKey = "root:"; // + the addressed post's URI: the root's thread
const QByteArray OrphanKey = "orphan"; // the addressed post's thread, its root gone
const QByteArray BranchKey = "branch:"; // + the cut post's position: its replies the depth cut left out

const QString PostCollection = QStringLiteral("app.bsky.feed.post");

// The handle or DID, and the record key, of a canonical address.
std::pair<QString, QString> partsOf(const QUrl &canonical)
{
    const QStringList path = canonical.path().split(u'/');
    return path.size() == 5 ? std::pair {path[2], path[4]} : std::pair {QString(), QString()};
}

QString atUri(const QString &did, const QString &rkey)
{
    return QStringLiteral("at://%1/%2/%3").arg(did, PostCollection, rkey);
}

QString uriOfRequest(const EngineRequest &request)
{
    return QUrlQuery(request.url).queryItemValue(QStringLiteral("uri"), QUrl::FullyDecoded);
}

EngineRequest ask(const QUrl &url, int unit, const QByteArray &key)
{
    return EngineRequest {url, EngineRequest::Format::Json, unit, key};
}

EngineAnswer failed(const QString &why)
{
    EngineAnswer answer;
    answer.error = why;
    return answer;
}

bool isPostNode(const QJsonObject &node)
{
    return jsonString(node, QLatin1StringView("$type"), 200)
        == QLatin1String("app.bsky.feed.defs#threadViewPost")
        && node.value(QLatin1StringView("post")).isObject();
}

QString uriOf(const QJsonObject &node)
{
    return isPostNode(node)
        ? jsonString(node.value(QLatin1StringView("post")).toObject(), QLatin1StringView("uri"), 2000)
        : jsonString(node, QLatin1StringView("uri"), 2000);
}

// Reads a tree of thread nodes depth first: every post once, with its parent.
class TreeReader
{
public:
    TreeReader(int firstPosition, int step, int unit)
        : m_position(firstPosition)
        , m_step(step)
        , m_unit(unit)
    { }

    // Every URI of the tree first, so that quotes can name posts further down.
    void collect(const QJsonObject &node, int depth = 0)
    {
        if (depth > BlueskyEngine::Depth + 1 || m_uris.size() >= BlueskyEngine::MaxPosts)
            return;
        m_uris.insert(uriOf(node));
        const QJsonArray replies = node.value(QLatin1StringView("replies")).toArray();
        for (const QJsonValue &reply : replies)
            collect(reply.toObject(), depth + 1);
    }
    void addUris(const QSet<QString> &uris) { m_uris.unite(uris); }

    // The node (unless skipSelf) and its replies under parentId.
    void read(const QJsonObject &node, const QString &parentId, bool skipSelf = false, int depth = 0)
    {
        if (depth > BlueskyEngine::Depth + 1 || m_seen.size() >= BlueskyEngine::MaxPosts)
            return;
        const QString uri = uriOf(node);
        if (uri.isEmpty() || uri == parentId || (m_seen.contains(uri) && !skipSelf))
            return;
        m_seen.insert(uri);
        if (!skipSelf) {
            Post post = isPostNode(node)
                ? BlueskyPost::read(node.value(QLatin1StringView("post")).toObject(), m_uris)
                : BlueskyPost::placeholder(node);
            post.parentId = parentId;
            post.page = m_unit;
            post.position = m_position;
            m_position += m_step;
            posts.append(std::move(post));
        }
        if (!isPostNode(node))
            return;
        const QJsonValue replies = node.value(QLatin1StringView("replies"));
        const int replyCount
            = node.value(QLatin1StringView("post")).toObject().value(QLatin1StringView("replyCount")).toInt();
        // Left out by the depth cut (no "replies" at all), though there are some: ask for them.
        if (!replies.isArray() && replyCount > 0 && depth > 0 && !posts.isEmpty()
            && branches.size() < BlueskyEngine::MaxBranches)
            branches.append({uri, posts.last().position});
        for (const QJsonValue &reply : replies.toArray())
            read(reply.toObject(), uri, false, depth + 1);
    }

    QList<Post> posts;
    QList<std::pair<QString, int>> branches; // a cut post, and its position

    // Requests for the cut branches: each branch's posts are numbered after its post.
    QList<EngineRequest> branchRequests() const
    {
        QList<EngineRequest> requests;
        for (const auto &[uri, position] : branches)
            requests.append(
                ask(BlueskyEngine::threadRequestUrl(uri, 0), 2, BranchKey + QByteArray::number(position)));
        return requests;
    }

private:
    int m_position;
    int m_step;
    int m_unit;
    QSet<QString> m_uris;
    QSet<QString> m_seen;
};

ThreadFacts factsOf(const QJsonObject &root, const QString &rootUri)
{
    ThreadFacts facts;
    const QJsonObject post = root.value(QLatin1StringView("post")).toObject();
    facts.title
        = jsonString(post.value(QLatin1StringView("record")).toObject(), QLatin1StringView("text"), 2000)
              .simplified();
    if (facts.title.size() > 100)
        facts.title = facts.title.left(99) + QChar(0x2026);
    if (facts.title.isEmpty())
        facts.title = jsonString(
            post.value(QLatin1StringView("author")).toObject(), QLatin1StringView("handle"), 300);
    facts.canonical = QUrl(BlueskyPost::webUrl(rootUri));
    facts.unitCount = 1;
    return facts;
}

// The whole thread from its root node.
EngineAnswer readWhole(const QJsonObject &root)
{
    EngineAnswer answer;
    TreeReader reader(0, BlueskyEngine::Stride, 1);
    reader.collect(root);
    reader.read(root, QString());
    answer.posts = reader.posts;
    ThreadFacts facts = factsOf(root, uriOf(root));
    answer.next = reader.branchRequests();
    facts.unitCount = answer.next.isEmpty() ? 1 : 2;
    answer.facts = facts;
    return answer;
}

// The addressed post's thread when its root is gone: its topmost parent is the article,
// then the chain down to the post, then the post's replies.
EngineAnswer readOrphan(const QJsonObject &node)
{
    QList<QJsonObject> chain {node};
    for (QJsonObject up = node.value(QLatin1StringView("parent")).toObject();
         !up.isEmpty() && chain.size() <= BlueskyEngine::Depth;
         up = up.value(QLatin1StringView("parent")).toObject())
        chain.prepend(up);
    EngineAnswer answer;
    TreeReader reader(0, BlueskyEngine::Stride, 1);
    for (const QJsonObject &c : std::as_const(chain))
        reader.collect(c);
    QString parent;
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
        QJsonObject alone = chain[i];
        alone.remove(QStringLiteral("replies")); // only the path down is known
        alone.insert(QStringLiteral("replies"), QJsonArray());
        reader.read(alone, parent);
        if (!reader.posts.isEmpty())
            parent = reader.posts.last().id;
    }
    reader.read(node, parent);
    answer.posts = reader.posts;
    ThreadFacts facts = factsOf(chain.first(), uriOf(chain.first()));
    if (!isPostNode(chain.first()))
        facts.title = QCoreApplication::translate("ForumEngine", "[post not found]");
    facts.targetPostId = uriOf(node);
    answer.next = reader.branchRequests();
    facts.unitCount = answer.next.isEmpty() ? 1 : 2;
    answer.facts = facts;
    return answer;
}

// A cut branch: the replies of its post, under it.
EngineAnswer readBranch(const QJsonObject &node, int position)
{
    EngineAnswer answer;
    TreeReader reader(position + 1, 1, 2);
    reader.collect(node);
    reader.read(node, QString(), true);
    for (Post &p : reader.posts) {
        if (p.parentId.isEmpty())
            p.parentId = uriOf(node);
    }
    answer.posts = reader.posts;
    answer.next = reader.branchRequests();
    return answer;
}

EngineAnswer readThread(const EngineRequest &request, const QByteArray &body)
{
    const QString asked = uriOfRequest(request);
    const QJsonObject thread
        = jsonObject(body).value_or(QJsonObject()).value(QLatin1StringView("thread")).toObject();
    if (thread.isEmpty() || uriOf(thread) != asked)
        return failed(QCoreApplication::translate("ForumEngine", "not the Bluesky thread of %1").arg(asked));
    if (!isPostNode(thread)) {
        return failed(thread.value(QLatin1StringView("blocked")).toBool()
                ? QCoreApplication::translate("ForumEngine", "the Bluesky post %1 is blocked").arg(asked)
                : QCoreApplication::translate("ForumEngine", "the Bluesky post %1 was not found").arg(asked));
    }
    if (request.key.startsWith(BranchKey))
        return readBranch(thread,
            std::clamp(request.key.mid(BranchKey.size()).toInt(), 0,
                BlueskyEngine::MaxPosts * BlueskyEngine::Stride));
    if (request.key == OrphanKey)
        return readOrphan(thread);
    if (request.key == ThreadKey) {
        const QString root = jsonString(thread.value(QLatin1StringView("post"))
                                            .toObject()
                                            .value(QLatin1StringView("record"))
                                            .toObject()
                                            .value(QLatin1StringView("reply"))
                                            .toObject()
                                            .value(QLatin1StringView("root"))
                                            .toObject(),
            QLatin1StringView("uri"), 2000);
        if (!root.isEmpty() && root != asked && !BlueskyPost::webUrl(root).isEmpty()) {
            EngineAnswer answer;
            ThreadFacts facts;
            facts.canonical = QUrl(BlueskyPost::webUrl(root));
            facts.targetPostId = asked;
            answer.facts = facts;
            answer.next.append(ask(BlueskyEngine::threadRequestUrl(root), 1, RootKey + asked.toUtf8()));
            return answer;
        }
    }
    return readWhole(thread);
}

} // namespace

QUrl BlueskyEngine::apiBase()
{
    QString base
        = qEnvironmentVariable("THREADKEEPER_BSKY_API", QStringLiteral("https://public.api.bsky.app/xrpc/"));
    if (!base.endsWith(u'/'))
        base += u'/';
    return QUrl(base);
}

QUrl BlueskyEngine::threadRequestUrl(const QString &atUri, int parentHeight)
{
    QUrl url = apiBase().resolved(QUrl(QStringLiteral("app.bsky.feed.getPostThread")));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("uri"), QString::fromLatin1(QUrl::toPercentEncoding(atUri)));
    q.addQueryItem(QStringLiteral("depth"), QString::number(Depth));
    q.addQueryItem(QStringLiteral("parentHeight"), QString::number(parentHeight));
    url.setQuery(q);
    return url;
}

QUrl BlueskyEngine::resolveHandleUrl(const QString &handle)
{
    QUrl url = apiBase().resolved(QUrl(QStringLiteral("com.atproto.identity.resolveHandle")));
    url.setQuery(QUrlQuery {{QStringLiteral("handle"), handle}});
    return url;
}

QUrl BlueskyEngine::webAddress(const QString &typed)
{
    static const QRegularExpression at(
        QStringLiteral("^at://([A-Za-z0-9.-]{1,253}|did:[a-z]+:[A-Za-z0-9._:%-]{1,2000})/"
                       "app\\.bsky\\.feed\\.post/([A-Za-z0-9._:~-]{1,512})$"));
    const QRegularExpressionMatch m = at.match(typed.trimmed());
    return m.hasMatch()
        ? QUrl(QStringLiteral("https://bsky.app/profile/%1/post/%2").arg(m.captured(1), m.captured(2)))
        : QUrl();
}

bool BlueskyEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    static const QRegularExpression web(
        QStringLiteral("^/profile/([A-Za-z0-9.-]{1,253}|did:[a-z]+:[A-Za-z0-9._:%-]{1,2000})/post/"
                       "([A-Za-z0-9._:~-]{1,512})/?$"));
    static const QRegularExpression at(
        QStringLiteral("^at://([A-Za-z0-9.-]{1,253}|did:[a-z]+:[A-Za-z0-9._:%-]{1,2000})/"
                       "app\\.bsky\\.feed\\.post/([A-Za-z0-9._:~-]{1,512})$"));
    QRegularExpressionMatch m;
    if (url.scheme() == QLatin1String("at")) {
        // at://did:plc:…/… is no valid URL to QUrl (the DID reads as host and port): read the text.
        m = at.match(url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment));
    } else if ((url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && url.host().compare(QLatin1String("bsky.app"), Qt::CaseInsensitive) == 0 && url.port() == -1) {
        m = web.match(url.path());
    }
    if (!m.hasMatch())
        return false;
    const QString actor
        = m.captured(1).startsWith(QLatin1String("did:")) ? m.captured(1) : m.captured(1).toLower();
    if (actor.isEmpty() || (!actor.startsWith(QLatin1String("did:")) && !actor.contains(u'.')))
        return false; // a handle is a domain name
    if (ref) {
        *ref = ThreadRef {};
        ref->canonical
            = QUrl(QStringLiteral("https://bsky.app/profile/%1/post/%2").arg(actor, m.captured(2)));
        if (actor.startsWith(QLatin1String("did:")))
            ref->postId = atUri(actor, m.captured(2));
    }
    return true;
}

QUrl BlueskyEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    const QString web = BlueskyPost::webUrl(postId);
    return web.isEmpty() ? canonical : QUrl(web);
}

QList<EngineRequest> BlueskyEngine::firstRequests(const ThreadRef &ref, const QUrl &) const
{
    const auto [actor, rkey] = partsOf(ref.canonical);
    if (actor.startsWith(QLatin1String("did:")))
        return {ask(threadRequestUrl(atUri(actor, rkey), 0), 1, ThreadKey)};
    return {ask(resolveHandleUrl(actor), 1, HandleKey)};
}

EngineAnswer BlueskyEngine::readAnswer(
    const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const
{
    if (request.key == HandleKey) {
        const QString did
            = jsonString(jsonObject(body).value_or(QJsonObject()), QLatin1StringView("did"), 2000);
        static const QRegularExpression valid(QStringLiteral("^did:[a-z]+:[A-Za-z0-9._:%-]{1,2000}$"));
        if (!valid.match(did).hasMatch())
            return failed(QCoreApplication::translate("ForumEngine", "Bluesky does not know the handle %1")
                              .arg(QUrlQuery(request.url).queryItemValue(QStringLiteral("handle"))));
        EngineAnswer answer;
        answer.next.append(
            ask(threadRequestUrl(atUri(did, partsOf(context.thread).second), 0), 1, ThreadKey));
        return answer;
    }
    return readThread(request, body); // the root's answer (RootKey) is read whole
}

QString BlueskyEngine::incompleteReason(const EngineRequest &, const QByteArray &body) const
{
    return jsonIncompleteReason(body);
}

QList<EngineRequest> BlueskyEngine::fallbackRequests(const EngineRequest &failed) const
{
    // The root is gone (deleted, or hidden from us): the reply's own answer, with its parents.
    if (failed.key.startsWith(RootKey))
        return {ask(threadRequestUrl(QString::fromUtf8(failed.key.mid(RootKey.size()))), 1, OrphanKey)};
    return {};
}

} // namespace Threadkeeper
