// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hnitem.h"

#include "engines/jsonanswer.h"
#include "engines/postbody.h"
#include "engines/simplebodyreader.h"

#include <QTimeZone>

namespace Threadkeeper {

namespace {

constexpr qsizetype MaxText = 512 * 1024;

QDateTime fromEpoch(const QJsonValue &v)
{
    const double secs = v.toDouble(-1);
    return secs > 0 && secs < 1e11 ? QDateTime::fromSecsSinceEpoch(qint64(secs), QTimeZone::UTC)
                                   : QDateTime();
}

void readCommon(const QJsonObject &o, HnItem *item)
{
    item->id = jsonId(o.value(QLatin1StringView("id")));
    item->title = jsonString(o, QLatin1StringView("title"), 1000).simplified();
    item->url = jsonString(o, QLatin1StringView("url"), 4096).trimmed();
    item->html = jsonString(o, QLatin1StringView("text"), MaxText);
    item->deleted = o.value(QLatin1StringView("deleted")).toBool();
    item->dead = o.value(QLatin1StringView("dead")).toBool();
}

} // namespace

qsizetype HnItem::replyCount() const
{
    return std::min(MaxReplies, std::max(children.size(), kids.size()));
}

HnItem hnItemFromAlgolia(const QJsonObject &o)
{
    HnItem item;
    readCommon(o, &item);
    item.author = jsonString(o, QLatin1StringView("author"), 200);
    item.date = fromEpoch(o.value(QLatin1StringView("created_at_i")));
    // Algolia keeps a deleted comment's place (its replies hang on it) without its author or text.
    if (item.author.isEmpty() && item.html.isEmpty() && item.title.isEmpty())
        item.deleted = true;
    item.children = o.value(QLatin1StringView("children")).toArray();
    return item;
}

HnItem hnItemFromFirebase(const QJsonObject &o)
{
    HnItem item;
    readCommon(o, &item);
    item.author = jsonString(o, QLatin1StringView("by"), 200);
    item.date = fromEpoch(o.value(QLatin1StringView("time")));
    const QJsonArray kids = o.value(QLatin1StringView("kids")).toArray();
    for (const QJsonValue &kid : kids) {
        if (item.kids.size() >= HnItem::MaxReplies)
            break;
        item.kids.append(jsonId(kid)); // an empty id keeps the others' indices
    }
    return item;
}

std::optional<HnSlot> HnSlot::reply(const QString &itemId, qsizetype index, qsizetype count) const
{
    if (depth >= MaxDepth || count <= 0 || index < 0 || index >= count)
        return std::nullopt;
    const qint64 width = (qint64(size) - 1) / count;
    if (width < 1)
        return std::nullopt;
    HnSlot slot;
    slot.position = int(position + 1 + index * width);
    slot.size = int(width);
    slot.depth = depth + 1;
    slot.unit = depth == 0 ? int(index) + 2 : unit;
    slot.parentId = itemId;
    return slot;
}

std::optional<Post> hnPost(const HnItem &item, const HnSlot &slot, const QUrl &itemUrl)
{
    const bool gone = item.deleted || item.dead;
    if (item.id.isEmpty() || (gone && item.replyCount() == 0 && slot.depth > 0))
        return std::nullopt;
    Post post;
    post.id = item.id;
    post.position = slot.position;
    post.page = slot.unit;
    post.parentId = slot.parentId;
    post.date = item.date;
    if (gone) {
        // What HN itself shows in its place; a dead item's words stay hidden.
        Block placeholder;
        placeholder.text = item.deleted ? QStringLiteral("[deleted]") : QStringLiteral("[flagged]");
        post.body.append(placeholder);
    } else {
        post.author = item.author;
        // A story's link: kept whatever its scheme, as links in posts are; the renderer
        // decides what may open.
        const QString link = QUrl(item.url).isValid() && !QUrl(item.url).isRelative() ? item.url : QString();
        if (!link.isEmpty()) {
            Block linkBlock;
            linkBlock.text = link;
            linkBlock.spans.append(Span {0, int(link.size()), 0, link});
            post.body.append(linkBlock);
        }
        post.body.append(SimpleBodyReader::readFragment(item.html, itemUrl));
    }
    fillTextAndQuotes(&post);
    return post;
}

} // namespace Threadkeeper
