// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/threadtreemodel.h"
#include "net/networkfactory.h"
#include "services/threadloader.h"
#include "services/threadsession.h"
#include "store/cachestore.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <memory>

namespace Threadkeeper::Testing {

// The whole load path as the window has it: network, cache on its own thread, loader,
// session and tree model (checked by QAbstractItemModelTester), owned by owner.
struct LoadHarness
{
    QNetworkAccessManager *nam = nullptr;
    CacheStore *store = nullptr;
    ThreadTreeModel *model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tester; // before anything changes the model
    ThreadLoader *loader = nullptr;
    ThreadSession *session = nullptr;
    // How long a request may stay silent: short, so that tests of hung servers end soon;
    // longer for loads of thousands of posts under the sanitizers, whose model checks hold
    // the event loop for a while between answers.
    int timeoutMs = 1500;

    LoadHarness(const QString &cachePath, QObject *owner)
        : nam(createNetworkManager(owner))
        , store(new CacheStore(cachePath, owner))
        , model(new ThreadTreeModel(owner))
        , tester(std::make_unique<QAbstractItemModelTester>(
              model, QAbstractItemModelTester::FailureReportingMode::QtTest))
        , loader(new ThreadLoader(nam, store, owner))
        , session(new ThreadSession(loader, model, store, owner))
    { }

    // Opens url, waits for the load to finish and the cache to write what it was given.
    LoadOutcome load(const QUrl &url, bool offline = false)
    {
        QSignalSpy finished(loader, &ThreadLoader::finished);
        QString error;
        ThreadLoader::Options options;
        options.offline = offline;
        options.timeoutMs = timeoutMs;
        // A failure to start or to finish is an error, never a default (successful-looking) outcome.
        LoadOutcome failed;
        failed.url = url;
        if (!loader->open(url, options, &error)) {
            qWarning() << error;
            failed.error = error;
            return failed;
        }
        if (!finished.wait(15000)) {
            failed.error = QStringLiteral("the load did not finish in 15 s");
            return failed;
        }
        QSignalSpy synced(store, &CacheStore::synced);
        store->sync();
        synced.wait(5000);
        return finished.first().first().value<LoadOutcome>();
    }
};

// The tree a model shows, by post id: each post → its parent's id, empty at the top.
inline QMap<QString, QString> parentIdsInModel(const ThreadTreeModel &model, const QModelIndex &parent = {})
{
    QMap<QString, QString> out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        out.insert(index.data(ThreadTreeModel::PostIdRole).toString(),
            parent.isValid() ? parent.data(ThreadTreeModel::PostIdRole).toString() : QString());
        out.insert(parentIdsInModel(model, index));
    }
    return out;
}

// Post ids in the order the model shows them, depth first.
inline QStringList idsInModelOrder(const ThreadTreeModel &model, const QModelIndex &parent = {})
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        out.append(index.data(ThreadTreeModel::PostIdRole).toString());
        out.append(idsInModelOrder(model, index));
    }
    return out;
}

} // namespace Threadkeeper::Testing
