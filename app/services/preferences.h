// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rule.h"
#include "services/threadsession.h"

#include <QString>

namespace Threadkeeper {

struct ReaderServices;

// How the app talks to forums: requests in flight per host, how long one may take, how
// large and how long a page may be, the User-Agent sent, whether the system's proxy
// settings (on Linux the http_proxy family of variables) are followed. Kept in QSettings
// (network/...); load() clamps what it reads.
struct NetworkPreferences
{
    static constexpr int DefaultPerHost = 4;
    static constexpr int MaxPerHost = 16;
    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MinTimeoutSeconds = 5;
    static constexpr int MaxTimeoutSeconds = 600;
    // A page, feed or answer larger than this (decompressed), or still arriving after this
    // long, fails with an error naming it: generous, so that only hostile pages meet them.
    static constexpr int DefaultPageMegabytes = 16;
    static constexpr int MaxPageMegabytes = 1024;
    static constexpr int DefaultPageSeconds = 300;
    static constexpr int MinPageSeconds = 5;
    static constexpr int MaxPageSeconds = 3600;

    int perHost = DefaultPerHost;
    int timeoutSeconds = DefaultTimeoutSeconds;
    int pageMegabytes = DefaultPageMegabytes;
    int pageSeconds = DefaultPageSeconds;
    QString userAgent; // empty: Threadkeeper's own
    bool systemProxy = false; // off: straight to the forum, as before there was a choice

    static NetworkPreferences load();
    void save() const;
    // Takes effect on every fetcher (thread loads, refreshes, pictures, subscriptions) for
    // the requests they start from now on. The proxy choice is the whole process's.
    void applyTo(const ReaderServices &services) const;
    bool operator==(const NetworkPreferences &) const = default;
};

// What the rules do to a thread being read: where a score hides or follows, and what
// becomes of a hidden post. Kept in QSettings (rules/...), which the command line reads too.
// And how a post reads: whether a quote of the post's own parent starts folded (it has
// just been read), and how long a post stays on screen before it counts as read
// (reader/...).
struct ReadingPreferences
{
    static constexpr int MaxMarkReadSeconds = 120;

    ScoreThresholds thresholds;
    HideMode hideMode = HideMode::Placeholder;
    bool foldParentQuotes = true;
    int markReadSeconds = 0; // 0: read as soon as it is selected

    static ReadingPreferences load();
    void save() const;

    // The reading settings the reader set on this machine, as text by settings key: what sync
    // carries to their other devices (defaults never set are not sent, so a new device does
    // not reset the others).
    static QHash<QString, QString> syncedValues();
    // Settings that came from another device, checked one by one (others' values are input):
    // those that are valid and differ are saved. Whether any was.
    static bool applySynced(const QHash<QString, QString> &values);
};

} // namespace Threadkeeper
