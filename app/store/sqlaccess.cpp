// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlaccess.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace Threadkeeper {

SqlAccess::SqlAccess(QSqlDatabase &db)
    : m_db(db)
{ }

QString SqlAccess::lastError(const QSqlQuery &q)
{
    return q.lastError().text();
}

QVariant SqlAccess::secs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant SqlAccess::text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QDateTime SqlAccess::fromSecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), QTimeZone::UTC);
}

bool SqlAccess::execPrepared(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = lastError(q);
    return false;
}

bool SqlAccess::exec(const QString &sql, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(sql.left(60), lastError(q));
        return false;
    }
    return true;
}

bool SqlAccess::writeRow(const QString &table, const QStringList &columns, const QList<QVariant> &values,
    qint64 *id, QString *error)
{
    // A row this process read is updated in place; anything else goes in as a new row
    // with an id from the database, so a write never replaces a row it did not read
    // (another process may have taken the id meanwhile). A row deleted meanwhile comes
    // back under a new id. Table and column names are ours, never input.
    if (*id > 0) {
        QStringList sets;
        for (const QString &c : columns)
            sets.append(c + QStringLiteral(" = ?"));
        QSqlQuery update(m_db);
        update.prepare(
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))));
        for (const QVariant &v : values)
            update.addBindValue(v);
        update.addBindValue(*id);
        if (!update.exec()) {
            *error = lastError(update);
            return false;
        }
        if (update.numRowsAffected() > 0)
            return true;
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(table, columns.join(QStringLiteral(", ")),
                           QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    for (const QVariant &v : values)
        insert.addBindValue(v);
    if (!insert.exec()) {
        *error = lastError(insert);
        return false;
    }
    *id = insert.lastInsertId().toLongLong();
    return true;
}

bool SqlAccess::beginWrite(QString *error)
{
    QSqlQuery begin(m_db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = lastError(begin);
        return false;
    }
    return true;
}

bool SqlAccess::inTransaction(QString *error, const std::function<bool()> &work)
{
    if (!beginWrite(error))
        return false;
    if (!work()) {
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace Threadkeeper
