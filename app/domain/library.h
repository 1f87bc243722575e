// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "post.h"

#include <QDateTime>

namespace Threadkeeper {

// A cached thread as the library and Recent Threads list it.
struct ThreadSummary
{
    ThreadInfo info;
    int posts = 0;
    int unread = 0;
    QDateTime lastFetched;
    bool watched = false; // refreshed in the background, never evicted
    QDateTime lastVisit; // when the reader last opened it; null: never
    QDateTime lastChecked; // when a refresh last asked the forum for news; null: never
};

} // namespace Threadkeeper

Q_DECLARE_METATYPE(Threadkeeper::ThreadSummary)
