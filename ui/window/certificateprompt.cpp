// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/certificateprompt.h"

#include "net/certificatetrust.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Threadkeeper {

namespace {
// The prompt's words, under one translation context (lupdate reads the qualified calls).
struct CertificatePrompt
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePrompt)
};
} // namespace

void askToTrustCertificate(QWidget *parent, CertificateTrust *trust, const QString &site,
    const QSslCertificate &certificate, std::function<void()> trusted)
{
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("trustCertificate"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(CertificatePrompt::tr("Untrusted Certificate"));
    box->setText(
        CertificatePrompt::tr("<p><b>%1</b> showed a certificate that no authority vouches for.</p>"
                              "<p>Trust it only if you know this forum uses its own certificate, ideally "
                              "after comparing the fingerprint with one the site's owners published. "
                              "Threadkeeper will accept exactly this certificate for %1, and ask again "
                              "if it ever changes.</p>")
            .arg(site.toHtmlEscaped()));
    const auto names = [](const QStringList &list) { return list.join(QLatin1String(", ")); };
    const QLocale locale;
    box->setInformativeText(
        CertificatePrompt::tr("Issued to: %1\nIssued by: %2\nValid: %3 to %4\nSHA-256: %5")
            .arg(names(certificate.subjectInfo(QSslCertificate::CommonName)),
                names(certificate.issuerInfo(QSslCertificate::CommonName)),
                locale.toString(certificate.effectiveDate().date(), QLocale::ShortFormat),
                locale.toString(certificate.expiryDate().date(), QLocale::ShortFormat),
                CertificateTrust::fingerprint(certificate)));
    QPushButton *accept
        = box->addButton(CertificatePrompt::tr("Trust for %1").arg(site), QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("trust"));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, trust, site, certificate, trusted] {
        if (box->clickedButton() != accept)
            return;
        trust->trust(site, certificate);
        if (trusted)
            trusted();
    });
    box->open();
}

} // namespace Threadkeeper
