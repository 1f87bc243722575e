// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary's command line, where no window can help: a word that is no command
// and a start with no display end in a message and exit code 2, never in Qt's abort.
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refused_data();
    void refused();
};

void TestCommandLine::refused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("display"); // an offscreen platform is there
    QTest::addColumn<QString>("says");
    QTest::newRow("a mistyped command") << QStringList {QStringLiteral("feeds")} << true
                                        << "\u201Cfeeds\u201D is neither a command nor an address";
    QTest::newRow("a mistyped command, no display") << QStringList {QStringLiteral("expor"),
        QStringLiteral("--offline")} << false << "\u201Cexpor\u201D is neither a command nor an address";
    QTest::newRow("an address, no display")
        << QStringList {QStringLiteral("https://forum.example/threads/a.1/")} << false
        << "there is no display to open the window on";
    QTest::newRow("nothing, no display")
        << QStringList {} << false << "there is no display to open the window on";
}

void TestCommandLine::refused()
{
    QFETCH(QStringList, args);
    QFETCH(bool, display);
    QFETCH(QString, says);
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    if (display)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(THREADKEEPER_BINARY),
        args + QStringList {QStringLiteral("--cache"), home.filePath(QStringLiteral("cache.sqlite"))});
    QVERIFY(process.waitForFinished(20000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains(says), qPrintable(err));
    // What can be done instead: the commands that need no window.
    QVERIFY2(err.contains(QLatin1String("export, refresh, feed, subscriptions")), qPrintable(err));
    QVERIFY(!err.contains(QLatin1String("Aborted")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
