// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI smoke test, offscreen: the real window on the bundled demo thread.
#include "testutil.h"
#include "widgetutil.h"

#include "library/annotationsdock.h"
#include "library/followeddock.h"
#include "reader/activitychart.h"
#include "reader/articlepanel.h"
#include "reader/postview.h"
#include "reader/selectioncontroller.h"
#include "reader/threadview.h"
#include "settings/appearance.h"
#include "settings/rulesdialog.h"
#include "window/mainwindow.h"

#include "models/annotationlistmodel.h"
#include "models/followedmodel.h"
#include "models/threadtreemodel.h"
#include "services/annotationbook.h"
#include "services/demo.h"
#include "services/readerservices.h"
#include "services/rulebook.h"
#include "services/threadloader.h"
#include "store/cachestore.h"

#include "models/annotationfilterproxy.h"
#include <KSyntaxHighlighting/Repository>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTreeView>
#include <QUndoStack>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

// Stands in for the system browser: records what would have been opened.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readTheDemo();
    void offlineReopenKeepsReadState();
    void badUrlShowsErrorAndKeepsThread();
    void hideFollowUndoAndFollowedView();
    void rulesDialogAddsAndRemoves();
    void annotateSelectionAndNotes();
    void linksSpoilersAndCopy();
    void themeAndTextSize();

private:
    struct Window
    {
        std::unique_ptr<QObject> root;
        std::unique_ptr<MainWindow> window;
        ReaderServices services;
    };
    Window makeWindow();
    QString m_cache;
    QTemporaryDir m_dir;
    KSyntaxHighlighting::Repository m_syntax; // the application's one, as main owns it
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ThreadkeeperTests"));
    QSettings().clear(); // each run starts as a first start: no palette or size left from the last
    m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
}

TestMainWindow::Window TestMainWindow::makeWindow()
{
    Window w;
    w.root = std::make_unique<QObject>();
    w.services = createReaderServices(m_cache, w.root.get());
    w.window = std::make_unique<MainWindow>(w.services, &m_syntax);
    w.window->resize(1280, 800);
    w.window->show();
    return w;
}

