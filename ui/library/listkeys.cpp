// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/listkeys.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace Threadkeeper {

ListKeys::ListKeys(QAbstractItemView *list, QHash<int, std::function<void()>> actions)
    : QObject(list)
    , m_actions(std::move(actions))
{
    list->installEventFilter(this);
}

bool ListKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const auto action = m_actions.constFind(key->key());
    if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier || action == m_actions.cend())
        return QObject::eventFilter(watched, event);
    // Claimed before any shortcut sees it; acted on when it comes as a key press.
    event->accept();
    if (event->type() == QEvent::KeyPress)
        (*action)();
    return true;
}

} // namespace Threadkeeper
