// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QString>

#include <functional>

class QWidget;

namespace Threadkeeper {

class CertificateTrust;

// Asks, without blocking the window, whether to trust the certificate a site showed,
// with what it says about itself and its fingerprint to compare out of band. On yes the
// certificate is trusted for that site (and remembered), then `trusted` runs.
void askToTrustCertificate(QWidget *parent, CertificateTrust *trust, const QString &site,
    const QSslCertificate &certificate, std::function<void()> trusted);

} // namespace Threadkeeper
