// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/helpmenu.h"

#include "settings/shortcutsheet.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace Threadkeeper {

HelpMenu::HelpMenu(QMainWindow *window, QMenu *menu)
    : QObject(window)
    , m_window(window)
{
    m_keys = menu->addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::showSheet);
    m_keys->setShortcut(QKeySequence(Qt::Key_F1));
    m_keys->setObjectName(QStringLiteral("shortcutSheetAction"));
    m_guide = menu->addAction(tr("&User Guide"), this, [] { QDesktopServices::openUrl(userGuideUrl()); });
    m_guide->setObjectName(QStringLiteral("userGuideAction"));
    m_guide->setToolTip(tr("Threadkeeper's README: what it does and how to use it"));
    m_demo = menu->addAction(tr("Open &Demo Thread"));
    m_demo->setObjectName(QStringLiteral("demoThreadAction"));
    menu->addSeparator();
    m_about = menu->addAction(tr("&About Threadkeeper"), this, &HelpMenu::showAbout);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setMenuRole(QAction::AboutRole);
}

void HelpMenu::showSheet()
{
    auto *sheet = new ShortcutsDialog(m_window, m_window, m_shortcuts);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->open();
}

QUrl HelpMenu::userGuideUrl()
{
    const QString relative = QStringLiteral("doc/threadkeeper/README.md");
    QString path = QStandardPaths::locate(QStandardPaths::GenericDataLocation, relative);
    if (path.isEmpty()) {
        // Installed under a prefix the data folders do not name (/opt, ~/.local without XDG).
        const QString besideBinary
            = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/") + relative);
        if (QFileInfo::exists(besideBinary))
            path = QFileInfo(besideBinary).canonicalFilePath();
    }
    if (!path.isEmpty())
        return QUrl::fromLocalFile(path);
    return QUrl(QStringLiteral("https://github.com/threadkeeper/threadkeeper#use"));
}

void HelpMenu::showAbout()
{
    // Opened, not exec()'d: no nested event loop.
    auto *box = new QMessageBox(m_window);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Threadkeeper"));
    box->setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Threadkeeper %1</h3>"
                    "<p>A calm desktop reader for long forum threads.</p>"
                    "<p>Licence: GNU General Public License, version 3 or later (%2).<br>"
                    "Built with Qt %3 and KDE Frameworks Syntax Highlighting.</p>")
                     .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), licenceName(),
                         QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace Threadkeeper
