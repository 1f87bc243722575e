// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Threadkeeper::JournalLine {

// A journal holds a change a line, a hundred thousand lines a round: QJsonDocument costs
// microseconds a line, these a fraction. They know only what a change line is (one flat
// object of strings and true/false); anything else is left to QJsonDocument.

// Appends s as a JSON string (quoted, escaped, UTF-8).
void appendString(QByteArray &out, const QString &s);

struct Change
{
    QString k, s, i, h, v;
    bool hasV = false, d = false, vIsString = false;
    void set(const QString &key, QString &&value);
    void set(const QString &key, bool value);
};

// The change on a line of the shape encode writes, or nullopt when the line is anything
// else: not JSON, not flat, other values, not UTF-8.
std::optional<Change> parseChange(QByteArrayView line);

} // namespace Threadkeeper::JournalLine
