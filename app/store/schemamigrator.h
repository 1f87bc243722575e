// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlaccess.h"

namespace Threadkeeper {

// Opens the cache file and brings its schema (PRAGMA user_version) up to `version` with
// the numbered migrations in resources/sql; refuses a newer schema with the file untouched.
// Also the checks and limits that concern the file as a whole.
class SchemaMigrator : private SqlAccess
{
public:
    SchemaMigrator(QSqlDatabase &db, int version);

    // Opens or creates the file as `connection` and migrates it. On failure error says why.
    bool open(const QString &connection, const QString &path, QString *error);
    int schemaVersion() const;
    // Caps the file's size (SQLite's max_page_count, this connection).
    bool setSizeLimit(qint64 bytes, QString *error);
    // SQLite's own check of the whole file: "ok", or what it found wrong.
    QString integrityCheck() const;

private:
    bool migrate(const QString &path, QString *error);

    const int m_version;
};

} // namespace Threadkeeper
