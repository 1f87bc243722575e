// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/readerservices.h"

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace Threadkeeper {

class Notifier;
class StatusMessages;
struct RefreshOutcome;

// Refreshing from the window: Refresh Thread (F5) asks the open thread's forum for what
// is new, Refresh Watched Threads (Shift+F5) every watched thread; the scheduler's
// progress and news go to the status bar, and news to a desktop notification
// (followed posters by name).
class RefreshActions : public QObject
{
    Q_OBJECT
public:
    RefreshActions(const ReaderServices &services, StatusMessages *messages, QObject *parent = nullptr);
    ~RefreshActions() override;

    // Adds the actions to the menu and returns them (for window-wide shortcuts).
    QList<QAction *> addActions(QMenu *menu);
    void refreshOpenThread();
    void refreshWatched();
    // Stops a refresh under way (Esc).
    void cancel();
    // Replaces the desktop notifier (not owned; null: the desktop's again).
    void setNotifier(Notifier *notifier);

private:
    void onRefreshed(const RefreshOutcome &outcome);
    void onProgress(int done, int total, const QString &title);
    void onFinished(int threads, int newPosts);

    ReaderServices m_services;
    StatusMessages *m_messages;
    std::unique_ptr<Notifier> m_desktop; // the desktop's notifications
    Notifier *m_notifier;
    int m_runTotal = 0; // threads in the run under way, as last reported
    // The reader asked (F5, Shift+F5): "nothing new" is worth saying then, not after
    // every check in the background.
    bool m_asked = false;
};

} // namespace Threadkeeper
