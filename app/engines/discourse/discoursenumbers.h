// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace Threadkeeper {

// Discourse names a post's parent and a quote's post by NUMBER, and the topic's first
// answer lists every post by ID (its stream) but gives numbers only for the posts that
// come with it. Numbers rise along the stream, and none exceeds the topic's highest, so
// between two known numbers as far apart as their places in the stream (or between a
// known one and either end), every number is known too. Gaps (deleted or moved posts)
// leave the numbers around them unknown, never guessed.
class DiscoursePostNumbers
{
public:
    // stream: post ids in thread order; known: id → number; highest: the topic's highest
    // post number (0 when not given).
    static QHash<int, QString> deduce(
        const QList<qint64> &stream, const QHash<qint64, int> &known, int highest);

    // The map carried from the first answer to the batches (in each request's key).
    static QByteArray encode(const QHash<int, QString> &idOfNumber);
    // At most limit entries are read: the key comes from our own encode, but stays bounded.
    static QHash<int, QString> decode(QByteArrayView encoded, qsizetype limit);
};

} // namespace Threadkeeper
