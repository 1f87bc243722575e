// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchscheduler.h"

#include "net/pagefetcher.h"
#include "services/threadrefresher.h"
#include "store/cachestore.h"

#include <QLocale>
#include <QSettings>
#include <QUrl>

namespace Threadkeeper {

namespace {
const QString IntervalKey = QStringLiteral("watch/intervalMinutes");

QString hostKeyOf(const QUrl &url)
{
    return url.scheme() + QLatin1String("://") + url.host() + QLatin1Char(':') + QString::number(url.port());
}
} // namespace

WatchScheduler::WatchScheduler(ThreadRefresher *refresher, CacheStore *store, QObject *parent)
    : QObject(parent)
    , m_refresher(refresher)
    , m_store(store)
{
    m_intervalMinutes
        = std::max(MinIntervalMinutes, QSettings().value(IntervalKey, DefaultIntervalMinutes).toInt());
    connect(&m_timer, &QTimer::timeout, this, &WatchScheduler::checkDue);
    connect(refresher, &ThreadRefresher::finished, this, &WatchScheduler::onRefreshed);
    connect(refresher->fetcher(), &PageFetcher::hostBusy, this, &WatchScheduler::onHostBusy);
    if (store)
        connect(store, &CacheStore::watchedListed, this, &WatchScheduler::onWatchedListed);
}

void WatchScheduler::start(int tickMs)
{
    m_timer.start(tickMs);
}

void WatchScheduler::stop()
{
    m_timer.stop();
}

void WatchScheduler::setIntervalMinutes(int minutes)
{
    m_intervalMinutes = std::max(MinIntervalMinutes, minutes);
    QSettings().setValue(IntervalKey, m_intervalMinutes);
}

void WatchScheduler::setOffline(bool offline)
{
    m_offline = offline;
    if (offline)
        cancel();
}

bool WatchScheduler::isRunning() const
{
    return (m_refresher && m_refresher->isBusy()) || !m_queue.isEmpty();
}

QDateTime WatchScheduler::busyUntil(const QString &url) const
{
    const QDateTime until = m_busyUntil.value(hostKeyOf(QUrl(url)));
    return until > QDateTime::currentDateTimeUtc() ? until : QDateTime();
}

void WatchScheduler::checkDue()
{
    if (m_offline || !m_store)
        return;
    ++m_listsAsked;
    m_store->listWatched();
}

void WatchScheduler::refreshWatched()
{
    if (m_offline || !m_store)
        return;
    m_all = true;
    ++m_listsAsked;
    m_store->listWatched();
}

void WatchScheduler::onWatchedListed(const QList<ThreadSummary> &threads)
{
    // The store answers every caller's listWatched(): only the lists asked for here count.
    if (m_listsAsked == 0)
        return;
    --m_listsAsked;
    const bool all = std::exchange(m_all, false);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ThreadSummary &t : threads) {
        // Least recently checked first, as the store lists them.
        QDateTime checked = t.lastChecked;
        if (const QDateTime here = m_checkedAt.value(t.info.url);
            here.isValid() && (!checked.isValid() || here > checked))
            checked = here;
        const bool due = !checked.isValid() || checked.addSecs(m_intervalMinutes * 60) <= now;
        if (!all && !due)
            continue;
        m_titles.insert(t.info.url, t.info.title);
        enqueue(t.info.url, false);
    }
    next();
}

bool WatchScheduler::refreshThread(const QString &url, QString *why)
{
    if (m_offline) {
        if (why)
            *why = tr("working offline");
        return false;
    }
    if (const QDateTime until = busyUntil(url); until.isValid()) {
        if (why)
            *why = tr("the site asked not to be asked again before %1")
                       .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat));
        return false;
    }
    enqueue(url, true);
    next();
    return true;
}

void WatchScheduler::enqueue(const QString &url, bool front)
{
    if (m_refresher && m_refresher->currentThread() == url)
        return;
    if (m_queue.removeAll(url) == 0)
        ++m_total; // new to this run
    if (front)
        m_queue.prepend(url);
    else
        m_queue.append(url);
}

void WatchScheduler::next()
{
    if (!m_refresher || m_refresher->isBusy())
        return;
    while (!m_queue.isEmpty()) {
        const QString url = m_queue.takeFirst();
        if (const QDateTime until = busyUntil(url); until.isValid()) {
            // Its site asked to wait: it stays due, and is checked after that.
            --m_total;
            Q_EMIT deferred(url, until);
            continue;
        }
        Q_EMIT progressChanged(m_done, m_total, m_titles.value(url, url));
        if (m_refresher->refresh(url))
            return;
        --m_total;
    }
    if (m_total > 0 || m_done > 0)
        Q_EMIT finished(m_done, m_newPosts);
    m_done = m_total = m_newPosts = 0;
    m_titles.clear();
}

void WatchScheduler::onRefreshed(const RefreshOutcome &outcome)
{
    ++m_done;
    m_newPosts += outcome.newPosts;
    if (!outcome.cancelled)
        m_checkedAt.insert(outcome.url, QDateTime::currentDateTimeUtc());
    Q_EMIT progressChanged(m_done, m_total, outcome.title);
    Q_EMIT refreshed(outcome);
    if (!outcome.cancelled)
        Q_EMIT threadRefreshed(outcome.url, outcome.newPosts);
    next();
}

void WatchScheduler::onHostBusy(const QUrl &url, int seconds)
{
    const QDateTime asked = QDateTime::currentDateTimeUtc().addSecs(std::max(1, seconds));
    QDateTime &until = m_busyUntil[hostKeyOf(url)];
    if (!until.isValid() || asked > until)
        until = asked;
}

void WatchScheduler::cancel()
{
    m_queue.clear();
    if (m_refresher && m_refresher->isBusy())
        m_refresher->cancel(); // finished() comes back through onRefreshed, then next()
    else
        next();
}

} // namespace Threadkeeper
