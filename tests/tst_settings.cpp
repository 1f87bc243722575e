// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test, offscreen: Settings (Ctrl+,) and the keyboard shortcut sheet (F1), issue 14.
// What the dialog sets takes effect at once on the objects that own it (down to the
// requests a thread load sends) and is kept; Cancel changes nothing; the sheet is
// gathered from the window's actions; no two shortcuts of the window share a key.
#include "library/librarydock.h"
#include "reader/postview.h"
#include "reader/selectioncontroller.h"
#include "readerwindow.h"
#include "settings/appearance.h"
#include "settings/rulesdialog.h"
#include "settings/settingsdialog.h"
#include "settings/shortcutsheet.h"
#include "window/mainwindow.h"

#include "models/threadtreemodel.h"
#include "net/pagefetcher.h"
#include "servers/fixtureserver.h"
#include "servers/threadgenerator.h"
#include "services/demo.h"
#include "services/imagecache.h"
#include "services/listingloader.h"
#include "services/retention.h"
#include "services/subscriptionbook.h"
#include "services/threadloader.h"
#include "services/threadrefresher.h"
#include "services/threadsession.h"
#include "services/watchscheduler.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QNetworkProxyFactory>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {
// Every value the dialog offers, set to something other than its default.
struct Chosen
{
    int perHost = 2;
    int timeout = 45;
    int pageMegabytes = 40;
    int pageSeconds = 120;
    QString agent = QStringLiteral("SettingsTest/1.0 (offscreen)");
    int hide = -50;
    int follow = 70;
    HideMode mode = HideMode::Remove;
    Appearance::Theme theme = Appearance::Theme::Dark;
    int fontSize = 15;
    int interval = 90;
    int keepDays = 20;
    bool systemProxy = true;
};

template<typename T> T *field(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

void fill(SettingsDialog *dialog, const Chosen &c)
{
    field<QSpinBox>(dialog, "perHost")->setValue(c.perHost);
    field<QSpinBox>(dialog, "timeout")->setValue(c.timeout);
    field<QSpinBox>(dialog, "pageMegabytes")->setValue(c.pageMegabytes);
    field<QSpinBox>(dialog, "pageSeconds")->setValue(c.pageSeconds);
    field<QLineEdit>(dialog, "userAgent")->setText(c.agent);
    field<QCheckBox>(dialog, "systemProxy")->setChecked(c.systemProxy);
    field<QSpinBox>(dialog, "hideThreshold")->setValue(c.hide);
    field<QSpinBox>(dialog, "followThreshold")->setValue(c.follow);
    auto *mode = field<QComboBox>(dialog, "hideMode");
    mode->setCurrentIndex(mode->findData(int(c.mode)));
    auto *theme = field<QComboBox>(dialog, "theme");
    theme->setCurrentIndex(theme->findData(int(c.theme)));
    field<QSpinBox>(dialog, "fontSize")->setValue(c.fontSize);
    field<QSpinBox>(dialog, "watchInterval")->setValue(c.interval);
    field<QSpinBox>(dialog, "keepDays")->setValue(c.keepDays);
}

void press(SettingsDialog *dialog, QDialogButtonBox::StandardButton which)
{
    dialog->findChild<QDialogButtonBox *>()->button(which)->click();
}

// The sheet's rows: group › name → keys as shown.
QMap<QString, QString> sheetRows(const QAbstractItemModel *model)
{
    QMap<QString, QString> rows;
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int r = 0; r < model->rowCount(group); ++r)
            rows.insert(
                group.data().toString() + QStringLiteral(" › ") + model->index(r, 0, group).data().toString(),
                model->index(r, 1, group).data().toString());
    }
    return rows;
}
} // namespace

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTrip();
    void cancelChangesNothing();
    void requestsFollowTheSettings();
    void followsTheSystemProxy();
    void shortcutSheet_data();
    void shortcutSheet();
    void sheetFilters();
    void noShortcutConflicts();
    void conflictsAreFound();
    void foldParentQuotes_data();
    void foldParentQuotes();
    void markReadDelay_data();
    void markReadDelay();

private:
    static SettingsDialog *openSettings(MainWindow *window);
};

void TestSettings::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ThreadkeeperSettingsTests"));
    QSettings().clear();
}

