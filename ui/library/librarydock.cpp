// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/librarydock.h"
#include "library/listkeys.h"

#include "library/subscriptionlist.h"

#include "domain/dateformat.h"
#include "domain/scorer.h"
#include "models/librarymodel.h"
#include "models/libraryproxymodel.h"
#include "services/annotationbook.h"
#include "services/removethreadcommand.h"
#include "services/retention.h"
#include "services/threadsession.h"
#include "services/watchlist.h"
#include "store/cachestore.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>

namespace Threadkeeper {

LibraryDock::LibraryDock(CacheStore *store, WatchList *watch, Retention *retention,
    AnnotationBook *annotations, ThreadSession *session, QUndoStack *undo, QWidget *parent)
    : QDockWidget(tr("Library"), parent)
    , m_store(store)
    , m_watch(watch)
    , m_retention(retention)
    , m_annotations(annotations)
    , m_session(session)
    , m_undo(undo)
    , m_model(new LibraryModel(this))
    , m_proxy(new LibraryProxyModel(this))
    , m_filter(new QLineEdit)
    , m_view(new QTreeView)
    , m_tabs(new QTabWidget)
    , m_status(new QLabel)
    , m_size(new QLabel)
    , m_compact(new QPushButton(tr("&Compact")))
    , m_busy(new QProgressBar)
    , m_keepDays(new QSpinBox)
{
    setObjectName(QStringLiteral("libraryDock"));
    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setPlaceholderText(tr("Filter by title, address or engine"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    new ListKeys(m_view,
        {{Qt::Key_Delete, [this] { removeCurrent(); }}, {Qt::Key_W, [this] { toggleWatchOfCurrent(); }}});
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(36);
    // Widths from the font, never from the rows: no walk over 2,000 of them. Rows with
    // news are bold: measure in bold.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int date = 0;
    for (const QDateTime &sample : DateFormat::widthSamples())
        date = std::max(
            date, metrics.horizontalAdvance(QLocale().toString(sample.date(), DateFormat::date())) + 16);
    const int number = metrics.horizontalAdvance(QLocale().toString(10000)) + 12;
    header->resizeSection(LibraryModel::TitleColumn, 240);
    header->resizeSection(
        LibraryModel::EngineColumn, metrics.horizontalAdvance(QStringLiteral("hackernews")) + 16);
    for (int column : {LibraryModel::PostsColumn, LibraryModel::UnreadColumn, LibraryModel::NewColumn})
        header->resizeSection(column, number);
    header->resizeSection(LibraryModel::LastVisitColumn, date);
    header->resizeSection(LibraryModel::LastPostColumn, date);
    header->resizeSection(
        LibraryModel::SizeColumn, metrics.horizontalAdvance(QStringLiteral("1023.9 KiB")) + 16);
    header->resizeSection(LibraryModel::WatchedColumn, metrics.horizontalAdvance(tr("Watched")) + 16);
    m_view->sortByColumn(LibraryModel::LastVisitColumn, Qt::DescendingOrder);

    m_status->setObjectName(QStringLiteral("libraryStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_size->setObjectName(QStringLiteral("librarySize"));
    m_compact->setObjectName(QStringLiteral("libraryCompact"));
    m_compact->setToolTip(
        tr("Give the cache's free space back to the disk (VACUUM); reading goes on meanwhile"));
    m_busy->setRange(0, 0); // busy: SQLite tells no progress
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(m_compact->sizeHint().height() / 2);
    m_busy->hide();
    m_keepDays->setObjectName(QStringLiteral("libraryKeepDays"));
    m_keepDays->setRange(0, 3650);
    m_keepDays->setSpecialValueText(tr("forever"));
    m_keepDays->setSuffix(tr(" days"));
    m_keepDays->setValue(m_retention->keepDays());
    m_keepDays->setToolTip(
        tr("Threads you have not opened for this long are removed from the cache, unless "
           "they are watched, annotated, have unread posts or posts by posters you follow"));
    auto *keepLabel = new QLabel(tr("&Keep unwatched threads:"));
    keepLabel->setBuddy(m_keepDays);

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    m_tabs->setObjectName(QStringLiteral("libraryTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabBarAutoHide(true); // no bar over the threads alone
    m_tabs->addTab(m_view, tr("Threads"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(m_busy);
    sizeRow->addWidget(m_compact);
    layout->addLayout(sizeRow);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(keepLabel);
    keepRow->addWidget(m_keepDays);
    keepRow->addStretch(1);
    layout->addLayout(keepRow);
    setWidget(box);
    setMinimumWidth(200);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        if (m_subscriptions)
            m_subscriptions->setFilterText(text);
        if (!text.trimmed().isEmpty())
            m_view->expandAll(); // what matches shows, wherever it is
    });
    connect(m_view, &QTreeView::activated, this, &LibraryDock::activate);
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsed.insert(index.data(LibraryModel::FilterRole).toString());
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsed.remove(index.data(LibraryModel::FilterRole).toString());
    });
    connect(m_model, &LibraryModel::watchToggled, m_watch, &WatchList::setWatched);
    connect(m_watch, &WatchList::watchChanged, m_model, &LibraryModel::setWatched);
    connect(m_compact, &QPushButton::clicked, this, &LibraryDock::compact);
    connect(m_retention, &Retention::keepDaysChanged, m_keepDays, &QSpinBox::setValue);
    connect(m_keepDays, &QSpinBox::editingFinished, this, [this] {
        if (m_keepDays->value() != m_retention->keepDays())
            m_retention->setKeepDays(m_keepDays->value());
    });
    connect(m_retention, &Retention::evicted, this, [this](const QList<ThreadSummary> &gone) {
        if (gone.isEmpty())
            return;
        QStringList titles;
        for (const ThreadSummary &t : gone.mid(0, 3))
            titles.append(t.info.title.isEmpty() ? t.info.url : t.info.title);
        say(tr("Removed %n thread(s) not opened for %1: %2", nullptr, int(gone.size()))
                .arg(tr("%n day(s)", nullptr, m_retention->keepDays()))
                .arg(
                    titles.join(QStringLiteral(", ")) + (gone.size() > 3 ? QStringLiteral("…") : QString())));
        refresh();
    });
    connect(m_retention, &Retention::failed, this,
        [this](const QString &error) { say(tr("Could not let old threads go: %1").arg(error)); });

    m_soon.setSingleShot(true);
    m_soon.setInterval(400);
    connect(&m_soon, &QTimer::timeout, this, &LibraryDock::refresh);
    connect(store, &CacheStore::pageSaved, this, &LibraryDock::refreshSoon);
    connect(store, &CacheStore::libraryListed, this, [this](const LibraryListing &listing) {
        m_listing = false;
        m_model->setThreads(listing.threads);
        showSize(listing.size);
        expandSites();
        Q_EMIT refreshed();
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
    connect(store, &CacheStore::threadRemoved, this,
        [this](quint64, const QString &url, const QString &title, int posts, const QString &error) {
            if (!title.isEmpty())
                m_titles.insert(url, title);
            if (!error.isEmpty())
                say(tr("Could not remove the thread: %1").arg(error));
            else if (!title.isNull())
                say(tr(
                    "Removed \u201C%1\u201D (%n post(s)) from the cache. Undo with Ctrl+Z.", nullptr, posts)
                        .arg(title));
            refresh();
        });
    connect(
        store, &CacheStore::threadRestored, this, [this](quint64, const QString &url, const QString &error) {
            if (!error.isEmpty())
                say(tr("Could not put the thread back: %1").arg(error));
            else
                say(tr("\u201C%1\u201D is back in the cache.").arg(m_titles.value(url, url)));
            refresh();
        });
    connect(store, &CacheStore::compacted, this,
        [this](const CacheSize &before, const CacheSize &after, const QString &error) {
            m_busy->hide();
            m_compact->setEnabled(true);
            if (!error.isEmpty()) {
                say(tr("Could not compact the cache: %1").arg(error));
            } else {
                say(tr("Compacted the cache: %1 \u2192 %2")
                        .arg(QLocale().formattedDataSize(before.fileBytes),
                            QLocale().formattedDataSize(after.fileBytes)));
                showSize(after);
            }
            Q_EMIT compacted();
        });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_dirty)
            refresh();
    });
}

void LibraryDock::begin()
{
    show();
    raise();
    m_filter->setFocus();
    m_filter->selectAll();
    refresh();
}

void LibraryDock::refresh()
{
    m_soon.stop();
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    if (m_listing) {
        m_again = true; // one more once this one is in: never a queue of them
        return;
    }
    m_listing = true;
    // Counted as the open thread counts: what the rules hide is never unread nor new.
    m_store->listLibrary(hiddenBy(m_session->scorer()));
}

void LibraryDock::refreshSoon()
{
    if (!isVisible())
        m_dirty = true;
    else
        m_soon.start();
}

QString LibraryDock::currentThreadUrl() const
{
    return m_view->currentIndex().data(LibraryModel::ThreadUrlRole).toString();
}

void LibraryDock::removeCurrent()
{
    const QString url = currentThreadUrl();
    const ThreadSummary *thread = m_model->thread(url);
    if (!thread)
        return;
    const QString title = thread->info.title.isEmpty() ? url : thread->info.title;
    int notes = 0;
    for (const Annotation &a : m_annotations->annotations())
        notes += a.threadUrl == url ? 1 : 0;
    if (notes == 0) {
        remove(url, title);
        return;
    }
    // Annotations are kept by the thread's address, not with its posts: they stay, and
    // come back with the thread if it is cached again.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Thread"),
        tr("\u201C%1\u201D holds %n annotation(s). Remove the thread from the cache?", nullptr, notes)
            .arg(title),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeAnnotatedThread"));
    box->setInformativeText(
        tr("Your annotations are kept: they show again when the thread is cached again."));
    QPushButton *yes = box->addButton(tr("&Remove"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, url, title](QAbstractButton *button) {
        if (button == yes)
            remove(url, title);
    });
    box->open();
}

void LibraryDock::remove(const QString &url, const QString &title)
{
    m_undo->push(new RemoveThreadCommand(m_store, url, title));
}

void LibraryDock::toggleWatchOfCurrent()
{
    const QString url = currentThreadUrl();
    if (const ThreadSummary *thread = m_model->thread(url))
        m_watch->setWatched(url, !thread->watched);
}

void LibraryDock::compact()
{
    if (!m_compact->isEnabled())
        return;
    m_compact->setEnabled(false);
    m_busy->show();
    say(tr("Compacting the cache…"));
    m_store->compact();
}

void LibraryDock::say(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    Q_EMIT message(text);
}

QString LibraryDock::statusText() const
{
    return m_status->text();
}

void LibraryDock::showSize(const CacheSize &size)
{
    const QLocale locale;
    m_size->setText(size.freeBytes > 0
            ? tr("Cache: %1 on disk, %2 of it free")
                  .arg(locale.formattedDataSize(size.fileBytes), locale.formattedDataSize(size.freeBytes))
            : tr("Cache: %1 on disk").arg(locale.formattedDataSize(size.fileBytes)));
}

void LibraryDock::expandSites()
{
    // New sites open; those the reader folded stay folded.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex site = m_proxy->index(row, 0);
        if (!m_collapsed.contains(site.data(LibraryModel::FilterRole).toString())
            && !m_view->isExpanded(site))
            m_view->expand(site);
    }
}

void LibraryDock::activate(const QModelIndex &index)
{
    const QString url = index.data(LibraryModel::ThreadUrlRole).toString();
    if (!url.isEmpty())
        Q_EMIT threadActivated(url);
}

QModelIndex LibraryDock::firstThread(const QModelIndex &parent) const
{
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (!index.data(LibraryModel::ThreadUrlRole).toString().isEmpty())
            return index;
        const QModelIndex below = firstThread(index);
        if (below.isValid())
            return below;
    }
    return {};
}

bool LibraryDock::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QDockWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (watched == m_filter && event->type() == QEvent::KeyPress && plain) {
        // From the filter: Enter opens the first match, Down goes to the list.
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (m_subscriptions && m_tabs->currentWidget() == m_subscriptions
            && (enter || key->key() == Qt::Key_Down)) {
            if (const qint64 first = m_subscriptions->firstId()) {
                m_subscriptions->select(first);
                if (enter)
                    m_subscriptions->activateCurrent();
                else
                    m_subscriptions->setFocus();
            }
            return true;
        }
        if (enter || key->key() == Qt::Key_Down) {
            const QModelIndex first = firstThread();
            if (first.isValid()) {
                m_view->setCurrentIndex(first);
                if (key->key() == Qt::Key_Down)
                    m_view->setFocus();
                else
                    activate(first);
            }
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

void LibraryDock::saveState(QSettings *settings) const
{
    settings->setValue(QStringLiteral("library/header"), m_view->header()->saveState());
    if (m_subscriptions)
        m_subscriptions->saveState(settings);
}

void LibraryDock::restoreState(const QSettings &settings)
{
    const QByteArray header = settings.value(QStringLiteral("library/header")).toByteArray();
    if (!header.isEmpty())
        m_view->header()->restoreState(header);
    if (m_subscriptions)
        m_subscriptions->restoreState(settings);
}

void LibraryDock::addSubscriptions(SubscriptionBook *book)
{
    if (m_subscriptions)
        return;
    m_subscriptions = new SubscriptionList(book);
    m_subscriptions->setFilterText(m_filter->text());
    m_tabs->addTab(m_subscriptions, tr("Subscriptions"));
    connect(
        m_subscriptions, &SubscriptionList::subscriptionActivated, this, &LibraryDock::subscriptionActivated);
    connect(
        m_subscriptions, &SubscriptionList::unsubscribeRequested, this, &LibraryDock::unsubscribeRequested);
    connect(m_subscriptions, &SubscriptionList::message, this, &LibraryDock::say);
}

} // namespace Threadkeeper
