// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test, offscreen: subscriptions in the window (issue 21). File ›
// Subscribe… reads a loopback feed whose items link to loopback forum threads;
// the News view lists its items (unread bold, the discussion's size); N goes to
// the next unread, Enter opens the item's discussion with the item as the
// article and marks it read, M toggles read; a page that offers two feeds lets
// the reader choose, a bad address keeps what was typed; Unsubscribe and Ctrl+Z
// bring it back with its read state; OPML export; a screenshot for the README. W (and
// the list's context menu) watches an item's discussion through the window's WatchList:
// the store and the Library dock have it watched, the row shows it in place; a
// discussion never opened is not watched and the status line says why.
// The Library's Subscriptions tab lists them with their counts: Enter shows one in
// the News view, F5 refreshes it, Delete unsubscribes and Ctrl+Z brings it back.
#include "library/librarydock.h"
#include "library/newsview.h"
#include "library/subscribedialog.h"
#include "library/subscriptionactions.h"
#include "library/subscriptionlist.h"
#include "reader/articlepanel.h"
#include "readerwindow.h"
#include "window/mainwindow.h"
#include "window/notifier.h"

#include "engines/forumengine.h"
#include "models/librarymodel.h"
#include "models/newsmodel.h"
#include "models/subscriptionlistmodel.h"
#include "models/threadtreemodel.h"
#include "servers/fixtureserver.h"
#include "servers/xenforofixture.h"
#include "services/subscriptionbook.h"
#include "services/threadsession.h"
#include "services/translations.h"
#include "services/watchlist.h"
#include "store/cachestore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

struct CountingNotifier : Notifier
{
    QStringList texts;
    void notify(const QString &, const QString &text) override { texts.append(text); }
};

// A news item's comment thread on the forum beside the site: the first post
// links back to the article (as TechPowerUp's forum threads do), then the
// comments.
FixtureThread discussion(int n, int comments)
{
    static const QStringList names {QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Carol")};
    FixtureThread t;
    t.title = QStringLiteral("News %1: the comments").arg(n);
    t.path = QStringLiteral("/forums/threads/news-%1.%2/").arg(n).arg(300 + n);
    t.perPage = 20;
    FixturePost first;
    first.id = QString::number(50000 + n * 100);
    first.number = 1;
    first.author = QStringLiteral("NewsBot");
    first.date = QDateTime(QDate(2026, 3, 10 + n), QTime(9, 0), QTimeZone::UTC);
    first.bbcode = QStringLiteral("Discuss the article: [URL]https://news.example/article-%1[/URL]").arg(n);
    t.posts.append(first);
    for (int i = 0; i < comments; ++i) {
        FixturePost p;
        p.id = QString::number(50000 + n * 100 + 1 + i);
        p.number = i + 2;
        p.author = names[i % names.size()];
        p.date = first.date.addSecs(600 * (i + 1));
        p.bbcode = QStringLiteral("Comment %1 on news %2 by %3.").arg(i + 1).arg(n).arg(p.author);
        t.posts.append(p);
    }
    return t;
}

// RSS 2.0 as a news site writes it: newest first, each item's <comments> its
// forum thread, slash:comments its count, the article's start in <description>.
QByteArray feed(const FixtureServer &server, const QList<FixtureThread> &threads)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Loopback Hardware News</title><link>)"
        + server.url(QStringLiteral("/")).toEncoded() +
        R"(</link><description>News</description>
)";
    for (qsizetype i = threads.size() - 1; i >= 0; --i) {
        const int n = int(i) + 1;
        const QDateTime date = QDateTime(QDate(2026, 3, 10 + n), QTime(8, 30), QTimeZone::UTC);
        xml += "<item><title>Article " + QByteArray::number(n) + ": GPUs get faster</title>" + "<link>"
            + server.url(QStringLiteral("/news/article-%1").arg(n)).toEncoded() + "</link>"
            + "<guid isPermaLink=\"false\">article-" + QByteArray::number(n) + "</guid>" + "<pubDate>"
            + QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toUtf8()
            + " +0000</pubDate>" + "<dc:creator>Editor " + QByteArray::number(n) + "</dc:creator>"
            + "<comments>" + server.url(threads[i].path).toEncoded() + "</comments>" + "<slash:comments>"
            + QByteArray::number(threads[i].posts.size() - 1) + "</slash:comments>"
            + "<description><![CDATA[<p>The article's words, <b>number " + QByteArray::number(n)
            + "</b>, as the feed carries them.</p>]]></description></item>\n";
    }
    xml += "</channel></rss>\n";
    return xml;
}

