// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "services/navigationhistory.h"

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QTimer;

namespace Threadkeeper {

class ArticlePanel;
class PostView;
class ThreadSession;
class ThreadView;

// Wires the thread tree, the post view and the article panel: selecting a post shows
// it and marks it read, at once or once it has stayed on screen for the delay the reader
// chose (the article's row shows it in the article panel only); quote
// links jump to the quoted post; "next unread" walks the tree in reading order. Jumps
// go into a back/forward history; where the reader stops is kept per thread.
class SelectionController : public QObject
{
    Q_OBJECT
public:
    SelectionController(ThreadSession *session, ThreadView *tree, PostView *post, ArticlePanel *article,
        QObject *parent = nullptr);

    // Pages down in the post view, then moves to the next unread post.
    void readOn();
    // False (and a message) when nothing is left unread.
    bool nextUnread();
    bool previousUnread();
    void nextFollowed();
    // The next or previous post in reading order (depth-first), folded replies included;
    // steps, like the arrow keys, not jumps.
    void nextPost();
    void previousPost();
    // Up to the post this one replies to (a jump); a message at the top of the tree.
    void parentPost();
    // A jump: the post left goes into the back history.
    void selectPost(const QString &postId);
    void back();
    void forward();
    // Select this post as soon as it arrives (a permalink's target).
    void setPendingSelection(const QString &postId) { m_pending = postId; }
    // Once a thread has loaded: unless the reader already chose a post, go to the target
    // (a permalink's), else to where the reader stopped, else the first unread post.
    void settle(const QString &target, const ReadingPlace &place);
    // The Go menu's reading and history actions, added to menu; returned so the window
    // can make their shortcuts window-wide.
    QList<QAction *> addGoActions(QMenu *menu);
    // Keeps the current post and the post view's scroll position as the thread's place.
    void savePlace();
    // How long a post must stay selected before it counts as read; 0 marks it at once.
    void setMarkReadDelay(int milliseconds);
    int markReadDelay() const;
    // Forgets a post waiting to be marked read (the reader set its state by hand).
    void cancelPendingRead();
    // The post that will be marked read when its delay runs out; empty when none.
    QString pendingRead() const { return m_pendingRead; }
    // The article the reader came from (a news item): shown in the article pane instead of
    // the thread's first post while threadUrl is the open thread; until another is given.
    void setGivenArticle(const QString &threadUrl, const QString &title, const Post &article);

Q_SIGNALS:
    // A word for the status bar; empty clears what this controller said before.
    void message(const QString &text);

private:
    void onCurrentChanged();
    void onPostsChanged();
    void jumpTo(const QModelIndex &index);
    QString currentId() const;
    void updateHistoryActions();

    ThreadSession *m_session;
    ThreadView *m_tree;
    PostView *m_post;
    ArticlePanel *m_article;
    QString m_pending;
    NavigationHistory m_history;
    QString m_threadUrl; // the thread the history belongs to
    QTimer *m_placeTimer; // the scroll position is kept once it rests
    QTimer *m_readTimer; // marks the shown post read once it has been on screen long enough
    QString m_pendingRead; // the post m_readTimer will mark
    QString m_givenThread; // the thread m_given is the article of
    QString m_givenTitle;
    Post m_given;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
};

} // namespace Threadkeeper
