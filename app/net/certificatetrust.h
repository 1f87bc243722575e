// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QNetworkAccessManager;
class QSslCertificate;
class QUrl;

namespace Threadkeeper {

// Certificates the reader chose to trust, one site at a time, by their SHA-256
// fingerprint: a self-signed forum is refused until the reader accepts exactly the
// certificate it showed, and a different certificate later is refused again.
// Kept in QSettings, so the window and the command line share them.
class CertificateTrust : public QObject
{
    Q_OBJECT
public:
    // settingsFile: an INI file (tests); empty for the application's settings.
    explicit CertificateTrust(const QString &settingsFile = {}, QObject *parent = nullptr);

    // "host" or "host:port" for a port other than 443.
    static QString siteOf(const QUrl &url);
    // Upper-case hex pairs joined by colons, as browsers show it.
    static QString fingerprint(const QSslCertificate &certificate);

    bool isTrusted(const QString &site, const QSslCertificate &certificate) const;
    void trust(const QString &site, const QSslCertificate &certificate);
    void forget(const QString &site);
    QStringList sites() const { return m_trusted.keys(); }

    // Lets a reply whose only fault is a certificate the reader trusts for its site go on.
    void attach(QNetworkAccessManager *manager);

Q_SIGNALS:
    void changed();

private:
    void save() const;

    QString m_settingsFile;
    QHash<QString, QSet<QByteArray>> m_trusted; // site → SHA-256 digests
};

} // namespace Threadkeeper
