// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace Threadkeeper {

// The feeds an HTML page offers: its <link rel="alternate" type="application/rss+xml"
// (or application/atom+xml) href title> elements, in the page's order, each address
// resolved against the page (or its <base href>); web addresses only, none twice, at most
// MaxOfferedFeeds. html is the page decoded to UTF-8 (htmlAsUtf8()).
QList<FeedLink> offeredFeeds(const QByteArray &html, const QUrl &pageUrl);

inline constexpr int MaxOfferedFeeds = 50;

} // namespace Threadkeeper
