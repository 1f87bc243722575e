// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class QSqlQuery;

namespace Threadkeeper {

// What the store's classes share: the one connection (owned by CacheDatabase, opened
// after they are made, hence a reference) and how values are bound, rows written and
// transactions run on it.
class SqlAccess
{
protected:
    explicit SqlAccess(QSqlDatabase &db);
    ~SqlAccess() = default;
    SqlAccess(const SqlAccess &) = delete;
    SqlAccess &operator=(const SqlAccess &) = delete;

    static QString lastError(const QSqlQuery &q);
    static QVariant secs(const QDateTime &t);
    // A null QString binds as SQL NULL; NOT NULL text columns want ''.
    static QVariant text(const QString &s);
    static QDateTime fromSecs(const QVariant &v);

    bool exec(const QString &sql, QString *error);
    // Runs a prepared query; on failure error says why.
    static bool execPrepared(QSqlQuery &q, QString *error);
    // Updates the row with *id if there is one, else inserts a new row and sets *id.
    bool writeRow(const QString &table, const QStringList &columns, const QList<QVariant> &values, qint64 *id,
        QString *error);
    // Starts a write transaction that holds the write lock from its first statement
    // (BEGIN IMMEDIATE): other processes writing the same cache (the window, a command)
    // make it wait out the busy timeout there, where a deferred one that read first could
    // only fail with "database is locked" when it came to write.
    bool beginWrite(QString *error);
    // Runs work in one such transaction: committed when it returns true, else rolled back.
    bool inTransaction(QString *error, const std::function<bool()> &work);

    // For imports: every item saved as a new one (its id cleared), stopping at the first failure.
    template<typename T, typename Save> static std::function<bool()> saveAllAsNew(QList<T> *items, Save save)
    {
        return [items, save] {
            for (T &item : *items) {
                item.id = 0;
                if (!save(&item))
                    return false;
            }
            return true;
        };
    }

    QSqlDatabase &m_db;
};

} // namespace Threadkeeper
