// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Annotations kept across restarts and across a re-sync of a thread whose first page
// changed on the forum (served over loopback HTTP), and exported and imported again
// through the real binary.
#include "servers/fixtureserver.h"
#include "servers/xenforofixture.h"
#include "testutil.h"

#include "domain/anchoring.h"
#include "domain/annotationexport.h"
#include "domain/posttext.h"
#include "services/readerservices.h"
#include "services/threadloader.h"
#include "services/threadsession.h"
#include "store/cachestore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestAnnotations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void survivesResyncAndRestart();
    void exportImportRoundTrip();
    void importRejects_data();
    void importRejects();

private:
    void loadThread();
    Annotation highlight(
        const QString &postId, const QString &words, const QString &note, const QString &quote = {}) const;
    QByteArray run(const QStringList &args, int *exitCode = nullptr);

    QTemporaryDir m_dir;
    FixtureServer m_server;
    FixtureThread m_seed;
    QString m_cache;
    QString m_url;
};

void TestAnnotations::initTestCase()
{
    QVERIFY(m_server.start());
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    for (int page = 1; page <= m_seed.pageCount(); ++page)
        m_server.setPage(m_seed.pagePath(page), xenforoPage(m_seed, page));
    m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
    m_url = m_server.url(m_seed.path).toString();
    loadThread();
}

void TestAnnotations::loadThread()
{
    QObject root;
    const ReaderServices services = createReaderServices(m_cache, &root);
    QSignalSpy finished(services.loader, &ThreadLoader::finished);
    QString error;
    QVERIFY(services.loader->open(QUrl(m_url), {}, &error));
    QVERIFY(finished.wait(10000));
    QSignalSpy synced(services.store, &CacheStore::synced);
    services.store->sync();
    QVERIFY(synced.wait());
}

Annotation TestAnnotations::highlight(
    const QString &postId, const QString &words, const QString &note, const QString &quote) const
{
    CacheDatabase db;
    QString error;
    db.open(m_cache, &error);
    const auto thread = db.loadThread(m_url);
    const auto post = std::find_if(
        thread->posts.begin(), thread->posts.end(), [&](const Post &p) { return p.id == postId; });
    const QString text = anchorText(*post, quote); // the post's own words, or its quote's
    const int start = int(text.indexOf(words));
    Annotation a;
    a.kind = Annotation::Kind::Highlight;
    a.threadUrl = m_url;
    a.postId = postId;
    a.note = note;
    a.selector = Anchoring::makeSelector(text, start, start + int(words.size()));
    a.selector.quote = quote;
    return a;
}

void TestAnnotations::survivesResyncAndRestart()
{
    // #4 and #6 are on page 1; #20 on page 2.
    Annotation kept
        = highlight(seedPostId(4), QStringLiteral("lots of solar and wind"), QStringLiteral("cheap power"));
    Annotation lost = highlight(seedPostId(6), QStringLiteral("You can read them in full at whitehouse.gov."),
        QStringLiteral("primary source"));
    Annotation note;
    note.threadUrl = m_url;
    note.postId = seedPostId(20);
    note.note = QStringLiteral("Zoë: check the benchmark claims");
    // Words #4 quotes (from #3): a highlight in the quote, whose offsets count in its words.
    const QString quoted
        = QStringLiteral("It remains to be seen how effective will they be at attaining stated goals.");
    Annotation inQuote = highlight(seedPostId(4), quoted, QStringLiteral("from #3"), QStringLiteral("0"));
    QVERIFY(inQuote.selector.start >= 0);
    {
        CacheDatabase db;
        QString error;
        QVERIFY(db.open(m_cache, &error));
        for (Annotation *a : {&kept, &lost, &note, &inQuote})
            QVERIFY2(db.saveAnnotation(a, &error), qPrintable(error));
    }
    QVERIFY(kept.selector.start > 0);

    // The forum edits page 1: #4 gains a sentence before the highlight, #6 loses the highlighted one.
    FixtureThread edited = m_seed;
    for (FixturePost &p : edited.posts) {
        if (p.id == seedPostId(4))
            p.bbcode.replace(
                QStringLiteral("That means lots"), QStringLiteral("EDIT: see below. That means lots"));
        if (p.id == seedPostId(6))
            p.bbcode.remove(QStringLiteral(" You can read them in full at whitehouse.gov."));
    }
    m_server.setPage(edited.pagePath(1), xenforoPage(edited, 1));
    loadThread(); // a re-sync, in a new session

    CacheDatabase db; // and a restart
    QString error;
    QVERIFY(db.open(m_cache, &error));
    const auto thread = db.loadThread(m_url);
    const QString text4 = std::find_if(thread->posts.begin(), thread->posts.end(), [](const Post &p) {
        return p.id == seedPostId(4);
    })->text;
    QVERIFY(text4.contains(QLatin1String("EDIT: see below.")));
    const QList<Annotation> after = db.annotations(m_url);
    QCOMPARE(after.size(), 4);
    const Annotation &k = after[0];
    QVERIFY(!k.orphaned);
    QCOMPARE(k.selector.exact, QStringLiteral("lots of solar and wind"));
    QCOMPARE(
        k.selector.start, kept.selector.start + int(QStringLiteral("EDIT: see below. ").size())); // moved
    QCOMPARE(text4.mid(k.selector.start, k.selector.end - k.selector.start), k.selector.exact);
    QCOMPARE(k.note, QStringLiteral("cheap power"));
    // The deleted words: kept as an orphan with its text, never dropped.
    const Annotation &l = after[1];
    QVERIFY(l.orphaned);
    QCOMPARE(l.selector.exact, QStringLiteral("You can read them in full at whitehouse.gov."));
    QCOMPARE(after[2].note, note.note);
    // The quote's highlight: #4 was edited (its own words), the quote not: it stays.
    QCOMPARE(after[3].selector, inQuote.selector);
    QVERIFY(!after[3].orphaned);
    QCOMPARE(db.annotatedThreads(), QStringList {m_url});
    m_server.setPage(m_seed.pagePath(1), xenforoPage(m_seed, 1));
}

