// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Threadkeeper {

// A kind of row that syncs column by column (rules, notes, subscriptions): its registers are
// (kind, key value, '') for whether the row exists and (kind, key value, column) per column.
struct SyncRowKind
{
    QString kind;
    QString table;
    QString key; // the column that names a row on every device
    QStringList columns; // the columns that sync, in the order they are read
    QStringList required; // NOT NULL columns and what a row without them gets
    QStringList fallback;
};

const QList<SyncRowKind> &syncRowKinds();
const SyncRowKind *syncRowKind(const QString &kind);

} // namespace Threadkeeper
