// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "followedmodel.h"

#include "domain/dateformat.h"
#include "domain/post.h"

#include <QFont>
#include <QLocale>

namespace Threadkeeper {

namespace {
// Poster rows carry this internal id; post rows carry their poster's row.
constexpr quintptr PosterRow = ~quintptr(0);
} // namespace

FollowedModel::FollowedModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void FollowedModel::setPosts(const QList<FollowedPost> &posts)
{
    beginResetModel();
    m_posters.clear();
    for (const FollowedPost &p : posts) {
        auto it = std::find_if(m_posters.begin(), m_posters.end(),
            [&](const Poster &poster) { return poster.name.compare(p.author, Qt::CaseInsensitive) == 0; });
        if (it == m_posters.end()) {
            m_posters.append(Poster {p.author, 0, {}});
            it = m_posters.end() - 1;
        }
        it->posts.append(p);
        it->unread += countsAsUnread(p.read, p.hidden) ? 1 : 0;
    }
    endResetModel();
}

QModelIndex FollowedModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_posters.size() ? createIndex(row, column, PosterRow) : QModelIndex();
    if (parent.internalId() != PosterRow || parent.column() != 0
        || row >= m_posters[parent.row()].posts.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex FollowedModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == PosterRow)
        return {};
    return createIndex(int(child.internalId()), 0, PosterRow);
}

int FollowedModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_posters.size());
    if (parent.internalId() == PosterRow && parent.column() == 0)
        return int(m_posters[parent.row()].posts.size());
    return 0;
}

int FollowedModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FollowedModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == PosterRow) {
        const Poster &poster = m_posters[index.row()];
        if (role == Qt::DisplayRole && index.column() == PostColumn)
            return tr("%1 (%n unread)", nullptr, poster.unread).arg(poster.name);
        if (role == Qt::DisplayRole && index.column() == ThreadColumn)
            return tr("%n post(s)", nullptr, int(poster.posts.size()));
        if (role == UnreadRole)
            return poster.unread;
        if (role == Qt::FontRole && poster.unread > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const FollowedPost &p = m_posters[int(index.internalId())].posts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PostColumn:
            return QStringLiteral("#%1 %2").arg(p.number).arg(p.text.simplified().left(120));
        case ThreadColumn:
            return p.threadTitle;
        case DateColumn:
            return QLocale().toString(p.date.toLocalTime(), DateFormat::dateTime());
        }
        return {};
    case Qt::ToolTipRole:
        return p.text.left(600);
    case Qt::FontRole:
        if (!p.read) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ThreadUrlRole:
        return p.threadUrl;
    case PostIdRole:
        return p.postId;
    case UnreadRole:
        return p.read ? 0 : 1;
    }
    return {};
}

QVariant FollowedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PostColumn:
        return tr("Post");
    case ThreadColumn:
        return tr("Thread");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

} // namespace Threadkeeper
