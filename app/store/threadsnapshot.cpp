// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadsnapshot.h"

#include "searchindex.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace Threadkeeper {

namespace {
// Table and column names come from the schema itself, never from input; quoted all the same.
QString quoted(const QString &name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// The reader's own state kept by thread URL that goes with the thread (annotations and
// thread rules, also by URL, stay).
const QString FoldsTable = QStringLiteral("folds");
const QString FoldsKey = QStringLiteral("thread_url");
} // namespace

int ThreadSnapshot::postCount() const
{
    for (const Table &t : tables) {
        if (t.name == QLatin1String("posts"))
            return int(t.rows.size());
    }
    return 0;
}

ThreadRows::ThreadRows(QSqlDatabase &db)
    : SqlAccess(db)
{ }

QList<ThreadRows::Dependent> ThreadRows::dependents() const
{
    QList<Dependent> direct;
    QList<Dependent> viaPosts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT m.name, f.\"table\", f.\"from\", f.\"to\" FROM sqlite_master m,"
                               " pragma_foreign_key_list(m.name) f WHERE m.type = 'table' ORDER BY m.name")))
        return {};
    while (q.next()) {
        const QString table = q.value(0).toString();
        const QString parent = q.value(1).toString();
        const QString to = q.value(3).toString();
        if (parent.compare(QLatin1String("threads"), Qt::CaseInsensitive) == 0
            && (to.isEmpty() || to == QLatin1String("id")))
            direct.append({table, q.value(2).toString()});
        else if (parent.compare(QLatin1String("posts"), Qt::CaseInsensitive) == 0
            && to == QLatin1String("thread_id"))
            viaPosts.append({table, q.value(2).toString()});
    }
    for (const Dependent &d : std::as_const(viaPosts)) {
        const bool known = std::any_of(
            direct.cbegin(), direct.cend(), [&](const Dependent &e) { return e.table == d.table; });
        if (!known)
            direct.append(d);
    }
    return direct;
}

bool ThreadRows::readRows(const QString &table, const QString &column, const QVariant &key,
    ThreadSnapshot::Table *into, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(quoted(table), quoted(column)));
    q.addBindValue(key);
    if (!q.exec()) {
        *error = lastError(q);
        return false;
    }
    const QSqlRecord record = q.record();
    into->name = table;
    into->columns.clear();
    for (int i = 0; i < record.count(); ++i)
        into->columns.append(record.fieldName(i));
    into->keyColumn = int(into->columns.indexOf(column));
    while (q.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int i = 0; i < record.count(); ++i)
            row.append(q.value(i));
        into->rows.append(std::move(row));
    }
    return true;
}

bool ThreadRows::take(const QString &url, ThreadSnapshot *snapshot, QString *error)
{
    *snapshot = ThreadSnapshot {};
    snapshot->url = url;
    if (!readRows(QStringLiteral("threads"), QStringLiteral("url"), url, &snapshot->thread, error))
        return false;
    if (snapshot->thread.rows.isEmpty())
        return true; // not cached: nothing to take
    const int idColumn = int(snapshot->thread.columns.indexOf(QLatin1String("id")));
    const QVariant id = snapshot->thread.rows.first().value(idColumn);
    snapshot->thread.keyColumn = idColumn;
    snapshot->title = snapshot->thread.rows.first()
                          .value(int(snapshot->thread.columns.indexOf(QLatin1String("title"))))
                          .toString();
    for (const Dependent &d : dependents()) {
        ThreadSnapshot::Table table;
        if (!readRows(d.table, d.column, id, &table, error))
            return false;
        snapshot->tables.append(std::move(table));
    }
    ThreadSnapshot::Table folds;
    if (!readRows(FoldsTable, FoldsKey, url, &folds, error))
        return false;
    snapshot->tables.append(std::move(folds));
    return remove(id.toLongLong(), url, error);
}

bool ThreadRows::remove(qint64 id, const QString &url, QString *error)
{
    // Pages, posts and through them quote edges and the search index go by cascade.
    QSqlQuery thread(m_db);
    thread.prepare(QStringLiteral("DELETE FROM threads WHERE id = ?"));
    thread.addBindValue(id);
    QSqlQuery folds(m_db);
    folds.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(quoted(FoldsTable), quoted(FoldsKey)));
    folds.addBindValue(url);
    return execPrepared(thread, error) && execPrepared(folds, error);
}

bool ThreadRows::restore(const ThreadSnapshot &snapshot, QString *error)
{
    if (snapshot.isEmpty())
        return true;
    // Cached again since (the reader opened it): the copy taken, with the reader's
    // state, goes back in its place.
    QSqlQuery again(m_db);
    again.prepare(QStringLiteral("SELECT id FROM threads WHERE url = ?"));
    again.addBindValue(snapshot.url);
    if (!execPrepared(again, error))
        return false;
    if (again.next()) {
        const qint64 id = again.value(0).toLongLong();
        again.finish();
        if (!remove(id, snapshot.url, error))
            return false;
    }

    const ThreadSnapshot::Table &t = snapshot.thread;
    QStringList columns;
    QVariantList values;
    for (qsizetype i = 0; i < t.columns.size(); ++i) {
        if (i == t.keyColumn)
            continue; // a new id
        columns.append(quoted(t.columns[i]));
        values.append(t.rows.first()[i]);
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO threads (%1) VALUES (%2)")
                       .arg(columns.join(QStringLiteral(", ")),
                           QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
    for (const QVariant &v : std::as_const(values))
        insert.addBindValue(v);
    if (!execPrepared(insert, error))
        return false;
    const QVariant id = insert.lastInsertId();

    for (const ThreadSnapshot::Table &table : snapshot.tables) {
        if (table.rows.isEmpty())
            continue;
        QStringList names;
        for (const QString &c : table.columns)
            names.append(quoted(c));
        QSqlQuery row(m_db);
        row.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(quoted(table.name), names.join(QStringLiteral(", ")),
                            QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
        const bool byId = table.name != FoldsTable;
        for (const QVariantList &values : table.rows) {
            for (qsizetype i = 0; i < values.size(); ++i)
                row.addBindValue(byId && i == table.keyColumn ? id : values[i]);
            if (!execPrepared(row, error))
                return false;
        }
    }
    // New posts enter the search index from their writer (schema 9), these too.
    return SearchIndex(m_db).addThread(id.toLongLong(), error);
}

} // namespace Threadkeeper
