// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QUndoCommand>

namespace Threadkeeper {

class ThreadSession;

// Marks posts read or unread, undoably: undo restores each post's earlier read time,
// in the model and in the cache.
class ReadStateCommand : public QUndoCommand
{
public:
    ReadStateCommand(ThreadSession *session, const QStringList &postIds, bool read, const QString &text);
    void redo() override;
    void undo() override;

private:
    QPointer<ThreadSession> m_session;
    QString m_threadUrl;
    QHash<QString, QDateTime> m_before;
    QHash<QString, QDateTime> m_after;
};

} // namespace Threadkeeper