void TestMainWindow::readTheDemo()
{
    Window w = makeWindow();
    QAbstractItemModelTester tester(w.services.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QVERIFY(w.window->openThread(demoThreadUrl()));
    QVERIFY(loaded.wait(10000));
    ThreadView *tree = w.window->threadView();
    QCOMPARE(w.services.model->postCount(), 30);
    QCOMPARE(tree->model()->rowCount(), 11); // the article and ten conversations
    QVERIFY(w.window->windowTitle().startsWith(QLatin1String("Kestrel Labs Open-Sources")));
    QVERIFY(w.window->articlePanel()->toPlainText().contains(QLatin1String("complete source code")));
    QVERIFY(w.window->statusText().contains(QLatin1String("30 post")));

    // #13 quotes #12, its tree parent: that quote starts collapsed to one line.
    w.window->selection()->selectPost(QStringLiteral("880143"));
    PostView *post = w.window->postView();
    QCOMPARE(post->postId(), QStringLiteral("880143"));
    QString text = post->toPlainText();
    QVERIFY(text.contains(QStringLiteral("\u25B8 Łukasz P. said: Everything in the repository is MIT")));
    QVERIFY(!text.contains(QString::fromUtf8("李明 said:"))); // the nested quote is folded inside

    // Expand it from the keyboard: Tab to the quote's header, Enter.
    post->setFocus();
    QTest::keyClick(post, Qt::Key_Tab);
    QTest::keyClick(post, Qt::Key_Return);
    text = post->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("\u25BE Łukasz P. said:")), qPrintable(text));
    QVERIFY(text.contains(QString::fromUtf8("\u25BE 李明 said:"))); // nested quotes start expanded
    // Collapse again with the View action (Q): every quote folds.
    QTest::keyClick(w.window.get(), Qt::Key_Q);
    QVERIFY(post->toPlainText().contains(QStringLiteral("\u25B8 Łukasz P. said:")));

    // Selecting marks read; Space reads on to the next unread post in tree order.
    const int unreadBefore = w.services.model->unreadCount();
    QVERIFY(w.services.model->indexOf(QStringLiteral("880143")).data(ThreadTreeModel::ReadRole).toBool());
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(tree->currentIndex().data(ThreadTreeModel::NumberRole).toInt(), 14);
    QCOMPARE(w.services.model->unreadCount(), unreadBefore - 1);
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(tree->currentIndex().data(ThreadTreeModel::NumberRole).toInt(), 17);

    // "go to post" in a quote jumps to the quoted post.
    w.window->selection()->selectPost(QStringLiteral("880176")); // #16 quotes #15
    Q_EMIT post->anchorClicked(QUrl(QStringLiteral("tk-post:880165")));
    QCOMPARE(tree->currentIndex().data(ThreadTreeModel::NumberRole).toInt(), 15);

    // Mark thread read, and undo it: each post gets its earlier state back.
    const int unreadBeforeAll = w.services.model->unreadCount();
    QVERIFY(unreadBeforeAll > 0);
    QTest::keyClick(w.window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.services.model->unreadCount(), 0);
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.services.model->unreadCount(), unreadBeforeAll);
    QVERIFY(w.services.model->indexOf(QStringLiteral("880143")).data(ThreadTreeModel::ReadRole).toBool());
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo
    QCOMPARE(w.services.model->unreadCount(), 0);
    // M marks the current post unread again (it toggles).
    QTest::keyClick(w.window.get(), Qt::Key_M);
    QCOMPARE(w.services.model->unreadCount(), 1);
    QVERIFY(!tree->currentIndex().data(ThreadTreeModel::ReadRole).toBool());
    QTest::keyClick(w.window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);

    const QString shots = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    w.window->selection()->selectPost(QStringLiteral("880143"));
    QVERIFY(w.window->grab().save(shots + QStringLiteral("/gui-smoke.png")));

    // Let the read marks reach the cache before the next test reopens it.
    QSignalSpy synced(w.services.store, &CacheStore::synced);
    w.services.store->sync();
    QVERIFY(synced.wait());
}

void TestMainWindow::offlineReopenKeepsReadState()
{
    Window w = makeWindow();
    w.window->setOffline(true);
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QVERIFY(w.window->openThread(demoThreadUrl()));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(w.services.model->postCount(), 30);
    QCOMPARE(w.services.model->unreadCount(), 0);
    // Offline by choice: no reason in brackets.
    QVERIFY2(w.window->statusText().startsWith(QLatin1String("Offline: showing the cached copy, 30 ")),
        qPrintable(w.window->statusText()));
    QVERIFY(w.window->errorText().isEmpty());
    // The cached thread is in File › Recent Threads, with its unread count.
    QMenu *recent = w.window->recentThreadsMenu();
    QTRY_VERIFY(!recent->actions().isEmpty() && recent->actions().first()->isEnabled());
    QVERIFY2(recent->actions().first()->text().startsWith(QLatin1String("Kestrel Labs")),
        qPrintable(recent->actions().first()->text()));
    QVERIFY(recent->actions().first()->text().endsWith(QLatin1String("all read")));

    // Quotes read as they were left: Q folded #13's nested quote (open by default) last
    // session, so opening the outer quote shows the inner one still folded.
    w.window->selection()->selectPost(QStringLiteral("880143"));
    PostView *post = w.window->postView();
    QVERIFY(post->toPlainText().contains(QStringLiteral("\u25B8 Łukasz P. said:")));
    QVERIFY(clickAnchor(post, QStringLiteral("tk-quote:0")));
    QTRY_VERIFY(post->toPlainText().contains(QStringLiteral("\u25BE Łukasz P. said:")));
    QVERIFY2(post->toPlainText().contains(QString::fromUtf8("\u25B8 李明 said:")),
        qPrintable(post->toPlainText()));
}

