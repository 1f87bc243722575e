// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KAboutData>

namespace Threadkeeper {

// Crashes in the field leave a report: KDE's crash handler (KCrash) hands a crash to DrKonqi
// where it is installed (a backtrace, this version, the address to report it to), or to the
// system's core dump handler where not.
namespace CrashReports {

// Who the window is, for KDE: the version of this build, the names and desktop file the
// application already uses, the homepage and where to report a bug.
KAboutData aboutData();

// A run nobody watches (a screenshot, a benchmark, an offscreen or minimal platform): no
// DrKonqi window may wait there for a reader, a crash just ends the process.
bool isUnattended(bool scripted, const QString &platformName);

// Makes aboutData() the application's and installs KCrash, unless the run is unattended
// (then a crash is left to the system as if KCrash were not there). After the QApplication
// is made; it keeps the application's names as they were.
void install(bool unattended);

} // namespace CrashReports

} // namespace Threadkeeper
