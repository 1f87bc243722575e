// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test, offscreen: a reader you can live in (issue 11). The real window on the
// bundled demo thread: the place kept, the article once, counts and messages that
// agree, a layout that fits, back and forward, hidden quotes in every mode.
#include "library/annotationsdock.h"
#include "library/followeddock.h"
#include "library/searchdock.h"
#include "reader/activitychart.h"
#include "reader/articlepanel.h"
#include "reader/findbar.h"
#include "reader/postview.h"
#include "reader/selectioncontroller.h"
#include "reader/threadview.h"
#include "settings/appearance.h"
#include "window/mainwindow.h"
#include "window/panelayout.h"

#include "engines/forumengine.h"
#include "models/followedmodel.h"
#include "models/searchresultsmodel.h"
#include "models/threadtreemodel.h"
#include "servers/discoursefixture.h"
#include "servers/fixtureserver.h"
#include "services/demo.h"
#include "services/readerservices.h"
#include "services/rulebook.h"
#include "services/threadsession.h"
#include "store/cachestore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {
// Post ids of the demo thread: the article, then #n is 880000 + 11n.
QString post(int number)
{
    return number == 0 ? QStringLiteral("880001") : QString::number(880000 + 11 * number);
}
} // namespace

class TestReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void failedOpenKeepsTheThread();
    void articleOnceAndFirstUnread();
    void placeKeptAcrossRestarts();
    void unreadCountsAgree();
    void messagesFollowTheirCause();
    void layoutFits_data();
    void layoutFits();
    void firstWindowFitsTheScreen();
    void backForwardAndPreviousUnread();
    void hiddenQuoteInEveryMode_data();
    void hiddenQuoteInEveryMode();
    void chartTakesThePalette();
    void demoFromTheHelpMenu();
    void findInThread();
    void offersWhatTheEngineCan();
    void searchAcrossThreads();

private:
    struct Window
    {
        std::unique_ptr<QObject> root;
        std::unique_ptr<MainWindow> window;
        ReaderServices services;
    };
    Window makeWindow(QSize size = QSize(1280, 800));
    bool openDemo(Window &w);
    void sync(Window &w);
    QString recentText(Window &w);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cache;
};

void TestReader::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ThreadkeeperReaderTests"));
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>(); // each test starts on a fresh cache
    m_cache = m_dir->filePath(QStringLiteral("cache.sqlite"));
}

TestReader::Window TestReader::makeWindow(QSize size)
{
    Window w;
    w.root = std::make_unique<QObject>();
    w.services = createReaderServices(m_cache, w.root.get());
    w.window = std::make_unique<MainWindow>(w.services);
    if (size.isValid())
        w.window->resize(size);
    w.window->show();
    return w;
}

bool TestReader::openDemo(Window &w)
{
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    return w.window->openThread(demoThreadUrl()) && loaded.wait(10000);
}

void TestReader::sync(Window &w)
{
    QSignalSpy synced(w.services.store, &CacheStore::synced);
    w.services.store->sync();
    QVERIFY(synced.wait());
}

QString TestReader::recentText(Window &w)
{
    QMenu *recent = w.window->recentThreadsMenu();
    QSignalSpy listed(w.services.store, &CacheStore::threadsListed);
    Q_EMIT recent->aboutToShow();
    if (!listed.wait())
        return {};
    return recent->actions().value(0) ? recent->actions().first()->text() : QString();
}

void TestReader::failedOpenKeepsTheThread()
{
    Window w = makeWindow();
    QVERIFY(openDemo(w));
    w.window->selection()->selectPost(post(10));
    const QString title = w.window->windowTitle();

    // A thread on a server that refuses the connection: the error shows, nothing else changes.
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QVERIFY(w.window->openThread(QUrl(QStringLiteral("http://127.0.0.1:1/threads/gone.5/"))));
    QVERIFY(loaded.wait(20000));
    QVERIFY2(!w.window->errorText().isEmpty(), "the failure is named");
    QCOMPARE(w.services.model->postCount(), 30);
    QCOMPARE(w.window->windowTitle(), title);
    QCOMPARE(w.window->threadView()->currentIndex().data(ThreadTreeModel::PostIdRole).toString(), post(10));
    QCOMPARE(w.window->postView()->postId(), post(10));
    QVERIFY(w.window->articlePanel()->toPlainText().contains(QLatin1String("complete source code")));
    QCOMPARE(w.services.session->info().url, demoThreadUrl().toString());
    // F5 reloads the thread being read, not the one that failed.
    QVERIFY(w.window->openThread(demoThreadUrl()));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(w.services.model->postCount(), 30);
}

