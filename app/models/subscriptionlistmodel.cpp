// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "subscriptionlistmodel.h"

#include "domain/dateformat.h"

#include <QFont>
#include <QLocale>

namespace Threadkeeper {

SubscriptionListModel::SubscriptionListModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void SubscriptionListModel::setSubscriptions(const QList<Subscription> &given)
{
    // An id twice in one listing would make two rows of one subscription: the first stays.
    QHash<qint64, const Subscription *> wanted;
    QList<const Subscription *> fresh;
    for (const Subscription &s : given) {
        if (wanted.contains(s.id))
            continue;
        wanted.insert(s.id, &s);
        if (!m_byId.contains(s.id))
            fresh.append(&s);
    }

    // Rows gone, removed in runs from the bottom so that the rows above keep their numbers.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (wanted.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wanted.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    // Those kept, changed in place: one signal per row that changed.
    for (int row = 0; row < m_rows.size(); ++row) {
        const Subscription &now = *wanted.value(m_rows.at(row).id);
        if (!(m_rows.at(row) == now)) {
            m_rows[row] = now;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    // New ones at the end, in one run.
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const Subscription *s : std::as_const(fresh))
            m_rows.append(*s);
        endInsertRows();
    }
    reindex();
    // What was refreshing and is gone no longer is.
    m_refreshing.removeIf([this](qint64 id) { return !m_byId.contains(id); });
}

void SubscriptionListModel::reindex()
{
    m_byId.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_byId.insert(m_rows.at(row).id, row);
}

void SubscriptionListModel::setRefreshing(qint64 id, bool refreshing)
{
    const int row = m_byId.value(id, -1);
    if (row < 0 || m_refreshing.contains(id) == refreshing)
        return;
    if (refreshing)
        m_refreshing.insert(id);
    else
        m_refreshing.remove(id);
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

const Subscription *SubscriptionListModel::subscription(qint64 id) const
{
    const int row = m_byId.value(id, -1);
    return row < 0 ? nullptr : &m_rows.at(row);
}

QModelIndex SubscriptionListModel::indexOf(qint64 id, int column) const
{
    const int row = m_byId.value(id, -1);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString SubscriptionListModel::kindText(ListingKind kind)
{
    switch (kind) {
    case ListingKind::Feed:
        return tr("feed");
    case ListingKind::Section:
        return tr("forum section");
    case ListingKind::FrontPage:
        return tr("front page");
    }
    return {};
}

QString SubscriptionListModel::titleText(const Subscription &s) const
{
    const QString title = s.title.isEmpty() ? s.url.toDisplayString() : s.title;
    return s.folder.isEmpty() ? title : tr("%1 \u203A %2", "folder \u203A subscription").arg(s.folder, title);
}

QString SubscriptionListModel::statusText(const Subscription &s) const
{
    if (m_refreshing.contains(s.id))
        return tr("refreshing\u2026");
    return s.lastError;
}

QModelIndex SubscriptionListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex SubscriptionListModel::parent(const QModelIndex &) const
{
    return {};
}

int SubscriptionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubscriptionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Subscription &s = m_rows.at(index.row());
    switch (role) {
    case SubscriptionIdRole:
        return s.id;
    case UrlRole:
        return s.url;
    case UnreadRole:
        return s.unread;
    case FilterRole:
        return QStringList {s.title, s.folder, s.url.toDisplayString(), kindText(s.kind)}.join(
            QLatin1Char(' '));
    case Qt::FontRole:
        if (s.unread > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ItemsColumn || index.column() == UnreadColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    default:
        break;
    }
    const QLocale locale;
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return titleText(s);
        if (role == Qt::ToolTipRole) // the whole title, where the column cuts it
            return titleText(s) + QLatin1Char('\n') + s.url.toDisplayString();
        if (role == SortRole) // by folder first: a folder's subscriptions sort together
            return s.folder.toLower() + QChar(0x1F) + titleText(s).toLower();
        break;
    case KindColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return kindText(s.kind);
        break;
    case ItemsColumn:
        if (role == Qt::DisplayRole)
            return locale.toString(s.items);
        if (role == SortRole)
            return s.items;
        break;
    case UnreadColumn:
        if (role == Qt::DisplayRole)
            return s.unread > 0 ? locale.toString(s.unread) : QString();
        if (role == SortRole)
            return s.unread;
        break;
    case LastRefreshColumn:
        if (role == Qt::DisplayRole)
            return s.lastChecked.isValid()
                ? locale.toString(s.lastChecked.toLocalTime(), DateFormat::dayAndTime())
                : tr("never");
        if (role == Qt::ToolTipRole && s.lastChecked.isValid())
            return locale.toString(s.lastChecked.toLocalTime(), DateFormat::dateTime());
        if (role == SortRole)
            return s.lastChecked.isValid() ? s.lastChecked.toSecsSinceEpoch() : qint64(-1);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return statusText(s);
        if (role == SortRole)
            return statusText(s).toLower();
        break;
    default:
        break;
    }
    return {};
}

QVariant SubscriptionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case UnreadColumn:
        return tr("Unread");
    case ItemsColumn:
        return tr("Items");
    case LastRefreshColumn:
        return tr("Last refresh");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Threadkeeper
