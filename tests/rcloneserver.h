// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

namespace Threadkeeper::Testing {

// `rclone serve webdav` on a fresh folder, on a free loopback port, with a user and password.
class RcloneServer
{
public:
    static inline const QString User = QStringLiteral("reader");
    static inline const QString Password = QStringLiteral("s3cret pass");

    ~RcloneServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Empty when it serves; else why not.
    QString start(const QString &rclone)
    {
        if (!m_root.isValid() || !m_config.isValid())
            return QStringLiteral("no temporary folder");
        {
            QTcpServer probe; // a port free now; rclone takes it a moment later
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return QStringLiteral("no free port");
            m_port = probe.serverPort();
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(rclone,
            {QStringLiteral("serve"), QStringLiteral("webdav"), m_root.path(), QStringLiteral("--addr"),
                QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--user"), User,
                QStringLiteral("--pass"), Password, QStringLiteral("--config"),
                m_config.filePath(QStringLiteral("rclone.conf"))});
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("rclone did not start: ") + m_process.errorString();
        // Serving once the port takes connections; 20 s at most.
        const QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(500))
                return {};
            if (m_process.waitForFinished(100) || m_process.state() == QProcess::NotRunning)
                return QStringLiteral("rclone stopped: ") + QString::fromLocal8Bit(m_process.readAll());
        }
        return QStringLiteral("rclone did not listen within 20 s: ")
            + QString::fromLocal8Bit(m_process.readAll());
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    QString root() const { return m_root.path(); }
    QString log() { return QString::fromLocal8Bit(m_process.readAll()); }

private:
    QTemporaryDir m_root;
    QTemporaryDir m_config;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace Threadkeeper::Testing
