// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncapplier.h"
#include "syncrepository.h"
#include "syncrows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Threadkeeper {

namespace {

QVariant nullable(const SyncOp &op)
{
    return op.deleted ? QVariant(QMetaType(QMetaType::QString))
                      : QVariant(op.value.isNull() ? QStringLiteral("") : op.value);
}

} // namespace

SyncApplier::SyncApplier(QSqlDatabase &db)
    : SqlAccess(db)
{ }

bool SyncApplier::setRecording(bool on, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_state SET record = ? WHERE id = 1"));
    q.addBindValue(on ? 1 : 0);
    return execPrepared(q, error);
}

bool SyncApplier::merge(const QList<SyncOp> &ops, Result *result, QString *error)
{
    const SyncRepository::State state = SyncRepository(m_db).state();
    return inTransaction(error, [&] {
        // Conflicts are read against the registers as they were before this round.
        if (!setRecording(false, error) || !keepConflicts(ops, state.device, result, error)
            || !stage(ops, state.device, error))
            return false;
        // Of each register's incoming changes the newest stays; those that beat what the
        // register holds win.
        if (!exec(QStringLiteral("DELETE FROM temp.sync_incoming WHERE EXISTS (SELECT 1 FROM sync_registers r"
                                 " WHERE r.kind = sync_incoming.kind AND r.scope = sync_incoming.scope"
                                 " AND r.item = sync_incoming.item AND (r.hlc > sync_incoming.hlc"
                                 " OR (r.hlc = sync_incoming.hlc AND r.device >= sync_incoming.device)))"),
                error)
            || !exec(
                QStringLiteral("INSERT OR REPLACE INTO sync_registers (kind, scope, item, hlc, device, value)"
                               " SELECT kind, scope, item, hlc, device, value FROM temp.sync_incoming"),
                error))
            return false;
        {
            QSqlQuery q(m_db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM temp.sync_incoming")) && q.next())
                result->won = q.value(0).toInt();
        }
        // A register changed here since the last round is in the outbox: ours goes out later and
        // wins, so the table keeps it.
        if (!exec(QStringLiteral("DELETE FROM temp.sync_incoming WHERE EXISTS (SELECT 1 FROM sync_outbox o"
                                 " WHERE o.kind = sync_incoming.kind AND o.scope = sync_incoming.scope"
                                 " AND o.item IN (sync_incoming.item, ''))"),
                error))
            return false;
        if (!land(result, error))
            return false;
        QStringList rowsToWrite;
        {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT DISTINCT kind, scope FROM temp.sync_incoming"
                                       " WHERE kind IN ('rule', 'note', 'sub')"))) {
                *error = lastError(q);
                return false;
            }
            while (q.next()) {
                const QString kind = q.value(0).toString();
                (kind == QLatin1String("rule")          ? result->rules
                        : kind == QLatin1String("note") ? result->annotations
                                                        : result->subscriptions)
                    = true;
                rowsToWrite.append(kind);
                rowsToWrite.append(q.value(1).toString());
            }
        }
        RowWriter writer(m_db);
        for (qsizetype i = 0; i + 1 < rowsToWrite.size(); i += 2) {
            if (!writer.write(*syncRowKind(rowsToWrite[i]), rowsToWrite[i + 1], result))
                return false;
        }
        return exec(QStringLiteral("DELETE FROM temp.sync_incoming"), error)
            && setRecording(state.recording, error);
    });
}

