// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rule.h"

#include <QAbstractItemModel>

namespace Threadkeeper {

// Posts by followed posters across all cached threads: one row per poster (with the
// unread count), their posts below, newest first.
class FollowedModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        PostColumn,
        ThreadColumn,
        DateColumn,
        ColumnCount
    };
    enum Role
    {
        ThreadUrlRole = Qt::UserRole + 1,
        PostIdRole,
        UnreadRole
    };

    explicit FollowedModel(QObject *parent = nullptr);

    // Replaces the whole list: it is read anew each time the view is refreshed.
    void setPosts(const QList<FollowedPost> &posts);
    int posterCount() const { return int(m_posters.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Poster
    {
        QString name;
        int unread = 0;
        QList<FollowedPost> posts;
    };
    QList<Poster> m_posters;
};

} // namespace Threadkeeper
