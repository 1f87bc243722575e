// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace Threadkeeper {

// Our export files are {"version": N, "<key>": [...]}. Reads the list, refusing what
// is not JSON, not one of ours, newer than we know, or longer than maxItems. `what` names
// the items in the errors, translated ("rules").
bool readVersionedList(const QByteArray &json, const QString &key, const QString &what, int version,
    qsizetype maxItems, QJsonArray *list, QString *error);
QByteArray writeVersionedList(const QString &key, int version, const QJsonArray &list);

} // namespace Threadkeeper
