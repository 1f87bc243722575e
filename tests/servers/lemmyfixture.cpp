// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lemmyfixture.h"

#include "servers/fixtureserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Threadkeeper::Testing {

namespace {

QJsonObject creator(const QString &name, int index)
{
    QJsonObject o {{QStringLiteral("id"), 600000 + index}, {QStringLiteral("name"), name},
        {QStringLiteral("local"), true},
        {QStringLiteral("actor_id"), QStringLiteral("https://lemmy.example/u/") + name},
        {QStringLiteral("banned"), false}, {QStringLiteral("bot_account"), false}};
    if (index % 4 == 0)
        o.insert(
            QStringLiteral("avatar"), QStringLiteral("https://lemmy.example/pictrs/image/%1.png").arg(index));
    return o;
}

QString markdownOf(const QString &bbcode)
{
    return plainParagraphs(bbcode).join(QStringLiteral("\n\n"));
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString LemmyFixture::postIdOf(int index) const
{
    return index == 0 ? QStringLiteral("post-%1").arg(postId) : commentId(index);
}

QString LemmyFixture::postPath() const
{
    return QStringLiteral("/api/v3/post?id=%1").arg(postId);
}

QString LemmyFixture::commentPagePath(int page) const
{
    return QStringLiteral("/api/v3/comment/list?post_id=%1&sort=Old&limit=%2&page=%3")
        .arg(postId)
        .arg(pageSize)
        .arg(page);
}

QByteArray LemmyFixture::postAnswer() const
{
    const FixturePost &p = thread.posts.first();
    QJsonObject post {{QStringLiteral("id"), postId}, {QStringLiteral("name"), thread.title},
        {QStringLiteral("body"), markdownOf(p.bbcode)}, {QStringLiteral("creator_id"), 1},
        {QStringLiteral("community_id"), 41470}, {QStringLiteral("removed"), false},
        {QStringLiteral("deleted"), false}, {QStringLiteral("published"), isoTime(p.date)},
        {QStringLiteral("ap_id"), QStringLiteral("https://lemmy.example/post/%1").arg(postId)}};
    if (!thread.link.isEmpty())
        post.insert(QStringLiteral("url"), thread.link);
    const QJsonObject view {{QStringLiteral("post"), post}, {QStringLiteral("creator"), creator(p.author, 0)},
        {QStringLiteral("counts"), QJsonObject {{QStringLiteral("comments"), int(thread.posts.size() - 1)}}}};
    return QJsonDocument(
        QJsonObject {{QStringLiteral("post_view"), view}, {QStringLiteral("moderators"), QJsonArray()},
            {QStringLiteral("cross_posts"), QJsonArray()}})
        .toJson(QJsonDocument::Compact);
}

QByteArray LemmyFixture::commentPage(int page) const
{
    QJsonArray comments;
    for (int i = 1 + (page - 1) * pageSize; i < thread.posts.size() && i <= page * pageSize; ++i) {
        const FixturePost &p = thread.posts[i];
        QStringList path {commentId(i)};
        for (int a = thread.parents[i]; a > 0; a = thread.parents[a])
            path.prepend(commentId(a));
        path.prepend(QStringLiteral("0"));
        const bool gone = thread.deleted.contains(i);
        const QJsonObject comment {{QStringLiteral("id"), commentId(i).toLongLong()},
            {QStringLiteral("post_id"), postId},
            {QStringLiteral("content"), gone ? QString() : markdownOf(p.bbcode)},
            {QStringLiteral("removed"), false}, {QStringLiteral("deleted"), gone},
            {QStringLiteral("published"), isoTime(p.date)},
            {QStringLiteral("path"), path.join(QLatin1Char('.'))},
            {QStringLiteral("ap_id"), QStringLiteral("https://lemmy.example/comment/") + commentId(i)},
            {QStringLiteral("local"), true}};
        comments.append(QJsonObject {{QStringLiteral("comment"), comment},
            {QStringLiteral("creator"), creator(p.author, i)},
            {QStringLiteral("counts"),
                QJsonObject {{QStringLiteral("child_count"), int(thread.repliesOf(i).size())}}}});
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("comments"), comments}}).toJson(QJsonDocument::Compact);
}

void LemmyFixture::serve(FixtureServer *server) const
{
    auto json = [](const QByteArray &body) {
        FixtureServer::Route route;
        route.body = body;
        route.contentType = "application/json";
        return route;
    };
    server->setRoute(postPath(), json(postAnswer()));
    for (int page = 1; page <= pageCount(); ++page)
        server->setRoute(commentPagePath(page), json(commentPage(page)));
}

} // namespace Threadkeeper::Testing
