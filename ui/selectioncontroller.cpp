// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectioncontroller.h"

#include "articlepanel.h"
#include "postview.h"
#include "threadview.h"

#include "models/threadtreemodel.h"
#include "services/threadsession.h"

namespace Threadkeeper {

SelectionController::SelectionController(
    ThreadSession *session, ThreadView *tree, PostView *post, ArticlePanel *article, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_tree(tree)
    , m_post(post)
    , m_article(article)
{
    tree->setModel(session->model());
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &SelectionController::onCurrentChanged);
    connect(session, &ThreadSession::postsChanged, this, &SelectionController::onPostsChanged);
    connect(post, &PostView::postRequested, this, &SelectionController::selectPost);
    post->setQuoteScorer([session](const QString &author) { return session->quoteScore(author); });
    // A rule change re-renders the shown post: its placeholder, its quotes.
    connect(session, &ThreadSession::scoresChanged, this, &SelectionController::onPostsChanged);
    connect(session->model(), &QAbstractItemModel::modelReset, this, [this] {
        // Emptied for another thread; a rebuild of this one keeps its post (the view
        // restores the current row).
        if (m_session->model()->rowCount() > 0)
            return;
        m_post->clearPost();
        m_article->clearArticle();
    });
}

void SelectionController::onCurrentChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString id = current.data(ThreadTreeModel::PostIdRole).toString();
    if (id.isEmpty()) {
        m_post->clearPost();
        return;
    }
    m_post->showPost(m_session->post(id), current.parent().data(ThreadTreeModel::PostIdRole).toString(),
        m_session->score(id));
    m_session->markRead({id});
}

void SelectionController::onPostsChanged()
{
    ThreadTreeModel *model = m_session->model();
    // The article is the first post of the thread.
    // No full sort per page: only the first post is wanted.
    if (const Post *first = m_session->tree().first(); first && first->page <= 1)
        m_article->showArticle(m_session->info().title, *first);
    if (!m_pending.isEmpty() && model->indexOf(m_pending).isValid()) {
        selectPost(std::exchange(m_pending, QString()));
        return;
    }
    // Keep the shown post current if its content or place changed.
    const QModelIndex current = m_tree->currentIndex();
    if (const QString id = current.data(ThreadTreeModel::PostIdRole).toString();
        !id.isEmpty() && id == m_post->postId())
        m_post->showPost(m_session->post(id), current.parent().data(ThreadTreeModel::PostIdRole).toString(),
            m_session->score(id));
    if (!current.isValid() && model->rowCount() > 0)
        m_tree->setCurrentIndex(model->index(0, 0));
}

void SelectionController::selectPost(const QString &postId)
{
    m_tree->reveal(m_session->model()->indexOf(postId));
}

void SelectionController::nextUnread()
{
    const QModelIndex next = m_session->model()->nextUnread(m_tree->currentIndex());
    if (next.isValid())
        m_tree->reveal(next);
}

void SelectionController::nextFollowed()
{
    const QModelIndex next = m_session->model()->nextFollowed(m_tree->currentIndex());
    if (next.isValid())
        m_tree->reveal(next);
}

void SelectionController::readOn()
{
    if (!m_post->pageDown())
        nextUnread();
}

} // namespace Threadkeeper
