// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Threadkeeper {

class CacheStore;
class ListingLoader;
struct ListingResult;

// The reader's subscriptions (feeds, forum sections, front pages) and their items, known
// at once and kept in step with the cache. Adding one reads it first (what it is, its
// title); each refreshes on its own interval with conditional requests through one
// ListingLoader (its per-site limits and Retry-After); items keep read state per item.
class SubscriptionBook : public QObject
{
    Q_OBJECT
public:
    SubscriptionBook(CacheStore *store, ListingLoader *loader, QObject *parent = nullptr);

    QList<Subscription> subscriptions() const { return m_subscriptions; }
    std::optional<Subscription> subscription(qint64 id) const;
    std::optional<Subscription> subscriptionFor(const QUrl &url) const;

    // Reads the address (a feed, a section, a front page, or a page that offers feeds) and,
    // if it is a listing, subscribes to it: added() once stored, else addFailed() with why
    // and the feeds the page offered, if any (the caller may offer them and add one).
    void add(const QUrl &url, const QString &folder = {});
    // Takes it out with its items; removed() gives a key that restore() takes to put it
    // back as it was (items and read state), until forgetRemoved().
    void remove(qint64 id);
    void restore(quint64 key);
    void forgetRemoved(quint64 key);
    void rename(qint64 id, const QString &title);
    void setInterval(qint64 id, int minutes);
    void setFolder(qint64 id, const QString &folder);

    // Asks the listing now (conditionally); refreshed() follows. refreshAll: every one.
    void refresh(qint64 id);
    void refreshAll();
    // Refreshes each subscription when its interval has passed, checked every minute.
    void startSchedule();
    void stopSchedule();
    bool isRefreshing() const { return !m_inFlight.isEmpty(); }

    // Items, newest first: one subscription's, or every one's (id 0); answered by itemsLoaded().
    void loadItems(qint64 id = 0, int limit = 5000);
    void markItemsRead(const QList<QPair<qint64, QString>> &items, bool read); // (subscription, key)
    void markAllRead(qint64 id);

    // OPML 2.0: every subscription with its folder; import adds those not yet subscribed.
    QByteArray exportOpml() const;
    // Answered by imported(added, skipped) once each was read or failed.
    void importOpml(const QByteArray &opml);

Q_SIGNALS:
    void listed(); // the whole list read anew (counts changed)
    void added(const Threadkeeper::Subscription &subscription);
    void addFailed(const QUrl &url, const QString &error, const QList<Threadkeeper::FeedLink> &offered);
    void removed(quint64 key, const Threadkeeper::Subscription &subscription);
    void restored(const Threadkeeper::Subscription &subscription);
    // One refresh ended: how many items were new, or why it failed (items kept as they were).
    void refreshed(qint64 id, int newItems, const QString &error);
    // A refresh of everything due has ended; newItems summed, per subscription title.
    void refreshRoundFinished(int newItems, const QStringList &titles);
    void itemsLoaded(qint64 id, const QList<Threadkeeper::NewsItem> &items);
    void imported(int added, int skipped, const QStringList &errors);

private:
    QPointer<CacheStore> m_store;
    ListingLoader *m_loader;
    QList<Subscription> m_subscriptions;
    QHash<quint64, qint64> m_inFlight; // loader ticket → subscription id (0: an add)
    QTimer m_schedule;
};

} // namespace Threadkeeper
