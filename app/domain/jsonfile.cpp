// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfile.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Threadkeeper {

bool readVersionedList(const QByteArray &json, const QString &key, const QString &what, int version,
    qsizetype maxItems, QJsonArray *list, QString *error)
{
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(json, &parse).object();
    if (parse.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("JsonFile", "not JSON: %1 at offset %2")
                     .arg(parse.errorString())
                     .arg(parse.offset);
        return false;
    }
    if (!root.value(key).isArray()) {
        *error = QCoreApplication::translate("JsonFile", "not a Threadkeeper %1 file: no \"%2\" list")
                     .arg(what, key);
        return false;
    }
    const int fileVersion = root.value(QLatin1String("version")).toInt();
    if (fileVersion > version) {
        *error = QCoreApplication::translate(
            "JsonFile", "%1 file version %2 is newer than this Threadkeeper knows")
                     .arg(what)
                     .arg(fileVersion);
        return false;
    }
    *list = root.value(key).toArray();
    if (list->size() > maxItems) {
        *error = QCoreApplication::translate("JsonFile", "too many %1 (%2)").arg(what).arg(list->size());
        return false;
    }
    return true;
}

QByteArray writeVersionedList(const QString &key, int version, const QJsonArray &list)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("version"), version}, {key, list}})
        .toJson(QJsonDocument::Indented);
}

} // namespace Threadkeeper
