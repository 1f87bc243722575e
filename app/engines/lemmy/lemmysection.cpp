// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lemmysection.h"

#include "engines/jsonanswer.h"
#include "engines/sectionrows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

// "name" or "name@instance.example": Lemmy's community names are lower-case words.
const QRegularExpression &communityPath()
{
    static const QRegularExpression re(
        QStringLiteral("^/c/([A-Za-z0-9_]{1,100}(?:@[A-Za-z0-9.-]{1,253})?)/?$"));
    return re;
}

QString communityOf(const QUrl &canonical)
{
    const QRegularExpressionMatch m = communityPath().match(canonical.path());
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

bool LemmySection::parseUrl(const QUrl &url, QUrl *canonical) const
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return false;
    const QRegularExpressionMatch m = communityPath().match(url.path());
    if (!m.hasMatch())
        return false;
    if (canonical) {
        *canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
        canonical->setPath(QStringLiteral("/c/") + m.captured(1));
    }
    return true;
}

QUrl LemmySection::listUrl(const QUrl &canonical, int page)
{
    QUrl url = canonical.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(QStringLiteral("/api/v3/post/list"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("community_name"), communityOf(canonical));
    query.addQueryItem(QStringLiteral("sort"), QStringLiteral("New"));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    url.setQuery(query);
    return url;
}

bool LemmySection::recognize(const QByteArray &body, const QByteArray &contentType, const QUrl &) const
{
    if (!contentType.contains("json") && !body.trimmed().startsWith('{'))
        return false;
    if (!body.left(64 * 1024).contains("\"post_view\"") && !body.left(64 * 1024).contains("\"posts\""))
        return false;
    const std::optional<QJsonObject> root = jsonObject(body);
    if (!root || !root->value(QLatin1String("posts")).isArray())
        return false;
    const QJsonArray posts = root->value(QLatin1String("posts")).toArray();
    return !posts.isEmpty() && posts.first().toObject().value(QLatin1String("post")).isObject()
        && posts.first().toObject().value(QLatin1String("counts")).isObject();
}

QList<ListingRequest> LemmySection::firstRequests(const QUrl &canonical, int maxPages) const
{
    if (maxPages < 1)
        return {};
    return {ListingRequest {listUrl(canonical, 1), ListingRequest::Format::Json, 1, QByteArray()}};
}

ListingAnswer LemmySection::readAnswer(
    const ListingRequest &request, const QByteArray &body, const QUrl &finalUrl, int maxPages) const
{
    ListingAnswer answer;
    const std::optional<QJsonObject> root = jsonObject(body);
    if (!root || !root->value(QLatin1String("posts")).isArray()) {
        answer.error = QCoreApplication::translate("ListingSource", "not a Lemmy post list (no posts)");
        return answer;
    }
    const QUrl at = finalUrl.isEmpty() ? request.url : finalUrl;
    const QString community = QUrlQuery(request.url).queryItemValue(QStringLiteral("community_name"));
    answer.page.kind = ListingKind::Section;
    answer.page.link = at.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    answer.page.link.setPath(QStringLiteral("/c/") + community);
    answer.page.title = boundedText(community, SectionBounds::MaxName);
    const QJsonArray posts = root->value(QLatin1String("posts")).toArray();
    for (qsizetype i = 0; i < posts.size() && answer.page.items.size() < SectionBounds::MaxRows; ++i) {
        const QJsonObject view = posts[i].toObject();
        const QJsonObject post = view.value(QLatin1String("post")).toObject();
        const QJsonObject creator = view.value(QLatin1String("creator")).toObject();
        const QJsonObject counts = view.value(QLatin1String("counts")).toObject();
        const QJsonObject group = view.value(QLatin1String("community")).toObject();
        const QString id = jsonId(post.value(QLatin1String("id")));
        if (id.isEmpty() || id.size() > 15)
            continue;
        if (i == 0) {
            const QString title = jsonString(group, QLatin1String("title"), SectionBounds::MaxName * 4);
            if (!title.trimmed().isEmpty())
                answer.page.title = boundedText(title, SectionBounds::MaxName);
        }
        SectionRow row;
        row.link = at.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        row.link.setPath(QStringLiteral("/post/") + id);
        row.title = jsonString(post, QLatin1String("name"), SectionBounds::MaxTitle * 4);
        row.author = jsonString(creator, QLatin1String("display_name"), SectionBounds::MaxName * 4);
        if (row.author.trimmed().isEmpty())
            row.author = jsonString(creator, QLatin1String("name"), SectionBounds::MaxName * 4);
        row.started = jsonIsoTime(post, QLatin1String("published"));
        row.lastPost = jsonIsoTime(counts, QLatin1String("newest_comment_time"));
        const qint64 comments = jsonId(counts.value(QLatin1String("comments"))).left(10).toLongLong();
        if (counts.contains(QLatin1String("comments")) && comments <= std::numeric_limits<int>::max())
            row.replies = int(comments);
        row.sticky = post.value(QLatin1String("featured_community")).toBool()
            || post.value(QLatin1String("featured_local")).toBool();
        FeedItem item;
        if (sectionItem(row, &item))
            answer.page.items.append(item);
    }
    if (posts.size() >= PageSize && request.page < std::min(maxPages, SectionBounds::MaxPageNumber)) {
        QUrl canonical = answer.page.link;
        answer.next.append(ListingRequest {listUrl(canonical, request.page + 1), ListingRequest::Format::Json,
            request.page + 1, QByteArray()});
    }
    return answer;
}

} // namespace Threadkeeper
