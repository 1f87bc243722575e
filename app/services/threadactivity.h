// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace Threadkeeper {

class ThreadSession;

// A thread's activity over time, for the chart above the tree: posts per bucket
// (some minutes, an hour, a day, a week or a month, chosen by the thread's span so
// the chart has a shape), how many of them are unread, and who posted most.
struct ThreadActivity
{
    enum class Unit
    {
        Minutes, // `minutes` long each
        Hour,
        Day,
        Week,
        Month
    };
    struct Bucket
    {
        QDateTime start; // UTC
        QDateTime end; // UTC, exclusive
        int posts = 0;
        int unread = 0;
        QString firstPostId; // the earliest in thread order: where a click on the bar goes
        int firstPosition = -1;
    };
    struct Entry
    {
        QString id;
        QString author;
        QDateTime date;
        int position = 0;
        bool unread = false;
    };

    Unit unit = Unit::Hour;
    int minutes = 60; // a bucket's length when unit is Minutes
    QList<Bucket> buckets;
    QList<QPair<QString, int>> topPosters; // most posts first, then by name
    int undated = 0; // posts without a date: counted, not charted

    int maxPosts() const;
    static ThreadActivity compute(const QList<Entry> &posts, int topCount = 5);
    // At most this many bars for a short thread: fewer minutes a bar would crowd it.
    static constexpr int MaxMinuteBars = 30;
    // The open thread's posts as the chart counts them (hidden ones left out), read from the
    // session on its thread; compute() can then run anywhere.
    static QList<Entry> entriesOf(const ThreadSession &session);
    // The open thread, as the session has it.
    static ThreadActivity of(const ThreadSession &session, int topCount = 5)
    {
        return compute(entriesOf(session), topCount);
    }
};

} // namespace Threadkeeper
