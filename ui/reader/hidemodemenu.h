// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/threadsession.h"

#include <QObject>

class QActionGroup;
class QMenu;

namespace Threadkeeper {

// View › Hidden Posts: what becomes of a post the rules hide, one mode checked.
class HideModeMenu : public QObject
{
    Q_OBJECT
public:
    // Fills the given (empty) menu.
    HideModeMenu(QMenu *menu, ThreadSession *session, QObject *parent);
    void setHideMode(HideMode mode);

private:
    ThreadSession *m_session;
    QActionGroup *m_modes;
};

} // namespace Threadkeeper
