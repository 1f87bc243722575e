// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One window per cache: a second start hands its URL to the window open on the same cache
// (the real binary, with no display), other caches get their own window, and a socket left
// by a killed window is taken over.
#include "net/singleinstance.h"
#include "services/demo.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;

class TestSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameFileSameName_data();
    void sameFileSameName();
    void secondStartHandsOver_data();
    void secondStartHandsOver();
    void otherCacheOtherWindow();
    void killedWindowIsReplaced();

private:
    QProcessEnvironment environment(bool display) const;

    QTemporaryDir m_dir;
};

QProcessEnvironment TestSingleInstance::environment(bool display) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    if (display) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        // The hand-over needs no screen: it happens before any GUI object exists.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    }
    return env;
}

void TestSingleInstance::sameFileSameName_data()
{
    QTest::addColumn<QString>("other"); // another way to name cache.sqlite
    QTest::addColumn<bool>("same");
    QTest::newRow("through ..") << QStringLiteral("sub/../cache.sqlite") << true;
    QTest::newRow("through a link") << QStringLiteral("link.sqlite") << true;
    QTest::newRow("another file") << QStringLiteral("other.sqlite") << false;
}

void TestSingleInstance::sameFileSameName()
{
    QFETCH(QString, other);
    QFETCH(bool, same);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
    const QString cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
    QFile file(cache);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QFile::link(cache, m_dir.filePath(QStringLiteral("link.sqlite")));
    QCOMPARE(
        SingleInstance::serverNameFor(m_dir.filePath(other)) == SingleInstance::serverNameFor(cache), same);
}

void TestSingleInstance::secondStartHandsOver_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QUrl>("handed");
    const QString url = QStringLiteral("https://forum.example/threads/a-thread.42/page-3");
    QTest::newRow("a URL") << QStringList {url} << QUrl(url);
    QTest::newRow("no URL: show the window") << QStringList {} << QUrl();
    QTest::newRow("odd characters") << QStringList {QStringLiteral(
        "https://forum.example/threads/zoë-und-café.7/")}
                                    << QUrl(QStringLiteral("https://forum.example/threads/zoë-und-café.7/"));
}

void TestSingleInstance::secondStartHandsOver()
{
    QFETCH(QStringList, args);
    QFETCH(QUrl, handed);
    const QString cache = m_dir.filePath(QStringLiteral("handover.sqlite"));
    SingleInstance window(cache);
    QVERIFY(window.listen());
    QSignalSpy received(&window, &SingleInstance::urlReceived);

    QProcess second;
    second.setProcessEnvironment(environment(false));
    QSignalSpy finished(&second, &QProcess::finished);
    second.start(QStringLiteral(THREADKEEPER_BINARY), QStringList {QStringLiteral("--cache"), cache} + args);
    QVERIFY(finished.wait(15000));
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(
        second.readAllStandardError().contains("handed over"), "the second start says where its URL went");
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toUrl(), handed);
}

void TestSingleInstance::otherCacheOtherWindow()
{
    SingleInstance first(m_dir.filePath(QStringLiteral("one.sqlite")));
    SingleInstance second(m_dir.filePath(QStringLiteral("two.sqlite")));
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    SingleInstance again(m_dir.filePath(QStringLiteral("one.sqlite")));
    QVERIFY(!again.listen()); // taken, and it answers
}

void TestSingleInstance::killedWindowIsReplaced()
{
    // A real window (offscreen) on the bundled demo, killed without a chance to clean up.
    const QString cache = m_dir.filePath(QStringLiteral("killed.sqlite"));
    QProcess window;
    window.setProcessEnvironment(environment(true));
    window.start(QStringLiteral(THREADKEEPER_BINARY),
        {QStringLiteral("--cache"), cache, QStringLiteral("--offline"), demoThreadUrl().toString()});
    QVERIFY(window.waitForStarted());
    SingleInstance probe(cache);
    QTRY_VERIFY_WITH_TIMEOUT(probe.handOver(QUrl(), 500), 20000);
    window.kill();
    QVERIFY(window.waitForFinished());

    SingleInstance next(cache);
    QVERIFY2(next.listen(), "the socket of a killed window is taken over");
    QSignalSpy received(&next, &SingleInstance::urlReceived);
    // ... and answers the next start.
    QProcess third;
    third.setProcessEnvironment(environment(false));
    QSignalSpy finished(&third, &QProcess::finished);
    third.start(QStringLiteral(THREADKEEPER_BINARY), {QStringLiteral("--cache"), cache});
    QVERIFY(finished.wait(15000)); // with the event loop running, so that `next` answers
    QCOMPARE(third.exitCode(), 0);
    QTRY_COMPARE(received.size(), 1);
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
