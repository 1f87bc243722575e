// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discourseengine.h"

#include "discoursebody.h"
#include "discoursenumbers.h"
#include "html/htmldocument.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Threadkeeper {

namespace {

constexpr qsizetype MaxBody = 64 * 1024 * 1024;
constexpr QByteArrayView FirstKey = "first";
constexpr QByteArrayView PostsKey = "posts:";

bool isDigits(const QString &s)
{
    return !s.isEmpty() && s.size() <= 18 && std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
}

// A topic's address split up: what comes before /t/ (a forum in a subfolder), the
// slug, the topic id and the post number a permalink names.
struct TopicPath
{
    QString prefix;
    QString slug;
    qint64 id = 0;
    int number = 0;
};

std::optional<TopicPath> topicPath(const QString &path)
{
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype t = segments.indexOf(QStringLiteral("t"));
    if (t < 0)
        return std::nullopt;
    QStringList rest = segments.mid(t + 1);
    if (rest.isEmpty() || rest.size() > 3)
        return std::nullopt;
    if (rest.last().endsWith(QLatin1String(".json")))
        rest.last().chop(5);
    TopicPath out;
    out.prefix = segments.mid(0, t).join(QLatin1Char('/'));
    if (!out.prefix.isEmpty())
        out.prefix.prepend(QLatin1Char('/'));
    // /t/{id}, /t/{id}/{n}, /t/{slug}/{id}, /t/{slug}/{id}/{n}. A slug with a dot is
    // XenForo's "slug.123", never Discourse's.
    qsizetype idAt = 0;
    if (!isDigits(rest[0])) {
        if (rest[0].contains(QLatin1Char('.')) || rest.size() < 2)
            return std::nullopt;
        out.slug = rest[0];
        idAt = 1;
    }
    if (!isDigits(rest.value(idAt)) || rest.size() > idAt + 2)
        return std::nullopt;
    out.id = rest[idAt].toLongLong();
    if (rest.size() == idAt + 2) {
        if (!isDigits(rest[idAt + 1]))
            return std::nullopt;
        out.number = int(std::min<qint64>(rest[idAt + 1].toLongLong(), std::numeric_limits<int>::max()));
    }
    if (out.id <= 0)
        return std::nullopt;
    return out;
}

// The forum's root (scheme, host, port and any subfolder), from a topic's canonical address.
QUrl forumRoot(const QUrl &canonical)
{
    QUrl root = canonical.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    const std::optional<TopicPath> path = topicPath(canonical.path());
    root.setPath(path ? path->prefix : QString());
    return root;
}

QUrl atPath(const QUrl &root, const QString &path)
{
    QUrl url = root;
    url.setPath(root.path() + path);
    return url;
}

qint64 topicIdOf(const QUrl &canonical)
{
    const std::optional<TopicPath> path = topicPath(canonical.path());
    return path ? path->id : 0;
}

// Canonical addresses are https, except for a forum on this machine (the tests' loopback
// servers speak plain http).
QString canonicalScheme(const QUrl &url)
{
    const QHostAddress address(url.host());
    const bool loopback = url.host() == QLatin1String("localhost") || address.isLoopback();
    return loopback ? url.scheme() : QStringLiteral("https");
}

// A topic's key in the cache: /t/{id}, whatever slug, post number, page or .json the
// address had. The slug is left out because /t/{id} is the only form every link to the
// topic can be reduced to without asking the forum, and because Discourse changes a
// topic's slug when its title is edited (the forum redirects /t/{id} to the slugged page).
QUrl canonicalUrl(const QUrl &from, const QString &prefix, qint64 id)
{
    QUrl url;
    url.setScheme(canonicalScheme(from));
    url.setHost(from.host());
    url.setPort(from.port());
    url.setPath(prefix + QStringLiteral("/t/") + QString::number(id));
    return url;
}

qint64 integer(const QJsonValue &v)
{
    // Ids arrive as numbers; a string of digits is taken too, anything else is none.
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d >= 1 && d < 9.0e15 ? qint64(d) : 0;
    }
    if (v.isString() && isDigits(v.toString()))
        return v.toString().toLongLong();
    return 0;
}

int smallInteger(const QJsonValue &v)
{
    return int(std::min<qint64>(integer(v), std::numeric_limits<int>::max()));
}

