// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;

namespace Threadkeeper {

// The docks on the window's right: tabbed together, hidden at first, and narrow (a
// quarter of the window at most) when shown, so that the reading panes keep the room.
class SideDocks : public QObject
{
    Q_OBJECT
public:
    explicit SideDocks(QMainWindow *window);
    // Adds the dock as a tab beside the ones added before.
    void add(QDockWidget *dock);

private:
    QMainWindow *m_window;
    QDockWidget *m_last = nullptr;
};

} // namespace Threadkeeper
