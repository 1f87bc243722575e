// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrepository.h"
#include "syncrows.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace Threadkeeper {

namespace {

// What each change in the outbox says now, one row per register: read from the tables it
// names, in one statement. Rows that sync column by column give their presence ('' item)
// and, for a whole-row change, every column; a column change only that column.
QString outboxValues()
{
    QStringList selects {
        QStringLiteral("SELECT 'read' AS kind, o.scope, o.item, o.changed, CAST(p.read_at AS TEXT) AS value"
                       " FROM sync_outbox o JOIN threads t ON t.url = o.scope"
                       " JOIN posts p ON p.thread_id = t.id AND p.post_id = o.item WHERE o.kind = 'read'"),
        QStringLiteral("SELECT 'place', o.scope, '', o.changed,"
                       " json_object('post', coalesce(CAST(t.place_post_id AS TEXT), ''),"
                       " 'scroll', coalesce(CAST(t.place_scroll AS INTEGER), 0))"
                       " FROM sync_outbox o JOIN threads t ON t.url = o.scope WHERE o.kind = 'place'"),
        QStringLiteral("SELECT 'watch', o.scope, '', o.changed, CASE WHEN t.watched THEN '1' END"
                       " FROM sync_outbox o JOIN threads t ON t.url = o.scope WHERE o.kind = 'watch'"),
        QStringLiteral("SELECT 'fold', o.scope, o.item, o.changed, CAST(f.paths AS TEXT) FROM sync_outbox o"
                       " LEFT JOIN folds f ON f.thread_url = o.scope AND f.post_id = o.item"
                       " WHERE o.kind = 'fold'"),
        QStringLiteral("SELECT 'itemread', o.scope, o.item, o.changed, CAST(i.read_at AS TEXT)"
                       " FROM sync_outbox o JOIN subscriptions s ON s.url = o.scope"
                       " JOIN feed_items i ON i.subscription_id = s.id AND i.item_key = o.item"
                       " WHERE o.kind = 'itemread'"),
        QStringLiteral("SELECT 'setting', o.scope, '', o.changed, s.value FROM sync_outbox o"
                       " LEFT JOIN reader_settings s ON s.key = o.scope WHERE o.kind = 'setting'"),
    };
    for (const SyncRowKind &k : syncRowKinds()) {
        QStringList names, cases;
        for (const QString &c : k.columns) {
            names.append(QStringLiteral("('%1')").arg(c));
            cases.append(QStringLiteral("WHEN '%1' THEN CAST(r.%1 AS TEXT)").arg(c));
        }
        selects.append(
            QStringLiteral("SELECT '%1', o.scope, '', o.changed, CASE WHEN r.%3 IS NOT NULL THEN '1' END"
                           " FROM sync_outbox o LEFT JOIN %2 r ON r.%3 = o.scope"
                           " WHERE o.kind = '%1' AND o.item = ''")
                .arg(k.kind, k.table, k.key));
        selects.append(
            QStringLiteral("SELECT '%1', o.scope, c.column1, o.changed, CASE c.column1 %4 END"
                           " FROM sync_outbox o JOIN %2 r ON r.%3 = o.scope JOIN (VALUES %5) c"
                           " WHERE o.kind = '%1' AND (o.item = '' OR (o.item = c.column1 AND NOT EXISTS"
                           " (SELECT 1 FROM sync_outbox w WHERE w.kind = o.kind AND w.scope = o.scope"
                           " AND w.item = '')))")
                .arg(k.kind, k.table, k.key, cases.join(u' '), names.join(u',')));
    }
    return selects.join(QStringLiteral(" UNION ALL "));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

SyncRepository::SyncRepository(QSqlDatabase &db)
    : SqlAccess(db)
{ }

SyncRepository::State SyncRepository::state() const
{
    QSqlQuery q(m_db);
    State s;
    if (q.exec(QStringLiteral("SELECT device, record, hlc, segment, target FROM sync_state WHERE id = 1"))
        && q.next())
        s = {q.value(0).toString(), q.value(1).toBool(), q.value(2).toLongLong(), q.value(3).toLongLong(),
            q.value(4).toString()};
    return s;
}

bool SyncRepository::begin(const QString &target, const QString &origin, QString *error)
{
    {
        QSqlQuery q(m_db);
        // A first start counts as moved too: a cache copied before it ever synced shares its id.
        q.prepare(QStringLiteral("UPDATE sync_state SET origin = ?, device = CASE WHEN origin = ? THEN device"
                                 " ELSE lower(hex(randomblob(8))) END WHERE id = 1"));
        q.addBindValue(origin);
        q.addBindValue(origin);
        if (!execPrepared(q, error))
            return false;
    }
    const State s = state();
    if (s.target == target) {
        if (s.recording)
            return true;
        return exec(QStringLiteral("UPDATE sync_state SET record = 1 WHERE id = 1"), error);
    }
    return inTransaction(error, [&] {
        for (const char *sql :
            {"DELETE FROM sync_registers", "DELETE FROM sync_files", "DELETE FROM sync_unsent",
                "DELETE FROM sync_devices", "DELETE FROM sync_waiting", "DELETE FROM sync_outbox"}) {
            if (!exec(QString::fromLatin1(sql), error))
                return false;
        }
        // Everything the reader did so far goes to the new place, as done now.
        const QString now = QString::number(nowMs());
        const QStringList seeds {
            QStringLiteral("SELECT 'read', t.url, p.post_id FROM posts p JOIN threads t ON t.id = p.thread_id"
                           " WHERE p.read_at IS NOT NULL"),
            QStringLiteral("SELECT 'place', url, '' FROM threads WHERE place_post_id <> ''"),
            QStringLiteral("SELECT 'watch', url, '' FROM threads WHERE watched"),
            QStringLiteral("SELECT 'fold', thread_url, post_id FROM folds"),
            QStringLiteral("SELECT 'rule', sync_id, '' FROM rules WHERE sync_id IS NOT NULL"),
            QStringLiteral("SELECT 'note', sync_id, '' FROM annotations WHERE sync_id IS NOT NULL"),
            QStringLiteral("SELECT 'sub', url, '' FROM subscriptions"),
            QStringLiteral("SELECT 'itemread', s.url, i.item_key FROM feed_items i"
                           " JOIN subscriptions s ON s.id = i.subscription_id WHERE i.read_at IS NOT NULL"),
            QStringLiteral("SELECT 'setting', key, '' FROM reader_settings"),
        };
        for (const QString &select : seeds) {
            if (!exec(QStringLiteral(
                          "INSERT OR REPLACE INTO sync_outbox (kind, scope, item, changed) SELECT *, %1"
                          " FROM (%2)")
                          .arg(now, select),
                    error))
                return false;
        }
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE sync_state SET target = ?, record = 1 WHERE id = 1"));
        q.addBindValue(target);
        return execPrepared(q, error);
    });
}

bool SyncRepository::end(QString *error)
{
    return exec(QStringLiteral("UPDATE sync_state SET record = 0 WHERE id = 1"), error);
}

int SyncRepository::pending() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) && q.next() ? q.value(0).toInt() : 0;
}

