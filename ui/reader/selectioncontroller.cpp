// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/selectioncontroller.h"

#include "reader/articlepanel.h"
#include "reader/postview.h"
#include "reader/threadview.h"

#include "models/threadtreemodel.h"
#include "services/threadsession.h"

#include <QAction>
#include <QMenu>
#include <QScrollBar>
#include <QTimer>

namespace Threadkeeper {

SelectionController::SelectionController(
    ThreadSession *session, ThreadView *tree, PostView *post, ArticlePanel *article, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_tree(tree)
    , m_post(post)
    , m_article(article)
    , m_placeTimer(new QTimer(this))
    , m_readTimer(new QTimer(this))
{
    tree->setModel(session->model());
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &SelectionController::onCurrentChanged);
    connect(session, &ThreadSession::postsChanged, this, &SelectionController::onPostsChanged);
    connect(post, &PostView::postRequested, this, &SelectionController::selectPost);
    post->setQuoteScorer([session](const QString &author, const QString &postId) {
        return session->quoteScore(author, postId);
    });
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
    m_placeTimer->setSingleShot(true);
    m_placeTimer->setInterval(800);
    connect(m_placeTimer, &QTimer::timeout, this, &SelectionController::savePlace);
    connect(post->verticalScrollBar(), &QScrollBar::valueChanged, m_placeTimer, qOverload<>(&QTimer::start));
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(0);
    connect(m_readTimer, &QTimer::timeout, this, [this] {
        // Still the one shown: it has been read.
        if (!m_pendingRead.isEmpty() && m_pendingRead == currentId())
            m_session->markRead({m_pendingRead});
        m_pendingRead.clear();
    });
}

void SelectionController::setMarkReadDelay(int milliseconds)
{
    m_readTimer->setInterval(std::max(0, milliseconds));
}

int SelectionController::markReadDelay() const
{
    return m_readTimer->interval();
}

void SelectionController::cancelPendingRead()
{
    m_readTimer->stop();
    m_pendingRead.clear();
}

QString SelectionController::currentId() const
{
    return m_tree->currentIndex().data(ThreadTreeModel::PostIdRole).toString();
}

void SelectionController::onCurrentChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString id = current.data(ThreadTreeModel::PostIdRole).toString();
    if (m_session->info().url != m_threadUrl) {
        m_threadUrl = m_session->info().url;
        m_history.clear(); // jumps belong to their thread
        updateHistoryActions();
    }
    // A post left before its delay ran out stays unread.
    cancelPendingRead();
    if (id.isEmpty()) {
        m_post->clearPost();
        return;
    }
    if (id == m_article->articleId()) {
        // The article reads in its own pane; its row shows nothing twice.
        m_post->clearPost(tr("The first post is the article, shown in the article pane."));
        m_article->verticalScrollBar()->setValue(0);
    } else {
        m_post->showPost(m_session->post(id), current.parent().data(ThreadTreeModel::PostIdRole).toString(),
            m_session->score(id));
    }
    if (m_readTimer->interval() == 0) {
        m_session->markRead({id});
    } else {
        m_pendingRead = id;
        m_readTimer->start();
    }
    savePlace();
}

void SelectionController::setGivenArticle(const QString &threadUrl, const QString &title, const Post &article)
{
    m_givenThread = threadUrl;
    m_givenTitle = title;
    m_given = article;
    if (!threadUrl.isEmpty() && threadUrl == m_session->info().url)
        m_article->showArticle(title, article); // already open: no posts need to change
}

void SelectionController::savePlace()
{
    m_placeTimer->stop();
    const QString id = currentId();
    if (id.isEmpty())
        return;
    m_session->savePlace(ReadingPlace {id, id == m_post->postId() ? m_post->scrollPosition() : 0});
}

void SelectionController::onPostsChanged()
{
    ThreadTreeModel *model = m_session->model();
    // The article is the one the reader came from, else the first post of the thread.
    // No full sort per page: only the first post is wanted.
    if (!m_givenThread.isEmpty() && m_givenThread == m_session->info().url)
        m_article->showArticle(m_givenTitle, m_given);
    else if (const Post *first = m_session->tree().first(); first && first->page <= 1)
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
}

void SelectionController::settle(const QString &target, const ReadingPlace &place)
{
    ThreadTreeModel *model = m_session->model();
    m_pending.clear();
    if (!target.isEmpty() && model->indexOf(target).isValid()) {
        selectPost(target);
        return;
    }
    if (m_tree->currentIndex().isValid())
        return; // the reader has chosen already
    if (const QModelIndex there = model->indexOf(place.postId); there.isValid()) {
        m_tree->reveal(there);
        if (m_post->postId() == place.postId)
            m_post->setScrollPosition(place.scroll);
        return;
    }
    if (const QModelIndex unread = model->nextUnread({}); unread.isValid())
        m_tree->reveal(unread);
    else if (model->rowCount() > 0)
        m_tree->reveal(model->index(0, 0));
}

