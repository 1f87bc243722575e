// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sync from the window (issue 25): Settings › Sync keeps a folder or a WebDAV address in
// the settings and the password only in the secret store, refuses what cannot be used with
// a reason, syncs on demand and lists what the last round did and the devices it saw. Two
// windows on two caches through one folder: a post read in one shows read in the other
// after Sync Now in each, without opening the thread again.
#include "memorysecretstore.h"
#include "readerwindow.h"
#include "settings/settingsdialog.h"
#include "settings/syncpage.h"
#include "syncrig.h"
#include "window/mainwindow.h"

#include "models/threadtreemodel.h"
#include "net/networkfactory.h"
#include "reader/notesactions.h"
#include "reader/selectioncontroller.h"
#include "reader/threadview.h"
#include "services/annotationbook.h"
#include "services/demo.h"
#include "services/syncservice.h"
#include "services/threadsession.h"
#include "store/cachestore.h"
#include "sync/foldertransport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {
const QString Password = QStringLiteral("correct horse 7391");

SyncReport failedRound(const QString &why)
{
    SyncReport report;
    report.error = why;
    return report;
}
} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void folderKept();
    void refused_data();
    void refused();
    void webDavToThisMachine();
    void passwordNotKept();
    void syncNowShowsRound();
    void devicesListed();
    void dialogHasSyncPage();
    void twoWindowsTwoCaches();
    void noteHistoryShown();

private:
    template<typename T> T *child(const char *name) const
    {
        return m_page->findChild<T *>(QString::fromLatin1(name));
    }
    void choose(SyncTarget::Kind kind);
    // Waits for the round the service runs or is about to; its report.
    SyncReport nextRound();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QObject> m_owner;
    CacheStore *m_store = nullptr;
    MemorySecretStore *m_secrets = nullptr;
    SyncService *m_sync = nullptr;
    std::unique_ptr<SyncPage> m_page;
};

void TestSyncPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ThreadkeeperSyncPageTests"));
}

void TestSyncPage::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_owner = std::make_unique<QObject>();
    m_store = new CacheStore(m_dir->filePath(QStringLiteral("cache.sqlite")), m_owner.get());
    m_secrets = new MemorySecretStore(m_owner.get());
    m_sync = new SyncService(m_store, createNetworkManager(m_owner.get()), m_secrets, m_owner.get());
    m_page = std::make_unique<SyncPage>(m_sync);
    m_page->show();
}

void TestSyncPage::cleanup()
{
    if (m_sync && m_sync->isRunning())
        QTRY_VERIFY_WITH_TIMEOUT(!m_sync->isRunning(), 20000);
    m_page.reset();
    m_store->drain();
    m_owner.reset();
    m_dir.reset();
    QSettings().clear();
}

void TestSyncPage::choose(SyncTarget::Kind kind)
{
    auto *box = child<QComboBox>("syncKind");
    box->setCurrentIndex(box->findData(int(kind)));
}

SyncReport TestSyncPage::nextRound()
{
    QSignalSpy finished(m_sync, &SyncService::finished);
    if (!finished.wait(20000))
        return failedRound(QStringLiteral("no round finished"));
    return finished.constFirst().constFirst().value<SyncReport>();
}

void TestSyncPage::folderKept()
{
    const QString folder = m_dir->filePath(QStringLiteral("shared"));
    choose(SyncTarget::Kind::Folder);
    QVERIFY(child<QLineEdit>("syncFolder")->isVisible());
    QVERIFY(!child<QLineEdit>("syncAddress")->isVisible());
    child<QLineEdit>("syncFolder")->setText(folder);
    child<QSpinBox>("syncInterval")->setValue(30);
    QVERIFY(m_page->apply());
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("sync/kind")).toString(), QStringLiteral("folder"));
    QCOMPARE(settings.value(QStringLiteral("sync/folder")).toString(), folder);
    QCOMPARE(settings.value(QStringLiteral("sync/intervalMinutes")).toInt(), 30);
    QCOMPARE(m_sync->target().kind, SyncTarget::Kind::Folder);
    // Applying syncs there.
    const SyncReport report = nextRound();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(QFileInfo(folder).isDir());
    settings.sync();
    QFile ini(settings.fileName());
    QVERIFY2(ini.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    QVERIFY(!ini.readAll().toLower().contains("password"));
}

