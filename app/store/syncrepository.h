// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sync.h"
#include "sqlaccess.h"

#include <QHash>

#include <optional>

namespace Threadkeeper {

// This cache's side of sync: its device id and clock, the changes the reader made here
// that the other devices have not been given (noted by the triggers of schema 15), the
// winning change of every register, the journal files written but not yet stored, and
// how far each other device's file was read. SyncApplier writes what comes in.
class SyncRepository : private SqlAccess
{
public:
    explicit SyncRepository(QSqlDatabase &db);

    struct State
    {
        QString device;
        bool recording = false;
        qint64 hlc = 0;
        qint64 segment = 0;
        QString target;
    };
    State state() const;

    // Sync is on toward target from now on. When target is not the last one, everything
    // the reader did so far is queued to go there, and what was read elsewhere is forgotten.
    // origin names this machine and file: a cache copied elsewhere (a new laptop started from
    // a copy) becomes a device of its own there, never a second writer of the same files.
    bool begin(const QString &target, const QString &origin, QString *error);
    // Off: changes made from now on are not noted.
    bool end(QString *error);
    // Registers changed here and not yet published.
    int pending() const;

    // Turns what changed here into changes stamped with the next times of this device's
    // clock (never before `changed`), keeps them as the registers' winners, and empties
    // the outbox; the next segment's number comes back in segment.
    bool publish(QList<SyncOp> *ops, qint64 *segment, QString *error);
    // The reader's settings as set on this machine (key → value), written where they differ,
    // which notes them for the other devices.
    bool mirrorSettings(const QHash<QString, QString> &settings, QString *error);
    // The reader's settings as synced: this machine's and those that came from others.
    QHash<QString, QString> readerSettings() const;
    // The clock never runs behind a time seen from another device.
    bool observe(qint64 hlc, QString *error);

    bool keepUnsent(const QString &name, const QByteArray &bytes, QString *error);
    QList<std::pair<QString, QByteArray>> unsent() const;
    bool sent(const QString &name, QString *error);

    struct FileRecord
    {
        QString name;
        QString tag;
        qint64 size = 0;
        qint64 done = 0; // bytes read, up to the last whole line
    };
    QHash<QString, FileRecord> files() const;
    bool saveFile(const FileRecord &record, QString *error);
    // Forgets files no longer listed.
    bool keepOnlyFiles(const QStringList &names, QString *error);

    bool sawDevice(const SyncDevice &device, QString *error);
    QList<SyncDevice> devices() const;

    // Every register this device holds the winning change of: a snapshot's content.
    QList<SyncOp> ownChanges() const;
    // The winner of one register, if any.
    std::optional<SyncOp> winner(const QString &kind, const QString &scope, const QString &item) const;

    static constexpr int ClockShift = 16; // ms << 16 | counter
};

} // namespace Threadkeeper
