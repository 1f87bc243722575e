// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/readerservices.h"

#include <QObject>

class QMenu;
class QUrl;

namespace Threadkeeper {

struct ThreadSummary;

// File › Recent Threads: the cached threads with their unread counts, most recently
// fetched first, asked of the cache as the menu opens.
class RecentThreadsMenu : public QObject
{
    Q_OBJECT
public:
    // Fills the given (empty) menu.
    RecentThreadsMenu(QMenu *menu, const ReaderServices &services, QObject *parent);

    QMenu *menu() const { return m_menu; }
    // Asks the cache for the list, so that the menu is ready when it opens.
    void list();

Q_SIGNALS:
    void threadRequested(const QUrl &url);

private:
    void fill(const QList<ThreadSummary> &threads);

    QMenu *m_menu;
    ReaderServices m_services;
};

} // namespace Threadkeeper
