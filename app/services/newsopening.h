// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"
#include "domain/post.h"

#include <QUrl>

namespace Threadkeeper {

// What opening a news item does: load its discussion (else its own page, which the loader
// may read as a news article) and show the item as that thread's article.
struct NewsOpening
{
    QUrl address; // what to open: the discussion, else the item's link
    // The thread's address as it is cached, where an engine knows the address: the thread
    // the article belongs to. Empty when none does (the loader finds out).
    QString threadUrl;
    QString title;
    Post article; // the item as a post: its author, date and words (the feed's, made safe)
};

// Reads the item's own words (its HTML as the feed carries it, at most a bounded length,
// through the post body reader; else its summary) into the article; no request is made.
NewsOpening newsOpening(const NewsItem &item);

} // namespace Threadkeeper
