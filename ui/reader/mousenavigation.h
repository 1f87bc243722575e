// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace Threadkeeper {

class SelectionController;

// The mouse's back and forward buttons, anywhere in the window, walk the selection's
// history (a child widget would otherwise take the press and drop it).
class MouseNavigation : public QObject
{
    Q_OBJECT
public:
    MouseNavigation(QWidget *window, SelectionController *selection);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    SelectionController *m_selection;
};

} // namespace Threadkeeper
