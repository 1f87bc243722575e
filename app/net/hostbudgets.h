// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QQueue>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Threadkeeper {

// The request budgets of the sites that state one (Reddit 100 a minute, Mastodon 300 in
// five minutes), kept per host for every fetcher of one network manager, so that a load,
// a refresh and a subscription check share it. Two limits hold: the budget the engine
// states (a sliding window of the starts it allows), and what the site's own headers say
// is left (X-RateLimit-Remaining / RateLimit-Remaining with their Reset): none left holds
// every request to the host until the reset.
class HostBudgets : public QObject
{
    Q_OBJECT
public:
    // The manager's own, made on first use (a child of the manager).
    static HostBudgets *of(QNetworkAccessManager *manager);

    void setBudget(const QUrl &url, const RateBudget &budget);
    RateBudget budget(const QUrl &url) const;
    // How long until a request to host may start (0: now).
    qint64 waitMs(const QUrl &url, qint64 nowMs) const;
    void noteStart(const QUrl &url, qint64 nowMs);
    // The site's own count, from an answer's headers.
    void noteAnswer(const QUrl &url, const QNetworkReply *reply, qint64 nowMs);
    // The same from header values (tests, and answers read elsewhere): remaining as the
    // site writes it ("996.0"), reset as seconds from now, epoch seconds or an ISO time.
    void noteRemaining(const QUrl &url, const QByteArray &remaining, const QByteArray &reset, qint64 nowMs);

    // A reset value as the moment it names, in ms since the epoch; 0 when unreadable.
    static qint64 resetMoment(const QByteArray &reset, qint64 nowMs);
    // The longest a host's own reset is waited for: a site that names a later one is
    // asked again then anyway (its count may be another client's).
    static constexpr qint64 MaxResetWaitMs = 10 * 60 * 1000;

    // Budgets are per host and port: "reddit.com:443".
    static QString keyOf(const QUrl &url);

private:
    explicit HostBudgets(QNetworkAccessManager *manager);

    struct Host
    {
        RateBudget budget;
        QQueue<qint64> starts; // within the window, oldest first; at most budget.requests
        qint64 exhaustedUntil = 0; // the site said none are left until then
    };
    QHash<QString, Host> m_hosts;
};

} // namespace Threadkeeper
