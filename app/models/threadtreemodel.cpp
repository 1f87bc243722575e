// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadtreemodel.h"

#include "domain/dateformat.h"
#include "domain/posttext.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace Threadkeeper {

struct ThreadTreeModel::Node
{
    PostHeader post;
    PostScore score;
    Node *parent = nullptr;
    int row = 0; // kept current so parent()/index() are O(1)
    std::vector<std::unique_ptr<Node>> children;

    Node() = default;
    Node(const Node &) = delete;
    Node &operator=(const Node &) = delete;
    // A reply chain can be as deep as the thread is long: freed one node at a time, not
    // by each node's children freeing theirs (100,000 levels overflow the stack).
    ~Node()
    {
        std::vector<std::unique_ptr<Node>> pending = std::move(children);
        while (!pending.empty()) {
            std::unique_ptr<Node> node = std::move(pending.back());
            pending.pop_back();
            for (auto &child : node->children)
                pending.push_back(std::move(child));
            node->children.clear();
        }
    }
};

namespace {
constexpr int SnippetLength = 160;
}

ThreadTreeModel::ThreadTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

ThreadTreeModel::~ThreadTreeModel() = default;

ThreadTreeModel::Node *ThreadTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ThreadTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex ThreadTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *p = nodeFor(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex ThreadTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int ThreadTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ThreadTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ThreadTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    const PostHeader &p = node->post;
    const PostScore &score = node->score;
    switch (role) {
    case Qt::DisplayRole:
        if (score.hidden && index.column() == SnippetColumn)
            return tr("Hidden: post by %1 — %2").arg(p.author, score.reasons.join(QStringLiteral("; ")));
        switch (index.column()) {
        case PostColumn: {
            const QString name
                = p.number > 0 ? QStringLiteral("#%1 %2").arg(p.number).arg(p.author) : p.author;
            return m_annotated.contains(p.id) ? name + QStringLiteral(" \u270E") : name;
        }
        case SnippetColumn:
            if (p.glance.isEmpty() && p.quoteCount > 0)
                return tr("(quotes only)");
            return p.glance;
        case DateColumn:
            return QLocale().toString(p.date.toLocalTime(), DateFormat::dateTime());
        }
        return {};
    case Qt::ToolTipRole: {
        // Who and when, and which rules scored the post and why.
        const QString who = QStringLiteral("%1 — %2").arg(
            p.author, QLocale().toString(p.date.toLocalTime(), QLocale::LongFormat));
        return score.reasons.isEmpty() ? who : who + QLatin1Char('\n') + score.explanation();
    }
    case Qt::FontRole:
        // Hidden posts count as read and look it; unread ones are bold.
        if (score.hidden) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (!p.isRead()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return score.hidden ? tr("hidden") : p.isRead() ? tr("read") : tr("unread");
    case PostIdRole:
        return p.id;
    case NumberRole:
        return p.number;
    case AuthorRole:
        return p.author;
    case DateRole:
        return p.date;
    case ReadRole:
        return p.isRead();
    case NewRole:
        return p.isNew;
    case PositionRole:
        return p.position;
    case QuoteCountRole:
        return p.quoteCount;
    case ScoreRole:
        return score.score;
    case HiddenRole:
        return score.hidden;
    case FollowedRole:
        return score.followed;
    case AnnotatedRole:
        return m_annotated.contains(p.id);
    case ScoreExplanationRole:
        return score.reasons.isEmpty() ? QString() : score.explanation();
    }
    return {};
}

QVariant ThreadTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PostColumn:
        return tr("Post");
    case SnippetColumn:
        return tr("Says");
    case DateColumn:
        return tr("Date");
    }
    return {};
}

int ThreadTreeModel::insertRowFor(const Node *parent, int position) const
{
    const auto it = std::upper_bound(parent->children.begin(), parent->children.end(), position,
        [](int pos, const std::unique_ptr<Node> &n) { return pos < n->post.position; });
    return int(it - parent->children.begin());
}

