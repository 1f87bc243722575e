// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/readerservices.h"

#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QStatusBar;

namespace Threadkeeper {

class LibraryDock;
struct SyncReport;

// Sync from the window: File › Sync Now (Ctrl+Shift+D; off while a round runs or with
// nowhere to sync), a label in the status bar saying how the last round went (its
// tooltip the whole report; hidden while sync is off), and what a round brought shown at
// once: the open thread's read marks read again from the cache, the library listed again.
class SyncActions : public QObject
{
    Q_OBJECT
public:
    // Adds its label to the bar's permanent (right) side.
    SyncActions(const ReaderServices &services, LibraryDock *library, QStatusBar *bar, QObject *parent);

    // Adds Sync Now to the menu and returns it (for window-wide shortcuts).
    QAction *addAction(QMenu *file);
    QLabel *statusLabel() const { return m_label; }
    // The target may have changed (Settings › Sync): the action and label follow.
    void update();

private:
    void onFinished(const SyncReport &report);

    ReaderServices m_services;
    LibraryDock *m_library;
    QLabel *m_label;
    QAction *m_action = nullptr;
};

} // namespace Threadkeeper
