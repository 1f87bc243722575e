// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/shortcutsheet.h"

#include "settings/shortcutsettings.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>

namespace Threadkeeper {

namespace {
bool listed(const QAction *a)
{
    return !a->isSeparator()
        && (!a->shortcuts().isEmpty() || a->property(ConfigurableShortcutProperty).toBool());
}

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
        if (!listed(a) || seen->contains(a))
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
    const QObject *owner;
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

Reach reachOf(const QObject *owner, const QString &name, const QList<QKeySequence> &keys,
    Qt::ShortcutContext context, const QList<QWidget *> &widgets)
{
    Reach r {owner, name, keys, false, false, widgets};
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
        if (!listed(a) || seen.contains(a))
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
        reaches.append(reachOf(a, withoutMnemonic(a->text()), a->shortcuts(), a->shortcutContext(), widgets));
    }
    for (QShortcut *s : window->findChildren<QShortcut *>()) {
        auto *owner = qobject_cast<QWidget *>(s->parent());
        if (s->keys().isEmpty() || !owner || (enabledOnly && !s->isEnabled()))
            continue;
        const QString name = s->objectName().isEmpty() ? QStringLiteral("QShortcut") : s->objectName();
        reaches.append(reachOf(s, name, s->keys(), s->context(), QList<QWidget *> {owner}));
    }
    QList<ShortcutConflict> conflicts;
    for (qsizetype i = 0; i < reaches.size(); ++i) {
        for (qsizetype j = i + 1; j < reaches.size(); ++j) {
            for (const QKeySequence &key : reaches[i].keys) {
                if (!key.isEmpty() && reaches[j].keys.contains(key) && overlaps(reaches[i], reaches[j]))
                    conflicts.append(
                        {key, reaches[i].name, reaches[j].name, reaches[i].owner, reaches[j].owner});
            }
        }
    }
    return conflicts;
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow *window, QWidget *parent, ShortcutSettings *settings)
    : QDialog(parent)
    , m_settings(settings)
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
        auto *name = new QStandardItem(e.name);
        name->setData(QVariant::fromValue(static_cast<QObject *>(e.action)), Qt::UserRole);
        auto *keys = new QStandardItem;
        m_keysItems.insert(e.action, keys);
        group->appendRow({name, keys});
        showKeys(e.action);
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
    if (m_settings) {
        // The selected action's key: recorded by pressing it, cleared with the button.
        m_editLabel = new QLabel(tr("Select an action to change its key."));
        m_editLabel->setWordWrap(true);
        m_keyEdit = new QKeySequenceEdit;
        m_keyEdit->setObjectName(QStringLiteral("shortcutEdit"));
        m_keyEdit->setMaximumSequenceLength(1);
        m_keyEdit->setClearButtonEnabled(true);
        m_keyEdit->setToolTip(tr("Press the new key; the key you press becomes the action's only one"));
        m_default = new QPushButton(tr("&Default"));
        m_default->setObjectName(QStringLiteral("shortcutDefault"));
        m_default->setToolTip(tr("The selected action's keys as Threadkeeper comes"));
        auto *row = new QHBoxLayout;
        row->addWidget(m_keyEdit, 1);
        row->addWidget(m_default);
        m_message = new QLabel;
        m_message->setObjectName(QStringLiteral("shortcutMessage"));
        m_message->setWordWrap(true);
        m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_editLabel);
        layout->addLayout(row);
        layout->addWidget(m_message);
        m_resetAll = buttons->addButton(tr("&Reset All to Defaults"), QDialogButtonBox::ResetRole);
        m_resetAll->setObjectName(QStringLiteral("shortcutResetAll"));
        connect(m_resetAll, &QPushButton::clicked, this, &ShortcutsDialog::resetAll);
        connect(m_default, &QPushButton::clicked, this, [this] {
            QAction *action = currentAction();
            QString why;
            if (!action)
                return;
            if (m_settings->reset(action, &why)) {
                endUndoReset();
                say(tr("\u201C%1\u201D has its default keys again.").arg(withoutMnemonic(action->text())));
            } else {
                say(tr("Not changed: %1").arg(why), true);
            }
            onCurrentChanged();
        });
        connect(m_keyEdit, &QKeySequenceEdit::editingFinished, this, [this] {
            if (!m_keyEdit->keySequence().isEmpty())
                assign({m_keyEdit->keySequence()});
        });
        connect(m_keyEdit, &QKeySequenceEdit::keySequenceChanged, this, [this](const QKeySequence &key) {
            // The field empties itself as a recording starts too: only one that stays empty
            // is the clear button's.
            if (key.isEmpty())
                QTimer::singleShot(0, this, [this] {
                    if (m_keyEdit->keySequence().isEmpty())
                        assign({});
                });
        });
        connect(m_settings, &ShortcutSettings::shortcutsChanged, this, [this] {
            for (auto it = m_keysItems.cbegin(); it != m_keysItems.cend(); ++it)
                showKeys(const_cast<QAction *>(it.key()));
        });
        connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ShortcutsDialog::onCurrentChanged);
        onCurrentChanged();
    }
    layout->addWidget(buttons);
    resize(560, 640);
}

