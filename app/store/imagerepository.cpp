// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagerepository.h"

#include <QSqlQuery>

namespace Threadkeeper {

ImageRepository::ImageRepository(QSqlDatabase &db)
    : SqlAccess(db)
{ }

bool ImageRepository::saveImage(
    const QString &url, const QByteArray &data, const QString &contentType, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO images (url, content_type, data, fetched) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (url) DO UPDATE SET content_type = excluded.content_type, "
                             "data = excluded.data, fetched = excluded.fetched"));
    q.addBindValue(url);
    q.addBindValue(
        contentType.isNull() ? QStringLiteral("") : contentType); // NOT NULL: a null QString binds NULL
    q.addBindValue(data);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec()) {
        *error = lastError(q);
        return false;
    }
    return true;
}

QByteArray ImageRepository::image(const QString &url) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM images WHERE url = ?"));
    q.addBindValue(url);
    if (!q.exec() || !q.next())
        return {};
    QByteArray data = q.value(0).toByteArray();
    if (data.isNull()) // an empty blob is still "cached"
        data = QByteArray("");
    return data;
}

bool ImageRepository::allowImageSite(const QString &host, bool allowed, QString *error)
{
    QSqlQuery q(m_db);
    if (allowed) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO image_sites (host, allowed) VALUES (?, ?)"));
        q.addBindValue(host);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
    } else {
        q.prepare(QStringLiteral("DELETE FROM image_sites WHERE host = ?"));
        q.addBindValue(host);
    }
    if (!q.exec()) {
        *error = lastError(q);
        return false;
    }
    return true;
}

QStringList ImageRepository::imageSites() const
{
    QStringList hosts;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT host FROM image_sites ORDER BY host"))) {
        while (q.next())
            hosts.append(q.value(0).toString());
    }
    return hosts;
}

} // namespace Threadkeeper
