// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Settings › Accounts as the reader uses it: add a client id, see it listed, remove it,
// undo; bad input says what is wrong and keeps what was typed; a locked secret store
// loses nothing.
#include "memorysecretstore.h"
#include "readerwindow.h"
#include "settings/settingsdialog.h"
#include "window/errorbar.h"
#include "window/mainwindow.h"

#include "accounts/siteaccounts.h"
#include "net/networkfactory.h"
#include "settings/accountspage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

class TestAccountsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addRemoveUndo();
    void badInput_data();
    void badInput();
    void storeLocked();
    void windowOffersAccounts();

private:
    template<typename T> T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }
    QTemporaryDir m_dir;
    std::unique_ptr<QObject> m_owner;
    MemorySecretStore *m_secrets = nullptr;
    SiteAccounts *m_accounts = nullptr;
    std::unique_ptr<AccountsPage> m_page;
};

void TestAccountsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccountsPage::init()
{
    m_owner = std::make_unique<QObject>();
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_secrets = new MemorySecretStore(m_owner.get());
    m_accounts = new SiteAccounts(
        createNetworkManager(m_owner.get()), m_secrets, m_dir.filePath(QStringLiteral("settings.ini")));
    m_page = std::make_unique<AccountsPage>(m_accounts);
    m_page->show();
}

void TestAccountsPage::cleanup()
{
    m_page.reset();
    m_owner.reset();
}

void TestAccountsPage::addRemoveUndo()
{
    auto *list = child<QListWidget>("accounts");
    QCOMPARE(list->count(), 0);
    child<QLineEdit>("accountSite")->setText(QStringLiteral(" Reddit.com "));
    child<QComboBox>("accountKind")->setCurrentIndex(0); // the app's client id
    child<QLineEdit>("accountSecret")->setText(QStringLiteral("client-123"));
    QCOMPARE(child<QLineEdit>("accountSecret")->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QPushButton>("addAccount"), Qt::LeftButton);
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("reddit.com — App client id (Reddit)"));
    QCOMPARE(m_secrets->entries.value(QStringLiteral("reddit.com/app")), QStringLiteral("client-123"));
    QTRY_VERIFY(child<QLineEdit>("accountSecret")->text().isEmpty()); // not left on screen
    // A token for another site, by Enter.
    child<QLineEdit>("accountSite")->setText(QStringLiteral("mastodon.social"));
    child<QComboBox>("accountKind")->setCurrentIndex(1);
    child<QLineEdit>("accountSecret")->setText(QStringLiteral("tok"));
    QTest::keyClick(child<QLineEdit>("accountSecret"), Qt::Key_Return);
    QTRY_COMPARE(list->count(), 2);

    list->setCurrentRow(0);
    QVERIFY(child<QPushButton>("removeAccount")->isEnabled());
    QTest::mouseClick(child<QPushButton>("removeAccount"), Qt::LeftButton);
    QTRY_COMPARE(list->count(), 1);
    QTRY_VERIFY(!m_secrets->entries.contains(QStringLiteral("reddit.com/app")));
    QTRY_VERIFY(child<QPushButton>("undoRemoveAccount")->isVisible());
    QTest::mouseClick(child<QPushButton>("undoRemoveAccount"), Qt::LeftButton);
    QTRY_COMPARE(list->count(), 2);
    QCOMPARE(m_secrets->entries.value(QStringLiteral("reddit.com/app")), QStringLiteral("client-123"));
    QVERIFY(!child<QPushButton>("undoRemoveAccount")->isVisible());
}

void TestAccountsPage::badInput_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("message");
    QTest::newRow("no site") << ""
                             << "x"
                             << "host name";
    QTest::newRow("an address, not a host") << "https://reddit.com/r/x"
                                            << "x"
                                            << "host name";
    QTest::newRow("no secret") << "reddit.com"
                               << "  "
                               << "Paste the client id or token";
}

void TestAccountsPage::badInput()
{
    QFETCH(QString, site);
    QFETCH(QString, secret);
    QFETCH(QString, message);
    child<QLineEdit>("accountSite")->setText(site);
    child<QLineEdit>("accountSecret")->setText(secret);
    QTest::mouseClick(child<QPushButton>("addAccount"), Qt::LeftButton);
    QVERIFY2(child<QLabel>("accountStatus")->text().contains(message),
        qPrintable(child<QLabel>("accountStatus")->text()));
    QCOMPARE(child<QLineEdit>("accountSite")->text(), site); // nothing lost
    QCOMPARE(child<QLineEdit>("accountSecret")->text(), secret);
    QVERIFY(m_secrets->entries.isEmpty());
}

void TestAccountsPage::storeLocked()
{
    m_secrets->refuse = true;
    child<QLineEdit>("accountSite")->setText(QStringLiteral("reddit.com"));
    child<QLineEdit>("accountSecret")->setText(QStringLiteral("client-123"));
    QTest::mouseClick(child<QPushButton>("addAccount"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>("accountStatus")->text().startsWith(QLatin1String("Not kept: locked")));
    QCOMPARE(child<QLineEdit>("accountSecret")->text(), QStringLiteral("client-123"));
    QCOMPARE(child<QListWidget>("accounts")->count(), 0);
}

void TestAccountsPage::windowOffersAccounts()
{
    // A Reddit thread with no app kept: the error says what to do, and its button opens
    // Settings at Accounts. Nothing is asked of Reddit.
    ReaderWindow w;
    QSignalSpy loaded(w.window.get(), &MainWindow::loadFinished);
    QVERIFY(w.window->openThread(QUrl(QStringLiteral("https://www.reddit.com/r/x/comments/abc12/title/"))));
    QVERIFY(loaded.wait(10000));
    auto *bar = w.window->findChild<ErrorBar *>();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("Settings › Accounts")), qPrintable(bar->text()));
    QCOMPARE(bar->actionButton()->text().remove(QLatin1Char('&')), QStringLiteral("Accounts…"));
    QTest::mouseClick(bar->actionButton(), Qt::LeftButton);
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.window->findChild<SettingsDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->pages()->currentWidget()->objectName(), QStringLiteral("accountsPage"));
    dialog->reject();
}

QTEST_MAIN(TestAccountsPage)
#include "tst_accountspage.moc"