SettingsDialog *TestSettings::openSettings(MainWindow *window)
{
    // A dialog closed before leaves no window active on the offscreen platform.
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        qWarning("the window is not active: Ctrl+, will not reach it");
    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    // One closed before may still be there, waiting to be deleted.
    for (SettingsDialog *dialog : window->findChildren<SettingsDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    qWarning("Ctrl+, opened no settings");
    return nullptr;
}

void TestSettings::roundTrip()
{
    QTemporaryDir folder;
    auto w = activeReaderWindow(folder.path());
    SettingsDialog *dialog = openSettings(w->window.get());
    QVERIFY(dialog);
    const Chosen c;
    fill(dialog, c);
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY(!dialog->isVisible());

    // At once, on the objects that own each value.
    const ReaderServices &s = w->services;
    for (PageFetcher *f : {s.loader->fetcher(), s.refresher->fetcher(), s.images->fetcher(),
             s.subscriptions->loader()->fetcher()}) {
        QCOMPARE(f->maxPerHost(), c.perHost);
        QCOMPARE(f->timeout(), c.timeout * 1000);
        QCOMPARE(f->maxPageBytes(), qint64(c.pageMegabytes) * 1024 * 1024);
        QCOMPARE(f->maxPageTime(), c.pageSeconds * 1000);
        QCOMPARE(f->userAgentSent(), c.agent.toUtf8());
    }
    QCOMPARE(s.loader->timeout(), c.timeout * 1000);
    QCOMPARE(QNetworkProxyFactory::usesSystemConfiguration(), c.systemProxy);
    QCOMPARE(s.session->hideMode(), c.mode);
    Appearance *appearance = w->window->appearance();
    QCOMPARE(appearance->theme(), c.theme);
    QCOMPARE(appearance->readerFont().pointSize(), c.fontSize);
    QCOMPARE(w->window->postView()->font().pointSize(), c.fontSize);
    QCOMPARE(QApplication::palette().color(QPalette::Base), Appearance::darkPalette().color(QPalette::Base));
    QCOMPARE(s.watch->intervalMinutes(), c.interval);
    QCOMPARE(w->window->retention()->keepDays(), c.keepDays);
    QCOMPARE(w->window->libraryDock()->findChild<QSpinBox *>(QStringLiteral("libraryKeepDays"))->value(),
        c.keepDays);
    // The thresholds reach Posters and Rules (Ctrl+R), which shows the window's.
    QTest::keyClick(w->window.get(), Qt::Key_R, Qt::ControlModifier);
    auto *rules = w->window->findChild<RulesDialog *>();
    QVERIFY(rules);
    QCOMPARE(rules->thresholds().hide, c.hide);
    QCOMPARE(rules->thresholds().follow, c.follow);
    rules->reject();

    // Kept.
    const QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("network/perHost")).toInt(), c.perHost);
    QCOMPARE(settings.value(QStringLiteral("network/timeoutSeconds")).toInt(), c.timeout);
    QCOMPARE(settings.value(QStringLiteral("network/pageMegabytes")).toInt(), c.pageMegabytes);
    QCOMPARE(settings.value(QStringLiteral("network/pageSeconds")).toInt(), c.pageSeconds);
    QCOMPARE(settings.value(QStringLiteral("network/userAgent")).toString(), c.agent);
    QCOMPARE(settings.value(QStringLiteral("network/systemProxy")).toBool(), c.systemProxy);
    QCOMPARE(settings.value(QStringLiteral("rules/hideThreshold")).toInt(), c.hide);
    QCOMPARE(settings.value(QStringLiteral("rules/followThreshold")).toInt(), c.follow);
    QCOMPARE(settings.value(QStringLiteral("rules/hideMode")).toInt(), int(c.mode));
    QCOMPARE(settings.value(QStringLiteral("reader/theme")).toInt(), int(c.theme));
    QFont font;
    QVERIFY(font.fromString(settings.value(QStringLiteral("reader/font")).toString()));
    QCOMPARE(font.pointSize(), c.fontSize);
    QCOMPARE(settings.value(QStringLiteral("watch/intervalMinutes")).toInt(), c.interval);
    QCOMPARE(settings.value(QStringLiteral("library/keepDays")).toInt(), c.keepDays);

    // Opened again, it shows them.
    QTRY_VERIFY(!w->window->findChild<SettingsDialog *>()); // the first one has gone
    dialog = openSettings(w->window.get());
    QVERIFY(dialog);
    QCOMPARE(field<QSpinBox>(dialog, "perHost")->value(), c.perHost);
    QCOMPARE(field<QSpinBox>(dialog, "timeout")->value(), c.timeout);
    QCOMPARE(field<QSpinBox>(dialog, "pageMegabytes")->value(), c.pageMegabytes);
    QCOMPARE(field<QSpinBox>(dialog, "pageSeconds")->value(), c.pageSeconds);
    QCOMPARE(field<QLineEdit>(dialog, "userAgent")->text(), c.agent);
    QCOMPARE(field<QCheckBox>(dialog, "systemProxy")->isChecked(), c.systemProxy);
    QCOMPARE(field<QSpinBox>(dialog, "hideThreshold")->value(), c.hide);
    QCOMPARE(field<QSpinBox>(dialog, "followThreshold")->value(), c.follow);
    QCOMPARE(field<QComboBox>(dialog, "hideMode")->currentData().toInt(), int(c.mode));
    QCOMPARE(field<QComboBox>(dialog, "theme")->currentData().toInt(), int(c.theme));
    QCOMPARE(field<QSpinBox>(dialog, "fontSize")->value(), c.fontSize);
    QCOMPARE(field<QSpinBox>(dialog, "watchInterval")->value(), c.interval);
    QCOMPARE(field<QSpinBox>(dialog, "keepDays")->value(), c.keepDays);
    press(dialog, QDialogButtonBox::Cancel);

    // And the app started again starts with them.
    w->window->close();
    w.reset();
    auto again = activeReaderWindow(folder.path());
    QCOMPARE(again->services.loader->fetcher()->maxPerHost(), c.perHost);
    QCOMPARE(again->services.loader->timeout(), c.timeout * 1000);
    QCOMPARE(again->services.subscriptions->loader()->fetcher()->maxPageBytes(),
        qint64(c.pageMegabytes) * 1024 * 1024);
    QCOMPARE(again->services.images->fetcher()->userAgentSent(), c.agent.toUtf8());
    QCOMPARE(again->services.session->hideMode(), c.mode);
    QCOMPARE(again->window->appearance()->theme(), c.theme);
    QCOMPARE(QNetworkProxyFactory::usesSystemConfiguration(), c.systemProxy);
    // The palette and the proxy are the whole process's.
    again->window->appearance()->setTheme(Appearance::Theme::System);
    QNetworkProxyFactory::setUseSystemConfiguration(false);
}

