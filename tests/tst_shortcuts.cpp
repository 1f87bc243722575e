// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test, offscreen: the keyboard, issue 14. Newsreader keys reach their actions and do
// what they say; single letters never fire while the reader types in a field; the reader's
// own keys (Help › Keyboard Shortcuts) take effect at once, are kept for the next window,
// refuse a key another action holds (naming it, losing nothing), and reset to the defaults.
#include "reader/postview.h"
#include "reader/selectioncontroller.h"
#include "reader/threadview.h"
#include "readerwindow.h"
#include "settings/shortcutsettings.h"
#include "settings/shortcutsheet.h"
#include "window/mainwindow.h"

#include "models/threadtreemodel.h"
#include "services/demo.h"
#include "services/rulebook.h"
#include "services/threadsession.h"

#include <QInputDialog>
#include <QKeySequenceEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace Threadkeeper;
using namespace Threadkeeper::Testing;

namespace {
// Post ids of the demo thread: the article, then #n is 880000 + 11n.
QString post(int number)
{
    return number == 0 ? QStringLiteral("880001") : QString::number(880000 + 11 * number);
}

QAction *action(MainWindow *window, const QString &name)
{
    return window->findChild<QAction *>(name);
}

QString currentPost(MainWindow *window)
{
    return window->threadView()->currentIndex().data(ThreadTreeModel::PostIdRole).toString();
}

bool isRead(const ReaderWindow &w, const QString &id)
{
    return w.services.model->indexOf(id).data(ThreadTreeModel::ReadRole).toBool();
}
} // namespace

class TestShortcuts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void everyShortcutIsNamed();
    void newsreaderKeys_data();
    void newsreaderKeys();
    void newsreaderMoves();
    void lettersWaitWhileTyping_data();
    void lettersWaitWhileTyping();
    void assignKey_data();
    void assignKey();
    void conflictRefused_data();
    void conflictRefused();
    void clearedKeyStaysListed();
    void resetToDefaults();
    void clashingKeptKeyGivesWay();

private:
    static bool openDemo(ReaderWindow &w);
    static ShortcutsDialog *openSheet(MainWindow *window);
    // Records key in the sheet for the action named, as the reader does: select, press.
    static void record(ShortcutsDialog *sheet, QAction *action, const QKeySequence &key);
};

void TestShortcuts::init()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ThreadkeeperShortcutTests"));
    QSettings().clear();
}

bool TestShortcuts::openDemo(ReaderWindow &w)
{
    return w.open(demoThreadUrl());
}

ShortcutsDialog *TestShortcuts::openSheet(MainWindow *window)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        qWarning("the window is not active: F1 will not reach it");
    QTest::keyClick(window, Qt::Key_F1);
    for (ShortcutsDialog *sheet : window->findChildren<ShortcutsDialog *>()) {
        if (sheet->isVisible())
            return sheet;
    }
    qWarning("F1 opened no sheet");
    return nullptr;
}

void TestShortcuts::record(ShortcutsDialog *sheet, QAction *action, const QKeySequence &key)
{
    QVERIFY(sheet->selectAction(action));
    QVERIFY(sheet->keyEdit()->isEnabled());
    sheet->keyEdit()->setFocus();
    const QKeyCombination combination = key[0];
    // One key ends the recording (the sheet takes single keys).
    QTest::keyClick(sheet->keyEdit(), combination.key(), combination.keyboardModifiers());
}

