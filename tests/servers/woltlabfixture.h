// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/xenforofixture.h"

namespace Threadkeeper::Testing {

// A FixtureThread as a German WoltLab Suite 5 forum shows it (WoltLab's own thread
// templates): /forum/thread/ID-slug/ and ?pageNo=N pages of thread.perPage posts,
// <li id="postN"><article class="wbbPost message" data-post-id data-object-id> posts,
// <time datetime data-timestamp> dates in the forum's zone (+01:00) after the sidebar's
// "Mitglied seit" date, nav.pagination with
// data-pages, quotes as blockquote.quoteBox with cite= linking the quoted post and
// "Zitat von NAME" when made with Zitieren, without cite= when typed by hand.
QString woltlabPagePath(
    const FixtureThread &thread, int threadId, int page); // "/forum/thread/7-slug/?pageNo=2"
QByteArray woltlabPage(const FixtureThread &thread, int threadId, int page);

} // namespace Threadkeeper::Testing
