// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>

class QAction;
class QMainWindow;

namespace Threadkeeper {

// The reader's own keys for the window's actions. Made once the window's actions exist:
// it notes each named action's keys as its default, then applies what the reader chose
// before, kept in QSettings as shortcuts/<action objectName> (only what differs from the
// default). A change takes effect at once and is kept; one that would give a key to two
// actions that can meet (shortcutConflicts) is refused and changes nothing.
class ShortcutSettings : public QObject
{
    Q_OBJECT
public:
    explicit ShortcutSettings(QMainWindow *window);

    static QString settingsGroup() { return QStringLiteral("shortcuts"); }
    // Named, with keys when the window was built (which may since have been cleared).
    bool isConfigurable(const QAction *action) const;
    QList<QKeySequence> defaults(const QAction *action) const;
    // Gives the action these keys (none: empty). Refused when another action holds one of
    // them where the key would reach both: false, the action keeps its keys, and why says
    // which action holds it.
    bool assign(QAction *action, const QList<QKeySequence> &keys, QString *why = nullptr);
    // Back to its default keys, unless another action has been given one of them.
    bool reset(QAction *action, QString *why = nullptr);
    // Every action back to its default; returns what was changed, for restore().
    QHash<QString, QList<QKeySequence>> resetAll();
    // Applies keys by action name (what resetAll() returned): as far as they do not clash.
    void restore(const QHash<QString, QList<QKeySequence>> &keys);
    // The actions whose keys differ from their defaults, by name.
    QHash<QString, QList<QKeySequence>> customised() const;

Q_SIGNALS:
    void shortcutsChanged();

private:
    QAction *actionNamed(const QString &name) const;
    void save(const QAction *action) const;
    // Any conflicts the reader's keys make are undone: those actions go back to their defaults.
    void settle(const QList<QAction *> &changed);

    QMainWindow *m_window;
    QHash<QString, QList<QKeySequence>> m_defaults; // by object name
    QHash<QString, QAction *> m_actions;
};

} // namespace Threadkeeper