void TestSettings::cancelChangesNothing()
{
    auto w = activeReaderWindow();
    const ReaderServices &s = w->services;
    const int perHost = s.loader->fetcher()->maxPerHost();
    const int timeout = s.loader->timeout();
    const HideMode mode = s.session->hideMode();
    const Appearance::Theme theme = w->window->appearance()->theme();
    const int size = w->window->appearance()->readerFont().pointSize();
    const int interval = s.watch->intervalMinutes();
    const int keepDays = w->window->retention()->keepDays();
    const QStringList keys = QSettings().allKeys();
    const bool proxy = QNetworkProxyFactory::usesSystemConfiguration();

    SettingsDialog *dialog = openSettings(w->window.get());
    QVERIFY(dialog);
    fill(dialog, Chosen {});
    press(dialog, QDialogButtonBox::Cancel);
    QVERIFY(!dialog->isVisible());

    QCOMPARE(s.loader->fetcher()->maxPerHost(), perHost);
    QCOMPARE(s.refresher->fetcher()->maxPerHost(), perHost);
    QCOMPARE(s.loader->timeout(), timeout);
    QVERIFY(s.images->fetcher()->userAgentSent().isEmpty());
    QCOMPARE(s.session->hideMode(), mode);
    QCOMPARE(w->window->appearance()->theme(), theme);
    QCOMPARE(w->window->appearance()->readerFont().pointSize(), size);
    QCOMPARE(s.watch->intervalMinutes(), interval);
    QCOMPARE(w->window->retention()->keepDays(), keepDays);
    QCOMPARE(QNetworkProxyFactory::usesSystemConfiguration(), proxy);
    QCOMPARE(QSettings().allKeys(), keys);
}