void serve(FixtureServer *server, const FixtureThread &thread)
{
    for (int page = 1; page <= thread.pageCount(); ++page)
        server->setPage(thread.pagePath(page), xenforoPage(thread, page));
}

QString canonical(const QUrl &address)
{
    ThreadRef ref;
    return engineForUrl(address, &ref) ? ref.canonical.toString() : address.toString();
}

template<typename T> T *findChildOf(QWidget *parent)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *found = qobject_cast<T *>(w); found && found->isVisible())
            return found;
    return parent->findChild<T *>();
}

} // namespace

class TestNewsWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void subscribeReadOpenUnsubscribe();
    void offeredFeedsAndErrors();
    void subscriptionsInTheLibrary();
    void watchFromTheNewsView();

private:
    FixtureServer m_server;
    QList<FixtureThread> m_threads;
    FixtureServer::Route m_commentsFeed; // served at /comments.xml
    Translations m_translations; // the English plural forms: "1 comment", "30 comments"
};

void TestNewsWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_translations.use(QLocale(QLocale::English));
    QVERIFY(m_server.start());
    m_threads = {discussion(1, 12), discussion(2, 30), discussion(3, 4)};
    for (const FixtureThread &t : std::as_const(m_threads))
        serve(&m_server, t);
    FixtureServer::Route rss;
    rss.body = feed(m_server, m_threads);
    rss.contentType = "application/rss+xml; charset=utf-8";
    m_server.setRoute(QStringLiteral("/feed.xml"), rss);
    FixtureServer::Route atom = rss;
    atom.body.replace("Loopback Hardware News", "Loopback Hardware News, comments");
    m_server.setRoute(QStringLiteral("/comments.xml"), atom);
    m_commentsFeed = atom;
    // A site's front page that offers both feeds.
    m_server.setPage(QStringLiteral("/"),
        "<!DOCTYPE html><html><head><title>Loopback Hardware</title>"
        "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"All news\" "
        "href=\"/feed.xml\">"
        "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"All "
        "comments\" href=\"/comments.xml\">"
        "</head><body><h1>Loopback Hardware</h1><p>News.</p></body></html>");
    m_server.setRoute(QStringLiteral("/nothing.xml"), FixtureServer::Route {404, "gone"});
}

