// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Threadkeeper {

// A desktop notification: the window's way to tell of news while the reader looks
// elsewhere. An interface, so tests count what would be shown without a desktop.
class Notifier
{
public:
    virtual ~Notifier() = default;
    virtual void notify(const QString &title, const QString &text) = 0;
};

// Through KDE's notifications (KNotification): the desktop's notification server, shown
// as the reader set it up for Threadkeeper (System Settings › Notifications, from the
// installed threadkeeper.notifyrc). It needs no system tray; where no server runs, nothing
// shows (the status bar still says it). eventId names an event of the .notifyrc.
class DesktopNotifier final : public Notifier
{
public:
    explicit DesktopNotifier(const QString &eventId);
    void notify(const QString &title, const QString &text) override;

private:
    QString m_eventId;
};

} // namespace Threadkeeper
