// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redditthing.h"

#include "engines/jsonanswer.h"
#include "engines/postbody.h"
#include "engines/simplebodyreader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <limits>

namespace Threadkeeper {

namespace {

constexpr qsizetype MaxHtml = 512 * 1024;
constexpr qsizetype MaxStubChildren = 100000;
const QString Deleted = QStringLiteral("[deleted]");
const QString Removed = QStringLiteral("[removed]");

bool isBase36Id(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-z]{1,13}$"));
    return re.match(id).hasMatch();
}

// raw_json=1 hands the HTML over as it is; without it Reddit escapes it once more.
QString bodyHtml(const QJsonObject &o, QLatin1StringView key)
{
    QString html = jsonString(o, key, MaxHtml);
    if (html.startsWith(QLatin1String("&lt;"))) {
        html.replace(QLatin1String("&lt;"), QLatin1String("<"));
        html.replace(QLatin1String("&gt;"), QLatin1String(">"));
        html.replace(QLatin1String("&quot;"), QLatin1String("\""));
        html.replace(QLatin1String("&#39;"), QLatin1String("'"));
        html.replace(QLatin1String("&amp;"), QLatin1String("&"));
    }
    return html;
}

QString webLink(const QString &text)
{
    const QUrl url(text);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        ? text
        : QString();
}

Block placeholder(const QString &text)
{
    Block b;
    b.text = text;
    return b;
}

QString authorOf(const QJsonObject &o)
{
    const QString author = jsonString(o, QLatin1StringView("author"), 200);
    return author == Deleted ? QString() : author;
}

} // namespace

qint64 redditCreated(const QJsonObject &thing)
{
    const double secs = thing.value(QLatin1StringView("created_utc")).toDouble(0);
    return secs > 0 && secs < 1e11 ? qint64(secs) : 0;
}

int RedditClock::positionOf(qint64 created, int depth) const
{
    constexpr qint64 MaxSeconds = (std::numeric_limits<int>::max() - DepthSlots) / DepthSlots - 1;
    const qint64 seconds = std::clamp<qint64>(created - linkCreated, 0, MaxSeconds);
    return int(1 + seconds * DepthSlots + std::clamp(depth, 0, DepthSlots - 1));
}

QString redditParent(const QString &fullname)
{
    const QString id = fullname.mid(3);
    if (!isBase36Id(id))
        return {};
    if (fullname.startsWith(QLatin1String("t1_")))
        return id;
    if (fullname.startsWith(QLatin1String("t3_")))
        return fullname;
    return {};
}

Post redditArticle(const QJsonObject &link, const QUrl &base)
{
    Post post;
    post.id = QStringLiteral("t3_") + jsonString(link, QLatin1StringView("id"), 20);
    post.page = 1;
    post.position = 0;
    post.author = authorOf(link);
    post.date = QDateTime::fromSecsSinceEpoch(redditCreated(link), QTimeZone::UTC);
    const QString text = jsonString(link, QLatin1StringView("selftext"), 100);
    if (text == Deleted || text == Removed) {
        post.body.append(placeholder(text));
        post.author.clear();
    } else {
        // A link post's link (not the thread's own address, which a text post's url is).
        const bool self = link.value(QLatin1StringView("is_self")).toBool();
        const QString url = webLink(jsonString(link, QLatin1StringView("url"), PostBodyReader::MaxUrl));
        if (!self && !url.isEmpty()) {
            Block linkBlock;
            linkBlock.text = url;
            linkBlock.spans.append(Span {0, int(url.size()), 0, url});
            post.body.append(linkBlock);
        }
        post.body.append(
            SimpleBodyReader::readFragment(bodyHtml(link, QLatin1StringView("selftext_html")), base));
    }
    fillTextAndQuotes(&post);
    return post;
}

Post redditComment(const QJsonObject &comment, const RedditClock &clock, int depth, const QUrl &base)
{
    Post post;
    post.id = jsonString(comment, QLatin1StringView("id"), 20);
    if (!isBase36Id(post.id))
        return Post {};
    post.parentId = redditParent(jsonString(comment, QLatin1StringView("parent_id"), 40));
    const qint64 created = redditCreated(comment);
    post.position = clock.positionOf(created, depth);
    if (created > 0)
        post.date = QDateTime::fromSecsSinceEpoch(created, QTimeZone::UTC);
    post.author = authorOf(comment);
    const QString body = jsonString(comment, QLatin1StringView("body"), 100);
    if (body == Removed || (body == Deleted && post.author.isEmpty())) {
        // What Reddit shows in its place; its author is gone with it.
        post.body.append(placeholder(body));
        post.author.clear();
    } else {
        post.body.append(
            SimpleBodyReader::readFragment(bodyHtml(comment, QLatin1StringView("body_html")), base));
    }
    fillTextAndQuotes(&post);
    return post;
}

namespace {

QString normalized(const QString &text)
{
    return text.simplified().toCaseFolded();
}

// Gives the quotes in blocks, at this level of nesting, the source whose words they hold;
// deeper quotes the source's parent.
void attribute(QList<Block> *blocks, const QString &sourceId, const QHash<QString, const Post *> &byId)
{
    const Post *source = byId.value(sourceId);
    if (!source)
        return;
    const QString words = normalized(source->text);
    for (Block &b : *blocks) {
        if (b.kind != Block::Kind::Quote)
            continue;
        const QString quoted = normalized(ownText(b.children));
        if (b.quoteSource.isEmpty() && !quoted.isEmpty() && words.contains(quoted)) {
            b.quoteSource = source->id;
            b.quoteAuthor = source->author;
        }
        attribute(&b.children, source->parentId, byId);
    }
}

} // namespace

void redditQuoteSources(QList<Post> *posts)
{
    QHash<QString, const Post *> byId;
    for (const Post &p : std::as_const(*posts))
        byId.insert(p.id, &p);
    QList<std::pair<qsizetype, QList<Block>>> changed;
    for (qsizetype i = 0; i < posts->size(); ++i) {
        const Post &p = posts->at(i);
        if (p.quotes.isEmpty() || !byId.contains(p.parentId))
            continue;
        QList<Block> body = p.body;
        attribute(&body, p.parentId, byId);
        if (body != p.body)
            changed.append({i, body});
    }
    // Applied after: the sources' words are read from posts as they came.
    for (auto &[i, body] : changed) {
        (*posts)[i].body = std::move(body);
        fillTextAndQuotes(&(*posts)[i]);
    }
}

RedditStub redditStub(const QJsonObject &more)
{
    RedditStub stub;
    stub.depth = std::max(0, more.value(QLatin1StringView("depth")).toInt());
    const QJsonArray children = more.value(QLatin1StringView("children")).toArray();
    for (const QJsonValue &child : children) {
        if (stub.children.size() >= MaxStubChildren)
            break;
        if (const QString id = child.toString(); isBase36Id(id))
            stub.children.append(id);
    }
    // "Continue this thread": the rest is the page of the comment it hangs under.
    if (stub.children.isEmpty() && jsonString(more, QLatin1StringView("id"), 20) == QLatin1String("_")) {
        const QString parent = redditParent(jsonString(more, QLatin1StringView("parent_id"), 40));
        if (!parent.isEmpty() && !parent.startsWith(QLatin1String("t3_"))) {
            stub.parentId = parent;
            stub.continues = true;
        }
    }
    return stub;
}

} // namespace Threadkeeper
