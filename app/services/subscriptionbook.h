// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"
#include "domain/library.h"
#include "services/listingloader.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Threadkeeper {

class SubscriptionStore;

// The reader's subscriptions (feeds, forum sections, front pages) and their items, known
// at once and kept in step with the cache. Adding one reads it first (what it is, its
// title); each refreshes on its own interval with conditional requests through one
// ListingLoader (its per-site limits and Retry-After); items keep read state per item.
class SubscriptionBook : public QObject
{
    Q_OBJECT
public:
    SubscriptionBook(SubscriptionStore *store, ListingLoader *loader, QObject *parent = nullptr);
    ~SubscriptionBook() override;
    ListingLoader *loader() const { return m_loader; } // for the network preferences

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
    bool isRefreshing() const { return !m_refreshing.isEmpty(); }

    // Items, newest first: one subscription's, or every one's (id 0), with the size of each
    // one's cached discussion (what hidden() hides is not unread); answered by itemsLoaded().
    void loadItems(qint64 id = 0, int limit = 5000, HiddenPredicate hidden = {});
    // Read the list and its counts again from the cache; listed() follows.
    void reload();
    void markItemsRead(const QList<QPair<qint64, QString>> &items, bool read); // (subscription, key)
    void markAllRead(qint64 id);

    // OPML 2.0: every subscription with its folder; import adds those not yet subscribed.
    QByteArray exportOpml() const;
    // Answered by imported(added, skipped) once each was read or failed.
    void importOpml(const QByteArray &opml);

    // The cache key of a discussion an engine opens (ThreadRef::canonical), else empty.
    static QString threadKeyOf(const QUrl &discussion);

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
    struct Pending
    {
        qint64 id = 0; // the subscription refreshed; 0: an add
        QUrl url; // an add: the address asked
        QString folder; // an add: where it goes
        bool inRound = false; // part of refreshAll() or the schedule
        bool imported = false; // part of importOpml()
    };
    void onLoaded(quint64 ticket, const ListingResult &result);
    void onAdded(quint64 ticket, const Subscription &subscription, const QString &error);
    void onSaved(qint64 id, int newItems, const QString &error);
    void startRefresh(qint64 id, bool inRound);
    void finishRefresh(qint64 id, int newItems, const QString &error);
    void finishImport(const QString &error, bool added);
    void refreshDue();
    static FeedPage withThreadKeys(FeedPage page);

    QPointer<SubscriptionStore> m_store;
    ListingLoader *m_loader;
    QList<Subscription> m_subscriptions;
    QHash<quint64, Pending> m_loads; // loader ticket → what it is for
    QHash<quint64, Pending> m_adds; // store ticket → the add being stored
    QHash<quint64, ListingResult> m_pendingResults; // store ticket → what the add read
    QHash<quint64, qint64> m_validatorAsks; // store ticket → subscription being refreshed
    QHash<qint64, bool> m_refreshing; // subscription id → part of a round
    QHash<qint64, quint64> m_inFlight; // subscription id → its load's ticket
    QHash<quint64, qint64> m_itemAsks; // store ticket → subscription whose items were asked
    quint64 m_nextTicket = 0;
    int m_roundNew = 0;
    QStringList m_roundTitles;
    int m_roundLeft = 0;
    struct Import
    {
        int left = 0, added = 0, skipped = 0;
        QStringList errors;
    } m_import;
    QTimer m_schedule;
};

} // namespace Threadkeeper
