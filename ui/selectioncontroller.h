// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Threadkeeper {

class ArticlePanel;
class PostView;
class ThreadSession;
class ThreadView;

// Wires the thread tree, the post view and the article panel: selecting a post shows
// it and marks it read; quote links jump to the quoted post; "next unread" walks the
// tree in reading order.
class SelectionController : public QObject
{
    Q_OBJECT
public:
    SelectionController(ThreadSession *session, ThreadView *tree, PostView *post, ArticlePanel *article,
        QObject *parent = nullptr);

    // Pages down in the post view, then moves to the next unread post.
    void readOn();
    void nextUnread();
    void nextFollowed();
    void selectPost(const QString &postId);
    // Select this post as soon as it arrives (a permalink's target).
    void setPendingSelection(const QString &postId) { m_pending = postId; }

private:
    void onCurrentChanged();
    void onPostsChanged();

    ThreadSession *m_session;
    ThreadView *m_tree;
    PostView *m_post;
    ArticlePanel *m_article;
    QString m_pending;
};

} // namespace Threadkeeper