bool SyncApplier::stage(const QList<SyncOp> &ops, const QString &self, QString *error)
{
    // Keyed by register: of a register's changes in this round only the one that beats the others stays.
    if (!exec(QStringLiteral(
                  "CREATE TEMP TABLE IF NOT EXISTS sync_incoming (kind TEXT NOT NULL,"
                  " scope TEXT NOT NULL, item TEXT NOT NULL, hlc INTEGER NOT NULL, device TEXT NOT NULL,"
                  " value TEXT, PRIMARY KEY (kind, scope, item))"),
            error)
        || !exec(QStringLiteral("DELETE FROM temp.sync_incoming"), error))
        return false;
    // Many rows a statement: Qt's cost per statement, not SQLite's per row, is what counts here.
    constexpr qsizetype Batch = 200;
    auto statement = [this](qsizetype rows) {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("INSERT INTO temp.sync_incoming (kind, scope, item, hlc, device, value) VALUES ")
            + QStringList(rows, QStringLiteral("(?, ?, ?, ?, ?, ?)")).join(u',')
            + QStringLiteral(" ON CONFLICT (kind, scope, item) DO UPDATE SET hlc = excluded.hlc,"
                             " device = excluded.device, value = excluded.value WHERE excluded.hlc > hlc"
                             " OR (excluded.hlc = hlc AND excluded.device > device)"));
        return q;
    };
    QSqlQuery full = statement(Batch);
    QList<const SyncOp *> theirs;
    theirs.reserve(ops.size());
    qint64 newest = 0;
    for (const SyncOp &op : ops) {
        newest = std::max(newest, op.hlc);
        // Our own come back from an older copy of this cache elsewhere: only their clock counts.
        if (op.device != self)
            theirs.append(&op);
    }
    QSqlQuery clock(m_db);
    clock.prepare(QStringLiteral("UPDATE sync_state SET hlc = max(hlc, ?) WHERE id = 1"));
    clock.addBindValue(newest);
    if (!execPrepared(clock, error))
        return false;
    for (qsizetype at = 0; at < theirs.size(); at += Batch) {
        const qsizetype rows = std::min(Batch, theirs.size() - at);
        QSqlQuery rest = rows == Batch ? QSqlQuery(m_db) : statement(rows);
        QSqlQuery &q = rows == Batch ? full : rest;
        for (qsizetype i = at; i < at + rows; ++i) {
            const SyncOp &op = *theirs[i];
            q.addBindValue(op.kind);
            q.addBindValue(op.scope);
            q.addBindValue(text(op.item)); // a whole row's register has item '', never NULL
            q.addBindValue(op.hlc);
            q.addBindValue(op.device);
            q.addBindValue(nullable(op));
        }
        if (!execPrepared(q, error))
            return false;
    }
    return true;
}

bool SyncApplier::keepConflicts(const QList<SyncOp> &ops, const QString &self, Result *result, QString *error)
{
    // A note's words written on two devices within the window: the words that lost go into
    // the note's history. Each incoming edit and the register's winner so far are compared
    // with the winner of them all, so the history does not depend on the order files came in.
    QHash<QString, QList<SyncOp>> edits; // by note
    for (const SyncOp &op : ops) {
        if (op.device != self && op.kind == QLatin1String("note") && op.item == QLatin1String("note"))
            edits[op.scope].append(op);
    }
    if (edits.isEmpty())
        return true;
    QSqlQuery held(m_db), read(m_db), write(m_db);
    held.prepare(
        QStringLiteral("SELECT hlc, device, value FROM sync_registers WHERE kind = 'note' AND scope = ?"
                       " AND item = 'note'"));
    read.prepare(QStringLiteral("SELECT history FROM annotations WHERE sync_id = ?"));
    write.prepare(QStringLiteral("UPDATE annotations SET history = ? WHERE sync_id = ?"));
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        QList<SyncOp> &candidates = it.value();
        held.addBindValue(it.key());
        if (held.exec() && held.next())
            candidates.append(
                {QStringLiteral("note"), it.key(), QStringLiteral("note"), held.value(0).toLongLong(),
                    held.value(1).toString(), held.value(2).toString(), held.value(2).isNull()});
        held.finish();
        // Oldest first, so the history reads in the order the words were written.
        std::sort(candidates.begin(), candidates.end(),
            [](const SyncOp &a, const SyncOp &b) { return b.beats(a); });
        const SyncOp best = candidates.constLast();
        QStringList lost;
        for (const SyncOp &c : std::as_const(candidates)) {
            if (!best.deleted && !c.deleted && c.device != best.device && c.value != best.value
                && std::abs((c.hlc >> SyncRepository::ClockShift) - (best.hlc >> SyncRepository::ClockShift))
                    < ConflictWindowMs
                && !lost.contains(c.value))
                lost.append(c.value);
        }
        if (lost.isEmpty())
            continue;
        read.addBindValue(it.key());
        if (!read.exec() || !read.next()) {
            read.finish();
            continue;
        }
        QJsonArray earlier = QJsonDocument::fromJson(read.value(0).toString().toUtf8()).array();
        read.finish();
        bool grew = false;
        for (const QString &words : std::as_const(lost)) {
            if (!earlier.contains(words)) {
                earlier.append(words);
                grew = true;
            }
        }
        if (!grew)
            continue;
        write.addBindValue(QString::fromUtf8(QJsonDocument(earlier).toJson(QJsonDocument::Compact)));
        write.addBindValue(it.key());
        if (!execPrepared(write, error))
            return false;
        result->annotations = true;
    }
    return true;
}

