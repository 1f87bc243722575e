// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sync.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Threadkeeper {

// What a WebDAV server's answer to PROPFIND (Depth: 1) on a collection says is in it.
struct WebDavListing
{
    QList<SyncFileInfo> files;
    QString error; // empty when the answer was read
};

// Reads a 207 Multi-Status answer for collection (an address whose path ends in '/'):
// the files directly inside it, by name (percent-decoded, relative to the collection).
// Left out: the collection itself, collections inside it, names starting with '.', and
// entries whose address is elsewhere (another host, another folder). The tag is the ETag
// when there is one, else size and modification time. Malformed XML, an answer that is
// not a multistatus, or more than maxEntries entries give an error and no files.
WebDavListing readWebDavListing(const QByteArray &xml, const QUrl &collection, int maxEntries = 100'000);

} // namespace Threadkeeper
