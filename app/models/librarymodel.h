// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/library.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace Threadkeeper {

// Every cached thread, grouped by site (and by forum under it, where an engine names
// one): a tree of site, forum and thread rows. A new listing changes it in place, by
// row insertions, removals and changes, never a reset: the selection, expansion and
// scroll position survive a refresh. Rows keep the order they came in; sorting and
// filtering are the proxy's (LibraryProxyModel).
class LibraryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        EngineColumn,
        PostsColumn,
        UnreadColumn,
        NewColumn,
        LastVisitColumn,
        LastPostColumn,
        SizeColumn,
        WatchedColumn,
        ColumnCount
    };
    enum Role
    {
        ThreadUrlRole = Qt::UserRole + 1, // empty on site and forum rows
        KindRole, // Kind
        SortRole, // the column's value as it sorts (numbers, times, lower-case text)
        FilterRole, // what filtering looks in: title, address, engine, site, forum
        BytesRole,
    };
    enum class Kind
    {
        Site,
        Forum,
        Thread
    };
    Q_ENUM(Kind)

    explicit LibraryModel(QObject *parent = nullptr);
    ~LibraryModel() override;

    // Takes a new listing: rows of threads gone are removed, new ones inserted, changed
    // ones updated; one pass over the listing.
    void setThreads(const QList<ThreadSummary> &threads);
    // As the store confirmed it.
    void setWatched(const QString &url, bool watched);
    int threadCount() const { return int(m_threads.size()); }
    const ThreadSummary *thread(const QString &url) const;
    QModelIndex indexOf(const QString &url, int column = TitleColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The reader ticked or cleared a thread's watch box: for the store to keep.
    void watchToggled(const QString &url, bool watched);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = TitleColumn) const;
    // The group (site, or forum within it) a thread goes under, made if missing; a new
    // group is inserted as a row before its threads are.
    Node *groupFor(const ThreadSummary &thread, QList<Node *> *added);
    // Removes the given children of parent, in runs of adjacent rows.
    void removeChildren(Node *parent, const QList<int> &rows);
    void renumber(Node *parent);
    static QString groupKeyOf(const Node *parent, Kind kind, const QString &key);
    // Sums of the group's threads; true if they changed.
    bool refreshTotals(Node *group);
    QVariant cellData(const Node &node, int column, int role) const;

    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_threads; // by URL
    QHash<QString, Node *> m_groups; // by groupKeyOf()
};

} // namespace Threadkeeper
