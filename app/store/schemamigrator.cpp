// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamigrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Threadkeeper {

namespace {

// Splits a migration file into statements: each ends with ';' at the end of a line,
// except inside a trigger's BEGIN … END, which holds statements of its own.
QStringList statementsOf(const QString &script)
{
    QStringList out;
    QString current;
    bool inBody = false;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1String("BEGIN"), Qt::CaseInsensitive))
            inBody = true;
        else if (inBody && trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0)
            inBody = false;
        if (!inBody && trimmed.endsWith(QLatin1Char(';'))) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace

SchemaMigrator::SchemaMigrator(QSqlDatabase &db, int version)
    : SqlAccess(db)
    , m_version(version)
{ }

bool SchemaMigrator::open(const QString &connection, const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QCoreApplication::translate("CacheDatabase", "cannot create the folder %1")
                     .arg(info.absolutePath());
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        *error = QCoreApplication::translate("CacheDatabase", "cannot open %1: %2")
                     .arg(path, m_db.lastError().text());
        return false;
    }
    // Validate it is a database at all before anything writes to it.
    {
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            *error = QCoreApplication::translate("CacheDatabase", "%1 is not a Threadkeeper cache: %2")
                         .arg(path, lastError(probe));
            m_db.close();
            return false;
        }
    }
    // Refuse before anything (even the journal mode) changes the file.
    if (const int version = schemaVersion(); version > m_version) {
        *error = QCoreApplication::translate("CacheDatabase",
            "%1 has schema version %2, newer than this Threadkeeper knows (%3); not touching it")
                     .arg(path)
                     .arg(version)
                     .arg(m_version);
        m_db.close();
        return false;
    }
    for (const char *pragma :
        {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        if (!exec(QString::fromLatin1(pragma), error))
            return false;
    }
    return migrate(path, error);
}

bool SchemaMigrator::setSizeLimit(qint64 bytes, QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA page_size")) || !q.next()) {
        *error = lastError(q);
        return false;
    }
    const qint64 pages = std::max<qint64>(1, bytes / std::max<qint64>(512, q.value(0).toLongLong()));
    q.finish();
    // PRAGMA takes no bound values; pages is our own number.
    return exec(QStringLiteral("PRAGMA max_page_count = ") + QString::number(pages), error);
}

QString SchemaMigrator::integrityCheck() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return lastError(q);
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    return problems.join(QLatin1Char('\n'));
}

int SchemaMigrator::schemaVersion() const
{
    QSqlQuery q(m_db);
    const int version = q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    q.finish();
    return version;
}

bool SchemaMigrator::migrate(const QString &path, QString *error)
{
    const int current = schemaVersion();
    if (current == m_version)
        return true;
    if (current > 0) {
        // Keep a copy of what we are about to change.
        const QString backup = path + QStringLiteral(".v%1.bak").arg(current);
        QFile::remove(backup);
        exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), nullptr);
        QFile::copy(path, backup);
    }
    const QDir dir(QStringLiteral(":/threadkeeper/sql"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const int version = file.section(QLatin1Char('_'), 0, 0).toInt();
        if (version <= current || version > m_version)
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("CacheDatabase", "missing migration %1").arg(file);
            return false;
        }
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        const QStringList statements = statementsOf(QString::fromUtf8(f.readAll()));
        for (const QString &statement : statements) {
            if (!exec(statement, error)) {
                m_db.rollback();
                return false;
            }
        }
        // PRAGMA takes no bound values; version is our own integer.
        if (!exec(QStringLiteral("PRAGMA user_version = ") + QString::number(version), error)
            || !m_db.commit()) {
            m_db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace Threadkeeper
