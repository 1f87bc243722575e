// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "domain/scorer.h"
#include "services/replytree.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace Threadkeeper {

class CacheStore;
class ThreadLoader;
class ThreadTreeModel;

// What becomes of a post the rules hide.
enum class HideMode
{
    Placeholder, // a one-line placeholder in its place
    Remove, // gone; its replies move up to its parent
    Subtree, // gone with all its replies
};

// One open thread: feeds what the loader delivers (cache, then network pages in any
// order) through the reply tree and the reader's rules into the model, keeping read
// state, and marks posts read in the model and the cache.
//
// The model shows the reply tree as the rules leave it: the session works out which
// posts are shown under which parent and brings the model there with inserts, moves
// and removals, never a reset, so selection and expansion survive a rule change.
class ThreadSession : public QObject
{
    Q_OBJECT
public:
    // The deepest a reply shows: deeper replies show beside their parent. A chain of tens
    // of thousands (a hostile thread) overflows the stack inside QTreeView, and no one
    // reads a reply indented 64 levels anyway.
    static constexpr int MaxShownDepth = 64;

    ThreadSession(ThreadLoader *loader, ThreadTreeModel *model, CacheStore *store, QObject *parent = nullptr);

    const ReplyTree &tree() const { return m_tree; }
    ThreadTreeModel *model() const { return m_model; }
    ThreadInfo info() const { return m_info; }

    void markRead(const QStringList &postIds);
    void markThreadRead();
    // Read state by post id (an invalid time: unread), for undo.
    bool isRead(const QString &postId) const;
    QHash<QString, QDateTime> readState(const QStringList &postIds) const;
    void setReadState(const QHash<QString, QDateTime> &readAt);
    // Reads the open thread's read state again from the cache, where another device's
    // marks arrive (sync): the model follows with ranged changes, selection and expansion
    // stay, nothing is written back. Answered by readStateReloaded().
    void reloadReadState();
    QStringList postIds() const;
    // A post of the thread with its read state; an empty post for an unknown id.
    Post post(const QString &id) const;

    // Scoring: every change applies at once to the open thread.
    void setRules(const QList<Rule> &rules);
    void setThresholds(const ScoreThresholds &thresholds);
    void setHideMode(HideMode mode);
    HideMode hideMode() const { return m_hideMode; }
    const Scorer &scorer() const { return m_scorer; }
    PostScore score(const QString &postId) const { return m_scores.value(postId); }
    // For a quote inside another post: the quoted post's own score when the quote is
    // resolved to a post of the thread (a keyword can hide it), else its poster's.
    PostScore quoteScore(const QString &author, const QString &postId = {}) const;
    // Remembers where the reader stopped, in the cache, for the next time the thread opens.
    void savePlace(const ReadingPlace &place);
    // A part of the open thread a refresh brought (info: the thread as the refresh found
    // it): added as a loaded page is, new posts marked new, then cached. False, and
    // nothing done, when info is not the open thread.
    bool addRefreshed(const ThreadInfo &info, int part, const QList<Post> &posts);

Q_SIGNALS:
    void postsChanged();
    void scoresChanged();
    // reloadReadState() is done: changed posts turned read or unread.
    void readStateReloaded(int changed);

private:
    struct ReadInfo
    {
        QDateTime firstSeen;
        QDateTime readAt;
        bool isNew = false;
    };
    void reset(const ThreadInfo &info);
    // What the cache holds now for the thread at url, shown if it is still the open one.
    void takeStoredReadState(const QString &url, const QHash<QString, QDateTime> &stored);
    // A part fetched for the open thread: into the tree, then cached with its quotes resolved.
    void takePart(int part, const QList<Post> &posts);
    // Returns the posts whose quote links changed.
    QList<Post> addPosts(QList<Post> posts, bool fromCache);
    // Brings the model to the tree as the rules leave it: every post (all), or the
    // posts whose content or quotes changed and the replies whose place hangs on them.
    void reconcile(const QSet<QString> &changedContent, bool all);
    // The scores of those of posts that show, into the model in one announcement.
    void setShownScores(const QList<const Post *> &posts);
    void collectAffected(const QString &id, QSet<QString> *affected) const;
    PostHeader shownHeader(const QString &id) const;

    // More inserts, moves and removals than this at once: the model is rebuilt instead.
    static constexpr int BulkChanges = 200;
    ThreadLoader *m_loader;
    ThreadTreeModel *m_model;
    QPointer<CacheStore> m_store;
    ReplyTree m_tree;
    ThreadInfo m_info;
    bool m_hadCache = false;
    QHash<QString, ReadInfo> m_read; // the authority on read state, shown or not
    Scorer m_scorer;
    QHash<QString, PostScore> m_scores;
    QHash<QString, QString> m_shown; // shown posts → the parent they show under
    // In HideMode::Remove, posts left out → the nearest shown post above them: a reply under
    // a long hidden chain finds its place in one step, not a walk up the chain.
    QHash<QString, QString> m_hiddenUnder;
    HideMode m_hideMode = HideMode::Placeholder;
};

} // namespace Threadkeeper
Q_DECLARE_METATYPE(Threadkeeper::HideMode)
