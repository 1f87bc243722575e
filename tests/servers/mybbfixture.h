// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/xenforofixture.h"

#include <QDateTime>

namespace Threadkeeper::Testing {

// A FixtureThread as MyBB 1.8's default theme shows it to a guest: showthread.php?tid=ID
// pages of thread.perPage posts (&page=N), div#post_N with the "#N" link, the author in
// .author_information, the date in span.post_date, body div#pid_N.post_body; quotes
// blockquote.mycode_quote with <cite><span> (date)</span>Name Wrote: <a quick_jump></cite>
// when made with Reply (a post id), "Name Wrote:" when typed by hand; the .pagination
// block with "Pages (N):". Dates as MyBB prints them (m-d-Y, h:i A): absolute, and
// relative to now ("Yesterday" with the date in a title, "x hours ago" with date and
// time in a title) for posts within two days of now.
QString mybbPagePath(
    const FixtureThread &thread, int threadId, int page); // "/forum/showthread.php?tid=7&page=2"
QByteArray mybbPage(const FixtureThread &thread, int threadId, int page,
    const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace Threadkeeper::Testing
