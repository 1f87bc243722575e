// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlaccess.h"

#include <QByteArray>

namespace Threadkeeper {

// The images and image_sites tables: pictures the reader asked to see, kept for offline
// reading, and the sites whose pictures always load.
class ImageRepository : private SqlAccess
{
public:
    explicit ImageRepository(QSqlDatabase &db);

    bool saveImage(const QString &url, const QByteArray &data, const QString &contentType, QString *error);
    // The stored bytes, or a null QByteArray when the picture is not cached.
    QByteArray image(const QString &url) const;
    bool allowImageSite(const QString &host, bool allowed, QString *error);
    QStringList imageSites() const;
};

} // namespace Threadkeeper
