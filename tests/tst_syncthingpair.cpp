// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Syncthing fixture itself: two real instances on loopback keep one folder in step both
// ways, a file grown in place arrives whole, and what each instance runs with (read back
// over its REST API) reaches nothing beyond 127.0.0.1.
#include "syncthingpair.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Threadkeeper::Testing;

namespace {

// Generous for two loaded cores: a change normally crosses in one to three seconds.
constexpr int SyncTimeoutMs = 30000;

bool writeWhole(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSyncthingPair : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void configIsLoopbackOnly_data();
    void configIsLoopbackOnly();
    void fileFromAReachesB();
    void fileFromBReachesA();
    void appendInAReachesB();
    void inSyncAfterBothWrite();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SyncthingPair> m_pair; // destroyed before m_dir
};

void TestSyncthingPair::initTestCase()
{
    if (SyncthingPair::program().isEmpty())
        QSKIP("syncthing is not on PATH (Debian: apt install syncthing); the sync fixture needs it");
    QVERIFY(m_dir.isValid());
    m_pair = std::make_unique<SyncthingPair>(m_dir.path());
    QElapsedTimer started;
    started.start();
    QString error;
    const bool ok = m_pair->start(&error);
    if (!ok)
        qWarning().noquote() << m_pair->logs();
    QVERIFY2(ok, qPrintable(error));
    qInfo("both instances connected, folder idle, after %lld ms", started.elapsed());
    QVERIFY(m_pair->deviceId(SyncthingPair::A) != m_pair->deviceId(SyncthingPair::B));
}

void TestSyncthingPair::cleanup()
{
    if (QTest::currentTestFailed() && m_pair)
        qWarning().noquote() << m_pair->logs();
}

void TestSyncthingPair::cleanupTestCase()
{
    if (!m_pair)
        return;
    m_pair->stop();
    // TK_SYNCTHING_LOGS=1 shows what both instances printed on a passing run too.
    if (qEnvironmentVariableIsSet("TK_SYNCTHING_LOGS"))
        qInfo().noquote() << m_pair->logs();
    m_pair.reset();
}

void TestSyncthingPair::configIsLoopbackOnly_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("A") << SyncthingPair::A;
    QTest::newRow("B") << SyncthingPair::B;
}

void TestSyncthingPair::configIsLoopbackOnly()
{
    QFETCH(int, which);
    const int other = 1 - which;
    const QJsonObject config = m_pair->config(which);
    QVERIFY(!config.isEmpty());

    const QJsonObject options = config.value(u"options").toObject();
    QCOMPARE(options.value(u"globalAnnounceEnabled"), QJsonValue(false));
    QCOMPARE(options.value(u"localAnnounceEnabled"), QJsonValue(false));
    QCOMPARE(options.value(u"relaysEnabled"), QJsonValue(false));
    QCOMPARE(options.value(u"natEnabled"), QJsonValue(false));
    QCOMPARE(options.value(u"announceLANAddresses"), QJsonValue(false));
    QCOMPARE(options.value(u"urAccepted"), QJsonValue(-1));
    QCOMPARE(options.value(u"crashReportingEnabled"), QJsonValue(false));
    QCOMPARE(options.value(u"autoUpgradeIntervalH"), QJsonValue(0));
    QCOMPARE(options.value(u"listenAddresses").toArray(),
        QJsonArray {QStringLiteral("tcp://127.0.0.1:%1").arg(m_pair->listenPort(which))});
    QCOMPARE(config.value(u"gui").toObject().value(u"address").toString(),
        QStringLiteral("127.0.0.1:%1").arg(m_pair->guiPort(which)));

    // The other device, known by id, at its loopback address only.
    bool foundOther = false;
    for (const QJsonValue &d : config.value(u"devices").toArray()) {
        const QJsonObject device = d.toObject();
        if (device.value(u"deviceID").toString() != m_pair->deviceId(other))
            continue;
        foundOther = true;
        QCOMPARE(device.value(u"addresses").toArray(),
            QJsonArray {QStringLiteral("tcp://127.0.0.1:%1").arg(m_pair->listenPort(other))});
    }
    QVERIFY(foundOther);

    // One folder, the shared one, on this side's directory, shared with both devices.
    const QJsonArray folders = config.value(u"folders").toArray();
    QCOMPARE(folders.size(), 1);
    const QJsonObject folder = folders.first().toObject();
    QCOMPARE(folder.value(u"id").toString(), m_pair->folderId());
    QCOMPARE(folder.value(u"path").toString(), m_pair->folder(which));
    QCOMPARE(folder.value(u"type").toString(), QStringLiteral("sendreceive"));
    QCOMPARE(folder.value(u"devices").toArray().size(), 2);

    // And the fixture's own check agrees.
    QCOMPARE(SyncthingPair::loopbackProblems(config), QStringList());
}

