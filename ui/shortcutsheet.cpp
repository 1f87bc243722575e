// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsheet.h"

#include <QAction>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>

namespace Threadkeeper {

namespace {
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void collectMenu(
    const QMenu *menu, const QString &group, QList<ShortcutEntry> *entries, QSet<QAction *> *seen)
{
    for (QAction *a : menu->actions()) {
        if (a->menu()) {
            collectMenu(a->menu(), group, entries, seen);
            continue;
        }
        if (a->isSeparator() || a->shortcuts().isEmpty() || seen->contains(a))
            continue;
        seen->insert(a);
        entries->append({group, withoutMnemonic(a->text()), a->shortcuts(), a});
    }
}

// Every action the window holds, however it holds it: as children (docks' included), or
// added to one of its widgets while owned by something else.
QList<QAction *> allActions(const QMainWindow *window)
{
    QList<QAction *> actions = window->findChildren<QAction *>();
    QSet<QAction *> known(actions.cbegin(), actions.cend());
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(const_cast<QMainWindow *>(window));
    for (const QWidget *w : std::as_const(widgets)) {
        for (QAction *a : w->actions()) {
            if (!known.contains(a)) {
                known.insert(a);
                actions.append(a);
            }
        }
    }
    return actions;
}

QList<QWidget *> associatedWidgets(const QAction *action)
{
    QList<QWidget *> widgets;
    for (QObject *o : action->associatedObjects()) {
        if (auto *w = qobject_cast<QWidget *>(o))
            widgets.append(w);
    }
    return widgets;
}

// Where a shortcut answers: the whole window, or these widgets (with their children).
struct Reach
{
    QString name;
    QList<QKeySequence> keys;
    bool wholeWindow = false;
    bool withChildren = false;
    QList<QWidget *> widgets;
};

bool within(const QWidget *inner, const QWidget *outer)
{
    for (const QWidget *w = inner; w; w = w->parentWidget()) {
        if (w == outer)
            return true;
    }
    return false;
}

bool overlaps(const Reach &a, const Reach &b)
{
    if (a.wholeWindow || b.wholeWindow)
        return true;
    for (const QWidget *x : a.widgets) {
        for (const QWidget *y : b.widgets) {
            if (x == y || (a.withChildren && within(y, x)) || (b.withChildren && within(x, y)))
                return true;
        }
    }
    return false;
}

Reach reachOf(const QString &name, const QList<QKeySequence> &keys, Qt::ShortcutContext context,
    const QList<QWidget *> &widgets)
{
    Reach r {name, keys, false, false, widgets};
    r.wholeWindow = context == Qt::WindowShortcut || context == Qt::ApplicationShortcut;
    r.withChildren = context == Qt::WidgetWithChildrenShortcut;
    return r;
}
} // namespace

QList<ShortcutEntry> windowShortcuts(const QMainWindow *window)
{
    QList<ShortcutEntry> entries;
    QSet<QAction *> seen;
    if (QMenuBar *bar = window->menuBar()) {
        for (QAction *top : bar->actions()) {
            if (top->menu())
                collectMenu(top->menu(), withoutMnemonic(top->text()), &entries, &seen);
        }
    }
    for (QAction *a : allActions(window)) {
        if (a->shortcuts().isEmpty() || seen.contains(a) || a->isSeparator())
            continue;
        seen.insert(a);
        QString group = QDialog::tr("Other");
        for (const QWidget *w : associatedWidgets(a)) {
            for (const QWidget *p = w; p; p = p->parentWidget()) {
                if (auto *dock = qobject_cast<const QDockWidget *>(p)) {
                    group = dock->windowTitle();
                    break;
                }
            }
        }
        entries.append({group, withoutMnemonic(a->text()), a->shortcuts(), a});
    }
    return entries;
}

QList<ShortcutConflict> shortcutConflicts(const QMainWindow *window, bool enabledOnly)
{
    QList<Reach> reaches;
    for (QAction *a : allActions(window)) {
        const QList<QWidget *> widgets = associatedWidgets(a);
        // An action on no widget answers no key.
        if (a->shortcuts().isEmpty() || widgets.isEmpty() || (enabledOnly && !a->isEnabled()))
            continue;
        reaches.append(reachOf(withoutMnemonic(a->text()), a->shortcuts(), a->shortcutContext(), widgets));
    }
    for (QShortcut *s : window->findChildren<QShortcut *>()) {
        auto *owner = qobject_cast<QWidget *>(s->parent());
        if (s->keys().isEmpty() || !owner || (enabledOnly && !s->isEnabled()))
            continue;
        const QString name = s->objectName().isEmpty() ? QStringLiteral("QShortcut") : s->objectName();
        reaches.append(reachOf(name, s->keys(), s->context(), QList<QWidget *> {owner}));
    }
    QList<ShortcutConflict> conflicts;
    for (qsizetype i = 0; i < reaches.size(); ++i) {
        for (qsizetype j = i + 1; j < reaches.size(); ++j) {
            for (const QKeySequence &key : reaches[i].keys) {
                if (!key.isEmpty() && reaches[j].keys.contains(key) && overlaps(reaches[i], reaches[j]))
                    conflicts.append({key, reaches[i].name, reaches[j].name});
            }
        }
    }
    return conflicts;
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow *window, QWidget *parent)
    : QDialog(parent)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit)
    , m_view(new QTreeView)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_model->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    QHash<QString, QStandardItem *> groups;
    for (const ShortcutEntry &e : windowShortcuts(window)) {
        QStandardItem *&group = groups[e.group];
        if (!group) {
            group = new QStandardItem(e.group);
            m_model->appendRow({group, new QStandardItem});
        }
        QStringList keys;
        for (const QKeySequence &k : e.keys)
            keys.append(k.toString(QKeySequence::NativeText));
        group->appendRow({new QStandardItem(e.name), new QStandardItem(keys.join(tr(", ")))});
    }
    // A row stays when its name or its keys match, and its menu with it.
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(QStringLiteral("shortcutFilter"));
    m_filter->setPlaceholderText(tr("Filter by action or key…"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        m_view->expandAll();
    });
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(520, 600);
}

} // namespace Threadkeeper
