// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"
#include "domain/library.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace Threadkeeper {

class CacheStore;
struct SubscriptionSnapshot;

// Subscriptions in the cache as the rest of the app sees them: as CacheStore, every call
// returns at once, the work runs in call order on the store's thread (after whatever was
// asked of the CacheStore before), and answers come back as signals on the caller's thread.
class SubscriptionStore : public QObject
{
    Q_OBJECT
public:
    explicit SubscriptionStore(CacheStore *store, QObject *parent = nullptr);
    ~SubscriptionStore() override;

    // Answered by listed().
    void list();
    // Answered by added() (error set when it was refused: already subscribed, a failed write).
    void add(const Subscription &subscription, quint64 ticket);
    void update(const Subscription &subscription);
    // Answered by removed(); the rows stay on the store's thread under the key until
    // restore(key) or forgetRemoved(key).
    quint64 remove(qint64 id);
    void restore(quint64 key);
    void forgetRemoved(quint64 key);
    // Answered by validatorsLoaded(ticket, …).
    void loadValidators(qint64 id, quint64 ticket);
    // Answered by itemsSaved().
    void saveItems(qint64 id, const FeedPage &page, const QHash<QString, HttpValidators> &validators,
        const QString &source);
    void recordChecked(qint64 id, const QString &failure);
    // Answered by itemsLoaded().
    void loadItems(qint64 id, int limit, HiddenPredicate hidden, quint64 ticket);
    // Answered by listingLoaded(): one subscription's items as last listed.
    void loadListing(qint64 id, int limit, quint64 ticket);
    // Read now, or unread (read false); answered by itemsMarked().
    void markRead(qint64 id, const QStringList &keys, bool read);
    void markAllRead(qint64 id);

Q_SIGNALS:
    void listed(const QList<Threadkeeper::Subscription> &subscriptions);
    void added(quint64 ticket, const Threadkeeper::Subscription &subscription, const QString &error);
    void removed(quint64 key, const Threadkeeper::Subscription &subscription, const QString &error);
    void restored(quint64 key, const Threadkeeper::Subscription &subscription, const QString &error);
    void validatorsLoaded(quint64 ticket, const QHash<QString, Threadkeeper::HttpValidators> &validators);
    // newItems: items the cache had not seen; -1 with error when the write failed.
    void itemsSaved(qint64 id, int newItems, const QString &error);
    void itemsLoaded(quint64 ticket, const QList<Threadkeeper::NewsItem> &items);
    void listingLoaded(quint64 ticket, const QList<Threadkeeper::FeedItem> &items);
    void itemsMarked(qint64 id, const QString &error);
    void failed(const QString &error);

private:
    void reply(std::function<void()> fn);

    QPointer<CacheStore> m_store;
    // Removed subscriptions kept for undo, by key: read and written on the store thread only.
    std::shared_ptr<QHash<quint64, SubscriptionSnapshot>> m_removed;
    quint64 m_lastRemoval = 0;
};

} // namespace Threadkeeper
