// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/xenforofixture.h"

namespace Threadkeeper::Testing {

// A FixtureThread as Invision Community 4.7 shows it (the markup of the real pages in
// ../shared/real-pages/invision): /forums/topic/ID-slug/ and /page/N/ pages of
// thread.perPage posts, <article id="elComment_N"> posts with the quote button's
// data-quotedata, <time datetime> dates in the permalink (after a "Joined" date in the
// author pane, as some themes show), ipsPagination with data-pages and perPage,
// quotes as blockquote.ipsQuote naming the quoted post when made with Quote and only the
// poster when typed by hand.
QString invisionPagePath(
    const FixtureThread &thread, int topicId, int page); // "/forums/topic/7-slug/page/2/"
QByteArray invisionPage(const FixtureThread &thread, int topicId, int page);

} // namespace Threadkeeper::Testing
