// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Threadkeeper {

// What JSON API engines share: whether an answer is whole, and reading its values
// without trusting their types.

// Why a body cannot be whole JSON (cut short on the way), or empty when it parses. The
// literal null (an API's "no such thing") is whole.
QString jsonIncompleteReason(const QByteArray &body);
// The body's top-level object; empty for null, an array or anything unparsable.
std::optional<QJsonObject> jsonObject(const QByteArray &body);
// A string field, at most maxLength characters; empty when absent or not a string.
QString jsonString(const QJsonObject &o, QLatin1StringView key, qsizetype maxLength = 1024 * 1024);
// An id given as a number or a string of digits, as a string; empty when it is neither.
QString jsonId(const QJsonValue &v);
// An ISO 8601 time ("2024-09-04T12:04:00.439252Z", "…+00:00", or none, meaning UTC) in UTC.
QDateTime jsonIsoTime(const QJsonObject &o, QLatin1StringView key);

} // namespace Threadkeeper
