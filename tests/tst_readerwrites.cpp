// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the reader writes is never lost: rules and annotations get their ids from the
// database, so a write made before the first load has arrived, or while another process
// (the command line) adds its own, never replaces a row; an import is one write, one
// change and one undo step.
#include "services/annotationbook.h"
#include "services/rulebook.h"
#include "store/cachedatabase.h"
#include "store/cachestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Threadkeeper;

namespace {

Rule poster(const QString &name, int score)
{
    Rule r;
    r.site = QStringLiteral("forum.example");
    r.pattern = name;
    r.score = score;
    return r;
}

Annotation note(const QString &postId, const QString &text)
{
    Annotation a;
    a.threadUrl = QStringLiteral("https://forum.example/threads/a.1/");
    a.postId = postId;
    a.note = text;
    return a;
}

QStringList patterns(const QList<Rule> &rules)
{
    QStringList list;
    for (const Rule &r : rules)
        list.append(r.pattern);
    list.sort();
    return list;
}

QStringList notes(const QList<Annotation> &annotations)
{
    QStringList list;
    for (const Annotation &a : annotations)
        list.append(a.note);
    list.sort();
    return list;
}

} // namespace

class TestReaderWrites : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void ruleAddedBeforeTheFirstLoad();
    void rulesBesideAnotherProcess();
    void ruleImportIsOneStep();
    void annotationsBesideAnotherProcess();
    void annotationImportIsOneStep();

private:
    // Another process's view of the file: the command line's own connection.
    QList<Rule> rulesOnDisk()
    {
        CacheDatabase db;
        QString error;
        return db.open(m_path, &error) ? db.rules() : QList<Rule> {};
    }
    QList<Annotation> annotationsOnDisk()
    {
        CacheDatabase db;
        QString error;
        return db.open(m_path, &error) ? db.annotations() : QList<Annotation> {};
    }
    static void settle(CacheStore &store)
    {
        QSignalSpy synced(&store, &CacheStore::synced);
        store.sync();
        QVERIFY(synced.wait());
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_round = 0;
};

void TestReaderWrites::init()
{
    m_path = m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_round));
}