void TestSyncPage::refused_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    QTest::newRow("plain http elsewhere")
        << int(SyncTarget::Kind::WebDav) << QStringLiteral("http://example.com/dav/")
        << QStringLiteral("must start with https://");
    QTest::newRow("not an address") << int(SyncTarget::Kind::WebDav) << QStringLiteral("example.com/dav")
                                    << QStringLiteral("full address");
    QTest::newRow("ftp") << int(SyncTarget::Kind::WebDav) << QStringLiteral("ftp://example.com/")
                         << QStringLiteral("full address");
    QTest::newRow("password in the address")
        << int(SyncTarget::Kind::WebDav)
        << QStringLiteral("https://me:%1@example.com/").arg(QStringLiteral("pw"))
        << QStringLiteral("Password field");
    QTest::newRow("relative folder") << int(SyncTarget::Kind::Folder) << QStringLiteral("shared/threadkeeper")
                                     << QStringLiteral("full path");
    QTest::newRow("no folder") << int(SyncTarget::Kind::Folder) << QString() << QStringLiteral("full path");
}

void TestSyncPage::refused()
{
    QFETCH(int, kind);
    QFETCH(QString, where);
    QFETCH(QString, message);
    choose(SyncTarget::Kind(kind));
    if (SyncTarget::Kind(kind) == SyncTarget::Kind::WebDav)
        child<QLineEdit>("syncAddress")->setText(where);
    else
        child<QLineEdit>("syncFolder")->setText(where);
    QVERIFY(!m_page->apply());
    const QString shown = child<QLabel>("syncMessage")->text();
    QVERIFY2(shown.contains(message), qPrintable(shown));
    QVERIFY(child<QLabel>("syncMessage")->isVisible());
    // Nothing kept, nothing synced.
    QVERIFY(!QSettings().contains(QStringLiteral("sync/kind")));
    QCOMPARE(m_sync->target().kind, SyncTarget::Kind::None);
    QVERIFY(!m_sync->isRunning());
}

void TestSyncPage::webDavToThisMachine()
{
    // A port with nothing behind it: the round fails at once, which is not the point here.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString address = QStringLiteral("http://127.0.0.1:%1/dav/").arg(port);
    choose(SyncTarget::Kind::WebDav);
    QVERIFY(child<QLineEdit>("syncAddress")->isVisible());
    QCOMPARE(child<QLineEdit>("syncPassword")->echoMode(), QLineEdit::Password);
    child<QLineEdit>("syncAddress")->setText(address);
    child<QLineEdit>("syncUser")->setText(QStringLiteral("reader"));
    child<QLineEdit>("syncPassword")->setText(Password);
    QVERIFY(m_page->apply());
    QVERIFY(child<QLabel>("syncMessage")->text().isEmpty());
    QTRY_COMPARE(m_secrets->entries.value(SyncService::passwordKey()), Password);
    QTRY_COMPARE(m_sync->target().kind, SyncTarget::Kind::WebDav);
    QCOMPARE(child<QLineEdit>("syncPassword")->text(), QString()); // not kept in the page either
    const SyncReport report
        = m_sync->isRunning() || !m_sync->lastReport() ? nextRound() : *m_sync->lastReport();
    QVERIFY(!report.ok()); // nothing listens there
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("sync/kind")).toString(), QStringLiteral("webdav"));
    QCOMPARE(settings.value(QStringLiteral("sync/webdav")).toString(), address);
    QCOMPARE(settings.value(QStringLiteral("sync/user")).toString(), QStringLiteral("reader"));
    settings.sync();
    QFile ini(settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(bytes.contains("127.0.0.1")); // the right file
    QVERIFY(!bytes.contains(Password.toUtf8()));
    QVERIFY(!bytes.contains(QUrl::toPercentEncoding(Password)));
    // The page shows the failed round.
    QTRY_VERIFY(child<QLabel>("syncLastRound")->text().contains(QStringLiteral("Failed:")));
}

