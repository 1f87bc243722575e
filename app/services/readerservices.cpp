// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerservices.h"

#include "accounts/secretstore.h"
#include "accounts/siteaccounts.h"
#include "models/threadtreemodel.h"
#include "net/certificatetrust.h"
#include "net/networkfactory.h"
#include "net/pagefetcher.h"
#include "services/annotationbook.h"
#include "services/foldbook.h"
#include "services/imagecache.h"
#include "services/listingloader.h"
#include "services/preferences.h"
#include "services/rulebook.h"
#include "services/subscriptionbook.h"
#include "services/threadloader.h"
#include "services/threadrefresher.h"
#include "services/threadsession.h"
#include "services/watchscheduler.h"
#include "store/cachestore.h"
#include "store/subscriptionstore.h"

#include "services/syncservice.h"

#include <QFileInfo>
#include <QNetworkAccessManager>

namespace Threadkeeper {

ReaderServices createReaderServices(const QString &cachePath, QObject *parent, const QString &trustFile)
{
    ReaderServices s;
    s.network = createNetworkManager(parent);
    s.trust = new CertificateTrust(trustFile, parent);
    s.trust->attach(s.network);
    // The reader's client ids and tokens: the list in the settings, each secret in the
    // desktop's secret store; the fetchers find them through the network manager.
    new SiteAccounts(s.network, new KeychainSecretStore(QStringLiteral("Threadkeeper"), s.network));
    s.store = new CacheStore(cachePath, parent);
    // The cache a plain start opens, moved: later starts and the command line follow it.
    // A cache opened by --cache moves alone; the default stays where it was.
    QObject::connect(s.store, &CacheStore::moved, s.store,
        [](const QString &from, const QString &to, const QString &error) {
            if (error.isEmpty()
                && QFileInfo(from).absoluteFilePath()
                    == QFileInfo(CacheDatabase::defaultPath()).absoluteFilePath())
                CacheDatabase::setDefaultPath(to);
        });
    s.model = new ThreadTreeModel(parent);
    s.loader = new ThreadLoader(s.network, s.store, parent);
    s.session = new ThreadSession(s.loader, s.model, s.store, parent);
    s.rules = new RuleBook(s.store, parent);
    QObject::connect(s.rules, &RuleBook::rulesChanged, s.session, &ThreadSession::setRules);
    s.rules->load();
    s.annotations = new AnnotationBook(s.store, parent);
    s.annotations->reload();
    // A re-sync may move highlights: read them again once a thread has loaded. The store
    // works in call order, so this read comes after the last page's write.
    QObject::connect(s.loader, &ThreadLoader::finished, s.annotations, &AnnotationBook::reload);
    s.images = new ImageCache(new PageFetcher(s.network, parent), s.store, parent);
    s.folds = new FoldBook(s.store, parent);
    QObject::connect(s.loader, &ThreadLoader::threadInfoChanged, s.folds,
        [folds = s.folds](const ThreadInfo &info) { folds->load(info.url); });
    s.refresher = new ThreadRefresher(s.network, s.store, s.session, parent);
    s.watch = new WatchScheduler(s.refresher, s.store, parent);
    // A refresh may move highlights of edited posts, as a load may.
    QObject::connect(s.refresher, &ThreadRefresher::finished, s.annotations, &AnnotationBook::reload);
    s.subscriptions = new SubscriptionBook(
        new SubscriptionStore(s.store, parent), new ListingLoader(s.network, parent), parent);
    s.sync = new SyncService(
        s.store, s.network, new KeychainSecretStore(QStringLiteral("Threadkeeper"), parent), parent);
    // Rules and notes that came from another device take effect here as if made here.
    QObject::connect(s.sync, &SyncService::finished, parent,
        [rules = s.rules, annotations = s.annotations](const SyncReport &report) {
            if (report.rules)
                rules->load();
            if (report.annotations)
                annotations->reload();
        });
    // The reader's network settings hold for the command line as for the window.
    NetworkPreferences::load().applyTo(s);
    return s;
}

} // namespace Threadkeeper
