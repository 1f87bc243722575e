// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Threadkeeper {

class ForumEngine;

// What clicking a link in a post may do. Posts are hostile input: only web and mail
// links leave the reader, and javascript:, data:, file: and anything else never open.
struct LinkTarget
{
    enum class Kind
    {
        Reader, // one of our own tk-… links (quote toggles, jumps, image choices)
        External, // http, https, mailto: the system browser or mail client
        Thread, // same scheme and host as a thread read from qrc: or file: (the demo): jumps only
        Blocked
    };
    Kind kind = Kind::Blocked;
};

// thread: the canonical URL of the thread the link is in, if known.
LinkTarget classifyLink(const QUrl &url, const QUrl &thread = {});

// The forum post a link points at when it may be a post of the thread at canonical:
// the thread's own post-N and #post-N links, and the forum's /posts/N/ and
// goto/post?id=N links on the same host. Empty otherwise. Whether that post is in the
// loaded thread is for the caller to check.
QString linkedPostId(const QUrl &link, const QUrl &canonical, const ForumEngine &engine);

} // namespace Threadkeeper
