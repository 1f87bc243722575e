// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Threadkeeper {

// A post's date as a forum printed it, in whatever form and language its board was set
// to: "17 Jul 2011 17:51", "Sun Jul 17, 2011 5:51 pm", "14.12.2019 21:42", "17. Juli 2011,
// 17:51", "17 juillet 2011 à 17:51", "2019-12-14 21:42", "06-15-2016, 03:03 PM" (month
// first unless the first number cannot be a month), "Today, 10:15" / "Heute, 10:15" /
// "Gestern" and the like, taken against today. Month names in English, German, French,
// Spanish, Italian, Dutch, Portuguese and Polish. Taken as UTC: pages rarely say their
// zone. Invalid when the text holds no date. Reads at most the first 160 characters.
QDateTime forumDate(const QString &text, const QDate &today = QDate::currentDate());

} // namespace Threadkeeper
