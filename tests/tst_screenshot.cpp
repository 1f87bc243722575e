// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary in a real X server (Xvfb): opens the demo thread, saves the window
// as a PNG (the README's screenshot comes from here), and the picture is checked.
#include <QColor>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>

class TestScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoUnderXvfb();
    void rulesUnderXvfb();
    void annotationsUnderXvfb();
    void readingUnderXvfb_data();
    void readingUnderXvfb();

private:
    // Runs the real binary in Xvfb on the demo; returns the saved window.
    QImage shoot(const QString &home, const QStringList &args, const QString &file, int scale = 1);
};

QImage TestScreenshot::shoot(const QString &home, const QStringList &args, const QString &file, int scale)
{
    QFile::remove(file);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the xcb plugin, a real window
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    if (scale != 1)
        env.insert(QStringLiteral("QT_SCALE_FACTOR"), QString::number(scale));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    const QString screen = QStringLiteral("-screen 0 %1x%2x24").arg(1400 * scale).arg(900 * scale);
    process.start(QStandardPaths::findExecutable(QStringLiteral("xvfb-run")),
        QStringList {QStringLiteral("-a"), QStringLiteral("-s"), screen, QStringLiteral(THREADKEEPER_BINARY)}
            + args + QStringList {QStringLiteral("--screenshot"), file});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QImage(file);
}

void TestScreenshot::rulesUnderXvfb()
{
    if (QStandardPaths::findExecutable(QStringLiteral("xvfb-run")).isEmpty())
        QSKIP("xvfb-run is not installed (packaging/dev installs it in the build root)");
    QTemporaryDir home;
    const QString cache = home.filePath(QStringLiteral("cache.sqlite"));
    // Rules made headless, applied in the window: Ærin hidden, Daven_R followed.
    for (const QStringList &rule :
        {QStringList {QStringLiteral("--poster"), QStringLiteral("Ærin"), QStringLiteral("--hide")},
            QStringList {
                QStringLiteral("--poster"), QStringLiteral("Daven_R"), QStringLiteral("--follow")}}) {
        QProcess cli;
        cli.start(QStringLiteral(THREADKEEPER_BINARY),
            QStringList {QStringLiteral("rules"), QStringLiteral("--cache"), cache, QStringLiteral("add"),
                QStringLiteral("--site"), QStringLiteral("local")}
                + rule);
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
    }
    const QString file = QDir::currentPath() + QStringLiteral("/screenshots/rules-xvfb.png");
    QDir().mkpath(QDir::currentPath() + QStringLiteral("/screenshots"));
    const QImage image = shoot(home.path(),
        {QStringLiteral("--cache"), cache, QStringLiteral("--select"), QStringLiteral("880044")}, file);
    QVERIFY(!image.isNull());
    // The followed tint shows in the tree: the colour of PostRenderer's light followed background.
    bool tinted = false;
    for (int y = 30; y < 440 && !tinted; y += 2)
        tinted = image.pixel(300, y) == qRgb(0xfd, 0xf3, 0xd6);
    QVERIFY(tinted);
}

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

void TestScreenshot::annotationsUnderXvfb()
{
    if (QStandardPaths::findExecutable(QStringLiteral("xvfb-run")).isEmpty())
        QSKIP("xvfb-run is not installed (packaging/dev installs it in the build root)");
    QTemporaryDir home;
    const QString cache = home.filePath(QStringLiteral("cache.sqlite"));
    // A highlight imported headless, drawn in the window.
    const QString json = home.filePath(QStringLiteral("annotations.json"));
    QFile file(json);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "annotations": [{"kind": "highlight",
        "thread": "qrc:/demo/threads/kestrel-labs-open-sources-its-entire-gpu-driver-stack.1/", "post": "880187",
        "note": "try this", "selector": {"exact": "quick way to check which driver", "prefix": "Here's a ",
        "suffix": " you are actually", "start": 9, "end": 40}}]})");
    file.close();
    QProcess cli;
    cli.start(QStringLiteral(THREADKEEPER_BINARY),
        {QStringLiteral("annotations"), QStringLiteral("import"), json, QStringLiteral("--cache"), cache});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QString shot = QDir::currentPath() + QStringLiteral("/screenshots/annotations-xvfb.png");
    const QImage image = shoot(home.path(),
        {QStringLiteral("--cache"), cache, QStringLiteral("--select"), QStringLiteral("880187")}, shot);
    QVERIFY(!image.isNull());
    // The highlight's colour in the post view (the lower left pane).
    int marked = 0;
    for (int y = 440; y < image.height(); y += 2) {
        for (int x = 0; x < image.width() / 2; x += 2)
            marked += image.pixel(x, y) == qRgb(0xff, 0xec, 0x8a) ? 1 : 0;
    }
    QVERIFY2(marked > 50, qPrintable(QString::number(marked)));
}

void TestScreenshot::readingUnderXvfb_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("file");
    QTest::newRow("light") << "light" << 1 << "reading-light.png";
    QTest::newRow("dark") << "dark" << 1 << "reading-dark.png";
    QTest::newRow("dark at 2x") << "dark" << 2 << "reading-dark-2x.png";
}

void TestScreenshot::readingUnderXvfb()
{
    if (QStandardPaths::findExecutable(QStringLiteral("xvfb-run")).isEmpty())
        QSKIP("xvfb-run is not installed (packaging/dev installs it in the build root)");
    QFETCH(QString, theme);
    QFETCH(int, scale);
    QFETCH(QString, file);
    QTemporaryDir home;
    const QString shots = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    // #18: a quote of its parent (folded to a line) and a shell block, beside the article
    // with its heading, table, picture placeholder and link.
    const QImage image = shoot(home.path(),
        {QStringLiteral("--theme"), theme, QStringLiteral("--select"), QStringLiteral("880198")},
        shots + QLatin1Char('/') + file, scale);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800) * scale);
    // The post view (lower left) and the article (right) are in the chosen palette.
    const bool dark = theme == QLatin1String("dark");
    for (const QPoint at : {QPoint(700, 760), QPoint(1250, 760)}) {
        const int lightness = QColor(image.pixel(at * scale)).lightness();
        QVERIFY2(dark ? lightness < 60 : lightness > 200, qPrintable(QString::number(lightness)));
    }
    // The code block is coloured: several saturated hues in the post view.
    QSet<QRgb> hues;
    for (int y = 470 * scale; y < 760 * scale; y += scale) {
        for (int x = 0; x < 750 * scale; x += scale) {
            const QColor c(image.pixel(x, y));
            if (c.hsvSaturation() > 90 && c.value() > 90)
                hues.insert(c.hue() / 20);
        }
    }
    QVERIFY2(hues.size() >= 3, qPrintable(QString::number(hues.size())));
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