bool SyncRepository::publish(QList<SyncOp> *ops, qint64 *segment, QString *error)
{
    return inTransaction(error, [&] {
        const State s = state();
        // One set of statements for the whole outbox: at 100,000 changes a statement per
        // change costs seconds, these a fraction of one.
        if (!exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sync_publish (seq INTEGER PRIMARY KEY,"
                                 " kind TEXT, scope TEXT, item TEXT, changed INTEGER, value TEXT)"),
                error)
            || !exec(QStringLiteral("DELETE FROM temp.sync_publish"), error))
            return false;
        // A register whose winner already holds this value has nothing to say.
        static const QString collect
            = QStringLiteral("INSERT INTO temp.sync_publish (kind, scope, item, changed, value)"
                             " SELECT c.kind, c.scope, c.item, c.changed, c.value FROM (%1) c"
                             " LEFT JOIN sync_registers r ON r.kind = c.kind AND r.scope = c.scope"
                             " AND r.item = c.item WHERE r.kind IS NULL OR r.value IS NOT c.value")
                  .arg(outboxValues());
        if (!exec(collect, error))
            return false;
        // Each change's clock: past every clock seen so far and not before the change was made,
        // the row number apart (a round holds one change per register, so their order within it
        // does not matter, and no sort is needed).
        const QString clock = QStringLiteral("max(%1, changed << %2) + seq").arg(s.hlc).arg(ClockShift);
        QSqlQuery keep(m_db);
        keep.prepare(
            QStringLiteral("INSERT OR REPLACE INTO sync_registers (kind, scope, item, hlc, device, value)"
                           " SELECT kind, scope, item, %1, ?, value FROM temp.sync_publish")
                .arg(clock));
        keep.addBindValue(s.device);
        if (!execPrepared(keep, error))
            return false;
        qint64 hlc = s.hlc;
        {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            if (!q.exec(
                    QStringLiteral("SELECT kind, scope, item, %1, value FROM temp.sync_publish ORDER BY seq")
                        .arg(clock))) {
                *error = lastError(q);
                return false;
            }
            while (q.next()) {
                const QVariant value = q.value(4);
                ops->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), s.device, value.toString(), value.isNull()});
                hlc = std::max(hlc, ops->constLast().hlc);
            }
        }
        if (!exec(QStringLiteral("DELETE FROM temp.sync_publish"), error)
            || !exec(QStringLiteral("DELETE FROM sync_outbox"), error))
            return false;
        *segment = s.segment + 1;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE sync_state SET hlc = ?, segment = ? WHERE id = 1"));
        q.addBindValue(hlc);
        q.addBindValue(ops->isEmpty() ? s.segment : *segment);
        return execPrepared(q, error);
    });
}

