// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "unsubscribecommand.h"

#include "services/subscriptionbook.h"

#include <QCoreApplication>

namespace Threadkeeper {

UnsubscribeCommand::UnsubscribeCommand(SubscriptionBook *book, const Subscription &subscription)
    : QUndoCommand(
        QCoreApplication::translate("UnsubscribeCommand", "Unsubscribe from \u201C%1\u201D")
            .arg(subscription.title.isEmpty() ? subscription.url.toDisplayString() : subscription.title))
    , m_book(book)
    , m_url(subscription.url)
    , m_id(subscription.id)
{
    if (!book)
        return;
    QObject::connect(
        book, &SubscriptionBook::removed, &m_context, [this](quint64 key, const Subscription &gone) {
            if (!m_removing || gone.id != m_id)
                return;
            m_removing = false;
            m_key = key;
            if (std::exchange(m_undoWaiting, false))
                undo();
        });
    QObject::connect(book, &SubscriptionBook::restored, &m_context, [this](const Subscription &back) {
        if (back.url == m_url)
            m_id = back.id; // a redo removes it under the id it has now
    });
}

UnsubscribeCommand::~UnsubscribeCommand()
{
    // Gone from the stack: the removal is for good.
    if (m_book && m_key != 0)
        m_book->forgetRemoved(m_key);
}

void UnsubscribeCommand::redo()
{
    if (!m_book)
        return;
    m_undoWaiting = false;
    m_removing = true;
    m_book->remove(m_id);
}

void UnsubscribeCommand::undo()
{
    if (!m_book)
        return;
    if (m_removing) {
        m_undoWaiting = true;
        return;
    }
    if (m_key != 0)
        m_book->restore(std::exchange(m_key, 0));
}

} // namespace Threadkeeper
