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

QString longDate(const QDateTime &date)
{
    return QLocale().toString(date.toLocalTime(), DateFormat::dateTime());
}
} // namespace

NewsModel::NewsModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

int NewsModel::newComments(const NewsItem &item)
{
    return item.isDiscussionCached() ? std::max(0, item.discussionUnread) : 0;
}

std::optional<int> NewsModel::commentCount(const NewsItem &item)
{
    // The cached copy's count without the item's own post: a thread that starts with the
    // article (or a link back to it) holds one post more than the feed's comment count.
    if (item.isDiscussionCached() && item.discussionComments >= 0)
        return std::max(item.discussionComments, item.item.comments.value_or(0));
    return item.item.comments;
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

void NewsModel::setWatched(const QString &thread, bool watched)
{
    if (thread.isEmpty())
        return;
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).item.thread == thread)
            changeWatched(row, watched);
    }
}

void NewsModel::setWatchedThreads(const std::function<bool(const QString &)> &isWatched)
{
    for (int row = 0; row < m_items.size(); ++row) {
        const NewsItem &item = m_items.at(row);
        if (!item.item.thread.isEmpty())
            changeWatched(row, isWatched(item.item.thread));
    }
}

void NewsModel::changeWatched(int row, bool watched)
{
    // Only a cached discussion can be watched (the store keeps the mark on its row).
    NewsItem &item = m_items[row];
    if (item.discussionWatched == watched || (watched && !item.isDiscussionCached()))
        return;
    item.discussionWatched = watched;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
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

QString NewsModel::discussionText(const NewsItem &item, bool brief) const
{
    // Watched: a star before the count, as mail readers flag what they keep an eye on.
    const QString star = item.discussionWatched ? QStringLiteral("\u2605 ") : QString();
    const std::optional<int> count = commentCount(item);
    if (!count) {
        if (item.isDiscussionCached())
            return star + tr("discussion");
        return item.item.discussion.isValid() || item.item.commentFeed.isValid() ? tr("discussion")
                                                                                 : QString();
    }
    const QString comments = brief ? QLocale().toString(*count) : tr("%n comment(s)", "", *count);
    const int fresh = newComments(item);
    if (fresh > 0)
        return star + comments + QStringLiteral(", ") + tr("%n new", "comments", fresh);
    return star + comments;
}

QString NewsModel::discussionTip(const NewsItem &item) const
{
    QStringList lines;
    if (!item.isDiscussionCached()) {
        if (const std::optional<int> count = item.item.comments)
            lines.append(tr("%1, as the listing says").arg(tr("%n comment(s)", "", *count)));
        lines.append(
            item.item.thread.isEmpty() && !item.item.discussion.isValid() && !item.item.commentFeed.isValid()
                ? tr("No discussion known")
                : tr("Not opened yet: Enter opens it"));
        return lines.join(QStringLiteral("<br>"));
    }
    lines.append(tr("%1 cached, %2 unread")
                     .arg(tr("%n comment(s)", "", std::max(0, item.discussionComments)))
                     .arg(std::max(0, item.discussionUnread)));
    lines.append(item.discussionWatched ? tr("\u2605 Watched: refreshed in the background (W stops)")
                                        : tr("Not watched (W watches it)"));
    return lines.join(QStringLiteral("<br>"));
}

QString NewsModel::itemTip(const NewsItem &item) const
{
    // What a forum's thread list shows in its row: title, starter, start, replies, last activity.
    QString tip = QStringLiteral("<b>") + item.item.title.toHtmlEscaped() + QStringLiteral("</b>");
    if (!item.item.author.isEmpty() && item.item.date.isValid())
        tip += QStringLiteral("<br>")
            + tr("by %1, %2").arg(item.item.author.toHtmlEscaped(), longDate(item.item.date));
    else if (!item.item.author.isEmpty())
        tip += QStringLiteral("<br>") + tr("by %1").arg(item.item.author.toHtmlEscaped());
    else if (item.item.date.isValid())
        tip += QStringLiteral("<br>") + longDate(item.item.date);
    if (item.item.updated.isValid() && item.item.updated != item.item.date)
        tip += QStringLiteral("<br>") + tr("Last activity %1").arg(longDate(item.item.updated));
    const QString discussion = discussionTip(item);
    if (!discussion.isEmpty())
        tip += QStringLiteral("<br>") + discussion;
    if (!item.item.summary.isEmpty())
        tip += QStringLiteral("<p>") + item.item.summary.left(400).toHtmlEscaped() + QStringLiteral("</p>");
    return tip;
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
    case ThreadRole:
        return item.item.thread;
    case CachedRole:
        return item.isDiscussionCached();
    case WatchedRole:
        return item.discussionWatched;
    case Qt::FontRole: {
        // Unread bold; a count the cache does not have yet (the listing's) in italics.
        const bool italic = index.column() == DiscussionColumn && !item.isDiscussionCached()
            && !discussionText(item).isEmpty();
        if (item.isRead() && !italic)
            return {};
        QFont font;
        font.setBold(!item.isRead());
        font.setItalic(italic);
        return font;
    }
    default:
        break;
    }
    const QDateTime date = dateOf(item);
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return item.item.title.isEmpty() ? item.item.link.toDisplayString() : item.item.title;
        if (role == Qt::ToolTipRole)
            return itemTip(item);
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
        if (role == ShortTextRole)
            return discussionText(item, true);
        if (role == Qt::ToolTipRole)
            return discussionTip(item);
        if (role == SortRole)
            return commentCount(item).value_or(-1);
        break;
    case DateColumn:
        if (role == Qt::DisplayRole)
            return date.isValid() ? QLocale().toString(date.toLocalTime(), DateFormat::dayAndTime())
                                  : QString();
        if (role == Qt::ToolTipRole) {
            if (!date.isValid())
                return QString();
            if (item.item.updated.isValid() && item.item.updated != date)
                return longDate(date) + QStringLiteral("<br>")
                    + tr("Last activity %1").arg(longDate(item.item.updated));
            return longDate(date);
        }
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
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == DiscussionColumn)
        return tr("Comments in each item's discussion and how many are new; in italics: not opened "
                  "yet, the listing's count; \u2605: watched");
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
