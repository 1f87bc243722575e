// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hackernewsfixture.h"

#include "servers/fixtureserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Threadkeeper::Testing {

QString hackerNewsHtml(const QString &bbcode)
{
    // HN escapes ' as &#x27; and writes no closing </p>.
    QStringList paragraphs;
    for (const QString &p : plainParagraphs(bbcode))
        paragraphs.append(p.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#x27;")));
    return paragraphs.join(QStringLiteral("<p>"));
}

namespace {

QJsonObject algoliaObject(const HackerNewsFixture &f, int index)
{
    const TreeThread &t = f.thread;
    const FixturePost &p = t.posts[index];
    const bool gone = t.deleted.contains(index);
    QJsonObject o {{QStringLiteral("id"), f.storyId + index},
        {QStringLiteral("created_at_i"), p.date.toSecsSinceEpoch()},
        {QStringLiteral("created_at"), p.date.toString(Qt::ISODate)},
        {QStringLiteral("type"), index == 0 ? QStringLiteral("story") : QStringLiteral("comment")},
        {QStringLiteral("author"), gone ? QJsonValue() : QJsonValue(p.author)},
        {QStringLiteral("text"),
            gone || (index == 0 && !t.link.isEmpty()) ? QJsonValue() : hackerNewsHtml(p.bbcode)},
        {QStringLiteral("points"), index == 0 ? QJsonValue(120) : QJsonValue()},
        {QStringLiteral("story_id"), f.storyId}, {QStringLiteral("options"), QJsonArray()}};
    if (index == 0) {
        o.insert(QStringLiteral("title"), t.title);
        o.insert(QStringLiteral("url"), t.link.isEmpty() ? QJsonValue() : QJsonValue(t.link));
        o.insert(QStringLiteral("parent_id"), QJsonValue());
    } else {
        o.insert(QStringLiteral("parent_id"), f.storyId + t.parents[index]);
    }
    QJsonArray children;
    for (const int reply : t.repliesOf(index))
        children.append(algoliaObject(f, reply));
    o.insert(QStringLiteral("children"), children);
    return o;
}

} // namespace

QByteArray HackerNewsFixture::algoliaItem() const
{
    return QJsonDocument(algoliaObject(*this, 0)).toJson(QJsonDocument::Compact);
}

QByteArray HackerNewsFixture::firebaseItem(int index) const
{
    const FixturePost &p = thread.posts[index];
    QJsonObject o {
        {QStringLiteral("id"), storyId + index}, {QStringLiteral("time"), p.date.toSecsSinceEpoch()}};
    QJsonArray kids;
    for (const int reply : thread.repliesOf(index))
        kids.append(storyId + reply);
    if (!kids.isEmpty())
        o.insert(QStringLiteral("kids"), kids);
    if (index == 0) {
        o.insert(QStringLiteral("type"), QStringLiteral("story"));
        o.insert(QStringLiteral("title"), thread.title);
        o.insert(QStringLiteral("descendants"), int(thread.posts.size() - 1 - thread.deleted.size()));
        o.insert(QStringLiteral("score"), 120);
        if (!thread.link.isEmpty())
            o.insert(QStringLiteral("url"), thread.link);
    } else {
        o.insert(QStringLiteral("type"), QStringLiteral("comment"));
        o.insert(QStringLiteral("parent"), storyId + thread.parents[index]);
    }
    if (thread.deleted.contains(index)) {
        o.insert(QStringLiteral("deleted"), true); // no author, no text
    } else {
        o.insert(QStringLiteral("by"), p.author);
        if (index != 0 || thread.link.isEmpty())
            o.insert(QStringLiteral("text"), hackerNewsHtml(p.bbcode));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void HackerNewsFixture::serve(FixtureServer *server) const
{
    FixtureServer::Route algolia;
    algolia.body = algoliaItem();
    algolia.contentType = "application/json; charset=utf-8";
    server->setRoute(algoliaPath(itemId(0)), algolia);
    for (int i = 0; i < thread.posts.size(); ++i) {
        FixtureServer::Route item;
        item.body = firebaseItem(i);
        item.contentType = "application/json; charset=utf-8";
        server->setRoute(firebasePath(itemId(i)), item);
    }
}

} // namespace Threadkeeper::Testing
