// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QLineEdit;
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

// Every action of the window that has a shortcut, gathered from the window itself (its
// menus, its and its children's actions, docks' too): menu order, then the rest.
QList<ShortcutEntry> windowShortcuts(const QMainWindow *window);

// Two shortcuts (actions or QShortcuts) that one key press would reach in the same place.
struct ShortcutConflict
{
    QKeySequence key;
    QString first;
    QString second;
};
// enabledOnly: only what is enabled now counts (what a key press would really meet).
QList<ShortcutConflict> shortcutConflicts(const QMainWindow *window, bool enabledOnly = true);

// Help › Keyboard Shortcuts: the window's shortcuts by menu, with a filter on names and keys.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMainWindow *window, QWidget *parent = nullptr);
    QLineEdit *filterField() const { return m_filter; }
    // Groups as top-level rows, their actions (name, keys) below them, as filtered.
    QSortFilterProxyModel *shown() const { return m_proxy; }

private:
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};

} // namespace Threadkeeper
