// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hackernewsfrontpage.h"

#include "engines/hackernews/hackernewsengine.h"
#include "engines/jsonanswer.h"
#include "engines/sectionrows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

namespace Threadkeeper {

bool HackerNewsFrontPage::parseUrl(const QUrl &url, QUrl *canonical) const
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return false;
    if (url.host().compare(QLatin1String("news.ycombinator.com"), Qt::CaseInsensitive) != 0)
        return false;
    const QString path = url.path();
    if (!path.isEmpty() && path != QLatin1String("/") && path != QLatin1String("/news"))
        return false;
    // /news?p=2 is the second page of the same list; the one answer holds it.
    if (canonical)
        *canonical = QUrl(QStringLiteral("https://news.ycombinator.com/"));
    return true;
}

bool HackerNewsFrontPage::recognize(const QByteArray &, const QByteArray &, const QUrl &) const
{
    return false;
}

QList<ListingRequest> HackerNewsFrontPage::firstRequests(const QUrl &, int maxPages) const
{
    if (maxPages < 1)
        return {};
    QUrl url(HackerNewsEngine::algoliaBase() + QStringLiteral("/search"));
    url.setQuery(QStringLiteral("tags=front_page&hitsPerPage=%1").arg(HitsPerPage));
    return {ListingRequest {url, ListingRequest::Format::Json, 1, QByteArray()}};
}

ListingAnswer HackerNewsFrontPage::readAnswer(
    const ListingRequest &, const QByteArray &body, const QUrl &, int) const
{
    ListingAnswer answer;
    const std::optional<QJsonObject> root = jsonObject(body);
    if (!root || !root->value(QLatin1String("hits")).isArray()) {
        answer.error = QCoreApplication::translate("ListingSource", "not an Algolia search answer (no hits)");
        return answer;
    }
    answer.page.kind = ListingKind::FrontPage;
    answer.page.title = QStringLiteral("Hacker News");
    answer.page.link = QUrl(QStringLiteral("https://news.ycombinator.com/"));
    const QJsonArray hits = root->value(QLatin1String("hits")).toArray();
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,14}$"));
    for (qsizetype i = 0; i < hits.size() && answer.page.items.size() < SectionBounds::MaxRows; ++i) {
        const QJsonObject hit = hits[i].toObject();
        const QString id = jsonId(hit.value(QLatin1String("objectID")));
        if (!digits.match(id).hasMatch())
            continue;
        SectionRow row;
        row.link = QUrl(QStringLiteral("https://news.ycombinator.com/item?id=") + id);
        row.title = jsonString(hit, QLatin1String("title"), SectionBounds::MaxTitle * 4);
        row.author = jsonString(hit, QLatin1String("author"), SectionBounds::MaxName * 4);
        row.started = jsonIsoTime(hit, QLatin1String("created_at"));
        if (!row.started.isValid()) {
            const qint64 epoch = jsonId(hit.value(QLatin1String("created_at_i"))).left(12).toLongLong();
            if (epoch > 0)
                row.started = QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::UTC);
        }
        const QJsonValue comments = hit.value(QLatin1String("num_comments"));
        if (comments.isDouble() && comments.toDouble() >= 0
            && comments.toDouble() <= std::numeric_limits<int>::max())
            row.replies = int(comments.toDouble());
        FeedItem item;
        if (!sectionItem(row, &item))
            continue;
        // The story's own link is the article; the item is where it is discussed.
        const QUrl article
            = resolvedLink(QUrl(), jsonString(hit, QLatin1String("url"), SectionBounds::MaxLink));
        if (!article.isEmpty())
            item.link = article;
        answer.page.items.append(item);
    }
    return answer;
}

} // namespace Threadkeeper
