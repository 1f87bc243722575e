// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sync.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Threadkeeper {

class CacheStore;
class SecretStore;
class SyncRound;
class SyncTransport;

// Keeps this reader in step with its other devices through the place the reader chose
// (Settings › Sync; kept in QSettings sync/…, the WebDAV password in the secret store):
// a round at start, within a minute of a change here, on the interval, and on demand.
// One round at a time; a round asked for during one runs after it.
class SyncService : public QObject
{
    Q_OBJECT
public:
    SyncService(
        CacheStore *store, QNetworkAccessManager *network, SecretStore *secrets, QObject *parent = nullptr);

    static SyncTarget loadTarget();
    static void saveTarget(const SyncTarget &target);
    // The secret store's key of the WebDAV password.
    static QString passwordKey();
    // This machine's name as other devices list it.
    static QString deviceName();

    SyncTarget target() const { return m_target; }
    // Saves it, and syncs there now unless it is None (which stops noting changes).
    void setTarget(const SyncTarget &target);
    // Into the secret store; done(error) once kept.
    void setPassword(const QString &password, std::function<void(const QString &error)> done);
    // Starts the schedule: a round now, then as above.
    void start();
    void syncNow();
    bool isRunning() const { return m_busy; }
    std::optional<SyncReport> lastReport() const { return m_last; }

    // How often changes made here are looked for (a minute; tests shorten it).
    void setChangeCheckInterval(int ms) { m_changes.setInterval(ms); }

Q_SIGNALS:
    void started();
    void finished(const Threadkeeper::SyncReport &report);
    // Reading settings came from another device and were saved: apply ReadingPreferences::load().
    void readingChanged();

private:
    void run(SyncTransport *transport);
    void checkChanges();
    // The last round outlives the process: the page and the status bar say when it ran.
    static std::optional<SyncReport> loadLast();
    static void saveLast(const SyncReport &report);

    QPointer<CacheStore> m_store;
    QNetworkAccessManager *m_network;
    QPointer<SecretStore> m_secrets;
    SyncTarget m_target;
    SyncRound *m_round = nullptr;
    bool m_busy = false;
    bool m_again = false;
    std::optional<SyncReport> m_last;
    QHash<QString, QString> m_mirrored; // the reading settings the last round carried
    QTimer m_interval;
    QTimer m_changes;
};

} // namespace Threadkeeper
