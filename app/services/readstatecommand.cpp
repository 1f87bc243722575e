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
    , m_before(session->readState(postIds))
{
    const QDateTime now = read ? QDateTime::currentDateTimeUtc() : QDateTime();
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        // Keep the first read time of posts already read.
        m_after.insert(it.key(), read && it.value().isValid() ? it.value() : now);
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
