// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoursefixture.h"

#include "servers/fixtureserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Threadkeeper::Testing {

namespace {

const FixturePost *postById(const DiscourseTopic &topic, const QString &id)
{
    for (const FixturePost &p : topic.thread.posts) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

// Text between quotes: paragraphs at blank lines, the rest as the XenForo writer does it.
QString paragraphs(const QString &bbcode)
{
    static const QRegularExpression blank(QStringLiteral("\\n\\s*\\n"));
    QString out;
    for (const QString &part : bbcode.trimmed().split(blank, Qt::SkipEmptyParts)) {
        const QString html = bbcodeToHtml(part.trimmed());
        out += html.startsWith(QLatin1String("<ul")) ? html + QLatin1Char('\n')
                                                     : QStringLiteral("<p>%1</p>\n").arg(html);
    }
    return out;
}

QString cooked(const DiscourseTopic &topic, const QString &bbcode);

QString aside(const DiscourseTopic &topic, const QString &arg, const QString &inner)
{
    // [QUOTE="Name, post: 123, member: 45"] or [QUOTE="Name"]
    QString cleaned = arg;
    cleaned.remove(QLatin1Char('"'));
    const QStringList parts = cleaned.split(QLatin1Char(','));
    const QString name = parts.value(0).trimmed();
    QString attrs = QStringLiteral(" data-username=\"%1\"").arg(name.toHtmlEscaped());
    for (const QString &p : parts.mid(1)) {
        const QString t = p.trimmed();
        if (!t.startsWith(QLatin1String("post:")))
            continue;
        if (const FixturePost *quoted = postById(topic, t.mid(5).trimmed()))
            attrs += QStringLiteral(" data-post=\"%1\" data-topic=\"%2\"")
                         .arg(topic.numberOf(*quoted))
                         .arg(topic.id);
    }
    return QStringLiteral(
        "<aside class=\"quote no-group\"%1>\n<div class=\"title\">\n<div "
        "class=\"quote-controls\"></div>\n<img alt=\"\" width=\"24\" height=\"24\" "
        "src=\"/letter_avatar_proxy/v4/letter/%2/8797f3/48.png\" class=\"avatar\"> %3:</div>\n"
        "<blockquote>\n%4</blockquote>\n</aside>\n")
        .arg(attrs, name.left(1).toLower().toHtmlEscaped(), name.toHtmlEscaped(), cooked(topic, inner));
}

QString cooked(const DiscourseTopic &topic, const QString &bbcode)
{
    static const QRegularExpression open(
        QStringLiteral("\\[QUOTE(?:=([^\\]]*))?\\]"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(
        QStringLiteral("\\[(/?)QUOTE(?:=[^\\]]*)?\\]"), QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype pos = 0;
    while (true) {
        const QRegularExpressionMatch m = open.match(bbcode, pos);
        if (!m.hasMatch())
            break;
        out += paragraphs(bbcode.mid(pos, m.capturedStart() - pos));
        // The matching [/QUOTE], past any nested ones.
        int depth = 1;
        qsizetype at = m.capturedEnd();
        qsizetype innerEnd = bbcode.size(), after = bbcode.size();
        for (QRegularExpressionMatchIterator it = tag.globalMatch(bbcode, at); it.hasNext();) {
            const QRegularExpressionMatch t = it.next();
            depth += t.captured(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                innerEnd = t.capturedStart();
                after = t.capturedEnd();
                break;
            }
        }
        out += aside(topic, m.captured(1), bbcode.mid(at, innerEnd - at));
        pos = after;
    }
    return out + paragraphs(bbcode.mid(pos));
}

// The number of the post the first quote names, if it names one.
QJsonValue replyTo(const DiscourseTopic &topic, const FixturePost &post)
{
    static const QRegularExpression first(QStringLiteral("\\[QUOTE=\"?[^,\\]]*,\\s*post:\\s*(\\d+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anyQuote(
        QStringLiteral("\\[QUOTE"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = first.match(post.bbcode);
    if (!m.hasMatch() || anyQuote.match(post.bbcode).capturedStart() != m.capturedStart())
        return QJsonValue::Null;
    const FixturePost *quoted = postById(topic, m.captured(1));
    return quoted ? QJsonValue(topic.numberOf(*quoted)) : QJsonValue(QJsonValue::Null);
}

QJsonObject postJson(const DiscourseTopic &topic, const FixturePost &p)
{
    const QString avatar = p.avatar.isEmpty()
        ? QStringLiteral("/letter_avatar_proxy/v4/letter/%1/8797f3/{size}.png")
              .arg(p.author.left(1).toLower())
        : p.avatar;
    return QJsonObject {
        {QStringLiteral("id"), p.id.toLongLong()},
        {QStringLiteral("name"), QString()},
        {QStringLiteral("username"), p.author},
        {QStringLiteral("avatar_template"), avatar},
        {QStringLiteral("created_at"), p.date.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated_at"), p.date.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("cooked"), cooked(topic, p.bbcode)},
        {QStringLiteral("post_number"), topic.numberOf(p)},
        {QStringLiteral("post_type"), 1},
        {QStringLiteral("reply_to_post_number"), replyTo(topic, p)},
        {QStringLiteral("topic_id"), topic.id},
        {QStringLiteral("topic_slug"), topic.slug()},
        {QStringLiteral("hidden"), false},
        {QStringLiteral("deleted_at"), QJsonValue::Null},
    };
}

} // namespace

QString DiscourseTopic::slug() const
{
    QString s = thread.title.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return s.left(60).remove(QRegularExpression(QStringLiteral("^-+|-+$")));
}

int DiscourseTopic::numberOf(const FixturePost &post) const
{
    const bool fromZero = !thread.posts.isEmpty() && thread.posts.first().number == 0;
    return post.number + (fromZero ? 1 : 0);
}

QByteArray discourseTopicJson(const DiscourseTopic &topic, int around)
{
    const QList<FixturePost> &posts = topic.thread.posts;
    qsizetype from = 0;
    if (around > 0) {
        // Discourse's chunk around a post starts a few posts before it.
        for (qsizetype i = 0; i < posts.size(); ++i) {
            if (topic.numberOf(posts[i]) >= around) {
                from = std::max<qsizetype>(0, i - 5);
                break;
            }
        }
        from = std::min<qsizetype>(from, std::max<qsizetype>(0, posts.size() - topic.chunk));
    }
    QJsonArray chunk, stream;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        stream.append(posts[i].id.toLongLong());
        if (i >= from && i < from + topic.chunk)
            chunk.append(postJson(topic, posts[i]));
    }
    const int highest = posts.isEmpty() ? 0 : topic.numberOf(posts.last());
    const QJsonObject root {
        {QStringLiteral("post_stream"),
            QJsonObject {{QStringLiteral("posts"), chunk}, {QStringLiteral("stream"), stream}}},
        {QStringLiteral("id"), topic.id},
        {QStringLiteral("title"), topic.thread.title},
        {QStringLiteral("fancy_title"), topic.thread.title.toHtmlEscaped()},
        {QStringLiteral("slug"), topic.slug()},
        {QStringLiteral("posts_count"), int(posts.size())},
        {QStringLiteral("highest_post_number"), highest},
        {QStringLiteral("chunk_size"), topic.chunk},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray discoursePostsJson(const DiscourseTopic &topic, const QStringList &ids)
{
    QJsonArray posts;
    for (const QString &id : ids.mid(0, 20)) {
        if (const FixturePost *p = postById(topic, id))
            posts.append(postJson(topic, *p));
    }
    const QJsonObject root {
        {QStringLiteral("post_stream"), QJsonObject {{QStringLiteral("posts"), posts}}},
        {QStringLiteral("id"), topic.id},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray discourseTopicPage(const DiscourseTopic &topic)
{
    return QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\" class=\"desktop-view not-mobile-device\">\n<head>\n"
        "<meta charset=\"utf-8\">\n<title>%1 - Fixture Discourse</title>\n"
        "<meta name=\"generator\" content=\"Discourse 3.4.0 - https://github.com/discourse/discourse "
        "version 0123456789abcdef\">\n<link rel=\"canonical\" href=\"%2\" />\n</head>\n<body>\n"
        "<div id=\"main-outlet\"><h1>%1</h1><p>This page needs JavaScript.</p></div>\n</body>\n</html>\n")
        .arg(topic.thread.title.toHtmlEscaped(), topic.path())
        .toUtf8();
}

void serveDiscourseTopic(FixtureServer *server, const DiscourseTopic &topic, int delayMs)
{
    FixtureServer::Route json;
    json.contentType = "application/json; charset=utf-8";
    json.delayMs = delayMs;
    json.body = discourseTopicJson(topic);
    server->setRoute(QStringLiteral("/t/%1.json").arg(topic.id), json);
    server->setRoute(topic.path() + QStringLiteral(".json"), json);
    for (const FixturePost &p : topic.thread.posts) {
        json.body = discourseTopicJson(topic, topic.numberOf(p));
        server->setRoute(QStringLiteral("/t/%1/%2.json").arg(topic.id).arg(topic.numberOf(p)), json);
    }
    FixtureServer::Route posts = json;
    posts.body.clear();
    posts.bodyForQuery = [topic](const QString &query) {
        return discoursePostsJson(topic, QUrlQuery(query).allQueryItemValues(QStringLiteral("post_ids[]")));
    };
    server->setRoute(QStringLiteral("/t/%1/posts.json").arg(topic.id), posts);
    server->setPage(topic.path(), discourseTopicPage(topic), delayMs);
}

} // namespace Threadkeeper::Testing
