// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Crashes in the field leave a report: the about data KDE's crash handler hands on names
// this build, and a crash reaches DrKonqi with it (a stand-in DrKonqi here, found through
// LIBEXEC_PATH as KCrash looks for it), while an unattended run just ends, with no handler.
#include "window/crashreports.h"

#include <KCrash>

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Threadkeeper;

namespace {

// Set in the child process: install() as the window does, then crash.
constexpr char childVariable[] = "TST_CRASHREPORTS_CHILD";

[[noreturn]] void crashingChild(int argc, char **argv, bool unattended)
{
    QApplication app(argc, argv);
    const rlimit noCore {0, 0}; // the test's crash is no core dump for the host
    setrlimit(RLIMIT_CORE, &noCore);
    // Only KCrash's handler, if any (under ASan, ASan has one of its own first).
    std::signal(SIGSEGV, SIG_DFL);
    CrashReports::install(unattended);
    std::raise(SIGSEGV);
    std::_Exit(0); // not reached when the signal ends the process
}

} // namespace

class TestCrashReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aboutData_data();
    void aboutData();
    void keepsTheApplicationsNames();
    void unattended_data();
    void unattended();
    void crashReachesTheHandler_data();
    void crashReachesTheHandler();
};

void TestCrashReports::aboutData_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    const KAboutData about = CrashReports::aboutData();
    // KCrash passes the internal (Latin-1) copies: --appversion, --programname, --bugaddress.
    QTest::newRow("version") << about.version() << QStringLiteral(THREADKEEPER_VERSION);
    QTest::newRow("version, as KCrash passes it")
        << QString::fromUtf8(about.internalVersion()) << QStringLiteral(THREADKEEPER_VERSION);
    QTest::newRow("program name, as KCrash passes it")
        << QString::fromUtf8(about.internalProgramName()) << QStringLiteral("Threadkeeper");
    QTest::newRow("bug address, as KCrash passes it") << QString::fromUtf8(
        about.internalBugAddress()) << QStringLiteral("https://github.com/threadkeeper/threadkeeper/issues");
    QTest::newRow("component") << about.componentName() << QStringLiteral("threadkeeper");
    QTest::newRow("display name") << about.displayName() << QStringLiteral("Threadkeeper");
    QTest::newRow("desktop file") << about.desktopFileName()
                                  << QStringLiteral("org.threadkeeper.Threadkeeper");
    QTest::newRow("homepage") << about.homepage()
                              << QStringLiteral("https://github.com/threadkeeper/threadkeeper");
    QTest::newRow("licence") << about.licenses().constFirst().spdx()
                             << QStringLiteral("GPL-3.0+"); // KCoreAddons' spelling
}

void TestCrashReports::aboutData()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(field, expected);
}

void TestCrashReports::keepsTheApplicationsNames()
{
    // The settings and the cache live under these: the about data must not move them.
    QCoreApplication::setOrganizationName(QStringLiteral("Threadkeeper"));
    QCoreApplication::setApplicationName(QStringLiteral("threadkeeper"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.threadkeeper.Threadkeeper"));
    CrashReports::install(true);
    QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("Threadkeeper"));
    QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("threadkeeper"));
    QCOMPARE(QCoreApplication::applicationVersion(), QStringLiteral(THREADKEEPER_VERSION));
    QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("org.threadkeeper.Threadkeeper"));
    QCOMPARE(KAboutData::applicationData().version(), QStringLiteral(THREADKEEPER_VERSION));
    // Unattended (this test is offscreen): no handler of KCrash's.
    QVERIFY(!KCrash::crashHandler());
    QVERIFY(!KCrash::isDrKonqiEnabled());
}

void TestCrashReports::unattended_data()
{
    QTest::addColumn<bool>("scripted"); // --screenshot, --report-ready
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("unattended");
    QTest::newRow("a window on X11") << false << "xcb" << false;
    QTest::newRow("a window on Wayland") << false << "wayland" << false;
    QTest::newRow("a screenshot on X11 (Xvfb)") << true << "xcb" << true;
    QTest::newRow("offscreen (the tests)") << false << "offscreen" << true;
    QTest::newRow("minimal") << false << "minimal" << true;
}

void TestCrashReports::unattended()
{
    QFETCH(bool, scripted);
    QFETCH(QString, platform);
    QFETCH(bool, unattended);
    QCOMPARE(CrashReports::isUnattended(scripted, platform), unattended);
}

void TestCrashReports::crashReachesTheHandler_data()
{
    QTest::addColumn<bool>("unattended");
    QTest::newRow("attended: DrKonqi gets the report") << false;
    QTest::newRow("unattended: the process just ends") << true;
}

void TestCrashReports::crashReachesTheHandler()
{
    QFETCH(bool, unattended);
    QTemporaryDir dir;
    // The stand-in DrKonqi writes down its arguments, one a line.
    const QString report = dir.filePath(QStringLiteral("report.txt"));
    QFile drkonqi(dir.filePath(QStringLiteral("drkonqi")));
    QVERIFY(drkonqi.open(QIODevice::WriteOnly));
    drkonqi.write("#!/bin/sh\nprintf '%s\\n' \"$@\" >\"$TST_CRASHREPORTS_REPORT\"\n");
    drkonqi.close();
    QVERIFY(drkonqi.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(childVariable),
        unattended ? QStringLiteral("unattended") : QStringLiteral("attended"));
    env.insert(QStringLiteral("TST_CRASHREPORTS_REPORT"), report);
    env.insert(QStringLiteral("LIBEXEC_PATH"), dir.path());
    // DrKonqi even where the kernel pipes core dumps to a handler (KCrash would leave it that).
    env.insert(QStringLiteral("KCRASH_JIT_DRKONQI"), QStringLiteral("1"));
    env.remove(QStringLiteral("KDE_DEBUG"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    const qint64 pid = child.processId();
    // KCrash gives DrKonqi all the time it needs; a stand-in that returns ends it at once.
    QVERIFY2(child.waitForFinished(20000), "the crashed process did not end");
    const QString err = QString::fromUtf8(child.readAllStandardError());
    if (unattended) {
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(!QFile::exists(report), qPrintable(err));
        QVERIFY2(!err.contains(QLatin1String("KCrash")), qPrintable(err));
        return;
    }
    QVERIFY2(QFile::exists(report), qPrintable(err));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList args = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const auto valueOf = [&args](const char *option) {
        const qsizetype at = args.indexOf(QString::fromLatin1(option));
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    QCOMPARE(valueOf("--appversion"), QStringLiteral(THREADKEEPER_VERSION));
    QCOMPARE(valueOf("--programname"), QStringLiteral("Threadkeeper"));
    QCOMPARE(valueOf("--bugaddress"), QStringLiteral("https://github.com/threadkeeper/threadkeeper/issues"));
    QCOMPARE(valueOf("--signal"), QString::number(SIGSEGV));
    QCOMPARE(valueOf("--pid"), QString::number(pid));
}

int main(int argc, char **argv)
{
    if (const QByteArray child = qgetenv(childVariable); !child.isEmpty())
        crashingChild(argc, argv, child == "unattended");
    QApplication app(argc, argv);
    TestCrashReports test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashreports.moc"
