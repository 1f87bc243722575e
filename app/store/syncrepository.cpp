// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace Threadkeeper {

namespace {

// The columns of rows that sync field by field, in the order they are read.
const QStringList &ruleColumns()
{
    static const QStringList c {QStringLiteral("kind"), QStringLiteral("site"), QStringLiteral("pattern"),
        QStringLiteral("score"), QStringLiteral("thread_url"), QStringLiteral("expires"),
        QStringLiteral("note"), QStringLiteral("created")};
    return c;
}

const QStringList &noteColumns()
{
    static const QStringList c {QStringLiteral("kind"), QStringLiteral("thread_url"),
        QStringLiteral("post_id"), QStringLiteral("note"), QStringLiteral("exact"), QStringLiteral("prefix"),
        QStringLiteral("suffix"), QStringLiteral("start_offset"), QStringLiteral("end_offset"),
        QStringLiteral("quote_path"), QStringLiteral("created")};
    return c;
}

const QStringList &subscriptionColumns()
{
    static const QStringList c {QStringLiteral("title"), QStringLiteral("folder"), QStringLiteral("kind"),
        QStringLiteral("source"), QStringLiteral("interval_minutes")};
    return c;
}

std::optional<QString> valueOf(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toString();
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
        struct Change
        {
            QString kind, scope, item;
            qint64 changed;
        };
        QList<Change> changes;
        {
            QSqlQuery box(m_db);
            box.setForwardOnly(true);
            if (!box.exec(
                    QStringLiteral("SELECT kind, scope, item, changed FROM sync_outbox ORDER BY changed"))) {
                *error = lastError(box);
                return false;
            }
            while (box.next())
                changes.append({box.value(0).toString(), box.value(1).toString(), box.value(2).toString(),
                    box.value(3).toLongLong()});
        }
        QSqlQuery reg(m_db), put(m_db), read(m_db), thread(m_db), fold(m_db), item(m_db), rule(m_db),
            note(m_db), sub(m_db);
        reg.prepare(
            QStringLiteral("SELECT value FROM sync_registers WHERE kind = ? AND scope = ? AND item = ?"));
        put.prepare(
            QStringLiteral("INSERT OR REPLACE INTO sync_registers (kind, scope, item, hlc, device, value)"
                           " VALUES (?, ?, ?, ?, ?, ?)"));
        read.prepare(QStringLiteral("SELECT p.read_at FROM posts p JOIN threads t ON t.id = p.thread_id"
                                    " WHERE t.url = ? AND p.post_id = ?"));
        thread.prepare(
            QStringLiteral("SELECT place_post_id, place_scroll, watched FROM threads WHERE url = ?"));
        fold.prepare(QStringLiteral("SELECT paths FROM folds WHERE thread_url = ? AND post_id = ?"));
        item.prepare(QStringLiteral("SELECT i.read_at FROM feed_items i JOIN subscriptions s"
                                    " ON s.id = i.subscription_id WHERE s.url = ? AND i.item_key = ?"));
        rule.prepare(QStringLiteral("SELECT %1 FROM rules WHERE sync_id = ?").arg(ruleColumns().join(u',')));
        note.prepare(
            QStringLiteral("SELECT %1 FROM annotations WHERE sync_id = ?").arg(noteColumns().join(u',')));
        sub.prepare(QStringLiteral("SELECT %1 FROM subscriptions WHERE url = ?")
                        .arg(subscriptionColumns().join(u',')));

        qint64 hlc = s.hlc;
        bool ok = true;
        // A register whose winner already holds this value has nothing to say.
        auto publishOne = [&](const QString &kind, const QString &scope, const QString &itemKey,
                              const std::optional<QString> &value, qint64 changed) {
            reg.addBindValue(kind);
            reg.addBindValue(scope);
            reg.addBindValue(text(itemKey));
            if (reg.exec() && reg.next()) {
                const std::optional<QString> held = valueOf(reg.value(0));
                reg.finish();
                if (held == value)
                    return;
            }
            reg.finish();
            hlc = std::max(hlc + 1, changed << ClockShift);
            SyncOp op {kind, scope, itemKey.isNull() ? QStringLiteral("") : itemKey, hlc, s.device,
                value.value_or(QString()), !value.has_value()};
            put.addBindValue(kind);
            put.addBindValue(scope);
            put.addBindValue(text(itemKey));
            put.addBindValue(hlc);
            put.addBindValue(s.device);
            put.addBindValue(value ? QVariant(*value) : QVariant(QMetaType(QMetaType::QString)));
            ok = ok && execPrepared(put, error);
            ops->append(op);
        };
        auto fetch = [](QSqlQuery &q, const QStringList &binds) {
            for (const QString &b : binds)
                q.addBindValue(b);
            return q.exec() && q.next();
        };
        auto publishRow = [&](const Change &c, QSqlQuery &q, const QStringList &columns) {
            const bool exists = fetch(q, {c.scope});
            if (c.item.isEmpty()) {
                publishOne(c.kind, c.scope, QString(),
                    exists ? std::optional<QString>(QStringLiteral("1")) : std::nullopt, c.changed);
                for (int i = 0; exists && i < columns.size(); ++i)
                    publishOne(c.kind, c.scope, columns[i], valueOf(q.value(i)), c.changed);
            } else if (const qsizetype i = columns.indexOf(c.item); exists && i >= 0) {
                publishOne(c.kind, c.scope, c.item, valueOf(q.value(int(i))), c.changed);
            }
            q.finish();
        };
        for (const Change &c : std::as_const(changes)) {
            if (c.kind == QLatin1String("read")) {
                if (fetch(read, {c.scope, c.item}))
                    publishOne(c.kind, c.scope, c.item, valueOf(read.value(0)), c.changed);
                read.finish();
            } else if (c.kind == QLatin1String("place") || c.kind == QLatin1String("watch")) {
                if (fetch(thread, {c.scope})) {
                    if (c.kind == QLatin1String("place"))
                        publishOne(c.kind, c.scope, QString(),
                            QString::fromUtf8(QJsonDocument(
                                QJsonObject {{QStringLiteral("post"), thread.value(0).toString()},
                                    {QStringLiteral("scroll"), thread.value(1).toInt()}})
                                                  .toJson(QJsonDocument::Compact)),
                            c.changed);
                    else
                        publishOne(c.kind, c.scope, QString(),
                            thread.value(2).toBool() ? std::optional<QString>(QStringLiteral("1"))
                                                     : std::nullopt,
                            c.changed);
                }
                thread.finish();
            } else if (c.kind == QLatin1String("fold")) {
                const bool exists = fetch(fold, {c.scope, c.item});
                publishOne(
                    c.kind, c.scope, c.item, exists ? valueOf(fold.value(0)) : std::nullopt, c.changed);
                fold.finish();
            } else if (c.kind == QLatin1String("itemread")) {
                if (fetch(item, {c.scope, c.item}))
                    publishOne(c.kind, c.scope, c.item, valueOf(item.value(0)), c.changed);
                item.finish();
            } else if (c.kind == QLatin1String("rule")) {
                publishRow(c, rule, ruleColumns());
            } else if (c.kind == QLatin1String("note")) {
                publishRow(c, note, noteColumns());
            } else if (c.kind == QLatin1String("sub")) {
                publishRow(c, sub, subscriptionColumns());
            }
            if (!ok)
                return false;
        }
        if (!exec(QStringLiteral("DELETE FROM sync_outbox"), error))
            return false;
        *segment = s.segment + 1;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE sync_state SET hlc = ?, segment = ? WHERE id = 1"));
        q.addBindValue(hlc);
        q.addBindValue(ops->isEmpty() ? s.segment : *segment);
        return execPrepared(q, error);
    });
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
