// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Highlights where the reader made them: the occurrence selected, not the first one with
// the same words; inside quotes, folded or not; and the Annotations panel over hundreds
// of annotated threads without reading their posts (statements counted in SQLite).
#include "readerwindow.h"
#include "servers/fixtureserver.h"
#include "servers/xenforofixture.h"
#include "sqlcounter.h"

#include "domain/anchoring.h"
#include "domain/posttext.h"
#include "library/annotationsdock.h"
#include "models/annotationfilterproxy.h"
#include "models/annotationlistmodel.h"
#include "reader/postview.h"
#include "reader/selectioncontroller.h"
#include "services/annotationbook.h"
#include "store/cachestore.h"
#include "window/mainwindow.h"

#include <QDir>
#include <QImage>
#include <QInputDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimeZone>
#include <QTreeView>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestHighlights : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void drawsTheOccurrenceSelected();
    void highlightInsideAQuote();
    void panelReadsNoPosts_data();
    void panelReadsNoPosts();

private:
    FixtureServer m_server;
    FixtureThread m_thread;
};

namespace {
// Longer than a folded quote's preview, so its last words show only when it is open.
const QString Said = QStringLiteral(
    "First the US said yes, and most of us here believed it for a while, as one does with these things. "
    "Later the US said no.");

// Selects [from, to) of the view's document, as a reader's drag would.
void select(QTextEdit *view, int from, int to)
{
    QTextCursor c(view->document());
    c.setPosition(from);
    c.setPosition(to, QTextCursor::KeepAnchor);
    view->setTextCursor(c);
}

// Annotates the window's selection and accepts the dialog; false when none opened.
bool annotate(MainWindow &window, const QString &note)
{
    window.annotateSelection();
    auto *dialog = window.findChild<QInputDialog *>(QStringLiteral("highlightDialog"));
    if (!dialog)
        return false;
    dialog->setTextValue(note);
    dialog->accept();
    delete dialog;
    return true;
}

// The share of the pixels behind the characters of document range [from, to) painted in
// colour (character by character: the words may wrap).
double paintedShare(QTextEdit *view, int from, int to, const QColor &colour)
{
    const QImage shot = view->viewport()->grab().toImage();
    const qreal ratio = shot.devicePixelRatio();
    int painted = 0, all = 0;
    QTextCursor c(view->document());
    for (int at = from; at < to; ++at) {
        c.setPosition(at);
        const QRect left = view->cursorRect(c);
        c.setPosition(at + 1);
        const QRect right = view->cursorRect(c);
        if (right.top() != left.top())
            continue; // the last character of a line
        for (int y = left.top() + 1; y < left.bottom(); ++y) {
            for (int x = left.left() + 1; x < right.left(); ++x) {
                ++all;
                if (shot.pixelColor(QPoint(int(x * ratio), int(y * ratio))).rgb() == colour.rgb())
                    ++painted;
            }
        }
    }
    return all == 0 ? 0 : double(painted) / all;
}

Post generatedPost(int thread, int n)
{
    Post p;
    p.id = QStringLiteral("%1-%2").arg(thread).arg(n);
    p.number = n + 1;
    p.position = n;
    p.author = QStringLiteral("Poster %1").arg(n);
    p.date = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::UTC).addSecs(thread * 60 + n);
    Block b;
    b.text = QStringLiteral("Thread %1, post %2: the goals can be met by 2030 without new plants.")
                 .arg(thread)
                 .arg(n);
    p.body = {b};
    fillTextAndQuotes(&p);
    return p;
}

Annotation highlightOf(const Post &post, const QString &threadUrl, const QString &words)
{
    Annotation a;
    a.kind = Annotation::Kind::Highlight;
    a.threadUrl = threadUrl;
    a.postId = post.id;
    const int at = int(post.text.indexOf(words));
    a.selector = Anchoring::makeSelector(post.text, at, at + int(words.size()));
    return a;
}
} // namespace

void TestHighlights::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
    m_thread.title = QStringLiteral("Who said what");
    m_thread.path = QStringLiteral("/threads/who-said-what.15/");
    const QDateTime t(QDate(2026, 3, 14), QTime(8, 0), QTimeZone::UTC);
    // #1 is the article; #2 says the same words twice; #3 quotes #2 (its tree parent, so
    // the quote starts folded) and says them once more.
    m_thread.posts = {FixturePost {QStringLiteral("1500"), 1, QStringLiteral("Ærin"), t,
                          QStringLiteral("What did they say?")},
        FixturePost {QStringLiteral("1501"), 2, QStringLiteral("Zoë"), t.addSecs(60), Said},
        FixturePost {QStringLiteral("1502"), 3, QStringLiteral("Daven"), t.addSecs(120),
            QStringLiteral("[QUOTE=\"Zoë, post: 1501, member: 7\"]%1[/QUOTE]\nI doubt the US said anything.")
                .arg(Said)}};
    m_server.setPage(m_thread.path, xenforoPage(m_thread, 1));
}

