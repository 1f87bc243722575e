// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lobstersfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace Threadkeeper::Testing {

namespace {

QJsonObject comment(const char *id, int depth, const char *parent, const QString &user, const char *time,
    const QString &html, bool deleted = false, bool moderated = false)
{
    const QString shortId = QString::fromLatin1(id);
    return QJsonObject {{QStringLiteral("short_id"), shortId},
        {QStringLiteral("short_id_url"), QStringLiteral("https://lobste.rs/c/") + shortId},
        {QStringLiteral("created_at"), QString::fromLatin1(time)},
        {QStringLiteral("last_edited_at"), QString::fromLatin1(time)},
        {QStringLiteral("is_deleted"), deleted}, {QStringLiteral("is_moderated"), moderated},
        {QStringLiteral("score"), 3}, {QStringLiteral("flags"), 0},
        {QStringLiteral("parent_comment"), parent ? QJsonValue(QString::fromLatin1(parent)) : QJsonValue()},
        {QStringLiteral("comment"), html}, {QStringLiteral("comment_plain"), QString()},
        {QStringLiteral("url"), QStringLiteral("https://lobste.rs/s/ab12cd/unicode_story#c_") + shortId},
        {QStringLiteral("depth"), depth}, {QStringLiteral("commenting_user"), user}};
}

QString isoTime(const QDateTime &date)
{
    return date.toUTC().toString(Qt::ISODateWithMs);
}

QString htmlOf(const QString &bbcode)
{
    QString html;
    for (const QString &paragraph : plainParagraphs(bbcode)) {
        QStringList quoted;
        QStringList own;
        for (const QString &line : paragraph.split(QLatin1Char('\n')))
            (line.startsWith(QLatin1String("> ")) ? quoted : own)
                .append(line.mid(line.startsWith(u'>') ? 2 : 0));
        if (!quoted.isEmpty())
            html += QStringLiteral("<blockquote>\n<p>%1</p>\n</blockquote>\n")
                        .arg(quoted.join(u' ').toHtmlEscaped());
        if (!own.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(own.join(u' ').toHtmlEscaped());
    }
    return html;
}

} // namespace

QByteArray LobstersFixture::storyPage(const QString &title)
{
    return QByteArray("<!doctype html>\n<html lang=\"en\" >\n<head>\n"
                      "  <meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">\n"
                      "  <meta name=\"story-flags\" content=\"{&quot;O&quot;:&quot;Off-topic&quot;}\">\n"
                      "  <meta name=\"comment-flags\" content=\"{&quot;O&quot;:&quot;Off-topic&quot;}\">\n"
                      "  <title>")
        + title.toHtmlEscaped().toUtf8() + QByteArray(" | Lobsters</title>\n</head>\n<body></body></html>\n");
}

QByteArray LobstersFixture::answerOf(const TreeThread &thread, const QString &storyId)
{
    QJsonArray comments;
    // Depth first, as the site lists them; the stack holds (index, depth).
    QList<QPair<int, int>> stack;
    const QList<int> top = thread.repliesOf(0);
    for (auto it = top.crbegin(); it != top.crend(); ++it)
        stack.append({*it, 0});
    while (!stack.isEmpty()) {
        const auto [i, depth] = stack.takeLast();
        const FixturePost &p = thread.posts[i];
        const bool deleted = thread.deleted.contains(i);
        const int parent = thread.parents[i];
        comments.append(QJsonObject {{QStringLiteral("short_id"), commentId(i)},
            {QStringLiteral("created_at"), isoTime(p.date)}, {QStringLiteral("is_deleted"), deleted},
            {QStringLiteral("is_moderated"), false},
            {QStringLiteral("parent_comment"), parent > 0 ? QJsonValue(commentId(parent)) : QJsonValue()},
            {QStringLiteral("comment"),
                deleted ? QStringLiteral("<p>Comment removed by author</p>") : htmlOf(p.bbcode)},
            {QStringLiteral("depth"), depth}, {QStringLiteral("commenting_user"), p.author}});
        const QList<int> replies = thread.repliesOf(i);
        for (auto it = replies.crbegin(); it != replies.crend(); ++it)
            stack.append({*it, depth + 1});
    }
    const FixturePost &article = thread.posts.first();
    const QJsonObject story {{QStringLiteral("short_id"), storyId}, {QStringLiteral("title"), thread.title},
        {QStringLiteral("created_at"), isoTime(article.date)}, {QStringLiteral("url"), thread.link},
        {QStringLiteral("description"), htmlOf(article.bbcode)},
        {QStringLiteral("submitter_user"), article.author}, {QStringLiteral("comments"), comments}};
    return QJsonDocument(story).toJson(QJsonDocument::Compact);
}

QByteArray LobstersFixture::answer()
{
    const QJsonArray comments {
        comment("c1aaaa", 0, nullptr, QStringLiteral("Zoë"), "2025-01-10T09:00:00.000-06:00",
            QStringLiteral("<p>Grüße aus Köln — first</p>\n")),
        comment("c2bbbb", 1, "c1aaaa", QStringLiteral("東京の人"), "2025-01-10T09:30:00.000-06:00",
            QStringLiteral("<p>Reply one</p>\n")),
        comment("c3cccc", 2, "c2bbbb", QStringLiteral("ålund"), "2025-01-10T10:00:00.000-06:00",
            QStringLiteral("<p>Deeper still</p>\n")),
        comment("c4dddd", 0, nullptr, QStringLiteral("gone_user"), "2025-01-10T10:05:00.000-06:00",
            QStringLiteral("<p><em>Comment removed by author</em></p>\n"), true),
        comment("c5eeee", 1, "c4dddd", QStringLiteral("Zoë"), "2025-01-10T11:00:00.000-06:00",
            QStringLiteral("<p>Reply to the deleted one</p>\n")),
        comment("c6ffff", 2, "c5eeee", QStringLiteral("troll"), "2025-01-10T11:10:00.000-06:00",
            QStringLiteral("<p><em>Comment removed by moderator pushcx: Troll</em></p>\n"), false, true),
        comment("c7gggg", 3, "c6ffff", QStringLiteral("ålund"), "2025-01-10T12:00:00.000-06:00",
            QStringLiteral("<blockquote>\n<p>rude words</p>\n</blockquote>\n<p>Own words</p>\n")),
        comment("c8hhhh", 0, nullptr, QStringLiteral("Łukasz"), "2025-01-11T08:00:00.000-06:00",
            QStringLiteral("<p>Last word</p>\n")),
    };
    const QJsonObject story {{QStringLiteral("short_id"), QString::fromLatin1(storyId)},
        {QStringLiteral("short_id_url"), QStringLiteral("https://lobste.rs/s/ab12cd")},
        {QStringLiteral("created_at"), QStringLiteral("2025-01-10T08:15:00.000-06:00")},
        {QStringLiteral("title"), QStringLiteral("Ünïcode story — a test")},
        {QStringLiteral("url"), QStringLiteral("https://example.org/article")}, {QStringLiteral("score"), 12},
        {QStringLiteral("flags"), 0}, {QStringLiteral("comment_count"), comments.size()},
        {QStringLiteral("description"), QStringLiteral("<p>Why this matters</p>\n")},
        {QStringLiteral("description_plain"), QStringLiteral("Why this matters")},
        {QStringLiteral("comments_url"), QStringLiteral("https://lobste.rs/s/ab12cd/unicode_story")},
        {QStringLiteral("submitter_user"), QStringLiteral("Zoë")}, {QStringLiteral("user_is_author"), false},
        {QStringLiteral("tags"), QJsonArray {QStringLiteral("programming")}},
        {QStringLiteral("comments"), comments}};
    return QJsonDocument(story).toJson(QJsonDocument::Compact);
}

} // namespace Threadkeeper::Testing
