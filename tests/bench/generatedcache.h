// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Threadkeeper::Testing {

// A cache file holding a generated thread as a finished sync leaves it, kept in the
// bench directory and reused by later runs (written again when missing). Filled
// straight through the engine and CacheDatabase::savePage, not over HTTP: a
// 100,000-post thread would otherwise take longer to set up than to measure.
struct GeneratedCache
{
    QString path;
    QUrl threadUrl; // on a host that never answers: open it offline
    int posts = 0;
};

// Returns the cache (filling it first if needed); an empty path with error on failure.
GeneratedCache generatedCache(int posts, quint32 seed, QString *error);

} // namespace Threadkeeper::Testing
