// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/refresh.h"
#include "domain/rule.h"

#include <QList>
#include <QString>

namespace Threadkeeper {

// Who the reader follows for announcements: posters whose poster rules add up to a
// positive score (on the site, or in the thread).
QList<FollowedPoster> followedForAnnouncements(const QList<Rule> &rules, const QDateTime &now);

// How a refresh's news is told, in the status bar and a desktop notification: "3 new
// posts in TITLE, including 2 by Alice and 1 by Bob" (followed posters by name, most
// posts first); empty when there is nothing new.
QString newPostsMessage(const RefreshOutcome &outcome, const QList<FollowedPoster> &followed);

} // namespace Threadkeeper
