// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/loadprogressbar.h"

namespace Threadkeeper {

LoadProgressBar::LoadProgressBar(QWidget *parent)
    : QProgressBar(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &LoadProgressBar::flush);
}

void LoadProgressBar::showProgress(int done, int total)
{
    m_done = done;
    m_total = std::max(1, total);
    if (!m_timer.isActive())
        m_timer.start();
}

void LoadProgressBar::flush()
{
    m_timer.stop();
    setUpdatesEnabled(false); // no repaint from within setValue: one update, painted later
    setRange(0, m_total);
    setValue(m_done);
    setUpdatesEnabled(true);
    update();
}

} // namespace Threadkeeper
