// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/xenforofixture.h"

#include <QDateTime>

namespace Threadkeeper::Testing {

// A FixtureThread as Simple Machines Forum shows it to a guest: index.php?topic=ID.OFFSET
// pages of thread.perPage posts, each div.post_wrapper with the poster in .poster h4, the
// date in .keyinfo, the body div.inner#msg_N; 2.1's default theme (div.windowbg#msgN, the
// date in a.smalltext, "#N" apart, quotes blockquote > cite "Quote from: NAME on DATE"
// linking topic=ID.msgN#msgN) or 2.0's Curve ("« Reply #N on: DATE »", a div.quoteheader
// before each blockquote, "Pages: [1] 2 3"). Dates in SMF's default format ("March 01,
// 2026, 08:00:00 AM"), "Today at …"/"Yesterday at …" for posts of those days.
enum class SmfVersion
{
    V20,
    V21
};
QString smfPagePath(const FixtureThread &thread, int topicId, int page); // "/forum/index.php?topic=7.10"
QByteArray smfPage(const FixtureThread &thread, int topicId, int page, SmfVersion version = SmfVersion::V21,
    const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace Threadkeeper::Testing
