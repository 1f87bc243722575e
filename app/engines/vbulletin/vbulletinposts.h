// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "engines/forumdate.h"
#include "html/htmldocument.h"

#include <QUrl>

namespace Threadkeeper {

// The posts of a vBulletin page, whichever version made it: vB3's table#postN around
// div#post_message_N, vB4's li#post_N.postcontainer, vB5's li.b-post[data-node-id].
// Dates printed in words are read on the page's clock. At most maxPosts.
QList<Post> readVBulletinPosts(HtmlNode body, const QUrl &base, const ForumClock &clock, int maxPosts);

} // namespace Threadkeeper
