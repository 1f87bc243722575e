// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QUrl>

namespace Threadkeeper {

// One window per cache: the first start listens on a local socket named after the cache
// file; a later start for the same cache hands its URL over and exits, so two windows
// never write one cache.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &cachePath, QObject *parent = nullptr);

    // Becomes the instance for this cache. False when another one already answers; a socket
    // left by an instance that died is taken over. (Two starts in the same instant may both
    // win; the window's own start is seconds apart from any other in practice.)
    bool listen();
    // Hands url (empty: just show yourself) to the instance that listens; true once it took it.
    bool handOver(const QUrl &url, int timeoutMs = 3000);
    // The cache moved: answers from now on under the new file's name (and no longer under
    // the old one), so that a later start for the moved cache finds this instance. False
    // when another instance already answers there; this one then answers nowhere.
    bool moveTo(const QString &cachePath);

    QString serverName() const { return m_name; }
    static QString serverNameFor(const QString &cachePath);

Q_SIGNALS:
    // Another start asked for this URL (empty: to be shown).
    void urlReceived(const QUrl &url);

private:
    void onConnection();

    QString m_name;
    QLocalServer m_server;
};

} // namespace Threadkeeper
