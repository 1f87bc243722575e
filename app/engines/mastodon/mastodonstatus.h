// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"

#include <QHash>
#include <QJsonObject>
#include <QUrl>

namespace Threadkeeper {

// One Mastodon status (the API's JSON, v1) as a post: its author as Mastodon names
// accounts (acct: "user" on this server, "user@host" from another), its HTML content,
// its content warning as a closed spoiler around the words, its pictures, and a quote
// post's quoted status as a quote (Mastodon 4.4's "quote").
class MastodonStatus
{
public:
    static constexpr int MaxQuoteDepth = 3; // a quote of a quote of a quote, then no more
    static constexpr qsizetype MaxContent = 256 * 1024;

    // A status id: a string of digits (Mastodon's are 18-digit snowflakes, beyond a
    // double's exact range, so always strings), or empty.
    static QString idOf(const QJsonValue &v);
    // The status as a post (id, author, avatar, date, body, text and quotes); parentId
    // and position are the caller's. A quoted status is looked up in thread when the
    // answer gives only its id; its quote names it as source when it is in the thread.
    static Post read(const QJsonObject &status, const QUrl &base, const QHash<QString, QJsonObject> &thread);
    // The blocks of a status's words: content (less the "RE:" line Mastodon adds for
    // servers that show no quotes), pictures, its quote; a content warning wraps them.
    static QList<Block> body(const QJsonObject &status, const QUrl &base,
        const QHash<QString, QJsonObject> &thread, int quoteDepth);
    // A line for a thread's title: the warning if there is one, else the start of the words.
    static QString titleOf(const QJsonObject &status, const QUrl &base);
};

} // namespace Threadkeeper