void TestShortcuts::everyShortcutIsNamed()
{
    // The reader's keys are kept under the action's name: each must have its own.
    auto w = activeReaderWindow();
    QStringList unnamed;
    QSet<QString> names;
    const QList<ShortcutEntry> entries = windowShortcuts(w->window.get());
    for (const ShortcutEntry &e : entries) {
        const QString name = e.action->objectName();
        if (name.isEmpty() || names.contains(name))
            unnamed.append(e.group + QStringLiteral(" › ") + e.name + QStringLiteral(" [") + name + u']');
        names.insert(name);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    QVERIFY(entries.size() > 30);
}

void TestShortcuts::newsreaderKeys_data()
{
    QTest::addColumn<QKeySequence>("key");
    QTest::addColumn<QString>("action");
    QTest::newRow("Space reads on") << QKeySequence(Qt::Key_Space) << QStringLiteral("readOnAction");
    QTest::newRow("N next unread") << QKeySequence(Qt::Key_N) << QStringLiteral("nextUnreadAction");
    QTest::newRow("P previous unread") << QKeySequence(Qt::Key_P) << QStringLiteral("previousUnreadAction");
    QTest::newRow("J next post") << QKeySequence(Qt::Key_J) << QStringLiteral("nextPostAction");
    QTest::newRow("K previous post") << QKeySequence(Qt::Key_K) << QStringLiteral("previousPostAction");
    QTest::newRow("U parent") << QKeySequence(Qt::Key_U) << QStringLiteral("parentPostAction");
    QTest::newRow("M read/unread") << QKeySequence(Qt::Key_M) << QStringLiteral("toggleReadAction");
    QTest::newRow("H hide") << QKeySequence(Qt::Key_H) << QStringLiteral("hidePosterAction");
    QTest::newRow("F follow") << QKeySequence(Qt::Key_F) << QStringLiteral("followPosterAction");
    QTest::newRow("E note") << QKeySequence(Qt::Key_E) << QStringLiteral("noteAction");
    QTest::newRow("W watch") << QKeySequence(Qt::Key_W) << QStringLiteral("watchAction");
    QTest::newRow("R refresh") << QKeySequence(Qt::Key_R) << QStringLiteral("refreshThreadAction");
    QTest::newRow("F5 refresh") << QKeySequence(Qt::Key_F5) << QStringLiteral("refreshThreadAction");
    QTest::newRow("Shift+F5 watched")
        << QKeySequence(Qt::SHIFT | Qt::Key_F5) << QStringLiteral("refreshWatchedAction");
    QTest::newRow("Ctrl+F5 reload") << QKeySequence(Qt::CTRL | Qt::Key_F5) << QStringLiteral("reloadAction");
    QTest::newRow("Q quotes") << QKeySequence(Qt::Key_Q) << QStringLiteral("toggleQuotesAction");
    QTest::newRow("F1 sheet") << QKeySequence(Qt::Key_F1) << QStringLiteral("shortcutSheetAction");
}

void TestShortcuts::newsreaderKeys()
{
    QFETCH(QKeySequence, key);
    QFETCH(QString, action);
    auto w = activeReaderWindow();
    QVERIFY(openDemo(*w));
    QAction *a = ::action(w->window.get(), action);
    QVERIFY2(a, qPrintable(action));
    QVERIFY2(a->shortcuts().contains(key), qPrintable(QKeySequence::listToString(a->shortcuts())));
    // The key press reaches that action and no other.
    QSignalSpy triggered(a, &QAction::triggered);
    if (action == QLatin1String("shortcutSheetAction") || action == QLatin1String("noteAction")) {
        QTest::keyClick(w->window.get(), key[0].key(), key[0].keyboardModifiers());
        QCOMPARE(triggered.size(), 1);
        for (QDialog *d : w->window->findChildren<QDialog *>())
            d->reject();
        return;
    }
    w->window->selection()->selectPost(post(13));
    w->window->threadView()->setFocus();
    QTest::keyClick(w->window.get(), key[0].key(), key[0].keyboardModifiers());
    QCOMPARE(triggered.size(), 1);
}

void TestShortcuts::newsreaderMoves()
{
    auto w = activeReaderWindow();
    QVERIFY(openDemo(*w));
    MainWindow *window = w->window.get();
    ThreadView *tree = window->threadView();
    tree->expandAll();
    // #13 replies to #12 (it quotes it): U goes up to it, and Back returns.
    window->selection()->selectPost(post(13));
    QTest::keyClick(window, Qt::Key_U);
    QCOMPARE(currentPost(window), post(12));
    QTest::keyClick(window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(currentPost(window), post(13));
    // J and K step through the tree as Down and Up do in it, all expanded.
    const QModelIndex below = tree->indexBelow(tree->currentIndex());
    QVERIFY(below.isValid());
    QTest::keyClick(window, Qt::Key_J);
    QCOMPARE(tree->currentIndex().siblingAtColumn(0), below.siblingAtColumn(0));
    QTest::keyClick(window, Qt::Key_K);
    QCOMPARE(currentPost(window), post(13));
    // A top-level post has no parent: U stays and says so.
    window->selection()->selectPost(post(0));
    QTest::keyClick(window, Qt::Key_U);
    QCOMPARE(currentPost(window), post(0));
    QVERIFY2(window->statusText().contains(QLatin1String("replies to no other")),
        qPrintable(window->statusText()));
    // M toggles the current post's read state, and Ctrl+Z takes it back.
    window->selection()->selectPost(post(13));
    QVERIFY(isRead(*w, post(13)));
    QTest::keyClick(window, Qt::Key_M);
    QVERIFY(!isRead(*w, post(13)));
    QTest::keyClick(window, Qt::Key_M);
    QVERIFY(isRead(*w, post(13)));
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!isRead(*w, post(13)));
}

void TestShortcuts::lettersWaitWhileTyping_data()
{
    QTest::addColumn<QKeySequence>("opener"); // opens the field
    QTest::addColumn<QString>("field"); // its object name
    QTest::newRow("find in thread") << QKeySequence(QKeySequence::Find) << QStringLiteral("findText");
    QTest::newRow("search all threads") << QKeySequence(Qt::CTRL | Qt::Key_K) << QStringLiteral("searchText");
    QTest::newRow("library filter") << QKeySequence(Qt::CTRL | Qt::Key_L) << QStringLiteral("libraryFilter");
    QTest::newRow("note editor") << QKeySequence(Qt::Key_E) << QStringLiteral("noteDialog");
}

void TestShortcuts::lettersWaitWhileTyping()
{
    QFETCH(QKeySequence, opener);
    QFETCH(QString, field);
    auto w = activeReaderWindow();
    QVERIFY(openDemo(*w));
    MainWindow *window = w->window.get();
    QTRY_VERIFY(w->services.rules->isLoaded());
    window->selection()->selectPost(post(13));
    QTest::keyClick(window, Qt::Key_M); // unread, so a stray M or Space would show
    QVERIFY(!isRead(*w, post(13)));
    const int unread = w->services.model->unreadCount();
    const qsizetype rules = w->services.rules->rules().size();
    const bool watched = action(window, QStringLiteral("watchAction"))->isChecked();
    const QString shown = window->postView()->toPlainText();

    QTest::keyClick(window, opener[0].key(), opener[0].keyboardModifiers());
    QWidget *typing = nullptr;
    if (field == QLatin1String("noteDialog")) {
        auto *dialog = window->findChild<QInputDialog *>(field);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        typing = dialog->findChild<QPlainTextEdit *>();
    } else {
        typing = window->findChild<QLineEdit *>(field);
    }
    QVERIFY(typing);
    QTRY_VERIFY(typing->hasFocus());
    // Every reading key, as words.
    const QString text = QStringLiteral("hum jn kp qr sewf ngm");
    QTest::keyClicks(typing, text);

    if (auto *line = qobject_cast<QLineEdit *>(typing))
        QCOMPARE(line->text(), text);
    else
        QCOMPARE(static_cast<QPlainTextEdit *>(typing)->toPlainText(), text);
    QCOMPARE(currentPost(window), post(13));
    QCOMPARE(w->services.model->unreadCount(), unread);
    QVERIFY(!isRead(*w, post(13)));
    QCOMPARE(w->services.rules->rules().size(), rules);
    QCOMPARE(action(window, QStringLiteral("watchAction"))->isChecked(), watched);
    QCOMPARE(window->postView()->toPlainText(), shown);
    if (auto *dialog = window->findChild<QInputDialog *>(QStringLiteral("noteDialog")))
        dialog->reject();

    // Out of the field, the same letters act again.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->threadView()->setFocus();
    QTest::keyClick(window, Qt::Key_M);
    QVERIFY(isRead(*w, post(13)));
}

void TestShortcuts::assignKey_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("key");
    QTest::newRow("a letter for next post") << QStringLiteral("nextPostAction") << QKeySequence(Qt::Key_X);
    QTest::newRow("a chord for the library")
        << QStringLiteral("libraryAction") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y);
    QTest::newRow("F6 for refresh, F5 and R let go")
        << QStringLiteral("refreshThreadAction") << QKeySequence(Qt::Key_F6);
}

