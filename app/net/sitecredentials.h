// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPair>
#include <QUrl>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkReply;

namespace Threadkeeper {

// A user name and password typed into an address (http://user:pass@host/…) are taken out of
// it at once: the address without them is what is shown, cached, exported and logged. They
// are kept here, in memory for this run only, and answer the site's HTTP authentication
// challenge; a site that refuses them once is not asked again with them.
class SiteCredentials : public QObject
{
    Q_OBJECT
public:
    // The manager's own, made on first use (a child of the manager).
    static SiteCredentials *of(QNetworkAccessManager *manager);

    // Keeps url's user information for its site and returns url without it.
    QUrl take(const QUrl &url);
    bool knows(const QUrl &url) const { return m_bySite.contains(siteOf(url)); }

    // Text that may quote an address typed with a password: each such address's user
    // information taken out.
    static QString withoutCredentials(const QString &text);

private:
    explicit SiteCredentials(QNetworkAccessManager *manager);
    static QString siteOf(const QUrl &url);
    void answer(QNetworkReply *reply, QAuthenticator *authenticator);

    QHash<QString, QPair<QString, QString>> m_bySite; // scheme://host:port → user, password
};

} // namespace Threadkeeper
