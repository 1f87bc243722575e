// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "domain/sync.h"
#include "sqlaccess.h"

#include <QSet>

namespace Threadkeeper {

// Writes other devices' changes into the cache: each change that beats the register's
// winner becomes the winner and, unless the reader changed the same thing here since the
// last round (it is in the outbox and will win), lands in its table with the triggers
// quiet. Changes for threads or subscriptions this cache does not hold yet wait in the
// registers until it does (pageSaved, itemsSaved).
class SyncApplier : private SqlAccess
{
public:
    explicit SyncApplier(QSqlDatabase &db);

    struct Result
    {
        int won = 0;
        QSet<QString> threads; // threads whose read state, place, watch or folds changed
        bool rules = false;
        bool annotations = false;
        bool subscriptions = false;
        QStringList problems; // changes that could not be written, each with why
    };
    // In one transaction: all or nothing.
    bool merge(const QList<SyncOp> &ops, Result *result, QString *error);
    // Posts of url were saved: incoming read marks, place and watch waiting for them land now.
    bool pageSaved(const QString &url, const QList<Post> &posts, QString *error);
    // A subscription's items were saved: their incoming read marks land now.
    bool itemsSaved(qint64 subscriptionId, QString *error);

    // Two edits of a note's words on different devices this close together are a conflict
    // the reader should see: the losing words go into the note's history.
    static constexpr qint64 ConflictWindowMs = 60 * 1000;

private:
    bool setRecording(bool on, QString *error);
};

} // namespace Threadkeeper
