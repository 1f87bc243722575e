// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sync through the places readers have: two real Syncthing instances on loopback keeping
// two caches' folders in step, a real WebDAV server (rclone) with a password, and the
// command line (`threadkeeper sync`, `threadkeeper mark`) doing the same from scripts.
#include "generatedposts.h"
#include "rcloneserver.h"
#include "sync/foldertransport.h"
#include "sync/webdavtransport.h"
#include "syncrig.h"
#include "syncthingpair.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

const QString ThreadUrl = QStringLiteral("https://www.techpowerup.com/forums/threads/places.3/");

void cacheThread(SyncPeer &peer)
{
    QString error;
    const QList<Post> posts = generatedThread(30, 3);
    QVERIFY2(peer.db().savePage({ThreadUrl, QStringLiteral("xenforo"), QStringLiteral("Places"), 1}, 1, posts,
                 QDateTime::currentDateTimeUtc(), &error),
        qPrintable(error));
}

} // namespace

class SyncPlacesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoSyncthingsKeepTwoCachesInStep()
    {
        if (SyncthingPair::program().isEmpty())
            QSKIP("syncthing is not on PATH (Debian's syncthing)");
        QTemporaryDir dir;
        SyncthingPair pair(dir.path());
        QString error;
        QVERIFY2(pair.start(&error), qPrintable(error + pair.logs()));
        SyncPeer a(dir.filePath(QStringLiteral("a.db")), QStringLiteral("desktop"));
        SyncPeer b(dir.filePath(QStringLiteral("b.db")), QStringLiteral("laptop"));
        cacheThread(a);
        cacheThread(b);
        QVERIFY(a.db().markRead(ThreadUrl, {QStringLiteral("1001"), QStringLiteral("1002")},
            QDateTime::currentDateTimeUtc(), &error));
        Rule rule;
        rule.site = QStringLiteral("www.techpowerup.com");
        rule.pattern = QStringLiteral("R-T-B");
        rule.score = 100;
        rule.created = QDateTime::currentDateTimeUtc();
        QVERIFY(a.db().saveRule(&rule, &error));
        QVERIFY(a.round(new FolderTransport(pair.folderA())).ok());
        QVERIFY2(pair.waitUntilInSync(60000), qPrintable(pair.logs()));
        SyncReport r = b.round(new FolderTransport(pair.folderB()));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.received, 2 + 1 + 8); // two marks, the rule and its eight columns
        QVERIFY2(r.skipped.isEmpty(), qPrintable(r.skipped.join(u'\n')));
        QCOMPARE(b.readPosts(ThreadUrl), QStringList({QStringLiteral("1001"), QStringLiteral("1002")}));
        QCOMPARE(b.db().rules().size(), 1);
        QCOMPARE(b.db().rules().constFirst().pattern, QStringLiteral("R-T-B"));

        // And back: the laptop's unread reaches the desktop.
        QVERIFY(b.db().markRead(ThreadUrl, {QStringLiteral("1002")}, QDateTime(), &error));
        QVERIFY(b.round(new FolderTransport(pair.folderB())).ok());
        QVERIFY2(pair.waitUntilInSync(60000), qPrintable(pair.logs()));
        r = a.round(new FolderTransport(pair.folderA()));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.received, 1);
        QCOMPARE(a.readPosts(ThreadUrl), QStringList {QStringLiteral("1001")});
        // No file was ever written by both: no conflict copies in either folder.
        for (const QString &folder : {pair.folderA(), pair.folderB()})
            QVERIFY(QDir(folder).entryList({QStringLiteral("*sync-conflict*")}, QDir::Files).isEmpty());
    }

    void webdavWithAPassword()
    {
        const QString rclone = QStandardPaths::findExecutable(QStringLiteral("rclone"));
        if (rclone.isEmpty())
            QSKIP("rclone is not on PATH: the test against a real WebDAV server needs `rclone serve webdav`");
        RcloneServer server;
        const QString why = server.start(rclone);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTemporaryDir dir;
        QNetworkAccessManager network;
        SyncPeer a(dir.filePath(QStringLiteral("a.db")), QStringLiteral("desktop"));
        SyncPeer b(dir.filePath(QStringLiteral("b.db")), QStringLiteral("laptop"));
        cacheThread(a);
        cacheThread(b);
        QString error;
        QVERIFY(
            a.db().markRead(ThreadUrl, {QStringLiteral("1010")}, QDateTime::currentDateTimeUtc(), &error));
        const QUrl place = server.url(QStringLiteral("/threadkeeper/"));
        auto transport = [&](const QString &password) {
            return new WebDavTransport(&network, place, RcloneServer::User, password);
        };
        // A wrong password: a clear error, and nothing lost (the next round sends it).
        SyncReport r = a.round(transport(QStringLiteral("wrong")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("401")), qPrintable(r.error));
        r = a.round(transport(RcloneServer::Password));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.bytesWritten,
            QFileInfo(QDir(server.root()).filePath(QStringLiteral("threadkeeper"))).exists()
                ? QDir(QDir(server.root()).filePath(QStringLiteral("threadkeeper")))
                      .entryInfoList(QDir::Files)
                      .value(0)
                      .size()
                : -1);
        r = b.round(transport(RcloneServer::Password));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.received, 1);
        QCOMPARE(b.readPosts(ThreadUrl), QStringList {QStringLiteral("1010")});
        // Nothing new: one PROPFIND, nothing written.
        r = b.round(transport(RcloneServer::Password));
        QCOMPARE(r.requests, 1);
        QCOMPARE(r.bytesWritten, 0);
    }

    void commandLineSyncsAndMarks()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("shared"));
        {
            SyncPeer a(dir.filePath(QStringLiteral("a.db")), QStringLiteral("desktop"));
            SyncPeer b(dir.filePath(QStringLiteral("b.db")), QStringLiteral("laptop"));
            cacheThread(a);
            cacheThread(b);
        }
        // A script marks three posts read on the desktop, then syncs both.
        QJsonObject marked = run(dir,
            {QStringLiteral("mark"), QStringLiteral("--cache"), dir.filePath(QStringLiteral("a.db")),
                QStringLiteral("--read"), ThreadUrl, QStringLiteral("1000"), QStringLiteral("1001"),
                QStringLiteral("1002")});
        QCOMPARE(marked.value(QStringLiteral("marked")).toInt(), 3);
        QJsonObject sent = run(dir,
            {QStringLiteral("sync"), QStringLiteral("--cache"), dir.filePath(QStringLiteral("a.db")),
                QStringLiteral("--folder"), folder});
        QCOMPARE(sent.value(QStringLiteral("sent")).toInt(), 3);
        QVERIFY(sent.value(QStringLiteral("error")).isNull());
        QJsonObject got = run(dir,
            {QStringLiteral("sync"), QStringLiteral("--cache"), dir.filePath(QStringLiteral("b.db")),
                QStringLiteral("--folder"), folder});
        QCOMPARE(got.value(QStringLiteral("received")).toInt(), 3);
        QCOMPARE(got.value(QStringLiteral("threads")).toArray().size(), 1);
        QCOMPARE(got.value(QStringLiteral("devices"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QSysInfo::machineHostName().isEmpty() ? QSysInfo::prettyProductName()
                                                  : QSysInfo::machineHostName());
        // The whole thread unread on the laptop, from a script; synced back.
        run(dir,
            {QStringLiteral("mark"), QStringLiteral("--cache"), dir.filePath(QStringLiteral("b.db")),
                QStringLiteral("--unread"), ThreadUrl});
        run(dir,
            {QStringLiteral("sync"), QStringLiteral("--cache"), dir.filePath(QStringLiteral("b.db")),
                QStringLiteral("--folder"), folder});
        got = run(dir,
            {QStringLiteral("sync"), QStringLiteral("--cache"), dir.filePath(QStringLiteral("a.db")),
                QStringLiteral("--folder"), folder});
        QCOMPARE(got.value(QStringLiteral("received")).toInt(), 3);
        SyncPeer a(dir.filePath(QStringLiteral("a.db")), QStringLiteral("desktop"));
        QVERIFY(a.readPosts(ThreadUrl).isEmpty());
        // Refusals say what is wrong, with the usage exit code.
        QCOMPARE(
            exitOf(dir,
                {QStringLiteral("mark"), QStringLiteral("--read"), QStringLiteral("--unread"), ThreadUrl}),
            2);
        QCOMPARE(exitOf(dir,
                     {QStringLiteral("sync"), QStringLiteral("--folder"), folder, QStringLiteral("--webdav"),
                         QStringLiteral("https://dav.example.org/")}),
            2);
        QCOMPARE(exitOf(dir,
                     {QStringLiteral("mark"), QStringLiteral("--cache"), dir.filePath(QStringLiteral("a.db")),
                         QStringLiteral("--read"), ThreadUrl, QStringLiteral("no-such-post")}),
            1);
    }

private:
    static QProcessEnvironment environment(const QTemporaryDir &dir)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        return env;
    }
    static int exitOf(const QTemporaryDir &dir, const QStringList &args)
    {
        QProcess process;
        process.setProcessEnvironment(environment(dir));
        process.start(QStringLiteral(THREADKEEPER_BINARY), args);
        process.waitForFinished(30000);
        return process.exitCode();
    }
    static QJsonObject run(const QTemporaryDir &dir, const QStringList &args)
    {
        QProcess process;
        process.setProcessEnvironment(environment(dir));
        process.start(QStringLiteral(THREADKEEPER_BINARY), args);
        if (!process.waitForFinished(30000))
            return {};
        const QByteArray out = process.readAllStandardOutput();
        if (process.exitCode() != 0)
            qWarning("%s: exit %d: %s", qPrintable(args.join(u' ')), process.exitCode(),
                process.readAllStandardError().constData());
        return QJsonDocument::fromJson(out).object();
    }
};

QTEST_GUILESS_MAIN(SyncPlacesTest)
#include "tst_syncplaces.moc"
