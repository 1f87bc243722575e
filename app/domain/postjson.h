// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"

#include <QJsonArray>

namespace Threadkeeper {

// Our block structure as JSON, for the cache. Reading is defensive: the cache file
// is the user's and may have been touched.
QJsonArray blocksToJson(const QList<Block> &blocks);
QList<Block> blocksFromJson(const QJsonArray &array, int depth = 0);

} // namespace Threadkeeper
