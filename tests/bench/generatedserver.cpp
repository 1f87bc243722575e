// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedserver.h"

#include <QDeadlineTimer>

namespace Threadkeeper::Testing {

GeneratedServer::GeneratedServer(int posts, quint32 seed, int latencyMs)
    : m_posts(posts)
    , m_seed(seed)
    , m_latencyMs(latencyMs)
{ }

GeneratedServer::~GeneratedServer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool GeneratedServer::start(QString *error)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Serve for an hour at most: a crashed benchmark leaves no server behind for long.
    m_process.start(QStringLiteral(THREADKEEPER_FIXTURE_TOOL),
        {QStringLiteral("serve-generated"), QString::number(m_posts), QString::number(m_seed),
            QString::number(m_latencyMs), QStringLiteral("3600")});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("fixture tool did not start: ") + m_process.errorString();
        return false;
    }
    // The tool prints the thread URL, each page's URL, then an empty line.
    const QDeadlineTimer deadline(std::chrono::minutes(5));
    QList<QUrl> urls;
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            *error = QStringLiteral("fixture tool gave no URLs");
            return false;
        }
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.isEmpty()) {
                if (urls.size() < 2) {
                    *error = QStringLiteral("fixture tool gave no page URLs");
                    return false;
                }
                m_threadUrl = urls.takeFirst();
                m_pageUrls = urls;
                return true;
            }
            urls.append(QUrl(QString::fromUtf8(line)));
        }
    }
    *error = QStringLiteral("fixture tool took too long");
    return false;
}

} // namespace Threadkeeper::Testing
