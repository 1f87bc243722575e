// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Threadkeeper {

// JSON text written straight into a string, byte for byte as QJsonDocument writes it, for
// output that would otherwise build a QJsonObject per item only to print it: an export of
// a 10,000-post thread spent a third of a second on that after the last page arrived.
namespace JsonText {

// s as a quoted, escaped JSON string.
void appendString(QString &out, QStringView s);
// A string, or null for an empty one.
void appendStringOrNull(QString &out, QStringView s);
// `"key": ` with the indent of `depth` levels (four spaces each), after a line break.
void appendKey(QString &out, int depth, QLatin1StringView key);

} // namespace JsonText
} // namespace Threadkeeper
