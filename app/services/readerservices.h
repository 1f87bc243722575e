// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QNetworkAccessManager;
class QObject;

namespace Threadkeeper {

class AnnotationBook;
class CacheStore;
class CertificateTrust;
class FoldBook;
class ImageCache;
class RuleBook;
class SubscriptionBook;
class SyncService;
class ThreadLoader;
class ThreadRefresher;
class WatchScheduler;
class ThreadSession;
class ThreadTreeModel;

// What a reader of one thread needs, wired together: the GUI, the command line and
// the tests build it the same way. All are children of the given parent.
struct ReaderServices
{
    QNetworkAccessManager *network = nullptr;
    CertificateTrust *trust = nullptr; // certificates the reader accepted, per site
    CacheStore *store = nullptr;
    ThreadTreeModel *model = nullptr;
    ThreadLoader *loader = nullptr;
    ThreadSession *session = nullptr;
    RuleBook *rules = nullptr; // applied to the session as they change
    AnnotationBook *annotations = nullptr;
    ImageCache *images = nullptr; // pictures of posts, fetched only when the reader allows
    FoldBook *folds = nullptr; // quotes and spoilers opened or folded, per post of the open thread
    ThreadRefresher *refresher = nullptr; // asks cached threads for what is new
    WatchScheduler *watch = nullptr; // refreshes watched threads (started by whoever wants it)
    // Feeds, sections and front pages with their items; its schedule is started by whoever wants it.
    SubscriptionBook *subscriptions = nullptr;
    // Keeps read state, rules, notes and subscriptions in step with the reader's other
    // devices; its schedule is started by whoever wants it.
    SyncService *sync = nullptr;
};

// trustFile: where accepted certificates are kept (an INI file); empty for the app's settings.
ReaderServices createReaderServices(const QString &cachePath, QObject *parent, const QString &trustFile = {});

} // namespace Threadkeeper
