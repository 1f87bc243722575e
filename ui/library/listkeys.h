// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

#include <functional>

class QAbstractItemView;

namespace Threadkeeper {

// Plain keys a list acts on itself while it has focus, ahead of the window's shortcuts
// with the same keys (W watches the open thread, F5 refreshes it, M marks a post read).
// Installed on the list, owned by it.
class ListKeys : public QObject
{
public:
    ListKeys(QAbstractItemView *list, QHash<int, std::function<void()>> actions);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHash<int, std::function<void()>> m_actions;
};

} // namespace Threadkeeper
