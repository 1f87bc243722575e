// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItem;
class QMainWindow;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;

namespace Threadkeeper {

// One action of a window that has a shortcut, with the menu it is in.
struct ShortcutEntry
{
    QString group; // its top-level menu's title, else the dock it belongs to, else "Other"
    QString name; // its text, without mnemonics
    QList<QKeySequence> keys;
    QAction *action = nullptr;
};

// Set (true) on an action the reader may give a key: listed even while it has none.
inline constexpr char ConfigurableShortcutProperty[] = "threadkeeperConfigurableShortcut";

// Every action of the window that has a shortcut, gathered from the window itself (its
// menus, its and its children's actions, docks' too): menu order, then the rest. An action
// the reader may give a key (ShortcutSettings) is there even while it has none.
QList<ShortcutEntry> windowShortcuts(const QMainWindow *window);

// Two shortcuts (actions or QShortcuts) that one key press would reach in the same place.
struct ShortcutConflict
{
    QKeySequence key;
    QString first;
    QString second;
    const QObject *firstOwner = nullptr; // the action or QShortcut
    const QObject *secondOwner = nullptr;
};
// enabledOnly: only what is enabled now counts (what a key press would really meet).
QList<ShortcutConflict> shortcutConflicts(const QMainWindow *window, bool enabledOnly = true);

class ShortcutSettings;

// Help › Keyboard Shortcuts: the window's shortcuts by menu, with a filter on names and keys.
// Given the window's ShortcutSettings, the selected action's key can be changed (a key
// that another action holds is refused, naming it), put back, or all reset to defaults.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(
        const QMainWindow *window, QWidget *parent = nullptr, ShortcutSettings *settings = nullptr);
    QLineEdit *filterField() const { return m_filter; }
    // Groups as top-level rows, their actions (name, keys) below them, as filtered.
    QSortFilterProxyModel *shown() const { return m_proxy; }
    QTreeView *view() const { return m_view; }
    // Records the selected action's new key; cleared, the action has none.
    QKeySequenceEdit *keyEdit() const { return m_keyEdit; }
    // What the last change did, or why it was refused.
    QString message() const;
    // Selects an action's row, as a click on it does; false when it is not shown.
    bool selectAction(const QAction *action);

private:
    void onCurrentChanged();
    void assign(const QList<QKeySequence> &keys);
    void showKeys(QAction *action);
    QAction *currentAction() const;
    void resetAll();
    void endUndoReset();
    void say(const QString &text, bool refused = false);

    ShortcutSettings *m_settings;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QHash<const QAction *, QStandardItem *> m_keysItems; // the Shortcut column's item of each action
    QKeySequenceEdit *m_keyEdit = nullptr;
    QLabel *m_editLabel = nullptr;
    QPushButton *m_default = nullptr;
    QPushButton *m_resetAll = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, QList<QKeySequence>> m_beforeReset; // for Undo Reset, while the sheet is open
    bool m_undoReset = false; // the reset button undoes the reset just done
};

} // namespace Threadkeeper