void TestHighlights::drawsTheOccurrenceSelected()
{
    ReaderWindow reader;
    MainWindow &window = *reader.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(reader.open(m_server.url(m_thread.path)));
    QTRY_VERIFY(reader.services.annotations->isLoaded());
    window.selection()->selectPost(QStringLiteral("1501"));
    PostView *post = window.postView();
    QCOMPARE(post->postId(), QStringLiteral("1501"));

    // The reader selects the second "the US" and highlights it.
    // (Positions as numbers: a cursor would follow the document as it is rendered again.)
    const QTextCursor found = post->document()->find(QStringLiteral("the US"));
    const QTextCursor next = post->document()->find(QStringLiteral("the US"), found);
    QVERIFY(found.hasSelection() && next.hasSelection());
    const std::pair<int, int> first {found.selectionStart(), found.selectionEnd()};
    const std::pair<int, int> second {next.selectionStart(), next.selectionEnd()};
    QVERIFY(second.first > first.first);
    select(post, second.first, second.second);
    QVERIFY(annotate(window, QStringLiteral("the second time")));
    QCOMPARE(reader.services.annotations->annotations().size(), 1);
    const Annotation a = reader.services.annotations->annotations().first();
    QCOMPARE(a.selector.exact, QStringLiteral("the US"));
    QCOMPARE(a.selector.start, int(Said.lastIndexOf(QStringLiteral("the US"))));
    QVERIFY(a.selector.quote.isEmpty());

    // Drawn where it was made, after every re-render (the selection cleared first).
    select(post, 0, 0);
    post->showPost(post->post(), {});
    const QList<QTextEdit::ExtraSelection> marks = post->extraSelections();
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.selectionStart(), second.first);
    QCOMPARE(marks.first().cursor.selectionEnd(), second.second);
    // And painted there: the second occurrence's pixels take the highlight's colour, the first's do not.
    const QColor colour = marks.first().format.background().color();
    QTRY_VERIFY(paintedShare(post, second.first, second.second, colour) > 0.3);
    QVERIFY(paintedShare(post, first.first, first.second, colour) < 0.05);
}

void TestHighlights::highlightInsideAQuote()
{
    ReaderWindow reader;
    MainWindow &window = *reader.window;
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(reader.open(m_server.url(m_thread.path)));
    QTRY_VERIFY(reader.services.annotations->isLoaded());
    window.selection()->selectPost(QStringLiteral("1502"));
    PostView *post = window.postView();
    // #3 quotes its tree parent: the quote starts folded, its words not in the document.
    const QString words = QStringLiteral("Later the US said no.");
    QVERIFY(!post->document()->find(words).hasSelection());
    post->toggleQuote(QStringLiteral("0"));
    const QTextCursor inQuote = post->document()->find(words);
    QVERIFY(inQuote.hasSelection());
    select(post, inQuote.selectionStart(), inQuote.selectionEnd());
    QVERIFY(annotate(window, QStringLiteral("what Zoë said")));
    QCOMPARE(reader.services.annotations->annotations().size(), 1);
    const Annotation a = reader.services.annotations->annotations().first();
    QCOMPARE(a.selector.quote, QStringLiteral("0"));
    QCOMPARE(a.selector.exact, words);
    QCOMPARE(a.selector.start, int(Said.indexOf(words))); // in the quote's own words
    QCOMPARE(post->extraSelections().size(), 1);
    QCOMPARE(post->extraSelections().first().cursor.selectedText(), words);
    // Not the post's own "the US": nothing else lit.
    QVERIFY(post->toPlainText().contains(QStringLiteral("I doubt the US said anything.")));

    // Folded: not drawn, still kept (and listed under the post); unfolded: drawn again.
    post->toggleQuote(QStringLiteral("0"));
    QCOMPARE(post->toPlainText().count(words), 1); // in the notes only
    QVERIFY(post->extraSelections().isEmpty());
    QCOMPARE(reader.services.annotations->annotations().size(), 1);
    QVERIFY(
        post->toPlainText().contains(QStringLiteral("\u201CLater the US said no.\u201D — what Zoë said")));
    post->toggleQuote(QStringLiteral("0"));
    QCOMPARE(post->extraSelections().size(), 1);
    QCOMPARE(post->extraSelections().first().cursor.selectedText(), words);
    const QString shots = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    QVERIFY(window.grab().save(shots + QStringLiteral("/highlight-in-quote.png")));

    // Kept in the cache with its quote, and it follows the quote when the post is re-synced
    // with words added before the quote.
    QSignalSpy synced(reader.services.store, &CacheStore::synced);
    reader.services.store->sync();
    QVERIFY(synced.wait());
    {
        CacheDatabase db;
        QString error;
        QVERIFY(db.open(reader.services.store->path(), &error));
        const QList<Annotation> stored = db.annotations();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().selector, a.selector);
    }
    FixtureThread edited = m_thread;
    edited.posts[2].bbcode = QStringLiteral("Before I answer, a quote.\n") + edited.posts[2].bbcode;
    edited.posts[2].bbcode.replace(QStringLiteral("Later the US"), QStringLiteral("And later the US"));
    m_server.setPage(m_thread.path, xenforoPage(edited, 1));
    QVERIFY(reader.open(m_server.url(m_thread.path)));
    QTRY_COMPARE(reader.services.annotations->annotations().first().selector.exact,
        QStringLiteral("later the US said no."));
    const Annotation moved = reader.services.annotations->annotations().first();
    QCOMPARE(moved.selector.quote, QStringLiteral("0"));
    QVERIFY(!moved.orphaned);
    m_server.setPage(m_thread.path, xenforoPage(m_thread, 1));
}