void TestSettings::followsTheSystemProxy()
{
    // The proxy is a fixture server that serves the thread of a forum that does not exist:
    // the pages can only come through it.
    FixtureServer proxy;
    QVERIFY(proxy.start());
    const FixtureThread thread = generateThread(50, 5);
    for (int page = 1; page <= thread.pageCount(); ++page)
        proxy.setPage(thread.pagePath(page), xenforoPage(thread, page));
    qputenv("http_proxy", QByteArrayLiteral("http://127.0.0.1:") + QByteArray::number(proxy.port()));
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
    auto w = activeReaderWindow();
    SettingsDialog *dialog = openSettings(w->window.get());
    QVERIFY(dialog);
    QVERIFY(!field<QCheckBox>(dialog, "systemProxy")->isChecked()); // off unless chosen
    field<QCheckBox>(dialog, "systemProxy")->setChecked(true);
    press(dialog, QDialogButtonBox::Ok);

    QVERIFY(w->open(QUrl(QStringLiteral("http://forum.example") + thread.path)));
    QVERIFY2(w->window->errorText().isEmpty(), qPrintable(w->window->errorText()));
    QCOMPARE(proxy.requestCount(thread.path), 1);
    QCOMPARE(proxy.requests().size(), thread.pageCount());

    dialog = openSettings(w->window.get());
    QVERIFY(dialog);
    field<QCheckBox>(dialog, "systemProxy")->setChecked(false);
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());
    qunsetenv("http_proxy");
}

void TestSettings::requestsFollowTheSettings()
{
    // A thread of several pages, each answered slowly, so that they overlap.
    FixtureServer server;
    QVERIFY(server.start());
    const FixtureThread thread = generateThread(200, 3);
    QVERIFY(thread.pageCount() >= 6);
    for (int page = 1; page <= thread.pageCount(); ++page)
        server.setPage(thread.pagePath(page), xenforoPage(thread, page), 150);

    auto w = activeReaderWindow();
    SettingsDialog *dialog = openSettings(w->window.get());
    QVERIFY(dialog);
    field<QSpinBox>(dialog, "perHost")->setValue(2);
    field<QLineEdit>(dialog, "userAgent")->setText(QStringLiteral("  SettingsTest/2.0   (loopback) "));
    press(dialog, QDialogButtonBox::Apply);
    QVERIFY(dialog->isVisible()); // Apply keeps it open
    press(dialog, QDialogButtonBox::Ok);

    QVERIFY(w->open(server.url(thread.path)));
    QCOMPARE(server.requestCount(thread.path), 1);
    QCOMPARE(server.requests().size(), thread.pageCount());
    QCOMPARE(server.maxConcurrent(), 2);
    for (const QByteArray &agent : server.userAgents())
        QCOMPARE(agent, QByteArrayLiteral("SettingsTest/2.0 (loopback)"));

    // Back to the default: Threadkeeper's own again, and all pages at once up to 4.
    dialog = openSettings(w->window.get());
    QVERIFY(dialog);
    field<QSpinBox>(dialog, "perHost")->setValue(NetworkPreferences::DefaultPerHost);
    field<QLineEdit>(dialog, "userAgent")->clear();
    press(dialog, QDialogButtonBox::Ok);
    server.resetCounters();
    QVERIFY(w->open(server.url(thread.path)));
    QVERIFY(!server.userAgents().isEmpty());
    for (const QByteArray &agent : server.userAgents())
        QVERIFY2(agent.startsWith("Threadkeeper/"), agent.constData());
    QCOMPARE(server.maxConcurrent(), NetworkPreferences::DefaultPerHost);
}

