// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/readerservices.h"

#include <QObject>

class QAction;
class QMenu;
class QUndoStack;

namespace Threadkeeper {

class SelectionController;
class ThreadView;

// Marking read by hand (undoable): Go › Mark Thread Read, Mark Post Read/Unread (M).
class ReadMarkActions : public QObject
{
    Q_OBJECT
public:
    ReadMarkActions(const ReaderServices &services, ThreadView *tree, SelectionController *selection,
        QUndoStack *undo, QObject *parent);

    // Adds the actions to the menu and returns them (for window-wide shortcuts).
    QList<QAction *> addActions(QMenu *go);
    // Marks the tree's current post; the reader's word wins over the read delay.
    void markCurrentPost(bool read);

private:
    ReaderServices m_services;
    ThreadView *m_tree;
    SelectionController *m_selection;
    QUndoStack *m_undo;
};

} // namespace Threadkeeper
