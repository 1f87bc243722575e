// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark: sync between devices with a 100,000-post cache. A round that sends 100,000 read
// marks and 5,000 notes, the round on the other device that takes them in, and a round with
// nothing new, against the peer readers improvise sync with: copying the whole cache file into
// the synced folder (which is also what corrupts it there). Side by side, same file, same run.
// Label "bench".
#include "benchreport.h"
#include "generatedcache.h"

#include "../syncrig.h"
#include "store/cachedatabase.h"
#include "sync/foldertransport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {
constexpr quint32 Seed = 12;
constexpr int Notes = 5000;

qint64 folderBytes(const QString &folder)
{
    qint64 bytes = 0;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files))
        bytes += info.size();
    return bytes;
}
} // namespace

class BenchDeviceSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundsAgainstCopyingTheFile();

private:
    BenchReport m_report {QStringLiteral("bench_devicesync")};
};

void BenchDeviceSync::roundsAgainstCopyingTheFile()
{
    QString error;
    const GeneratedCache cache = generatedCache(scaledPosts(100000), Seed, &error);
    QVERIFY2(!cache.path.isEmpty(), qPrintable(error));
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("synced"));
    QVERIFY(QFile::copy(cache.path, dir.filePath(QStringLiteral("a.db"))));
    QVERIFY(QFile::copy(cache.path, dir.filePath(QStringLiteral("b.db"))));
    SyncPeer a(dir.filePath(QStringLiteral("a.db")), QStringLiteral("desktop"));
    SyncPeer b(dir.filePath(QStringLiteral("b.db")), QStringLiteral("laptop"));
    // Both join the place first; then the desktop reads everything and writes notes.
    QVERIFY(a.round(new FolderTransport(folder)).ok());
    QVERIFY(b.round(new FolderTransport(folder)).ok());
    const auto thread = a.db().loadThread(cache.threadUrl.toString());
    QVERIFY(thread);
    QStringList ids;
    for (const Post &p : thread->posts)
        ids.append(p.id);
    QVERIFY2(a.db().markRead(cache.threadUrl.toString(), ids, QDateTime::currentDateTimeUtc(), &error),
        qPrintable(error));
    QList<Annotation> notes;
    for (int i = 0; i < Notes; ++i) {
        Annotation n;
        n.threadUrl = cache.threadUrl.toString();
        n.postId = ids[(i * 17) % ids.size()];
        n.note = QStringLiteral("note %1: the source says otherwise, see page %2").arg(i).arg(i % 50);
        n.created = n.updated = QDateTime::currentDateTimeUtc();
        notes.append(n);
    }
    QVERIFY2(a.db().addAnnotations(&notes, &error), qPrintable(error));
    const qint64 before = folderBytes(folder);

    QElapsedTimer timer;
    timer.start();
    const SyncReport sent = a.round(new FolderTransport(folder));
    const double sendMs = timer.nsecsElapsed() / 1e6;
    QVERIFY2(sent.ok(), qPrintable(sent.error));
    QVERIFY2(sent.sent >= ids.size() + Notes, qPrintable(QString::number(sent.sent)));
    const qint64 journal = folderBytes(folder) - before;

    timer.restart();
    const SyncReport got = b.round(new FolderTransport(folder));
    const double receiveMs = timer.nsecsElapsed() / 1e6;
    QVERIFY2(got.ok(), qPrintable(got.error));
    QCOMPARE(got.received, sent.sent);
    QCOMPARE(b.readPosts(cache.threadUrl.toString()).size(), ids.size());
    QCOMPARE(b.db().annotations().size(), Notes);

    // The peer: the whole cache file (and its write-ahead log) copied into the synced folder.
    QList<double> copies;
    qint64 fileBytes = 0;
    for (int run = 0; run < benchRuns(3); ++run) {
        const QString to = dir.filePath(QStringLiteral("copied%1.db").arg(run));
        timer.restart();
        fileBytes = 0;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            const QString from = a.path() + suffix;
            if (QFile::exists(from)) {
                QVERIFY(QFile::copy(from, to + suffix));
                fileBytes += QFileInfo(from).size();
            }
        }
        copies.append(timer.nsecsElapsed() / 1e6);
    }
    const double copyMs = median(copies);

    timer.restart();
    const SyncReport idle = b.round(new FolderTransport(folder));
    const double idleMs = timer.nsecsElapsed() / 1e6;
    QVERIFY(idle.ok());

    const QString label = QStringLiteral("%1 read marks and %2 notes").arg(ids.size()).arg(Notes);
    m_report.add({QStringLiteral("14. Sync round sending %1").arg(label), sendMs, copyMs, sendMs / copyMs,
        QStringLiteral("≤ 3×"), QStringLiteral("ms"), sendMs <= 3 * copyMs,
        QStringLiteral(
            "publish from the outbox, one journal segment written into a folder; peer: the %1 MB cache "
            "file copied whole with its log (median of %2)")
            .arg(fileBytes >> 20)
            .arg(copies.size())});
    m_report.add(
        {QStringLiteral("14. Sync bytes written for %1").arg(label), double(journal), double(fileBytes),
            double(journal) / double(fileBytes), QStringLiteral("≤ 0.5×"), QStringLiteral("bytes"),
            journal <= fileBytes / 2, QStringLiteral("the journal segment against the whole cache file")});
    m_report.add({QStringLiteral("14. Sync round receiving %1").arg(label), receiveMs, copyMs,
        receiveMs / copyMs, QStringLiteral("≤ 3×"), QStringLiteral("ms"), receiveMs <= 3 * copyMs,
        QStringLiteral("read, checked line by line and merged into the other cache (every post marked, every "
                       "note written); peer: the file copy")});
    m_report.add({QStringLiteral("14. Sync round with nothing new"), idleMs, std::nullopt, std::nullopt,
        QStringLiteral("1 request, 0 bytes"), QStringLiteral("ms"),
        idle.requests == 1 && idle.bytesWritten == 0,
        QStringLiteral("%1 request(s), %2 bytes written, %3 read")
            .arg(idle.requests)
            .arg(idle.bytesWritten)
            .arg(idle.bytesRead)});
}

QTEST_GUILESS_MAIN(BenchDeviceSync)
#include "bench_devicesync.moc"