void TestSyncPage::passwordNotKept()
{
    m_secrets->refuse = true;
    choose(SyncTarget::Kind::WebDav);
    child<QLineEdit>("syncAddress")->setText(QStringLiteral("https://localhost:1/dav/"));
    child<QLineEdit>("syncPassword")->setText(Password);
    QVERIFY(m_page->apply());
    QTRY_VERIFY(child<QLabel>("syncMessage")->text().contains(QStringLiteral("locked")));
    QVERIFY(m_secrets->entries.isEmpty());
    QSettings settings;
    settings.sync();
    QFile ini(settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(Password.toUtf8()));
    nextRound();
}

void TestSyncPage::syncNowShowsRound()
{
    auto *button = child<QPushButton>("syncNow");
    QVERIFY(!button->isEnabled()); // nowhere to sync yet
    QCOMPARE(child<QLabel>("syncLastRound")->text(), QStringLiteral("Last round: never"));
    choose(SyncTarget::Kind::Folder);
    child<QLineEdit>("syncFolder")->setText(m_dir->filePath(QStringLiteral("shared")));
    QVERIFY(m_page->apply());
    nextRound();
    QTRY_VERIFY(button->isEnabled());
    QSignalSpy started(m_sync, &SyncService::started);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(started.size(), 1);
    QVERIFY(!button->isEnabled()); // one round at a time
    const SyncReport report = nextRound();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(button->isEnabled());
    const QString text = child<QLabel>("syncLastRound")->text();
    QVERIFY2(text.contains(QStringLiteral("Sent 0, received 0")), qPrintable(text));
    QVERIFY(text.contains(QLocale().toString(report.finished.toLocalTime(), QLocale::ShortFormat)));
}

void TestSyncPage::devicesListed()
{
    const QString folder = m_dir->filePath(QStringLiteral("shared"));
    choose(SyncTarget::Kind::Folder);
    child<QLineEdit>("syncFolder")->setText(folder);
    QVERIFY(m_page->apply());
    nextRound();
    QVERIFY(child<QLabel>("syncDevices")->text().contains(QStringLiteral("No other device")));
    {
        // Another device writes to the same folder from its own cache, with a change to send.
        SyncPeer laptop(m_dir->filePath(QStringLiteral("laptop.sqlite")), QStringLiteral("laptop-of-test"));
        Rule rule;
        rule.site = QStringLiteral("example.org");
        rule.pattern = QStringLiteral("someone");
        rule.score = -5;
        rule.created = QDateTime::currentDateTimeUtc();
        QString error;
        QVERIFY2(laptop.db().saveRule(&rule, &error), qPrintable(error));
        for (int i = 0; i < 2; ++i) {
            const SyncReport r = laptop.round(new FolderTransport(folder));
            QVERIFY2(r.ok(), qPrintable(r.error));
        }
    }
    QTRY_VERIFY(child<QPushButton>("syncNow")->isEnabled());
    QTest::mouseClick(child<QPushButton>("syncNow"), Qt::LeftButton);
    const SyncReport report = nextRound();
    QVERIFY2(report.ok(), qPrintable(report.error));
    const QString devices = child<QLabel>("syncDevices")->text();
    QVERIFY2(devices.contains(QStringLiteral("laptop-of-test, last seen")), qPrintable(devices));
    QVERIFY(report.received >= 1);
    QVERIFY2(
        child<QLabel>("syncLastRound")->text().contains(QStringLiteral("received %1").arg(report.received)),
        qPrintable(child<QLabel>("syncLastRound")->text()));
    // For a look at the page (as tst_mainwindow keeps its screenshots).
    const QString shots = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    m_page->resize(640, 560);
    QVERIFY(m_page->grab().save(shots + QStringLiteral("/sync-page.png")));
}

