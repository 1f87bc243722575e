// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/viewactions.h"

#include "library/followeddock.h"
#include "library/librarydock.h"
#include "library/searchdock.h"
#include "reader/hidemodemenu.h"
#include "reader/postview.h"
#include "reader/threadview.h"
#include "settings/appearance.h"
#include "window/panelayout.h"

#include <QAction>
#include <QMenu>

namespace Threadkeeper {

ViewActions::ViewActions(const Parts &parts, QWidget *window)
    : QObject(window)
    , m_parts(parts)
    , m_window(window)
{ }

void ViewActions::addActions(QMenu *view)
{
    m_quotes = view->addAction(tr("Collapse/Expand &Quotes"), m_parts.post, &PostView::toggleAllQuotes);
    m_quotes->setShortcut(Qt::Key_Q);
    QAction *expand = view->addAction(tr("&Expand Tree"), m_parts.tree, &QTreeView::expandAll);
    expand->setShortcut(Qt::Key_Asterisk);
    QAction *collapse = view->addAction(tr("&Collapse Tree"), m_parts.tree, &QTreeView::collapseAll);
    collapse->setShortcut(Qt::Key_Slash);
    view->addSeparator();
    m_hideModes = new HideModeMenu(view->addMenu(tr("&Hidden Posts")), m_parts.session, this);
    view->addSeparator();
    m_parts.appearance->addActions(view);
    view->addSeparator();
    QAction *searchAll = view->addAction(tr("&Search All Threads…"), m_parts.search, &SearchDock::begin);
    searchAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_window->addAction(searchAll);
    m_library = view->addAction(tr("&Library"), m_parts.library, &LibraryDock::begin);
    m_library->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_followed = m_parts.followed->toggleViewAction();
    m_followed->setText(tr("&Followed Posters"));
    m_followed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    view->addAction(m_followed);
    view->addAction(m_parts.panes->articleAction());
    // Stable names: the reader's own shortcuts are kept under them (ShortcutSettings).
    m_quotes->setObjectName(QStringLiteral("toggleQuotesAction"));
    expand->setObjectName(QStringLiteral("expandTreeAction"));
    collapse->setObjectName(QStringLiteral("collapseTreeAction"));
    searchAll->setObjectName(QStringLiteral("searchAllAction"));
    m_library->setObjectName(QStringLiteral("libraryAction"));
    m_followed->setObjectName(QStringLiteral("followedPostersAction"));
}

} // namespace Threadkeeper
