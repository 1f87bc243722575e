// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test, offscreen: the library pane (issue 13) in the real window over a real cache.
// Ctrl+L, sorting, filtering, Enter opens; Delete removes (an annotated thread asks first)
// and Ctrl+Z brings the thread back whole, search included; W watches, in the pane and
// for the open thread; the pane comes back as it was left; retention and Compact.
#include "library/librarydock.h"
#include "librarydata.h"
#include "reader/threadview.h"
#include "reader/watchaction.h"
#include "window/mainwindow.h"

#include "domain/search.h"
#include "engines/forumengine.h"
#include "models/librarymodel.h"
#include "models/libraryproxymodel.h"
#include "services/annotationbook.h"
#include "services/readerservices.h"
#include "services/threadsession.h"
#include "services/watchlist.h"
#include "store/cachestore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {
struct Seeded
{
    QString url;
    QString title;
    QString engine;
    int posts = 0;
    int readPosts = 0;
    int newPosts = 0; // came in after the visit
    int visitedDaysAgo = -1; // -1: never
    bool watched = false;
    bool annotated = false;
};

// What an engine caches a thread under.
QString canonical(const QString &address)
{
    ThreadRef ref;
    return engineForUrl(QUrl(address), &ref) ? ref.canonical.toString() : address;
}

const QList<Seeded> &seeded()
{
    static const QList<Seeded> threads {
        {canonical(QStringLiteral(
             "https://www.techpowerup.com/forums/threads/rtx-5090-power-connectors-again.330012/")),
            QStringLiteral("RTX 5090 power connectors, again"), QStringLiteral("xenforo"), 120, 90, 12, 0,
            true, false},
        {canonical(
             QStringLiteral("https://www.techpowerup.com/forums/threads/which-nas-for-a-home-lab.331234/")),
            QStringLiteral("Which NAS for a home lab?"), QStringLiteral("xenforo"), 45, 45, 0, 20, false,
            false},
        {canonical(QStringLiteral("https://meta.discourse.org/t/dark-mode-for-the-composer/123456")),
            QStringLiteral("Dark mode for the composer"), QStringLiteral("discourse"), 60, 40, 5, 2, false,
            true},
        {canonical(QStringLiteral("https://news.ycombinator.com/item?id=41234567")),
            QStringLiteral("SQLite's FTS5 in practice"), QStringLiteral("hackernews"), 200, 0, 0, -1, false,
            false},
        {canonical(QStringLiteral("https://lemmy.world/post/1234567")),
            QStringLiteral("What are you reading this week?"), QStringLiteral("lemmy"), 35, 10, 3, 1, true,
            false},
    };
    return threads;
}

// A cache as a reader leaves it after some weeks.
bool fillCache(const QString &path, QString *error)
{
    CacheDatabase db;
    if (!db.open(path, error))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    quint32 seed = 1;
    for (const Seeded &s : seeded()) {
        const QList<Post> posts = libraryThread(s.posts, seed++);
        const ThreadInfo info {s.url, s.engine, s.title, 1};
        const int before = s.posts - s.newPosts;
        const QDateTime first = now.addDays(-(s.visitedDaysAgo < 0 ? 30 : s.visitedDaysAgo) - 1);
        if (!saveThread(db, info, posts.mid(0, before), first, error))
            return false;
        if (s.visitedDaysAgo >= 0 && !db.recordVisit(s.url, first.addSecs(3600), error))
            return false;
        if (s.newPosts > 0 && !saveThread(db, info, posts, first.addSecs(7200), error))
            return false;
        QStringList read;
        for (int i = 0; i < s.readPosts; ++i)
            read.append(posts[i].id);
        if (!db.markRead(s.url, read, first, error) || !db.setWatched(s.url, s.watched, error))
            return false;
        if (s.annotated) {
            Annotation note;
            note.threadUrl = s.url;
            note.postId = posts[3].id;
            note.note = QStringLiteral("the one about contrast");
            if (!db.saveAnnotation(&note, error))
                return false;
        }
    }
    return true;
}