void TestSyncPage::dialogHasSyncPage()
{
    ReaderServices services;
    services.sync = m_sync;
    SettingsDialog dialog({services});
    auto *page = dialog.pages()->findChild<SyncPage *>(QStringLiteral("syncPage"));
    QVERIFY(page);
    QCOMPARE(dialog.pages()->tabText(dialog.pages()->indexOf(page)), QStringLiteral("&Sync"));
    // A target that cannot be used keeps the dialog open at the Sync page.
    dialog.show();
    dialog.pages()->setCurrentIndex(0);
    auto *kind = page->findChild<QComboBox *>(QStringLiteral("syncKind"));
    kind->setCurrentIndex(kind->findData(int(SyncTarget::Kind::WebDav)));
    page->findChild<QLineEdit *>(QStringLiteral("syncAddress"))
        ->setText(QStringLiteral("http://example.com/"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.pages()->currentWidget(), page);
    // Every field has a label whose accelerator reaches it, none twice on the page.
    QSet<QChar> accelerators;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        const qsizetype amp = label->text().indexOf(QLatin1Char('&'));
        if (amp < 0)
            continue;
        QVERIFY2(label->buddy(), qPrintable(label->text()));
        const QChar key = label->text().at(amp + 1).toLower();
        QVERIFY2(!accelerators.contains(key), qPrintable(label->text()));
        accelerators.insert(key);
    }
    for (QPushButton *button : page->findChildren<QPushButton *>()) {
        const QChar key = button->text().at(button->text().indexOf(QLatin1Char('&')) + 1).toLower();
        QVERIFY2(!accelerators.contains(key), qPrintable(button->text()));
        accelerators.insert(key);
    }
    QCOMPARE(accelerators.size(), 8);
    // Every control is reached with Tab, in order.
    kind->setFocus();
    QStringList reached;
    QWidget *w = kind;
    for (int i = 0; w && i < 5; ++i) {
        reached.append(w->objectName());
        if (i == 4)
            break;
        w = w->nextInFocusChain();
        while (w
            && (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)
                || w->objectName().startsWith(QLatin1String("qt_")))) // a spin box's own line edit
            w = w->nextInFocusChain();
    }
    QCOMPARE(reached,
        QStringList({QStringLiteral("syncKind"), QStringLiteral("syncAddress"), QStringLiteral("syncUser"),
            QStringLiteral("syncPassword"), QStringLiteral("syncInterval")}));
    // Then Sync Now, once there is somewhere to sync (it is off until then).
    QCOMPARE(w->objectName(), QStringLiteral("syncInterval"));
    QWidget *next = w->nextInFocusChain();
    while (next && next->objectName().startsWith(QLatin1String("qt_")))
        next = next->nextInFocusChain();
    QCOMPARE(next->objectName(), QStringLiteral("syncNow"));
    QVERIFY(next->focusPolicy() & Qt::TabFocus);
}

void TestSyncPage::twoWindowsTwoCaches()
{
    const QString folder = m_dir->filePath(QStringLiteral("between"));
    SyncTarget target;
    target.kind = SyncTarget::Kind::Folder;
    target.folder = folder;
    SyncService::saveTarget(target); // both windows start with it, as the app would
    ReaderWindow a;
    ReaderWindow b;
    QVERIFY(a.open(demoThreadUrl()));
    QVERIFY(b.open(demoThreadUrl()));
    const QString post = QStringLiteral("880165"); // #15
    QVERIFY(!a.services.model->indexOf(post).data(ThreadTreeModel::ReadRole).toBool());
    QVERIFY(!b.services.model->indexOf(post).data(ThreadTreeModel::ReadRole).toBool());
    auto *statusA = a.window->findChild<QLabel *>(QStringLiteral("syncStatus"));
    QVERIFY(statusA && statusA->isVisible());
    QCOMPARE(statusA->text(), QStringLiteral("Not synced yet"));

    // Read in A as a reader does: select it.
    a.window->selection()->selectPost(post);
    QTRY_VERIFY(a.services.model->indexOf(post).data(ThreadTreeModel::ReadRole).toBool());
    // B's selection, before and after: sync must not move it.
    b.window->selection()->selectPost(QStringLiteral("880143"));
    const QModelIndex bCurrent = b.window->threadView()->currentIndex();

    auto syncNow = [](ReaderWindow &w) {
        QAction *action = w.window->findChild<QAction *>(QStringLiteral("syncNowAction"));
        if (!action || !action->isEnabled())
            return failedRound(QStringLiteral("Sync Now is not offered"));
        QSignalSpy finished(w.services.sync, &SyncService::finished);
        action->trigger();
        if (action->isEnabled() || !finished.wait(20000))
            return failedRound(QStringLiteral("no round"));
        return finished.constFirst().constFirst().value<SyncReport>();
    };
    const SyncReport sent = syncNow(a);
    QVERIFY2(sent.ok(), qPrintable(sent.error));
    QVERIFY(sent.sent >= 1);
    QVERIFY2(statusA->text().startsWith(QStringLiteral("Synced ")), qPrintable(statusA->text()));
    const SyncReport received = syncNow(b);
    QVERIFY2(received.ok(), qPrintable(received.error));
    QVERIFY(received.received >= 1);
    QVERIFY(received.threads.contains(demoThreadUrl().toString()));

    // B's tree shows it read, with the thread never opened again.
    QTRY_VERIFY(b.services.model->indexOf(post).data(ThreadTreeModel::ReadRole).toBool());
    QCOMPARE(b.window->threadView()->currentIndex(), bCurrent);
    auto *statusB = b.window->findChild<QLabel *>(QStringLiteral("syncStatus"));
    QVERIFY2(statusB->text().contains(QStringLiteral("received %1").arg(received.received)),
        qPrintable(statusB->text()));
    QVERIFY(statusB->toolTip().contains(QStringLiteral("Devices seen:")));
    QVERIFY(b.window->findChild<QAction *>(QStringLiteral("syncNowAction"))->isEnabled());
    const QString shots = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(shots);
    QVERIFY(b.window->grab().save(shots + QStringLiteral("/sync-status.png")));
}

