// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncapplier.h"
#include "syncrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Threadkeeper {

namespace {

struct RowKind
{
    QString table;
    QString key; // the column that names a row across devices
    QStringList columns;
    QStringList required; // NOT NULL columns and what a row without them gets
    QStringList fallback;
};

const QHash<QString, RowKind> &rowKinds()
{
    static const QHash<QString, RowKind> kinds {
        {QStringLiteral("rule"),
            {QStringLiteral("rules"), QStringLiteral("sync_id"),
                {QStringLiteral("kind"), QStringLiteral("site"), QStringLiteral("pattern"),
                    QStringLiteral("score"), QStringLiteral("thread_url"), QStringLiteral("expires"),
                    QStringLiteral("note"), QStringLiteral("created")},
                {QStringLiteral("kind"), QStringLiteral("site"), QStringLiteral("pattern"),
                    QStringLiteral("score"), QStringLiteral("note"), QStringLiteral("created")},
                {QStringLiteral("poster"), QString(), QString(), QStringLiteral("0"), QString(),
                    QStringLiteral("0")}}},
        {QStringLiteral("note"),
            {QStringLiteral("annotations"), QStringLiteral("sync_id"),
                {QStringLiteral("kind"), QStringLiteral("thread_url"), QStringLiteral("post_id"),
                    QStringLiteral("note"), QStringLiteral("exact"), QStringLiteral("prefix"),
                    QStringLiteral("suffix"), QStringLiteral("start_offset"), QStringLiteral("end_offset"),
                    QStringLiteral("quote_path"), QStringLiteral("created")},
                {QStringLiteral("kind"), QStringLiteral("thread_url"), QStringLiteral("post_id"),
                    QStringLiteral("note"), QStringLiteral("quote_path"), QStringLiteral("created")},
                {QStringLiteral("note"), QString(), QString(), QString(), QString(), QStringLiteral("0")}}},
        {QStringLiteral("sub"),
            {QStringLiteral("subscriptions"), QStringLiteral("url"),
                {QStringLiteral("title"), QStringLiteral("folder"), QStringLiteral("kind"),
                    QStringLiteral("source"), QStringLiteral("interval_minutes")},
                {QStringLiteral("title"), QStringLiteral("folder"), QStringLiteral("kind"),
                    QStringLiteral("source"), QStringLiteral("interval_minutes")},
                {QString(), QString(), QStringLiteral("0"), QString(), QStringLiteral("60")}}},
    };
    return kinds;
}

QVariant nullable(const SyncOp &op)
{
    return op.deleted ? QVariant(QMetaType(QMetaType::QString)) : QVariant(op.value);
}

qint64 physical(qint64 hlc)
{
    return hlc >> SyncRepository::ClockShift;
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
        if (!setRecording(false, error))
            return false;
        QSqlQuery reg(m_db), put(m_db), pending(m_db), read(m_db), place(m_db), watch(m_db), foldPut(m_db),
            foldDrop(m_db), itemRead(m_db), wait(m_db);
        reg.prepare(QStringLiteral(
            "SELECT hlc, device, value FROM sync_registers WHERE kind = ? AND scope = ? AND item = ?"));
        put.prepare(
            QStringLiteral("INSERT OR REPLACE INTO sync_registers (kind, scope, item, hlc, device, value)"
                           " VALUES (?, ?, ?, ?, ?, ?)"));
        pending.prepare(
            QStringLiteral("SELECT 1 FROM sync_outbox WHERE kind = ? AND scope = ? AND item IN (?, '')"));
        read.prepare(QStringLiteral("UPDATE posts SET read_at = ? WHERE post_id = ?"
                                    " AND thread_id = (SELECT id FROM threads WHERE url = ?)"));
        place.prepare(QStringLiteral("UPDATE threads SET place_post_id = ?, place_scroll = ? WHERE url = ?"));
        watch.prepare(QStringLiteral("UPDATE threads SET watched = ? WHERE url = ?"));
        foldPut.prepare(
            QStringLiteral("INSERT OR REPLACE INTO folds (thread_url, post_id, paths) VALUES (?, ?, ?)"));
        foldDrop.prepare(QStringLiteral("DELETE FROM folds WHERE thread_url = ? AND post_id = ?"));
        itemRead.prepare(
            QStringLiteral("UPDATE feed_items SET read_at = ? WHERE item_key = ?"
                           " AND subscription_id = (SELECT id FROM subscriptions WHERE url = ?)"));
        wait.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_waiting (scope) VALUES (?)"));
        auto run = [&](QSqlQuery &q, const QVariantList &binds) {
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (!q.exec()) {
                result->problems.append(lastError(q));
                return false;
            }
            return true;
        };
        auto landed = [&](QSqlQuery &q, const QString &scope) {
            if (q.numRowsAffected() == 0)
                run(wait, {scope});
        };
        qint64 newest = 0;
        QSet<std::pair<QString, QString>> rows; // (kind, scope) to write from their registers
        QList<std::pair<QString, QString>> history; // (note sync id, words that lost)
        for (SyncOp op : ops) {
            if (op.item.isNull())
                op.item = QStringLiteral(""); // a column that is NOT NULL
            newest = std::max(newest, op.hlc);
            if (op.device == state.device)
                continue; // our own, come back (an older copy of this cache elsewhere)
            // A register of a whole row (place, watch, a rule) has item '': never bound as NULL.
            const QVariant item = text(op.item);
            run(reg, {op.kind, op.scope, item});
            std::optional<SyncOp> held;
            if (reg.next())
                held = SyncOp {op.kind, op.scope, op.item, reg.value(0).toLongLong(), reg.value(1).toString(),
                    reg.value(2).toString(), reg.value(2).isNull()};
            reg.finish();
            const bool wins = !held || op.beats(*held);
            if (op.kind == QLatin1String("note") && op.item == QLatin1String("note") && held && !held->deleted
                && !op.deleted && held->device != op.device && held->value != op.value
                && std::abs(physical(op.hlc) - physical(held->hlc)) < ConflictWindowMs)
                history.append({op.scope, wins ? held->value : op.value});
            if (!wins)
                continue;
            if (!run(put, {op.kind, op.scope, item, op.hlc, op.device, nullable(op)}))
                return false;
            ++result->won;
            run(pending, {op.kind, op.scope, item});
            const bool mine = pending.next(); // changed here since: ours goes out later and wins
            pending.finish();
            if (mine)
                continue;
            if (op.kind == QLatin1String("read")) {
                if (run(read, {nullable(op), op.item, op.scope}))
                    landed(read, op.scope);
                result->threads.insert(op.scope);
            } else if (op.kind == QLatin1String("place")) {
                const QJsonObject o = QJsonDocument::fromJson(op.value.toUtf8()).object();
                if (run(place,
                        {o.value(QStringLiteral("post")).toString(),
                            o.value(QStringLiteral("scroll")).toInt(), op.scope}))
                    landed(place, op.scope);
                result->threads.insert(op.scope);
            } else if (op.kind == QLatin1String("watch")) {
                if (run(watch, {op.deleted ? 0 : 1, op.scope}))
                    landed(watch, op.scope);
                result->threads.insert(op.scope);
            } else if (op.kind == QLatin1String("fold")) {
                if (op.deleted)
                    run(foldDrop, {op.scope, op.item});
                else
                    run(foldPut, {op.scope, op.item, op.value});
                result->threads.insert(op.scope);
            } else if (op.kind == QLatin1String("itemread")) {
                if (run(itemRead, {nullable(op), op.item, op.scope}))
                    landed(itemRead, op.scope);
                result->subscriptions = true;
            } else if (rowKinds().contains(op.kind)) {
                rows.insert({op.kind, op.scope});
            }
        }
        // Rows that sync column by column are written from their registers once all came in.
        for (const auto &[kind, scope] : std::as_const(rows)) {
            const RowKind &k = rowKinds()[kind];
            (kind == QLatin1String("rule")          ? result->rules
                    : kind == QLatin1String("note") ? result->annotations
                                                    : result->subscriptions)
                = true;
            QSqlQuery values(m_db);
            values.prepare(QStringLiteral("SELECT r.item, r.value, EXISTS (SELECT 1 FROM sync_outbox o WHERE"
                                          " o.kind = r.kind AND o.scope = r.scope AND o.item IN (r.item, ''))"
                                          " FROM sync_registers r WHERE r.kind = ? AND r.scope = ?"));
            if (!run(values, {kind, scope}))
                return false;
            bool present = false, localRow = false;
            QHash<QString, QVariant> cells;
            QSet<QString> local;
            while (values.next()) {
                const QString column = values.value(0).toString();
                if (column.isEmpty()) {
                    present = !values.value(1).isNull();
                    localRow = values.value(2).toBool();
                } else if (k.columns.contains(column)) {
                    cells.insert(column, values.value(1));
                    if (values.value(2).toBool())
                        local.insert(column);
                }
            }
            if (localRow)
                continue; // created or removed here since: that goes out and wins
            QSqlQuery exists(m_db);
            exists.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(k.table, k.key));
            run(exists, {scope});
            const bool have = exists.next();
            exists.finish();
            if (!present) {
                if (have) {
                    QSqlQuery drop(m_db);
                    drop.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(k.table, k.key));
                    run(drop, {scope});
                }
                continue;
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
            QSqlQuery write(m_db);
            if (have) {
                if (columns.isEmpty())
                    continue;
                QStringList sets;
                for (const QString &c : std::as_const(columns))
                    sets.append(c + QStringLiteral(" = ?"));
                write.prepare(
                    QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?").arg(k.table, sets.join(u','), k.key));
                binds.append(scope);
            } else {
                columns.append(k.key);
                binds.append(scope);
                if (kind == QLatin1String("note")) {
                    columns.append(QStringLiteral("updated"));
                    binds.append(QDateTime::currentSecsSinceEpoch());
                } else if (kind == QLatin1String("sub")) {
                    columns.append(QStringLiteral("added"));
                    binds.append(QDateTime::currentSecsSinceEpoch());
                }
                write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(k.table, columns.join(u','),
                                      QStringList(columns.size(), QStringLiteral("?")).join(u',')));
            }
            if (!run(write, binds))
                result->problems.last().prepend(QStringLiteral("%1 %2: ").arg(kind, scope));
        }
        for (const auto &[syncId, words] : std::as_const(history)) {
            QSqlQuery h(m_db);
            h.prepare(QStringLiteral("SELECT history FROM annotations WHERE sync_id = ?"));
            run(h, {syncId});
            if (!h.next())
                continue;
            QJsonArray earlier = QJsonDocument::fromJson(h.value(0).toString().toUtf8()).array();
            h.finish();
            if (earlier.contains(words))
                continue;
            earlier.append(words);
            QSqlQuery w(m_db);
            w.prepare(QStringLiteral("UPDATE annotations SET history = ? WHERE sync_id = ?"));
            run(w, {QString::fromUtf8(QJsonDocument(earlier).toJson(QJsonDocument::Compact)), syncId});
            result->annotations = true;
        }
        QSqlQuery clock(m_db);
        clock.prepare(QStringLiteral("UPDATE sync_state SET hlc = max(hlc, ?) WHERE id = 1"));
        return run(clock, {newest}) && setRecording(state.recording, error);
    });
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
