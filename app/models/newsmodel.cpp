// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsmodel.h"

#include "domain/dateformat.h"

#include <QFont>
#include <QLocale>
#include <QSet>

namespace Threadkeeper {

namespace {
// When the item says it was published; else when it changed; else when we first saw it.
QDateTime dateOf(const NewsItem &item)
{
    if (item.item.date.isValid())
        return item.item.date;
    if (item.item.updated.isValid())
        return item.item.updated;
    return item.firstSeen;
}

// How many comments the discussion holds as far as is known: the cached copy's posts once
// opened (the article's own post is not a comment when the thread starts with it), else
// the count the listing gave; nullopt when neither says.
std::optional<int> commentCount(const NewsItem &item)
{
    if (item.discussionPosts >= 0)
        return std::max(item.discussionPosts, item.item.comments.value_or(0));
    return item.item.comments;
}
} // namespace

NewsModel::NewsModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

int NewsModel::newComments(const NewsItem &item)
{
    return item.discussionPosts >= 0 ? std::max(0, item.discussionUnread) : 0;
}

void NewsModel::setItems(const QList<NewsItem> &given)
{
    // A key twice in one listing would make two rows of one item: the first stays.
    QList<NewsItem> items;
    items.reserve(given.size());
    QSet<Key> wanted;
    for (const NewsItem &item : given) {
        if (!wanted.contains(keyOf(item))) {
            wanted.insert(keyOf(item));
            items.append(item);
        }
    }

    // Rows gone, removed in runs from the bottom so that the rows above keep their numbers.
    for (int row = int(m_items.size()) - 1; row >= 0;) {
        if (wanted.contains(keyOf(m_items.at(row)))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wanted.contains(keyOf(m_items.at(first - 1))))
            --first;
        beginRemoveRows({}, first, row);
        m_items.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    QSet<Key> present;
    for (const NewsItem &item : std::as_const(m_items))
        present.insert(keyOf(item));

    // Then the listing's order, row by row: rows above i already match it.
    for (int i = 0; i < items.size();) {
        const Key key = keyOf(items.at(i));
        if (i < m_items.size() && keyOf(m_items.at(i)) == key) {
            if (!(m_items.at(i) == items.at(i))) {
                m_items[i] = items.at(i);
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            ++i;
            continue;
        }
        if (present.contains(key)) {
            // Moved up (its date changed): found below, since the rows above are matched.
            int from = i + 1;
            while (keyOf(m_items.at(from)) != key)
                ++from;
            beginMoveRows({}, from, from, {}, i);
            m_items.move(from, i);
            endMoveRows();
            continue; // compared as a match next round
        }
        // New: the run of new items from here goes in at once.
        int end = i + 1;
        while (end < items.size() && !present.contains(keyOf(items.at(end))))
            ++end;
        beginInsertRows({}, i, end - 1);
        m_items.insert(i, end - i, NewsItem());
        for (int k = i; k < end; ++k)
            m_items[k] = items.at(k);
        endInsertRows();
        i = end;
    }
    reindex(0);
}

void NewsModel::reindex(int from)
{
    if (from == 0)
        m_rows.clear();
    for (int row = from; row < m_items.size(); ++row)
        m_rows.insert(keyOf(m_items.at(row)), row);
}

void NewsModel::setRead(qint64 subscription, const QString &key, bool read)
{
    const int row = m_rows.value({subscription, key}, -1);
    if (row < 0 || m_items.at(row).isRead() == read)
        return;
    m_items[row].readAt = read ? QDateTime::currentDateTimeUtc() : QDateTime();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void NewsModel::setSubscriptionTitle(qint64 subscription, const QString &title)
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).subscription == subscription && m_items.at(row).subscriptionTitle != title) {
            m_items[row].subscriptionTitle = title;
            Q_EMIT dataChanged(index(row, SubscriptionColumn), index(row, SubscriptionColumn));
        }
    }
}