bool SyncRepository::mirrorSettings(const QHash<QString, QString> &settings, QString *error)
{
    // Only what changed is written, so only that goes into the outbox.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO reader_settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE value IS NOT excluded.value"));
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(text(it.value()));
        if (!execPrepared(q, error))
            return false;
    }
    return true;
}

QHash<QString, QString> SyncRepository::readerSettings() const
{
    QHash<QString, QString> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT key, value FROM reader_settings")))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool SyncRepository::observe(qint64 hlc, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sync_state SET hlc = max(hlc, ?) WHERE id = 1"));
    q.addBindValue(hlc);
    return execPrepared(q, error);
}

bool SyncRepository::keepUnsent(const QString &name, const QByteArray &bytes, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_unsent (name, bytes) VALUES (?, ?)"));
    q.addBindValue(name);
    q.addBindValue(bytes);
    return execPrepared(q, error);
}

QList<std::pair<QString, QByteArray>> SyncRepository::unsent() const
{
    QList<std::pair<QString, QByteArray>> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name, bytes FROM sync_unsent ORDER BY name")))
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toByteArray()});
    return out;
}

bool SyncRepository::sent(const QString &name, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sync_unsent WHERE name = ?"));
    q.addBindValue(name);
    return execPrepared(q, error);
}

QHash<QString, SyncRepository::FileRecord> SyncRepository::files() const
{
    QHash<QString, FileRecord> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name, tag, size, done FROM sync_files")))
        while (q.next())
            out.insert(q.value(0).toString(),
                {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                    q.value(3).toLongLong()});
    return out;
}

bool SyncRepository::saveFile(const FileRecord &record, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT OR REPLACE INTO sync_files (name, tag, size, done) VALUES (?, ?, ?, ?)"));
    q.addBindValue(record.name);
    q.addBindValue(record.tag);
    q.addBindValue(record.size);
    q.addBindValue(record.done);
    return execPrepared(q, error);
}

bool SyncRepository::keepOnlyFiles(const QStringList &names, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM sync_files WHERE name NOT IN (SELECT value FROM json_each(?))"));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact)));
    return execPrepared(q, error);
}

bool SyncRepository::sawDevice(const SyncDevice &device, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_devices (id, name, last_seen) VALUES (?, ?, ?)"
                             " ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                             " last_seen = max(coalesce(last_seen, 0), excluded.last_seen)"));
    q.addBindValue(device.id);
    q.addBindValue(device.name);
    q.addBindValue(device.lastSeen.isValid() ? QVariant(device.lastSeen.toMSecsSinceEpoch()) : QVariant(0));
    return execPrepared(q, error);
}

QList<SyncDevice> SyncRepository::devices() const
{
    QList<SyncDevice> out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT id, name, last_seen FROM sync_devices ORDER BY last_seen DESC")))
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(),
                QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::UTC)});
    return out;
}

QList<SyncOp> SyncRepository::ownChanges() const
{
    QList<SyncOp> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, scope, item, hlc, value FROM sync_registers WHERE device = ?"
                             " ORDER BY hlc"));
    const QString me = state().device;
    q.addBindValue(me);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toLongLong(), me, q.value(4).toString(), q.value(4).isNull()});
    return out;
}

std::optional<SyncOp> SyncRepository::winner(
    const QString &kind, const QString &scope, const QString &item) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT hlc, device, value FROM sync_registers WHERE kind = ? AND scope = ? AND item = ?"));
    q.addBindValue(kind);
    q.addBindValue(scope);
    q.addBindValue(item);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SyncOp {kind, scope, item, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(2).isNull()};
}

} // namespace Threadkeeper
