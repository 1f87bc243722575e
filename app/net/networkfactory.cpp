// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networkfactory.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Threadkeeper {

QNetworkAccessManager *createNetworkManager(QObject *parent)
{
    auto *manager = new QNetworkAccessManager(parent);
    manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    manager->setStrictTransportSecurityEnabled(true);
    manager->setTransferTimeout(30000);
    return manager;
}

QByteArray userAgent()
{
    return QByteArrayLiteral("Threadkeeper/") + QCoreApplication::applicationVersion().toUtf8()
        + QByteArrayLiteral(" (desktop forum reader)");
}

QNetworkRequest makeRequest(const QUrl &url, int timeoutMs, const QByteArray &accept, const QByteArray &agent)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, agent.isEmpty() ? userAgent() : agent);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader(
        "Accept", accept.isEmpty() ? QByteArrayLiteral("text/html,application/xhtml+xml") : accept);
    return request;
}

} // namespace Threadkeeper
