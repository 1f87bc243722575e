// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/readmarkactions.h"

#include "reader/selectioncontroller.h"
#include "reader/threadview.h"

#include "models/threadtreemodel.h"
#include "services/readstatecommand.h"
#include "services/threadsession.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

namespace Threadkeeper {

ReadMarkActions::ReadMarkActions(const ReaderServices &services, ThreadView *tree,
    SelectionController *selection, QUndoStack *undo, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_tree(tree)
    , m_selection(selection)
    , m_undo(undo)
{ }

QList<QAction *> ReadMarkActions::addActions(QMenu *go)
{
    QAction *markAll = go->addAction(tr("&Mark Thread Read"), this, [this] {
        m_undo->push(new ReadStateCommand(
            m_services.session, m_services.session->postIds(), true, tr("Mark Thread Read")));
    });
    markAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    // M as in mail readers; U goes to the parent post.
    QAction *markUnread = go->addAction(tr("Mark Post Read/&Unread"), this,
        [this] { markCurrentPost(!m_tree->currentIndex().data(ThreadTreeModel::ReadRole).toBool()); });
    markUnread->setShortcut(Qt::Key_M);
    // Stable names: the reader's own shortcuts are kept under them (ShortcutSettings).
    markAll->setObjectName(QStringLiteral("markThreadReadAction"));
    markUnread->setObjectName(QStringLiteral("toggleReadAction"));
    return {markAll, markUnread};
}

void ReadMarkActions::markCurrentPost(bool read)
{
    const QString id = m_tree->currentIndex().data(ThreadTreeModel::PostIdRole).toString();
    m_selection->cancelPendingRead(); // the reader's word wins over the delay
    if (!id.isEmpty())
        m_undo->push(
            new ReadStateCommand(m_services.session, {id}, read, read ? tr("Mark Read") : tr("Mark Unread")));
}

} // namespace Threadkeeper
