// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hackernewsengine.h"

#include "engines/hackernews/hnitem.h"
#include "engines/jsonanswer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

const QByteArray AlgoliaKey = "algolia";

QString itemIdOf(const QUrl &canonical)
{
    return QUrlQuery(canonical).queryItemValue(QStringLiteral("id"));
}

QUrl itemUrl(const QString &id)
{
    return QUrl(QStringLiteral("https://news.ycombinator.com/item?id=") + id);
}

QString baseFromEnvironment(const char *variable, const QString &fallback)
{
    QString base = qEnvironmentVariable(variable, fallback);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

// A Firebase request carries the item's slot, since the answer alone cannot tell where
// it sits: "item POSITION SIZE DEPTH UNIT PARENT".
QByteArray slotKey(const HnSlot &slot)
{
    return QStringLiteral("item %1 %2 %3 %4 %5")
        .arg(slot.position)
        .arg(slot.size)
        .arg(slot.depth)
        .arg(slot.unit)
        .arg(slot.parentId)
        .toLatin1();
}

std::optional<HnSlot> slotOf(const QByteArray &key)
{
    const QList<QByteArray> parts = key.split(' ');
    if (parts.size() < 5 || parts[0] != "item")
        return std::nullopt;
    HnSlot slot;
    bool ok[4] = {};
    slot.position = parts[1].toInt(&ok[0]);
    slot.size = parts[2].toInt(&ok[1]);
    slot.depth = parts[3].toInt(&ok[2]);
    slot.unit = parts[4].toInt(&ok[3]);
    slot.parentId = parts.size() > 5 ? QString::fromLatin1(parts[5]) : QString();
    if (!(ok[0] && ok[1] && ok[2] && ok[3]) || slot.size < 1)
        return std::nullopt;
    return slot;
}

EngineRequest firebaseRequest(const QString &id, const HnSlot &slot)
{
    return EngineRequest {QUrl(HackerNewsEngine::firebaseBase() + QStringLiteral("/item/%1.json").arg(id)),
        EngineRequest::Format::Json, slot.unit, slotKey(slot)};
}

ThreadFacts factsOf(const HnItem &root, int unitCount)
{
    ThreadFacts facts;
    facts.title = root.title.isEmpty() ? QStringLiteral("Hacker News item %1").arg(root.id) : root.title;
    facts.unitCount = std::max(1, unitCount);
    return facts;
}

} // namespace

QString HackerNewsEngine::algoliaBase()
{
    return baseFromEnvironment("THREADKEEPER_HN_ALGOLIA", QStringLiteral("https://hn.algolia.com/api/v1"));
}

QString HackerNewsEngine::firebaseBase()
{
    return baseFromEnvironment(
        "THREADKEEPER_HN_API", QStringLiteral("https://hacker-news.firebaseio.com/v0"));
}

bool HackerNewsEngine::parseUrl(const QUrl &url, ThreadRef *ref) const
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return false;
    if (url.host().compare(QLatin1String("news.ycombinator.com"), Qt::CaseInsensitive) != 0
        || url.path() != QLatin1String("/item"))
        return false;
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,14}$"));
    const QString id = QUrlQuery(url).queryItemValue(QStringLiteral("id"));
    if (!digits.match(id).hasMatch())
        return false;
    if (ref) {
        *ref = ThreadRef {};
        ref->canonical = itemUrl(id);
    }
    return true;
}

QUrl HackerNewsEngine::postUrl(const QUrl &, const QString &postId) const
{
    return itemUrl(postId);
}

QList<EngineRequest> HackerNewsEngine::firstRequests(const ThreadRef &ref, const QUrl &) const
{
    const QString id = itemIdOf(ref.canonical);
    return {EngineRequest {
        QUrl(algoliaBase() + QStringLiteral("/items/") + id), EngineRequest::Format::Json, 1, AlgoliaKey}};
}

QList<EngineRequest> HackerNewsEngine::fallbackRequests(const EngineRequest &failed) const
{
    if (failed.key != AlgoliaKey)
        return {};
    const QString id = failed.url.path().section(QLatin1Char('/'), -1);
    return {firebaseRequest(id, HnSlot {})};
}

QString HackerNewsEngine::incompleteReason(const EngineRequest &, const QByteArray &body) const
{
    return jsonIncompleteReason(body);
}

EngineAnswer HackerNewsEngine::readAnswer(
    const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const
{
    if (request.key == AlgoliaKey)
        return readAlgolia(body, context);
    return readFirebase(request, body);
}

EngineAnswer HackerNewsEngine::readAlgolia(const QByteArray &body, const AnswerContext &context) const
{
    EngineAnswer answer;
    const std::optional<QJsonObject> object = jsonObject(body);
    const QString asked = itemIdOf(context.thread);
    if (!object || jsonId(object->value(QLatin1StringView("id"))) != asked) {
        answer.error = QCoreApplication::translate("ForumEngine", "not the Hacker News item %1 from Algolia")
                           .arg(asked);
        return answer;
    }
    const HnItem root = hnItemFromAlgolia(*object);
    answer.facts = factsOf(root, 1);
    // Depth first without recursion (replies may nest as deep as the answer likes);
    // replies go on the stack last first, so they come off in order.
    struct Pending
    {
        QJsonObject object;
        HnSlot slot;
    };
    QList<Pending> stack {{*object, HnSlot {}}};
    while (!stack.isEmpty() && answer.posts.size() < MaxPosts) {
        const Pending current = stack.takeLast();
        const HnItem item = hnItemFromAlgolia(current.object);
        if (std::optional<Post> post = hnPost(item, current.slot, itemUrl(item.id)))
            answer.posts.append(std::move(*post));
        const qsizetype count = item.replyCount();
        for (qsizetype i = count - 1; i >= 0; --i) {
            if (const std::optional<HnSlot> slot = current.slot.reply(item.id, i, count))
                stack.append(Pending {item.children.at(i).toObject(), *slot});
        }
    }
    return answer;
}

EngineAnswer HackerNewsEngine::readFirebase(const EngineRequest &request, const QByteArray &body) const
{
    EngineAnswer answer;
    const std::optional<HnSlot> slot = slotOf(request.key);
    const std::optional<QJsonObject> object = jsonObject(body);
    const QString asked = request.url.path().section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
    if (!slot || (!object && slot->depth == 0)
        || (object && jsonId(object->value(QLatin1StringView("id"))) != asked)) {
        answer.error = QCoreApplication::translate("ForumEngine", "not the Hacker News item %1").arg(asked);
        return answer;
    }
    if (!object)
        return answer; // a reply HN no longer has ("null"): nothing to show
    const HnItem item = hnItemFromFirebase(*object);
    if (slot->depth == 0) {
        // The story's count of comments, for progress: each one is an answer here.
        const int descendants
            = std::clamp(object->value(QLatin1StringView("descendants")).toInt(), 0, MaxPosts);
        answer.facts = factsOf(item, 1 + std::max(descendants, int(item.kids.size())));
    }
    if (std::optional<Post> post = hnPost(item, *slot, itemUrl(item.id)))
        answer.posts.append(std::move(*post));
    const qsizetype count = item.replyCount();
    for (qsizetype i = 0; i < count; ++i) {
        const std::optional<HnSlot> kidSlot = slot->reply(item.id, i, count);
        if (kidSlot && !item.kids[i].isEmpty())
            answer.next.append(firebaseRequest(item.kids[i], *kidSlot));
    }
    return answer;
}

} // namespace Threadkeeper