void TestReader::articleOnceAndFirstUnread()
{
    Window w = makeWindow();
    QVERIFY(openDemo(w));
    // A new thread opens at its first unread post: the article's row. The article shows in
    // the article pane only.
    QCOMPARE(w.window->threadView()->currentIndex().data(ThreadTreeModel::PostIdRole).toString(), post(0));
    QVERIFY(w.window->articlePanel()->toPlainText().contains(QLatin1String("complete source code")));
    QVERIFY(w.window->postView()->postId().isEmpty());
    QVERIFY(!w.window->postView()->toPlainText().contains(QLatin1String("complete source code")));
    // Another post shows in the post pane, the article stays.
    w.window->selection()->selectPost(post(3));
    QVERIFY(w.window->postView()->toPlainText().contains(QLatin1String("shader cache compilation")));
    QVERIFY(w.window->articlePanel()->toPlainText().contains(QLatin1String("complete source code")));
}

void TestReader::placeKeptAcrossRestarts()
{
    int scroll = 0;
    QString place;
    {
        Window w = makeWindow(QSize(700, 400)); // a short post view, so posts scroll
        QVERIFY(openDemo(w));
        // The first post long enough to scroll in this window.
        QScrollBar *bar = w.window->postView()->verticalScrollBar();
        for (int n = 1; n < 30 && bar->maximum() == 0; ++n) {
            w.window->selection()->selectPost(post(n));
            QApplication::processEvents();
        }
        QVERIFY(bar->maximum() > 0);
        place = w.window->postView()->postId();
        bar->setValue(bar->maximum() / 2);
        scroll = bar->value();
        QVERIFY(scroll > 0);
        w.window->close(); // keeps the place
        sync(w);
    }
    {
        // The next start: the same post, scrolled as it was left.
        Window w = makeWindow(QSize(700, 400));
        QVERIFY(openDemo(w));
        QCOMPARE(w.window->threadView()->currentIndex().data(ThreadTreeModel::PostIdRole).toString(), place);
        QCOMPARE(w.window->postView()->verticalScrollBar()->value(), scroll);
    }
}

