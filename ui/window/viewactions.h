// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Threadkeeper {

class Appearance;
class FollowedDock;
class HideModeMenu;
class LibraryDock;
class PaneLayout;
class PostView;
class SearchDock;
class ThreadSession;
class ThreadView;

// The View menu: quotes and the tree folded or not, what becomes of hidden posts, the
// appearance, and the docks and panes to show.
class ViewActions : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        PostView *post;
        ThreadView *tree;
        ThreadSession *session;
        Appearance *appearance;
        SearchDock *search;
        LibraryDock *library;
        FollowedDock *followed;
        PaneLayout *panes;
    };
    // Search All Threads is a window-wide shortcut from the start.
    ViewActions(const Parts &parts, QWidget *window);

    // Fills the View menu.
    void addActions(QMenu *view);
    QAction *quotesAction() const { return m_quotes; }
    QAction *libraryAction() const { return m_library; }
    QAction *followedAction() const { return m_followed; }
    HideModeMenu *hideModes() const { return m_hideModes; }

private:
    Parts m_parts;
    QWidget *m_window;
    QAction *m_quotes = nullptr;
    QAction *m_library = nullptr;
    QAction *m_followed = nullptr;
    HideModeMenu *m_hideModes = nullptr;
};

} // namespace Threadkeeper
