// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Threadkeeper {

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

} // namespace Threadkeeper
