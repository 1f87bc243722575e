// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecredentials.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

namespace Threadkeeper {

namespace {
const char *const Tried = "threadkeeperCredentialsTried";
} // namespace

SiteCredentials::SiteCredentials(QNetworkAccessManager *manager)
    : QObject(manager)
{
    setObjectName(QStringLiteral("siteCredentials"));
    connect(manager, &QNetworkAccessManager::authenticationRequired, this, &SiteCredentials::answer);
}

SiteCredentials *SiteCredentials::of(QNetworkAccessManager *manager)
{
    if (auto *existing = manager->findChild<SiteCredentials *>(
            QStringLiteral("siteCredentials"), Qt::FindDirectChildrenOnly))
        return existing;
    return new SiteCredentials(manager);
}

QString SiteCredentials::siteOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() + QLatin1String("://") + url.host().toLower() + QLatin1Char(':')
        + QString::number(url.port(defaultPort));
}

QUrl SiteCredentials::take(const QUrl &url)
{
    if (url.userInfo().isEmpty())
        return url;
    m_bySite.insert(siteOf(url), {url.userName(), url.password()});
    return url.adjusted(QUrl::RemoveUserInfo);
}

void SiteCredentials::answer(QNetworkReply *reply, QAuthenticator *authenticator)
{
    const auto it = m_bySite.constFind(siteOf(reply->url()));
    // Refused once: asking again with the same words would only loop.
    if (it == m_bySite.cend() || reply->property(Tried).toBool())
        return;
    reply->setProperty(Tried, true);
    authenticator->setUser(it->first);
    authenticator->setPassword(it->second);
}

QString SiteCredentials::withoutCredentials(const QString &text)
{
    // scheme://user[:password]@ → scheme://
    static const QRegularExpression userInfo(QStringLiteral("\\b([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]+@"));
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1"));
    return out;
}

} // namespace Threadkeeper
