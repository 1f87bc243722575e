// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteauthorization.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace Threadkeeper {

SiteAuthorization::SiteAuthorization(QNetworkAccessManager *manager)
    : QObject(manager)
{
    setObjectName(QStringLiteral("siteAuthorization"));
}

SiteAuthorization *SiteAuthorization::of(QNetworkAccessManager *manager)
{
    if (auto *existing = manager->findChild<SiteAuthorization *>(
            QStringLiteral("siteAuthorization"), Qt::FindDirectChildrenOnly))
        return existing;
    return new SiteAuthorization(manager);
}

QString SiteAuthorization::keyOf(const QUrl &url)
{
    const int standard = url.scheme() == QLatin1String("http") ? 80 : 443;
    const int port = url.port(standard);
    return port == standard ? url.host().toLower()
                            : url.host().toLower() + QLatin1Char(':') + QString::number(port);
}

void SiteAuthorization::setHeader(const QStringList &hosts, const QByteArray &header)
{
    for (const QString &host : hosts)
        m_byHost.insert(host.toLower(), header);
}

void SiteAuthorization::clear(const QStringList &hosts)
{
    for (const QString &host : hosts)
        m_byHost.remove(host.toLower());
}

QByteArray SiteAuthorization::headerFor(const QUrl &url) const
{
    // Never over plain HTTP to a site on the network: only loopback may (the tests' fakes).
    if (url.scheme() != QLatin1String("https")
        && !(url.scheme() == QLatin1String("http")
            && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost"))))
        return {};
    return m_byHost.value(keyOf(url));
}

void SiteAuthorization::renew(const QUrl &url, Done done) const
{
    if (!m_renewer) {
        done(QCoreApplication::translate("SiteAuthorization", "%1 refused the reader's authorization")
                 .arg(url.host()));
        return;
    }
    m_renewer(url, std::move(done));
}

} // namespace Threadkeeper