void TestShortcuts::assignKey()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, key);
    QTemporaryDir folder;
    auto w = activeReaderWindow(folder.path());
    QVERIFY(openDemo(*w));
    QAction *a = ::action(w->window.get(), action);
    QVERIFY(a);
    const QList<QKeySequence> defaults = a->shortcuts();
    ShortcutsDialog *sheet = openSheet(w->window.get());
    QVERIFY(sheet);
    record(sheet, a, key);
    QCOMPARE(a->shortcuts(), QList<QKeySequence> {key});
    QVERIFY2(sheet->message().contains(key.toString(QKeySequence::NativeText)), qPrintable(sheet->message()));
    // The sheet shows it, and its filter finds it by the new key.
    sheet->filterField()->setText(key.toString(QKeySequence::NativeText));
    QVERIFY(sheet->selectAction(a));
    QCOMPARE(sheet->view()->currentIndex().siblingAtColumn(1).data().toString(),
        key.toString(QKeySequence::NativeText));
    sheet->reject();

    // At once: the key reaches the action, the old ones no longer do.
    QSignalSpy triggered(a, &QAction::triggered);
    w->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w->window.get()));
    w->window->threadView()->setFocus();
    QTest::keyClick(w->window.get(), key[0].key(), key[0].keyboardModifiers());
    QCOMPARE(triggered.size(), 1);
    for (const QKeySequence &old : defaults)
        QTest::keyClick(w->window.get(), old[0].key(), old[0].keyboardModifiers());
    QCOMPARE(triggered.size(), 1);
    QVERIFY(shortcutConflicts(w->window.get(), false).isEmpty());

    // Kept, and the app started again has it.
    QCOMPARE(QSettings().value(ShortcutSettings::settingsGroup() + u'/' + action).toString(),
        key.toString(QKeySequence::PortableText));
    w->window->close();
    w.reset();
    auto again = activeReaderWindow(folder.path());
    QCOMPARE(::action(again->window.get(), action)->shortcuts(), QList<QKeySequence> {key});
}