void TestNewsWindow::subscribeReadOpenUnsubscribe()
{
    ReaderWindow w;
    w.window->resize(1400, 900);
    w.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    SubscriptionBook *book = w.services.subscriptions;
    QVERIFY(book);
    NewsView *news = w.window->newsView();
    QVERIFY(news);
    QVERIFY(!news->isVisible());

    // File › Subscribe… (Ctrl+Shift+S): the address, Subscribe.
    QTest::keyClick(w.window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    SubscribeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.window->findChild<SubscribeDialog *>()) && dialog->isVisible());
    const QUrl feedUrl = m_server.url(QStringLiteral("/feed.xml"));
    dialog->address()->setText(feedUrl.toString());
    QSignalSpy added(book, &SubscriptionBook::added);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("subscribeButton")), Qt::LeftButton);
    QVERIFY(added.wait(10000));
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    const Subscription subscription = added.first().first().value<Subscription>();
    QCOMPARE(subscription.title, QStringLiteral("Loopback Hardware News"));
    QCOMPARE(m_server.requestCount(QStringLiteral("/feed.xml")), 1);

    // The News view opens on it: newest first, all unread (bold), the feed's
    // comment counts.
    QTRY_VERIFY(news->isVisible());
    NewsModel *model = news->model();
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, NewsModel::TitleColumn).data().toString(),
        QStringLiteral("Article 3: GPUs get faster"));
    QCOMPARE(model->index(2, NewsModel::TitleColumn).data().toString(),
        QStringLiteral("Article 1: GPUs get faster"));
    QCOMPARE(model->index(0, NewsModel::SubscriptionColumn).data().toString(),
        QStringLiteral("Loopback Hardware News"));
    QCOMPARE(model->index(0, NewsModel::DiscussionColumn).data().toString(), QStringLiteral("4 comments"));
    QCOMPARE(model->index(1, NewsModel::DiscussionColumn).data().toString(), QStringLiteral("30 comments"));
    QCOMPARE(model->index(2, NewsModel::DiscussionColumn).data().toString(), QStringLiteral("12 comments"));
    for (int row = 0; row < 3; ++row)
        QVERIFY(model->index(row, 0).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model->index(1, 0).data(NewsModel::DiscussionRole).toUrl(), m_server.url(m_threads[1].path));
    // Nothing else was fetched: no discussion, no article page.
    QCOMPARE(m_server.requestCount(m_threads[1].path), 0);

    // Ctrl+1 brings the view forward with the cursor in the list; N: the next
    // unread.
    // (The offscreen platform does not give activation back when the dialog closes.)
    w.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    QSignalSpy shown(w.window->findChild<QAction *>(QStringLiteral("newsAction")), &QAction::triggered);
    QTest::keyClick(w.window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(shown.size(), 1);
    QTRY_VERIFY(news->view()->hasFocus());
    news->view()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(news->view(), Qt::Key_N);
    QCOMPARE(news->view()->currentIndex().row(), 1);

    // Enter: the discussion loads, with the item as the article; the item is
    // read.
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QTest::keyClick(news->view(), Qt::Key_Return);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(w.services.session->info().url, canonical(m_server.url(m_threads[1].path)));
    QCOMPARE(w.services.model->postCount(), 31);
    QCOMPARE(w.window->articlePanel()->articleId(), QStringLiteral("news-item:article-2"));
    QCOMPARE(w.window->articlePanel()->article().author, QStringLiteral("Editor 2"));
    QVERIFY(w.window->articlePanel()->toPlainText().contains(QLatin1String("as the feed carries them")));
    QVERIFY(w.window->articlePanel()->toPlainText().contains(QLatin1String("Article 2: GPUs get faster")));
    QVERIFY(!model->index(1, 0).data(NewsModel::UnreadRole).toBool());
    QVERIFY(!model->index(1, 0).data(Qt::FontRole).isValid());
    QTRY_COMPARE(book->subscription(subscription.id)->unread, 2);

    // M toggles read: unread again, then read.
    news->begin();
    QTRY_VERIFY(news->view()->hasFocus());
    QTest::keyClick(news->view(), Qt::Key_M);
    QVERIFY(model->index(1, 0).data(NewsModel::UnreadRole).toBool());
    QTRY_COMPARE(book->subscription(subscription.id)->unread, 3);
    QTest::keyClick(news->view(), Qt::Key_M);
    QVERIFY(!model->index(1, 0).data(NewsModel::UnreadRole).toBool());
    QTRY_COMPARE(book->subscription(subscription.id)->unread, 2);

    // For the README: the News view beside the discussion it opened.
    w.window->resizeDocks({news}, {620}, Qt::Horizontal);
    QTest::qWait(300);
    QDir().mkpath(QDir::currentPath() + QStringLiteral("/screenshots"));
    QVERIFY(w.window->grab().save(QDir::currentPath() + QStringLiteral("/screenshots/news.png")));
    w.window->resize(800, 600);
    QTest::qWait(300);
    QVERIFY(w.window->grab().save(QDir::currentPath() + QStringLiteral("/screenshots/news-800x600.png")));
    w.window->resize(1400, 900);

    // OPML export names the feed.
    const QString opml = QDir(w.dir.path()).filePath(QStringLiteral("subscriptions.opml"));
    QVERIFY(w.window->findChild<SubscriptionActions *>()->exportTo(opml));
    QFile written(opml);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains(feedUrl.toEncoded()));

    // Unsubscribe; Ctrl+Z brings it back with its items and what was read.
    QSignalSpy removed(book, &SubscriptionBook::removed);
    QSignalSpy restored(book, &SubscriptionBook::restored);
    news->view()->setCurrentIndex(model->index(0, 0));
    w.window->findChild<QAction *>(QStringLiteral("unsubscribeAction"))->trigger();
    QVERIFY(removed.wait(5000));
    QVERIFY(book->subscriptions().isEmpty());
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY2(w.window->statusText().contains(QLatin1String("Undo with Ctrl+Z")),
        qPrintable(w.window->statusText()));
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(restored.wait(5000));
    QTRY_COMPARE(book->subscriptions().size(), 1); // listed anew after the restore
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(model->unreadCount(), 2);
    QVERIFY(!model->indexOf(book->subscriptions().first().id, QStringLiteral("article-2"))
                 .data(NewsModel::UnreadRole)
                 .toBool());
    // And Ctrl+Shift+Z takes it out again.
    QTest::keyClick(w.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(removed.wait(5000));
    QVERIFY(book->subscriptions().isEmpty());
}

