// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "webdavlisting.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

#include <algorithm>

namespace Threadkeeper {

namespace {

// One <response> as the server gave it, before it is known to be a file of ours.
struct Entry
{
    QString href;
    bool collection = false;
    qint64 size = 0;
    QString etag;
    QString modified;
};

bool isDav(const QXmlStreamReader &xml, QLatin1StringView name)
{
    return xml.namespaceUri() == QLatin1String("DAV:") && xml.name() == name;
}

QString text(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
}

void readProp(QXmlStreamReader &xml, Entry &entry)
{
    while (xml.readNextStartElement()) {
        if (isDav(xml, QLatin1String("getcontentlength"))) {
            entry.size = std::max<qint64>(0, text(xml).toLongLong());
        } else if (isDav(xml, QLatin1String("getetag"))) {
            entry.etag = text(xml);
        } else if (isDav(xml, QLatin1String("getlastmodified"))) {
            entry.modified = text(xml);
        } else if (isDav(xml, QLatin1String("resourcetype"))) {
            while (xml.readNextStartElement()) {
                if (isDav(xml, QLatin1String("collection")))
                    entry.collection = true;
                xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

// A propstat's properties count only when its status says they were found ("HTTP/1.1
// 200 OK"); the ones a server lacks come back in a propstat of their own, 404.
void readPropstat(QXmlStreamReader &xml, Entry &entry)
{
    Entry found;
    bool ok = true; // a propstat without a status is taken at its word
    while (xml.readNextStartElement()) {
        if (isDav(xml, QLatin1String("prop"))) {
            readProp(xml, found);
        } else if (isDav(xml, QLatin1String("status"))) {
            const QStringList parts = text(xml).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            ok = parts.size() >= 2 && parts.at(1).startsWith(QLatin1Char('2'));
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!ok)
        return;
    entry.collection = entry.collection || found.collection;
    if (found.size > 0)
        entry.size = found.size;
    if (!found.etag.isEmpty())
        entry.etag = found.etag;
    if (!found.modified.isEmpty())
        entry.modified = found.modified;
}

Entry readResponse(QXmlStreamReader &xml)
{
    Entry entry;
    while (xml.readNextStartElement()) {
        if (isDav(xml, QLatin1String("href")))
            entry.href = text(xml);
        else if (isDav(xml, QLatin1String("propstat")))
            readPropstat(xml, entry);
        else
            xml.skipCurrentElement();
    }
    return entry;
}

// The entry's name inside the collection, or empty when it is not a file directly in it.
// Hrefs are mostly absolute paths; some servers give whole addresses, which must name the
// same host (the scheme and port may differ behind a proxy: only the name is used, never
// the address the server gave).
QString nameIn(const QUrl &collection, const QString &basePath, const Entry &entry)
{
    if (entry.collection || entry.href.isEmpty())
        return {};
    const QUrl href(entry.href, QUrl::TolerantMode);
    if (!href.isValid() || (!href.host().isEmpty() && href.host() != collection.host()))
        return {};
    const QString path = collection.resolved(href).path(QUrl::FullyDecoded);
    if (!path.startsWith(basePath))
        return {};
    const QString name = path.mid(basePath.size());
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')))
        return {};
    return name;
}

} // namespace

WebDavListing readWebDavListing(const QByteArray &data, const QUrl &collection, int maxEntries)
{
    WebDavListing listing;
    QUrl base = collection;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    const QString basePath = base.path(QUrl::FullyDecoded);

    QXmlStreamReader xml(data);
    if (!xml.readNextStartElement() || !isDav(xml, QLatin1String("multistatus"))) {
        listing.error = xml.hasError()
            ? QCoreApplication::translate("WebDavListing", "the listing is not readable XML (%1)")
                  .arg(xml.errorString())
            : QCoreApplication::translate("WebDavListing", "the answer is not a WebDAV listing");
        return listing;
    }
    QSet<QString> seen;
    int entries = 0;
    while (xml.readNextStartElement()) {
        if (!isDav(xml, QLatin1String("response"))) {
            xml.skipCurrentElement();
            continue;
        }
        if (++entries > maxEntries) {
            listing.files.clear();
            listing.error
                = QCoreApplication::translate("WebDavListing", "the listing has more than %L1 entries")
                      .arg(maxEntries);
            return listing;
        }
        const Entry entry = readResponse(xml);
        const QString name = nameIn(base, basePath, entry);
        if (name.isEmpty() || seen.contains(name))
            continue;
        seen.insert(name);
        SyncFileInfo file;
        file.name = name;
        file.size = entry.size;
        file.tag = !entry.etag.isEmpty() ? entry.etag
            : entry.modified.isEmpty()   ? QString::number(entry.size)
                                         : QString::number(entry.size) + QLatin1Char(' ') + entry.modified;
        listing.files.append(file);
    }
    // Whatever follows the root must be nothing but comments and space.
    while (!xml.atEnd() && !xml.hasError())
        xml.readNext();
    if (xml.hasError()) {
        listing.files.clear();
        listing.error = QCoreApplication::translate("WebDavListing", "the listing is not readable XML (%1)")
                            .arg(xml.errorString());
    }
    return listing;
}

} // namespace Threadkeeper
