// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "removethreadcommand.h"

#include "store/cachestore.h"

#include <QCoreApplication>

namespace Threadkeeper {

RemoveThreadCommand::RemoveThreadCommand(CacheStore *store, const QString &url, const QString &title)
    : QUndoCommand(QCoreApplication::translate("RemoveThreadCommand", "Remove \u201C%1\u201D")
                       .arg(title.isEmpty() ? url : title))
    , m_store(store)
    , m_url(url)
{ }

RemoveThreadCommand::~RemoveThreadCommand()
{
    // Gone from the stack: its removal is for good (a restored key is already forgotten).
    if (m_store && m_key != 0)
        m_store->forgetRemoved(m_key);
}

void RemoveThreadCommand::redo()
{
    // The store runs its jobs in order: an undo right after finds the rows kept.
    if (!m_store)
        return;
    if (m_key != 0)
        m_store->forgetRemoved(m_key); // put back by the undo before this redo
    m_key = m_store->removeThread(m_url);
}

void RemoveThreadCommand::undo()
{
    if (m_store && m_key != 0)
        m_store->restoreThread(m_key);
}

} // namespace Threadkeeper
