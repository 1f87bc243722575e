// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sync.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"
#include "sync/syncround.h"
#include "sync/synctransport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace Threadkeeper::Testing {

// One device of a sync test: its own cache file, the store a round works through, and a
// second connection to the same file for the test's own edits and checks (the edits go
// through the same repositories, and so the same triggers, as the app's).
class SyncPeer
{
public:
    SyncPeer(const QString &path, const QString &name)
        : m_name(name)
        , m_path(path)
        , m_store(std::make_unique<CacheStore>(path))
    {
        QSignalSpy opened(m_store.get(), &CacheStore::opened);
        if (opened.isEmpty())
            opened.wait(10000);
        QString error;
        m_connection = std::make_unique<CacheDatabase>();
        if (!m_connection->open(path, &error))
            qWarning() << "cannot open" << path << error;
    }
    ~SyncPeer()
    {
        m_connection.reset();
        m_store->drain();
    }

    CacheDatabase &db() { return *m_connection; }
    CacheStore *store() { return m_store.get(); }
    QString name() const { return m_name; }
    QString path() const { return m_path; }
    QString device() { return db().sync().state().device; }

    // One round through transport (taken and deleted with the round); the report.
    SyncReport round(SyncTransport *transport, const QHash<QString, QString> &readerSettings = {})
    {
        SyncRound round(m_store.get(), transport, m_name);
        transport->setParent(&round);
        round.setReaderSettings(readerSettings);
        QSignalSpy finished(&round, &SyncRound::finished);
        round.start();
        if (!finished.wait(60000)) {
            SyncReport timedOut;
            timedOut.error = QStringLiteral("the round did not finish");
            return timedOut;
        }
        return finished.constFirst().constFirst().value<SyncReport>();
    }

    // Read post ids of a thread, sorted.
    QStringList readPosts(const QString &url)
    {
        QStringList out;
        if (const auto thread = db().loadThread(url))
            for (const Post &p : thread->posts)
                if (p.readAt.isValid())
                    out.append(p.id);
        out.sort();
        return out;
    }

private:
    QString m_name;
    QString m_path;
    std::unique_ptr<CacheStore> m_store;
    std::unique_ptr<CacheDatabase> m_connection;
};

} // namespace Threadkeeper::Testing
