// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feed.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Threadkeeper {

// One subscription as an OPML file lists it.
struct OpmlEntry
{
    QUrl url; // xmlUrl: the feed (or section) itself
    QString title;
    QString folder; // the outlines it sits in, "News/Tech" for nested ones; empty: top level
    QUrl site; // htmlUrl, where given
    bool operator==(const OpmlEntry &) const = default;
};

// OPML 2.0, as feed readers exchange subscriptions (RSS Guard, QuiteRSS, Akregator,
// Thunderbird, NetNewsWire): outlines with an xmlUrl are subscriptions, outlines around
// them are folders. Reading is bounded (nesting, outlines, bytes) and never fetches.
struct Opml
{
    static constexpr int MaxDepth = 32;
    static constexpr int MaxEntries = 20000;
    static constexpr qsizetype MaxBytes = 16 * 1024 * 1024;

    // Every subscription in document order; on a malformed file error names the line and
    // the entries read before it are kept out (nothing half-read is imported).
    static QList<OpmlEntry> read(const QByteArray &data, QString *error);
    // Folders become outlines holding their subscriptions; a folder "A/B" nests.
    static QByteArray write(const QList<Subscription> &subscriptions, const QDateTime &created);
};

} // namespace Threadkeeper