QByteArray TestAnnotations::run(const QStringList &args, int *exitCode)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(THREADKEEPER_BINARY), QStringList {QStringLiteral("annotations")} + args);
    process.waitForFinished(30000);
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput() + process.readAllStandardError();
}

void TestAnnotations::exportImportRoundTrip()
{
    int code = -1;
    const QByteArray md = run({QStringLiteral("export"), QStringLiteral("--cache"), m_cache}, &code);
    QCOMPARE(code, 0);
    // Markdown: the thread, each post linked back, highlights as quotes, notes, orphans marked.
    QVERIFY2(md.contains("## [The Empire Strikes Back"), md.constData());
    QVERIFY(md.contains(QStringLiteral("### [#4 Daven](%1post-%2)").arg(m_url, seedPostId(4)).toUtf8()));
    QVERIFY(md.contains("> lots of solar and wind\n\ncheap power"));
    QVERIFY(md.contains("*(orphaned: no longer found in the post)*"));
    QVERIFY(md.contains(QStringLiteral("Zoë: check the benchmark claims").toUtf8()));

    const QByteArray json = run(
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
            QStringLiteral("--cache"), m_cache, QStringLiteral("--thread"), m_url + QStringLiteral("page-2")},
        &code);
    QCOMPARE(code, 0);
    QVERIFY2(json.contains("\"quote\": \"0\""), json.constData()); // the highlight in #4's quote
    const QString file = m_dir.filePath(QStringLiteral("annotations.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(json);
    out.close();
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    QCOMPARE(run({QStringLiteral("import"), file, QStringLiteral("--cache"), fresh}, &code).trimmed(),
        QByteArray("imported 4 annotations"));
    QCOMPARE(code, 0);
    // The same annotations, whatever the ids.
    CacheDatabase a;
    CacheDatabase b;
    QString error;
    QVERIFY(a.open(m_cache, &error) && b.open(fresh, &error));
    QList<Annotation> original = a.annotations();
    QList<Annotation> imported = b.annotations();
    QCOMPARE(imported.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        original[i].id = imported[i].id = 0;
        QCOMPARE(imported[i], original[i]);
    }
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--cache"), fresh}),
        json);
}

void TestAnnotations::importRejects_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("why");
    QTest::newRow("not json") << QByteArray("# notes\n") << "not JSON";
    QTest::newRow("rules file") << QByteArray("{\"version\": 1, \"rules\": []}")
                                << "not a Threadkeeper annotations file";
    QTest::newRow("no words") << QByteArray(
        "{\"annotations\": [{\"kind\": \"highlight\", \"thread\": \"t\", \"post\": \"1\"}]}")
                              << "annotation 1 is incomplete";
}

void TestAnnotations::importRejects()
{
    QFETCH(QByteArray, content);
    const QString file = m_dir.filePath(QStringLiteral("bad.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(content);
    out.close();
    const QString cache = m_dir.filePath(QStringLiteral("reject.sqlite"));
    int code = 0;
    const QByteArray output = run({QStringLiteral("import"), file, QStringLiteral("--cache"), cache}, &code);
    QVERIFY(code != 0);
    QFETCH(QString, why);
    QVERIFY2(output.contains(why.toUtf8()), output.constData());
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(cache, &error));
    QVERIFY(db.annotations().isEmpty()); // nothing half-imported
}

QTEST_GUILESS_MAIN(TestAnnotations)
#include "tst_annotations.moc"
