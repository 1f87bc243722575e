// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flarumfixture.h"

#include "servers/fixtureserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Threadkeeper::Testing {

namespace {

QJsonObject identifier(const QString &type, const QString &id)
{
    return QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("id"), id}};
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString userIdOf(const QString &author)
{
    return QString::number(10 + qHash(author, 7) % 100000);
}

QJsonObject user(const QString &author)
{
    const QString id = userIdOf(author);
    const QJsonValue avatar = id.toInt() % 3 == 0
        ? QJsonValue(QStringLiteral("https://flarum.example/assets/avatars/%1.png").arg(id))
        : QJsonValue(QJsonValue::Null);
    return QJsonObject {{QStringLiteral("type"), QStringLiteral("users")}, {QStringLiteral("id"), id},
        {QStringLiteral("attributes"),
            QJsonObject {{QStringLiteral("username"), QStringLiteral("user%1").arg(id)},
                {QStringLiteral("displayName"), author}, {QStringLiteral("avatarUrl"), avatar},
                {QStringLiteral("slug"), QStringLiteral("user%1").arg(id)}}}};
}

} // namespace

QMap<QString, QString> FlarumFixture::expectedParentIds() const
{
    QMap<QString, QString> out;
    for (int i = 0; i < thread.posts.size(); ++i) {
        if (thread.deleted.contains(i))
            continue;
        const int parent = thread.parents[i];
        out.insert(
            postIdOf(i), parent > 0 && !thread.deleted.contains(parent) ? postIdOf(parent) : QString());
    }
    return out;
}

QByteArray FlarumFixture::discussionAnswer() const
{
    QJsonArray ids;
    QJsonArray included;
    QSet<QString> users;
    auto include = [&](const QJsonObject &post, const QString &author) {
        included.append(post);
        if (!author.isEmpty() && !users.contains(author)) {
            users.insert(author);
            included.append(user(author));
        }
    };
    for (int i = 0; i < thread.posts.size(); ++i) {
        if (i == 3) {
            ids.append(identifier(QStringLiteral("posts"), eventId()));
            if (i < window) {
                const QJsonObject answer
                    = QJsonDocument::fromJson(postsAnswer(QStringLiteral("filter[id]=") + eventId()))
                          .object();
                include(answer.value(QLatin1StringView("data")).toArray().first().toObject(), {});
            }
        }
        if (thread.deleted.contains(i))
            continue;
        ids.append(identifier(QStringLiteral("posts"), postIdOf(i)));
        if (i < window) {
            const QJsonObject answer
                = QJsonDocument::fromJson(postsAnswer(QStringLiteral("filter[id]=") + postIdOf(i))).object();
            include(
                answer.value(QLatin1StringView("data")).toArray().first().toObject(), thread.posts[i].author);
        }
    }
    const QJsonObject data {{QStringLiteral("type"), QStringLiteral("discussions")},
        {QStringLiteral("id"), QString::number(discussionId)},
        {QStringLiteral("attributes"),
            QJsonObject {{QStringLiteral("title"), thread.title},
                {QStringLiteral("slug"), QStringLiteral("%1-a-discussion").arg(discussionId)},
                {QStringLiteral("commentCount"), int(thread.posts.size() - thread.deleted.size())},
                {QStringLiteral("lastPostNumber"), numberOf(int(thread.posts.size()) - 1)}}},
        {QStringLiteral("relationships"),
            QJsonObject {{QStringLiteral("posts"), QJsonObject {{QStringLiteral("data"), ids}}}}}};
    return QJsonDocument(QJsonObject {{QStringLiteral("data"), data}, {QStringLiteral("included"), included}})
        .toJson(QJsonDocument::Compact);
}