void TestMainWindow::badUrlShowsErrorAndKeepsThread()
{
    Window w = makeWindow();
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QVERIFY(w.window->openThread(demoThreadUrl()));
    QVERIFY(loaded.wait(10000));
    QVERIFY(!w.window->openThread(QUrl(QStringLiteral("mailto:someone@forum.example"))));
    QVERIFY(w.window->errorText().contains(QLatin1String("not a forum thread")));
    QCOMPARE(w.services.model->postCount(), 30); // nothing lost
}

void TestMainWindow::hideFollowUndoAndFollowedView()
{
    Window w = makeWindow();
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QVERIFY(w.window->openThread(demoThreadUrl()));
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(w.services.rules->isLoaded());
    ThreadTreeModel *model = w.services.model;
    ThreadView *tree = w.window->threadView();

    // H hides the current post's poster: Ærin wrote #2, #8, #13, #24 and #29.
    w.window->selection()->selectPost(QStringLiteral("880022"));
    const QPersistentModelIndex selected = tree->currentIndex();
    QTest::keyClick(w.window.get(), Qt::Key_H);
    for (const char *id : {"880022", "880088", "880143", "880264", "880319"})
        QVERIFY2(model->indexOf(QString::fromLatin1(id)).data(ThreadTreeModel::HiddenRole).toBool(), id);
    QVERIFY(model->index(2, ThreadTreeModel::SnippetColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Hidden: post by Ærin — Hide Ærin (site)")));
    QVERIFY(w.window->postView()->toPlainText().contains(QLatin1String("Show anyway")));
    QVERIFY(model->indexOf(QStringLiteral("880022")).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(QModelIndex(selected), tree->currentIndex()); // selection kept
    // A quote of Ærin elsewhere folds to the same placeholder: #4 quotes #2.
    w.window->selection()->selectPost(QStringLiteral("880044"));
    QVERIFY2(w.window->postView()->toPlainText().contains(QStringLiteral("Hidden: quote of Ærin")),
        qPrintable(w.window->postView()->toPlainText()));
    // Undo brings her back.
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!model->indexOf(QStringLiteral("880022")).data(ThreadTreeModel::HiddenRole).toBool());
    QVERIFY(w.services.rules->rules().isEmpty());

    // Remove mode: hide again, her posts leave the tree, replies move up; undo restores all.
    w.window->selection()->selectPost(QStringLiteral("880022"));
    w.window->setHideMode(HideMode::Remove);
    QTest::keyClick(w.window.get(), Qt::Key_H);
    QVERIFY(!model->indexOf(QStringLiteral("880022")).isValid());
    QVERIFY(!model->indexOf(QStringLiteral("880044")).parent().isValid()); // #4 was under #2
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->indexOf(QStringLiteral("880044")).parent().data(ThreadTreeModel::PostIdRole).toString(),
        QStringLiteral("880022"));
    w.window->setHideMode(HideMode::Placeholder);

    // F follows Daven_R (#1, #5, #15); G walks his posts in reading order.
    w.window->selection()->selectPost(QStringLiteral("880011"));
    QTest::keyClick(w.window.get(), Qt::Key_F);
    QVERIFY(model->indexOf(QStringLiteral("880055")).data(ThreadTreeModel::FollowedRole).toBool());
    QTest::keyClick(w.window.get(), Qt::Key_G);
    QCOMPARE(tree->currentIndex().data(ThreadTreeModel::NumberRole).toInt(), 5);
    QTest::keyClick(w.window.get(), Qt::Key_G);
    QCOMPARE(tree->currentIndex().data(ThreadTreeModel::NumberRole).toInt(), 15);

    // Then also hide Ærin, for the picture.
    w.window->selection()->selectPost(QStringLiteral("880022"));
    QTest::keyClick(w.window.get(), Qt::Key_H);

    // The Followed view lists his posts across cached threads, with unread counts.
    FollowedDock *dock = w.window->followedDock();
    QSignalSpy refreshed(dock, &FollowedDock::refreshed);
    QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(dock->isVisible());
    QVERIFY(refreshed.wait());
    FollowedModel *followed = dock->model();
    QCOMPARE(followed->rowCount(), 1);
    const QModelIndex poster = followed->index(0, 0);
    QCOMPARE(followed->rowCount(poster), 3);
    QVERIFY(poster.data().toString().startsWith(QLatin1String("Daven_R")));
    // Activating a post opens it.
    w.window->selection()->selectPost(QStringLiteral("880143"));
    const QModelIndex first = followed->index(0, 0, poster); // newest first: #15
    Q_EMIT dock->view()->activated(first);
    QCOMPARE(tree->currentIndex().data(ThreadTreeModel::PostIdRole).toString(),
        first.data(FollowedModel::PostIdRole).toString());

    w.window->selection()->selectPost(QStringLiteral("880022"));
    const QString shots = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    QVERIFY(w.window->grab().save(shots + QStringLiteral("/hide-and-follow.png")));

    // Leave no rules behind for other tests.
    w.window->undoStack()->clear();
    const QList<Rule> rules = w.services.rules->rules();
    for (const Rule &r : rules)
        w.services.rules->removeRule(r.id);
    QSignalSpy synced(w.services.store, &CacheStore::synced);
    w.services.store->sync();
    QVERIFY(synced.wait());
}

void TestMainWindow::rulesDialogAddsAndRemoves()
{
    Window w = makeWindow();
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QVERIFY(w.window->openThread(demoThreadUrl()));
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(w.services.rules->isLoaded());
    QTest::keyClick(w.window.get(), Qt::Key_R, Qt::ControlModifier);
    auto *dialog = w.window->findChild<RulesDialog *>(QStringLiteral("rulesDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // A keyword rule from the form: "firmware" -100 hides #2, #4, #8.
    dialog->findChild<QComboBox *>()->setCurrentIndex(1);
    auto *pattern = dialog->findChild<QLineEdit *>();
    pattern->setText(QStringLiteral("firmware"));
    const auto buttons = dialog->findChildren<QPushButton *>();
    QPushButton *add = *std::find_if(buttons.begin(), buttons.end(),
        [](QPushButton *b) { return b->text() == QLatin1String("&Add Rule"); });
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("keyword 'firmware' -100 (site)"));
    QVERIFY(w.services.model->indexOf(QStringLiteral("880044")).data(ThreadTreeModel::HiddenRole).toBool());
    // Lowering the hide threshold unhides at once.
    dialog->findChild<QSpinBox *>(QStringLiteral("hideThreshold"))->setValue(-150);
    QVERIFY(!w.services.model->indexOf(QStringLiteral("880044")).data(ThreadTreeModel::HiddenRole).toBool());
    dialog->findChild<QSpinBox *>(QStringLiteral("hideThreshold"))->setValue(-100);
    // Remove it from the table, then undo the removal.
    dialog->table()->setCurrentCell(0, 0);
    QPushButton *remove = *std::find_if(
        buttons.begin(), buttons.end(), [](QPushButton *b) { return b->text() == QLatin1String("&Remove"); });
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(dialog->table()->rowCount(), 0);
    w.window->undoStack()->undo();
    QCOMPARE(dialog->table()->rowCount(), 1);
    QVERIFY(w.services.model->indexOf(QStringLiteral("880044")).data(ThreadTreeModel::HiddenRole).toBool());
    dialog->close();
    w.window->undoStack()->clear();
    for (const Rule &r : QList<Rule>(w.services.rules->rules()))
        w.services.rules->removeRule(r.id);
    QSignalSpy synced(w.services.store, &CacheStore::synced);
    w.services.store->sync();
    QVERIFY(synced.wait());
}

void TestMainWindow::annotateSelectionAndNotes()
{
    Window w = makeWindow();
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QVERIFY(w.window->openThread(demoThreadUrl()));
    QVERIFY(loaded.wait(10000));
    QTRY_VERIFY(w.services.annotations->isLoaded());
    PostView *post = w.window->postView();

    // Select words of #17's own text in the post view and annotate them.
    w.window->selection()->selectPost(QStringLiteral("880187"));
    const QString words = QStringLiteral("quick way to check which driver");
    QTextCursor cursor = post->document()->find(words);
    QVERIFY(!cursor.isNull());
    post->setTextCursor(cursor);
    QTest::keyClick(w.window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = w.window->findChild<QInputDialog *>(QStringLiteral("highlightDialog"));
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("try this on the old card"));
    dialog->accept();
    QCOMPARE(w.services.annotations->annotations().size(), 1);
    const Annotation a = w.services.annotations->annotations().first();
    QCOMPARE(a.selector.exact, words);
    // It shows: highlighted in the post, the note under it, a marker in the tree, a row in the panel.
    QCOMPARE(post->extraSelections().size(), 1);
    QCOMPARE(post->extraSelections().first().cursor.selectedText(), words);
    QVERIFY(post->toPlainText().contains(
        QStringLiteral("\u201Cquick way to check which driver\u201D — try this on the old card")));
    QVERIFY(w.services.model->indexOf(QStringLiteral("880187"))
                .data()
                .toString()
                .endsWith(QStringLiteral("\u270E")));
    QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    AnnotationsDock *dock = w.window->annotationsDock();
    QVERIFY(dock->isVisible());
    QCOMPARE(dock->proxy()->rowCount(), 1);
    // The panel names the thread and the post once the cache has answered.
    QTRY_COMPARE(dock->proxy()->index(0, AnnotationListModel::PostColumn).data().toString(),
        QStringLiteral("#17 Zoë Lindqvist"));
    QVERIFY(dock->proxy()
                ->index(0, AnnotationListModel::ThreadColumn)
                .data()
                .toString()
                .startsWith(QLatin1String("Kestrel")));

    // A note on another post, then the filter, then undo.
    w.window->selection()->selectPost(QStringLiteral("880022"));
    w.window->activateWindow(); // the dialog had been the active window
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    w.window->threadView()->setFocus(); // letters typed in the panel's filter stay there
    QTest::keyClick(w.window->threadView(), Qt::Key_E);
    auto *noteDialog = w.window->findChild<QInputDialog *>(QStringLiteral("noteDialog"));
    QVERIFY(noteDialog);
    noteDialog->setTextValue(QStringLiteral("Ærin changed her mind later (#29)"));
    noteDialog->accept();
    QCOMPARE(dock->proxy()->rowCount(), 2);
    QVERIFY(post->toPlainText().contains(QStringLiteral("Ærin changed her mind later")));
    dock->filter()->setText(QStringLiteral("old card"));
    QCOMPARE(dock->proxy()->rowCount(), 1);
    dock->filter()->clear();
    // Activating the highlight's row opens its post.
    const QModelIndex row = dock->proxy()
                                ->match(dock->proxy()->index(0, 0), AnnotationListModel::PostIdRole,
                                    QStringLiteral("880187"), 1, Qt::MatchExactly)
                                .value(0);
    QVERIFY(row.isValid());
    Q_EMIT dock->view()->activated(row);
    QCOMPARE(w.window->threadView()->currentIndex().data(ThreadTreeModel::PostIdRole).toString(),
        QStringLiteral("880187"));

    dock->orphanedOnly()->setChecked(true);
    QCOMPARE(dock->proxy()->rowCount(), 0); // nothing orphaned here
    dock->orphanedOnly()->setChecked(false);

    // The article panel's words can be annotated too.
    ArticlePanel *article = w.window->articlePanel();
    QTextCursor inArticle = article->document()->find(QStringLiteral("public bug tracker"));
    QVERIFY(!inArticle.isNull());
    article->setTextCursor(inArticle);
    QTextCursor none = post->textCursor();
    none.clearSelection();
    post->setTextCursor(none);
    w.window->annotateSelection();
    auto *articleDialog = w.window->findChild<QInputDialog *>(QStringLiteral("highlightDialog"));
    QVERIFY(articleDialog);
    articleDialog->accept();
    QCOMPARE(dock->proxy()->rowCount(), 3);
    QCOMPARE(article->extraSelections().size(), 1);

    const QString shots = QDir::currentPath() + QStringLiteral("/screenshots");
    QVERIFY(w.window->grab().save(shots + QStringLiteral("/annotations.png")));
    w.window->undoStack()->undo(); // the article's highlight

    w.window->undoStack()->undo(); // the note
    QCOMPARE(dock->proxy()->rowCount(), 1);
    w.window->undoStack()->undo(); // the highlight
    QCOMPARE(dock->proxy()->rowCount(), 0);
    QVERIFY(post->extraSelections().isEmpty());
    w.window->undoStack()->redo();
    QCOMPARE(w.services.annotations->annotations().first().selector.exact, words);

    // Kept in the cache.
    QSignalSpy synced(w.services.store, &CacheStore::synced);
    w.services.store->sync();
    QVERIFY(synced.wait());
    CacheDatabase db;
    QString error;
    QVERIFY(db.open(m_cache, &error));
    QCOMPARE(db.annotations().size(), 1);
    QCOMPARE(db.annotations().first().note, QStringLiteral("try this on the old card"));
}

void TestMainWindow::linksSpoilersAndCopy()
{
    Window w = makeWindow();
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QVERIFY(w.window->openThread(demoThreadUrl()));
    QVERIFY(loaded.wait(10000));
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    ThreadView *tree = w.window->threadView();
    PostView *post = w.window->postView();
    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    auto cleanup = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });

    // #27 links to the article "per the article": a link into the thread jumps in the reader.
    w.window->selection()->selectPost(QStringLiteral("880297"));
    QVERIFY(clickAnchor(post, QStringLiteral("qrc:/demo/threads/")));
    QTRY_COMPARE(tree->currentIndex().data(ThreadTreeModel::PostIdRole).toString(), QStringLiteral("880001"));
    QVERIFY(browser.opened.isEmpty());

    // The article's source link goes to the system browser, and says where before.
    ArticlePanel *article = w.window->articlePanel();
    const QTextCharFormat source = [&] {
        QTextCharFormat found;
        forEachFragment(*article->document(), [&](const QTextFragment &f) {
            if (f.text() == QLatin1String("Kestrel Labs press release"))
                found = f.charFormat();
        });
        return found;
    }();
    QCOMPARE(source.toolTip(), QStringLiteral("https://press.kestrel-labs.example/2026/open-driver"));
    // Hovering shows the target in the status bar too.
    const QPoint over = anchorPoint(article, QStringLiteral("https://press."));
    QVERIFY(over.x() >= 0);
    QTest::mouseMove(article->viewport(), over);
    QTRY_COMPARE(w.window->statusBar()->currentMessage(),
        QStringLiteral("https://press.kestrel-labs.example/2026/open-driver"));
    QVERIFY(clickAnchor(article, QStringLiteral("https://press.")));
    QTRY_COMPARE(browser.opened,
        QList<QUrl> {QUrl(QStringLiteral("https://press.kestrel-labs.example/2026/open-driver"))});

    // The activity chart: posts per hour of that afternoon, the unread part marked;
    // clicking the 10:00 bar selects its first post in thread order (#9, 10:05).
    ActivityChart *chart = w.window->activityChart();
    QTRY_COMPARE(chart->activity().buckets.size(), 9);
    QCOMPARE(chart->activity().unit, ThreadActivity::Unit::Hour);
    QCOMPARE(chart->activity().buckets[2].posts, 4);
    QCOMPARE(chart->activity().topPosters.value(0), (QPair<QString, int> {QStringLiteral("Ærin"), 5}));
    QTest::mouseClick(chart, Qt::LeftButton, {}, chart->barRect(2).center());
    QCOMPARE(tree->currentIndex().data(ThreadTreeModel::NumberRole).toInt(), 9);
    QTRY_VERIFY(chart->activity().buckets[2].unread < 4); // reading it shows in the chart
    // And from the keyboard: Home, Right, Enter.
    chart->setFocus();
    QTest::keyClick(chart, Qt::Key_Home);
    QTest::keyClick(chart, Qt::Key_Right);
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(tree->currentIndex().data(ThreadTreeModel::NumberRole).toInt(), 5); // 09:00–10:00 starts at #5

    // #26's spoiler opens on click and closes again; the tree's snippet never shows it.
    w.window->selection()->selectPost(QStringLiteral("880286"));
    const QString snippet
        = w.services.model->indexOf(QStringLiteral("880286"), ThreadTreeModel::SnippetColumn)
              .data()
              .toString();
    QVERIFY2(!snippet.contains(QLatin1String("VMAF")), qPrintable(snippet));
    QVERIFY(post->toPlainText().contains(QStringLiteral("\u25B8 Spoiler: My encoder numbers")));
    QVERIFY(!post->toPlainText().contains(QLatin1String("91 VMAF")));
    QVERIFY(clickAnchor(post, QStringLiteral("tk-quote:s0")));
    QTRY_VERIFY(post->toPlainText().contains(QLatin1String("91 VMAF")));
    QVERIFY(clickAnchor(post, QStringLiteral("tk-quote:s0")));
    QTRY_VERIFY(!post->toPlainText().contains(QLatin1String("91 VMAF")));

    // #6's code block: guessed as JSON, coloured, and copied whole by its Copy link.
    w.window->selection()->selectPost(QStringLiteral("880066"));
    QVERIFY(post->toPlainText().contains(QStringLiteral("Code · JSON")));
    const QString code = PostRenderer::codeBlock(post->post(), 0);
    QVERIFY(code.startsWith(QLatin1String("{\n  \"driver\": \"kestrel\"")));
    QVERIFY(distinctColours(*post->document(), code) >= 2);
    QGuiApplication::clipboard()->clear();
    QVERIFY(clickAnchor(post, QStringLiteral("tk-copy:0")));
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), code);
    QCOMPARE(w.window->statusBar()->currentMessage(), QStringLiteral("Copied 5 line(s) of code"));
}