void TestReaderWrites::ruleAddedBeforeTheFirstLoad()
{
    {
        CacheDatabase db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        for (const char *name : {"Ann", "Bob"}) {
            Rule r = poster(QString::fromLatin1(name), -100);
            QVERIFY(db.saveRule(&r, &error));
        }
    }
    CacheStore store(m_path);
    RuleBook book(&store);
    book.load();
    book.addRule(poster(QStringLiteral("Cy"), 100)); // before the cache has answered
    QVERIFY(!book.isLoaded());
    settle(store);
    QVERIFY(book.isLoaded());
    QCOMPARE(patterns(book.rules()),
        (QStringList {QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cy")}));
    QCOMPARE(patterns(rulesOnDisk()), patterns(book.rules()));
    for (const Rule &r : book.rules())
        QVERIFY(r.id > 0); // numbered by the database, as the book now knows
}

void TestReaderWrites::rulesBesideAnotherProcess()
{
    CacheStore store(m_path);
    RuleBook book(&store);
    QUndoStack undo;
    book.load();
    settle(store);
    undo.push(new AddRuleCommand(&book, poster(QStringLiteral("Ann"), -100), QStringLiteral("Hide Ann")));
    settle(store);

    // The command line adds a rule while the window holds its list...
    CacheDatabase cli;
    QString error;
    QVERIFY2(cli.open(m_path, &error), qPrintable(error));
    Rule bob = poster(QStringLiteral("Bob"), -100);
    QVERIFY(cli.saveRule(&bob, &error));
    // ...and the window adds one: before, it took max+1 of its own list, Bob's id.
    undo.push(new AddRuleCommand(&book, poster(QStringLiteral("Cy"), 100), QStringLiteral("Follow Cy")));
    settle(store);
    QCOMPARE(patterns(rulesOnDisk()),
        (QStringList {QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cy")}));

    // Undo right away, while the id may still be the window's own: the right row goes.
    undo.push(new AddRuleCommand(&book, poster(QStringLiteral("Dee"), 100), QStringLiteral("Follow Dee")));
    undo.undo();
    settle(store);
    QCOMPARE(patterns(rulesOnDisk()),
        (QStringList {QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cy")}));

    // Ann removed; the command line adds Eve (SQLite may hand out Ann's old id again);
    // undoing the removal brings Ann back as a new row, Eve stays.
    const qint64 ann = [&] {
        for (const Rule &r : book.rules())
            if (r.pattern == QLatin1String("Ann"))
                return r.id;
        return qint64(0);
    }();
    QVERIFY(ann > 0);
    undo.push(new RemoveRuleCommand(&book, ann, QStringLiteral("Remove Ann")));
    settle(store);
    Rule eve = poster(QStringLiteral("Eve"), -50);
    QVERIFY(cli.saveRule(&eve, &error));
    undo.undo();
    settle(store);
    QCOMPARE(patterns(rulesOnDisk()),
        (QStringList {
            QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cy"), QStringLiteral("Eve")}));
    undo.redo(); // and removing it again removes Ann, not Eve
    settle(store);
    QCOMPARE(patterns(rulesOnDisk()),
        (QStringList {QStringLiteral("Bob"), QStringLiteral("Cy"), QStringLiteral("Eve")}));
}

void TestReaderWrites::ruleImportIsOneStep()
{
    CacheStore store(m_path);
    RuleBook book(&store);
    QUndoStack undo;
    book.load();
    settle(store);
    QList<Rule> imported;
    for (int i = 0; i < 50; ++i)
        imported.append(poster(QStringLiteral("poster%1").arg(i, 2, 10, QLatin1Char('0')), -100));
    QSignalSpy changed(&book, &RuleBook::rulesChanged);
    undo.push(new AddRulesCommand(&book, imported, QStringLiteral("Import")));
    QCOMPARE(changed.count(), 1); // one re-score, not fifty
    settle(store);
    QCOMPARE(rulesOnDisk().size(), 50);
    QCOMPARE(patterns(book.rules()), patterns(imported));
    undo.undo();
    QCOMPARE(changed.count(), 2);
    settle(store);
    QVERIFY(rulesOnDisk().isEmpty());
    QCOMPARE(undo.count(), 1);
}

void TestReaderWrites::annotationsBesideAnotherProcess()
{
    CacheStore store(m_path);
    AnnotationBook book(&store);
    QUndoStack undo;
    // Written before the first load has answered.
    undo.push(new AnnotationCommand(&book, Annotation {}, note(QStringLiteral("1"), QStringLiteral("first")),
        QStringLiteral("Add Note")));
    book.reload();
    settle(store);
    CacheDatabase cli;
    QString error;
    QVERIFY2(cli.open(m_path, &error), qPrintable(error));
    Annotation imported = note(QStringLiteral("2"), QStringLiteral("from the command line"));
    QVERIFY(cli.saveAnnotation(&imported, &error));
    undo.push(new AnnotationCommand(&book, Annotation {}, note(QStringLiteral("3"), QStringLiteral("third")),
        QStringLiteral("Add Note")));
    settle(store);
    QCOMPARE(notes(annotationsOnDisk()),
        (QStringList {
            QStringLiteral("first"), QStringLiteral("from the command line"), QStringLiteral("third")}));
    QCOMPARE(notes(book.annotations()), notes(annotationsOnDisk()));
    // Editing the window's note changes its row only.
    Annotation third = *std::find_if(book.annotations().cbegin(), book.annotations().cend(),
        [](const Annotation &a) { return a.note == QLatin1String("third"); });
    Annotation edited = third;
    edited.note = QStringLiteral("third, edited");
    undo.push(new AnnotationCommand(&book, third, edited, QStringLiteral("Edit Note")));
    undo.undo();
    undo.undo(); // and the addition
    settle(store);
    QCOMPARE(notes(annotationsOnDisk()),
        (QStringList {QStringLiteral("first"), QStringLiteral("from the command line")}));
}

void TestReaderWrites::annotationImportIsOneStep()
{
    CacheStore store(m_path);
    AnnotationBook book(&store);
    book.reload();
    settle(store);
    QList<Annotation> imported;
    for (int i = 0; i < 40; ++i)
        imported.append(note(QString::number(i), QStringLiteral("note %1").arg(i, 2, 10, QLatin1Char('0'))));
    QSignalSpy loaded(&store, &CacheStore::annotationsLoaded);
    QUndoStack undo;
    undo.push(new AddAnnotationsCommand(&book, imported, QStringLiteral("Import")));
    settle(store);
    QCOMPARE(loaded.count(), 1); // one reload for the import
    QCOMPARE(notes(annotationsOnDisk()), notes(imported));
    undo.undo();
    settle(store);
    QVERIFY(annotationsOnDisk().isEmpty());
}

QTEST_GUILESS_MAIN(TestReaderWrites)
#include "tst_readerwrites.moc"
