// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/recentthreadsmenu.h"

#include "services/threadsession.h"
#include "store/cachestore.h"

#include <QMenu>
#include <QUrl>

namespace Threadkeeper {

RecentThreadsMenu::RecentThreadsMenu(QMenu *menu, const ReaderServices &services, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_services(services)
{
    m_menu->setObjectName(QStringLiteral("recentThreadsMenu"));
    connect(m_menu, &QMenu::aboutToShow, this, &RecentThreadsMenu::list);
    connect(m_services.store, &CacheStore::threadsListed, this, &RecentThreadsMenu::fill);
}

void RecentThreadsMenu::list()
{
    // Counted as the open thread counts: what the rules hide is never unread.
    m_services.store->listThreads(hiddenBy(m_services.session->scorer()));
}

void RecentThreadsMenu::fill(const QList<ThreadSummary> &threads)
{
    constexpr int MaxShown = 20;
    m_menu->clear();
    for (const ThreadSummary &t : threads.mid(0, MaxShown)) {
        const QString title = t.info.title.isEmpty() ? t.info.url : t.info.title;
        const QString unread = t.unread > 0 ? tr("%n unread", nullptr, t.unread) : tr("all read");
        QAction *open = m_menu->addAction(QStringLiteral("%1 — %2").arg(title, unread));
        open->setToolTip(t.info.url);
        connect(
            open, &QAction::triggered, this, [this, url = t.info.url] { Q_EMIT threadRequested(QUrl(url)); });
    }
    if (threads.isEmpty())
        m_menu->addAction(tr("No cached threads yet"))->setEnabled(false);
}

} // namespace Threadkeeper