void TestSettings::shortcutSheet_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QKeySequence>("key");
    QTest::newRow("find") << QStringLiteral("Edit › Find in Thread…") << QKeySequence(QKeySequence::Find);
    QTest::newRow("settings") << QStringLiteral("Edit › Settings…") << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    QTest::newRow("search") << QStringLiteral("View › Search All Threads…")
                            << QKeySequence(Qt::CTRL | Qt::Key_K);
    QTest::newRow("library") << QStringLiteral("View › Library") << QKeySequence(Qt::CTRL | Qt::Key_L);
    QTest::newRow("refresh") << QStringLiteral("File › Refresh Thread") << QKeySequence(Qt::Key_F5);
    QTest::newRow("next unread") << QStringLiteral("Go › Next Unread Post") << QKeySequence(Qt::Key_N);
    QTest::newRow("larger") << QStringLiteral("View › Larger") << QKeySequence(QKeySequence::ZoomIn);
    QTest::newRow("sheet") << QStringLiteral("Help › Keyboard Shortcuts") << QKeySequence(Qt::Key_F1);
}

void TestSettings::shortcutSheet()
{
    QFETCH(QString, row);
    QFETCH(QKeySequence, key);
    auto w = activeReaderWindow();
    QTest::keyClick(w->window.get(), Qt::Key_F1);
    auto *sheet = w->window->findChild<ShortcutsDialog *>();
    QVERIFY(sheet);
    QVERIFY(sheet->isVisible());
    const QMap<QString, QString> rows = sheetRows(sheet->shown());
    QVERIFY2(rows.contains(row), qPrintable(QStringList(rows.keys()).join(QLatin1Char('\n'))));
    QVERIFY2(rows.value(row).split(QStringLiteral(", ")).contains(key.toString(QKeySequence::NativeText)),
        qPrintable(rows.value(row)));
    // Every action the window has with a shortcut is on the sheet, once.
    int listed = 0;
    for (const QString &keys : rows)
        listed += keys.isEmpty() ? 0 : 1;
    QCOMPARE(listed, int(windowShortcuts(w->window.get()).size()));
    sheet->reject();
}

void TestSettings::sheetFilters()
{
    auto w = activeReaderWindow();
    QTest::keyClick(w->window.get(), Qt::Key_F1);
    auto *sheet = w->window->findChild<ShortcutsDialog *>();
    QVERIFY(sheet);
    const int all = int(sheetRows(sheet->shown()).size());
    QTest::keyClicks(sheet->filterField(), QStringLiteral("library"));
    QMap<QString, QString> rows = sheetRows(sheet->shown());
    QVERIFY(rows.contains(QStringLiteral("View › Library")));
    QVERIFY(!rows.contains(QStringLiteral("View › Search All Threads…")));
    QVERIFY(rows.size() < all);
    // By key too, as the sheet shows it.
    sheet->filterField()->setText(QKeySequence(Qt::Key_F5).toString(QKeySequence::NativeText));
    rows = sheetRows(sheet->shown());
    QVERIFY(rows.contains(QStringLiteral("File › Refresh Thread")));
    QVERIFY(!rows.contains(QStringLiteral("View › Library")));
    sheet->filterField()->clear();
    QCOMPARE(int(sheetRows(sheet->shown()).size()), all);
}

void TestSettings::noShortcutConflicts()
{
    // With a thread open, so that what needs one is enabled; and counting the disabled
    // ones too, since any of them may be enabled some day.
    auto w = activeReaderWindow();
    QSignalSpy loaded(w->window.get(), &MainWindow::loadFinished);
    QVERIFY(w->window->openThread(demoThreadUrl()));
    QVERIFY(loaded.wait(10000));
    for (bool enabledOnly : {true, false}) {
        QStringList found;
        for (const ShortcutConflict &c : shortcutConflicts(w->window.get(), enabledOnly))
            found.append(QStringLiteral("%1: %2 / %3").arg(c.key.toString(), c.first, c.second));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
    QVERIFY(windowShortcuts(w->window.get()).size() > 30);
}

void TestSettings::conflictsAreFound()
{
    // The check above would pass on a window with no shortcuts at all: this one must fail it.
    auto w = activeReaderWindow();
    auto *twin = new QAction(QStringLiteral("Twin of Find"), w->window.get());
    twin->setShortcut(QKeySequence::Find);
    w->window->addAction(twin);
    const QList<ShortcutConflict> found = shortcutConflicts(w->window.get());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().key, QKeySequence(QKeySequence::Find));
    QVERIFY(found.first().first == QStringLiteral("Twin of Find")
        || found.first().second == QStringLiteral("Twin of Find"));
    // Disabled, it meets no key press.
    twin->setEnabled(false);
    QVERIFY(shortcutConflicts(w->window.get()).isEmpty());
    QCOMPARE(shortcutConflicts(w->window.get(), false).size(), 1);
}