void TestSyncthingPair::fileFromAReachesB()
{
    // Bytes a text editor would mangle: a NUL, invalid UTF-8, no final newline.
    static const char raw[] = "device A wrote this\n\0\xff\xfe end";
    const QByteArray bytes(raw, sizeof(raw) - 1);
    QVERIFY(writeWhole(QDir(m_pair->folderA()).filePath(QStringLiteral("from-a.jsonl")), bytes));
    QVERIFY(m_pair->rescan(SyncthingPair::A));
    QVERIFY(m_pair->waitForFile(SyncthingPair::B, QStringLiteral("from-a.jsonl"), bytes, SyncTimeoutMs));
    QCOMPARE(readAll(QDir(m_pair->folderB()).filePath(QStringLiteral("from-a.jsonl"))), bytes);
}

void TestSyncthingPair::fileFromBReachesA()
{
    // In a subfolder, as a device's own folder in the shared place would be.
    QVERIFY(QDir(m_pair->folderB()).mkpath(QStringLiteral("device-b")));
    QByteArray bytes;
    for (int i = 0; i < 2000; ++i)
        bytes += QByteArray::number(i) + " line from B\n";
    QVERIFY(writeWhole(QDir(m_pair->folderB()).filePath(QStringLiteral("device-b/ops.jsonl")), bytes));
    QVERIFY(m_pair->rescan(SyncthingPair::B));
    QVERIFY(
        m_pair->waitForFile(SyncthingPair::A, QStringLiteral("device-b/ops.jsonl"), bytes, SyncTimeoutMs));
}

void TestSyncthingPair::appendInAReachesB()
{
    const QString path = QDir(m_pair->folderA()).filePath(QStringLiteral("log-a.jsonl"));
    const QByteArray first = "{\"op\":1}\n";
    QVERIFY(writeWhole(path, first));
    QVERIFY(m_pair->rescan(SyncthingPair::A));
    QVERIFY(m_pair->waitForFile(SyncthingPair::B, QStringLiteral("log-a.jsonl"), first, SyncTimeoutMs));

    // Grown in place, as an append-only log is: B gets the new version, not a conflict copy.
    const QByteArray second = "{\"op\":2}\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        QCOMPARE(f.write(second), second.size());
    }
    QVERIFY(m_pair->rescan(SyncthingPair::A));
    QVERIFY(
        m_pair->waitForFile(SyncthingPair::B, QStringLiteral("log-a.jsonl"), first + second, SyncTimeoutMs));
    const QStringList conflicts
        = QDir(m_pair->folderB()).entryList({QStringLiteral("*sync-conflict*")}, QDir::Files | QDir::Hidden);
    QCOMPARE(conflicts, QStringList());
}

void TestSyncthingPair::inSyncAfterBothWrite()
{
    // Each side writes its own file at once; both folders end up the same, and a removal
    // on one side reaches the other.
    QVERIFY(writeWhole(QDir(m_pair->folderA()).filePath(QStringLiteral("both-a.txt")), "a"));
    QVERIFY(writeWhole(QDir(m_pair->folderB()).filePath(QStringLiteral("both-b.txt")), "b"));
    QVERIFY(m_pair->waitUntilInSync(SyncTimeoutMs));
    QCOMPARE(readAll(QDir(m_pair->folderA()).filePath(QStringLiteral("both-b.txt"))), QByteArray("b"));
    QCOMPARE(readAll(QDir(m_pair->folderB()).filePath(QStringLiteral("both-a.txt"))), QByteArray("a"));

    QVERIFY(QFile::remove(QDir(m_pair->folderA()).filePath(QStringLiteral("both-a.txt"))));
    QVERIFY(m_pair->rescan(SyncthingPair::A));
    QVERIFY(m_pair->waitForRemoved(SyncthingPair::B, QStringLiteral("both-a.txt"), SyncTimeoutMs));
}

QTEST_GUILESS_MAIN(TestSyncthingPair)
#include "tst_syncthingpair.moc"