QStringList threadTitles(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(LibraryModel::ThreadUrlRole).toString().isEmpty())
            titles += threadTitles(model, index);
        else
            titles.append(index.data().toString());
    }
    return titles;
}
} // namespace

class TestLibraryWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void openSortFilterAndOpen();
    void removeAndUndo();
    void annotatedThreadAsksFirst();
    void watchToggle();
    void paneComesBackAsLeft();
    void retentionAndCompact();

private:
    struct Window
    {
        std::unique_ptr<QObject> root;
        std::unique_ptr<MainWindow> window;
        ReaderServices services;
    };
    Window makeWindow();
    LibraryDock *openLibrary(Window &w);
    // Selects the thread's row in the pane and gives the list the focus.
    void selectThread(Window &w, const QString &url);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cache;
};

void TestLibraryWindow::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ThreadkeeperLibraryTests"));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("network/offline"), true); // everything comes from the cache
    m_dir = std::make_unique<QTemporaryDir>();
    m_cache = m_dir->filePath(QStringLiteral("cache.sqlite"));
    QString error;
    QVERIFY2(fillCache(m_cache, &error), qPrintable(error));
}

TestLibraryWindow::Window TestLibraryWindow::makeWindow()
{
    Window w;
    w.root = std::make_unique<QObject>();
    w.services = createReaderServices(m_cache, w.root.get());
    w.window = std::make_unique<MainWindow>(w.services);
    w.window->resize(1400, 800);
    w.window->show();
    w.window->activateWindow();
    if (!QTest::qWaitForWindowActive(w.window.get()))
        qWarning("the window is not active: shortcuts will not reach it");
    return w;
}

LibraryDock *TestLibraryWindow::openLibrary(Window &w)
{
    LibraryDock *dock = w.window->libraryDock();
    QSignalSpy refreshed(dock, &LibraryDock::refreshed);
    QTest::keyClick(w.window.get(), Qt::Key_L, Qt::ControlModifier);
    if (!dock->isVisible()) {
        qWarning("the library is not shown");
        return nullptr;
    }
    if (!refreshed.wait(5000)) {
        qWarning("the library was not listed");
        return nullptr;
    }
    return dock;
}

void TestLibraryWindow::selectThread(Window &w, const QString &url)
{
    LibraryDock *dock = w.window->libraryDock();
    const QModelIndex index = dock->proxy()->mapFromSource(dock->model()->indexOf(url));
    QVERIFY(index.isValid());
    dock->view()->setCurrentIndex(index);
    dock->view()->setFocus();
    QTRY_VERIFY(dock->view()->hasFocus());
}

