// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarymodel.h"

#include "domain/dateformat.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Threadkeeper {

struct LibraryModel::Node
{
    Kind kind = Kind::Site;
    QString key; // the site, the forum or the thread's URL
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
    // A thread's summary; on a group, the sums of its threads (posts, unread, new,
    // bytes) and the latest visit and post.
    ThreadSummary thread;
    int threads = 0; // groups: threads under it
};

namespace {
// The day is enough in a list of threads; the tool tip has the time.
QString shortDate(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), DateFormat::date());
}

QString longDate(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), DateFormat::dateTime());
}

QVariant count(int n)
{
    // Nothing unread or new reads better as nothing than as a column of zeros.
    return n > 0 ? QVariant(n) : QVariant(QString());
}

qint64 sortTime(const QDateTime &t)
{
    return t.isValid() ? t.toSecsSinceEpoch() : -1; // never before any time
}
} // namespace

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

LibraryModel::~LibraryModel() = default;

LibraryModel::Node *LibraryModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex LibraryModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex LibraryModel::indexOf(const QString &url, int column) const
{
    return indexOf(m_threads.value(url), column);
}

const ThreadSummary *LibraryModel::thread(const QString &url) const
{
    const Node *node = m_threads.value(url);
    return node ? &node->thread : nullptr;
}

QString LibraryModel::groupKeyOf(const Node *parent, Kind kind, const QString &key)
{
    // A site's key is its name; a forum's, its site's and its own.
    return kind == Kind::Site ? key : parent->key + QLatin1Char('\n') + key;
}

void LibraryModel::renumber(Node *parent)
{
    for (size_t i = 0; i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

void LibraryModel::removeChildren(Node *parent, const QList<int> &rows)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end(), std::greater<int>());
    // From the bottom up, a run of adjacent rows at a time: rows above stay valid.
    for (qsizetype i = 0; i < sorted.size();) {
        const int last = sorted[i];
        int first = last;
        while (++i < sorted.size() && sorted[i] == first - 1)
            --first;
        beginRemoveRows(indexOf(parent), first, last);
        for (int row = first; row <= last; ++row) {
            const Node *gone = parent->children[size_t(row)].get();
            if (gone->kind == Kind::Thread)
                m_threads.remove(gone->key);
            else
                m_groups.remove(groupKeyOf(parent, gone->kind, gone->key)); // emptied first
        }
        parent->children.erase(parent->children.begin() + first, parent->children.begin() + last + 1);
        renumber(parent);
        endRemoveRows();
    }
}

LibraryModel::Node *LibraryModel::groupFor(const ThreadSummary &thread, QList<Node *> *added)
{
    auto child = [this, added](Node *parent, Kind kind, const QString &key) {
        const QString groupKey = groupKeyOf(parent, kind, key);
        if (Node *known = m_groups.value(groupKey))
            return known;
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->key = key;
        node->parent = parent;
        node->row = int(parent->children.size());
        beginInsertRows(indexOf(parent), node->row, node->row);
        parent->children.push_back(std::move(node));
        endInsertRows();
        added->append(parent->children.back().get());
        m_groups.insert(groupKey, parent->children.back().get());
        return parent->children.back().get();
    };
    Node *site = child(m_root.get(), Kind::Site, thread.site);
    return thread.forum.isEmpty() ? site : child(site, Kind::Forum, thread.forum);
}

bool LibraryModel::refreshTotals(Node *group)
{
    ThreadSummary sum;
    int threads = 0;
    for (const auto &c : group->children) {
        const ThreadSummary &t = c->thread;
        sum.posts += t.posts;
        sum.unread += t.unread;
        sum.newPosts += t.newPosts;
        sum.bytes += t.bytes;
        if (t.lastPost.isValid() && (!sum.lastPost.isValid() || t.lastPost > sum.lastPost))
            sum.lastPost = t.lastPost;
        if (t.lastVisit.isValid() && (!sum.lastVisit.isValid() || t.lastVisit > sum.lastVisit))
            sum.lastVisit = t.lastVisit;
        threads += c->kind == Kind::Thread ? 1 : c->threads;
    }
    if (sum == group->thread && threads == group->threads)
        return false;
    group->thread = sum;
    group->threads = threads;
    return true;
}

