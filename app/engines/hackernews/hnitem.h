// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <limits>
#include <optional>

namespace Threadkeeper {

// One Hacker News item as either API gives it: Algolia's items API nests the replies
// themselves (children), the official Firebase API lists their ids (kids).
struct HnItem
{
    QString id;
    QString author;
    QDateTime date;
    QString title;
    QString url; // a story's link
    QString html; // the text, in HN's small HTML
    bool deleted = false;
    bool dead = false; // flagged: kept by HN, shown only to those who ask
    QJsonArray children; // Algolia
    QStringList kids; // Firebase

    // Replies, as many as will be read.
    qsizetype replyCount() const;
    static constexpr qsizetype MaxReplies = 2000; // per item
};

HnItem hnItemFromAlgolia(const QJsonObject &o);
HnItem hnItemFromFirebase(const QJsonObject &o);

// Where an item sits in depth-first thread order, the same whichever API gave it: the
// item's position is the first of its range, and its replies share the rest equally,
// in order. So positions follow from the path of reply indices alone, which is all a
// Firebase answer knows (answers arrive in any order).
struct HnSlot
{
    int position = 0;
    int size = std::numeric_limits<int>::max();
    int depth = 0;
    int unit = 1; // the story is part 1; each top-level reply and its subtree a part after it
    QString parentId;

    static constexpr int MaxDepth = 200;
    // The slot of reply index of count, or none when the range or depth is used up.
    std::optional<HnSlot> reply(const QString &itemId, qsizetype index, qsizetype count) const;
};

// The post an item makes, or none: a deleted or dead item shows only when it has replies
// (as a placeholder that keeps them in place). A story's link comes first in its body.
std::optional<Post> hnPost(const HnItem &item, const HnSlot &slot, const QUrl &itemUrl);

} // namespace Threadkeeper
