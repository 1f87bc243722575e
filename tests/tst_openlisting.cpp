// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test, offscreen: any address pasted into Open (issue 21). A forum section's
// address opens the Subscribe dialog with it, before anything is fetched; a feed, and a
// site's page that offers feeds, are fetched once, and the error bar says what they are
// and offers to subscribe; nothing is subscribed until the reader says so, and the
// thread that was open stays open.
#include "library/subscribedialog.h"
#include "readerwindow.h"
#include "window/errorbar.h"
#include "window/mainwindow.h"

#include "models/threadtreemodel.h"
#include "servers/fixtureserver.h"
#include "servers/xenforofixture.h"
#include "services/subscriptionbook.h"
#include "testutil.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {

SubscribeDialog *visibleSubscribeDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<SubscribeDialog *>(w); dialog && dialog->isVisible())
            return dialog;
    return nullptr;
}

void closeSubscribeDialogs()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<SubscribeDialog *>(w))
            dialog->reject();
}

} // namespace

class TestOpenListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void sectionAddressOpensSubscribe();
    void fetchedListingOffersSubscribe_data();
    void fetchedListingOffersSubscribe();

private:
    FixtureServer m_server;
    FixtureThread m_seed;
};

void TestOpenListing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_server.start());
    m_seed = seedThread(sharedPath(QStringLiteral("seeds/000_03c0485d06bfdc0b.txt")));
    for (int page = 1; page <= m_seed.pageCount(); ++page)
        m_server.setPage(m_seed.pagePath(page), xenforoPage(m_seed, page));
    FixtureServer::Route rss;
    rss.body = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Loopback News</title>"
               "<link>"
        + m_server.url(QStringLiteral("/")).toEncoded() + "</link><item><title>Seed</title><link>"
        + m_server.url(m_seed.path).toEncoded() + "</link></item></channel></rss>\n";
    rss.contentType = "application/rss+xml";
    m_server.setRoute(QStringLiteral("/news/rss"), rss);
    m_server.setPage(QStringLiteral("/home"),
        "<!DOCTYPE html><html><head><title>Loopback</title><link rel=\"alternate\" "
        "type=\"application/rss+xml\" title=\"News\" href=\"/news/rss\"></head>"
        "<body><h1>Loopback</h1><p>Welcome.</p></body></html>");
}

void TestOpenListing::cleanup()
{
    closeSubscribeDialogs();
}

void TestOpenListing::sectionAddressOpensSubscribe()
{
    ReaderWindow w;
    const QUrl section = m_server.url(QStringLiteral("/forums/news.5/"));
    const int before = m_server.requests().size();
    QVERIFY(w.window->openThread(section));
    SubscribeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleSubscribeDialog()));
    QCOMPARE(dialog->address()->text(), section.toString());
    // Nothing fetched, nothing subscribed, nothing loading: the reader decides.
    QCOMPARE(m_server.requests().size(), before);
    QCOMPARE(w.services.subscriptions->subscriptions().size(), 0);
    QVERIFY(!w.window->findChild<ErrorBar *>()->isVisible());
}

void TestOpenListing::fetchedListingOffersSubscribe_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("says");
    QTest::newRow("a feed") << "/news/rss"
                            << "is not a thread but a listing of threads (RSS/Atom feed)";
    QTest::newRow("a page offering feeds") << "/home"
                                           << "is not a thread, but the page offers feeds";
}

void TestOpenListing::fetchedListingOffersSubscribe()
{
    QFETCH(QString, path);
    QFETCH(QString, says);
    ReaderWindow w;
    QVERIFY(w.open(m_server.url(m_seed.path)));
    const int posts = w.services.model->postCount();
    QCOMPARE(posts, m_seed.posts.size());

    const QUrl address = m_server.url(path);
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QVERIFY(w.window->openThread(address));
    QVERIFY(loaded.wait(10000));
    auto *bar = w.window->findChild<ErrorBar *>();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(says), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QLatin1String("stays open")), qPrintable(bar->text()));
    QCOMPARE(w.services.model->postCount(), posts); // the thread that was open stays
    QCOMPARE(m_server.requestCount(path), 1);
    QCOMPARE(w.services.subscriptions->subscriptions().size(), 0);

    // Its button opens Subscribe with the address; subscribing there reads it.
    QVERIFY(bar->actionButton()->isVisible());
    QCOMPARE(bar->actionButton()->text().remove(QLatin1Char('&')), QStringLiteral("Subscribe…"));
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    SubscribeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = visibleSubscribeDialog()));
    QCOMPARE(dialog->address()->text(), address.toString());
    QSignalSpy added(w.services.subscriptions, &SubscriptionBook::added);
    auto *subscribe = dialog->findChild<QPushButton *>(QStringLiteral("subscribeButton"));
    QTest::mouseClick(subscribe, Qt::LeftButton);
    // A page lists what it offers, the first chosen: Subscribe again takes it.
    QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty() || dialog->offered()->isVisible(), 10000);
    if (added.isEmpty()) {
        QCOMPARE(dialog->offered()->count(), 1);
        QTest::mouseClick(subscribe, Qt::LeftButton);
        QVERIFY(added.wait(10000));
    }
    QCOMPARE(added.first().first().value<Subscription>().title, QStringLiteral("Loopback News"));
}

QTEST_MAIN(TestOpenListing)
#include "tst_openlisting.moc"