void ShortcutsDialog::showKeys(QAction *action)
{
    QStandardItem *item = m_keysItems.value(action);
    if (!item)
        return;
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys.append(k.toString(QKeySequence::NativeText));
    item->setText(keys.join(tr(", ")));
    // What the reader changed stands out.
    QFont font = item->font();
    font.setBold(m_settings && m_settings->isConfigurable(action)
        && action->shortcuts() != m_settings->defaults(action));
    item->setFont(font);
}

QAction *ShortcutsDialog::currentAction() const
{
    const QModelIndex current = m_view->currentIndex();
    return qobject_cast<QAction *>(current.siblingAtColumn(0).data(Qt::UserRole).value<QObject *>());
}

bool ShortcutsDialog::selectAction(const QAction *action)
{
    QStandardItem *keys = m_keysItems.value(action);
    if (!keys)
        return false;
    const QModelIndex shown = m_proxy->mapFromSource(m_model->indexFromItem(keys).siblingAtColumn(0));
    if (!shown.isValid())
        return false;
    m_view->setCurrentIndex(shown);
    return true;
}

void ShortcutsDialog::onCurrentChanged()
{
    QAction *action = currentAction();
    const bool editable = action && m_settings->isConfigurable(action);
    // Shown as the action has it, without that counting as a change.
    const QSignalBlocker blocker(m_keyEdit);
    m_keyEdit->setKeySequence(editable ? action->shortcuts().value(0) : QKeySequence());
    m_keyEdit->setEnabled(editable);
    m_default->setEnabled(editable && action->shortcuts() != m_settings->defaults(action));
    if (!action)
        m_editLabel->setText(tr("Select an action to change its key."));
    else if (editable)
        m_editLabel->setText(tr("Key for \u201C%1\u201D (press it; the clear button removes it):")
                                 .arg(withoutMnemonic(action->text())));
    else
        m_editLabel->setText(
            tr("The key of \u201C%1\u201D cannot be changed.").arg(withoutMnemonic(action->text())));
}

void ShortcutsDialog::assign(const QList<QKeySequence> &keys)
{
    QAction *action = currentAction();
    if (!action || keys == action->shortcuts())
        return;
    QString why;
    const QString name = withoutMnemonic(action->text());
    if (m_settings->assign(action, keys, &why)) {
        endUndoReset();
        say(keys.isEmpty()
                ? tr("\u201C%1\u201D has no key now.").arg(name)
                : tr("\u201C%1\u201D: %2").arg(name, keys.first().toString(QKeySequence::NativeText)));
    } else {
        say(tr("Not changed: %1").arg(why), true);
    }
    onCurrentChanged(); // shows the keys in force, the old ones when refused
}

void ShortcutsDialog::resetAll()
{
    if (m_undoReset) {
        m_settings->restore(m_beforeReset);
        m_beforeReset.clear();
        say(tr("Your own keys are back."));
    } else {
        m_beforeReset = m_settings->resetAll();
        if (m_beforeReset.isEmpty()) {
            say(tr("Every key is already its default."));
            return;
        }
        say(tr("Every key is its default again; the button undoes this while the sheet is open."));
    }
    m_undoReset = !m_undoReset;
    m_resetAll->setText(m_undoReset ? tr("&Undo Reset") : tr("&Reset All to Defaults"));
    onCurrentChanged();
}

void ShortcutsDialog::endUndoReset()
{
    // Another change since: undoing the reset would undo that too.
    m_undoReset = false;
    m_beforeReset.clear();
    m_resetAll->setText(tr("&Reset All to Defaults"));
}

void ShortcutsDialog::say(const QString &text, bool refused)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
        refused ? QColor(0xc0, 0x1c, 0x28) : QApplication::palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

QString ShortcutsDialog::message() const
{
    return m_message ? m_message->text() : QString();
}

} // namespace Threadkeeper