void TestShortcuts::conflictRefused_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("key");
    QTest::addColumn<QString>("holder"); // the action that holds the key, as the sheet names it
    QTest::newRow("N for next post") << QStringLiteral("nextPostAction") << QKeySequence(Qt::Key_N)
                                     << QStringLiteral("Next Unread Post");
    QTest::newRow("Ctrl+K for the note") << QStringLiteral("noteAction") << QKeySequence(Qt::CTRL | Qt::Key_K)
                                         << QStringLiteral("Search All Threads…");
    QTest::newRow("F5 for the parent")
        << QStringLiteral("parentPostAction") << QKeySequence(Qt::Key_F5) << QStringLiteral("Refresh Thread");
    QTest::newRow("Ctrl+F, in the find bar's menu")
        << QStringLiteral("libraryAction") << QKeySequence(QKeySequence::Find)
        << QStringLiteral("Find in Thread…");
}

void TestShortcuts::conflictRefused()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, key);
    QFETCH(QString, holder);
    auto w = activeReaderWindow();
    QAction *a = ::action(w->window.get(), action);
    QVERIFY(a);
    const QList<QKeySequence> before = a->shortcuts();
    ShortcutsDialog *sheet = openSheet(w->window.get());
    QVERIFY(sheet);
    record(sheet, a, key);
    // Refused, naming the holder; nothing lost on either side.
    QCOMPARE(a->shortcuts(), before);
    QVERIFY2(sheet->message().contains(holder), qPrintable(sheet->message()));
    QVERIFY2(sheet->message().contains(key.toString(QKeySequence::NativeText)), qPrintable(sheet->message()));
    QCOMPARE(sheet->keyEdit()->keySequence(), before.value(0)); // the field shows the key kept
    QVERIFY(!QSettings().contains(ShortcutSettings::settingsGroup() + u'/' + action));
    QVERIFY(shortcutConflicts(w->window.get(), false).isEmpty());
    bool held = false;
    for (const ShortcutEntry &e : windowShortcuts(w->window.get()))
        held = held || (e.name == holder && e.keys.contains(key));
    QVERIFY(held);
}

void TestShortcuts::clearedKeyStaysListed()
{
    QTemporaryDir folder;
    auto w = activeReaderWindow(folder.path());
    QAction *hide = action(w->window.get(), QStringLiteral("hidePosterAction"));
    ShortcutsDialog *sheet = openSheet(w->window.get());
    QVERIFY(sheet);
    QVERIFY(sheet->selectAction(hide));
    sheet->keyEdit()->clear();
    QTRY_VERIFY(hide->shortcuts().isEmpty());
    sheet->reject();
    w->window->close();
    w.reset();
    // Started again: still none, and still on the sheet to be given one.
    auto again = activeReaderWindow(folder.path());
    hide = action(again->window.get(), QStringLiteral("hidePosterAction"));
    QVERIFY(hide->shortcuts().isEmpty());
    sheet = openSheet(again->window.get());
    QVERIFY(sheet);
    QVERIFY(sheet->selectAction(hide));
    record(sheet, hide, QKeySequence(Qt::Key_H));
    QCOMPARE(hide->shortcuts(), QList<QKeySequence> {QKeySequence(Qt::Key_H)});
    // Its default again: nothing is kept for it.
    QVERIFY(!QSettings().contains(ShortcutSettings::settingsGroup() + QStringLiteral("/hidePosterAction")));
}

