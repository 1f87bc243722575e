// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldertransport.h"
#include "domain/handoff.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>

namespace Threadkeeper {

FolderTransport::FolderTransport(const QString &folder, QObject *parent)
    : SyncTransport(parent)
    , m_folder(QDir::cleanPath(folder))
{ }

void FolderTransport::later(std::function<void()> answer)
{
    QMetaObject::invokeMethod(this, handedOff(std::move(answer)), Qt::QueuedConnection);
}

bool FolderTransport::safeName(const QString &name) const
{
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
        && !name.startsWith(QLatin1Char('.'));
}

void FolderTransport::list(Listed done)
{
    QList<SyncFileInfo> files;
    QString error;
    QDir dir(m_folder);
    if (!dir.exists() && !QDir().mkpath(m_folder))
        error = tr("cannot create the sync folder %1").arg(m_folder);
    else if (!QFileInfo(m_folder).isReadable())
        error = tr("cannot read the sync folder %1").arg(m_folder);
    else {
        const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &info : entries) {
            if (!safeName(info.fileName()))
                continue;
            files.append({info.fileName(), info.size(),
                QStringLiteral("%1-%2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch())});
        }
    }
    later([done = std::move(done), files, error] { done(files, error); });
}

void FolderTransport::read(const QString &name, qint64 from, Read done)
{
    QByteArray bytes;
    QString error;
    QFile file(QDir(m_folder).filePath(name));
    if (!safeName(name))
        error = tr("not a file of the sync folder: %1").arg(name);
    else if (!file.open(QIODevice::ReadOnly))
        error = tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
    else if (file.size() - from > MaxRead)
        error = tr("%1 is larger than %2 MB").arg(file.fileName()).arg(MaxRead >> 20);
    else if (from < file.size() && file.seek(from))
        bytes = file.readAll();
    later([done = std::move(done), bytes, error] { done(bytes, error); });
}

void FolderTransport::write(const QString &name, const QByteArray &bytes, Done done)
{
    QString error;
    if (!safeName(name))
        error = tr("not a file of the sync folder: %1").arg(name);
    else if (!QDir().mkpath(m_folder))
        error = tr("cannot create the sync folder %1").arg(m_folder);
    else {
        QSaveFile file(QDir(m_folder).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
    }
    later([done = std::move(done), error] { done(error); });
}

void FolderTransport::remove(const QString &name, Done done)
{
    QString error;
    QFile file(QDir(m_folder).filePath(name));
    if (!safeName(name))
        error = tr("not a file of the sync folder: %1").arg(name);
    else if (file.exists() && !file.remove())
        error = tr("cannot remove %1: %2").arg(file.fileName(), file.errorString());
    later([done = std::move(done), error] { done(error); });
}

} // namespace Threadkeeper
