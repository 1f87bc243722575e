// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

class QSystemTrayIcon;

namespace Threadkeeper {

// A desktop notification: the window's way to tell of news while the reader looks
// elsewhere. An interface, so tests count what would be shown without a tray.
class Notifier
{
public:
    virtual ~Notifier() = default;
    virtual void notify(const QString &title, const QString &text) = 0;
};

// Through the system tray's messages (QSystemTrayIcon::showMessage), where the desktop
// has a tray; nothing where it has none (the status bar still says it).
class TrayNotifier final : public Notifier
{
public:
    TrayNotifier();
    ~TrayNotifier() override;
    void notify(const QString &title, const QString &text) override;

private:
    std::unique_ptr<QSystemTrayIcon> m_tray; // made on the first message
};

} // namespace Threadkeeper
