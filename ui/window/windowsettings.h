// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAction;
class QHeaderView;
class QMainWindow;
class QSettings;
class QSplitter;

namespace Threadkeeper {

// The window's layout between runs: its geometry and docks, the two splitters, the
// thread tree's columns, whether the article panel shows. A first run gets sizes that
// suit the screen.
class WindowSettings
{
public:
    WindowSettings(QMainWindow *window, QSplitter *outer, QSplitter *inner, QHeaderView *treeHeader,
        QAction *articleAction);

    void restore(const QSettings &settings) const;
    void save(QSettings *settings) const;

private:
    QMainWindow *m_window;
    QSplitter *m_outer;
    QSplitter *m_inner;
    QHeaderView *m_treeHeader;
    QAction *m_articleAction;
};

} // namespace Threadkeeper
