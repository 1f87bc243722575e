// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostbudgets.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

namespace Threadkeeper {

HostBudgets::HostBudgets(QNetworkAccessManager *manager)
    : QObject(manager)
{
    setObjectName(QStringLiteral("hostBudgets"));
}

HostBudgets *HostBudgets::of(QNetworkAccessManager *manager)
{
    if (auto *existing
        = manager->findChild<HostBudgets *>(QStringLiteral("hostBudgets"), Qt::FindDirectChildrenOnly))
        return existing;
    return new HostBudgets(manager);
}

QString HostBudgets::keyOf(const QUrl &url)
{
    return url.host().toLower() + QLatin1Char(':')
        + QString::number(url.port(url.scheme() == QLatin1String("http") ? 80 : 443));
}

void HostBudgets::setBudget(const QUrl &url, const RateBudget &budget)
{
    Host &h = m_hosts[keyOf(url)];
    h.budget = budget;
    while (h.starts.size() > std::max(0, budget.requests))
        h.starts.dequeue();
}

RateBudget HostBudgets::budget(const QUrl &url) const
{
    return m_hosts.value(keyOf(url)).budget;
}

qint64 HostBudgets::waitMs(const QUrl &url, qint64 nowMs) const
{
    const auto it = m_hosts.constFind(keyOf(url));
    if (it == m_hosts.cend())
        return 0;
    qint64 wait = std::max<qint64>(0, it->exhaustedUntil - nowMs);
    const RateBudget &b = it->budget;
    // A full window: the next start is when its oldest leaves it.
    if (b.isValid() && it->starts.size() >= b.requests)
        wait = std::max(wait, it->starts.head() + qint64(b.seconds) * 1000 - nowMs);
    return std::max<qint64>(0, wait);
}

void HostBudgets::noteStart(const QUrl &url, qint64 nowMs)
{
    const auto it = m_hosts.find(keyOf(url));
    if (it == m_hosts.end() || !it->budget.isValid())
        return;
    const qint64 windowStart = nowMs - qint64(it->budget.seconds) * 1000;
    while (!it->starts.isEmpty()
        && (it->starts.head() <= windowStart || it->starts.size() >= it->budget.requests))
        it->starts.dequeue();
    it->starts.enqueue(nowMs);
}

qint64 HostBudgets::resetMoment(const QByteArray &reset, qint64 nowMs)
{
    const QByteArray value = reset.trimmed();
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (ok && number >= 0) {
        // Seconds from now (Reddit, the IETF draft) or, past a billion, a moment in epoch
        // seconds (Bluesky).
        return number >= 1e9 ? qint64(number * 1000) : nowMs + qint64(number * 1000);
    }
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::ISODateWithMs); // Mastodon
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

void HostBudgets::noteRemaining(
    const QUrl &url, const QByteArray &remaining, const QByteArray &reset, qint64 nowMs)
{
    bool ok = false;
    const double left = remaining.trimmed().toDouble(&ok);
    if (!ok)
        return;
    Host &h = m_hosts[keyOf(url)];
    if (left >= 1) {
        h.exhaustedUntil = 0;
        return;
    }
    // None left: wait for the reset, or a while if the site did not say when.
    const qint64 moment = resetMoment(reset, nowMs);
    h.exhaustedUntil = std::clamp(moment > 0 ? moment : nowMs + 60 * 1000, nowMs, nowMs + MaxResetWaitMs);
}

void HostBudgets::noteAnswer(const QUrl &url, const QNetworkReply *reply, qint64 nowMs)
{
    for (const char *prefix : {"X-RateLimit-", "RateLimit-"}) {
        const QByteArray remaining = reply->rawHeader(QByteArray(prefix) + "Remaining");
        if (!remaining.isEmpty()) {
            noteRemaining(url, remaining, reply->rawHeader(QByteArray(prefix) + "Reset"), nowMs);
            return;
        }
    }
}

} // namespace Threadkeeper
