// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/refreshactions.h"

#include "window/notifier.h"
#include "window/statusmessages.h"

#include "services/refreshannouncement.h"
#include "services/rulebook.h"
#include "services/threadsession.h"
#include "services/watchscheduler.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QUrl>

namespace Threadkeeper {

RefreshActions::RefreshActions(const ReaderServices &services, StatusMessages *messages, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_messages(messages)
    , m_desktop(std::make_unique<DesktopNotifier>(QStringLiteral("newPosts")))
    , m_notifier(m_desktop.get())
{
    WatchScheduler *watch = services.watch;
    connect(watch, &WatchScheduler::refreshed, this, &RefreshActions::onRefreshed);
    connect(watch, &WatchScheduler::progressChanged, this, &RefreshActions::onProgress);
    connect(watch, &WatchScheduler::finished, this, &RefreshActions::onFinished);
    connect(watch, &WatchScheduler::deferred, this, [this](const QString &url, const QDateTime &until) {
        m_messages->show(StatusMessages::Cause::Refresh,
            tr("Not checked: %1 asked not to be asked again before %2")
                .arg(QUrl(url).host(), QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat)));
    });
}

RefreshActions::~RefreshActions() = default;

void RefreshActions::setNotifier(Notifier *notifier)
{
    m_notifier = notifier ? notifier : m_desktop.get();
}

QList<QAction *> RefreshActions::addActions(QMenu *menu)
{
    QAction *thread = menu->addAction(tr("&Refresh Thread"), this, &RefreshActions::refreshOpenThread);
    // F5 as browsers have it, R as newsreaders do.
    thread->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_R)});
    thread->setObjectName(QStringLiteral("refreshThreadAction"));
    thread->setToolTip(tr("Ask the forum for new posts in this thread (only what can have changed)"));
    QAction *watched = menu->addAction(tr("Refresh &Watched Threads"), this, &RefreshActions::refreshWatched);
    watched->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    watched->setObjectName(QStringLiteral("refreshWatchedAction"));
    return {thread, watched};
}

void RefreshActions::refreshOpenThread()
{
    const ThreadInfo info = m_services.session->info();
    if (info.url.isEmpty())
        return;
    QString why;
    if (!m_services.watch->refreshThread(info.url, &why)) {
        m_messages->show(StatusMessages::Cause::Refresh, tr("Cannot refresh now: %1").arg(why));
        return;
    }
    m_asked = true;
    m_messages->show(StatusMessages::Cause::Refresh,
        tr("Checking %1 for new posts…").arg(info.title.isEmpty() ? info.url : info.title));
}

void RefreshActions::refreshWatched()
{
    m_messages->show(StatusMessages::Cause::Refresh, tr("Checking the watched threads…"));
    m_asked = true;
    m_services.watch->refreshWatched();
}

void RefreshActions::cancel()
{
    if (m_services.watch->isRunning())
        m_services.watch->cancel();
}

void RefreshActions::onProgress(int done, int total, const QString &title)
{
    m_runTotal = total;
    if (total > 1 && done < total)
        m_messages->show(StatusMessages::Cause::Refresh,
            tr("Checking watched threads: %1 of %2 (%3)…").arg(done + 1).arg(total).arg(title));
}

void RefreshActions::onRefreshed(const RefreshOutcome &outcome)
{
    const QString title = outcome.title.isEmpty() ? outcome.url : outcome.title;
    if (outcome.cancelled) {
        m_messages->show(StatusMessages::Cause::Refresh, tr("Refresh stopped"));
        return;
    }
    if (outcome.newPosts > 0) {
        const QString news = newPostsMessage(
            outcome, followedForAnnouncements(m_services.rules->rules(), QDateTime::currentDateTimeUtc()));
        m_messages->show(StatusMessages::Cause::Refresh, news);
        m_notifier->notify(tr("Threadkeeper"), news);
    } else if (!outcome.error.isEmpty()) {
        m_messages->show(StatusMessages::Cause::Refresh, outcome.error);
    } else if (!outcome.failedParts.isEmpty()) {
        m_messages->show(StatusMessages::Cause::Refresh,
            tr("%1: part of the check failed (%2)").arg(title, outcome.failedParts.first()));
    } else if (m_asked && m_runTotal <= 1) {
        m_messages->show(StatusMessages::Cause::Refresh, tr("No new posts in %1").arg(title));
    }
}

void RefreshActions::onFinished(int threads, int newPosts)
{
    const bool asked = std::exchange(m_asked, false);
    if (threads > 1 && newPosts == 0 && asked)
        m_messages->show(
            StatusMessages::Cause::Refresh, tr("Checked %1 watched threads: no new posts").arg(threads));
    else if (threads > 1 && newPosts > 0)
        m_messages->show(StatusMessages::Cause::Refresh,
            newPosts == 1 ? tr("Checked %1 watched threads: 1 new post").arg(threads)
                          : tr("Checked %1 watched threads: %2 new posts").arg(threads).arg(newPosts));
    m_runTotal = 0;
}

} // namespace Threadkeeper