void TestSyncPage::noteHistoryShown()
{
    // The same note edited on two devices within a minute: the later words win, the
    // earlier are kept, and the window's note editor shows them, read-only, to copy from.
    const QString folder = m_dir->filePath(QStringLiteral("notes"));
    SyncTarget target;
    target.kind = SyncTarget::Kind::Folder;
    target.folder = folder;
    SyncService::saveTarget(target);
    ReaderWindow w;
    QVERIFY(w.open(demoThreadUrl()));
    const QString post = QStringLiteral("880143");
    w.window->selection()->selectPost(post);
    SyncPeer laptop(m_dir->filePath(QStringLiteral("laptop.sqlite")), QStringLiteral("laptop"));
    CacheDatabase desktop; // the window's cache, written as another part of the app would
    QString error;
    QVERIFY2(desktop.open(w.services.store->path(), &error), qPrintable(error));
    auto round = [&w] {
        QSignalSpy finished(w.services.sync, &SyncService::finished);
        w.services.sync->syncNow();
        return finished.wait(20000) && finished.constFirst().constFirst().value<SyncReport>().ok();
    };
    Annotation note;
    note.threadUrl = demoThreadUrl().toString();
    note.postId = post;
    note.note = QStringLiteral("first words");
    note.created = note.updated = QDateTime::currentDateTimeUtc();
    QVERIFY2(desktop.saveAnnotation(&note, &error), qPrintable(error));
    QVERIFY(round());
    QVERIFY(laptop.round(new FolderTransport(folder)).ok());
    QCOMPARE(laptop.db().annotations().size(), 1);
    Annotation onDesktop = desktop.annotations().constFirst();
    onDesktop.note = QStringLiteral("the desktop's words");
    QVERIFY2(desktop.saveAnnotation(&onDesktop, &error), qPrintable(error));
    QTest::qWait(5);
    Annotation onLaptop = laptop.db().annotations().constFirst();
    onLaptop.note = QStringLiteral("the laptop's words");
    QVERIFY2(laptop.db().saveAnnotation(&onLaptop, &error), qPrintable(error));
    QVERIFY(round());
    QVERIFY(laptop.round(new FolderTransport(folder)).ok());
    QSignalSpy changed(w.services.annotations, &AnnotationBook::annotationsChanged);
    QVERIFY(round());
    QTRY_VERIFY(!changed.isEmpty()); // the book read the notes again
    const QList<Annotation> kept = w.services.annotations->forPost(note.threadUrl, post);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.constFirst().note, QStringLiteral("the laptop's words"));
    QCOMPARE(kept.constFirst().history, QStringList {QStringLiteral("the desktop's words")});

    w.window->editNote();
    auto *dialog = w.window->findChild<QInputDialog *>(QStringLiteral("noteDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("the laptop's words"));
    auto *history = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteHistory"));
    QVERIFY(history);
    QVERIFY(history->isReadOnly());
    QTRY_VERIFY(history->isVisible());
    QCOMPARE(history->toPlainText(), QStringLiteral("the desktop's words"));
    // Below the editor, above the buttons.
    QVERIFY(history->mapTo(dialog, QPoint()).y()
        < dialog->findChild<QDialogButtonBox *>()->mapTo(dialog, QPoint()).y());
    dialog->reject();
}

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
