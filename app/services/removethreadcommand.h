// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QUndoCommand>

namespace Threadkeeper {

class CacheStore;

// Removing a thread from the cache, undoably: the store keeps every row it took (on its
// own thread, under a key) until undo writes them back or the command goes.
class RemoveThreadCommand : public QUndoCommand
{
public:
    RemoveThreadCommand(CacheStore *store, const QString &url, const QString &title);
    ~RemoveThreadCommand() override;
    void redo() override;
    void undo() override;
    QString url() const { return m_url; }

private:
    QPointer<CacheStore> m_store;
    QString m_url;
    quint64 m_key = 0; // what the store keeps of the last removal; 0 before the first
};

} // namespace Threadkeeper
