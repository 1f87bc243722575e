// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Threadkeeper {

// The Authorization headers in force for this run, per API host (host and port), for
// every fetcher of one network manager. Whoever owns the reader's accounts sets them
// (SiteAccounts) and renews them when a site refuses one; the fetchers only send them,
// and only to the hosts they were set for. Nothing here is ever written anywhere.
class SiteAuthorization : public QObject
{
    Q_OBJECT
public:
    static SiteAuthorization *of(QNetworkAccessManager *manager);

    void setHeader(const QStringList &hosts, const QByteArray &header);
    void clear(const QStringList &hosts);
    QByteArray headerFor(const QUrl &url) const;

    // Asked when a host refused the header sent (401): get another (a token renewed),
    // then call done with an empty error, or with why there is none.
    using Done = std::function<void(const QString &error)>;
    using Renewer = std::function<void(const QUrl &url, Done done)>;
    void setRenewer(Renewer renewer) { m_renewer = std::move(renewer); }
    void renew(const QUrl &url, Done done) const;

    // host or host:port, as AccountNeed::apiHosts names them.
    static QString keyOf(const QUrl &url);

private:
    explicit SiteAuthorization(QNetworkAccessManager *manager);
    QHash<QString, QByteArray> m_byHost;
    Renewer m_renewer;
};

} // namespace Threadkeeper
