// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blueskyfixture.h"

#include "servers/fixtureserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Threadkeeper::Testing {

namespace {

// Base32 as DIDs and TIDs write it.
QString base32(QByteArray bytes, int length)
{
    const char *alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[uchar(bytes[i % bytes.size()]) % 32]);
    return out;
}

} // namespace

QString BlueskyFixture::did(int index) const
{
    return QStringLiteral("did:plc:")
        + base32(
            QCryptographicHash::hash(thread.posts[index].author.toUtf8(), QCryptographicHash::Sha256), 24);
}

QString BlueskyFixture::handle(int index) const
{
    QString name;
    for (const QChar c : thread.posts[index].author.toLower())
        name += c.isLetterOrNumber() && c.unicode() < 128 ? c : QChar(u'-');
    return name + QStringLiteral(".bsky.social");
}

QString BlueskyFixture::rkey(int index) const
{
    return QStringLiteral("3kbi5") + base32(QByteArray::number(index * 7919 + 17), 8);
}

QString BlueskyFixture::uri(int index) const
{
    return QStringLiteral("at://%1/app.bsky.feed.post/%2").arg(did(index), rkey(index));
}

int BlueskyFixture::indexOf(const QString &atUri) const
{
    for (int i = 0; i < thread.posts.size(); ++i) {
        if (uri(i) == atUri)
            return i;
    }
    return -1;
}

