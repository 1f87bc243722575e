// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/mousenavigation.h"

#include "reader/selectioncontroller.h"

#include <QApplication>
#include <QMouseEvent>
#include <QWidget>

namespace Threadkeeper {

MouseNavigation::MouseNavigation(QWidget *window, SelectionController *selection)
    : QObject(window)
    , m_window(window)
    , m_selection(selection)
{
    qApp->installEventFilter(this);
}

bool MouseNavigation::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::MouseButtonPress || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window)
        return false;
    const Qt::MouseButton button = static_cast<QMouseEvent *>(event)->button();
    if (button == Qt::BackButton) {
        m_selection->back();
        return true;
    }
    if (button == Qt::ForwardButton) {
        m_selection->forward();
        return true;
    }
    return false;
}

} // namespace Threadkeeper
