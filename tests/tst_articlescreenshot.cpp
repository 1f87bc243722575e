// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary in Xvfb on a news article's address served over loopback: the window
// shows the article in its pane and the comments from its forum thread in the tree.
#include "servers/fixtureserver.h"
#include "servers/newsfixture.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper::Testing;

class TestArticleScreenshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newsUnderXvfb();
};

void TestArticleScreenshot::newsUnderXvfb()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
    if (xvfb.isEmpty())
        QSKIP("xvfb-run is not installed (packaging/dev installs it in the build root)");
    FixtureServer server;
    QVERIFY(server.start());
    const NewsSite site = newsSiteFromSeed(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    serveNewsSite(server, site);
    QTemporaryDir home;
    const QString shots = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    const QString file = shots + QStringLiteral("/article-news.png");
    QFile::remove(file);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the xcb plugin, a real window
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    // #3 selected: a comment in the post view, the article beside it.
    process.start(xvfb,
        {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1400x900x24"),
            QStringLiteral(THREADKEEPER_BINARY), QStringLiteral("--cache"),
            home.filePath(QStringLiteral("c.sqlite")), QStringLiteral("--theme"), QStringLiteral("light"),
            QStringLiteral("--select"), seedPostId(3), server.url(site.articlePath).toString(),
            QStringLiteral("--screenshot"), file});
    // The fixture server answers in this event loop: wait with it running.
    QVERIFY(finished.wait(90000));
    QCOMPARE(process.exitCode(), 0);
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    // Only the article and the forum thread were asked for.
    for (const QString &target : server.targets())
        QVERIFY2(target == site.articlePath || target.startsWith(site.thread.path), qPrintable(target));
}

QTEST_GUILESS_MAIN(TestArticleScreenshot)
#include "tst_articlescreenshot.moc"
