// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/shortcutsettings.h"

#include "settings/shortcutsheet.h"

#include <QAction>
#include <QMainWindow>
#include <QSettings>

namespace Threadkeeper {

namespace {
// Stored as text that reads the same in every language ("Ctrl+Shift+M; F5"); empty for none.
QString toText(const QList<QKeySequence> &keys)
{
    return QKeySequence::listToString(keys, QKeySequence::PortableText);
}

QList<QKeySequence> fromText(const QString &text)
{
    QList<QKeySequence> keys;
    for (const QKeySequence &key : QKeySequence::listFromString(text, QKeySequence::PortableText)) {
        if (!key.isEmpty())
            keys.append(key);
    }
    return keys;
}

QString settingsKey(const QAction *action)
{
    return ShortcutSettings::settingsGroup() + QLatin1Char('/') + action->objectName();
}
} // namespace

ShortcutSettings::ShortcutSettings(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    for (const ShortcutEntry &entry : windowShortcuts(window)) {
        QAction *action = entry.action;
        // Without a name there is nothing stable to keep its key under.
        if (action->objectName().isEmpty() || m_defaults.contains(action->objectName()))
            continue;
        m_defaults.insert(action->objectName(), action->shortcuts());
        m_actions.insert(action->objectName(), action);
        action->setProperty(ConfigurableShortcutProperty, true);
    }
    const QSettings settings;
    QList<QAction *> changed;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if (settings.contains(settingsKey(*it))) {
            (*it)->setShortcuts(fromText(settings.value(settingsKey(*it)).toString()));
            changed.append(*it);
        }
    }
    settle(changed);
}

bool ShortcutSettings::isConfigurable(const QAction *action) const
{
    return action && m_actions.value(action->objectName()) == action;
}

QList<QKeySequence> ShortcutSettings::defaults(const QAction *action) const
{
    return isConfigurable(action) ? m_defaults.value(action->objectName()) : QList<QKeySequence> {};
}

QAction *ShortcutSettings::actionNamed(const QString &name) const
{
    return m_actions.value(name);
}

bool ShortcutSettings::assign(QAction *action, const QList<QKeySequence> &keys, QString *why)
{
    if (!isConfigurable(action)) {
        if (why)
            *why = tr("This action's key cannot be changed.");
        return false;
    }
    const QList<QKeySequence> before = action->shortcuts();
    action->setShortcuts(keys);
    // Every action counts, enabled or not: a key must not depend on what is open now.
    for (const ShortcutConflict &c : shortcutConflicts(m_window, false)) {
        if (c.firstOwner != action && c.secondOwner != action)
            continue;
        action->setShortcuts(before);
        if (why) {
            const QString holder = c.firstOwner == action ? c.second : c.first;
            *why = tr("%1 is already the key of \u201C%2\u201D.")
                       .arg(c.key.toString(QKeySequence::NativeText), holder);
        }
        return false;
    }
    save(action);
    Q_EMIT shortcutsChanged();
    return true;
}

bool ShortcutSettings::reset(QAction *action, QString *why)
{
    // Its default may have gone to another action meanwhile: refused then, as any key is.
    return assign(action, defaults(action), why);
}

QHash<QString, QList<QKeySequence>> ShortcutSettings::resetAll()
{
    const QHash<QString, QList<QKeySequence>> was = customised();
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        (*it)->setShortcuts(m_defaults.value(it.key()));
        save(*it);
    }
    Q_EMIT shortcutsChanged();
    return was;
}

void ShortcutSettings::restore(const QHash<QString, QList<QKeySequence>> &keys)
{
    QList<QAction *> changed;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        if (QAction *action = actionNamed(it.key())) {
            action->setShortcuts(*it);
            changed.append(action);
        }
    }
    settle(changed);
    for (const QAction *action : std::as_const(changed))
        save(action);
    Q_EMIT shortcutsChanged();
}

QHash<QString, QList<QKeySequence>> ShortcutSettings::customised() const
{
    QHash<QString, QList<QKeySequence>> keys;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if ((*it)->shortcuts() != m_defaults.value(it.key()))
            keys.insert(it.key(), (*it)->shortcuts());
    }
    return keys;
}

void ShortcutSettings::save(const QAction *action) const
{
    QSettings settings;
    if (action->shortcuts() == m_defaults.value(action->objectName()))
        settings.remove(settingsKey(action));
    else
        settings.setValue(settingsKey(action), toText(action->shortcuts()));
}

void ShortcutSettings::settle(const QList<QAction *> &changed)
{
    // Kept keys are applied together (a swap passes through no clash this way); one that
    // clashes now (a newer version gave its key to a new action) gives way to the default.
    // Each round puts one action back, so this ends.
    QList<QAction *> open = changed;
    while (!open.isEmpty()) {
        QAction *back = nullptr;
        for (const ShortcutConflict &c : shortcutConflicts(m_window, false)) {
            for (const QObject *o : {c.firstOwner, c.secondOwner}) {
                auto *a = qobject_cast<QAction *>(const_cast<QObject *>(o));
                if (a && open.contains(a)) {
                    back = a;
                    qWarning("threadkeeper: the shortcut %s of \"%s\" clashes with \"%s\"; using its default",
                        qPrintable(c.key.toString()), qPrintable(a->objectName()),
                        qPrintable(a == c.firstOwner ? c.second : c.first));
                    break;
                }
            }
            if (back)
                break;
        }
        if (!back)
            return;
        back->setShortcuts(m_defaults.value(back->objectName()));
        open.removeAll(back);
    }
}

} // namespace Threadkeeper
