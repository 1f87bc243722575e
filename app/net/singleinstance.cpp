// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>

namespace Threadkeeper {

namespace {
// A hand-over is one line: the URL, or nothing; the answer is "ok".
constexpr qint64 MaxLine = 64 * 1024;
} // namespace

SingleInstance::SingleInstance(const QString &cachePath, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(cachePath))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onConnection);
}

QString SingleInstance::serverNameFor(const QString &cachePath)
{
    // The same file by any path is the same cache; the user's name keeps users apart in a
    // shared temporary directory.
    const QFileInfo file(cachePath);
    const QString canonical = file.exists() ? file.canonicalFilePath()
                                            : QDir(file.absolutePath()).absoluteFilePath(file.fileName());
    const QByteArray user = qgetenv("USER");
    const QByteArray digest
        = QCryptographicHash::hash(user + '\n' + canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("threadkeeper-") + QString::fromLatin1(digest.left(24));
}

bool SingleInstance::listen()
{
    // Asked first: listening with access options renames a new socket over any old one,
    // so it would never fail on a name in use, even one with a window behind it.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1000))
        return false;
    // No one answers: none there, or a socket left by a window that died.
    QLocalServer::removeServer(m_name);
    return m_server.listen(m_name);
}

bool SingleInstance::moveTo(const QString &cachePath)
{
    m_server.close();
    m_name = serverNameFor(cachePath);
    return listen();
}

bool SingleInstance::handOver(const QUrl &url, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(url.toEncoded() + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

void SingleInstance::onConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > MaxLine)
                    socket->abort(); // not one of ours
                return;
            }
            const QUrl url = QUrl::fromEncoded(socket->readLine(MaxLine).trimmed());
            socket->write("ok\n");
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT urlReceived(url);
        });
    }
}

} // namespace Threadkeeper