QString bounded(const QJsonValue &v, qsizetype limit)
{
    return v.toString().left(limit).trimmed();
}

// deep: set when the answer is whole but nested past what is read (not cut short).
std::optional<QJsonObject> rootObject(const QByteArray &body, QString *error, bool *deep = nullptr)
{
    if (body.size() > MaxBody) {
        *error = QCoreApplication::translate("ForumEngine", "the answer is too large (%1 bytes)")
                     .arg(body.size());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error == QJsonParseError::DeepNesting) {
        *error = QCoreApplication::translate(
            "ForumEngine", "the answer is nested too deeply to read (at byte %1 of %2)")
                     .arg(parse.offset)
                     .arg(body.size());
        if (deep)
            *deep = true;
        return std::nullopt;
    }
    if (parse.error != QJsonParseError::NoError) {
        *error
            = QCoreApplication::translate("ForumEngine", "the answer is not whole JSON (%1 at byte %2 of %3)")
                  .arg(parse.errorString())
                  .arg(parse.offset)
                  .arg(body.size());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("ForumEngine", "the answer is not a JSON object");
        return std::nullopt;
    }
    return doc.object();
}

bool isFirst(const EngineRequest &request)
{
    return request.key.startsWith(FirstKey);
}

// What Discourse says of one post, before its body is read.
struct RawPost
{
    qint64 id = 0;
    int number = 0;
    QJsonObject json;
};

QList<RawPost> rawPosts(const QJsonArray &posts)
{
    QList<RawPost> out;
    QSet<qint64> seen;
    for (const QJsonValue &v : posts) {
        if (out.size() >= DiscourseEngine::MaxPostsPerAnswer)
            break;
        const QJsonObject o = v.toObject();
        RawPost raw {
            integer(o.value(QLatin1String("id"))), smallInteger(o.value(QLatin1String("post_number"))), o};
        // Small actions ("closed the topic", "split this topic") are the forum's notes,
        // not anyone's words.
        if (raw.id <= 0 || raw.number <= 0 || smallInteger(o.value(QLatin1String("post_type"))) == 3
            || seen.contains(raw.id))
            continue;
        seen.insert(raw.id);
        out.append(raw);
    }
    std::sort(out.begin(), out.end(), [](const RawPost &a, const RawPost &b) { return a.number < b.number; });
    return out;
}

QString avatarUrl(const QString &avatarTemplate, const QUrl &root)
{
    if (avatarTemplate.isEmpty() || avatarTemplate.size() > PostBodyReader::MaxUrl)
        return {};
    QString path = avatarTemplate;
    path.replace(QLatin1String("{size}"), QLatin1String("96"));
    const QUrl url = root.resolved(QUrl(path));
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    return web && url.isValid() ? url.toString() : QString();
}

Post readPost(
    const RawPost &raw, int unit, const QHash<int, QString> &idOfNumber, qint64 topicId, const QUrl &root)
{
    const QJsonObject &o = raw.json;
    Post post;
    post.id = QString::number(raw.id);
    post.number = raw.number;
    post.position = raw.number;
    post.page = unit;
    post.author = bounded(o.value(QLatin1String("username")), DiscourseEngine::MaxName);
    if (post.author.isEmpty())
        post.author = bounded(o.value(QLatin1String("name")), DiscourseEngine::MaxName);
    post.date
        = QDateTime::fromString(o.value(QLatin1String("created_at")).toString().left(64), Qt::ISODateWithMs);
    if (post.date.isValid())
        post.date = post.date.toUTC();
    post.avatarUrl = avatarUrl(o.value(QLatin1String("avatar_template")).toString(), root);
    const int replyTo = smallInteger(o.value(QLatin1String("reply_to_post_number")));
    if (replyTo > 0 && replyTo < raw.number)
        post.parentId = idOfNumber.value(replyTo, QLatin1Char('#') + QString::number(replyTo));

    const QByteArray cooked
        = o.value(QLatin1String("cooked")).toString().toUtf8().left(DiscourseEngine::MaxCooked);
    DiscourseBodyReader reader(DiscourseQuoteContext {topicId, &idOfNumber});
    reader.setBaseUrl(root);
    post.body = reader.readCooked(cooked);
    if (post.body.isEmpty()) {
        // What a guest is told of a post the forum keeps from them.
        const bool deleted = !o.value(QLatin1String("deleted_at")).toString().isEmpty();
        const bool hidden = o.value(QLatin1String("hidden")).toBool();
        if (deleted || hidden) {
            Block note;
            note.text = deleted ? QStringLiteral("[deleted]") : QStringLiteral("[hidden by the forum]");
            post.body.append(note);
        }
    }
    fillTextAndQuotes(&post);
    return post;
}