void SelectionController::jumpTo(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString from = currentId();
    m_tree->reveal(index);
    m_history.jumped(from, currentId());
    updateHistoryActions();
}

void SelectionController::selectPost(const QString &postId)
{
    jumpTo(m_session->model()->indexOf(postId));
}

void SelectionController::back()
{
    const QString id = m_history.back(currentId());
    if (!id.isEmpty())
        m_tree->reveal(m_session->model()->indexOf(id));
    updateHistoryActions();
}

void SelectionController::forward()
{
    const QString id = m_history.forward(currentId());
    if (!id.isEmpty())
        m_tree->reveal(m_session->model()->indexOf(id));
    updateHistoryActions();
}

bool SelectionController::nextUnread()
{
    const QModelIndex next = m_session->model()->nextUnread(m_tree->currentIndex());
    if (!next.isValid()) {
        Q_EMIT message(tr("Nothing unread left in this thread."));
        return false;
    }
    Q_EMIT message({});
    jumpTo(next);
    return true;
}

bool SelectionController::previousUnread()
{
    const QModelIndex previous = m_session->model()->previousUnread(m_tree->currentIndex());
    if (!previous.isValid()) {
        Q_EMIT message(tr("Nothing unread left in this thread."));
        return false;
    }
    Q_EMIT message({});
    jumpTo(previous);
    return true;
}

void SelectionController::nextFollowed()
{
    const QModelIndex next = m_session->model()->nextFollowed(m_tree->currentIndex());
    if (next.isValid())
        jumpTo(next);
    else
        Q_EMIT message(tr("No post by a followed poster in this thread."));
}

void SelectionController::nextPost()
{
    const QModelIndex next = m_session->model()->nextInOrder(m_tree->currentIndex());
    if (next.isValid())
        m_tree->reveal(next);
}

void SelectionController::previousPost()
{
    const QModelIndex current = m_tree->currentIndex();
    // With nothing selected there is nothing before: start at the top, as Next does.
    const QModelIndex previous = current.isValid() ? m_session->model()->previousInOrder(current)
                                                   : m_session->model()->nextInOrder({});
    if (previous.isValid())
        m_tree->reveal(previous);
}

void SelectionController::parentPost()
{
    const QModelIndex parent = m_tree->currentIndex().parent();
    if (!parent.isValid()) {
        Q_EMIT message(tr("This post starts its branch: it replies to no other post."));
        return;
    }
    Q_EMIT message({});
    jumpTo(parent.siblingAtColumn(0));
}

void SelectionController::readOn()
{
    if (!m_post->pageDown())
        nextUnread();
}

void SelectionController::updateHistoryActions()
{
    if (m_back)
        m_back->setEnabled(m_history.canGoBack());
    if (m_forward)
        m_forward->setEnabled(m_history.canGoForward());
}

QList<QAction *> SelectionController::addGoActions(QMenu *menu)
{
    QAction *readOn = menu->addAction(tr("Read On (next unread)"), this, &SelectionController::readOn);
    readOn->setShortcut(Qt::Key_Space);
    readOn->setObjectName(QStringLiteral("readOnAction"));
    QAction *next = menu->addAction(tr("&Next Unread Post"), this, &SelectionController::nextUnread);
    next->setShortcut(Qt::Key_N);
    QAction *previous
        = menu->addAction(tr("&Previous Unread Post"), this, &SelectionController::previousUnread);
    previous->setShortcut(Qt::Key_P);
    QAction *followed = menu->addAction(tr("Next &Followed Post"), this, &SelectionController::nextFollowed);
    followed->setShortcut(Qt::Key_G);
    menu->addSeparator();
    QAction *nextPost = menu->addAction(tr("Ne&xt Post"), this, &SelectionController::nextPost);
    nextPost->setShortcut(Qt::Key_J);
    QAction *previousPost = menu->addAction(tr("Previous P&ost"), this, &SelectionController::previousPost);
    previousPost->setShortcut(Qt::Key_K);
    QAction *parent = menu->addAction(tr("P&arent Post"), this, &SelectionController::parentPost);
    parent->setShortcut(Qt::Key_U);
    menu->addSeparator();
    m_back = menu->addAction(tr("&Back"), this, &SelectionController::back);
    m_back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_forward = menu->addAction(tr("&Forward"), this, &SelectionController::forward);
    m_forward->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    updateHistoryActions();
    // Stable names: the reader's own shortcuts are kept under them.
    const std::pair<QAction *, const char *> names[] {{next, "nextUnreadAction"},
        {previous, "previousUnreadAction"}, {followed, "nextFollowedAction"}, {nextPost, "nextPostAction"},
        {previousPost, "previousPostAction"}, {parent, "parentPostAction"}, {m_back, "backAction"},
        {m_forward, "forwardAction"}};
    for (const auto &[action, name] : names)
        action->setObjectName(QLatin1String(name));
    return {readOn, next, previous, followed, nextPost, previousPost, parent, m_back, m_forward};
}

} // namespace Threadkeeper
