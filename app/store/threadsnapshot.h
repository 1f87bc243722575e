// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlaccess.h"

#include <QList>
#include <QStringList>
#include <QVariant>

namespace Threadkeeper {

// Every row the cache holds for one thread, read as it was before the thread was
// removed, so that it can be written back whole (Undo): the thread row (read place,
// watch, last visit), its pages, posts (read state), quote edges, and the quotes and
// spoilers the reader flipped. Annotations are not in it: they are kept by URL and
// never removed with a thread.
struct ThreadSnapshot
{
    struct Table
    {
        QString name;
        QStringList columns;
        int keyColumn = -1; // the column holding the thread's id (rewritten on restore) or URL
        QList<QVariantList> rows;
    };
    QString url;
    QString title;
    Table thread; // one row; keyColumn is its id
    QList<Table> tables; // what hangs off it, parents before children

    bool isEmpty() const { return thread.rows.isEmpty(); }
    int postCount() const;
};

// Reads, deletes and writes back a thread's rows. Which tables belong to a thread is read
// from the schema's foreign keys (tables referring to threads, or to posts by thread), so
// a later migration's table follows without change here; URL-keyed tables of the
// thread's own (folds) are named.
class ThreadRows : private SqlAccess
{
public:
    explicit ThreadRows(QSqlDatabase &db);

    // Within the caller's transaction: reads every row of the thread into *snapshot
    // (empty when the thread is not cached), then deletes them. The search index follows
    // the posts through its triggers.
    bool take(const QString &url, ThreadSnapshot *snapshot, QString *error);
    // Within the caller's transaction: writes the rows back, the thread under a new id
    // (its old one may be taken meanwhile). A copy cached again meanwhile is replaced.
    bool restore(const ThreadSnapshot &snapshot, QString *error);
    // Within the caller's transaction: deletes the thread's rows (cascading to its posts).
    bool remove(qint64 id, const QString &url, QString *error);

private:
    struct Dependent
    {
        QString table;
        QString column;
    };
    // Tables holding a thread's rows by its id: those referring to threads first, then
    // those referring to posts.
    QList<Dependent> dependents() const;
    bool readRows(const QString &table, const QString &column, const QVariant &key,
        ThreadSnapshot::Table *into, QString *error) const;
};

} // namespace Threadkeeper
