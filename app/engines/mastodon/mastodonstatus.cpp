// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mastodonstatus.h"

#include "engines/jsonanswer.h"
#include "engines/postbody.h"
#include "engines/simplebodyreader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Threadkeeper {

namespace {

QString webUrl(const QString &text)
{
    const QUrl url(text);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        ? text
        : QString();
}

QString contentHtml(const QJsonObject &status)
{
    QString html = jsonString(status, QLatin1StringView("content"), MastodonStatus::MaxContent);
    // Mastodon 4.4 writes "RE: <link>" into a quote post's content for servers that show
    // no quotes; we show the quote itself.
    static const QRegularExpression reLine(QStringLiteral("<p class=\"quote-inline\">.*?</p>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    html.remove(reLine);
    return html;
}

QList<Block> media(const QJsonObject &status)
{
    QList<Block> blocks;
    const QJsonArray items = status.value(QLatin1StringView("media_attachments")).toArray();
    for (qsizetype i = 0; i < items.size() && i < 16; ++i) {
        const QJsonObject item = items[i].toObject();
        const QString url = webUrl(jsonString(item, QLatin1StringView("url"), PostBodyReader::MaxUrl));
        if (url.isEmpty())
            continue;
        Block b;
        const QString description = jsonString(item, QLatin1StringView("description"), 2000);
        if (jsonString(item, QLatin1StringView("type"), 20) == QLatin1String("image")) {
            b.kind = Block::Kind::Image;
            b.text = description;
            b.url = url;
        } else {
            b.kind = Block::Kind::Attachment;
            b.text = description.isEmpty() ? QUrl(url).fileName() : description;
            b.url = url;
        }
        blocks.append(b);
    }
    return blocks;
}

// The status a quote post quotes, when the server accepted the quote: whole, or by id
// alone (a quote nested deeper than the server expands), then looked up in the thread.
QJsonObject quotedStatus(const QJsonObject &status, const QHash<QString, QJsonObject> &thread, QString *id)
{
    const QJsonObject quote = status.value(QLatin1StringView("quote")).toObject();
    if (quote.isEmpty())
        return {};
    const QString state = jsonString(quote, QLatin1StringView("state"), 40);
    if (!state.isEmpty() && state != QLatin1String("accepted"))
        return {};
    QJsonObject quoted = quote.value(QLatin1StringView("quoted_status")).toObject();
    *id = quoted.isEmpty() ? MastodonStatus::idOf(quote.value(QLatin1StringView("quoted_status_id")))
                           : MastodonStatus::idOf(quoted.value(QLatin1StringView("id")));
    if (quoted.isEmpty())
        quoted = thread.value(*id);
    return quoted;
}

QString acctOf(const QJsonObject &status)
{
    return jsonString(status.value(QLatin1StringView("account")).toObject(), QLatin1StringView("acct"), 300);
}

} // namespace

QString MastodonStatus::idOf(const QJsonValue &v)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    const QString s = v.toString();
    if (v.isString() && digits.match(s).hasMatch())
        return s;
    return jsonId(v); // a server that writes small ids as numbers
}

QList<Block> MastodonStatus::body(
    const QJsonObject &status, const QUrl &base, const QHash<QString, QJsonObject> &thread, int quoteDepth)
{
    QList<Block> blocks = SimpleBodyReader::readFragment(contentHtml(status), base);
    blocks.append(media(status));
    QString quotedId;
    const QJsonObject quoted = quotedStatus(status, thread, &quotedId);
    if (!quoted.isEmpty() && quoteDepth < MaxQuoteDepth) {
        Block quote;
        quote.kind = Block::Kind::Quote;
        quote.quoteAuthor = acctOf(quoted);
        if (thread.contains(quotedId))
            quote.quoteSource = quotedId;
        quote.children = body(quoted, base, thread, quoteDepth + 1);
        blocks.prepend(quote); // as a forum quote: what is answered comes first
    }
    const QString warning = jsonString(status, QLatin1StringView("spoiler_text"), 1000).simplified();
    if (warning.isEmpty())
        return blocks;
    Block spoiler;
    spoiler.kind = Block::Kind::Spoiler;
    spoiler.text = warning;
    spoiler.children = blocks;
    return {spoiler};
}

Post MastodonStatus::read(
    const QJsonObject &status, const QUrl &base, const QHash<QString, QJsonObject> &thread)
{
    Post post;
    post.id = idOf(status.value(QLatin1StringView("id")));
    const QJsonObject account = status.value(QLatin1StringView("account")).toObject();
    post.author = jsonString(account, QLatin1StringView("acct"), 300);
    post.avatarUrl = webUrl(jsonString(account, QLatin1StringView("avatar_static"), PostBodyReader::MaxUrl));
    post.date = jsonIsoTime(status, QLatin1StringView("created_at"));
    post.body = body(status, base, thread, 0);
    fillTextAndQuotes(&post);
    return post;
}

QString MastodonStatus::titleOf(const QJsonObject &status, const QUrl &base)
{
    QString title = jsonString(status, QLatin1StringView("spoiler_text"), 1000).simplified();
    if (title.isEmpty())
        title = ownText(SimpleBodyReader::readFragment(contentHtml(status), base)).simplified();
    if (title.size() > 100)
        title = title.left(99) + QChar(0x2026);
    return title;
}

} // namespace Threadkeeper