void ThreadTreeModel::renumber(Node *parent, int from)
{
    for (size_t i = size_t(from); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
}

PostHeader ThreadTreeModel::headerOf(const Post &post)
{
    QString glance = glanceText(post.body).left(SnippetLength * 2).simplified();
    if (glance.size() > SnippetLength)
        glance = glance.left(SnippetLength - 1) + QChar(0x2026);
    glance.squeeze();
    return PostHeader {post.id, post.number, post.position, post.author, post.date, glance,
        int(post.quotes.size()), post.readAt, post.isNew};
}

// Without recursion, for the reason ~Node gives.
void ThreadTreeModel::forEachBelow(Node *node, const std::function<void(Node *)> &visit)
{
    std::vector<Node *> pending {node};
    while (!pending.empty()) {
        Node *n = pending.back();
        pending.pop_back();
        visit(n);
        for (const auto &child : n->children)
            pending.push_back(child.get());
    }
}

void ThreadTreeModel::adopt(Node *node)
{
    forEachBelow(node, [this](Node *n) {
        m_nodes.insert(n->post.id, n);
        if (countsAsUnread(n))
            ++m_unread;
    });
}

void ThreadTreeModel::insertPosts(const QList<PostHeader> &posts, const QStringList &parentIds)
{
    // New posts whose parent is new too hang under it before anyone sees them; the
    // rest go in by parent, a run of neighbouring rows at a time.
    QHash<QString, Node *> arriving;
    QList<Node *> parents; // in the order first met
    std::unordered_map<Node *, std::vector<std::unique_ptr<Node>>> byParent;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        const PostHeader &post = posts[i];
        if (m_nodes.contains(post.id)) {
            updatePost(post);
            continue;
        }
        auto node = std::make_unique<Node>();
        node->post = post;
        const auto author = m_authors.constFind(post.author);
        node->post.author = author != m_authors.cend() ? *author : *m_authors.insert(post.author);
        Node *raw = node.get();
        arriving.insert(post.id, raw);
        const QString parentId = parentIds.value(i);
        if (Node *parent = arriving.value(parentId)) {
            node->parent = parent;
            const int row = insertRowFor(parent, post.position);
            parent->children.insert(parent->children.begin() + row, std::move(node));
            renumber(parent, row);
            continue;
        }
        Node *parent = m_nodes.value(parentId, m_root.get());
        node->parent = parent;
        auto &list = byParent[parent];
        if (list.empty())
            parents.append(parent);
        list.push_back(std::move(node));
    }
    const int before = m_unread;
    for (Node *parent : std::as_const(parents)) {
        auto &list = byParent[parent];
        std::sort(list.begin(), list.end(),
            [](const auto &a, const auto &b) { return a->post.position < b->post.position; });
        size_t i = 0;
        while (i < list.size()) {
            // The rows that all go in before the same existing row.
            const int row = insertRowFor(parent, list[i]->post.position);
            const int nextPosition = row < int(parent->children.size())
                ? parent->children[size_t(row)]->post.position
                : std::numeric_limits<int>::max();
            size_t end = i + 1;
            while (end < list.size() && list[end]->post.position < nextPosition)
                ++end;
            beginInsertRows(indexFor(parent), row, row + int(end - i) - 1);
            for (size_t k = i; k < end; ++k) {
                adopt(list[k].get());
                parent->children.insert(parent->children.begin() + row + int(k - i), std::move(list[k]));
            }
            renumber(parent, row);
            endInsertRows();
            i = end;
        }
    }
    if (before != m_unread)
        Q_EMIT unreadCountChanged(m_unread);
}

void ThreadTreeModel::setStructure(const QStringList &ids, const QStringList &parentIds,
    const std::function<std::optional<PostHeader>(const QString &id, bool known)> &header)
{
    beginResetModel();
    // Every node out of the tree, kept by id; then hung again where it belongs.
    std::unordered_map<QString, std::unique_ptr<Node>> pool;
    std::vector<std::unique_ptr<Node>> stack;
    for (auto &child : m_root->children)
        stack.push_back(std::move(child));
    m_root->children.clear();
    while (!stack.empty()) {
        std::unique_ptr<Node> node = std::move(stack.back());
        stack.pop_back();
        for (auto &child : node->children)
            stack.push_back(std::move(child));
        node->children.clear();
        QString id = node->post.id;
        pool.emplace(std::move(id), std::move(node));
    }
    m_nodes.clear();
    m_unread = 0;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        std::unique_ptr<Node> node;
        const auto kept = pool.find(ids[i]);
        const bool known = kept != pool.end();
        if (known) {
            node = std::move(kept->second);
            pool.erase(kept);
        } else {
            node = std::make_unique<Node>();
        }
        if (const std::optional<PostHeader> fresh = header(ids[i], known)) {
            const QString author = node->post.author == fresh->author ? node->post.author : fresh->author;
            node->post = *fresh;
            node->post.author = author;
        }
        Node *parent = m_nodes.value(parentIds.value(i), m_root.get());
        node->parent = parent;
        node->row = int(parent->children.size()); // thread order: each goes last
        if (countsAsUnread(node.get()))
            ++m_unread;
        m_nodes.insert(ids[i], node.get());
        parent->children.push_back(std::move(node));
    }
    endResetModel();
    Q_EMIT unreadCountChanged(m_unread);
}