void TestNewsWindow::offeredFeedsAndErrors()
{
    ReaderWindow w;
    SubscriptionBook *book = w.services.subscriptions;
    auto *actions = w.window->findChild<SubscriptionActions *>();
    QVERIFY(actions);

    // An address that answers 404: the error in the dialog, the address kept.
    SubscribeDialog *dialog = actions->subscribe(m_server.url(QStringLiteral("/nothing.xml")).toString());
    QSignalSpy failed(book, &SubscriptionBook::addFailed);
    dialog->subscribe();
    QVERIFY(failed.wait(10000));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorText().isEmpty());
    QCOMPARE(dialog->address()->text(), m_server.url(QStringLiteral("/nothing.xml")).toString());
    // Not an address at all: said at once, nothing asked.
    dialog->address()->setText(QStringLiteral("not a web address"));
    m_server.resetCounters();
    dialog->subscribe();
    QVERIFY(!dialog->errorText().isEmpty());
    QCOMPARE(m_server.requests().size(), 0);

    // The site's page offers two feeds: listed; the second chosen is subscribed.
    dialog->address()->setText(m_server.url(QStringLiteral("/")).toString());
    dialog->subscribe();
    QVERIFY(failed.wait(10000));
    QTRY_VERIFY(dialog->offered()->isVisible());
    QCOMPARE(dialog->offered()->count(), 2);
    QVERIFY(dialog->offered()->item(0)->text().startsWith(QLatin1String("All news")));
    dialog->offered()->setCurrentRow(1);
    QSignalSpy added(book, &SubscriptionBook::added);
    dialog->subscribe();
    QVERIFY(added.wait(10000));
    QCOMPARE(added.first().first().value<Subscription>().url, m_server.url(QStringLiteral("/comments.xml")));
}

