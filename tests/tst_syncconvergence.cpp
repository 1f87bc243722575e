// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The property sync rests on: 3 to 5 devices making random edits (read and unread marks,
// places, watches, folds, rules and notes made, edited and removed), their journals carried
// between their folders by a simulated sync engine in random order, late, twice, and torn
// mid-line, all end in the same state, and that state is the reference model's: for every
// register, the change with the greatest (clock, device) among all the journals hold.
#include "generatedposts.h"
#include "sync/foldertransport.h"
#include "sync/syncjournal.h"
#include "syncrig.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

const QString ThreadUrl = QStringLiteral("https://forum.example.org/threads/convergence.9/");
constexpr int Posts = 30;

// What a device holds that sync is about, as comparable text.
struct Observed
{
    QStringList read;
    QString place;
    bool watched = false;
    QStringList folds;
    QStringList rules; // sync id, pattern, score, note
    QStringList notes; // sync id, post, words
    bool operator==(const Observed &) const = default;
};

QString describe(const Observed &o)
{
    return QStringLiteral("read %1\nplace %2 watched %3\nfolds %4\nrules %5\nnotes %6")
        .arg(o.read.join(u','), o.place)
        .arg(o.watched)
        .arg(o.folds.join(u';'), o.rules.join(u';'), o.notes.join(u';'));
}

} // namespace

class SyncConvergenceTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void converges_data()
    {
        QTest::addColumn<int>("devices");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("steps");
        // THREADKEEPER_SYNC_SEEDS=N for a longer hunt.
        const quint32 seeds = qEnvironmentVariableIntValue("THREADKEEPER_SYNC_SEEDS") > 0
            ? quint32(qEnvironmentVariableIntValue("THREADKEEPER_SYNC_SEEDS"))
            : 6;
        for (quint32 seed = 1; seed <= seeds; ++seed)
            QTest::addRow("%d devices, seed %u", 3 + int(seed % 3), seed) << 3 + int(seed % 3) << seed << 120;
    }

    void converges()
    {
        QFETCH(int, devices);
        QFETCH(quint32, seed);
        QFETCH(int, steps);
        QRandomGenerator rng(seed);
        QTemporaryDir dir;
        std::vector<std::unique_ptr<SyncPeer>> peers;
        QStringList folders;
        const QList<Post> posts = generatedThread(Posts, 11);
        for (int d = 0; d < devices; ++d) {
            peers.push_back(std::make_unique<SyncPeer>(
                dir.filePath(QStringLiteral("d%1.db").arg(d)), QStringLiteral("device %1").arg(d)));
            folders.append(dir.filePath(QStringLiteral("folder%1").arg(d)));
            QDir().mkpath(folders.last());
            // The last device caches the thread only halfway through: its marks wait.
            if (d + 1 < devices)
                cache(*peers.back(), posts);
        }
        QString error;
        int rounds = 0, deliveries = 0, torn = 0;
        for (int step = 0; step < steps; ++step) {
            if (step == steps / 2)
                cache(*peers.back(), posts);
            const int d = rng.bounded(devices);
            SyncPeer &peer = *peers[d];
            switch (rng.bounded(10)) {
            case 0:
            case 1: {
                QStringList ids;
                for (int n = 1 + rng.bounded(4); n > 0; --n)
                    ids.append(posts[rng.bounded(Posts)].id);
                peer.db().markRead(
                    ThreadUrl, ids, rng.bounded(3) ? QDateTime::currentDateTimeUtc() : QDateTime(), &error);
                break;
            }
            case 2:
                peer.db().savePlace(ThreadUrl, {posts[rng.bounded(Posts)].id, rng.bounded(2000)}, &error);
                peer.db().setWatched(ThreadUrl, rng.bounded(2), &error);
                peer.db().saveFolds(ThreadUrl, posts[rng.bounded(Posts)].id,
                    rng.bounded(2) ? QStringList {QStringLiteral("0")} : QStringList {}, &error);
                break;
            case 3:
                editRules(peer, rng);
                editNotes(peer, rng, posts);
                break;
            case 4:
            case 5:
            case 6: {
                const SyncReport r = peer.round(new FolderTransport(folders[d]));
                QVERIFY2(r.ok(), qPrintable(r.error));
                ++rounds;
                break;
            }
            default:
                torn += deliver(folders, rng);
                ++deliveries;
                break;
            }
            QTest::qWait(1); // the clock moves between steps, as between a reader's clicks
        }
        // Everyone publishes, the engine finishes copying, everyone reads; then nothing is left to say.
        for (int d = 0; d < devices; ++d)
            QVERIFY(peers[d]->round(new FolderTransport(folders[d])).ok());
        deliverAll(folders);
        for (int d = 0; d < devices; ++d)
            QVERIFY(peers[d]->round(new FolderTransport(folders[d])).ok());
        for (int d = 0; d < devices; ++d) {
            const SyncReport r = peers[d]->round(new FolderTransport(folders[d]));
            QVERIFY(r.ok());
            QCOMPARE(r.sent, 0);
            QCOMPARE(r.received, 0);
        }
        qInfo("%d devices, %d rounds, %d deliveries (%d torn)", devices, rounds, deliveries, torn);
        const Observed expected = model(folders.first(), peers.back()->db());
        QVERIFY(!expected.read.isEmpty() || !expected.rules.isEmpty() || !expected.notes.isEmpty());
        for (int d = 0; d < devices; ++d) {
            const Observed seen = observe(*peers[d]);
            QVERIFY2(seen == expected,
                qPrintable(QStringLiteral("device %1:\n%2\nexpected:\n%3")
                               .arg(d)
                               .arg(describe(seen), describe(expected))));
        }
    }

