// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

namespace Threadkeeper::Testing {

inline QString sharedPath(const QString &relative)
{
    return QStringLiteral(THREADKEEPER_SHARED_DIR "/") + relative;
}

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(THREADKEEPER_SOURCE_DIR "/") + relative;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace Threadkeeper::Testing
