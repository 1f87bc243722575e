// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Threadkeeper {

// A post's date as a forum printed it, in whatever form and language its board was set
// to: "17 Jul 2011 17:51", "Sun Jul 17, 2011 5:51 pm", "14.12.2019 21:42", "17. Juli 2011,
// 17:51", "17 juillet 2011 à 17:51", "2019-12-14 21:42", "06-15-2016, 03:03 PM" (month
// first unless the first number cannot be a month), "Today, 10:15" / "Heute, 10:15" /
// "Gestern" and the like, taken against today. Month names in English, German, French,
// Spanish, Italian, Dutch, Portuguese and Polish. Invalid when the text holds no date.
// Reads at most the first 160 characters.
//
// How a page's printed times are to be read: in the zone the forum says it prints them in
// (statedTimeZone()), and against the moment the page was read, for "Today, 10:15" and
// "5 minutes ago" / "vor 3 Stunden" / "il y a 2 heures".
struct ForumClock
{
    QTimeZone zone = QTimeZone::UTC;
    QDateTime now = QDateTime::currentDateTimeUtc();

    // A wall-clock time in the forum's zone, as UTC.
    QDateTime at(const QDate &date, const QTime &time) const;
};
QDateTime forumDate(const QString &text, const ForumClock &clock);
// The same, in UTC, with "today" given.
QDateTime forumDate(const QString &text, const QDate &today = QDate::currentDate());

// The zone a page says its times are in, in its footer: phpBB's "All times are UTC + 1
// hour [ DST ]" and "<span title="Europe/Berlin">UTC+01:00</span>", vBulletin's "All times
// are GMT -5." and "Alle Zeitangaben in WEZ +1.", in the languages boards ship. UTC when
// the page says nothing. Reads the last 256 KB of the page only.
QTimeZone statedTimeZone(const QByteArray &html);
// The page's clock: its stated zone, now.
ForumClock pageClock(const QByteArray &html);

} // namespace Threadkeeper