void TestMainWindow::themeAndTextSize()
{
    qreal larger = 0;
    {
        Window w = makeWindow();
        QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
        QVERIFY(w.window->openThread(demoThreadUrl()));
        QVERIFY(loaded.wait(10000));
        PostView *post = w.window->postView();
        w.window->selection()->selectPost(QStringLiteral("880066"));
        const QString code = PostRenderer::codeBlock(post->post(), 0);
        auto colours = [&] {
            QSet<QRgb> set;
            forEachFragment(*post->document(), [&](const QTextFragment &f) {
                if (code.contains(f.text()) && f.charFormat().foreground().style() != Qt::NoBrush)
                    set.insert(f.charFormat().foreground().color().rgb());
            });
            return set;
        };
        const QSet<QRgb> light = colours();
        // Switching to dark re-renders the post: code colours from a dark theme.
        w.window->appearance()->setTheme(Appearance::Theme::Dark);
        QTRY_VERIFY(post->palette().color(QPalette::Base).lightness() < 100);
        const QSet<QRgb> dark = colours();
        QVERIFY(!dark.isEmpty());
        QVERIFY(light != dark);
        w.window->appearance()->setTheme(Appearance::Theme::System);
        QTRY_COMPARE(colours(), light);

        // Ctrl++ makes the reading text larger, everywhere it is read.
        const qreal before = post->font().pointSizeF();
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        QTest::keyClick(w.window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(w.window.get(), Qt::Key_Plus, Qt::ControlModifier);
        larger = post->font().pointSizeF();
        QCOMPARE(larger, before + 2);
        QCOMPARE(w.window->articlePanel()->font().pointSizeF(), larger);
        w.window->appearance()->setTheme(Appearance::Theme::Dark);
        w.window->close(); // keeps the settings
    }
    {
        // The next start reads at that size, in that palette.
        Window w = makeWindow();
        QCOMPARE(w.window->postView()->font().pointSizeF(), larger);
        QCOMPARE(w.window->appearance()->theme(), Appearance::Theme::Dark);
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        QTest::keyClick(w.window.get(), Qt::Key_0, Qt::ControlModifier);
        QVERIFY(w.window->postView()->font().pointSizeF() < larger);
        w.window->appearance()->setTheme(Appearance::Theme::System);
        w.window->close();
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