QList<qint64> streamIds(const QJsonArray &stream)
{
    QList<qint64> out;
    QSet<qint64> seen;
    for (const QJsonValue &v : stream) {
        if (out.size() >= DiscourseEngine::MaxStream)
            break;
        const qint64 id = integer(v);
        if (id > 0 && !seen.contains(id)) {
            seen.insert(id);
            out.append(id);
        }
    }
    return out;
}

} // namespace

bool DiscourseEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return false;
    const std::optional<TopicPath> path = topicPath(url.path());
    if (!path)
        return false;
    ThreadRef result;
    result.canonical = canonicalUrl(url, path->prefix, path->id);
    result.postNumber = path->number;
    // Discourse's own anchors are #post_N (a number); ours, from a followed /p/ID link, post-ID.
    const QString fragment = url.fragment();
    if (fragment.startsWith(QLatin1String("post-")) && isDigits(fragment.mid(5)))
        result.postId = fragment.mid(5);
    else if (result.postNumber == 0 && fragment.startsWith(QLatin1String("post_"))
        && isDigits(fragment.mid(5)))
        result.postNumber
            = int(std::min<qint64>(fragment.mid(5).toLongLong(), std::numeric_limits<int>::max()));
    if (ref)
        *ref = result;
    return true;
}

bool DiscourseEngine::recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const
{
    // The generator tag sits in the head; a cheap look before parsing anything.
    const QByteArray head = html.left(256 * 1024);
    if (!head.contains("Discourse"))
        return false;
    HtmlDocument doc(head);
    if (!doc.isValid())
        return false;
    const HtmlNode document = doc.document();
    const HtmlNode generator = document.findFirst(
        [](HtmlNode n) { return n.is("meta") && n.attribute("name") == QByteArrayView("generator"); });
    if (!generator || !generator.attribute("content").startsWith("Discourse"))
        return false;
    // Where the forum lives under an address of its own making: its canonical link says.
    const HtmlNode canonical = document.findFirst(
        [](HtmlNode n) { return n.is("link") && n.attribute("rel") == QByteArrayView("canonical"); });
    if (canonical && parseUrl(url.resolved(QUrl(canonical.attributeString("href").trimmed())), ref))
        return true;
    return parseUrl(url, ref);
}

QString DiscourseEngine::postLinkId(const QUrl &url) const
{
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return {};
    static const QRegularExpression post(QStringLiteral("/p/(\\d{1,18})/?$"));
    const QRegularExpressionMatch m = post.match(url.path());
    return m.hasMatch() ? m.captured(1) : QString();
}

QUrl DiscourseEngine::postUrl(const QUrl &canonical, const QString &postId) const
{
    // Permalinks go by number; /p/{id} is Discourse's own link by id.
    return atPath(forumRoot(canonical), QStringLiteral("/p/") + postId);
}

QList<EngineRequest> DiscourseEngine::firstRequests(const ThreadRef &ref, const QUrl &) const
{
    const qint64 id = topicIdOf(ref.canonical);
    const QUrl root = forumRoot(ref.canonical);
    EngineRequest first;
    first.format = EngineRequest::Format::Json;
    first.unit = 1;
    first.key = FirstKey.toByteArray();
    // A permalink asks for the posts around its post, so the first answer can name it.
    if (ref.postNumber > 0) {
        first.url = atPath(root, QStringLiteral("/t/%1/%2.json").arg(id).arg(ref.postNumber));
        first.key += ':' + QByteArray::number(ref.postNumber);
    } else {
        first.url = atPath(root, QStringLiteral("/t/%1.json").arg(id));
    }
    return {first};
}