void TestShortcuts::resetToDefaults()
{
    QTemporaryDir folder;
    auto w = activeReaderWindow(folder.path());
    MainWindow *window = w->window.get();
    QAction *next = action(window, QStringLiteral("nextPostAction"));
    QAction *parent = action(window, QStringLiteral("parentPostAction"));
    QAction *library = action(window, QStringLiteral("libraryAction"));
    ShortcutsDialog *sheet = openSheet(window);
    QVERIFY(sheet);
    // A swap, through a third key: J ↔ U.
    record(sheet, next, QKeySequence(Qt::Key_Y));
    record(sheet, parent, QKeySequence(Qt::Key_J));
    record(sheet, next, QKeySequence(Qt::Key_U));
    record(sheet, library, QKeySequence(Qt::Key_F7));
    QCOMPARE(next->shortcuts(), QList<QKeySequence> {QKeySequence(Qt::Key_U)});
    QCOMPARE(parent->shortcuts(), QList<QKeySequence> {QKeySequence(Qt::Key_J)});
    // One back to its default with Default.
    QVERIFY(sheet->selectAction(library));
    auto *byDefault = sheet->findChild<QPushButton *>(QStringLiteral("shortcutDefault"));
    QVERIFY(byDefault->isEnabled());
    byDefault->click();
    QCOMPARE(library->shortcuts(), QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_L)});
    QVERIFY(!byDefault->isEnabled());

    // The swap survives a restart (kept keys apply together).
    sheet->reject();
    window->close();
    w.reset();
    w = activeReaderWindow(folder.path());
    window = w->window.get();
    next = action(window, QStringLiteral("nextPostAction"));
    parent = action(window, QStringLiteral("parentPostAction"));
    QCOMPARE(next->shortcuts(), QList<QKeySequence> {QKeySequence(Qt::Key_U)});
    QCOMPARE(parent->shortcuts(), QList<QKeySequence> {QKeySequence(Qt::Key_J)});

    // Reset All: every default back, nothing kept; the same button undoes it while open.
    sheet = openSheet(window);
    QVERIFY(sheet);
    auto *resetAll = sheet->findChild<QPushButton *>(QStringLiteral("shortcutResetAll"));
    resetAll->click();
    QCOMPARE(next->shortcuts(), QList<QKeySequence> {QKeySequence(Qt::Key_J)});
    QCOMPARE(parent->shortcuts(), QList<QKeySequence> {QKeySequence(Qt::Key_U)});
    QVERIFY(QSettings().childGroups().contains(ShortcutSettings::settingsGroup()) == false);
    resetAll->click(); // Undo Reset
    QCOMPARE(next->shortcuts(), QList<QKeySequence> {QKeySequence(Qt::Key_U)});
    QCOMPARE(parent->shortcuts(), QList<QKeySequence> {QKeySequence(Qt::Key_J)});
    resetAll->click();
    QCOMPARE(parent->shortcuts(), QList<QKeySequence> {QKeySequence(Qt::Key_U)});
    QVERIFY(shortcutConflicts(window, false).isEmpty());
    sheet->reject();
    window->close();
    w.reset();
    auto again = activeReaderWindow(folder.path());
    QCOMPARE(action(again->window.get(), QStringLiteral("nextPostAction"))->shortcuts(),
        QList<QKeySequence> {QKeySequence(Qt::Key_J)});
}

void TestShortcuts::clashingKeptKeyGivesWay()
{
    // A kept key that another action holds now (edited by hand, or a newer version's
    // default): that action keeps it, the kept one gives way to its default.
    QSettings().setValue(
        ShortcutSettings::settingsGroup() + QStringLiteral("/nextPostAction"), QStringLiteral("N"));
    QSettings().setValue(
        ShortcutSettings::settingsGroup() + QStringLiteral("/libraryAction"), QStringLiteral("F7"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("nextPostAction.*clashes")));
    auto w = activeReaderWindow();
    QCOMPARE(action(w->window.get(), QStringLiteral("nextPostAction"))->shortcuts(),
        QList<QKeySequence> {QKeySequence(Qt::Key_J)});
    QCOMPARE(action(w->window.get(), QStringLiteral("nextUnreadAction"))->shortcuts(),
        QList<QKeySequence> {QKeySequence(Qt::Key_N)});
    QCOMPARE(action(w->window.get(), QStringLiteral("libraryAction"))->shortcuts(),
        QList<QKeySequence> {QKeySequence(Qt::Key_F7)});
    QVERIFY(shortcutConflicts(w->window.get(), false).isEmpty());
}

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
