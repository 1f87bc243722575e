// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"

#include <QObject>
#include <QPointer>
#include <QUndoCommand>

namespace Threadkeeper {

class SubscriptionBook;

// Unsubscribing, undoably: the book keeps the subscription with its items and read state
// under a key until undo puts it back or the command goes. The book answers later
// (removed(), restored()): an undo that comes before the key does waits for it.
class UnsubscribeCommand : public QUndoCommand
{
public:
    UnsubscribeCommand(SubscriptionBook *book, const Subscription &subscription);
    ~UnsubscribeCommand() override;
    void redo() override;
    void undo() override;
    qint64 subscriptionId() const { return m_id; }

private:
    QPointer<SubscriptionBook> m_book;
    QUrl m_url;
    qint64 m_id; // changes when a restore gives it a new one
    quint64 m_key = 0; // what the book keeps of the removal; 0 while none is held
    bool m_removing = false; // asked to remove, the key not yet given
    bool m_undoWaiting = false; // undone while removing: restore once the key comes
    QObject m_context; // the book's answers reach this command only while it exists
};

} // namespace Threadkeeper
