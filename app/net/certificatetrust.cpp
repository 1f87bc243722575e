// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatetrust.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <memory>

namespace Threadkeeper {

namespace {

const QLatin1String Group("trustedCertificates");

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    return file.isEmpty() ? std::make_unique<QSettings>()
                          : std::make_unique<QSettings>(file, QSettings::IniFormat);
}

QByteArray digestOf(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

} // namespace

CertificateTrust::CertificateTrust(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settingsFile(settingsFile)
{
    const auto settings = openSettings(m_settingsFile);
    const int n = settings->beginReadArray(Group);
    for (int i = 0; i < n; ++i) {
        settings->setArrayIndex(i);
        const QString site = settings->value(QStringLiteral("site")).toString();
        const QByteArray digest
            = QByteArray::fromHex(settings->value(QStringLiteral("sha256")).toByteArray());
        if (!site.isEmpty() && digest.size() == 32)
            m_trusted[site].insert(digest);
    }
    settings->endArray();
}

QString CertificateTrust::siteOf(const QUrl &url)
{
    const int port = url.port(443);
    return port == 443 ? url.host() : url.host() + QLatin1Char(':') + QString::number(port);
}

QString CertificateTrust::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(digestOf(certificate).toHex(':').toUpper());
}

bool CertificateTrust::isTrusted(const QString &site, const QSslCertificate &certificate) const
{
    return !certificate.isNull() && m_trusted.value(site).contains(digestOf(certificate));
}

void CertificateTrust::trust(const QString &site, const QSslCertificate &certificate)
{
    if (certificate.isNull() || isTrusted(site, certificate))
        return;
    m_trusted[site].insert(digestOf(certificate));
    save();
    Q_EMIT changed();
}

void CertificateTrust::forget(const QString &site)
{
    if (m_trusted.remove(site) == 0)
        return;
    save();
    Q_EMIT changed();
}

void CertificateTrust::save() const
{
    const auto settings = openSettings(m_settingsFile);
    settings->beginWriteArray(Group);
    int i = 0;
    for (auto it = m_trusted.cbegin(); it != m_trusted.cend(); ++it) {
        for (const QByteArray &digest : it.value()) {
            settings->setArrayIndex(i++);
            settings->setValue(QStringLiteral("site"), it.key());
            settings->setValue(QStringLiteral("sha256"), digest.toHex());
        }
    }
    settings->endArray();
}

void CertificateTrust::attach(QNetworkAccessManager *manager)
{
    connect(manager, &QNetworkAccessManager::sslErrors, this,
        [this](QNetworkReply *reply, const QList<QSslError> &errors) {
            // Pinned: whatever is wrong with it, this very certificate was accepted for
            // this site. Anything else is left to fail with its errors.
            const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
            if (isTrusted(siteOf(reply->url()), peer))
                reply->ignoreSslErrors(errors);
        });
}

} // namespace Threadkeeper