bool SyncApplier::land(Result *result, QString *error)
{
    // Marks for threads and items this cache does not hold wait in the registers until it does.
    static const char *const statements[] = {
        "INSERT OR IGNORE INTO sync_waiting (scope) SELECT DISTINCT w.scope FROM temp.sync_incoming w"
        " WHERE w.kind = 'read' AND NOT EXISTS (SELECT 1 FROM threads t JOIN posts p ON p.thread_id = t.id"
        " WHERE t.url = w.scope AND p.post_id = w.item)",
        "INSERT OR IGNORE INTO sync_waiting (scope) SELECT DISTINCT w.scope FROM temp.sync_incoming w"
        " WHERE w.kind IN ('place', 'watch') AND NOT EXISTS (SELECT 1 FROM threads t WHERE t.url = w.scope)",
        "INSERT OR IGNORE INTO sync_waiting (scope) SELECT DISTINCT w.scope FROM temp.sync_incoming w"
        " WHERE w.kind = 'itemread' AND NOT EXISTS (SELECT 1 FROM subscriptions s JOIN feed_items i"
        " ON i.subscription_id = s.id WHERE s.url = w.scope AND i.item_key = w.item)",
        "UPDATE posts SET read_at = w.value FROM temp.sync_incoming w JOIN threads t ON t.url = w.scope"
        " WHERE w.kind = 'read' AND posts.thread_id = t.id AND posts.post_id = w.item",
        // A place that is not JSON (another device's damage) puts the reader at the top.
        "UPDATE threads SET place_post_id = coalesce(CASE WHEN json_valid(w.value)"
        " THEN CAST(json_extract(w.value, '$.post') AS TEXT) END, ''), place_scroll ="
        " coalesce(CASE WHEN json_valid(w.value) THEN CAST(json_extract(w.value, '$.scroll') AS INTEGER) "
        "END, 0)"
        " FROM temp.sync_incoming w WHERE w.kind = 'place' AND threads.url = w.scope",
        "UPDATE threads SET watched = w.value IS NOT NULL FROM temp.sync_incoming w"
        " WHERE w.kind = 'watch' AND threads.url = w.scope",
        "DELETE FROM folds WHERE EXISTS (SELECT 1 FROM temp.sync_incoming w WHERE w.kind = 'fold'"
        " AND w.value IS NULL AND w.scope = folds.thread_url AND w.item = folds.post_id)",
        "INSERT OR REPLACE INTO folds (thread_url, post_id, paths) SELECT scope, item, value"
        " FROM temp.sync_incoming WHERE kind = 'fold' AND value IS NOT NULL",
        "INSERT OR REPLACE INTO reader_settings (key, value) SELECT scope, value FROM temp.sync_incoming"
        " WHERE kind = 'setting' AND value IS NOT NULL",
        "DELETE FROM reader_settings WHERE key IN (SELECT scope FROM temp.sync_incoming"
        " WHERE kind = 'setting' AND value IS NULL)",
        "UPDATE feed_items SET read_at = w.value FROM temp.sync_incoming w JOIN subscriptions s"
        " ON s.url = w.scope"
        " WHERE w.kind = 'itemread' AND feed_items.subscription_id = s.id AND feed_items.item_key = w.item",
    };
    for (const char *sql : statements) {
        if (!exec(QString::fromLatin1(sql), error))
            return false;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT kind, scope FROM temp.sync_incoming"
                               " WHERE kind IN ('read', 'place', 'watch', 'fold', 'itemread', 'setting')"))) {
        *error = lastError(q);
        return false;
    }
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("itemread"))
            result->subscriptions = true;
        else if (q.value(0).toString() == QLatin1String("setting"))
            result->settings = true;
        else
            result->threads.insert(q.value(1).toString());
    }
    return true;
}

SyncApplier::RowWriter::RowWriter(QSqlDatabase &db)
    : m_db(db)
{
    m_values = QSqlQuery(db);
    m_values.prepare(QStringLiteral("SELECT r.item, r.value, EXISTS (SELECT 1 FROM sync_outbox o WHERE"
                                    " o.kind = r.kind AND o.scope = r.scope AND o.item IN (r.item, ''))"
                                    " FROM sync_registers r WHERE r.kind = ? AND r.scope = ?"));
}

QSqlQuery &SyncApplier::RowWriter::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.emplace(sql, QSqlQuery(m_db)).first;
        it->second.prepare(sql);
    }
    return it->second;
}

bool SyncApplier::RowWriter::run(QSqlQuery &q, const QVariantList &binds, Result *result)
{
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (q.exec())
        return true;
    result->problems.append(SqlAccess::lastError(q));
    return false;
}

