// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/readerservices.h"

#include <QObject>
#include <QUrl>

class QAction;
class QMenu;
class QWidget;

namespace Threadkeeper {

class ErrorBar;
class LoadStatus;
class RecentThreadsMenu;
class RefreshActions;
class StatusMessages;

// Opening threads, the File menu's part: Open Thread (asks for an address), Refresh,
// Reload Whole Thread, Stop Loading, Recent Threads and Work Offline; a URL no engine
// knows is an error in the error bar and changes nothing. The address of a forum section
// or a front page is handed on for subscribing (subscribeRequested).
class OpenThreadActions : public QObject
{
    Q_OBJECT
public:
    // The address dialog opens over window.
    OpenThreadActions(const ReaderServices &services, RefreshActions *refresh, LoadStatus *status,
        StatusMessages *messages, ErrorBar *errors, QWidget *window);

    // Fills the File menu's thread part; returns the actions with keys (for window-wide
    // shortcuts), the refresh ones in refresh.
    QList<QAction *> addActions(QMenu *file, QList<QAction *> *refresh);
    // typed, if given, is what the reader typed, quoted in errors.
    bool openThread(const QUrl &url, const QString &typed = {});
    bool openTypedThread(const QString &typed);
    // The thread open now (reloaded by Reload Whole Thread).
    void setThreadUrl(const QUrl &url) { m_url = url; }
    void setOffline(bool offline);
    bool isOffline() const;
    RecentThreadsMenu *recentThreads() const { return m_recent; }

Q_SIGNALS:
    // The address is a listing of threads, not a thread: the reader may subscribe to it.
    void subscribeRequested(const QUrl &url);

private:
    void askForThread();

    ReaderServices m_services;
    RefreshActions *m_refresh;
    LoadStatus *m_status;
    StatusMessages *m_messages;
    ErrorBar *m_errors;
    QWidget *m_window;
    QAction *m_offline = nullptr;
    RecentThreadsMenu *m_recent = nullptr;
    QUrl m_url;
};

} // namespace Threadkeeper