EngineAnswer DiscourseEngine::readAnswer(
    const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const
{
    EngineAnswer answer;
    const std::optional<QJsonObject> root = rootObject(body, &answer.error);
    if (!root)
        return answer;
    const QJsonObject stream = root->value(QLatin1String("post_stream")).toObject();
    if (stream.isEmpty()) {
        answer.error = QCoreApplication::translate(
            "ForumEngine", "not a Discourse topic (the answer has no post_stream)");
        return answer;
    }
    const QUrl forum = forumRoot(context.thread);
    qint64 topicId = topicIdOf(context.thread);
    const QList<RawPost> raw = rawPosts(stream.value(QLatin1String("posts")).toArray());
    QHash<int, QString> idOfNumber;
    const int unit = isFirst(request) ? 1 : std::max(1, request.unit);

    if (isFirst(request)) {
        if (const qint64 id = integer(root->value(QLatin1String("id"))); id > 0)
            topicId = id;
        const QList<qint64> ids = streamIds(stream.value(QLatin1String("stream")).toArray());
        QHash<qint64, int> known;
        QSet<qint64> arrived;
        for (const RawPost &p : raw) {
            known.insert(p.id, p.number);
            arrived.insert(p.id);
        }
        idOfNumber = DiscoursePostNumbers::deduce(
            ids, known, smallInteger(root->value(QLatin1String("highest_post_number"))));
        // Every post the stream lists and this answer did not bring, in batches; each
        // batch carries what is known of numbers (one shared buffer, however many batches).
        QByteArray key = PostsKey.toByteArray() + DiscoursePostNumbers::encode(idOfNumber);
        const QUrl batchUrl = atPath(forum, QStringLiteral("/t/%1/posts.json").arg(topicId));
        QStringList batch;
        // A refresh asks only for posts the cache lacks, in parts numbered after its own.
        const int firstBatch = context.cached ? std::max(1, context.cached->info.pageCount) + 1 : 2;
        auto flush = [&] {
            if (batch.isEmpty())
                return;
            QUrl url = batchUrl;
            url.setQuery(QStringLiteral("post_ids[]=") + batch.join(QStringLiteral("&post_ids[]=")));
            answer.next.append(
                EngineRequest {url, EngineRequest::Format::Json, int(answer.next.size()) + firstBatch, key});
            batch.clear();
        };
        for (const qint64 id : ids) {
            if (arrived.contains(id)
                || (context.cached && context.cached->postIds.contains(QString::number(id))))
                continue;
            batch.append(QString::number(id));
            if (batch.size() == BatchSize)
                flush();
        }
        flush();

        ThreadFacts facts;
        facts.title = bounded(root->value(QLatin1String("title")), MaxTitle);
        // The topic's own id, should the address have named one it was moved from.
        const std::optional<TopicPath> path = topicPath(context.thread.path());
        facts.canonical = canonicalUrl(context.thread, path ? path->prefix : QString(), topicId);
        facts.unitCount = firstBatch - 1 + int(answer.next.size());
        const QByteArray number = request.key.mid(FirstKey.size() + 1);
        if (!number.isEmpty())
            facts.targetPostId = idOfNumber.value(number.toInt());
        answer.facts = facts;
    } else {
        idOfNumber
            = DiscoursePostNumbers::decode(QByteArrayView(request.key).sliced(PostsKey.size()), MaxStream);
    }
    // The answer's own posts say their numbers, whatever the stream could tell.
    for (const RawPost &p : raw)
        idOfNumber.insert(p.number, QString::number(p.id));
    for (const RawPost &p : raw)
        answer.posts.append(readPost(p, unit, idOfNumber, topicId, forum));
    return answer;
}

QString DiscourseEngine::incompleteReason(const EngineRequest &request, const QByteArray &body) const
{
    // JSON has no closing tag to look for: an answer cut short does not parse, and one
    // without what every answer of its kind has is not whole either.
    QString error;
    bool deep = false;
    const std::optional<QJsonObject> root = rootObject(body, &error, &deep);
    if (!root)
        return deep ? QString() : error;
    const QJsonValue stream = root->value(QLatin1String("post_stream"));
    if (!stream.isObject())
        return QCoreApplication::translate("ForumEngine", "the answer has no post_stream (%1 bytes arrived)")
            .arg(body.size());
    const QLatin1String needed = isFirst(request) ? QLatin1String("stream") : QLatin1String("posts");
    if (!stream.toObject().value(needed).isArray())
        return QCoreApplication::translate(
            "ForumEngine", "the answer's post_stream has no %1 (%2 bytes arrived)")
            .arg(needed)
            .arg(body.size());
    return {};
}

} // namespace Threadkeeper
