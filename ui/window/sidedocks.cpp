// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/sidedocks.h"

#include <QDockWidget>
#include <QMainWindow>

#include <algorithm>

namespace Threadkeeper {

SideDocks::SideDocks(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{ }

void SideDocks::add(QDockWidget *dock)
{
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    if (m_last)
        m_window->tabifyDockWidget(m_last, dock);
    dock->hide();
    m_last = dock;
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        const int width = m_window->width();
        if (visible && dock->width() > width / 4)
            m_window->resizeDocks({dock}, {std::max(dock->minimumWidth(), width / 4)}, Qt::Horizontal);
    });
}

} // namespace Threadkeeper