void TestLibraryWindow::openSortFilterAndOpen()
{
    Window w = makeWindow();
    LibraryDock *dock = w.window->libraryDock();
    QVERIFY(!dock->isVisible());
    QVERIFY(openLibrary(w));
    QAbstractItemModelTester tester(dock->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(dock->filter()->hasFocus());
    QCOMPARE(dock->model()->threadCount(), seeded().size());
    QCOMPARE(dock->proxy()->rowCount(), 4); // four sites
    QVERIFY2(dock->sizeLabel()->text().startsWith(QLatin1String("Cache: ")),
        qPrintable(dock->sizeLabel()->text()));
    const ThreadSummary *rtx = dock->model()->thread(seeded()[0].url);
    QVERIFY(rtx);
    QCOMPARE(rtx->posts, 120);
    QCOMPARE(rtx->unread, 30);
    QCOMPARE(rtx->newPosts, 12);
    QVERIFY(rtx->watched);
    QCOMPARE(dock->model()->thread(seeded()[3].url)->newPosts, 200); // never visited: all new

    // A click on the Posts header sorts by it, largest first on the second click.
    QHeaderView *header = dock->view()->header();
    const int x = header->sectionViewportPosition(LibraryModel::PostsColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(LibraryModel::PostsColumn));
    if (header->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    // Within techpowerup: 120 before 45; the sites by their sums: HN's 200 first.
    QCOMPARE(threadTitles(*dock->proxy()).mid(0, 3),
        (QStringList {QStringLiteral("SQLite's FTS5 in practice"),
            QStringLiteral("RTX 5090 power connectors, again"),
            QStringLiteral("Which NAS for a home lab?")}));

    // Typed into the filter: a thread's words, and its site shows with it.
    dock->filter()->setFocus();
    QTest::keyClicks(dock->filter(), QStringLiteral("nas home"));
    QCOMPARE(threadTitles(*dock->proxy()), QStringList {QStringLiteral("Which NAS for a home lab?")});
    QCOMPARE(dock->proxy()->rowCount(), 1);
    // Enter opens it, as Recent Threads would; the visit is kept.
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QSignalSpy refreshed(dock, &LibraryDock::refreshed);
    QTest::keyClick(dock->filter(), Qt::Key_Return);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(w.services.session->info().url, seeded()[1].url);
    QCOMPARE(w.services.session->info().title, QStringLiteral("Which NAS for a home lab?"));
    QTRY_VERIFY_WITH_TIMEOUT(
        dock->model()->thread(seeded()[1].url)->lastVisit.secsTo(QDateTime::currentDateTimeUtc()) < 60, 5000);

    // Cleared: everything again; a double click on another opens it.
    dock->filter()->clear();
    QCOMPARE(threadTitles(*dock->proxy()).size(), seeded().size());
    const QModelIndex lemmy = dock->proxy()->mapFromSource(dock->model()->indexOf(seeded()[4].url));
    dock->view()->scrollTo(lemmy);
    const QRect rect = dock->view()->visualRect(lemmy);
    // QTest's double click is the second click alone: the first goes before it.
    QTest::mouseClick(dock->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(dock->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(w.services.session->info().url, seeded()[4].url);
    // Opened: its new posts were seen.
    QTRY_COMPARE_WITH_TIMEOUT(dock->model()->thread(seeded()[4].url)->newPosts, 0, 5000);
}

void TestLibraryWindow::removeAndUndo()
{
    Window w = makeWindow();
    LibraryDock *dock = openLibrary(w);
    QVERIFY(dock);
    const Seeded &hn = seeded()[3];
    const ThreadSummary before = *dock->model()->thread(hn.url);
    // A post's own marker word, found by search before, not after, and again after undo.
    const QString marker = libraryThread(hn.posts, 4)[150].text.section(QLatin1Char(' '), -1);
    auto found = [&w, &marker] {
        QSignalSpy searched(w.services.store, &CacheStore::searched);
        w.services.store->search(SearchQuery::parse(marker), 10, 77);
        return searched.wait() ? searched[0][1].value<QList<SearchHit>>().size() : -1;
    };
    QCOMPARE(found(), 1);

    selectThread(w, hn.url);
    QSignalSpy removed(w.services.store, &CacheStore::threadRemoved);
    QSignalSpy refreshed(dock, &LibraryDock::refreshed);
    QTest::keyClick(dock->view(), Qt::Key_Delete);
    QVERIFY(removed.wait());
    QVERIFY(refreshed.wait());
    QVERIFY(!dock->model()->thread(hn.url));
    QCOMPARE(dock->model()->threadCount(), seeded().size() - 1);
    QVERIFY2(dock->statusText().contains(QLatin1String("Removed")), qPrintable(dock->statusText()));
    QVERIFY2(w.window->statusText().contains(QLatin1String("Undo with Ctrl+Z")),
        qPrintable(w.window->statusText()));
    QCOMPARE(found(), 0);
    QCOMPARE(
        w.window->undoStack()->undoText(), QStringLiteral("Remove \u201CSQLite's FTS5 in practice\u201D"));

    // Ctrl+Z in the window: back whole, counts and all.
    QSignalSpy restored(w.services.store, &CacheStore::threadRestored);
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(restored.wait());
    QTRY_VERIFY(dock->model()->thread(hn.url));
    QCOMPARE(*dock->model()->thread(hn.url), before);
    QCOMPARE(found(), 1);
    QVERIFY2(dock->statusText().contains(QLatin1String("back in the cache")), qPrintable(dock->statusText()));
    // And redo takes it out again.
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(removed.wait());
    QTRY_VERIFY(!dock->model()->thread(hn.url));
}

void TestLibraryWindow::annotatedThreadAsksFirst()
{
    Window w = makeWindow();
    LibraryDock *dock = openLibrary(w);
    QVERIFY(dock);
    const Seeded &discourse = seeded()[2];
    QTRY_VERIFY(w.services.annotations->isLoaded());
    QCOMPARE(w.services.annotations->annotations().size(), 1);
    selectThread(w, discourse.url);
    QTest::keyClick(dock->view(), Qt::Key_Delete);
    auto *box = dock->findChild<QMessageBox *>(QStringLiteral("removeAnnotatedThread"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QLatin1String("1 annotation")), qPrintable(box->text()));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!dock->findChild<QMessageBox *>(QStringLiteral("removeAnnotatedThread")));
    QVERIFY(dock->model()->thread(discourse.url));
    QCOMPARE(w.window->undoStack()->count(), 0);

    QTest::keyClick(dock->view(), Qt::Key_Delete);
    box = dock->findChild<QMessageBox *>(QStringLiteral("removeAnnotatedThread"));
    QVERIFY(box);
    QSignalSpy removed(w.services.store, &CacheStore::threadRemoved);
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::AcceptRole)
            remove = b;
    }
    QVERIFY(remove);
    remove->click();
    QVERIFY(removed.wait());
    QTRY_VERIFY(!dock->model()->thread(discourse.url));
    // The annotation is the reader's: kept by the thread's address.
    w.services.annotations->reload();
    QTRY_COMPARE(w.services.annotations->annotations().size(), 1);
}

void TestLibraryWindow::watchToggle()
{
    Window w = makeWindow();
    LibraryDock *dock = openLibrary(w);
    QVERIFY(dock);
    WatchList *watch = w.window->findChild<WatchList *>();
    QVERIFY(watch);
    const Seeded &nas = seeded()[1];
    QVERIFY(!dock->model()->thread(nas.url)->watched);

    // W in the pane watches the thread under the cursor; again, stops.
    selectThread(w, nas.url);
    QSignalSpy changed(w.services.store, &CacheStore::watchChanged);
    QTest::keyClick(dock->view(), Qt::Key_W);
    QVERIFY(changed.wait());
    QCOMPARE(changed[0][1].toBool(), true);
    QVERIFY(dock->model()->thread(nas.url)->watched);
    QVERIFY(watch->isWatched(nas.url));
    QTest::keyClick(dock->view(), Qt::Key_W);
    QVERIFY(changed.wait());
    QVERIFY(!dock->model()->thread(nas.url)->watched);

    // The Watched box does the same.
    const QModelIndex box
        = dock->proxy()->mapFromSource(dock->model()->indexOf(nas.url, LibraryModel::WatchedColumn));
    QVERIFY(dock->proxy()->setData(box, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(changed.wait());
    QVERIFY(watch->isWatched(nas.url));

    // W elsewhere in the window watches the open thread, and Thread › Watch Thread says so.
    WatchAction *action = w.window->watchAction();
    QVERIFY(!action->isEnabled()); // nothing open yet
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QVERIFY(w.window->openThread(QUrl(seeded()[3].url)));
    QVERIFY(loaded.wait(10000));
    QVERIFY(action->isEnabled());
    QVERIFY(!action->isChecked());
    w.window->threadView()->setFocus();
    QTRY_VERIFY(w.window->threadView()->hasFocus());
    QTest::keyClick(w.window->threadView(), Qt::Key_W);
    QVERIFY(changed.wait());
    QCOMPARE(changed.last()[0].toString(), seeded()[3].url);
    QVERIFY(action->isChecked());
    QTRY_VERIFY(dock->model()->thread(seeded()[3].url)->watched);
    action->trigger();
    QVERIFY(changed.wait());
    QVERIFY(!action->isChecked());
    QVERIFY(!dock->model()->thread(seeded()[3].url)->watched);
}

void TestLibraryWindow::paneComesBackAsLeft()
{
    {
        Window w = makeWindow();
        LibraryDock *dock = openLibrary(w);
        QVERIFY(dock);
        dock->view()->sortByColumn(LibraryModel::SizeColumn, Qt::AscendingOrder);
        w.window->close();
    }
    Window w = makeWindow();
    LibraryDock *dock = w.window->libraryDock();
    QTRY_VERIFY(dock->isVisible());
    QCOMPARE(dock->view()->header()->sortIndicatorSection(), int(LibraryModel::SizeColumn));
    QCOMPARE(dock->view()->header()->sortIndicatorOrder(), Qt::AscendingOrder);
    QTRY_COMPARE(dock->model()->threadCount(), seeded().size());
    // Tabbed with the other docks on the right, as it was.
    QCOMPARE(w.window->dockWidgetArea(dock), Qt::RightDockWidgetArea);

    // For the README: the library beside the open thread.
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QSignalSpy refreshed(dock, &LibraryDock::refreshed);
    QVERIFY(w.window->openThread(QUrl(seeded()[0].url)));
    QVERIFY(loaded.wait(10000));
    QVERIFY(refreshed.wait()); // the visit: nothing new in it now
    QTRY_COMPARE(dock->model()->thread(seeded()[0].url)->newPosts, 0);
    dock->view()->sortByColumn(LibraryModel::LastVisitColumn, Qt::DescendingOrder);
    w.window->resizeDocks({dock}, {900}, Qt::Horizontal);
    selectThread(w, seeded()[0].url);
    QTest::qWait(300);
    QDir().mkpath(QDir::currentPath() + QStringLiteral("/screenshots"));
    QVERIFY(w.window->grab().save(QDir::currentPath() + QStringLiteral("/screenshots/library.png")));
}

void TestLibraryWindow::retentionAndCompact()
{
    Window w = makeWindow();
    LibraryDock *dock = openLibrary(w);
    QVERIFY(dock);
    QCOMPARE(dock->keepDays()->value(), 0);
    QCOMPARE(dock->keepDays()->text(), QStringLiteral("forever"));
    // Kept for 10 days: the NAS thread (all read, last opened 20 days ago) goes; the
    // others are watched, unread, annotated or recent.
    QSignalSpy refreshed(dock, &LibraryDock::refreshed);
    dock->keepDays()->setValue(10);
    Q_EMIT dock->keepDays()->editingFinished();
    QVERIFY(refreshed.wait());
    QTRY_VERIFY(!dock->model()->thread(seeded()[1].url));
    QCOMPARE(dock->model()->threadCount(), seeded().size() - 1);
    QVERIFY2(w.window->statusText().contains(QLatin1String("Which NAS for a home lab?")),
        qPrintable(w.window->statusText()));
    QCOMPARE(QSettings().value(QStringLiteral("library/keepDays")).toInt(), 10);

    // Compact: busy meanwhile, the window answers, then the new size.
    QSignalSpy compacted(dock, &LibraryDock::compacted);
    QTest::mouseClick(dock->compactButton(), Qt::LeftButton);
    QVERIFY(!dock->compactButton()->isEnabled());
    QVERIFY(compacted.wait(20000));
    QVERIFY(dock->compactButton()->isEnabled());
    QVERIFY2(
        dock->statusText().startsWith(QLatin1String("Compacted the cache")), qPrintable(dock->statusText()));
    QVERIFY2(
        !dock->sizeLabel()->text().contains(QLatin1String("free")), qPrintable(dock->sizeLabel()->text()));
}

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
