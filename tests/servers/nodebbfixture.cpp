// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodebbfixture.h"

#include "servers/fixtureserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Threadkeeper::Testing {

namespace {

int uidOf(const QString &author)
{
    return int(2 + qHash(author, 11) % 100000);
}

QJsonObject pageLink(int page, bool active)
{
    return QJsonObject {{QStringLiteral("page"), page}, {QStringLiteral("active"), active}};
}

} // namespace

QMap<QString, QString> NodeBbFixture::expectedParentIds() const
{
    QMap<QString, QString> out;
    for (int i = 0; i < thread.posts.size(); ++i)
        out.insert(postIdOf(i), thread.parents[i] > 0 ? postIdOf(thread.parents[i]) : QString());
    return out;
}

QByteArray NodeBbFixture::page(int page) const
{
    QJsonArray posts;
    for (int i = (page - 1) * postsPerPage; i < thread.posts.size() && i < page * postsPerPage; ++i) {
        const FixturePost &p = thread.posts[i];
        const int parent = thread.parents[i];
        const bool deleted = thread.deleted.contains(i);
        QString html;
        QStringList quoted;
        bool saidIn = false;
        auto flushQuote = [&] {
            if (quoted.isEmpty())
                return;
            if (parent > 0 && !saidIn) {
                // The composer's Quote of the post replied to.
                const FixturePost &q = thread.posts[parent];
                html += QStringLiteral(
                    "<p><a class=\"plugin-mentions-user plugin-mentions-a\" href=\"%1/uid/%2\">@%3</a> "
                    "said in <a href=\"%1/post/%4\">%5</a>:</p>\n")
                            .arg(folder)
                            .arg(uidOf(q.author))
                            .arg(q.author.toHtmlEscaped(), q.id, thread.title.toHtmlEscaped());
                saidIn = true;
            }
            html += QStringLiteral("<blockquote>\n<p>%1</p>\n</blockquote>\n")
                        .arg(quoted.join(QStringLiteral("<br />\n")));
            quoted.clear();
        };
        for (const QString &paragraph : plainParagraphs(p.bbcode)) {
            if (paragraph.startsWith(QLatin1String("> "))) {
                quoted.append(paragraph.mid(2).toHtmlEscaped());
                continue;
            }
            flushQuote();
            html += QStringLiteral("<p dir=\"auto\">%1</p>\n").arg(paragraph.toHtmlEscaped());
        }
        flushQuote();
        QJsonObject user {{QStringLiteral("uid"), uidOf(p.author)}, {QStringLiteral("username"), p.author},
            {QStringLiteral("userslug"), p.author.toLower()}, {QStringLiteral("displayname"), p.author},
            {QStringLiteral("reputation"), 3}, {QStringLiteral("postcount"), 40},
            {QStringLiteral("status"), QStringLiteral("offline")},
            {QStringLiteral("icon:text"), p.author.left(1).toUpper()},
            {QStringLiteral("icon:bgColor"), QStringLiteral("#f44336")},
            {QStringLiteral("picture"),
                i % 4 == 0 ? QJsonValue(QStringLiteral("%1/assets/uploads/profile/%2-profileavatar.png")
                                            .arg(folder)
                                            .arg(uidOf(p.author)))
                           : QJsonValue(QJsonValue::Null)}};
        QJsonObject post {{QStringLiteral("pid"), p.id.toLongLong()},
            {QStringLiteral("uid"), uidOf(p.author)}, {QStringLiteral("tid"), tid},
            {QStringLiteral("content"), deleted ? QStringLiteral("[[topic:post-is-deleted]]") : html},
            {QStringLiteral("timestamp"), p.date.toMSecsSinceEpoch()},
            {QStringLiteral("timestampISO"), p.date.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("deleted"), deleted ? 1 : 0}, {QStringLiteral("upvotes"), 0},
            {QStringLiteral("downvotes"), 0}, {QStringLiteral("votes"), 0}, {QStringLiteral("edited"), 0},
            {QStringLiteral("index"), i}, {QStringLiteral("user"), user},
            {QStringLiteral("bookmarked"), false}, {QStringLiteral("upvoted"), false},
            {QStringLiteral("replies"),
                QJsonObject {{QStringLiteral("count"), int(thread.repliesOf(i).size())}}},
            {QStringLiteral("selfPost"), false}, {QStringLiteral("display_edit_tools"), false}};
        if (parent > 0) {
            post.insert(QStringLiteral("toPid"), postIdOf(parent));
            post.insert(QStringLiteral("parent"),
                QJsonObject {{QStringLiteral("username"), thread.posts[parent].author}});
        }
        posts.append(post);
    }
    const int pages = pageCount();
    const QJsonObject pagination {{QStringLiteral("prev"), pageLink(std::max(1, page - 1), page > 1)},
        {QStringLiteral("next"), pageLink(std::min(pages, page + 1), page < pages)},
        {QStringLiteral("first"), pageLink(1, page > 1)},
        {QStringLiteral("last"), pageLink(pages, page < pages)}, {QStringLiteral("rel"), QJsonArray()},
        {QStringLiteral("pages"), QJsonArray()}, {QStringLiteral("currentPage"), page},
        {QStringLiteral("pageCount"), pages}};
    const QString escapedTitle = thread.title.toHtmlEscaped();
    const QJsonObject topic {{QStringLiteral("tid"), tid},
        {QStringLiteral("uid"), uidOf(thread.posts.first().author)}, {QStringLiteral("cid"), 2},
        {QStringLiteral("mainPid"), postIdOf(0).toLongLong()}, {QStringLiteral("title"), escapedTitle},
        {QStringLiteral("titleRaw"), thread.title},
        {QStringLiteral("slug"), QStringLiteral("%1/a-topic").arg(tid)},
        {QStringLiteral("timestamp"), thread.posts.first().date.toMSecsSinceEpoch()},
        {QStringLiteral("postcount"), int(thread.posts.size())}, {QStringLiteral("deleted"), 0},
        {QStringLiteral("locked"), 0}, {QStringLiteral("pinned"), 0}, {QStringLiteral("posts"), posts},
        {QStringLiteral("pagination"), pagination}, {QStringLiteral("postIndex"), 1},
        {QStringLiteral("loggedInUser"),
            QJsonObject {{QStringLiteral("uid"), 0},
                {QStringLiteral("username"), QStringLiteral("[[global:guest]]")}}},
        {QStringLiteral("relative_path"), folder},
        {QStringLiteral("url"), QStringLiteral("%1/topic/%2/a-topic").arg(folder).arg(tid)},
        {QStringLiteral("bodyClass"), QStringLiteral("page-topic page-topic-%1").arg(tid)}};
    return QJsonDocument(topic).toJson(QJsonDocument::Compact);
}

void NodeBbFixture::serve(FixtureServer *server) const
{
    for (int p = 1; p <= pageCount(); ++p) {
        FixtureServer::Route route;
        route.body = page(p);
        route.contentType = "application/json; charset=utf-8";
        server->setRoute(pagePath(p), route);
    }
}

} // namespace Threadkeeper::Testing
