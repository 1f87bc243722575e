// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "blueskypost.h"

#include "engines/jsonanswer.h"
#include "engines/postbody.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace Threadkeeper {

namespace {

QString httpUrl(const QString &text)
{
    const QUrl url(text);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        ? text.left(PostBodyReader::MaxUrl)
        : QString();
}

QString facetTarget(const QJsonObject &feature)
{
    const QString type = jsonString(feature, QLatin1StringView("$type"), 200);
    if (type == QLatin1String("app.bsky.richtext.facet#link"))
        return httpUrl(jsonString(feature, QLatin1StringView("uri"), PostBodyReader::MaxUrl));
    if (type == QLatin1String("app.bsky.richtext.facet#mention")) {
        const QString did = jsonString(feature, QLatin1StringView("did"), 300);
        return did.startsWith(QLatin1String("did:")) ? QStringLiteral("https://bsky.app/profile/") + did
                                                     : QString();
    }
    if (type == QLatin1String("app.bsky.richtext.facet#tag")) {
        const QString tag = jsonString(feature, QLatin1StringView("tag"), 640);
        return tag.isEmpty()
            ? QString()
            : QStringLiteral("https://bsky.app/hashtag/") + QString::fromLatin1(QUrl::toPercentEncoding(tag));
    }
    return {};
}

void appendEmbed(const QJsonObject &embed, const QSet<QString> &thread, int quoteDepth, QList<Block> *blocks);

Block quoteOf(const QJsonObject &record, const QSet<QString> &thread, int quoteDepth)
{
    Block quote;
    quote.kind = Block::Kind::Quote;
    const QString type = jsonString(record, QLatin1StringView("$type"), 200);
    if (type != QLatin1String("app.bsky.embed.record#viewRecord")) {
        // viewNotFound, viewBlocked, viewDetached: the quoted post cannot be shown.
        Block gone;
        gone.text = type.endsWith(QLatin1String("#viewBlocked"))
            ? QCoreApplication::translate("ForumEngine", "[blocked post]")
            : QCoreApplication::translate("ForumEngine", "[post not found]");
        quote.children.append(gone);
        return quote;
    }
    const QString uri = jsonString(record, QLatin1StringView("uri"), 1000);
    quote.quoteAuthor
        = jsonString(record.value(QLatin1StringView("author")).toObject(), QLatin1StringView("handle"), 300);
    if (thread.contains(uri))
        quote.quoteSource = uri;
    const Block text = BlueskyPost::textBlock(record.value(QLatin1StringView("value")).toObject());
    if (!text.text.isEmpty())
        quote.children.append(text);
    // The quoted post's own embeds: its pictures, and the post it quotes in turn.
    const QJsonArray embeds = record.value(QLatin1StringView("embeds")).toArray();
    for (qsizetype i = 0; i < embeds.size() && i < 4; ++i)
        appendEmbed(embeds[i].toObject(), thread, quoteDepth + 1, &quote.children);
    return quote;
}

void appendEmbed(const QJsonObject &embed, const QSet<QString> &thread, int quoteDepth, QList<Block> *blocks)
{
    const QString type = jsonString(embed, QLatin1StringView("$type"), 200);
    if (type == QLatin1String("app.bsky.embed.images#view")) {
        const QJsonArray images = embed.value(QLatin1StringView("images")).toArray();
        for (qsizetype i = 0; i < images.size() && i < 8; ++i) {
            const QJsonObject image = images[i].toObject();
            Block b;
            b.kind = Block::Kind::Image;
            b.url = httpUrl(jsonString(image, QLatin1StringView("thumb"), PostBodyReader::MaxUrl));
            b.link = httpUrl(jsonString(image, QLatin1StringView("fullsize"), PostBodyReader::MaxUrl));
            b.text = jsonString(image, QLatin1StringView("alt"), 2000);
            if (!b.url.isEmpty())
                blocks->append(b);
        }
    } else if (type == QLatin1String("app.bsky.embed.external#view")) {
        const QJsonObject external = embed.value(QLatin1StringView("external")).toObject();
        const QString uri = httpUrl(jsonString(external, QLatin1StringView("uri"), PostBodyReader::MaxUrl));
        if (uri.isEmpty())
            return;
        Block card;
        card.text = jsonString(external, QLatin1StringView("title"), 500).simplified();
        if (card.text.isEmpty())
            card.text = uri;
        card.spans.append(Span {0, int(card.text.size()), 0, uri});
        blocks->append(card);
    } else if (type == QLatin1String("app.bsky.embed.record#view")
        && quoteDepth < BlueskyPost::MaxQuoteDepth) {
        blocks->prepend(quoteOf(embed.value(QLatin1StringView("record")).toObject(), thread, quoteDepth));
    } else if (type == QLatin1String("app.bsky.embed.recordWithMedia#view")) {
        if (quoteDepth < BlueskyPost::MaxQuoteDepth) {
            const QJsonObject record = embed.value(QLatin1StringView("record"))
                                           .toObject()
                                           .value(QLatin1StringView("record"))
                                           .toObject();
            blocks->prepend(quoteOf(record, thread, quoteDepth));
        }
        appendEmbed(embed.value(QLatin1StringView("media")).toObject(), thread, quoteDepth, blocks);
    }
}

} // namespace

