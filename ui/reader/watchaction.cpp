// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/watchaction.h"

#include "services/watchlist.h"

namespace Threadkeeper {

WatchAction::WatchAction(WatchList *watch, QObject *parent)
    : QAction(tr("&Watch Thread"), parent)
    , m_watch(watch)
{
    setObjectName(QStringLiteral("watchAction"));
    setCheckable(true);
    setShortcut(Qt::Key_W);
    setToolTip(tr("Keep this thread in the library for good, and refresh it in the background"));
    setEnabled(false);
    connect(this, &QAction::triggered, this, [this](bool checked) {
        // Shown as the store has it until it confirms.
        m_watch->setWatched(m_url, checked);
        sync();
    });
    connect(watch, &WatchList::watchChanged, this, &WatchAction::sync);
    connect(watch, &WatchList::listed, this, &WatchAction::sync);
}

void WatchAction::setThreadUrl(const QString &url)
{
    m_url = url;
    sync();
}

void WatchAction::sync()
{
    setEnabled(!m_url.isEmpty());
    setChecked(m_watch->isWatched(m_url));
}

} // namespace Threadkeeper
