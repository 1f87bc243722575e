// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptionstore.h"

#include "cachestore.h"

#include "domain/handoff.h"

namespace Threadkeeper {

SubscriptionStore::SubscriptionStore(CacheStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_removed(std::make_shared<QHash<quint64, SubscriptionSnapshot>>())
{ }

SubscriptionStore::~SubscriptionStore()
{
    // Jobs queued on the store's thread hold `this` to answer: let them run first.
    if (m_store)
        m_store->drain();
}

void SubscriptionStore::reply(std::function<void()> fn)
{
    // Called on the store thread; `this` lives on the caller's thread.
    QMetaObject::invokeMethod(this, handedOff(std::move(fn)), Qt::QueuedConnection);
}

namespace {
QString notOpen()
{
    return SubscriptionStore::tr("the cache is not open");
}
} // namespace

void SubscriptionStore::list()
{
    if (!m_store)
        return;
    m_store->post([this](CacheDatabase &db) {
        QList<Subscription> list;
        if (db.isOpen())
            list = db.subscriptions().subscriptions();
        reply([this, list] { Q_EMIT listed(list); });
    });
}

void SubscriptionStore::add(const Subscription &subscription, quint64 ticket)
{
    if (!m_store)
        return;
    m_store->post([this, s = Subscription(subscription), ticket](CacheDatabase &db) mutable {
        QString error = db.isOpen() ? QString() : notOpen();
        if (error.isEmpty())
            db.subscriptions().add(&s, &error);
        reply([this, ticket, s, error] { Q_EMIT added(ticket, s, error); });
    });
}

void SubscriptionStore::update(const Subscription &subscription)
{
    if (!m_store)
        return;
    m_store->post([this, subscription](CacheDatabase &db) {
        QString error = db.isOpen() ? QString() : notOpen();
        if (error.isEmpty() && !db.subscriptions().update(subscription, &error))
            reply([this, error] { Q_EMIT failed(error); });
    });
}

quint64 SubscriptionStore::remove(qint64 id)
{
    const quint64 key = ++m_lastRemoval;
    if (!m_store)
        return key;
    m_store->post([this, id, key, kept = m_removed](CacheDatabase &db) {
        QString error = db.isOpen() ? QString() : notOpen();
        SubscriptionSnapshot snapshot;
        if (error.isEmpty() && db.subscriptions().remove(id, &snapshot, &error) && snapshot.subscription.id)
            kept->insert(key, snapshot);
        reply([this, key, subscription = snapshot.subscription, error] {
            Q_EMIT removed(key, subscription, error);
        });
    });
    return key;
}

void SubscriptionStore::restore(quint64 key)
{
    if (!m_store)
        return;
    m_store->post([this, key, kept = m_removed](CacheDatabase &db) {
        QString error = db.isOpen() ? QString() : notOpen();
        const SubscriptionSnapshot snapshot = kept->value(key);
        if (error.isEmpty() && !kept->contains(key))
            error = tr("nothing kept to put back");
        else if (error.isEmpty() && db.subscriptions().restore(snapshot, &error))
            kept->remove(key);
        reply([this, key, subscription = snapshot.subscription, error] {
            Q_EMIT restored(key, subscription, error);
        });
    });
}

void SubscriptionStore::forgetRemoved(quint64 key)
{
    if (m_store)
        m_store->post([key, kept = m_removed](CacheDatabase &) { kept->remove(key); });
}

void SubscriptionStore::loadValidators(qint64 id, quint64 ticket)
{
    if (!m_store)
        return;
    m_store->post([this, id, ticket](CacheDatabase &db) {
        QHash<QString, HttpValidators> validators;
        if (db.isOpen())
            validators = db.subscriptions().validators(id);
        reply([this, ticket, validators] { Q_EMIT validatorsLoaded(ticket, validators); });
    });
}

void SubscriptionStore::saveItems(
    qint64 id, const FeedPage &page, const QHash<QString, HttpValidators> &validators, const QString &source)
{
    if (!m_store)
        return;
    m_store->post([this, id, page, validators, source](CacheDatabase &db) {
        QString error = db.isOpen() ? QString() : notOpen();
        const int added = error.isEmpty() ? db.subscriptions().saveItems(
                              id, page, validators, source, QDateTime::currentDateTimeUtc(), &error)
                                          : -1;
        // Read marks from other devices that waited for these items land with them.
        if (added >= 0)
            db.syncApplier().itemsSaved(id, &error);
        reply([this, id, added, error] { Q_EMIT itemsSaved(id, added, error); });
    });
}

void SubscriptionStore::recordChecked(qint64 id, const QString &failure)
{
    if (!m_store)
        return;
    m_store->post([this, id, failure](CacheDatabase &db) {
        QString error = db.isOpen() ? QString() : notOpen();
        if (error.isEmpty()
            && !db.subscriptions().recordChecked(id, QDateTime::currentDateTimeUtc(), failure, &error))
            reply([this, error] { Q_EMIT failed(error); });
    });
}

void SubscriptionStore::loadItems(qint64 id, int limit, HiddenPredicate hidden, quint64 ticket)
{
    if (!m_store)
        return;
    m_store->post([this, id, limit, hidden = std::move(hidden), ticket](CacheDatabase &db) {
        QList<NewsItem> items;
        if (db.isOpen())
            items = db.subscriptions().items(id, limit, hidden);
        reply([this, ticket, items] { Q_EMIT itemsLoaded(ticket, items); });
    });
}

void SubscriptionStore::loadListing(qint64 id, int limit, quint64 ticket)
{
    if (!m_store)
        return;
    m_store->post([this, id, limit, ticket](CacheDatabase &db) {
        QList<FeedItem> items;
        if (db.isOpen())
            items = db.subscriptions().listing(id, limit);
        reply([this, ticket, items] { Q_EMIT listingLoaded(ticket, items); });
    });
}

void SubscriptionStore::markRead(qint64 id, const QStringList &keys, bool read)
{
    if (!m_store)
        return;
    m_store->post([this, id, keys, read](CacheDatabase &db) {
        QString error = db.isOpen() ? QString() : notOpen();
        if (error.isEmpty())
            db.subscriptions().markRead(
                id, keys, read ? QDateTime::currentDateTimeUtc() : QDateTime(), &error);
        reply([this, id, error] { Q_EMIT itemsMarked(id, error); });
    });
}

void SubscriptionStore::markAllRead(qint64 id)
{
    if (!m_store)
        return;
    m_store->post([this, id](CacheDatabase &db) {
        QString error = db.isOpen() ? QString() : notOpen();
        if (error.isEmpty())
            db.subscriptions().markAllRead(id, QDateTime::currentDateTimeUtc(), &error);
        reply([this, id, error] { Q_EMIT itemsMarked(id, error); });
    });
}

} // namespace Threadkeeper
