// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"
#include "domain/library.h"
#include "sqlaccess.h"

#include <QHash>

#include <optional>

namespace Threadkeeper {

// A subscription taken out, every row of it, for undo.
struct SubscriptionSnapshot
{
    Subscription subscription;
    QList<NewsItem> items; // with their first-seen and read times
    QHash<QString, HttpValidators> validators;
};

// Subscriptions, their items and how their requests were last answered.
class SubscriptionRepository : private SqlAccess
{
public:
    explicit SubscriptionRepository(QSqlDatabase &db);

    // Every subscription with its item and unread counts (one grouped query), in folder
    // and title order.
    QList<Subscription> subscriptions() const;
    // Stores a new one (id set); an address already subscribed is refused.
    bool add(Subscription *subscription, QString *error);
    // Title, folder and interval of the row with subscription.id.
    bool update(const Subscription &subscription, QString *error);
    bool remove(qint64 id, SubscriptionSnapshot *removed, QString *error);
    bool restore(const SubscriptionSnapshot &snapshot, QString *error);

    // A refresh's items, in one transaction: new keys go in (first seen `at`), known ones
    // are updated with what the listing says now (read state and first-seen kept); nothing
    // is removed (an item that left a feed stays readable). Validators replace those kept
    // for the same addresses. Returns the number of new items, or -1 on failure.
    // source: the listing source that read it (kept when empty).
    int saveItems(qint64 id, const FeedPage &page, const QHash<QString, HttpValidators> &validators,
        const QString &source, const QDateTime &at, QString *error);
    // The refresh asked and nothing came (a 304, or a failure: error kept, items kept).
    bool recordChecked(qint64 id, const QDateTime &at, const QString &failure, QString *error);
    QHash<QString, HttpValidators> validators(qint64 id) const;

    // Items newest first (their date, else when first seen): one subscription's, or all
    // (id 0), at most limit, with the size of each one's cached discussion (its posts and
    // comments, in one grouped query) and whether it is watched; what hidden() says the
    // rules hide is not unread nor new.
    QList<NewsItem> items(qint64 id, int limit, const HiddenPredicate &hidden) const;
    // Items in the listing's order as last seen, for one subscription (the command line's
    // offline listing).
    QList<FeedItem> listing(qint64 id, int limit) const;
    // Read at `at`; a null `at` marks them unread.
    bool markRead(qint64 id, const QStringList &keys, const QDateTime &at, QString *error);
    bool markAllRead(qint64 id, const QDateTime &at, QString *error);

private:
    int countItems(qint64 id) const;
    bool saveValidators(
        qint64 id, const QHash<QString, HttpValidators> &validators, const QDateTime &at, QString *error);
    // An item's columns (ItemColumns) as bound values, and read back from column `at` on.
    static QList<QVariant> itemValues(const FeedItem &item, int position);
    static FeedItem readItem(const QSqlQuery &q, int at);
    static Subscription readSubscription(const QSqlQuery &q);
    void addDiscussionCounts(QList<NewsItem> *items, const HiddenPredicate &hidden) const;
};

} // namespace Threadkeeper