void TestReader::unreadCountsAgree()
{
    Window w = makeWindow();
    QVERIFY(openDemo(w));
    QTRY_VERIFY(w.services.rules->isLoaded());
    // All read but #25; its poster followed.
    QTest::keyClick(w.window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    w.window->selection()->selectPost(post(25));
    QTest::keyClick(w.window.get(), Qt::Key_M);
    QTest::keyClick(w.window.get(), Qt::Key_F);
    sync(w);
    QCOMPARE(w.services.model->unreadCount(), 1);
    QVERIFY2(recentText(w).endsWith(QLatin1String("1 unread")), qPrintable(recentText(w)));
    FollowedDock *dock = w.window->followedDock();
    QSignalSpy refreshed(dock, &FollowedDock::refreshed);
    dock->show();
    QVERIFY(refreshed.wait());
    QCOMPARE(dock->model()->index(0, 0).data(FollowedModel::UnreadRole).toInt(), 1);

    // A keyword rule hides #25 (outweighing the follow): unread nowhere.
    Rule rule;
    rule.kind = Rule::Kind::Keyword;
    rule.site = siteOfThread(demoThreadUrl().toString());
    rule.pattern = QStringLiteral("Putting");
    rule.score = -200;
    w.services.rules->addRule(rule);
    QVERIFY(w.services.model->indexOf(post(25)).data(ThreadTreeModel::HiddenRole).toBool());
    QCOMPARE(w.services.model->unreadCount(), 0);
    sync(w);
    QVERIFY2(recentText(w).endsWith(QLatin1String("all read")), qPrintable(recentText(w)));
    QTRY_COMPARE(dock->model()->index(0, 0).data(FollowedModel::UnreadRole).toInt(), 0);
}

void TestReader::messagesFollowTheirCause()
{
    Window w = makeWindow();
    QVERIFY(openDemo(w));
    QTRY_VERIFY(w.services.rules->isLoaded());
    // A rule's undo hint goes once it is undone.
    w.window->selection()->selectPost(post(5));
    QTest::keyClick(w.window.get(), Qt::Key_F);
    QVERIFY(w.window->statusText().contains(QLatin1String("Undo with Ctrl+Z")));
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY2(!w.window->statusText().contains(QLatin1String("Follow")), qPrintable(w.window->statusText()));

    // Nothing left unread: N and Space say so.
    QTest::keyClick(w.window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(w.window.get(), Qt::Key_N);
    QVERIFY2(
        w.window->statusText().contains(QLatin1String("Nothing unread")), qPrintable(w.window->statusText()));

    // Offline, then online again: the offline message goes.
    w.window->setOffline(true);
    QVERIFY(openDemo(w));
    QVERIFY(w.window->statusText().startsWith(QLatin1String("Offline")));
    w.window->setOffline(false);
    QVERIFY2(
        !w.window->statusText().startsWith(QLatin1String("Offline")), qPrintable(w.window->statusText()));

    // What was typed is quoted in the error, whatever it was.
    for (const QString &typed : {QStringLiteral("garbage here"), QStringLiteral("http://[::1")}) {
        QVERIFY(!w.window->openTypedThread(typed));
        QVERIFY2(w.window->errorText().contains(typed), qPrintable(w.window->errorText()));
    }
    QCOMPARE(w.services.model->postCount(), 30);
}

void TestReader::layoutFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("docks");
    QTest::newRow("800x600") << QSize(800, 600) << false;
    QTest::newRow("800x600 with docks") << QSize(800, 600) << true;
    QTest::newRow("1280x800 with docks") << QSize(1280, 800) << true;
}

void TestReader::layoutFits()
{
    QFETCH(QSize, size);
    QFETCH(bool, docks);
    Window w = makeWindow(size);
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    QVERIFY(openDemo(w));
    w.window->selection()->selectPost(post(13));
    if (docks) {
        QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(w.window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(w.window->followedDock()->isVisible() || w.window->annotationsDock()->isVisible());
        // Tabbed together: one column of docks, not two.
        QCOMPARE(w.window->tabifiedDockWidgets(w.window->followedDock()).size(), 1);
    }
    ThreadView *tree = w.window->threadView();
    QTRY_VERIFY2(tree->viewport()->width() >= 300,
        qPrintable(QStringLiteral("tree %1, followed %2, article %3")
                       .arg(tree->viewport()->width())
                       .arg(w.window->followedDock()->width())
                       .arg(w.window->articlePanel()->isVisible() ? w.window->articlePanel()->width() : 0)));
    const int treeWidth = tree->viewport()->width();
    QHeaderView *header = tree->header();
    const int dateEnd = header->sectionViewportPosition(ThreadTreeModel::DateColumn)
        + header->sectionSize(ThreadTreeModel::DateColumn);
    QVERIFY2(dateEnd <= treeWidth, qPrintable(QStringLiteral("%1 > %2").arg(dateEnd).arg(treeWidth)));
    const QString date = w.services.model->indexOf(post(13), ThreadTreeModel::DateColumn).data().toString();
    QFont bold = tree->font(); // unread rows are bold
    bold.setBold(true);
    QVERIFY(header->sectionSize(ThreadTreeModel::DateColumn) >= QFontMetrics(bold).horizontalAdvance(date));

    // F9 hides the article pane, and brings it back.
    QVERIFY(w.window->articlePanel()->isVisible() || size.width() < 700);
    QTest::keyClick(w.window.get(), Qt::Key_F9);
    QVERIFY(!w.window->articlePanel()->isVisible());
    QTRY_VERIFY(tree->viewport()->width() > treeWidth || size.width() < 900);
    QTest::keyClick(w.window.get(), Qt::Key_F9);
    QTRY_VERIFY(w.window->articlePanel()->isVisible());

    // The picture for the README.
    const qreal scale = w.window->devicePixelRatioF();
    const QString shots = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    QVERIFY(w.window->grab().save(shots
        + QStringLiteral("/reader-%1x%2%3%4.png")
              .arg(size.width())
              .arg(size.height())
              .arg(docks ? QStringLiteral("-docks") : QString())
              .arg(scale > 1 ? QStringLiteral("-%1x").arg(scale) : QString())));
}

void TestReader::firstWindowFitsTheScreen()
{
    // No size kept: the first start picks one that fits the screen, whatever its scale.
    Window w = makeWindow(QSize());
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    const QRect available = w.window->screen()->availableGeometry();
    QVERIFY2(w.window->width() <= available.width() && w.window->height() <= available.height(),
        qPrintable(QStringLiteral("%1x%2 on %3x%4")
                       .arg(w.window->width())
                       .arg(w.window->height())
                       .arg(available.width())
                       .arg(available.height())));
    QVERIFY(w.window->width() >= std::min(available.width() * 9 / 10, 1280));
}

void TestReader::backForwardAndPreviousUnread()
{
    Window w = makeWindow();
    QVERIFY(openDemo(w));
    ThreadView *tree = w.window->threadView();
    auto current = [tree] { return tree->currentIndex().data(ThreadTreeModel::PostIdRole).toString(); };
    // Jumps: to #16, then "go to post" in its quote to #15.
    w.window->selection()->selectPost(post(16));
    Q_EMIT w.window->postView()->anchorClicked(QUrl(QStringLiteral("tk-post:") + post(15)));
    QCOMPARE(current(), post(15));
    QTest::keyClick(w.window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(current(), post(16));
    QTest::keyClick(w.window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(current(), post(0));
    QTest::keyClick(w.window.get(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(current(), post(16));
    // The mouse's back and forward buttons, over any pane.
    QTest::mouseClick(w.window->postView()->viewport(), Qt::ForwardButton);
    QCOMPARE(current(), post(15));
    QTest::mouseClick(tree->viewport(), Qt::BackButton);
    QCOMPARE(current(), post(16));
    // N is a jump too.
    QTest::keyClick(w.window.get(), Qt::Key_N);
    const QString afterN = current();
    QVERIFY(afterN != post(16));
    QTest::keyClick(w.window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(current(), post(16));

    // P goes to the previous unread post in reading order: #14 is the one before #15 there.
    w.window->selection()->selectPost(post(17));
    QVERIFY(w.services.model->indexOf(post(15)).data(ThreadTreeModel::ReadRole).toBool());
    const QModelIndex expected = w.services.model->previousUnread(tree->currentIndex());
    QVERIFY(expected.isValid());
    QTest::keyClick(w.window.get(), Qt::Key_P);
    QCOMPARE(tree->currentIndex(), expected);
    // Nothing unread: P says so and stays.
    QTest::keyClick(w.window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    const QString here = current();
    QTest::keyClick(w.window.get(), Qt::Key_P);
    QCOMPARE(current(), here);
    QVERIFY(w.window->statusText().contains(QLatin1String("Nothing unread")));
}

void TestReader::hiddenQuoteInEveryMode_data()
{
    QTest::addColumn<HideMode>("mode");
    QTest::newRow("placeholder") << HideMode::Placeholder;
    QTest::newRow("remove, replies move up") << HideMode::Remove;
    QTest::newRow("remove with replies") << HideMode::Subtree;
}

void TestReader::hiddenQuoteInEveryMode()
{
    QFETCH(HideMode, mode);
    Window w = makeWindow();
    QVERIFY(openDemo(w));
    QTRY_VERIFY(w.services.rules->isLoaded());
    w.window->setHideMode(mode);
    // "firmware" hides #2 by keyword (Ærin, whose other posts stay); #28 quotes #2.
    Rule rule;
    rule.kind = Rule::Kind::Keyword;
    rule.site = siteOfThread(demoThreadUrl().toString());
    rule.pattern = QStringLiteral("firmware");
    rule.score = -100;
    w.services.rules->addRule(rule);
    QVERIFY(w.services.session->score(post(2)).hidden);
    QVERIFY(!w.services.session->score(post(28)).hidden);
    if (mode == HideMode::Subtree) {
        // #28 replies to #2 and goes with it.
        QVERIFY(!w.services.model->indexOf(post(28)).isValid());
        return;
    }
    w.window->selection()->selectPost(post(28));
    QCOMPARE(w.window->postView()->postId(), post(28));
    const QString text = w.window->postView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Hidden: quote of Ærin")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Open driver, closed brain")), qPrintable(text));
    w.services.rules->removeRule(w.services.rules->rules().first().id);
    sync(w);
}

void TestReader::chartTakesThePalette()
{
    Window w = makeWindow();
    QVERIFY(openDemo(w));
    ActivityChart *chart = w.window->activityChart();
    QTRY_VERIFY(!chart->activity().buckets.isEmpty());
    for (const QColor &base : {QColor(Qt::white), QColor(0x20, 0x20, 0x20)}) {
        QPalette pal = chart->palette();
        pal.setColor(QPalette::Base, base);
        pal.setColor(QPalette::Highlight, QColor(0x30, 0x60, 0xc0));
        chart->setPalette(pal);
        const QImage image = chart->grab().toImage();
        // Every bar's colour lies between the palette's base and highlight: no pale block on dark.
        const QRect bar = chart->barRect(0).intersected(image.rect());
        const QColor c = image.pixelColor(bar.center() * image.devicePixelRatio());
        QVERIFY2(std::abs(c.lightness() - base.lightness())
                <= std::abs(QColor(0x30, 0x60, 0xc0).lightness() - base.lightness()) + 1,
            qPrintable(c.name()));
    }
}

void TestReader::demoFromTheHelpMenu()
{
    Window w = makeWindow();
    QAction *demo = nullptr;
    for (QAction *menu : w.window->menuBar()->actions()) {
        if (menu->menu() && menu->text() == QLatin1String("&Help")) {
            for (QAction *a : menu->menu()->actions()) {
                if (a->text() == QLatin1String("Open &Demo Thread"))
                    demo = a;
            }
        }
    }
    QVERIFY(demo);
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    demo->trigger();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(w.services.model->postCount(), 30);
}

void TestReader::findInThread()
{
    Window w = makeWindow();
    QVERIFY(openDemo(w));
    ThreadView *tree = w.window->threadView();
    FindBar *find = w.window->findBar();
    w.window->selection()->selectPost(post(0));
    QVERIFY(!find->isVisible());

    // Ctrl+F opens it with the cursor in its field.
    QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(find->isVisible());
    QTRY_VERIFY(find->findChild<QLineEdit *>(QStringLiteral("findText"))->hasFocus());

    // Words: the posts whose own words hold them all, in thread order; the rest dimmed.
    QStringList expected;
    for (const QString &id : w.services.session->tree().ids()) {
        const QString text = w.services.session->post(id).text;
        if (text.contains(QLatin1String("firmware"), Qt::CaseInsensitive))
            expected.append(id);
    }
    QVERIFY(expected.size() >= 3);
    find->setQuery(QStringLiteral("FIRMWARE"));
    QCOMPARE(find->matches(), expected);
    QVERIFY(find->countText().startsWith(QLatin1String("1 of ")));
    const QString first = tree->currentIndex().data(ThreadTreeModel::PostIdRole).toString();
    QCOMPARE(first, expected.first());
    ThreadTreeModel *model = w.services.model;
    QVERIFY(!tree->isDimmed(model->indexOf(expected.first())));
    QVERIFY(tree->isDimmed(model->indexOf(post(1))) == !expected.contains(post(1)));

    // The words are marked in the article and in the post shown.
    const auto marked = [](QTextEdit *view) {
        const QList<QTextEdit::ExtraSelection> marks = view->extraSelections();
        return std::count_if(marks.cbegin(), marks.cend(), [](const QTextEdit::ExtraSelection &m) {
            return m.cursor.selectedText().toLower() == QLatin1String("firmware");
        }) > 0;
    };
    const bool articleMatches = expected.first() == post(0);
    QCOMPARE(marked(w.window->articlePanel()), articleMatches);

    // F3 and Shift+F3 step through them, round the end, and each step can be gone back.
    PostView *view = w.window->postView();
    QTest::keyClick(w.window.get(), Qt::Key_F3);
    QCOMPARE(tree->currentIndex().data(ThreadTreeModel::PostIdRole).toString(), expected.at(1));
    QTRY_VERIFY(marked(view));
    QTest::keyClick(w.window.get(), Qt::Key_F3, Qt::ShiftModifier);
    QTest::keyClick(w.window.get(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(tree->currentIndex().data(ThreadTreeModel::PostIdRole).toString(), expected.last());
    QTest::keyClick(w.window.get(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(tree->currentIndex().data(ThreadTreeModel::PostIdRole).toString(), expected.first());

    // A poster's name finds every post of theirs.
    find->setQuery(QStringLiteral("ærin"));
    QCOMPARE(find->matches().size(), 5);
    for (const QString &id : find->matches())
        QCOMPARE(model->indexOf(id).data(ThreadTreeModel::AuthorRole).toString(), QStringLiteral("Ærin"));
    find->setQuery(QStringLiteral("no such words anywhere"));
    QVERIFY(find->matches().isEmpty());
    QCOMPARE(find->countText(), QStringLiteral("No post matches"));

    // Escape: the bar goes, nothing is dimmed or marked.
    find->setQuery(QStringLiteral("firmware"));
    QTest::keyClick(find->findChild<QLineEdit *>(QStringLiteral("findText")), Qt::Key_Escape);
    QVERIFY(!find->isVisible());
    QVERIFY(!tree->isDimmed(model->indexOf(post(1))));
    QVERIFY(!marked(view));
    QVERIFY(!marked(w.window->articlePanel()));
}

void TestReader::offersWhatTheEngineCan()
{
    // A Discourse topic comes as one answer and batches, not pages: the window says posts
    // and parts, never pages; a XenForo thread says pages.
    FixtureServer server;
    QVERIFY(server.start());
    DiscourseTopic topic;
    topic.thread = seedThread(QStringLiteral(THREADKEEPER_SHARED_DIR "/seeds/000_03c0485d06bfdc0b.txt"));
    serveDiscourseTopic(&server, topic);
    Window w = makeWindow();
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QVERIFY(w.window->openThread(server.url(topic.path())));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(w.services.model->postCount(), topic.thread.posts.size());
    const QString status = w.window->statusText();
    QVERIFY2(status.startsWith(QStringLiteral("%1 post").arg(topic.thread.posts.size()))
            && !status.contains(QLatin1String("page")),
        qPrintable(status));
    QVERIFY(capabilitiesOf(QStringLiteral("discourse")).testFlag(ForumEngine::Capability::ExplicitParents));
    QVERIFY(!capabilitiesOf(QStringLiteral("discourse")).testFlag(ForumEngine::Capability::Pages));

    QVERIFY(openDemo(w));
    QVERIFY2(w.window->statusText().contains(QLatin1String("page")), qPrintable(w.window->statusText()));
    QVERIFY(w.window->appearance()->avatarAction()->isEnabled());
}

void TestReader::searchAcrossThreads()
{
    Window w = makeWindow();
    QVERIFY(openDemo(w));
    sync(w);
    SearchDock *dock = w.window->searchDock();
    QVERIFY(!dock->isVisible());
    QTest::keyClick(w.window.get(), Qt::Key_K, Qt::ControlModifier);
    QVERIFY(dock->isVisible());
    QTRY_VERIFY(dock->findChild<QLineEdit *>(QStringLiteral("searchText"))->hasFocus());

    // The posts whose own words hold the word, and no post that only quotes it.
    QStringList expected;
    for (const QString &id : w.services.session->tree().ids()) {
        if (w.services.session->post(id).text.contains(QLatin1String("conformance"), Qt::CaseInsensitive))
            expected.append(id);
    }
    QVERIFY(!expected.isEmpty());
    QSignalSpy found(dock, &SearchDock::searchFinished);
    dock->setQuery(QStringLiteral("conformance"));
    QVERIFY(found.wait());
    SearchResultsModel *results = dock->results();
    QAbstractItemModelTester tester(results, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList got;
    for (int row = 0; row < results->rowCount(); ++row)
        got.append(results->index(row).data(SearchResultsModel::PostIdRole).toString());
    got.sort();
    expected.sort();
    QCOMPARE(got, expected);
    QVERIFY(results->index(0)
                .data(SearchResultsModel::SnippetHtmlRole)
                .toString()
                .contains(QLatin1String("<b>conformance</b>"), Qt::CaseInsensitive));
    QVERIFY2(dock->statusText().contains(QLatin1String("best first")), qPrintable(dock->statusText()));

    // For the README: the pane beside the thread (the chart redraws after 100 ms).
    QTest::qWait(300);
    QDir().mkpath(QDir::currentPath() + QStringLiteral("/screenshots"));
    QVERIFY(w.window->grab().save(QDir::currentPath() + QStringLiteral("/screenshots/search.png")));

    // Enter opens the best one in its thread.
    const QString best = results->index(0).data(SearchResultsModel::PostIdRole).toString();
    w.window->selection()->selectPost(post(1));
    QTest::keyClick(dock->findChild<QLineEdit *>(QStringLiteral("searchText")), Qt::Key_Return);
    QTRY_COMPARE(w.window->threadView()->currentIndex().data(ThreadTreeModel::PostIdRole).toString(), best);

    // A bad filter says why; nothing is searched.
    dock->setQuery(QStringLiteral("before:someday"));
    QVERIFY2(dock->statusText().contains(QLatin1String("not a date")), qPrintable(dock->statusText()));
    QCOMPARE(results->rowCount(), 0);
}

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
