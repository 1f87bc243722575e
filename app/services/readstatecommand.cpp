// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readstatecommand.h"

#include "services/threadsession.h"

namespace Threadkeeper {

ReadStateCommand::ReadStateCommand(
    ThreadSession *session, const QStringList &postIds, bool read, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_threadUrl(session->info().url)
{
    const QDateTime now = read ? QDateTime::currentDateTimeUtc() : QDateTime();
    const QHash<QString, QDateTime> before = session->readState(postIds);
    // Only the posts that change are kept: a thread marked read again holds nothing on the stack.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        // Keep the first read time of posts already read.
        const QDateTime after = read && it.value().isValid() ? it.value() : now;
        if (after == it.value())
            continue;
        m_before.insert(it.key(), it.value());
        m_after.insert(it.key(), after);
    }
}

void ReadStateCommand::redo()
{
    // A command outlives its thread only on an undo stack nobody cleared; then it does nothing.
    if (m_session && m_session->info().url == m_threadUrl)
        m_session->setReadState(m_after);
}

void ReadStateCommand::undo()
{
    if (m_session && m_session->info().url == m_threadUrl)
        m_session->setReadState(m_before);
}

} // namespace Threadkeeper
