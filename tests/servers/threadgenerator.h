// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/xenforofixture.h"

namespace Threadkeeper::Testing {

// A long thread made up for benchmarks, the same for the same (posts, seed):
// about 60 posters, a few writing most of the posts, some with non-ASCII names;
// bodies of one to six paragraphs of varied words, with words of their own so that no
// two posts read alike; about 45% of posts quote an earlier post, mostly a recent one,
// a tenth of those by name only (typed by hand: no post id), some quoting two posts,
// some keeping the quote inside the post they quote; now and then a code block.
// Twenty posts a page, as XenForo's default.
FixtureThread generateThread(int posts, quint32 seed);

} // namespace Threadkeeper::Testing
