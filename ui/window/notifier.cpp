// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/notifier.h"

#include <KNotification>

#include <QApplication>
#include <QWidget>

namespace Threadkeeper {

DesktopNotifier::DesktopNotifier(const QString &eventId)
    : m_eventId(eventId)
{ }

void DesktopNotifier::notify(const QString &title, const QString &text)
{
    // Deletes itself once closed.
    auto *notification = new KNotification(m_eventId, KNotification::CloseOnTimeout);
    // The name the .notifyrc is installed under, whatever the application calls itself.
    notification->setComponentName(QStringLiteral("threadkeeper"));
    notification->setTitle(title);
    notification->setText(text);
    notification->setIconName(QStringLiteral("org.threadkeeper.Threadkeeper"));
    // Clicking it brings the window forward.
    KNotificationAction *show
        = notification->addDefaultAction(QApplication::translate("DesktopNotifier", "Show"));
    QObject::connect(show, &KNotificationAction::activated, notification, [] {
        if (QWidget *window = QApplication::activeWindow() ? QApplication::activeWindow()
                                                           : QApplication::topLevelWidgets().value(0)) {
            window->show();
            window->raise();
            window->activateWindow();
        }
    });
    notification->sendEvent();
}

} // namespace Threadkeeper