Block BlueskyPost::textBlock(const QJsonObject &record)
{
    Block block;
    block.text = jsonString(record, QLatin1StringView("text"), MaxText);
    const QByteArray utf8 = block.text.toUtf8();
    // Byte offsets to UTF-16 ones, valid only on a character's first byte (or the end).
    auto at = [&](const QJsonValue &v) -> int {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > double(utf8.size()) || d != std::floor(d))
            return -1;
        const qsizetype byte = qsizetype(d);
        if (byte < utf8.size() && (uchar(utf8[byte]) & 0xC0) == 0x80)
            return -1;
        return int(QString::fromUtf8(utf8.constData(), byte).size());
    };
    const QJsonArray facets = record.value(QLatin1StringView("facets")).toArray();
    int last = 0;
    QList<Span> spans;
    for (qsizetype i = 0; i < facets.size() && i < 100; ++i) {
        const QJsonObject facet = facets[i].toObject();
        const QJsonObject index = facet.value(QLatin1StringView("index")).toObject();
        const int start = at(index.value(QLatin1StringView("byteStart")));
        const int end = at(index.value(QLatin1StringView("byteEnd")));
        if (start < last || end <= start)
            continue;
        const QJsonArray features = facet.value(QLatin1StringView("features")).toArray();
        const QString target = features.isEmpty() ? QString() : facetTarget(features.first().toObject());
        if (target.isEmpty())
            continue;
        spans.append(Span {start, end - start, 0, target});
        last = end;
    }
    block.spans = spans;
    return block;
}

QString BlueskyPost::webUrl(const QString &atUri)
{
    static const QRegularExpression uri(QStringLiteral(
        "^at://(did:[a-z]+:[A-Za-z0-9._:%-]{1,2000})/app\\.bsky\\.feed\\.post/([A-Za-z0-9._:~-]{1,512})$"));
    const QRegularExpressionMatch m = uri.match(atUri);
    return m.hasMatch()
        ? QStringLiteral("https://bsky.app/profile/%1/post/%2").arg(m.captured(1), m.captured(2))
        : QString();
}

Post BlueskyPost::read(const QJsonObject &postView, const QSet<QString> &thread)
{
    Post post;
    post.id = jsonString(postView, QLatin1StringView("uri"), 2000);
    const QJsonObject author = postView.value(QLatin1StringView("author")).toObject();
    post.author = jsonString(author, QLatin1StringView("handle"), 300);
    post.avatarUrl = httpUrl(jsonString(author, QLatin1StringView("avatar"), PostBodyReader::MaxUrl));
    const QJsonObject record = postView.value(QLatin1StringView("record")).toObject();
    post.date = jsonIsoTime(record, QLatin1StringView("createdAt"));
    if (!post.date.isValid())
        post.date = jsonIsoTime(postView, QLatin1StringView("indexedAt"));
    const Block text = textBlock(record);
    if (!text.text.isEmpty())
        post.body.append(text);
    appendEmbed(postView.value(QLatin1StringView("embed")).toObject(), thread, 0, &post.body);
    fillTextAndQuotes(&post);
    return post;
}

Post BlueskyPost::placeholder(const QJsonObject &node)
{
    Post post;
    post.id = jsonString(node, QLatin1StringView("uri"), 2000);
    Block text;
    text.text = node.value(QLatin1StringView("blocked")).toBool()
        ? QCoreApplication::translate("ForumEngine", "[blocked post]")
        : QCoreApplication::translate("ForumEngine", "[post not found]");
    post.body.append(text);
    fillTextAndQuotes(&post);
    return post;
}

} // namespace Threadkeeper