bool ThreadTreeModel::countsAsUnread(const Node *node)
{
    return Threadkeeper::countsAsUnread(node->post.isRead(), node->score.hidden);
}

void ThreadTreeModel::setAnnotated(const QSet<QString> &postIds)
{
    const QSet<QString> changed = (postIds - m_annotated) + (m_annotated - postIds);
    m_annotated = postIds;
    for (const QString &id : changed) {
        if (const Node *node = m_nodes.value(id))
            emitRowChanged(node);
    }
}

void ThreadTreeModel::setScore(const QString &id, const PostScore &score)
{
    Node *node = m_nodes.value(id);
    if (!node || node->score == score)
        return;
    const bool before = countsAsUnread(node);
    node->score = score;
    emitRowChanged(node);
    if (before != countsAsUnread(node)) {
        m_unread += before ? -1 : 1;
        if (m_changesDepth > 0)
            m_unreadChanged = true;
        else
            Q_EMIT unreadCountChanged(m_unread);
    }
}

PostScore ThreadTreeModel::score(const QString &id) const
{
    const Node *node = m_nodes.value(id);
    return node ? node->score : PostScore {};
}

void ThreadTreeModel::forgetSubtree(Node *node)
{
    forEachBelow(node, [this](Node *n) {
        if (countsAsUnread(n))
            --m_unread;
        m_nodes.remove(n->post.id);
    });
}

void ThreadTreeModel::removePost(const QString &id)
{
    Node *node = m_nodes.value(id);
    if (!node)
        return;
    Node *parent = node->parent;
    const int row = node->row;
    const int before = m_unread;
    beginRemoveRows(indexFor(parent), row, row);
    forgetSubtree(node);
    parent->children.erase(parent->children.begin() + row);
    renumber(parent, row);
    endRemoveRows();
    if (before != m_unread)
        Q_EMIT unreadCountChanged(m_unread);
}

void ThreadTreeModel::emitRowChanged(const Node *node)
{
    if (m_changesDepth > 0) {
        m_changed.append(node->post.id);
        return;
    }
    Q_EMIT dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
}

void ThreadTreeModel::beginChanges()
{
    ++m_changesDepth;
}

void ThreadTreeModel::endChanges()
{
    if (--m_changesDepth > 0)
        return;
    if (std::exchange(m_unreadChanged, false))
        Q_EMIT unreadCountChanged(m_unread);
    const QStringList changed = std::exchange(m_changed, {});
    if (changed.size() > RowByRowChanges && !m_root->children.empty()) {
        // The tree view repaints what it shows, once; its rows between the first and the last
        // top-level row are every row it has.
        Q_EMIT dataChanged(index(0, 0), index(int(m_root->children.size()) - 1, ColumnCount - 1));
        return;
    }
    for (const QString &id : changed) {
        if (const Node *node = m_nodes.value(id))
            Q_EMIT dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
    }
}

void ThreadTreeModel::updatePost(const PostHeader &post)
{
    Node *node = m_nodes.value(post.id);
    if (!node)
        return;
    const bool before = countsAsUnread(node);
    const QString author = node->post.author == post.author ? node->post.author : post.author;
    node->post = post;
    node->post.author = author;
    emitRowChanged(node);
    if (before != countsAsUnread(node)) {
        m_unread += before ? -1 : 1;
        Q_EMIT unreadCountChanged(m_unread);
    }
}

void ThreadTreeModel::movePost(const QString &id, const QString &newParentId)
{
    Node *node = m_nodes.value(id);
    if (!node)
        return;
    Node *to = m_nodes.value(newParentId, m_root.get());
    // Never under itself or its own descendant.
    for (const Node *n = to; n; n = n->parent) {
        if (n == node)
            return;
    }
    Node *from = node->parent;
    if (from == to)
        return;
    const int fromRow = node->row;
    const int toRow = insertRowFor(to, node->post.position);
    if (!beginMoveRows(indexFor(from), fromRow, fromRow, indexFor(to), toRow))
        return;
    std::unique_ptr<Node> owned = std::move(from->children[size_t(fromRow)]);
    from->children.erase(from->children.begin() + fromRow);
    renumber(from, fromRow);
    owned->parent = to;
    to->children.insert(to->children.begin() + toRow, std::move(owned));
    renumber(to, toRow);
    endMoveRows();
}

