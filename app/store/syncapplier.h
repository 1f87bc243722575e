// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "domain/sync.h"
#include "sqlaccess.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <map>

namespace Threadkeeper {

struct SyncRowKind;

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
        bool settings = false; // the reader's settings (reader_settings) changed
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
    // Other devices' changes into temp.sync_incoming (ours that came back are left out).
    bool stage(const QList<SyncOp> &ops, const QString &self, QString *error);
    bool keepConflicts(const QList<SyncOp> &ops, const QString &self, Result *result, QString *error);
    // Winning changes of read state, place, watch, folds and items' read state into their tables.
    bool land(Result *result, QString *error);

    // Writes rules, notes and subscriptions from their registers, one prepared statement per shape.
    class RowWriter
    {
    public:
        explicit RowWriter(QSqlDatabase &db);
        bool write(const SyncRowKind &kind, const QString &scope, Result *result);

    private:
        QSqlQuery &statement(const QString &sql);
        static bool run(QSqlQuery &q, const QVariantList &binds, Result *result);
        QSqlDatabase &m_db;
        QSqlQuery m_values;
        std::map<QString, QSqlQuery> m_statements;
    };
};

} // namespace Threadkeeper
