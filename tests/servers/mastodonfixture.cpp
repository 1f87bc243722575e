// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mastodonfixture.h"

#include "servers/fixtureserver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Threadkeeper::Testing {

namespace {

QString contentOf(const QString &bbcode)
{
    QStringList paragraphs;
    for (const QString &p : plainParagraphs(bbcode))
        paragraphs.append(QStringLiteral("<p>") + p.toHtmlEscaped() + QStringLiteral("</p>"));
    return paragraphs.join(QString());
}

} // namespace

QString MastodonFixture::statusId(int index) const
{
    bool numeric = false;
    const QString id = thread.posts[index].id;
    id.toLongLong(&numeric);
    return numeric ? id : QString::number(109294719267373593LL + qint64(index) * 4099);
}

QJsonObject MastodonFixture::status(int index) const
{
    const FixturePost &p = thread.posts[index];
    const bool isRemote = remote.contains(index);
    const QString host = isRemote ? QStringLiteral("social.example") : QStringLiteral("mastodon.example");
    const QString acct = isRemote ? p.author + QStringLiteral("@social.example") : p.author;
    const QString id = statusId(index);
    const QJsonObject account {{QStringLiteral("id"), QString::number(1000 + index)},
        {QStringLiteral("username"), p.author}, {QStringLiteral("acct"), acct},
        {QStringLiteral("display_name"), p.author},
        {QStringLiteral("url"), QStringLiteral("https://%1/@%2").arg(host, p.author)},
        {QStringLiteral("avatar"), QStringLiteral("https://%1/avatars/%2.png").arg(host).arg(index)},
        {QStringLiteral("avatar_static"), QStringLiteral("https://%1/avatars/%2.png").arg(host).arg(index)}};
    int replies = 0;
    for (const int r : thread.repliesOf(index))
        replies += r >= 0 ? 1 : 0;
    QJsonObject o {{QStringLiteral("id"), id},
        {QStringLiteral("created_at"), p.date.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("in_reply_to_id"),
            index == 0 ? QJsonValue() : QJsonValue(statusId(thread.parents[index]))},
        {QStringLiteral("in_reply_to_account_id"),
            index == 0 ? QJsonValue() : QJsonValue(QString::number(1000 + thread.parents[index]))},
        {QStringLiteral("sensitive"), warnings.contains(index)},
        {QStringLiteral("spoiler_text"), warnings.value(index)},
        {QStringLiteral("visibility"), QStringLiteral("public")},
        {QStringLiteral("language"), QStringLiteral("en")},
        {QStringLiteral("uri"), QStringLiteral("https://%1/users/%2/statuses/%3").arg(host, p.author, id)},
        {QStringLiteral("url"), QStringLiteral("https://%1/@%2/%3").arg(host, p.author, id)},
        {QStringLiteral("replies_count"), replies}, {QStringLiteral("reblogs_count"), 0},
        {QStringLiteral("favourites_count"), 1}, {QStringLiteral("edited_at"), QJsonValue()},
        {QStringLiteral("content"), contentOf(p.bbcode)}, {QStringLiteral("reblog"), QJsonValue()},
        {QStringLiteral("account"), account}, {QStringLiteral("media_attachments"), QJsonArray()},
        {QStringLiteral("mentions"), QJsonArray()}, {QStringLiteral("tags"), QJsonArray()},
        {QStringLiteral("emojis"), QJsonArray()}, {QStringLiteral("card"), QJsonValue()},
        {QStringLiteral("poll"), QJsonValue()}, {QStringLiteral("quote"), QJsonValue()}};
    if (quotes.contains(index)) {
        // As Mastodon 4.4: the quoted status whole one level down, by id below that.
        QJsonObject quoted = status(quotes.value(index));
        QJsonObject inner = quoted.value(QLatin1StringView("quote")).toObject();
        if (!inner.isEmpty()) {
            inner.remove(QStringLiteral("quoted_status"));
            inner.insert(QStringLiteral("quoted_status_id"), statusId(quotes.value(quotes.value(index))));
            quoted.insert(QStringLiteral("quote"), inner);
        }
        o.insert(QStringLiteral("quote"),
            QJsonObject {{QStringLiteral("state"), QStringLiteral("accepted")},
                {QStringLiteral("quoted_status"), quoted}});
        o.insert(QStringLiteral("content"),
            o.value(QLatin1StringView("content")).toString()
                + QStringLiteral("<p class=\"quote-inline\">RE: <a href=\"%1\">%1</a></p>")
                      .arg(quoted.value(QLatin1StringView("url")).toString()));
    }
    return o;
}

QByteArray MastodonFixture::statusAnswer(int index) const
{
    return QJsonDocument(status(index)).toJson(QJsonDocument::Compact);
}

QByteArray MastodonFixture::contextAnswer(int index) const
{
    QJsonArray ancestors;
    for (int up = index == 0 ? -1 : thread.parents[index]; up >= 0; up = up == 0 ? -1 : thread.parents[up]) {
        if (!thread.deleted.contains(up))
            ancestors.prepend(status(up));
    }
    QJsonArray descendants;
    std::function<void(int, int)> walk = [&](int at, int depth) {
        if (depthLimit > 0 && depth >= depthLimit)
            return;
        for (const int reply : thread.repliesOf(at)) {
            if (limit > 0 && descendants.size() >= limit)
                return;
            if (!thread.deleted.contains(reply))
                descendants.append(status(reply));
            walk(reply, depth + 1);
        }
    };
    walk(index, 0);
    return QJsonDocument(
        QJsonObject {{QStringLiteral("ancestors"), ancestors}, {QStringLiteral("descendants"), descendants}})
        .toJson(QJsonDocument::Compact);
}

void MastodonFixture::serve(FixtureServer *server) const
{
    for (int i = 0; i < thread.posts.size(); ++i) {
        if (thread.deleted.contains(i))
            continue;
        FixtureServer::Route status;
        status.body = statusAnswer(i);
        status.contentType = "application/json; charset=utf-8";
        status.headers = {{"X-RateLimit-Limit", "300"}, {"X-RateLimit-Remaining", "299"},
            {"X-RateLimit-Reset", "2025-07-17T18:05:00.269179Z"}};
        server->setRoute(statusPath(statusId(i)), status);
        FixtureServer::Route context = status;
        context.body = contextAnswer(i);
        server->setRoute(contextPath(statusId(i)), context);
    }
}

} // namespace Threadkeeper::Testing
