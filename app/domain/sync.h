// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Threadkeeper {

// One change of what the reader did, as it travels between devices: the register
// (kind, scope, item) took value at hybrid-logical time hlc on device. The later
// (hlc, device) wins; a deleted value is a tombstone that wins the same way.
//   read:     scope thread url, item post id, value the read time as the cache keeps it —
//             deleted: unread
//   place:    scope thread url, value {"post":…, "scroll":…}
//   watch:    scope thread url, value "1" — deleted: not watched
//   fold:     scope thread url, item post id, value the flipped paths as a JSON array
//   rule, note: scope the row's sync id, item a column ("" the row itself: deleted, it is gone)
//   sub:      scope subscription url, item a column ("" the subscription itself)
//   itemread: scope subscription url, item the feed item's key, value the read time
//   setting:  scope a preference's key, value its text
struct SyncOp
{
    QString kind;
    QString scope;
    QString item;
    qint64 hlc = 0;
    QString device;
    QString value;
    bool deleted = false;

    // Whether this op beats other for the same register.
    bool beats(const SyncOp &other) const
    {
        return hlc != other.hlc ? hlc > other.hlc : device > other.device;
    }
    bool operator==(const SyncOp &) const = default;
};

// A file in the shared place, as listed: name within it, size in bytes, and a tag that
// changes when the content does (an ETag, or size and modification time).
struct SyncFileInfo
{
    QString name;
    qint64 size = 0;
    QString tag;
    bool operator==(const SyncFileInfo &) const = default;
};

// Where this reader syncs to: nowhere, a folder that another program keeps in step
// between machines, or a WebDAV collection (its password is in the secret store).
struct SyncTarget
{
    enum class Kind
    {
        None,
        Folder,
        WebDav
    };
    Kind kind = Kind::None;
    QString folder;
    QUrl webdav; // without user info
    QString user;
    int intervalMinutes = 15;
    bool operator==(const SyncTarget &) const = default;
};

// Another device seen in the shared place.
struct SyncDevice
{
    QString id;
    QString name;
    QDateTime lastSeen; // when its newest file was written, by its own clock
    bool operator==(const SyncDevice &) const = default;
};

// What one round did.
struct SyncReport
{
    QDateTime finished;
    int sent = 0; // changes written for other devices
    int received = 0; // changes from other devices that won here
    qint64 bytesWritten = 0;
    qint64 bytesRead = 0;
    int requests = 0; // listings, reads, writes and removals asked of the shared place
    QList<SyncDevice> devices;
    QStringList skipped; // files not read, each with why: "NAME: why"
    QString error; // empty when the round completed
    // What came in: threads whose read state, place, watch or folds changed, and whether
    // rules, notes or subscriptions did.
    QStringList threads;
    bool rules = false;
    bool annotations = false;
    bool subscriptions = false;
    // The reader's settings as synced (key → value) when another device's changed them.
    QHash<QString, QString> settings;
    bool ok() const { return error.isEmpty(); }
};

} // namespace Threadkeeper

Q_DECLARE_METATYPE(Threadkeeper::SyncReport)
