// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QNetworkAccessManager;
class QNetworkRequest;
class QObject;
class QUrl;

namespace Threadkeeper {

// The one place network managers and requests are configured: redirects that never
// downgrade to http, HSTS, a transfer timeout on every request, our user agent.
QNetworkAccessManager *createNetworkManager(QObject *parent);
// accept: the Accept header; empty asks for HTML. agent: the User-Agent; empty sends ours.
QNetworkRequest makeRequest(
    const QUrl &url, int timeoutMs, const QByteArray &accept = {}, const QByteArray &agent = {});
QByteArray userAgent();

} // namespace Threadkeeper
