// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Threadkeeper {

class ForumEngine;

// The forum post a link points at when it may be a post of the thread at canonical:
// the thread's own post-N and #post-N links, and the forum's /posts/N/ and
// goto/post?id=N links on the same host. Empty otherwise. Whether that post is in the
// loaded thread is for the caller to check.
QString linkedPostId(const QUrl &link, const QUrl &canonical, const ForumEngine &engine);

} // namespace Threadkeeper