void TestHighlights::panelReadsNoPosts_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("5 annotated threads") << 5;
    QTest::newRow("500 annotated threads") << 500;
}

void TestHighlights::panelReadsNoPosts()
{
    QFETCH(int, threads);
    SqlStatementCounter statements; // before any connection opens
    if (!statements.available())
        QSKIP("SQLite's tracing is not reachable here");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    constexpr int PostsPerThread = 8;
    QList<Post> firstPosts;
    {
        CacheDatabase db;
        QString error;
        QVERIFY(db.open(path, &error));
        for (int t = 0; t < threads; ++t) {
            ThreadInfo info {QStringLiteral("https://forum.example/threads/t.%1/").arg(t),
                QStringLiteral("xenforo"), QStringLiteral("Thread %1").arg(t), 1};
            QList<Post> posts;
            for (int n = 0; n < PostsPerThread; ++n)
                posts.append(generatedPost(t, n));
            QVERIFY2(db.savePage(info, 1, posts, QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
            Annotation a = highlightOf(posts[1], info.url, QStringLiteral("the goals"));
            QVERIFY2(db.saveAnnotation(&a, &error), qPrintable(error));
            firstPosts.append(posts[2]);
        }
    }

    CacheStore store(path);
    QSignalSpy opened(&store, &CacheStore::opened);
    QVERIFY(opened.wait());
    QVERIFY(opened.first().first().toBool());
    AnnotationBook book(&store);
    AnnotationsDock dock(&book);
    dock.show();

    // Opening: every annotation with its post's title, author and number, in one statement.
    statements.reset();
    book.reload();
    QTRY_COMPARE(dock.proxy()->rowCount(), threads);
    QTRY_COMPARE(dock.proxy()->index(0, AnnotationListModel::PostColumn).data().toString(),
        QStringLiteral("#2 Poster 1"));
    QVERIFY(dock.proxy()
                ->index(0, AnnotationListModel::ThreadColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("Thread ")));
    QCOMPARE(statements.count(), 1);

    // A new highlight on a post of the last thread: written, and the list read again in one statement.
    statements.reset();
    const QString lastUrl = QStringLiteral("https://forum.example/threads/t.%1/").arg(threads - 1);
    book.save(highlightOf(firstPosts.last(), lastUrl, QStringLiteral("without new plants")));
    QSignalSpy synced(&store, &CacheStore::synced);
    store.sync();
    QVERIFY(synced.wait());
    QTRY_COMPARE(dock.proxy()->rowCount(), threads + 1);
    const QModelIndex added = dock.proxy()
                                  ->match(dock.proxy()->index(0, 0), AnnotationListModel::PostIdRole,
                                      firstPosts.last().id, 1, Qt::MatchExactly)
                                  .value(0);
    QVERIFY(added.isValid());
    QTRY_COMPARE(added.siblingAtColumn(AnnotationListModel::PostColumn).data().toString(),
        QStringLiteral("#3 Poster 2"));
    const int adding = statements.count();
    QVERIFY2(adding <= 4, qPrintable(QString::number(adding)));

    // Editing its note: the same.
    statements.reset();
    Annotation edited = book.annotations().last();
    edited.note = QStringLiteral("fewer plants");
    book.save(edited);
    store.sync();
    QVERIFY(synced.wait());
    const int editing = statements.count();
    QVERIFY2(editing <= 4, qPrintable(QString::number(editing)));
    QCOMPARE(dock.proxy()->rowCount(), threads + 1);
    qInfo("%d threads: open 1 statement, add %d, edit %d", threads, adding, editing);
    // The same statements for 500 threads as for 5: nothing grows with the threads.
    static QList<int> fewThreads;
    if (fewThreads.isEmpty())
        fewThreads = {adding, editing};
    else
        QCOMPARE((QList<int> {adding, editing}), fewThreads);
}

QTEST_MAIN(TestHighlights)
#include "tst_highlights.moc"
