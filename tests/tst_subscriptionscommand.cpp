// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The real binary, no display: subscribe to loopback feeds and a forum section, list them,
// print a subscription offline from the cache, refresh (304), export and import OPML, remove.
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

class TestSubscriptionsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void subscribeListReadOfflineAndRemove();
    void opmlRoundTripBetweenCaches();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &args);
    QString cache(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    FixtureServer m_server;
};

void TestSubscriptionsCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
    m_server.setValidators(true);
    FixtureServer::Route feed;
    feed.contentType = "application/atom+xml";
    feed.body = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" "
                "xmlns:thr=\"http://purl.org/syndication/thread/1.0\">\n<title>Zoë’s forum news</title>\n"
                "<entry><id>tag:a,2026:1</id><title>First &amp; foremost</title><updated>2026-12-01T10:00:00+01:00</updated>"
                "<author><name>Ærin</name></author><link rel=\"alternate\" href=\"https://news.ycombinator.com/item?id=8863\"/>"
                "<link rel=\"replies\" type=\"text/html\" href=\"https://news.ycombinator.com/item?id=8863\" thr:count=\"71\"/></entry>\n"
                "<entry><id>tag:a,2026:2</id><title>Second</title><updated>2026-12-02T10:00:00Z</updated>"
                "<link rel=\"alternate\" href=\"/articles/2\"/></entry>\n</feed>\n";
    m_server.setRoute(QStringLiteral("/news.atom"), feed);
    FixtureServer::Route other;
    other.contentType = "application/rss+xml";
    other.body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Other</title>"
                 "<item><title>One</title><link>/one</link></item></channel></rss>";
    m_server.setRoute(QStringLiteral("/other.rss"), other);
}

TestSubscriptionsCommand::Run TestSubscriptionsCommand::run(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(THREADKEEPER_BINARY), args);
    // The fixture server lives in this event loop: wait with it running.
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
    }
    return Run {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestSubscriptionsCommand::subscribeListReadOfflineAndRemove()
{
    const QString db = cache(QStringLiteral("a.sqlite"));
    const QString feed = m_server.url(QStringLiteral("/news.atom")).toString();
    Run r = run({QStringLiteral("subscriptions"), QStringLiteral("add"), feed, QStringLiteral("--cache"), db,
        QStringLiteral("--folder"), QStringLiteral("News/Tech")});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.startsWith("added "));
    QVERIFY(r.out.contains("Zoë’s forum news"));

    r = run({QStringLiteral("subscriptions"), QStringLiteral("list"), QStringLiteral("--cache"), db});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> fields = r.out.trimmed().split('\t');
    QCOMPARE(fields.value(1), QByteArray("2/2")); // unread/items
    QCOMPARE(fields.value(2), QByteArray("feed"));
    QCOMPARE(fields.value(4), feed.toUtf8());
    QCOMPARE(fields.value(5), QByteArray("[News/Tech]"));

    // Offline: the items as last read, with no request made.
    m_server.resetCounters();
    r = run({QStringLiteral("feed"), QStringLiteral("--offline"), QStringLiteral("--cache"), db, feed});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(m_server.requests().size(), 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("First & foremost"));
    QCOMPARE(first.value(QStringLiteral("author")).toString(), QStringLiteral("Ærin"));
    QCOMPARE(first.value(QStringLiteral("date")).toString(), QStringLiteral("2026-12-01T09:00:00Z"));
    QCOMPARE(first.value(QStringLiteral("comments")).toInt(), 71);
    QCOMPARE(first.value(QStringLiteral("discussion")).toString(), QStringLiteral("https://news.ycombinator.com/item?id=8863"));
    QVERIFY(QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("comments")).isNull());
    // Online, the same items.
    const Run online = run({QStringLiteral("feed"), feed});
    QCOMPARE(online.code, 0);
    QCOMPARE(online.out.trimmed().split('\n').size(), 2);

    // A refresh: one conditional request, answered 304.
    m_server.resetCounters();
    r = run({QStringLiteral("subscriptions"), QStringLiteral("refresh"), QStringLiteral("--cache"), db});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("\t0 new\t"));
    QCOMPARE(m_server.notModified(), QStringList {QStringLiteral("/news.atom")});

    // Subscribing twice is refused; removing it leaves nothing offline.
    r = run({QStringLiteral("subscriptions"), QStringLiteral("add"), feed, QStringLiteral("--cache"), db});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("Already subscribed"));
    const QByteArray id = fields.value(0);
    r = run({QStringLiteral("subscriptions"), QStringLiteral("remove"), QString::fromLatin1(id), QStringLiteral("--cache"), db});
    QCOMPARE(r.code, 0);
    r = run({QStringLiteral("feed"), QStringLiteral("--offline"), QStringLiteral("--cache"), db, feed});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("not subscribed"));
}

void TestSubscriptionsCommand::opmlRoundTripBetweenCaches()
{
    const QString from = cache(QStringLiteral("from.sqlite"));
    const QString to = cache(QStringLiteral("to.sqlite"));
    for (const QString &path : {QStringLiteral("/news.atom"), QStringLiteral("/other.rss")}) {
        const Run r = run({QStringLiteral("subscriptions"), QStringLiteral("add"), m_server.url(path).toString(),
            QStringLiteral("--cache"), from});
        QVERIFY2(r.code == 0, r.err.constData());
    }
    const QString opml = m_dir.filePath(QStringLiteral("subs.opml"));
    QCOMPARE(run({QStringLiteral("subscriptions"), QStringLiteral("export"), opml, QStringLiteral("--cache"), from}).code, 0);
    Run r = run({QStringLiteral("subscriptions"), QStringLiteral("import"), opml, QStringLiteral("--cache"), to});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("imported 2 subscriptions, 0 already subscribed"));
    r = run({QStringLiteral("subscriptions"), QStringLiteral("import"), opml, QStringLiteral("--cache"), to});
    QVERIFY(r.out.contains("imported 0 subscriptions, 2 already subscribed"));
    const Run a = run({QStringLiteral("subscriptions"), QStringLiteral("list"), QStringLiteral("--cache"), from});
    const Run b = run({QStringLiteral("subscriptions"), QStringLiteral("list"), QStringLiteral("--cache"), to});
    // The same titles, addresses and counts (ids may differ).
    auto withoutIds = [](const QByteArray &out) {
        QStringList rows;
        for (const QByteArray &line : out.trimmed().split('\n'))
            rows.append(QString::fromUtf8(line.mid(line.indexOf('\t'))));
        rows.sort();
        return rows;
    };
    QCOMPARE(withoutIds(b.out), withoutIds(a.out));
    QCOMPARE(withoutIds(a.out).size(), 2);
}

void TestSubscriptionsCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no action") << QStringList {QStringLiteral("subscriptions")} << 2;
    QTest::newRow("unknown action") << QStringList {QStringLiteral("subscriptions"), QStringLiteral("frob")} << 2;
    QTest::newRow("remove nothing") << QStringList {QStringLiteral("subscriptions"), QStringLiteral("remove"), QStringLiteral("99")} << 2;
    QTest::newRow("import missing") << QStringList {QStringLiteral("subscriptions"), QStringLiteral("import"), QStringLiteral("/nonexistent.opml")} << 1;
}

void TestSubscriptionsCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r = run(args + QStringList {QStringLiteral("--cache"), cache(QStringLiteral("usage.sqlite"))});
    QCOMPARE(r.code, code);
    QVERIFY(r.err.startsWith("threadkeeper: "));
}

QTEST_GUILESS_MAIN(TestSubscriptionsCommand)
#include "tst_subscriptionscommand.moc"