private:
    static void cache(SyncPeer &peer, const QList<Post> &posts)
    {
        QString error;
        for (int page = 0; page * 10 < Posts; ++page)
            QVERIFY(
                peer.db().savePage({ThreadUrl, QStringLiteral("xenforo"), QStringLiteral("Convergence"), 3},
                    page + 1, posts.mid(page * 10, 10), QDateTime::currentDateTimeUtc(), &error));
    }

    static void editRules(SyncPeer &peer, QRandomGenerator &rng)
    {
        QString error;
        QList<Rule> rules = peer.db().rules();
        const int choice = rng.bounded(3);
        if (rules.isEmpty() || choice == 0) {
            Rule r;
            r.site = QStringLiteral("forum.example.org");
            r.pattern = QStringLiteral("poster%1").arg(rng.bounded(100));
            r.score = -100;
            r.created = QDateTime::currentDateTimeUtc();
            peer.db().saveRule(&r, &error);
        } else if (choice == 1) {
            Rule &r = rules[rng.bounded(int(rules.size()))];
            if (rng.bounded(2))
                r.score = int(rng.bounded(200)) - 100;
            else
                r.note = QStringLiteral("note %1").arg(rng.bounded(1000));
            peer.db().saveRule(&r, &error);
        } else {
            peer.db().removeRule(rules[rng.bounded(int(rules.size()))].id, &error);
        }
    }

    static void editNotes(SyncPeer &peer, QRandomGenerator &rng, const QList<Post> &posts)
    {
        QString error;
        QList<Annotation> notes = peer.db().annotations();
        const int choice = rng.bounded(3);
        if (notes.isEmpty() || choice == 0) {
            Annotation a;
            a.threadUrl = ThreadUrl;
            a.postId = posts[rng.bounded(Posts)].id;
            a.note = QStringLiteral("words %1 ✓").arg(rng.bounded(1000));
            a.created = a.updated = QDateTime::currentDateTimeUtc();
            peer.db().saveAnnotation(&a, &error);
        } else if (choice == 1) {
            Annotation &a = notes[rng.bounded(int(notes.size()))];
            a.note = QStringLiteral("edited %1").arg(rng.bounded(1000));
            peer.db().saveAnnotation(&a, &error);
        } else {
            peer.db().removeAnnotation(notes[rng.bounded(int(notes.size()))].id, &error);
        }
    }

    static void copy(const QString &from, const QString &to, qint64 bytes = -1)
    {
        QFile in(from);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray all = in.readAll();
        QFile out(to);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes < 0 ? all : all.left(bytes));
    }

    // The engine copies one file from one folder to another: sometimes only part of it
    // (as a round may find it mid-copy), sometimes again (a duplicate), sometimes an older
    // file after a newer one.
    static int deliver(const QStringList &folders, QRandomGenerator &rng)
    {
        const QString &from = folders[rng.bounded(int(folders.size()))];
        const QString &to = folders[rng.bounded(int(folders.size()))];
        const QStringList files = QDir(from).entryList({QStringLiteral("tk-*.jsonl")}, QDir::Files);
        if (from == to || files.isEmpty())
            return 0;
        const QString name = files[rng.bounded(int(files.size()))];
        const qint64 size = QFileInfo(QDir(from).filePath(name)).size();
        const qint64 have
            = QFileInfo(QDir(to).filePath(name)).exists() ? QFileInfo(QDir(to).filePath(name)).size() : 0;
        if (have > size)
            return 0; // an engine never shortens a file with an older copy
        if (rng.bounded(4) == 0 && size > 1) {
            const qint64 cut = std::max(have, qint64(1 + rng.bounded(int(size - 1))));
            copy(QDir(from).filePath(name), QDir(to).filePath(name), cut);
            return 1;
        }
        copy(QDir(from).filePath(name), QDir(to).filePath(name));
        return 0;
    }

    static void deliverAll(const QStringList &folders)
    {
        QHash<QString, QString> longest; // name → the folder with its whole copy
        for (const QString &folder : folders)
            for (const QFileInfo &info :
                QDir(folder).entryInfoList({QStringLiteral("tk-*.jsonl")}, QDir::Files))
                if (!longest.contains(info.fileName())
                    || QFileInfo(QDir(longest[info.fileName()]).filePath(info.fileName())).size()
                        < info.size())
                    longest[info.fileName()] = folder;
        for (auto it = longest.cbegin(); it != longest.cend(); ++it)
            for (const QString &folder : folders)
                if (folder != it.value())
                    copy(QDir(it.value()).filePath(it.key()), QDir(folder).filePath(it.key()));
    }

    // The reference: every change in every journal, the greatest (clock, device) per register.
    static Observed model(const QString &folder, CacheDatabase &anyDb)
    {
        Q_UNUSED(anyDb)
        std::map<std::tuple<QString, QString, QString>, SyncOp> winners;
        for (const QFileInfo &info :
            QDir(folder).entryInfoList({QStringLiteral("tk-*.jsonl")}, QDir::Files)) {
            QFile f(info.filePath());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const SyncJournal::Chunk chunk = SyncJournal::decode(info.fileName(), 0, f.readAll());
            for (const SyncOp &op : chunk.ops) {
                const auto key = std::make_tuple(op.kind, op.scope, op.item);
                const auto it = winners.find(key);
                if (it == winners.end() || op.beats(it->second))
                    winners[key] = op;
            }
        }
        Observed o;
        std::map<QString, std::map<QString, SyncOp>> rows;
        for (const auto &[key, op] : winners) {
            const QString &kind = op.kind;
            if (kind == QLatin1String("read") && !op.deleted)
                o.read.append(op.item);
            else if (kind == QLatin1String("place"))
                o.place = op.value;
            else if (kind == QLatin1String("watch"))
                o.watched = !op.deleted;
            else if (kind == QLatin1String("fold") && !op.deleted)
                o.folds.append(op.item + QLatin1Char('=') + op.value);
            else if (kind == QLatin1String("rule") || kind == QLatin1String("note"))
                rows[kind + QLatin1Char(' ') + op.scope][op.item] = op;
        }
        for (const auto &[key, fields] : rows) {
            const auto exists = fields.find(QString());
            if (exists == fields.end() || exists->second.deleted)
                continue;
            const QString syncId = key.section(QLatin1Char(' '), 1);
            auto field = [&](const char *name) {
                const auto it = fields.find(QString::fromLatin1(name));
                return it == fields.end() || it->second.deleted ? QString() : it->second.value;
            };
            if (key.startsWith(QLatin1String("rule ")))
                o.rules.append(
                    QStringList {syncId, field("pattern"), field("score"), field("note")}.join(u'|'));
            else
                o.notes.append(QStringList {syncId, field("post_id"), field("note")}.join(u'|'));
        }
        o.read.sort();
        o.folds.sort();
        o.rules.sort();
        o.notes.sort();
        return o;
    }

    static Observed observe(SyncPeer &peer)
    {
        Observed o;
        o.read = peer.readPosts(ThreadUrl);
        const auto thread = peer.db().loadThread(ThreadUrl);
        if (thread && !thread->place.postId.isEmpty())
            o.place = QStringLiteral("{\"post\":\"%1\",\"scroll\":%2}")
                          .arg(thread->place.postId)
                          .arg(thread->place.scroll);
        o.watched = !peer.db().watchedThreads().isEmpty();
        const auto folds = peer.db().folds(ThreadUrl);
        for (auto it = folds.cbegin(); it != folds.cend(); ++it)
            o.folds.append(it.key() + QLatin1Char('=') + it.value().join(QLatin1Char(' ')));
        const QString connection = QStringLiteral("observe-%1").arg(quintptr(&peer));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(peer.path());
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT sync_id, pattern, score, note FROM rules"));
            while (q.next())
                o.rules.append(QStringList {q.value(0).toString(), q.value(1).toString(),
                    q.value(2).toString(), q.value(3).toString()}
                                   .join(u'|'));
            q.exec(QStringLiteral("SELECT sync_id, post_id, note FROM annotations"));
            while (q.next())
                o.notes.append(
                    QStringList {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}.join(
                        u'|'));
        }
        QSqlDatabase::removeDatabase(connection);
        o.folds.sort();
        o.rules.sort();
        o.notes.sort();
        return o;
    }
};

QTEST_GUILESS_MAIN(SyncConvergenceTest)
#include "tst_syncconvergence.moc"
