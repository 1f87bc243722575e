// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace Threadkeeper {

// The News view's list: subscriptions' items in the order given (newest first, as the
// SubscriptionBook lists them), unread ones bold, each with its discussion's size and
// what is new in it. A new listing changes it in place by removals, moves, inserts and
// changes, never a reset: a refresh that brings three items inserts three rows, marking
// one read changes one row, and the selection and scroll position survive both.
class NewsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        SubscriptionColumn,
        DiscussionColumn,
        DateColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1, // the item's key in its subscription
        SubscriptionIdRole, // qint64
        LinkRole, // QUrl: the item's own page
        DiscussionRole, // QUrl: its discussion, empty when none is known
        UnreadRole, // bool
        NewCommentsRole, // int: comments in its discussion not yet read
        SortRole, // the column's value as it sorts
        ThreadRole, // QString: its discussion's cache key, empty when no engine knows it
        CachedRole, // bool: its discussion is in the cache (was opened)
        WatchedRole, // bool: its discussion is watched
        ShortTextRole, // QString: the discussion cell in few characters ("★ 30, 4 new"), for a narrow list
    };

    explicit NewsModel(QObject *parent = nullptr);

    // Takes a new listing (newest first): rows of items gone are removed, new ones
    // inserted in runs, ones that moved moved, changed ones updated.
    void setItems(const QList<NewsItem> &items);
    // As the book confirmed it: one row changes.
    void setRead(qint64 subscription, const QString &key, bool read);
    // The subscription's title as shown in its rows (a rename).
    void setSubscriptionTitle(qint64 subscription, const QString &title);
    // As WatchList confirmed it: the rows whose discussion is this thread change.
    void setWatched(const QString &thread, bool watched);
    // As WatchList listed them anew: the rows whose watch differs change.
    void setWatchedThreads(const std::function<bool(const QString &thread)> &isWatched);

    int itemCount() const { return int(m_items.size()); }
    int unreadCount() const;
    const NewsItem &item(int row) const { return m_items.at(row); }
    QModelIndex indexOf(qint64 subscription, const QString &key, int column = TitleColumn) const;
    // The first unread row after `after` (from the top if invalid), wrapping around; invalid if none.
    QModelIndex nextUnread(const QModelIndex &after = {}) const;

    // Comments in an item's discussion the reader has not read: those the cached copy has
    // unread, once it was opened; none before (the count shows all of them then).
    static int newComments(const NewsItem &item);
    // How many comments the discussion holds as far as is known: the cached copy's (the
    // item's own post is none) or the listing's count, whichever is more; nullopt when
    // neither says.
    static std::optional<int> commentCount(const NewsItem &item);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    using Key = QPair<qint64, QString>;
    static Key keyOf(const NewsItem &item) { return {item.subscription, item.item.key}; }
    void reindex(int from);
    void changeWatched(int row, bool watched);
    QString discussionText(const NewsItem &item, bool brief = false) const;
    QString discussionTip(const NewsItem &item) const;
    QString itemTip(const NewsItem &item) const;

    QList<NewsItem> m_items;
    QHash<Key, int> m_rows;
};

} // namespace Threadkeeper