void LibraryModel::setThreads(const QList<ThreadSummary> &threads)
{
    QHash<QString, const ThreadSummary *> incoming;
    incoming.reserve(threads.size());
    for (const ThreadSummary &t : threads)
        incoming.insert(t.info.url, &t);

    // Threads gone, or gone to another site or forum.
    QHash<Node *, QList<int>> gone;
    for (auto it = m_threads.cbegin(); it != m_threads.cend(); ++it) {
        const Node *node = it.value();
        const ThreadSummary *now = incoming.value(it.key());
        const Node *site = node->parent->kind == Kind::Forum ? node->parent->parent : node->parent;
        const QString forum = node->parent->kind == Kind::Forum ? node->parent->key : QString();
        if (!now || now->site != site->key || now->forum != forum)
            gone[node->parent].append(node->row);
    }
    for (auto it = gone.cbegin(); it != gone.cend(); ++it)
        removeChildren(it.key(), it.value());
    // Then groups left empty: forums, then sites.
    for (const auto &site : m_root->children) {
        QList<int> empty;
        for (const auto &c : site->children) {
            if (c->kind == Kind::Forum && c->children.empty())
                empty.append(c->row);
        }
        if (!empty.isEmpty())
            removeChildren(site.get(), empty);
    }
    QList<int> emptySites;
    for (const auto &site : m_root->children) {
        if (site->children.empty())
            emptySites.append(site->row);
    }
    if (!emptySites.isEmpty())
        removeChildren(m_root.get(), emptySites);

    // Changes in place; new threads appended to their group, a group's at once.
    QHash<Node *, QList<int>> changed;
    QList<Node *> parents; // with new threads, in the order first met
    QHash<Node *, QList<const ThreadSummary *>> added;
    QList<Node *> newGroups;
    for (const ThreadSummary &t : threads) {
        if (Node *node = m_threads.value(t.info.url)) {
            if (!(node->thread == t)) {
                node->thread = t;
                changed[node->parent].append(node->row);
            }
            continue;
        }
        if (incoming.value(t.info.url) != &t)
            continue; // listed twice: once is enough
        Node *group = groupFor(t, &newGroups);
        if (!added.contains(group))
            parents.append(group);
        added[group].append(&t);
    }
    for (Node *parent : std::as_const(parents)) {
        const QList<const ThreadSummary *> &list = added[parent];
        const int first = int(parent->children.size());
        beginInsertRows(indexOf(parent), first, first + int(list.size()) - 1);
        for (const ThreadSummary *t : list) {
            auto node = std::make_unique<Node>();
            node->kind = Kind::Thread;
            node->key = t->info.url;
            node->parent = parent;
            node->row = int(parent->children.size());
            node->thread = *t;
            m_threads.insert(node->key, node.get());
            parent->children.push_back(std::move(node));
        }
        endInsertRows();
    }
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        QList<int> &rows = it.value();
        std::sort(rows.begin(), rows.end());
        for (qsizetype i = 0; i < rows.size();) {
            const int first = rows[i];
            int last = first;
            while (++i < rows.size() && rows[i] == last + 1)
                ++last;
            Q_EMIT dataChanged(
                index(first, 0, indexOf(it.key())), index(last, ColumnCount - 1, indexOf(it.key())));
        }
    }
    // Group sums, forums before their sites.
    for (const auto &site : m_root->children) {
        for (const auto &c : site->children) {
            if (c->kind == Kind::Forum && refreshTotals(c.get()))
                Q_EMIT dataChanged(indexOf(c.get()), indexOf(c.get(), ColumnCount - 1));
        }
        if (refreshTotals(site.get()))
            Q_EMIT dataChanged(indexOf(site.get()), indexOf(site.get(), ColumnCount - 1));
    }
}

void LibraryModel::setWatched(const QString &url, bool watched)
{
    Node *node = m_threads.value(url);
    if (!node || node->thread.watched == watched)
        return;
    node->thread.watched = watched;
    const QModelIndex cell = indexOf(node, WatchedColumn);
    Q_EMIT dataChanged(cell, cell);
}

QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int LibraryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == WatchedColumn && nodeOf(index)->kind == Kind::Thread)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool LibraryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != WatchedColumn)
        return false;
    Node *node = nodeOf(index);
    if (node->kind != Kind::Thread)
        return false;
    const bool watched = value.value<Qt::CheckState>() == Qt::Checked;
    if (watched != node->thread.watched) {
        node->thread.watched = watched;
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        Q_EMIT watchToggled(node->key, watched);
    }
    return true;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = *nodeOf(index);
    switch (role) {
    case KindRole:
        return QVariant::fromValue(node.kind);
    case ThreadUrlRole:
        return node.kind == Kind::Thread ? node.key : QString();
    case BytesRole:
        return node.thread.bytes;
    case FilterRole:
        return node.kind == Kind::Thread
            ? QStringList {node.thread.info.title, node.key, node.thread.info.engine}.join(QLatin1Char(' '))
            : node.key;
    case Qt::TextAlignmentRole:
        return (index.column() >= PostsColumn && index.column() <= NewColumn) || index.column() == SizeColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::FontRole:
        if (node.thread.unread > 0 || node.thread.newPosts > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return cellData(node, index.column(), role);
}

QVariant LibraryModel::cellData(const Node &node, int column, int role) const
{
    // A group's row shows its threads' sums, its name as the title.
    const bool isThread = node.kind == Kind::Thread;
    const ThreadSummary &t = node.thread;
    if (role == Qt::CheckStateRole)
        return isThread && column == WatchedColumn ? QVariant(t.watched ? Qt::Checked : Qt::Unchecked)
                                                   : QVariant();
    if (role == Qt::ToolTipRole) {
        if (!isThread)
            return tr("%1: %n cached thread(s)", nullptr, node.threads).arg(node.key);
        QStringList lines {node.key};
        if (t.lastVisit.isValid())
            lines.append(tr("last opened %1").arg(longDate(t.lastVisit)));
        if (t.lastPost.isValid())
            lines.append(tr("last post %1").arg(longDate(t.lastPost)));
        if (t.lastFetched.isValid())
            lines.append(tr("fetched %1").arg(longDate(t.lastFetched)));
        return lines.join(QLatin1Char('\n'));
    }
    const QString title = isThread && !t.info.title.isEmpty() ? t.info.title : node.key;
    if (role == SortRole) {
        switch (column) {
        case TitleColumn:
            return title.toLower();
        case EngineColumn:
            return isThread ? t.info.engine : QString();
        case PostsColumn:
            return t.posts;
        case UnreadColumn:
            return t.unread;
        case NewColumn:
            return t.newPosts;
        case LastVisitColumn:
            return sortTime(t.lastVisit);
        case LastPostColumn:
            return sortTime(t.lastPost);
        case SizeColumn:
            return t.bytes;
        case WatchedColumn:
            return t.watched ? 1 : 0;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case TitleColumn:
        return title;
    case EngineColumn:
        return isThread ? t.info.engine : tr("%n thread(s)", nullptr, node.threads);
    case PostsColumn:
        return t.posts;
    case UnreadColumn:
        return count(t.unread);
    case NewColumn:
        return count(t.newPosts);
    case LastVisitColumn:
        return t.lastVisit.isValid() ? shortDate(t.lastVisit) : isThread ? tr("never") : QString();
    case LastPostColumn:
        return t.lastPost.isValid() ? shortDate(t.lastPost) : QString();
    case SizeColumn:
        return QLocale().formattedDataSize(t.bytes);
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == NewColumn)
        return tr("Posts that came in since you last opened the thread");
    if (role == Qt::ToolTipRole && section == SizeColumn)
        return tr("About what the thread's posts take in the cache");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Thread");
    case EngineColumn:
        return tr("Engine");
    case PostsColumn:
        return tr("Posts");
    case UnreadColumn:
        return tr("Unread");
    case NewColumn:
        return tr("New");
    case LastVisitColumn:
        return tr("Last Visit");
    case LastPostColumn:
        return tr("Last Post");
    case SizeColumn:
        return tr("Size");
    case WatchedColumn:
        return tr("Watched");
    }
    return {};
}

} // namespace Threadkeeper
