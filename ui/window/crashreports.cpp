// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/crashreports.h"

#include <KCrash>

#include <QCoreApplication>

namespace Threadkeeper::CrashReports {

KAboutData aboutData()
{
    KAboutData about(QStringLiteral("threadkeeper"), QStringLiteral("Threadkeeper"),
        QStringLiteral(THREADKEEPER_VERSION),
        QCoreApplication::translate("CrashReports", "A calm desktop reader for long forum threads."),
        KAboutLicense::Unknown, QStringLiteral("\u00A9 2026 Threadkeeper authors"), QString(),
        QStringLiteral("https://github.com/threadkeeper/threadkeeper"),
        QStringLiteral("https://github.com/threadkeeper/threadkeeper/issues"));
    about.setLicense(KAboutLicense::GPL_V3, KAboutLicense::OrLaterVersions);
    // Else derived from the homepage (github.com): the names the application already has.
    about.setOrganizationDomain(QByteArrayLiteral("threadkeeper.org"));
    about.setDesktopFileName(QStringLiteral("org.threadkeeper.Threadkeeper"));
    return about;
}

bool isUnattended(bool scripted, const QString &platformName)
{
    return scripted || platformName == QLatin1String("offscreen") || platformName == QLatin1String("minimal");
}

void install(bool unattended)
{
    // setApplicationData() sets the application's name, version and domain from the about
    // data; the organisation name (the settings' and cache's folder) it leaves alone.
    KAboutData::setApplicationData(aboutData());
    if (unattended) {
        // Disabled before initialize(), KCrash installs no handler at all.
        KCrash::setDrKonqiEnabled(false);
        return;
    }
    KCrash::initialize();
}

} // namespace Threadkeeper::CrashReports
