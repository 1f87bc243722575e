// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoursesection.h"

#include "engines/jsonanswer.h"
#include "engines/sectionrows.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper {

namespace {

struct ListPath
{
    QString root; // the forum's folder, "" or "/forum"
    QString list; // "/latest", "/c/slug/12"
    QString category; // the category's slug, empty for /latest
};

// "/latest", "/latest.json", "/c/slug/12", "/c/parent/slug/12.json", under any folder.
std::optional<ListPath> listPath(const QString &path)
{
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.isEmpty() || segments.size() > 12)
        return std::nullopt;
    if (segments.last().endsWith(QLatin1String(".json")))
        segments.last().chop(5);
    // A category's own lists ("/c/slug/12/l/latest") are the category.
    if (segments.size() >= 4 && segments[segments.size() - 2] == QLatin1String("l")
        && segments.contains(QStringLiteral("c")))
        segments.resize(segments.size() - 2);
    ListPath out;
    if (segments.last() == QLatin1String("latest")) {
        out.root = segments.mid(0, segments.size() - 1).join(QLatin1Char('/'));
        out.list = QStringLiteral("/latest");
    } else {
        const qsizetype c = segments.lastIndexOf(QStringLiteral("c"));
        static const QRegularExpression id(QStringLiteral("^\\d{1,18}$"));
        if (c < 0 || segments.size() - c < 3 || segments.size() - c > 4
            || !id.match(segments.last()).hasMatch())
            return std::nullopt;
        out.root = segments.mid(0, c).join(QLatin1Char('/'));
        out.list = QLatin1Char('/') + segments.mid(c).join(QLatin1Char('/'));
        out.category = segments[segments.size() - 2];
    }
    if (!out.root.isEmpty())
        out.root.prepend(QLatin1Char('/'));
    return out;
}

qint64 integer(const QJsonValue &v)
{
    const QString id = jsonId(v);
    return id.isEmpty() ? -1 : id.left(18).toLongLong();
}

} // namespace

bool DiscourseSection::parseUrl(const QUrl &url, QUrl *canonical) const
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return false;
    const std::optional<ListPath> path = listPath(url.path());
    if (!path)
        return false;
    if (canonical) {
        *canonical = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        canonical->setPath(path->root + path->list);
    }
    return true;
}

QUrl DiscourseSection::jsonUrl(const QUrl &canonical, int page)
{
    QUrl url = canonical;
    url.setPath(canonical.path() + QStringLiteral(".json"));
    if (page > 1)
        url.setQuery(QStringLiteral("page=%1").arg(page - 1));
    return url;
}

bool DiscourseSection::recognize(const QByteArray &body, const QByteArray &contentType, const QUrl &) const
{
    if (!contentType.contains("json") && !body.trimmed().startsWith('{'))
        return false;
    if (!body.left(64 * 1024).contains("\"topic_list\""))
        return false;
    const std::optional<QJsonObject> root = jsonObject(body);
    return root
        && root->value(QLatin1String("topic_list")).toObject().value(QLatin1String("topics")).isArray();
}

QList<ListingRequest> DiscourseSection::firstRequests(const QUrl &canonical, int maxPages) const
{
    if (maxPages < 1)
        return {};
    return {ListingRequest {jsonUrl(canonical, 1), ListingRequest::Format::Json, 1, QByteArray()}};
}

ListingAnswer DiscourseSection::readAnswer(
    const ListingRequest &request, const QByteArray &body, const QUrl &finalUrl, int maxPages) const
{
    ListingAnswer answer;
    const std::optional<QJsonObject> root = jsonObject(body);
    const QJsonObject list = root ? root->value(QLatin1String("topic_list")).toObject() : QJsonObject();
    const QJsonValue topics = list.value(QLatin1String("topics"));
    if (!topics.isArray()) {
        answer.error = QCoreApplication::translate(
            "ListingSource", "not a Discourse topic list (no topic_list.topics)");
        return answer;
    }
    const QUrl at = finalUrl.isEmpty() ? request.url : finalUrl;
    const std::optional<ListPath> path = listPath(at.path());
    const QString rootPath = path ? path->root : QString();
    answer.page.kind = path && !path->category.isEmpty() ? ListingKind::Section : ListingKind::FrontPage;
    answer.page.title = path && !path->category.isEmpty()
        ? boundedText(path->category, SectionBounds::MaxName)
        : QCoreApplication::translate("ListingSource", "Latest topics on %1").arg(at.host());
    answer.page.link = at.adjusted(QUrl::RemoveQuery);

    QHash<qint64, QString> users;
    const QJsonArray userList = root->value(QLatin1String("users")).toArray();
    for (qsizetype i = 0; i < userList.size() && i < MaxUsers; ++i) {
        const QJsonObject user = userList[i].toObject();
        users.insert(integer(user.value(QLatin1String("id"))),
            jsonString(user, QLatin1String("username"), SectionBounds::MaxName));
    }
    const QJsonArray array = topics.toArray();
    for (qsizetype i = 0; i < array.size() && answer.page.items.size() < SectionBounds::MaxRows; ++i) {
        const QJsonObject topic = array[i].toObject();
        const qint64 id = integer(topic.value(QLatin1String("id")));
        if (id <= 0)
            continue;
        QString slug = jsonString(topic, QLatin1String("slug"), 300);
        static const QRegularExpression safe(
            QStringLiteral("^[\\w-]*$"), QRegularExpression::UseUnicodePropertiesOption);
        if (slug.isEmpty() || !safe.match(slug).hasMatch())
            slug = QStringLiteral("topic");
        SectionRow row;
        row.link = at.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        row.link.setPath(rootPath + QStringLiteral("/t/%1/%2").arg(slug).arg(id));
        row.title = jsonString(topic, QLatin1String("title"), SectionBounds::MaxTitle * 4);
        row.started = jsonIsoTime(topic, QLatin1String("created_at"));
        row.lastPost = jsonIsoTime(topic, QLatin1String("bumped_at"));
        if (!row.lastPost.isValid())
            row.lastPost = jsonIsoTime(topic, QLatin1String("last_posted_at"));
        const qint64 posts = integer(topic.value(QLatin1String("posts_count")));
        if (posts >= 1 && posts <= std::numeric_limits<int>::max())
            row.replies = int(posts - 1);
        const QJsonArray posters = topic.value(QLatin1String("posters")).toArray();
        if (!posters.isEmpty())
            row.author = users.value(integer(posters.first().toObject().value(QLatin1String("user_id"))));
        row.sticky = topic.value(QLatin1String("pinned")).toBool()
            || topic.value(QLatin1String("pinned_globally")).toBool();
        FeedItem item;
        if (sectionItem(row, &item))
            answer.page.items.append(item);
    }
    // Discourse says whether there is more; the page after it is asked for by number.
    if (list.contains(QLatin1String("more_topics_url"))
        && request.page < std::min(maxPages, SectionBounds::MaxPageNumber) && !array.isEmpty()) {
        QUrl canonical;
        if (parseUrl(request.url, &canonical))
            answer.next.append(ListingRequest {jsonUrl(canonical, request.page + 1),
                ListingRequest::Format::Json, request.page + 1, QByteArray()});
    }
    return answer;
}

} // namespace Threadkeeper