void ThreadTreeModel::setRead(const QStringList &ids, const QDateTime &at)
{
    const int before = m_unread;
    beginChanges();
    for (const QString &id : ids) {
        Node *node = m_nodes.value(id);
        if (!node || node->post.isRead() == at.isValid())
            continue;
        const bool counted = countsAsUnread(node);
        node->post.readAt = at;
        if (at.isValid())
            node->post.isNew = false;
        if (counted != countsAsUnread(node))
            m_unread += counted ? -1 : 1;
        emitRowChanged(node);
    }
    endChanges();
    if (before != m_unread)
        Q_EMIT unreadCountChanged(m_unread);
}

void ThreadTreeModel::clear()
{
    beginResetModel();
    m_root->children.clear();
    m_nodes.clear();
    m_authors.clear();
    m_unread = 0;
    endResetModel();
    Q_EMIT unreadCountChanged(0);
}

QModelIndex ThreadTreeModel::indexOf(const QString &postId, int column) const
{
    return indexFor(m_nodes.value(postId), column);
}

const PostHeader *ThreadTreeModel::header(const QModelIndex &index) const
{
    return index.isValid() ? &nodeFor(index)->post : nullptr;
}

QModelIndex ThreadTreeModel::nextInOrder(const QModelIndex &from) const
{
    const Node *node = from.isValid() ? nodeFor(from) : m_root.get();
    if (!node->children.empty())
        return indexFor(node->children.front().get());
    while (node && node != m_root.get()) {
        const Node *parent = node->parent;
        if (size_t(node->row + 1) < parent->children.size())
            return indexFor(parent->children[size_t(node->row + 1)].get());
        node = parent;
    }
    return {};
}

QModelIndex ThreadTreeModel::previousInOrder(const QModelIndex &from) const
{
    const Node *node = from.isValid() ? nodeFor(from) : nullptr;
    if (node && node->row == 0)
        return node->parent == m_root.get() ? QModelIndex() : indexFor(node->parent);
    // The deepest last reply of the previous sibling (of the root's last child from the end).
    const Node *at = node ? node->parent->children[size_t(node->row - 1)].get() : m_root.get();
    while (!at->children.empty())
        at = at->children.back().get();
    return at == m_root.get() ? QModelIndex() : indexFor(at);
}

QModelIndex ThreadTreeModel::previousUnread(const QModelIndex &from) const
{
    if (m_unread == 0)
        return {};
    const QModelIndex start = from.isValid() ? from.siblingAtColumn(0) : QModelIndex();
    QModelIndex i = previousInOrder(start);
    // Two passes at most: to the top, then from the end around to the start.
    for (int wrapped = 0; wrapped < 2;) {
        if (!i.isValid()) {
            ++wrapped;
            i = previousInOrder({});
            if (!i.isValid())
                return {};
        }
        if (countsAsUnread(nodeFor(i)))
            return i;
        if (i == start && wrapped > 0)
            return {};
        i = previousInOrder(i);
    }
    return {};
}

QModelIndex ThreadTreeModel::nextMatching(const QModelIndex &from, bool (*match)(const Node *)) const
{
    const QModelIndex start = from.isValid() ? from.siblingAtColumn(0) : QModelIndex();
    QModelIndex i = nextInOrder(start);
    // Two passes at most: to the end, then from the top around to the start.
    for (int wrapped = 0; wrapped < 2;) {
        if (!i.isValid()) {
            ++wrapped;
            i = nextInOrder({});
            if (!i.isValid())
                return {};
        }
        if (match(nodeFor(i)))
            return i;
        if (i == start && wrapped > 0)
            return {};
        i = nextInOrder(i);
    }
    return {};
}

QModelIndex ThreadTreeModel::nextUnread(const QModelIndex &from) const
{
    if (m_unread == 0)
        return {};
    return nextMatching(from, &ThreadTreeModel::countsAsUnread);
}

QModelIndex ThreadTreeModel::nextFollowed(const QModelIndex &from) const
{
    return nextMatching(from, [](const Node *n) { return n->score.followed; });
}

} // namespace Threadkeeper
