// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadactivity.h"

#include "services/replytree.h"
#include "services/threadsession.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace Threadkeeper {

namespace {

// A bucket boundary at or before t, in UTC.
QDateTime floorTo(const QDateTime &t, ThreadActivity::Unit unit, int minutes)
{
    const QDateTime utc = t.toUTC();
    switch (unit) {
    case ThreadActivity::Unit::Minutes: {
        const int minute = utc.time().hour() * 60 + utc.time().minute();
        const int start = minute - minute % minutes;
        return QDateTime(utc.date(), QTime(start / 60, start % 60), QTimeZone::UTC);
    }
    case ThreadActivity::Unit::Hour:
        return QDateTime(utc.date(), QTime(utc.time().hour(), 0), QTimeZone::UTC);
    case ThreadActivity::Unit::Day:
        return QDateTime(utc.date(), QTime(0, 0), QTimeZone::UTC);
    case ThreadActivity::Unit::Week: // weeks start on Monday
        return QDateTime(utc.date().addDays(1 - utc.date().dayOfWeek()), QTime(0, 0), QTimeZone::UTC);
    case ThreadActivity::Unit::Month:
        return QDateTime(QDate(utc.date().year(), utc.date().month(), 1), QTime(0, 0), QTimeZone::UTC);
    }
    return utc;
}

QDateTime next(const QDateTime &t, ThreadActivity::Unit unit, int minutes)
{
    switch (unit) {
    case ThreadActivity::Unit::Minutes:
        return t.addSecs(60 * minutes);
    case ThreadActivity::Unit::Hour:
        return t.addSecs(3600);
    case ThreadActivity::Unit::Day:
        return t.addDays(1);
    case ThreadActivity::Unit::Week:
        return t.addDays(7);
    case ThreadActivity::Unit::Month:
        return t.addMonths(1);
    }
    return t;
}

} // namespace

int ThreadActivity::maxPosts() const
{
    int most = 0;
    for (const Bucket &b : buckets)
        most = std::max(most, b.posts);
    return most;
}

ThreadActivity ThreadActivity::compute(const QList<Entry> &posts, int topCount)
{
    ThreadActivity activity;
    QHash<QString, int> byAuthor;
    QDateTime first, last;
    for (const Entry &p : posts) {
        byAuthor[p.author] += 1;
        if (!p.date.isValid()) {
            ++activity.undated;
            continue;
        }
        if (!first.isValid() || p.date < first)
            first = p.date;
        if (!last.isValid() || p.date > last)
            last = p.date;
    }
    for (auto it = byAuthor.cbegin(); it != byAuthor.cend(); ++it)
        activity.topPosters.append({it.key(), it.value()});
    std::sort(activity.topPosters.begin(), activity.topPosters.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    activity.topPosters.resize(std::min<qsizetype>(activity.topPosters.size(), topCount));
    if (!first.isValid())
        return activity;

    // The finest unit that keeps the chart to a readable number of bars.
    const qint64 span = first.secsTo(last);
    // A short thread in hours is one bar: minutes, as few a bar as keep it readable
    // (steps that divide an hour, so bars start on the clock's marks).
    for (const int minutes : {1, 2, 5, 10, 15}) {
        if (span < 3 * 3600 && span / 60 / minutes + 2 <= MaxMinuteBars) {
            activity.unit = Unit::Minutes;
            activity.minutes = minutes;
            break;
        }
    }
    if (activity.unit != Unit::Minutes)
        activity.unit = span <= 2 * 86400 ? Unit::Hour
            : span <= 120 * 86400         ? Unit::Day
            : span <= 2 * 366 * 86400     ? Unit::Week
                                          : Unit::Month;
    const int minutes = activity.minutes;
    for (QDateTime t = floorTo(first, activity.unit, minutes); t <= last; t = next(t, activity.unit, minutes))
        activity.buckets.append(Bucket {t, next(t, activity.unit, minutes)});
    for (const Entry &p : posts) {
        if (!p.date.isValid())
            continue;
        // Buckets are in order and contiguous: find by binary search.
        const auto it = std::upper_bound(activity.buckets.begin(), activity.buckets.end(), p.date.toUTC(),
                            [](const QDateTime &t, const Bucket &b) { return t < b.start; })
            - 1;
        it->posts += 1;
        it->unread += p.unread ? 1 : 0;
        if (it->firstPosition < 0 || p.position < it->firstPosition) {
            it->firstPosition = p.position;
            it->firstPostId = p.id;
        }
    }
    return activity;
}

QList<ThreadActivity::Entry> ThreadActivity::entriesOf(const ThreadSession &session)
{
    const QList<const Post *> posts = session.tree().posts();
    QList<Entry> entries;
    entries.reserve(posts.size());
    for (const Post *p : posts) {
        if (session.score(p->id).hidden)
            continue; // the chart shows the thread as the reader reads it
        entries.append(Entry {p->id, p->author, p->date, p->position, !session.isRead(p->id)});
    }
    return entries;
}

} // namespace Threadkeeper
