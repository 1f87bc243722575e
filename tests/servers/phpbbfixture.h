// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/xenforofixture.h"

namespace Threadkeeper::Testing {

// A FixtureThread as phpBB 3.3 (prosilver) shows it: viewtopic.php?t=ID pages of
// thread.perPage posts, start= pagination, quotes as <blockquote><div><cite>, with the
// poster's profile link and the 3.2+ link to the quoted post when the quote names one.
QString phpbbPagePath(
    const FixtureThread &thread, int topicId, int page); // "/forum/viewtopic.php?t=7&start=10"
QByteArray phpbbPage(const FixtureThread &thread, int topicId, int page);

} // namespace Threadkeeper::Testing