QByteArray FlarumFixture::postsAnswer(const QString &query) const
{
    const QStringList wanted
        = QUrlQuery(query).queryItemValue(QStringLiteral("filter[id]"), QUrl::FullyDecoded).split(u',');
    const QJsonObject discussion = identifier(QStringLiteral("discussions"), QString::number(discussionId));
    QJsonArray data;
    QJsonArray included;
    QSet<QString> users;
    for (const QString &id : wanted) {
        if (id == eventId()) {
            // As discuss.flarum.org's discussionTagged: tags before and after, no HTML.
            data.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("posts")},
                {QStringLiteral("id"), id},
                {QStringLiteral("attributes"),
                    QJsonObject {{QStringLiteral("number"), 4},
                        {QStringLiteral("createdAt"), QStringLiteral("2024-01-02T10:00:00+00:00")},
                        {QStringLiteral("contentType"), QStringLiteral("discussionTagged")},
                        {QStringLiteral("content"), QJsonArray {QJsonArray {4}, QJsonArray {24}}}}},
                {QStringLiteral("relationships"),
                    QJsonObject {
                        {QStringLiteral("discussion"), QJsonObject {{QStringLiteral("data"), discussion}}},
                        {QStringLiteral("user"),
                            QJsonObject {{QStringLiteral("data"),
                                identifier(QStringLiteral("users"), QStringLiteral("1"))}}}}}});
            continue;
        }
        int i = 0;
        while (i < thread.posts.size() && postIdOf(i) != id)
            ++i;
        if (i == thread.posts.size() || thread.deleted.contains(i))
            continue;
        const FixturePost &p = thread.posts[i];
        QString html;
        const int parent = thread.parents[i];
        bool mentioned = parent <= 0;
        QStringList quoted;
        auto flushQuote = [&] {
            if (!quoted.isEmpty())
                html += QStringLiteral("<blockquote><p>%1</p></blockquote>\n")
                            .arg(quoted.join(QStringLiteral("<br>\n")));
            quoted.clear();
        };
        for (const QString &paragraph : plainParagraphs(p.bbcode)) {
            if (paragraph.startsWith(QLatin1String("> "))) {
                quoted.append(escaped(paragraph.mid(2)));
                continue;
            }
            flushQuote();
            QString mention;
            if (!mentioned) {
                // Flarum's Reply: "@name#POSTID" in the source, a link in the HTML.
                mention = QStringLiteral("<a href=\"https://flarum.example%1/d/%2/%3\" class=\"PostMention\" "
                                         "data-id=\"%4\">%5</a> ")
                              .arg(folder)
                              .arg(discussionId)
                              .arg(numberOf(parent))
                              .arg(postIdOf(parent), escaped(thread.posts[parent].author));
                mentioned = true;
            }
            html += QStringLiteral("<p>%1%2</p>\n").arg(mention, escaped(paragraph));
        }
        flushQuote();
        if (!mentioned) // a reply of quotes only: the mention on a line of its own
            html.prepend(QStringLiteral("<p><a href=\"#\" class=\"PostMention\" data-id=\"%1\">%2</a></p>\n")
                             .arg(postIdOf(parent), escaped(thread.posts[parent].author)));
        data.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("posts")},
            {QStringLiteral("id"), id},
            {QStringLiteral("attributes"),
                QJsonObject {{QStringLiteral("number"), numberOf(i)},
                    {QStringLiteral("createdAt"),
                        p.date.toUTC().toString(Qt::ISODate).replace(u'Z', QStringLiteral("+00:00"))},
                    {QStringLiteral("contentType"), QStringLiteral("comment")},
                    {QStringLiteral("contentHtml"), html}, {QStringLiteral("renderFailed"), false},
                    {QStringLiteral("canEdit"), false}}},
            {QStringLiteral("relationships"),
                QJsonObject {
                    {QStringLiteral("discussion"), QJsonObject {{QStringLiteral("data"), discussion}}},
                    {QStringLiteral("user"),
                        QJsonObject {{QStringLiteral("data"),
                            identifier(QStringLiteral("users"), userIdOf(p.author))}}},
                    {QStringLiteral("mentionedBy"), QJsonObject {{QStringLiteral("data"), QJsonArray()}}}}}});
        if (!users.contains(p.author)) {
            users.insert(p.author);
            included.append(user(p.author));
        }
    }
    return QJsonDocument(
        QJsonObject {{QStringLiteral("links"),
                         QJsonObject {{QStringLiteral("first"),
                             QStringLiteral("https://flarum.example%1/api/posts").arg(folder)}}},
            {QStringLiteral("data"), data}, {QStringLiteral("included"), included}})
        .toJson(QJsonDocument::Compact);
}

void FlarumFixture::serve(FixtureServer *server) const
{
    FixtureServer::Route discussion;
    discussion.body = discussionAnswer();
    discussion.contentType = "application/vnd.api+json";
    server->setRoute(discussionPath(), discussion);
    FixtureServer::Route posts;
    posts.contentType = "application/vnd.api+json";
    posts.bodyForQuery = [this](const QString &query) { return postsAnswer(query); };
    server->setRoute(postsPath(), posts);
}

} // namespace Threadkeeper::Testing
