// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "domain/scorer.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Threadkeeper {

// The reply tree of one thread. Fed incrementally: posts are inserted under their
// parent as they arrive and moved (never reset) when a later page reveals a better
// parent, so selection and expansion survive loading.
class ThreadTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        PostColumn,
        SnippetColumn,
        DateColumn,
        ColumnCount
    };
    enum Role
    {
        PostIdRole = Qt::UserRole + 1,
        NumberRole,
        AuthorRole,
        DateRole,
        ReadRole,
        NewRole,
        PositionRole,
        QuoteCountRole,
        ScoreRole,
        HiddenRole,
        FollowedRole,
        ScoreExplanationRole, // "score -120: Hide Bomby569 (site)", empty when no rule matched
        AnnotatedRole, // the reader has a note or highlight on the post
    };

    explicit ThreadTreeModel(QObject *parent = nullptr);
    ~ThreadTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What the model keeps of a post: no body.
    static PostHeader headerOf(const Post &post);

    // Inserts a post under parentId (top level if empty or unknown), in thread order.
    void insertPost(const Post &post, const QString &parentId) { insertPosts({headerOf(post)}, {parentId}); }
    // Inserts posts, in thread order, each under its parent (parents before their
    // replies): one insertion a run of rows, a reply arriving with its parent inside it.
    void insertPosts(const QList<PostHeader> &posts, const QStringList &parentIds);
    // Rebuilds the whole tree at once (a reset) for a change too large to apply row by
    // row: ids in thread order, each under its parent. Rows kept (known) keep their
    // content unless header() gives a new one; new rows must get one. Views keep their
    // place through modelAboutToBeReset/modelReset.
    void setStructure(const QStringList &ids, const QStringList &parentIds,
        const std::function<std::optional<PostHeader>(const QString &id, bool known)> &header);
    // Replaces a known post's content, keeping its place.
    void updatePost(const PostHeader &post);
    void updatePost(const Post &post) { updatePost(headerOf(post)); }
    void movePost(const QString &id, const QString &newParentId);
    // Removes a post and whatever is still under it.
    void removePost(const QString &id);
    // The post's score under the reader's rules. Hidden posts count as read.
    void setScore(const QString &id, const PostScore &score);
    // Between these, changed rows are announced once, at the end: past a few hundred, as one
    // change of every top-level row. A tree view looks each announced row up in a walk over
    // its rows, so a thread marked read row by row costs it rows × rows (14 s at 100,000).
    // Rows must not be removed in between. Nests.
    void beginChanges();
    void endChanges();
    PostScore score(const QString &id) const;
    // Which posts carry the reader's notes or highlights.
    void setAnnotated(const QSet<QString> &postIds);
    void setRead(const QStringList &ids, const QDateTime &at);
    void clear();

    QModelIndex indexOf(const QString &postId, int column = 0) const;
    const PostHeader *header(const QModelIndex &index) const;
    int postCount() const { return int(m_nodes.size()); }
    int unreadCount() const { return m_unread; }
    // The next unread post after `from` in display (depth-first) order, wrapping
    // around; invalid if none.
    QModelIndex nextUnread(const QModelIndex &from) const;
    // The previous unread post before `from` in display order, wrapping around.
    QModelIndex previousUnread(const QModelIndex &from) const;
    // The post before `from` in depth-first order; from invalid, the last post.
    QModelIndex previousInOrder(const QModelIndex &from) const;
    // The next post by a followed poster after `from`, wrapping around.
    QModelIndex nextFollowed(const QModelIndex &from) const;
    // The first post in depth-first order, or after `from`.
    QModelIndex nextInOrder(const QModelIndex &from) const;

Q_SIGNALS:
    void unreadCountChanged(int unread);

private:
    static constexpr qsizetype RowByRowChanges = 256;
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = 0) const;
    int insertRowFor(const Node *parent, int position) const;
    void renumber(Node *parent, int from);
    void emitRowChanged(const Node *node);
    static bool countsAsUnread(const Node *node);
    void forgetSubtree(Node *node);
    // Calls visit on node and every node below it.
    static void forEachBelow(Node *node, const std::function<void(Node *)> &visit);
    QModelIndex nextMatching(const QModelIndex &from, bool (*match)(const Node *)) const;

    std::unique_ptr<Node> m_root;
    void adopt(Node *node); // registers a node and its subtree as inserted
    QHash<QString, Node *> m_nodes;
    QSet<QString> m_authors; // one copy of each name, shared by the rows
    QSet<QString> m_annotated;
    int m_unread = 0;
    int m_changesDepth = 0;
    bool m_unreadChanged = false; // while changes are gathered
    QStringList m_changed; // rows changed since beginChanges()
};

} // namespace Threadkeeper
