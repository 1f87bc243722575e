// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>

class QAction;
class QMainWindow;
class QMenu;

namespace Threadkeeper {

class ShortcutSettings;

// The Help menu: the keyboard shortcut sheet (F1, where keys can be changed), the user
// guide (the README as installed, read offline), the demo thread and About.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    HelpMenu(QMainWindow *window, QMenu *menu);

    // The sheet edits keys through these once they are given (the actions must exist first).
    void setShortcutSettings(ShortcutSettings *settings) { m_shortcuts = settings; }
    QAction *keysAction() const { return m_keys; }
    QAction *guideAction() const { return m_guide; }
    QAction *aboutAction() const { return m_about; }
    // Triggered by Help › Open Demo Thread; the window opens it.
    QAction *demoAction() const { return m_demo; }

    // The user guide: the README installed with the app (share/doc/threadkeeper), found
    // through the data folders or beside the binary; else the project's page on the web.
    static QUrl userGuideUrl();
    static QString licenceName() { return QStringLiteral("GPL-3.0-or-later"); }

private:
    void showSheet();
    void showAbout();

    QMainWindow *m_window;
    ShortcutSettings *m_shortcuts = nullptr;
    QAction *m_keys;
    QAction *m_guide;
    QAction *m_demo;
    QAction *m_about;
};

} // namespace Threadkeeper