bool SyncApplier::RowWriter::write(const SyncRowKind &k, const QString &scope, Result *result)
{
    // Rows that sync column by column are written from their registers once all came in.
    if (!run(m_values, {k.kind, scope}, result))
        return false;
    bool present = false, localRow = false;
    QHash<QString, QVariant> cells;
    QSet<QString> local;
    while (m_values.next()) {
        const QString column = m_values.value(0).toString();
        if (column.isEmpty()) {
            present = !m_values.value(1).isNull();
            localRow = m_values.value(2).toBool();
        } else if (k.columns.contains(column)) {
            cells.insert(column, m_values.value(1));
            if (m_values.value(2).toBool())
                local.insert(column);
        }
    }
    m_values.finish();
    if (localRow)
        return true; // created or removed here since: that goes out and wins
    QSqlQuery &exists = statement(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(k.table, k.key));
    run(exists, {scope}, result);
    const bool have = exists.next();
    exists.finish();
    if (!present) {
        if (have)
            run(statement(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(k.table, k.key)), {scope},
                result);
        return true;
    }
    QStringList columns;
    QVariantList binds;
    for (const QString &column : k.columns) {
        if (local.contains(column) || (have && !cells.contains(column)))
            continue;
        QVariant v = cells.value(column);
        if (const qsizetype r = k.required.indexOf(column); r >= 0 && v.isNull())
            v = k.fallback[r];
        columns.append(column);
        binds.append(v);
    }
    QString sql;
    if (have) {
        if (columns.isEmpty())
            return true;
        QStringList sets;
        for (const QString &c : std::as_const(columns))
            sets.append(c + QStringLiteral(" = ?"));
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?").arg(k.table, sets.join(u','), k.key);
        binds.append(scope);
    } else {
        columns.append(k.key);
        binds.append(scope);
        if (k.kind == QLatin1String("note")) {
            columns.append(QStringLiteral("updated"));
            binds.append(QDateTime::currentSecsSinceEpoch());
        } else if (k.kind == QLatin1String("sub")) {
            columns.append(QStringLiteral("added"));
            binds.append(QDateTime::currentSecsSinceEpoch());
        }
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(k.table, columns.join(u','),
                      QStringList(columns.size(), QStringLiteral("?")).join(u','));
    }
    if (!run(statement(sql), binds, result))
        result->problems.last().prepend(QStringLiteral("%1 %2: ").arg(k.kind, scope));
    return true;
}

bool SyncApplier::pageSaved(const QString &url, const QList<Post> &posts, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM sync_waiting WHERE scope = ?"));
    q.addBindValue(url);
    if (!q.exec() || !q.next())
        return true;
    q.finish();
    const bool recording = SyncRepository(m_db).state().recording;
    return inTransaction(error, [&] {
        if (!setRecording(false, error))
            return false;
        QSqlQuery read(m_db), thread(m_db);
        // Qt binds placeholders by position only: each ? gets its own value.
        read.prepare(QStringLiteral("UPDATE posts SET read_at = r.value FROM sync_registers r"
                                    " WHERE r.kind = 'read' AND r.scope = ? AND r.item = posts.post_id"
                                    " AND posts.post_id IN (SELECT value FROM json_each(?))"
                                    " AND posts.thread_id = (SELECT id FROM threads WHERE url = ?)"));
        QJsonArray ids;
        for (const Post &p : posts)
            ids.append(p.id);
        read.addBindValue(url);
        read.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        read.addBindValue(url);
        thread.prepare(QStringLiteral(
            "UPDATE threads SET"
            " watched = coalesce((SELECT value IS NOT NULL FROM sync_registers WHERE kind = 'watch' AND "
            "scope = ?), watched),"
            " place_post_id = coalesce((SELECT json_extract(value, '$.post') FROM sync_registers"
            "   WHERE kind = 'place' AND scope = ? AND value IS NOT NULL), place_post_id),"
            " place_scroll = coalesce((SELECT json_extract(value, '$.scroll') FROM sync_registers"
            "   WHERE kind = 'place' AND scope = ? AND value IS NOT NULL), place_scroll)"
            " WHERE url = ?"));
        for (int i = 0; i < 4; ++i)
            thread.addBindValue(url);
        return execPrepared(read, error) && execPrepared(thread, error) && setRecording(recording, error);
    });
}

bool SyncApplier::itemsSaved(qint64 subscriptionId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT s.url FROM subscriptions s JOIN sync_waiting w ON w.scope = s.url WHERE s.id = ?"));
    q.addBindValue(subscriptionId);
    if (!q.exec() || !q.next())
        return true;
    const QString subscriptionUrl = q.value(0).toString();
    q.finish();
    const bool recording = SyncRepository(m_db).state().recording;
    return inTransaction(error, [&] {
        QSqlQuery read(m_db);
        read.prepare(
            QStringLiteral("UPDATE feed_items SET read_at = r.value FROM sync_registers r"
                           " WHERE r.kind = 'itemread' AND r.scope = ? AND r.item = feed_items.item_key"
                           " AND feed_items.subscription_id = (SELECT id FROM subscriptions WHERE url = ?)"
                           " AND feed_items.read_at IS NOT r.value"));
        read.addBindValue(subscriptionUrl);
        read.addBindValue(subscriptionUrl);
        return setRecording(false, error) && execPrepared(read, error) && setRecording(recording, error);
    });
}

} // namespace Threadkeeper
