// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary's `threadkeeper feed`, without a display, on feeds served over loopback.
#include "servers/feedgenerator.h"
#include "servers/fixtureserver.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestFeedCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void printsItems();
    void realFeed();
    void pageOfferingFeeds();
    void errors_data();
    void errors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args);
    QList<QJsonObject> lines(const QByteArray &out);

    QTemporaryDir m_dir;
    FixtureServer m_server;
};

void TestFeedCommand::initTestCase()
{
    QVERIFY(m_server.start());
    FixtureServer::Route feed;
    feed.body = generatedRss(30);
    feed.contentType = "application/rss+xml";
    m_server.setRoute(QStringLiteral("/feed/"), feed);
    FixtureServer::Route real;
    real.body = readFile(sharedPath(QStringLiteral("real-pages/phpbb/marioruns-smg2-t204-feed.atom")));
    real.contentType = "application/atom+xml";
    m_server.setRoute(QStringLiteral("/forum/feed.php"), real);
    m_server.setPage(QStringLiteral("/blog/"),
        "<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed/\">"
        "</head><body>Blog</body></html>");
    m_server.setPage(QStringLiteral("/plain/"), "<!DOCTYPE html><html><body>Nothing</body></html>");
    FixtureServer::Route broken;
    broken.body = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<item><title>x</title>\n";
    broken.contentType = "application/rss+xml";
    m_server.setRoute(QStringLiteral("/broken/"), broken);
}

TestFeedCommand::Run TestFeedCommand::run(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(THREADKEEPER_BINARY), QStringList {QStringLiteral("feed")} + args);
    // The fixture server lives in this event loop: wait with it running.
    if (!finished.wait(20000)) {
        process.kill();
        process.waitForFinished();
    }
    return Run {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

QList<QJsonObject> TestFeedCommand::lines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {}; // one object a line, nothing else
        objects.append(doc.object());
    }
    return objects;
}

void TestFeedCommand::printsItems()
{
    const Run r = run({QStringLiteral("--cache"), m_dir.filePath(QStringLiteral("c.sqlite")),
        m_server.url(QStringLiteral("/feed/")).toString()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    const QList<QJsonObject> items = lines(r.out);
    QCOMPARE(items.size(), 30);
    QCOMPARE(r.out.count('\n'), 30);
    // Item 0 is post 30: 30 minutes after 2026-01-01, 30 % 50 comments (see generatedRss).
    const QJsonObject first = items.constFirst();
    QCOMPARE(first.keys(),
        (QStringList {QStringLiteral("author"), QStringLiteral("comments"), QStringLiteral("date"),
            QStringLiteral("discussion"), QStringLiteral("link"), QStringLiteral("title")}));
    QCOMPARE(
        first.value(QLatin1String("title")).toString(), QStringLiteral("Story 30: a headline & a subtitle"));
    QCOMPARE(first.value(QLatin1String("link")).toString(),
        QStringLiteral("https://news.example.org/30/a-story-about-number-30/"));
    QCOMPARE(first.value(QLatin1String("date")).toString(), QStringLiteral("2026-01-01T00:30:00Z"));
    QCOMPARE(first.value(QLatin1String("author")).toString(), QStringLiteral("Writer 13"));
    QCOMPARE(first.value(QLatin1String("comments")).toInt(-1), 30);
    QCOMPARE(first.value(QLatin1String("discussion")).toString(),
        QStringLiteral("https://news.example.org/30/a-story-about-number-30/#comments"));
    QCOMPARE(items.constLast().value(QLatin1String("title")).toString(),
        QStringLiteral("Story 1: a headline & a subtitle"));
}

void TestFeedCommand::realFeed()
{
    const Run r = run({m_server.url(QStringLiteral("/forum/feed.php")).toString()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QJsonObject> items = lines(r.out);
    QCOMPARE(items.size(), 11);
    const QJsonObject first = items.constFirst();
    QCOMPARE(first.value(QLatin1String("title")).toString(), QStringLiteral("Re: Super Mario Galaxy 2"));
    QCOMPARE(first.value(QLatin1String("author")).toString(), QStringLiteral("alleytremblay"));
    QCOMPARE(first.value(QLatin1String("date")).toString(), QStringLiteral("2015-07-16T06:36:37Z"));
    QVERIFY(first.value(QLatin1String("comments")).isNull());
    // The entry links a phpBB topic: that is its discussion.
    QCOMPARE(first.value(QLatin1String("discussion")).toString(),
        QStringLiteral("http://marioruns.com/forum/viewtopic.php?t=204&p=2872#p2872"));
}

void TestFeedCommand::pageOfferingFeeds()
{
    const Run r = run({m_server.url(QStringLiteral("/blog/")).toString()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(lines(r.out).size(), 30);
}

void TestFeedCommand::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("404") << QStringList {QStringLiteral("/missing/")} << 1 << "404";
    QTest::newRow("no feed") << QStringList {QStringLiteral("/plain/")} << 1 << "offers no feeds";
    QTest::newRow("broken") << QStringList {QStringLiteral("/broken/")} << 1 << "line 5";
    QTest::newRow("no url") << QStringList {} << 2 << "exactly one URL";
    QTest::newRow("two urls") << QStringList {QStringLiteral("/a/"), QStringLiteral("/b/")} << 2
                              << "exactly one URL";
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")} << 2 << "frobnicate";
}

void TestFeedCommand::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QStringList resolved;
    for (const QString &a : args)
        resolved.append(a.startsWith(QLatin1Char('/')) ? m_server.url(a).toString() : a);
    const Run r = run(resolved);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("threadkeeper: "), r.err.constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
}

QTEST_GUILESS_MAIN(TestFeedCommand)
#include "tst_feedcommand.moc"
