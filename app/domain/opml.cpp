// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opml.h"

#include <QCoreApplication>
#include <QLocale>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>

namespace Threadkeeper {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Threadkeeper::Opml", text);
}

// An outline's name as readers write it: text, else title (OPML 2.0 requires text; some
// writers give only title).
QString nameOf(const QXmlStreamAttributes &a)
{
    const QString text = a.value(QLatin1String("text")).toString().trimmed();
    return text.isEmpty() ? a.value(QLatin1String("title")).toString().trimmed() : text;
}

QUrl absolute(const QString &value)
{
    const QUrl url(value.trimmed(), QUrl::TolerantMode);
    return url.isValid() && !url.isRelative() ? url : QUrl();
}
} // namespace

QList<OpmlEntry> Opml::read(const QByteArray &data, QString *error)
{
    if (data.size() > MaxBytes) {
        *error = tr("the file is larger than %1 MB").arg(MaxBytes / (1024 * 1024));
        return {};
    }
    if (data.trimmed().isEmpty()) {
        *error = tr("the file is empty");
        return {};
    }
    QList<OpmlEntry> entries;
    QStringList folders; // the open outlines that are folders (an empty name for a feed's own)
    QXmlStreamReader xml(data);
    bool sawOpml = false;
    bool inBody = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const auto name = xml.name();
            if (!sawOpml) {
                if (name != QLatin1String("opml")) {
                    *error = tr("line %1: not an OPML file (its root is <%2>)")
                                 .arg(xml.lineNumber())
                                 .arg(name.toString());
                    return {};
                }
                sawOpml = true;
            } else if (name == QLatin1String("body")) {
                inBody = true;
            } else if (inBody && name == QLatin1String("outline")) {
                if (folders.size() >= MaxDepth) {
                    *error = tr("line %1: outlines nested deeper than %2").arg(xml.lineNumber()).arg(MaxDepth);
                    return {};
                }
                const QXmlStreamAttributes a = xml.attributes();
                const QString xmlUrl = a.value(QLatin1String("xmlUrl")).toString();
                if (xmlUrl.isEmpty()) {
                    folders.append(nameOf(a));
                    continue;
                }
                folders.append(QString()); // a feed's outline is no folder, even with children
                const QUrl url = absolute(xmlUrl);
                if (!url.isValid())
                    continue; // a relative or broken address cannot be read: skipped
                if (entries.size() >= MaxEntries) {
                    *error = tr("more than %1 subscriptions").arg(MaxEntries);
                    return {};
                }
                QStringList path;
                for (const QString &f : std::as_const(folders)) {
                    if (!f.isEmpty())
                        path.append(f);
                }
                entries.append(OpmlEntry {url, nameOf(a), path.join(QLatin1Char('/')),
                    absolute(a.value(QLatin1String("htmlUrl")).toString())});
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("outline") && inBody && !folders.isEmpty())
                folders.removeLast();
            else if (xml.name() == QLatin1String("body"))
                inBody = false;
        }
    }
    if (xml.hasError()) {
        *error = tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return {};
    }
    if (!sawOpml) {
        *error = tr("the file is empty");
        return {};
    }
    return entries;
}

QByteArray Opml::write(const QList<Subscription> &subscriptions, const QDateTime &created)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), QStringLiteral("Threadkeeper subscriptions"));
    // RFC 822, as OPML 2.0 asks, in English whatever the reader's language.
    xml.writeTextElement(QStringLiteral("dateCreated"),
        QLocale::c().toString(created.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));

    // Folders in name order, each subscription under its own path; the top level last
    // opened is closed before the next is written.
    std::map<QString, QList<Subscription>> byFolder;
    for (const Subscription &s : subscriptions)
        byFolder[s.folder].append(s);
    QStringList open;
    for (const auto &[folder, list] : byFolder) {
        const QStringList path = folder.isEmpty() ? QStringList() : folder.split(QLatin1Char('/'));
        qsizetype common = 0;
        while (common < open.size() && common < path.size() && open[common] == path[common])
            ++common;
        while (open.size() > common) {
            xml.writeEndElement();
            open.removeLast();
        }
        for (qsizetype i = common; i < path.size(); ++i) {
            xml.writeStartElement(QStringLiteral("outline"));
            xml.writeAttribute(QStringLiteral("text"), path[i]);
            xml.writeAttribute(QStringLiteral("title"), path[i]);
            open.append(path[i]);
        }
        for (const Subscription &s : list) {
            const QString title = s.title.isEmpty() ? s.url.toString() : s.title;
            xml.writeEmptyElement(QStringLiteral("outline"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
            xml.writeAttribute(QStringLiteral("text"), title);
            xml.writeAttribute(QStringLiteral("title"), title);
            xml.writeAttribute(QStringLiteral("xmlUrl"), s.url.toString(QUrl::FullyEncoded));
        }
    }
    while (!open.isEmpty()) {
        xml.writeEndElement();
        open.removeLast();
    }
    xml.writeEndDocument();
    return out;
}

} // namespace Threadkeeper
