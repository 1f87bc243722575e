// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/notifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace Threadkeeper {

TrayNotifier::TrayNotifier() = default;
TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::notify(const QString &title, const QString &text)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    if (!m_tray) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray = std::make_unique<QSystemTrayIcon>(icon);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        m_tray->show();
    }
    m_tray->showMessage(title, text, QSystemTrayIcon::Information);
}

} // namespace Threadkeeper