int NewsModel::unreadCount() const
{
    int n = 0;
    for (const NewsItem &item : m_items)
        n += item.isRead() ? 0 : 1;
    return n;
}

QModelIndex NewsModel::indexOf(qint64 subscription, const QString &key, int column) const
{
    const int row = m_rows.value({subscription, key}, -1);
    return row < 0 ? QModelIndex() : index(row, column);
}

QModelIndex NewsModel::nextUnread(const QModelIndex &after) const
{
    const int n = int(m_items.size());
    const int start = after.isValid() ? after.row() + 1 : 0;
    for (int step = 0; step < n; ++step) {
        const int row = (start + step) % n;
        if (!m_items.at(row).isRead() && (!after.isValid() || row != after.row()))
            return index(row, TitleColumn);
    }
    return {};
}

QModelIndex NewsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_items.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex NewsModel::parent(const QModelIndex &) const
{
    return {};
}

int NewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int NewsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NewsModel::discussionText(const NewsItem &item) const
{
    const std::optional<int> count = commentCount(item);
    if (!count)
        return item.item.discussion.isValid() || item.item.commentFeed.isValid() ? tr("discussion")
                                                                                 : QString();
    const int fresh = newComments(item);
    if (fresh > 0)
        return tr("%n comment(s)", "", *count) + QStringLiteral(", ") + tr("%n new", "comments", fresh);
    return tr("%n comment(s)", "", *count);
}

QVariant NewsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NewsItem &item = m_items.at(index.row());
    switch (role) {
    case KeyRole:
        return item.item.key;
    case SubscriptionIdRole:
        return item.subscription;
    case LinkRole:
        return item.item.link;
    case DiscussionRole:
        return item.item.discussion;
    case UnreadRole:
        return !item.isRead();
    case NewCommentsRole:
        return newComments(item);
    case Qt::FontRole:
        if (!item.isRead()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        break;
    }
    const QDateTime date = dateOf(item);
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return item.item.title.isEmpty() ? item.item.link.toDisplayString() : item.item.title;
        if (role == Qt::ToolTipRole) {
            QString tip = item.item.title.toHtmlEscaped();
            if (!item.item.author.isEmpty())
                tip += QStringLiteral("<br>") + tr("by %1").arg(item.item.author.toHtmlEscaped());
            if (!item.item.summary.isEmpty())
                tip += QStringLiteral("<p>") + item.item.summary.left(400).toHtmlEscaped()
                    + QStringLiteral("</p>");
            return tip;
        }
        if (role == SortRole)
            return item.item.title.toLower();
        break;
    case SubscriptionColumn:
        if (role == Qt::DisplayRole)
            return item.subscriptionTitle;
        if (role == SortRole)
            return item.subscriptionTitle.toLower();
        break;
    case DiscussionColumn:
        if (role == Qt::DisplayRole)
            return discussionText(item);
        if (role == Qt::ToolTipRole) {
            if (item.discussionPosts < 0)
                return tr("Not opened yet");
            return tr("%n post(s) cached, %1 unread", "", item.discussionPosts)
                .arg(std::max(0, item.discussionUnread));
        }
        if (role == SortRole)
            return commentCount(item).value_or(-1);
        break;
    case DateColumn:
        if (role == Qt::DisplayRole)
            return date.isValid() ? QLocale().toString(date.toLocalTime(), DateFormat::dayAndTime())
                                  : QString();
        if (role == Qt::ToolTipRole)
            return date.isValid() ? QLocale().toString(date.toLocalTime(), DateFormat::dateTime())
                                  : QString();
        if (role == SortRole)
            return date.isValid() ? date.toSecsSinceEpoch() : qint64(-1);
        break;
    default:
        break;
    }
    return {};
}

QVariant NewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SubscriptionColumn:
        return tr("Subscription");
    case DiscussionColumn:
        return tr("Discussion");
    case DateColumn:
        return tr("Date");
    default:
        return {};
    }
}

} // namespace Threadkeeper