void TestNewsWindow::subscriptionsInTheLibrary()
{
    auto w = activeReaderWindow();
    SubscriptionBook *book = w->services.subscriptions;
    QSignalSpy added(book, &SubscriptionBook::added);
    const QUrl feedUrl = m_server.url(QStringLiteral("/feed.xml"));
    book->add(feedUrl);
    QVERIFY(added.wait(10000));
    book->add(m_server.url(QStringLiteral("/comments.xml")), QStringLiteral("Hardware"));
    QVERIFY(added.wait(10000));
    const qint64 id = added.first().first().value<Subscription>().id;
    const qint64 comments = added.last().first().value<Subscription>().id;

    // Ctrl+L: the Library, the cursor in its filter; Tab to the tab bar, Right to the
    // subscriptions.
    w->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w->window.get()));
    LibraryDock *dock = w->window->libraryDock();
    QTest::keyClick(w->window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(dock->filter()->hasFocus());
    SubscriptionList *list = dock->subscriptions();
    QVERIFY(list);
    QVERIFY(dock->tabs()->tabBar()->isVisible());
    QCOMPARE(dock->tabs()->currentIndex(), 0);
    QTest::keyClick(dock->filter(), Qt::Key_Tab);
    QTRY_VERIFY(dock->tabs()->tabBar()->hasFocus());
    QTest::keyClick(dock->tabs()->tabBar(), Qt::Key_Right);
    QCOMPARE(dock->tabs()->currentWidget(), list);

    // Both, with what the feeds hold: three items, all unread; the second in its folder.
    SubscriptionListModel *model = list->model();
    QTRY_COMPARE(model->rowCount(), 2);
    const QModelIndex feed = model->indexOf(id);
    QCOMPARE(feed.data().toString(), QStringLiteral("Loopback Hardware News"));
    QCOMPARE(
        feed.siblingAtColumn(SubscriptionListModel::KindColumn).data().toString(), QStringLiteral("feed"));
    QTRY_COMPARE(
        feed.siblingAtColumn(SubscriptionListModel::UnreadColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(feed.siblingAtColumn(SubscriptionListModel::ItemsColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(feed.siblingAtColumn(SubscriptionListModel::StatusColumn).data().toString(), QString());
    QVERIFY(!feed.siblingAtColumn(SubscriptionListModel::LastRefreshColumn).data().toString().isEmpty());
    QCOMPARE(model->indexOf(comments).data().toString(),
        QStringLiteral("Hardware \u203A Loopback Hardware News, comments"));
    QTRY_COMPARE(
        model->indexOf(comments, SubscriptionListModel::UnreadColumn).data().toString(), QStringLiteral("3"));

    // For a look: the dock with both, and the window at 800×600.
    const QString shots = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    w->window->resizeDocks({dock}, {520}, Qt::Horizontal);
    QTest::qWait(200);
    QVERIFY(dock->grab().save(shots + QStringLiteral("/library-subscriptions.png")));
    w->window->resize(800, 600);
    QTest::qWait(200);
    QVERIFY(w->window->grab().save(shots + QStringLiteral("/library-subscriptions-800x600.png")));
    w->window->resize(1100, 700);

    // The filter box filters the subscriptions too; Down goes to the first match.
    dock->filter()->setFocus();
    QTest::keyClicks(dock->filter(), QStringLiteral("comments"));
    QTRY_COMPARE(list->view()->model()->rowCount(), 1);
    QTest::keyClick(dock->filter(), Qt::Key_Down);
    QCOMPARE(list->currentId(), comments);
    QVERIFY(list->view()->hasFocus());
    dock->filter()->clear();
    QCOMPARE(list->view()->model()->rowCount(), 2);

    // Enter: the News view on that subscription alone.
    list->select(id);
    NewsView *news = w->window->newsView();
    QTest::keyClick(list->view(), Qt::Key_Return);
    QTRY_VERIFY(news->isVisible());
    QCOMPARE(news->currentSubscription(), id);
    QTRY_VERIFY(news->view()->hasFocus());
    // (It showed the comments feed, just subscribed, before: its three rows give way.)
    const auto onlyIt = [&] {
        NewsModel *items = news->model();
        for (int row = 0; row < items->rowCount(); ++row) {
            if (items->index(row, 0).data(NewsModel::SubscriptionIdRole).toLongLong() != id)
                return false;
        }
        return items->rowCount() == 3;
    };
    QTRY_VERIFY(onlyIt());

    // F5 on it asks its feed again, and that one only.
    QTest::keyClick(w->window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(list->isVisible());
    list->select(id);
    list->view()->setFocus();
    m_server.resetCounters();
    QSignalSpy refreshed(book, &SubscriptionBook::refreshed);
    QTest::keyClick(list->view(), Qt::Key_F5);
    QVERIFY(model->isRefreshing(id));
    QCOMPARE(model->indexOf(id, SubscriptionListModel::StatusColumn).data().toString(),
        QStringLiteral("refreshing\u2026"));
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(refreshed.first().at(0).toLongLong(), id);
    QVERIFY(!model->isRefreshing(id));
    QCOMPARE(m_server.requestCount(QStringLiteral("/feed.xml")), 1);
    QCOMPARE(m_server.requestCount(QStringLiteral("/comments.xml")), 0);
    QVERIFY2(dock->statusText().contains(QLatin1String("Refreshed")), qPrintable(dock->statusText()));

    // A refresh that fails says why in its Status; its items stay.
    m_server.setRoute(QStringLiteral("/comments.xml"), FixtureServer::Route {404, "gone"});
    list->select(comments);
    refreshed.clear();
    QTest::keyClick(list->view(), Qt::Key_F5);
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!refreshed.first().at(2).toString().isEmpty());
    QTRY_VERIFY(!model->indexOf(comments, SubscriptionListModel::StatusColumn).data().toString().isEmpty());
    QCOMPARE(model->indexOf(comments, SubscriptionListModel::StatusColumn).data().toString(),
        book->subscription(comments)->lastError);
    QCOMPARE(
        model->indexOf(comments, SubscriptionListModel::ItemsColumn).data().toString(), QStringLiteral("3"));
    QVERIFY2(dock->statusText().contains(QLatin1String("Could not refresh")), qPrintable(dock->statusText()));
    m_server.setRoute(QStringLiteral("/comments.xml"), m_commentsFeed);

    // Delete unsubscribes, undoably; the row goes, the other keeps its place and index.
    const QPersistentModelIndex other = model->indexOf(comments);
    QSignalSpy removed(book, &SubscriptionBook::removed);
    QSignalSpy restored(book, &SubscriptionBook::restored);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    list->select(id);
    QTest::keyClick(list->view(), Qt::Key_Delete);
    QVERIFY(removed.wait(5000));
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(!model->indexOf(id).isValid());
    QVERIFY(other.isValid());
    QCOMPARE(other.data(SubscriptionListModel::SubscriptionIdRole).toLongLong(), comments);
    QVERIFY2(w->window->statusText().contains(QLatin1String("Undo with Ctrl+Z")),
        qPrintable(w->window->statusText()));
    QTest::keyClick(w->window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(restored.wait(5000));
    QTRY_COMPARE(model->rowCount(), 2);
    QTRY_COMPARE(
        model->indexOf(id, SubscriptionListModel::UnreadColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(resets.size(), 0);
    QVERIFY(other.isValid());
}

namespace {
// The threads the store has watched, as it answers now.
QStringList watchedInStore(CacheStore *store)
{
    QSignalSpy listed(store, &CacheStore::watchedListed);
    store->listWatched();
    if (!listed.wait(5000))
        return {QStringLiteral("(no answer)")};
    QStringList urls;
    for (const ThreadSummary &t : listed.first().first().value<QList<ThreadSummary>>())
        urls.append(t.info.url);
    return urls;
}
} // namespace

void TestNewsWindow::watchFromTheNewsView()
{
    ReaderWindow w;
    w.window->resize(800, 600);
    w.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
    SubscriptionBook *book = w.services.subscriptions;
    NewsView *news = w.window->newsView();
    QSignalSpy added(book, &SubscriptionBook::added);
    book->add(m_server.url(QStringLiteral("/feed.xml")));
    QVERIFY(added.wait(10000));
    QTRY_VERIFY(news->isVisible());
    NewsModel *model = news->model();
    QTRY_COMPARE(model->rowCount(), 3);
    const qint64 id = added.first().first().value<Subscription>().id;
    const QModelIndex article2 = model->indexOf(id, QStringLiteral("article-2"));
    QCOMPARE(article2.row(), 1);
    const QString thread = canonical(m_server.url(m_threads[1].path));
    QCOMPARE(article2.data(NewsModel::ThreadRole).toString(), thread);
    QVERIFY(!article2.data(NewsModel::CachedRole).toBool());

    // W on a discussion never opened: nothing is watched, the status line says why.
    news->begin();
    QTRY_VERIFY(news->view()->hasFocus());
    news->view()->setCurrentIndex(article2);
    m_server.resetCounters();
    QTest::keyClick(news->view(), Qt::Key_W);
    QVERIFY2(
        news->statusText().contains(QLatin1String("before watching it")), qPrintable(news->statusText()));
    QVERIFY(!w.window->findChild<WatchList *>()->isWatched(thread));
    QCOMPARE(watchedInStore(w.services.store), QStringList());
    QCOMPARE(m_server.requests().size(), 0); // and nothing fetched for it
    {
        const std::unique_ptr<QMenu> menu(news->createContextMenu(article2, news));
        QAction *watch = menu->findChild<QAction *>(QStringLiteral("newsWatchAction"));
        QVERIFY(watch);
        QCOMPARE(watch->text(), QStringLiteral("&Watch Discussion"));
        QVERIFY(!watch->isEnabled());
    }

    // Enter opens it; listed again, the row counts 30 comments as the feed does (its first
    // post is only a link back to the article), none of them read yet.
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QTest::keyClick(news->view(), Qt::Key_Return);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(w.services.model->postCount(), 31);
    QSignalSpy reloaded(news, &NewsView::reloaded);
    news->reload();
    QVERIFY(reloaded.wait(5000));
    const QModelIndex cell = model->indexOf(id, QStringLiteral("article-2"), NewsModel::DiscussionColumn);
    QVERIFY(cell.data(NewsModel::CachedRole).toBool());
    QCOMPARE(cell.data().toString(), QStringLiteral("30 comments, 30 new"));
    QVERIFY(!cell.data(NewsModel::WatchedRole).toBool());

    // W watches it: the store keeps it, the Library dock shows it, the row changes in
    // place (no reset, no reload of the list).
    LibraryDock *library = w.window->libraryDock();
    library->begin();
    QTRY_VERIFY(library->model()->thread(thread));
    QVERIFY(!library->model()->thread(thread)->watched);
    // Back to the News view (tabbed with the library: shown again, it lists anew once).
    const bool newsShown = news->isVisible();
    reloaded.clear();
    news->begin();
    if (!newsShown)
        QVERIFY(reloaded.wait(5000));
    QTRY_VERIFY(news->view()->hasFocus());
    news->view()->setCurrentIndex(cell);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    // The row as it is the moment the watch is confirmed (the view heard it first): changed
    // in place then, whatever listing comes later.
    WatchList *watchList = w.window->findChild<WatchList *>();
    QStringList confirmed; // "url watched: cell text | status line"
    QObject probe;
    connect(watchList, &WatchList::watchChanged, &probe, [&](const QString &url, bool watched) {
        confirmed.append(QStringLiteral("%1 %2: %3 | %4")
                             .arg(url, watched ? QStringLiteral("watched") : QStringLiteral("unwatched"),
                                 cell.data().toString(), news->statusText()));
    });
    QTest::keyClick(news->view(), Qt::Key_W);
    QTRY_COMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.first(),
        thread
            + QStringLiteral(
                " watched: \u2605 30 comments, 30 new | Watching \u201CArticle 2: GPUs get faster\u201D: "
                "refreshed in the background"));
    QVERIFY(cell.data(NewsModel::WatchedRole).toBool());
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("Watched")));
    QCOMPARE(watchedInStore(w.services.store), QStringList {thread});
    QTRY_VERIFY(library->model()->thread(thread)->watched);
    QCOMPARE(resets.size(), 0);
    // The other rows are not watched.
    QVERIFY(!model->index(0, NewsModel::DiscussionColumn).data(NewsModel::WatchedRole).toBool());

    // The screenshot, as a reader sees it at 800x600 with the library beside it.
    QTest::qWait(200);
    QDir().mkpath(QDir::currentPath() + QStringLiteral("/screenshots"));
    QVERIFY(
        w.window->grab().save(QDir::currentPath() + QStringLiteral("/screenshots/news-watched-800x600.png")));
    QVERIFY(news->grab().save(QDir::currentPath() + QStringLiteral("/screenshots/news-watched-dock.png")));
    // Narrow as it is there: nothing scrolls sideways; the date gives way (the title's
    // tooltip has it), the discussion stays. Wider, the date comes back, and with every
    // subscription shown, the subscription's column.
    QTreeView *list = news->view();
    QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
    QVERIFY(list->isColumnHidden(NewsModel::DateColumn));
    QVERIFY(list->isColumnHidden(NewsModel::SubscriptionColumn));
    QVERIFY(!list->isColumnHidden(NewsModel::DiscussionColumn));
    QVERIFY2(list->columnWidth(NewsModel::TitleColumn)
            >= list->fontMetrics().horizontalAdvance(QLatin1String("Article 2: GP")),
        qPrintable(QString::number(list->columnWidth(NewsModel::TitleColumn))));
    w.window->resize(1400, 900);
    w.window->resizeDocks({news}, {760}, Qt::Horizontal);
    QTRY_VERIFY(!list->isColumnHidden(NewsModel::DateColumn));
    QVERIFY(list->isColumnHidden(NewsModel::SubscriptionColumn)); // one subscription is shown
    news->chooser()->setCurrentIndex(0); // all of them
    QTRY_VERIFY(!list->isColumnHidden(NewsModel::SubscriptionColumn));
    QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
    QTRY_COMPARE(model->rowCount(), 3);

    // W again stops watching, in the store, the library and the row.
    QTest::keyClick(news->view(), Qt::Key_W);
    QTRY_COMPARE(confirmed.size(), 2);
    QCOMPARE(confirmed.last(),
        thread
            + QStringLiteral(" unwatched: 30 comments, 30 new | No longer watching \u201CArticle 2: GPUs get "
                             "faster\u201D"));
    QVERIFY(!cell.data(NewsModel::WatchedRole).toBool());
    QCOMPARE(watchedInStore(w.services.store), QStringList());
    QTRY_VERIFY(!library->model()->thread(thread)->watched);

    // The context menu's entry does the same, checked while watched.
    {
        const std::unique_ptr<QMenu> menu(news->createContextMenu(cell, news));
        QAction *watch = menu->findChild<QAction *>(QStringLiteral("newsWatchAction"));
        QVERIFY(watch && watch->isEnabled() && !watch->isChecked());
        watch->trigger();
    }
    QTRY_VERIFY(cell.data(NewsModel::WatchedRole).toBool());
    QCOMPARE(watchedInStore(w.services.store), QStringList {thread});
    {
        const std::unique_ptr<QMenu> menu(news->createContextMenu(cell, news));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("newsWatchAction"))->isChecked());
    }

    // Watched from elsewhere (the Library dock, the reader's W): the row follows.
    watchList->setWatched(thread, false);
    QTRY_VERIFY(!cell.data(NewsModel::WatchedRole).toBool());
    QTRY_VERIFY(!library->model()->thread(thread)->watched);
    QCOMPARE(resets.size(), 0);
}

QTEST_MAIN(TestNewsWindow)
#include "tst_newswindow.moc"
