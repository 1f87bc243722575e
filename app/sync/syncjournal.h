// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sync.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Threadkeeper {

// The files devices leave for each other: JSON lines, a header naming the device, then one
// change a line. Each device writes only files with its own id in the name, whole, once:
// segments (tk-DEVICE-00000001.jsonl, one a round with changes) and now and then a
// snapshot of every change of its that still holds (tk-DEVICE-snap-00000009.jsonl, covering
// its segments up to 9), after which those segments go.
namespace SyncJournal {

constexpr int Format = 1;
// A longer line is damage, not a note.
constexpr qsizetype MaxLine = 4 * 1024 * 1024;

struct FileName
{
    QString device;
    qint64 segment = 0;
    bool snapshot = false;
    bool valid() const { return !device.isEmpty(); }
};

// Only names of this shape are ours; anything else in the place is left alone.
bool looksOurs(const QString &name);
// The parts of one of our names; invalid when it only looks like one.
FileName parseName(const QString &name);
QString segmentName(const QString &device, qint64 segment);
QString snapshotName(const QString &device, qint64 segment);
bool isDeviceId(const QString &id);

struct Header
{
    QString device;
    QString name; // the device's name for people
    qint64 written = 0; // ms since the epoch, by the writer's clock
};

QByteArray encode(const Header &header, const QList<SyncOp> &ops);

// What reading a file from an offset found: whole lines only, so a file still being copied
// (a torn last line) is read up to its last whole line and the rest later.
struct Chunk
{
    bool hasHeader = false;
    Header header;
    QList<SyncOp> ops; // device set from the file's name
    qint64 consumed = 0; // bytes of whole, good lines from the offset
    QString damage; // empty, or why reading stopped before the last whole line
};

// bytes start at offset `from` of the file named `name`; from 0 the first line must be a
// header for the device the name says.
Chunk decode(const QString &name, qint64 from, const QByteArray &bytes);

} // namespace SyncJournal
} // namespace Threadkeeper