QJsonObject BlueskyFixture::postView(int index, int quoteDepth) const
{
    const FixturePost &p = thread.posts[index];
    const QString created = p.date.toUTC().toString(Qt::ISODateWithMs);
    QJsonObject record {{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.post")},
        {QStringLiteral("createdAt"), created}, {QStringLiteral("langs"), QJsonArray {QStringLiteral("en")}},
        {QStringLiteral("text"), plainParagraphs(p.bbcode).join(QStringLiteral("\n\n"))}};
    if (index > 0)
        record.insert(QStringLiteral("reply"),
            QJsonObject {{QStringLiteral("root"),
                             QJsonObject {{QStringLiteral("uri"), uri(0)},
                                 {QStringLiteral("cid"), QStringLiteral("bafyroot")}}},
                {QStringLiteral("parent"),
                    QJsonObject {{QStringLiteral("uri"), uri(thread.parents[index])},
                        {QStringLiteral("cid"), QStringLiteral("bafyparent")}}}});
    const QJsonObject author {{QStringLiteral("did"), did(index)}, {QStringLiteral("handle"), handle(index)},
        {QStringLiteral("displayName"), p.author},
        {QStringLiteral("avatar"),
            QStringLiteral("https://cdn.bsky.app/img/avatar/plain/%1/a@jpeg").arg(did(index))}};
    QJsonObject view {{QStringLiteral("uri"), uri(index)},
        {QStringLiteral("cid"), QStringLiteral("bafy%1").arg(index)}, {QStringLiteral("author"), author},
        {QStringLiteral("record"), record},
        {QStringLiteral("replyCount"), int(thread.repliesOf(index).size())},
        {QStringLiteral("repostCount"), 0}, {QStringLiteral("likeCount"), 2},
        {QStringLiteral("quoteCount"), 0}, {QStringLiteral("indexedAt"), created},
        {QStringLiteral("labels"), QJsonArray()}};
    if (quotes.contains(index) && quoteDepth < 3) {
        const int quoted = quotes.value(index);
        const QJsonObject inner = postView(quoted, quoteDepth + 1);
        QJsonObject viewRecord {{QStringLiteral("$type"), QStringLiteral("app.bsky.embed.record#viewRecord")},
            {QStringLiteral("uri"), uri(quoted)},
            {QStringLiteral("cid"), QStringLiteral("bafy%1").arg(quoted)},
            {QStringLiteral("author"), inner.value(QLatin1StringView("author"))},
            {QStringLiteral("value"), inner.value(QLatin1StringView("record"))},
            {QStringLiteral("indexedAt"), inner.value(QLatin1StringView("indexedAt"))}};
        if (inner.contains(QLatin1StringView("embed")))
            viewRecord.insert(QStringLiteral("embeds"), QJsonArray {inner.value(QLatin1StringView("embed"))});
        view.insert(QStringLiteral("embed"),
            QJsonObject {{QStringLiteral("$type"), QStringLiteral("app.bsky.embed.record#view")},
                {QStringLiteral("record"), viewRecord}});
    }
    return view;
}

QByteArray BlueskyFixture::threadAnswer(int index) const
{
    if (index < 0 || thread.deleted.contains(index))
        return R"({"error":"NotFound","message":"Post not found"})";
    std::function<QJsonObject(int, int)> node = [&](int at, int depth) -> QJsonObject {
        if (thread.deleted.contains(at))
            return {{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.defs#notFoundPost")},
                {QStringLiteral("uri"), uri(at)}, {QStringLiteral("notFound"), true}};
        if (blocked.contains(at))
            return {{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.defs#blockedPost")},
                {QStringLiteral("uri"), uri(at)}, {QStringLiteral("blocked"), true},
                {QStringLiteral("author"),
                    QJsonObject {{QStringLiteral("did"), did(at)},
                        {QStringLiteral("viewer"), QJsonObject {{QStringLiteral("blockedBy"), true}}}}}};
        QJsonObject o {{QStringLiteral("$type"), QStringLiteral("app.bsky.feed.defs#threadViewPost")},
            {QStringLiteral("post"), postView(at)}};
        if (depth < cutDepth) {
            QJsonArray replies;
            for (const int r : thread.repliesOf(at))
                replies.append(node(r, depth + 1));
            o.insert(QStringLiteral("replies"), replies);
        }
        return o;
    };
    QJsonObject top = node(index, 0);
    // Parents nest upward, each without its replies.
    QList<QJsonObject> chain;
    for (int up = index == 0 ? -1 : thread.parents[index]; up >= 0; up = up == 0 ? -1 : thread.parents[up]) {
        QJsonObject parent = node(up, cutDepth);
        parent.remove(QStringLiteral("replies"));
        chain.append(parent);
    }
    for (qsizetype i = chain.size() - 1; i > 0; --i)
        chain[i - 1].insert(QStringLiteral("parent"), chain[i]);
    if (!chain.isEmpty())
        top.insert(QStringLiteral("parent"), chain.first());
    return QJsonDocument(QJsonObject {{QStringLiteral("thread"), top}}).toJson(QJsonDocument::Compact);
}

void BlueskyFixture::serve(FixtureServer *server) const
{
    const QList<QPair<QByteArray, QByteArray>> headers {{"RateLimit-Limit", "3000"},
        {"RateLimit-Remaining", "2986"}, {"RateLimit-Reset", "1747676784"},
        {"RateLimit-Policy", "3000;w=300"}};
    FixtureServer::Route thread;
    thread.contentType = "application/json; charset=utf-8";
    thread.headers = headers;
    const BlueskyFixture copy = *this;
    thread.bodyForQuery = [copy](const QString &query) {
        return copy.threadAnswer(
            copy.indexOf(QUrlQuery(query).queryItemValue(QStringLiteral("uri"), QUrl::FullyDecoded)));
    };
    server->setRoute(QStringLiteral("/xrpc/app.bsky.feed.getPostThread"), thread);
    FixtureServer::Route resolve = thread;
    resolve.bodyForQuery = [copy](const QString &query) {
        const QString handle = QUrlQuery(query).queryItemValue(QStringLiteral("handle"), QUrl::FullyDecoded);
        for (int i = 0; i < copy.thread.posts.size(); ++i) {
            if (copy.handle(i) == handle)
                return QJsonDocument(QJsonObject {{QStringLiteral("did"), copy.did(i)}})
                    .toJson(QJsonDocument::Compact);
        }
        return QByteArray(R"({"error":"InvalidRequest","message":"Unable to resolve handle"})");
    };
    server->setRoute(QStringLiteral("/xrpc/com.atproto.identity.resolveHandle"), resolve);
}

} // namespace Threadkeeper::Testing
