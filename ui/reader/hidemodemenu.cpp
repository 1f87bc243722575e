// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/hidemodemenu.h"
#include "services/preferences.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace Threadkeeper {

HideModeMenu::HideModeMenu(QMenu *menu, ThreadSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_modes(new QActionGroup(this))
{
    const QList<QPair<HideMode, QString>> modes {{HideMode::Placeholder, tr("Show a &Placeholder")},
        {HideMode::Remove, tr("&Remove (Replies Move Up)")}, {HideMode::Subtree, tr("Remove with &Replies")}};
    for (const auto &[mode, text] : modes) {
        QAction *a = menu->addAction(text, this, [this, mode] {
            setHideMode(mode);
            // Kept at once: sync carries it to the reader's other devices.
            ReadingPreferences reading = ReadingPreferences::load();
            reading.hideMode = mode;
            reading.save();
        });
        a->setCheckable(true);
        a->setData(int(mode));
        m_modes->addAction(a);
    }
}

void HideModeMenu::setHideMode(HideMode mode)
{
    for (QAction *a : m_modes->actions())
        a->setChecked(a->data().toInt() == int(mode));
    m_session->setHideMode(mode);
}

} // namespace Threadkeeper