void TestSettings::foldParentQuotes_data()
{
    QTest::addColumn<bool>("fold");
    QTest::addColumn<QString>("header"); // #13's quote of #12, its tree parent, as shown
    QTest::newRow("folded, the default") << true << QStringLiteral("\u25B8 Łukasz P. said: Everything");
    QTest::newRow("open") << false << QStringLiteral("\u25BE Łukasz P. said:");
}

void TestSettings::foldParentQuotes()
{
    QFETCH(bool, fold);
    QFETCH(QString, header);
    QTemporaryDir folder;
    auto w = activeReaderWindow(folder.path());
    QVERIFY(w->open(demoThreadUrl()));
    SettingsDialog *dialog = openSettings(w->window.get());
    QVERIFY(dialog);
    QVERIFY(field<QCheckBox>(dialog, "foldParentQuotes")->isChecked());
    // Turned the other way and back, so that both directions apply at once.
    field<QCheckBox>(dialog, "foldParentQuotes")->setChecked(!fold);
    press(dialog, QDialogButtonBox::Apply);
    w->window->selection()->selectPost(QStringLiteral("880143"));
    field<QCheckBox>(dialog, "foldParentQuotes")->setChecked(fold);
    press(dialog, QDialogButtonBox::Ok);
    QVERIFY2(w->window->postView()->toPlainText().contains(header),
        qPrintable(w->window->postView()->toPlainText()));
    QCOMPARE(QSettings().value(QStringLiteral("reader/foldParentQuotes")).toBool(), fold);

    // Kept: the next start reads the same way.
    w->window->close();
    w.reset();
    auto again = activeReaderWindow(folder.path());
    QVERIFY(again->open(demoThreadUrl()));
    again->window->selection()->selectPost(QStringLiteral("880143"));
    QVERIFY(again->window->postView()->toPlainText().contains(header));
}

void TestSettings::markReadDelay_data()
{
    QTest::addColumn<int>("seconds");
    QTest::newRow("at once") << 0;
    QTest::newRow("after a second on screen") << 1;
}

void TestSettings::markReadDelay()
{
    QFETCH(int, seconds);
    auto w = activeReaderWindow();
    QVERIFY(w->open(demoThreadUrl()));
    SettingsDialog *dialog = openSettings(w->window.get());
    QVERIFY(dialog);
    QCOMPARE(field<QSpinBox>(dialog, "markReadSeconds")->value(), 0);
    field<QSpinBox>(dialog, "markReadSeconds")->setValue(seconds);
    press(dialog, QDialogButtonBox::Ok);
    QCOMPARE(QSettings().value(QStringLiteral("reader/markReadSeconds")).toInt(), seconds);

    ThreadTreeModel *model = w->services.model;
    auto isRead
        = [model](const QString &id) { return model->indexOf(id).data(ThreadTreeModel::ReadRole).toBool(); };
    const QString first = QStringLiteral("880220"); // #20
    const QString second = QStringLiteral("880231"); // #21
    QVERIFY(!isRead(first) && !isRead(second));
    w->window->selection()->selectPost(first);
    if (seconds == 0) {
        QVERIFY(isRead(first)); // no waiting
        return;
    }
    QVERIFY(!isRead(first));
    // Moved on before the delay: it stays unread; the one that stays on screen is read.
    w->window->selection()->selectPost(second);
    QTRY_VERIFY_WITH_TIMEOUT(isRead(second), 5000);
    QVERIFY(!isRead(first));
    // Marked by hand within the delay: the reader's word stands, nothing is left waiting.
    // The window is made active first, so that nothing slow comes between select and key.
    w->window->activateWindow(); // the dialog closed leaves none active
    QVERIFY(QTest::qWaitForWindowActive(w->window.get()));
    w->window->selection()->selectPost(first);
    QCOMPARE(w->window->selection()->pendingRead(), first);
    QTest::keyClick(w->window.get(), Qt::Key_M); // read/unread
    QVERIFY(isRead(first));
    QVERIFY(w->window->selection()->pendingRead().isEmpty());
    QTest::keyClick(w->window.get(), Qt::Key_M);
    QVERIFY(!isRead(first));
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
