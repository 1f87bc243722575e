// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QProcess>
#include <QUrl>

namespace Threadkeeper::Testing {

// A generated thread (servers/threadgenerator.h) served over loopback by
// `threadkeeper-fixture-tool serve-generated` in a process of its own, so that serving
// never competes with the measured client's event loop. Stopped when destroyed.
class GeneratedServer
{
public:
    GeneratedServer(int posts, quint32 seed, int latencyMs);
    ~GeneratedServer();
    GeneratedServer(const GeneratedServer &) = delete;
    GeneratedServer &operator=(const GeneratedServer &) = delete;

    // Starts the server and waits for its URLs; false with error if it did not come up.
    bool start(QString *error);
    QUrl threadUrl() const { return m_threadUrl; }
    QList<QUrl> pageUrls() const { return m_pageUrls; }

private:
    int m_posts;
    quint32 m_seed;
    int m_latencyMs;
    QProcess m_process;
    QUrl m_threadUrl;
    QList<QUrl> m_pageUrls;
};

} // namespace Threadkeeper::Testing
