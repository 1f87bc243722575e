// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sync.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace Threadkeeper {

// The shared place devices sync through: a flat collection of files, each written by
// one device only. Every call answers once, later, on this object's thread, through
// its callback (never from inside the call); error is empty on success.
class SyncTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    using Listed = std::function<void(const QList<Threadkeeper::SyncFileInfo> &files, const QString &error)>;
    // bytes: the file from offset `from` to its end (empty when from is at or past it).
    using Read = std::function<void(const QByteArray &bytes, const QString &error)>;
    using Done = std::function<void(const QString &error)>;

    // Every file in the place (not folders, not hidden files); creates the place when it
    // is missing and can be created.
    virtual void list(Listed done) = 0;
    virtual void read(const QString &name, qint64 from, Read done) = 0;
    // Writes the whole file: other devices never see half of it where the place allows
    // (a rename into place in a folder); where it does not, readers cope with a torn end.
    virtual void write(const QString &name, const QByteArray &bytes, Done done) = 0;
    virtual void remove(const QString &name, Done done) = 0;
    // For the status and errors: the folder's path or the collection's address.
    virtual QString describe() const = 0;
};

} // namespace Threadkeeper
