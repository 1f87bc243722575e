// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sync.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Threadkeeper {

class CacheDatabase;
class CacheStore;
class SyncTransport;

// One round of sync through a shared place: what changed here goes out as a new journal
// segment of this device (kept in the cache until stored, so a failed write is sent again
// next round), the other devices' files that grew are read from where the last round
// stopped, and their changes are merged into the cache. A round with nothing new lists
// the place once and writes nothing. Now and then this device's segments are replaced by
// one snapshot. Answers once with finished().
class SyncRound : public QObject
{
    Q_OBJECT
public:
    SyncRound(
        CacheStore *store, SyncTransport *transport, const QString &deviceName, QObject *parent = nullptr);
    ~SyncRound() override;
    // The reader's settings as set on this machine (ReadingPreferences::syncedValues()): they
    // go to the other devices where they changed; those that came in are in the report.
    void setReaderSettings(const QHash<QString, QString> &settings) { m_readerSettings = settings; }
    // The transport answers into this round: it must go with it (a child of it, say).
    void start();

    // This device's segments in the place past which the next round writes a snapshot.
    static constexpr int CompactAfter = 64;

Q_SIGNALS:
    void finished(const Threadkeeper::SyncReport &report);

private:
    struct Read
    {
        QString name;
        qint64 from = 0;
        SyncFileInfo listed;
    };
    void onStore(std::function<void(CacheDatabase &)> job);
    void prepared(const QString &device, qint64 segment, const QList<std::pair<QString, QByteArray>> &unsent,
        const QString &error);
    void listed(const QList<SyncFileInfo> &files);
    void sendNext();
    void readNext();
    void merge();
    void compact();
    void removeObsolete();
    void finish(const QString &error = QString());

    QPointer<CacheStore> m_store;
    QPointer<SyncTransport> m_transport;
    QString m_deviceName;
    QHash<QString, QString> m_readerSettings;
    QString m_device;
    qint64 m_segment = 0;
    QList<std::pair<QString, QByteArray>> m_unsent;
    QList<SyncFileInfo> m_listed;
    QList<Read> m_reads;
    QList<SyncOp> m_incoming;
    struct Progress
    {
        QString name;
        QString tag;
        qint64 size = 0;
        qint64 done = 0;
    };
    QList<Progress> m_progress;
    QList<SyncDevice> m_seen;
    QStringList m_own; // this device's files in the place
    QStringList m_obsolete; // this device's files a new snapshot covers
    SyncReport m_report;
    bool m_finished = false;
};

} // namespace Threadkeeper
