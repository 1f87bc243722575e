// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace Threadkeeper {

// The reader's subscriptions as the Library lists them beside the cached threads: one
// row each, with what it is, its item and unread counts, when it was last refreshed and
// why that failed, if it did. A new listing changes it in place (rows of subscriptions
// gone removed, new ones appended in one run, changed ones updated), never a reset: the
// selection and scroll position survive every refresh. Rows keep the order they came in;
// sorting and filtering are the proxy's (LibraryProxyModel with this model's roles).
class SubscriptionListModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        // What matters most first: a narrow dock shows the title and what is unread.
        TitleColumn, // "Folder › Title" when it sits in a folder
        UnreadColumn,
        ItemsColumn,
        LastRefreshColumn,
        KindColumn,
        StatusColumn, // the last refresh's error, if any
        ColumnCount
    };
    enum Role
    {
        SubscriptionIdRole = Qt::UserRole + 1, // qint64
        UrlRole, // QUrl: the listing's address
        UnreadRole, // int: its unread items
        SortRole, // the column's value as it sorts (numbers, times, lower-case text)
        FilterRole, // what filtering looks in: title, folder, address, kind
    };

    explicit SubscriptionListModel(QObject *parent = nullptr);

    // Takes a new listing (the book's subscriptions with their counts).
    void setSubscriptions(const QList<Subscription> &subscriptions);
    // A refresh asked and not yet answered shows in its Status; one row changes.
    void setRefreshing(qint64 id, bool refreshing);
    bool isRefreshing(qint64 id) const { return m_refreshing.contains(id); }

    int subscriptionCount() const { return int(m_rows.size()); }
    const Subscription *subscription(qint64 id) const;
    QModelIndex indexOf(qint64 id, int column = TitleColumn) const;
    static QString kindText(ListingKind kind);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString titleText(const Subscription &s) const;
    QString statusText(const Subscription &s) const;
    void reindex();

    QList<Subscription> m_rows;
    QHash<qint64, int> m_byId; // subscription id → row
    QSet<qint64> m_refreshing;
};

} // namespace Threadkeeper
