// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>

namespace Threadkeeper {

class WatchList;

// Thread › Watch Thread (W): checked while the open thread is watched; toggling it
// watches the open thread or stops watching it. Disabled with no thread open.
class WatchAction : public QAction
{
    Q_OBJECT
public:
    WatchAction(WatchList *watch, QObject *parent);
    void setThreadUrl(const QString &url);

private:
    void sync();

    WatchList *m_watch;
    QString m_url;
};

} // namespace Threadkeeper
