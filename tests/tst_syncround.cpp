// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sync between two or three caches through one folder: what travels (read and unread marks,
// place, watch, folds, rules, notes, subscriptions and their items' read state), what waits
// for a thread not cached yet, conflicts of notes, rounds with nothing new, torn, foreign and
// damaged files, the snapshot that replaces a device's segments, a failed write sent again.
#include "generatedposts.h"
#include "store/subscriptionrepository.h"
#include "sync/foldertransport.h"
#include "sync/syncjournal.h"
#include "syncrig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

const QString ThreadUrl = QStringLiteral("https://www.techpowerup.com/forums/threads/sync-test.1/");

ThreadInfo info()
{
    return {ThreadUrl, QStringLiteral("xenforo"), QStringLiteral("Sync test"), 2};
}

// Two pages of 20 posts.
void cacheThread(SyncPeer &peer, int pages = 2)
{
    const QList<Post> posts = generatedThread(40, 7);
    QString error;
    for (int page = 1; page <= pages; ++page)
        QVERIFY2(peer.db().savePage(
                     info(), page, posts.mid((page - 1) * 20, 20), QDateTime::currentDateTimeUtc(), &error),
            qPrintable(error));
}

// A folder transport whose writes fail: a sync place gone read-only, say.
class FailingTransport final : public SyncTransport
{
public:
    explicit FailingTransport(const QString &folder)
        : m_inner(folder, this)
    { }
    void list(Listed done) override { m_inner.list(std::move(done)); }
    void read(const QString &name, qint64 from, Read done) override
    {
        m_inner.read(name, from, std::move(done));
    }
    void write(const QString &, const QByteArray &, Done done) override
    {
        QMetaObject::invokeMethod(
            this, [done] { done(QStringLiteral("the disk is full")); }, Qt::QueuedConnection);
    }
    void remove(const QString &name, Done done) override { m_inner.remove(name, std::move(done)); }
    QString describe() const override { return m_inner.describe(); }

private:
    FolderTransport m_inner;
};

} // namespace

class SyncRoundTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_folder = m_dir->filePath(QStringLiteral("shared"));
        m_a = std::make_unique<SyncPeer>(m_dir->filePath(QStringLiteral("a.db")), QStringLiteral("desktop"));
        m_b = std::make_unique<SyncPeer>(m_dir->filePath(QStringLiteral("b.db")), QStringLiteral("laptop"));
    }
    void cleanup()
    {
        m_a.reset();
        m_b.reset();
        m_dir.reset();
    }

    void readAndUnreadMarksTravelBothWays()
    {
        cacheThread(*m_a);
        cacheThread(*m_b);
        QString error;
        // Read before sync was set up: the first round takes it along.
        QVERIFY(m_a->db().markRead(ThreadUrl, {QStringLiteral("1000"), QStringLiteral("1001")},
            QDateTime::currentDateTimeUtc(), &error));
        SyncReport a = roundA();
        QVERIFY2(a.ok(), qPrintable(a.error));
        QCOMPARE(a.sent, 2);
        SyncReport b = roundB();
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.received, 2);
        QCOMPARE(m_b->readPosts(ThreadUrl), QStringList({QStringLiteral("1000"), QStringLiteral("1001")}));
        QCOMPARE(b.threads, QStringList {ThreadUrl});
        QCOMPARE(b.devices.size(), 1);
        QCOMPARE(b.devices.constFirst().name, QStringLiteral("desktop"));

        // A deliberate "unread" later on the laptop wins over the desktop's older read mark.
        QTest::qWait(5);
        QVERIFY(m_b->db().markRead(ThreadUrl, {QStringLiteral("1001")}, QDateTime(), &error));
        QVERIFY(
            m_b->db().markRead(ThreadUrl, {QStringLiteral("1005")}, QDateTime::currentDateTimeUtc(), &error));
        b = roundB();
        QCOMPARE(b.sent, 2);
        a = roundA();
        QVERIFY2(a.ok(), qPrintable(a.error));
        QCOMPARE(a.received, 2);
        QCOMPARE(m_a->readPosts(ThreadUrl), QStringList({QStringLiteral("1000"), QStringLiteral("1005")}));
        // Nothing goes back and forth once both agree.
        QCOMPARE(roundA().sent, 0);
        QCOMPARE(roundB().received, 0);
    }

    void roundWithNothingNewListsOnceAndWritesNothing()
    {
        cacheThread(*m_a);
        QString error;
        QVERIFY(
            m_a->db().markRead(ThreadUrl, {QStringLiteral("1003")}, QDateTime::currentDateTimeUtc(), &error));
        roundA();
        roundB();
        const QStringList before = QDir(m_folder).entryList(QDir::Files);
        const SyncReport a = roundA();
        const SyncReport b = roundB();
        for (const SyncReport &r : {a, b}) {
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.requests, 1);
            QCOMPARE(r.bytesWritten, 0);
            QCOMPARE(r.bytesRead, 0);
            QCOMPARE(r.sent, 0);
            QCOMPARE(r.received, 0);
        }
        QCOMPARE(QDir(m_folder).entryList(QDir::Files), before);
    }

    void marksWaitForAThreadNotCachedYet()
    {
        cacheThread(*m_a);
        QString error;
        QVERIFY(m_a->db().markRead(ThreadUrl, {QStringLiteral("1002"), QStringLiteral("1030")},
            QDateTime::currentDateTimeUtc(), &error));
        QVERIFY(m_a->db().savePlace(ThreadUrl, {QStringLiteral("1030"), 480}, &error));
        QVERIFY(m_a->db().setWatched(ThreadUrl, true, &error));
        roundA();
        const SyncReport b = roundB();
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.received, 4);
        // The library lists the watched thread, under its address, before it was ever opened here.
        const auto waiting = m_b->db().threads();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting[0].info.url, ThreadUrl);
        QVERIFY(waiting[0].watched);
        QCOMPARE(waiting[0].posts, 0);
        // The laptop opens the thread a page at a time: each page's marks land with it.
        cacheThread(*m_b, 1);
        QCOMPARE(m_b->readPosts(ThreadUrl), QStringList {QStringLiteral("1002")});
        cacheThread(*m_b, 2);
        QCOMPARE(m_b->readPosts(ThreadUrl), QStringList({QStringLiteral("1002"), QStringLiteral("1030")}));
        const auto thread = m_b->db().loadThread(ThreadUrl);
        QCOMPARE(thread->place.postId, QStringLiteral("1030"));
        QCOMPARE(thread->place.scroll, 480);
        QCOMPARE(m_b->db().watchedThreads().size(), 1);
        QCOMPARE(m_b->db().threads().size(), 1); // listed once, now as cached
        QCOMPARE(m_b->db().threads()[0].posts, 40);
        // Landing is not a change of the laptop's own: nothing goes back.
        QCOMPARE(roundB().sent, 0);
    }

    void rulesAndNotesMergeColumnByColumn()
    {
        QString error;
        Rule rule;
        rule.site = QStringLiteral("www.techpowerup.com");
        rule.pattern = QStringLiteral("Vayra86");
        rule.score = -100;
        rule.note = QStringLiteral("too loud");
        rule.created = QDateTime::currentDateTimeUtc();
        QVERIFY(m_a->db().saveRule(&rule, &error));
        Annotation note;
        note.threadUrl = ThreadUrl;
        note.postId = QStringLiteral("1004");
        note.note = QStringLiteral("Coal plants: check the source");
        note.created = note.updated = QDateTime::currentDateTimeUtc();
        QVERIFY(m_a->db().saveAnnotation(&note, &error));
        roundA();
        SyncReport b = roundB();
        QVERIFY(b.rules);
        QVERIFY(b.annotations);
        QList<Rule> rulesB = m_b->db().rules();
        QCOMPARE(rulesB.size(), 1);
        QCOMPARE(rulesB[0].pattern, rule.pattern);
        QCOMPARE(rulesB[0].score, -100);
        QCOMPARE(rulesB[0].note, rule.note);
        QCOMPARE(m_b->db().annotations().size(), 1);
        QCOMPARE(m_b->db().annotations()[0].note, note.note);
        QCOMPARE(m_b->db().annotations()[0].postId, QStringLiteral("1004"));

        // Concurrent edits of different columns: both survive on both sides.
        Rule ruleA = m_a->db().rules()[0];
        ruleA.score = -50;
        QVERIFY(m_a->db().saveRule(&ruleA, &error));
        rulesB[0].note = QStringLiteral("too loud, but right about coal");
        QVERIFY(m_b->db().saveRule(&rulesB[0], &error));
        roundA();
        roundB();
        roundA();
        for (SyncPeer *peer : {m_a.get(), m_b.get()}) {
            const QList<Rule> rules = peer->db().rules();
            QCOMPARE(rules.size(), 1);
            QCOMPARE(rules[0].score, -50);
            QCOMPARE(rules[0].note, QStringLiteral("too loud, but right about coal"));
        }

        // A removal is a tombstone that wins.
        QVERIFY(m_b->db().removeRule(m_b->db().rules()[0].id, &error));
        QVERIFY(m_b->db().removeAnnotation(m_b->db().annotations()[0].id, &error));
        roundB();
        const SyncReport a = roundA();
        QVERIFY(a.rules);
        QCOMPARE(m_a->db().rules().size(), 0);
        QCOMPARE(m_a->db().annotations().size(), 0);
    }

    void noteEditedOnTwoMachinesKeepsTheEarlierWordsAsHistory()
    {
        QString error;
        Annotation note;
        note.threadUrl = ThreadUrl;
        note.postId = QStringLiteral("1010");
        note.note = QStringLiteral("first words");
        note.created = note.updated = QDateTime::currentDateTimeUtc();
        QVERIFY(m_a->db().saveAnnotation(&note, &error));
        roundA();
        roundB();
        Annotation onA = m_a->db().annotations()[0];
        Annotation onB = m_b->db().annotations()[0];
        onA.note = QStringLiteral("desktop's words");
        QVERIFY(m_a->db().saveAnnotation(&onA, &error));
        QTest::qWait(5);
        onB.note = QStringLiteral("laptop's words");
        QVERIFY(m_b->db().saveAnnotation(&onB, &error));
        roundA();
        roundB();
        roundA();
        for (SyncPeer *peer : {m_a.get(), m_b.get()}) {
            const QList<Annotation> notes = peer->db().annotations();
            QCOMPARE(notes.size(), 1);
            QCOMPARE(notes[0].note, QStringLiteral("laptop's words"));
            QCOMPARE(history(*peer), QStringList {QStringLiteral("desktop's words")});
        }
    }

    void foldsAndSubscriptionsTravel()
    {
        cacheThread(*m_a);
        cacheThread(*m_b);
        QString error;
        QVERIFY(m_a->db().saveFolds(
            ThreadUrl, QStringLiteral("1001"), {QStringLiteral("0"), QStringLiteral("0/1")}, &error));
        Subscription sub;
        sub.url = QUrl(QStringLiteral("https://www.techpowerup.com/forums/forums/news.4/"));
        sub.title = QStringLiteral("TPU news");
        sub.folder = QStringLiteral("Hardware");
        sub.added = QDateTime::currentDateTimeUtc();
        QVERIFY2(m_a->db().subscriptions().add(&sub, &error), qPrintable(error));
        roundA();
        const SyncReport b = roundB();
        QVERIFY(b.subscriptions);
        QCOMPARE(m_b->db().folds(ThreadUrl).value(QStringLiteral("1001")),
            QStringList({QStringLiteral("0"), QStringLiteral("0/1")}));
        const QList<Subscription> subs = m_b->db().subscriptions().subscriptions();
        QCOMPARE(subs.size(), 1);
        QCOMPARE(subs[0].url, sub.url);
        QCOMPARE(subs[0].title, sub.title);
        QCOMPARE(subs[0].folder, sub.folder);
        // Unfolded again on the laptop: the row goes on the desktop too.
        QVERIFY(m_b->db().saveFolds(ThreadUrl, QStringLiteral("1001"), {}, &error));
        roundB();
        roundA();
        QVERIFY(m_a->db().folds(ThreadUrl).isEmpty());
    }

    void tornForeignAndDamagedFilesAreSkippedAndNamed()
    {
        cacheThread(*m_a);
        cacheThread(*m_b);
        QString error;
        QVERIFY(m_a->db().markRead(ThreadUrl,
            {QStringLiteral("1000"), QStringLiteral("1001"), QStringLiteral("1002")},
            QDateTime::currentDateTimeUtc(), &error));
        // A writes into its own folder; a "sync engine" (the test) copies it to B's, torn.
        const QString folderA = m_dir->filePath(QStringLiteral("copy-a"));
        const QString folderB = m_dir->filePath(QStringLiteral("copy-b"));
        QVERIFY(m_a->round(new FolderTransport(folderA)).ok());
        const QStringList written = QDir(folderA).entryList(QDir::Files);
        QCOMPARE(written.size(), 1);
        QFile whole(QDir(folderA).filePath(written[0]));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const qsizetype secondLineEnd
            = bytes.indexOf('\n', bytes.indexOf('\n') + 1); // the header and one change
        QDir().mkpath(folderB);
        writeFile(QDir(folderB).filePath(written[0]),
            bytes.left(secondLineEnd + 10)); // header, one op, a torn line
        // Beside it: a file in our shape from no device of ours, and a damaged one.
        writeFile(QDir(folderB).filePath(QStringLiteral("tk-0123456789abcdef-00000001.jsonl")),
            "{\"something\":\"else\"}\n");
        writeFile(QDir(folderB).filePath(QStringLiteral("tk-fedcba9876543210-00000001.jsonl")),
            "{\"threadkeeper-sync\":1,\"device\":\"fedcba9876543210\",\"name\":\"x\",\"written\":1}\nnot "
            "json\n");
        writeFile(QDir(folderB).filePath(QStringLiteral("notes.txt")), "the reader's own file");
        SyncReport b = m_b->round(new FolderTransport(folderB));
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.received, 1);
        QCOMPARE(m_b->readPosts(ThreadUrl), QStringList {QStringLiteral("1000")});
        QCOMPARE(b.skipped.size(), 2);
        QVERIFY2(b.skipped.filter(QStringLiteral("tk-0123456789abcdef-00000001.jsonl")).size() == 1,
            qPrintable(b.skipped.join(u'\n')));
        QVERIFY(b.skipped.filter(QStringLiteral("tk-fedcba9876543210-00000001.jsonl")).size() == 1);
        // The copy completes: the rest is read from where the last round stopped.
        writeFile(QDir(folderB).filePath(written[0]), bytes);
        b = m_b->round(new FolderTransport(folderB));
        QVERIFY2(b.ok(), qPrintable(b.error));
        QCOMPARE(b.received, 2);
        QCOMPARE(b.bytesRead, bytes.size() - secondLineEnd - 1);
        QCOMPARE(m_b->readPosts(ThreadUrl),
            QStringList({QStringLiteral("1000"), QStringLiteral("1001"), QStringLiteral("1002")}));
        // A duplicate delivery (the same file again under a new tag) changes nothing.
        writeFile(QDir(folderB).filePath(written[0]), bytes);
        b = m_b->round(new FolderTransport(folderB));
        QCOMPARE(b.received, 0);
        QVERIFY(QFile::exists(QDir(folderB).filePath(QStringLiteral("notes.txt"))));
    }

    void failedWriteIsSentAgainNextRound()
    {
        cacheThread(*m_a);
        cacheThread(*m_b);
        QString error;
        QVERIFY(
            m_a->db().markRead(ThreadUrl, {QStringLiteral("1007")}, QDateTime::currentDateTimeUtc(), &error));
        const SyncReport failed = m_a->round(new FailingTransport(m_folder));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error.contains(QStringLiteral("the disk is full")), qPrintable(failed.error));
        QVERIFY(QDir(m_folder).entryList(QDir::Files).isEmpty());
        const SyncReport again = roundA();
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.sent, 0); // published before, stored now
        QCOMPARE(QDir(m_folder).entryList(QDir::Files).size(), 1);
        roundB();
        QCOMPARE(m_b->readPosts(ThreadUrl), QStringList {QStringLiteral("1007")});
    }

    void snapshotReplacesSegmentsAndANewDeviceCatchesUp()
    {
        cacheThread(*m_a);
        QString error;
        const QList<Post> posts = generatedThread(40, 7);
        // More rounds with changes than a device keeps segments for.
        for (int i = 0; i <= SyncRound::CompactAfter + 1; ++i) {
            // Read the 40 posts one by one, then unread them: every round has a change.
            QVERIFY(m_a->db().markRead(ThreadUrl, {posts[i % 40].id},
                i < 40 ? QDateTime::currentDateTimeUtc() : QDateTime(), &error));
            const SyncReport r = roundA();
            QVERIFY2(r.ok(), qPrintable(r.error));
        }
        const QStringList files = QDir(m_folder).entryList(QDir::Files);
        const QStringList snapshots = files.filter(QStringLiteral("-snap-"));
        QCOMPARE(snapshots.size(), 1);
        QVERIFY2(files.size() <= 2, qPrintable(files.join(u' ')));
        // A third device that was never here reads the snapshot and has it all.
        SyncPeer c(m_dir->filePath(QStringLiteral("c.db")), QStringLiteral("netbook"));
        cacheThread(c);
        const SyncReport r = c.round(new FolderTransport(m_folder));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(c.readPosts(ThreadUrl), m_a->readPosts(ThreadUrl));
        QVERIFY(!c.readPosts(ThreadUrl).isEmpty());
    }

    void journalNamesAndLines_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("ops");
        QTest::addColumn<bool>("damaged");
        const QByteArray header
            = "{\"threadkeeper-sync\":1,\"device\":\"00112233445566aa\",\"name\":\"n\",\"written\":5}\n";
        QTest::newRow("header only") << header << 0 << false;
        QTest::newRow("torn header") << header.left(20) << 0 << false;
        QTest::newRow("one op") << header
                + "{\"k\":\"read\",\"s\":\"u\",\"i\":\"1\",\"h\":\"77\",\"v\":\"5\"}\n"
                                << 1 << false;
        QTest::newRow("tombstone") << header
                + "{\"k\":\"read\",\"s\":\"u\",\"i\":\"1\",\"h\":\"77\",\"d\":true}\n"
                                   << 1 << false;
        QTest::newRow("no clock") << header + "{\"k\":\"read\",\"s\":\"u\",\"i\":\"1\",\"v\":\"5\"}\n"
                                  << 0 << true;
        QTest::newRow("array") << header + "[1,2]\n" << 0 << true;
        QTest::newRow("short escape") << header + R"({"k":"read","s":"u","i":"1","h":"77","v":"\u0e9 "})"
                + "\n" << 0 << true;
        QTest::newRow("other device") << QByteArray(
            "{\"threadkeeper-sync\":1,\"device\":\"ffffffffffffffff\",\"name\":\"n\",\"written\":5}\n")
                                      << 0 << true;
        QTest::newRow("other format") << QByteArray(
            "{\"threadkeeper-sync\":2,\"device\":\"00112233445566aa\",\"name\":\"n\",\"written\":5}\n")
                                      << 0 << true;
    }
    void journalNamesAndLines()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, ops);
        QFETCH(bool, damaged);
        const QString name = SyncJournal::segmentName(QStringLiteral("00112233445566aa"), 3);
        QCOMPARE(name, QStringLiteral("tk-00112233445566aa-00000003.jsonl"));
        QCOMPARE(SyncJournal::parseName(name).segment, 3);
        QVERIFY(SyncJournal::parseName(SyncJournal::snapshotName(QStringLiteral("00112233445566aa"), 9))
                    .snapshot);
        const SyncJournal::Chunk chunk = SyncJournal::decode(name, 0, bytes);
        QCOMPARE(chunk.ops.size(), ops);
        QCOMPARE(!chunk.damage.isEmpty(), damaged);
        for (const SyncOp &op : chunk.ops)
            QCOMPARE(op.device, QStringLiteral("00112233445566aa"));
    }

    void readingSettingsTravelAndOnlyChangesGo()
    {
        const QString hideMode = QStringLiteral("rules/hideMode");
        const QString threshold = QStringLiteral("rules/hideThreshold");
        // The laptop never set anything: it sends nothing and takes the desktop's.
        QVERIFY(roundB().settings.isEmpty());
        QVERIFY(
            checked(m_a->round(new FolderTransport(m_folder), {{hideMode, QStringLiteral("2")}})).sent > 0);
        SyncReport b = roundB();
        QCOMPARE(b.settings.value(hideMode), QStringLiteral("2"));
        // Unchanged, it does not go again; a later change on the laptop wins on the desktop.
        QCOMPARE(
            checked(m_a->round(new FolderTransport(m_folder), {{hideMode, QStringLiteral("2")}})).sent, 0);
        QTest::qWait(5);
        b = checked(m_b->round(new FolderTransport(m_folder),
            {{hideMode, QStringLiteral("1")}, {threshold, QStringLiteral("-50")}}));
        QCOMPARE(b.sent, 2);
        const SyncReport a
            = checked(m_a->round(new FolderTransport(m_folder), {{hideMode, QStringLiteral("2")}}));
        QCOMPARE(a.settings.value(hideMode), QStringLiteral("1"));
        QCOMPARE(a.settings.value(threshold), QStringLiteral("-50"));
    }

    void journalKeepsOddText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QStringLiteral("");
        QTest::newRow("quotes and backslashes") << QStringLiteral("\"a\" \\ \\\" /");
        QTest::newRow("control characters") << QStringLiteral("tab\tnl\ncr\r\x01\x1f\b\f");
        QTest::newRow("beyond the BMP") << QStringLiteral("Zoë 😀 𝄞 東京");
        QTest::newRow("markup") << QStringLiteral("</script><b>&amp;</b>");
        QTest::newRow("half a surrogate pair")
            << QString(QChar(0xd83d)) + QStringLiteral("x") + QChar(0xde00);
        QTest::newRow("long") << QString(70000, QLatin1Char('x'));
    }
    void journalKeepsOddText()
    {
        QFETCH(QString, text);
        const QString device = QStringLiteral("00112233445566aa");
        const QList<SyncOp> ops {{QStringLiteral("note"), text.isEmpty() ? QStringLiteral("s") : text,
                                     QStringLiteral("note"), 77, device, text, false},
            {QStringLiteral("read"), QStringLiteral("u"), text, 78, device, QString(), true}};
        const QByteArray bytes = SyncJournal::encode({device, text, 5}, ops);
        QCOMPARE(bytes.count('\n'), 3); // a change a line, whatever the text holds
        const SyncJournal::Chunk chunk = SyncJournal::decode(SyncJournal::segmentName(device, 1), 0, bytes);
        QVERIFY2(chunk.damage.isEmpty(), qPrintable(chunk.damage));
        QCOMPARE(chunk.header.name, text.left(200));
        QCOMPARE(chunk.ops.size(), 2);
        QCOMPARE(chunk.ops[0].value, text);
        QVERIFY(!chunk.ops[0].value.isNull()); // "" is a value, not a deletion
        QCOMPARE(chunk.ops[0].scope, ops[0].scope);
        QCOMPARE(chunk.ops[1].item, text);
        QVERIFY(chunk.ops[1].deleted);
    }

    void journalReadsOtherWritersShapes_data()
    {
        // Lines a device of ours never writes but JSON allows: read the same, by the slow path.
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("deleted");
        QTest::newRow("spaces and order")
            << QByteArray(R"( { "v" : "5" , "h" : "77", "i":"1", "s":"u", "k":"read" } )") << false;
        QTest::newRow("escaped slash")
            << QByteArray(R"({"k":"read","s":"u","i":"1","h":"77","v":"5\/"})") << false;
        QTest::newRow("d false") << QByteArray(R"({"k":"read","s":"u","i":"1","h":"77","d":false,"v":"5"})")
                                 << false;
        QTest::newRow("escape of four digits")
            << QByteArray(R"({"k":"read","s":"u","i":"1","h":"77","v":"5\u00e9"})") << false;
        QTest::newRow("unknown field")
            << QByteArray(R"({"k":"read","s":"u","i":"1","h":"77","d":true,"x":[1,{}]})") << true;
    }
    void journalReadsOtherWritersShapes()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, deleted);
        const QByteArray bytes
            = "{\"threadkeeper-sync\":1,\"device\":\"00112233445566aa\",\"name\":\"n\",\"written\":5}\n"
            + line + '\n';
        const SyncJournal::Chunk chunk
            = SyncJournal::decode(SyncJournal::segmentName(QStringLiteral("00112233445566aa"), 1), 0, bytes);
        QVERIFY2(chunk.damage.isEmpty(), qPrintable(chunk.damage));
        QCOMPARE(chunk.ops.size(), 1);
        QCOMPARE(chunk.ops[0].kind, QStringLiteral("read"));
        QCOMPARE(chunk.ops[0].hlc, 77);
        QCOMPARE(chunk.ops[0].deleted, deleted);
        if (!deleted)
            QVERIFY(chunk.ops[0].value.startsWith(QLatin1Char('5')));
    }

private:
    SyncReport roundA() { return checked(m_a->round(new FolderTransport(m_folder))); }
    SyncReport roundB() { return checked(m_b->round(new FolderTransport(m_folder))); }
    static SyncReport checked(const SyncReport &report)
    {
        if (!report.ok())
            qWarning("round failed: %s", qPrintable(report.error));
        for (const QString &skipped : report.skipped)
            qWarning("skipped: %s", qPrintable(skipped));
        return report;
    }
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    QStringList history(SyncPeer &peer)
    {
        QStringList out;
        for (const Annotation &a : peer.db().annotations())
            out += a.history;
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    std::unique_ptr<SyncPeer> m_a;
    std::unique_ptr<SyncPeer> m_b;
};

QTEST_GUILESS_MAIN(SyncRoundTest)
#include "tst_syncround.moc"
