// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary in a real X server (Xvfb): opens the demo thread, saves the window
// as a PNG (the README's screenshot comes from here), and the picture is checked.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoUnderXvfb();
};

void TestScreenshot::demoUnderXvfb()
{
    const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    if (xvfbRun.isEmpty())
        QSKIP("xvfb-run is not installed (packaging/dev installs it in the build root)");
    QTemporaryDir home;
    const QString shots = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    const QString file = shots + QStringLiteral("/main-window.png");
    QFile::remove(file);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the xcb plugin, a real window
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    // Select #13, whose quote of its parent starts collapsed.
    process.start(xvfbRun,
        {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1400x900x24"),
            QStringLiteral(THREADKEEPER_BINARY), QStringLiteral("--select"), QStringLiteral("880143"),
            QStringLiteral("--screenshot"), file});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    // Not a blank window: many distinct colours (text, selection, quote shading).
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
