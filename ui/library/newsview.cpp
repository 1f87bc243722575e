// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/newsview.h"
#include "library/listkeys.h"

#include "domain/dateformat.h"
#include "models/newsmodel.h"
#include "services/subscriptionbook.h"
#include "services/watchlist.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStyledItemDelegate>
#include <QTreeView>

#include <algorithm>
#include <memory>

namespace Threadkeeper {

namespace {
// The discussion's count in its short form ("★ 30, 4 new") where the column is too narrow
// for the words ("★ 30 comments, 4 new"): a narrow list keeps what is new readable.
class DiscussionDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        constexpr int margins = 12; // the cell's text margins, both sides, with room to spare
        if (option->fontMetrics.horizontalAdvance(option->text) + margins > option->rect.width())
            option->text = index.data(NewsModel::ShortTextRole).toString();
    }
};
} // namespace

NewsView::NewsView(SubscriptionBook *book, WatchList *watch, QWidget *parent)
    : QDockWidget(tr("News"), parent)
    , m_book(book)
    , m_watch(watch)
    , m_model(new NewsModel(this))
    , m_chooser(new QComboBox)
    , m_view(new QTreeView)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("newsDock"));
    m_chooser->setObjectName(QStringLiteral("newsSubscriptions"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(16);
    m_view->setObjectName(QStringLiteral("newsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // M marks a post read and W watches the open thread elsewhere: here they act on the list.
    new ListKeys(m_view,
        {{Qt::Key_N, [this] { nextUnread(); }}, {Qt::Key_M, [this] { toggleReadOfCurrent(); }},
            {Qt::Key_W, [this] { toggleWatchOfCurrent(); }}, {Qt::Key_Return, [this] { activateCurrent(); }},
            {Qt::Key_Enter, [this] { activateCurrent(); }}});
    m_view->viewport()->installEventFilter(this); // its width, once laid out
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(NewsModel::DiscussionColumn, new DiscussionDelegate(m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(NewsModel::TitleColumn, QHeaderView::Stretch);
    // Widths from the font, never from the rows; unread rows are bold: measure in bold.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int date = 0;
    for (const QDateTime &sample : DateFormat::widthSamples())
        date = std::max(
            date, metrics.horizontalAdvance(QLocale().toString(sample, DateFormat::dayAndTime())) + 16);
    m_subscriptionWidth = metrics.horizontalAdvance(QLatin1Char('x')) * 16;
    m_discussionWidth = metrics.horizontalAdvance(QStringLiteral("\u2605 ") + tr("%n comment(s)", "", 888)
                            + QStringLiteral(", ") + tr("%n new", "comments", 88))
        + 16;
    m_discussionShort = metrics.horizontalAdvance(QStringLiteral("\u2605 ") + QLocale().toString(888)
                            + QStringLiteral(", ") + tr("%n new", "comments", 88))
        + 16;
    m_dateWidth = date;
    m_titleMinimum = metrics.horizontalAdvance(QLatin1Char('x')) * 18;
    header->resizeSection(NewsModel::SubscriptionColumn, m_subscriptionWidth);
    header->resizeSection(NewsModel::DiscussionColumn, m_discussionWidth);
    header->resizeSection(NewsModel::DateColumn, m_dateWidth);
    m_status->setObjectName(QStringLiteral("newsStatus"));
    m_status->setWordWrap(true);
    auto *chooserLabel = new QLabel(tr("&Show:"));
    chooserLabel->setBuddy(m_chooser);

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    top->addWidget(chooserLabel);
    top->addWidget(m_chooser, 1);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    setWidget(box);
    setMinimumWidth(200);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this] {
        fitColumns();
        reload();
    });
    connect(m_view, &QTreeView::activated, this, &NewsView::activate);
    connect(m_view, &QWidget::customContextMenuRequested, this, &NewsView::showContextMenu);
    if (m_watch) {
        // In place, whoever changed it (here, the reader's W, the library).
        connect(m_watch, &WatchList::watchChanged, this, [this](const QString &url, bool watched) {
            m_model->setWatched(url, watched);
            if (url != std::exchange(m_watchAsked, QString()))
                return;
            const QString title = std::exchange(m_watchTitle, QString());
            m_status->setText(watched ? tr("Watching \u201C%1\u201D: refreshed in the background").arg(title)
                                      : tr("No longer watching \u201C%1\u201D").arg(title));
        });
        connect(m_watch, &WatchList::listed, this, [this] {
            m_model->setWatchedThreads([this](const QString &thread) { return m_watch->isWatched(thread); });
        });
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NewsView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NewsView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NewsView::updateStatus);
    connect(book, &SubscriptionBook::itemsLoaded, this, [this](qint64 id, const QList<NewsItem> &items) {
        if (id != currentSubscription())
            return; // an answer for a choice the reader has left
        m_loading = -1;
        m_model->setItems(items);
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateStatus();
        Q_EMIT reloaded();
    });
    // The list of subscriptions, and with it their items, as they change.
    connect(book, &SubscriptionBook::listed, this, &NewsView::listSubscriptions);
    connect(book, &SubscriptionBook::added, this, [this] { listSubscriptions(); });
    connect(book, &SubscriptionBook::removed, this, [this] { listSubscriptions(); });
    connect(book, &SubscriptionBook::restored, this, [this] { listSubscriptions(); });
    connect(book, &SubscriptionBook::refreshed, this, [this](qint64 id, int newItems, const QString &) {
        if (newItems > 0 && (currentSubscription() == 0 || currentSubscription() == id))
            reload();
        else
            updateStatus(); // its error, if any
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            reload();
    });
    listSubscriptions();
}

void NewsView::begin()
{
    show();
    raise();
    m_view->setFocus();
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void NewsView::listSubscriptions()
{
    const qint64 chosen = currentSubscription();
    const QSignalBlocker quiet(m_chooser); // one reload below, not one per entry
    m_chooser->clear();
    int total = 0;
    for (const Subscription &s : m_book->subscriptions())
        total += s.unread;
    m_chooser->addItem(
        total > 0 ? tr("All subscriptions (%1)").arg(total) : tr("All subscriptions"), qint64(0));
    QList<Subscription> list = m_book->subscriptions();
    std::sort(list.begin(), list.end(),
        [](const Subscription &a, const Subscription &b) { return a.title.localeAwareCompare(b.title) < 0; });
    for (const Subscription &s : std::as_const(list)) {
        const QString title = s.title.isEmpty() ? s.url.toDisplayString() : s.title;
        m_chooser->addItem(s.unread > 0 ? tr("%1 (%2)").arg(title).arg(s.unread) : title, s.id);
        if (!s.lastError.isEmpty())
            m_chooser->setItemData(m_chooser->count() - 1, s.lastError, Qt::ToolTipRole);
    }
    const int at = m_chooser->findData(chosen);
    m_chooser->setCurrentIndex(at < 0 ? 0 : at);
    reload();
}

void NewsView::reload()
{
    if (!isVisible())
        return; // listed when shown
    m_loading = currentSubscription();
    m_book->loadItems(m_loading);
}

qint64 NewsView::currentSubscription() const
{
    return m_chooser->currentIndex() < 0 ? 0 : m_chooser->currentData().toLongLong();
}

void NewsView::showSubscription(qint64 id)
{
    const int at = m_chooser->findData(id);
    if (at >= 0)
        m_chooser->setCurrentIndex(at);
}

qint64 NewsView::subscriptionAtCursor() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        return current.data(NewsModel::SubscriptionIdRole).toLongLong();
    return currentSubscription();
}

bool NewsView::nextUnread()
{
    const QModelIndex next = m_model->nextUnread(m_view->currentIndex());
    if (!next.isValid()) {
        m_status->setText(tr("Nothing unread here."));
        return false;
    }
    m_view->setCurrentIndex(next);
    m_view->scrollTo(next);
    return true;
}

void NewsView::toggleReadOfCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        setRead(current, current.data(NewsModel::UnreadRole).toBool());
}

void NewsView::activateCurrent()
{
    activate(m_view->currentIndex());
}

void NewsView::toggleWatchOfCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_watch)
        return;
    const NewsItem &item = m_model->item(current.row());
    const QString title = item.item.title.isEmpty() ? item.item.link.toDisplayString() : item.item.title;
    if (item.item.thread.isEmpty()) {
        m_status->setText(tr("\u201C%1\u201D has no discussion Threadkeeper can watch.").arg(title));
        return;
    }
    // The watch is a mark on the cached thread: one never opened has nowhere to keep it
    // (the store would confirm a mark it did not make).
    if (!item.isDiscussionCached()) {
        m_status->setText(tr("Open \u201C%1\u201D (Enter) before watching it: only a discussion in the "
                             "library can be watched.")
                              .arg(title));
        return;
    }
    m_watchAsked = item.item.thread;
    m_watchTitle = title;
    m_watch->setWatched(item.item.thread, !m_watch->isWatched(item.item.thread));
}

void NewsView::showContextMenu(const QPoint &at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    const std::unique_ptr<QMenu> menu(createContextMenu(index, this));
    menu->exec(m_view->viewport()->mapToGlobal(at));
}

QMenu *NewsView::createContextMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("newsContextMenu"));
    QAction *open = menu->addAction(tr("&Open Discussion"), this, &NewsView::activateCurrent);
    open->setShortcut(Qt::Key_Return);
    QAction *read = menu->addAction(
        index.data(NewsModel::UnreadRole).toBool() ? tr("&Mark as Read") : tr("&Mark as Unread"), this,
        &NewsView::toggleReadOfCurrent);
    read->setShortcut(Qt::Key_M);
    QAction *watch = menu->addAction(tr("&Watch Discussion"), this, &NewsView::toggleWatchOfCurrent);
    watch->setObjectName(QStringLiteral("newsWatchAction"));
    watch->setShortcut(Qt::Key_W);
    watch->setCheckable(true);
    watch->setChecked(index.data(NewsModel::WatchedRole).toBool());
    // Offered where it can be done: a cached discussion.
    watch->setEnabled(m_watch && index.data(NewsModel::CachedRole).toBool()
        && !index.data(NewsModel::ThreadRole).toString().isEmpty());
    if (!watch->isEnabled()) {
        menu->setToolTipsVisible(true);
        watch->setToolTip(index.data(NewsModel::ThreadRole).toString().isEmpty()
                ? tr("No discussion Threadkeeper can watch")
                : tr("Open it first: only a discussion in the library can be watched"));
    }
    return menu;
}

void NewsView::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const NewsItem item = m_model->item(index.row());
    setRead(index, true);
    Q_EMIT itemActivated(item);
}

void NewsView::setRead(const QModelIndex &index, bool read)
{
    const qint64 subscription = index.data(NewsModel::SubscriptionIdRole).toLongLong();
    const QString key = index.data(NewsModel::KeyRole).toString();
    if (index.data(NewsModel::UnreadRole).toBool() != read)
        return;
    // Shown at once; the book keeps it (and lists the counts anew).
    m_model->setRead(subscription, key, read);
    m_book->markItemsRead({{subscription, key}}, read);
}

void NewsView::updateStatus()
{
    if (m_book->subscriptions().isEmpty()) {
        m_status->setText(tr("No subscriptions yet: File \u203A Subscribe\u2026 (Ctrl+Shift+S) takes a feed, "
                             "a forum section or a site's address."));
        return;
    }
    const std::optional<Subscription> chosen = m_book->subscription(currentSubscription());
    if (chosen && !chosen->lastError.isEmpty()) {
        m_status->setText(tr("The last refresh failed: %1").arg(chosen->lastError));
        return;
    }
    const int unread = m_model->unreadCount();
    m_status->setText(
        tr("%n item(s)", "", m_model->itemCount()) + QStringLiteral(", ") + tr("%n unread", "items", unread));
}

QString NewsView::statusText() const
{
    return m_status->text();
}

void NewsView::fitColumns()
{
    // Narrow (the dock beside a thread in an 800x600 window): the title keeps room to be
    // read and nothing scrolls sideways. The subscription goes first (the chooser names it
    // when one is shown), then the date (the title's tooltip gives it); the discussion
    // stays, its count in short words if need be.
    const int width = m_view->viewport()->width();
    m_view->header()->resizeSection(NewsModel::DiscussionColumn,
        std::clamp(
            width - m_titleMinimum, m_discussionShort, std::max(m_discussionShort, m_discussionWidth)));
    const int needed = m_titleMinimum + m_discussionWidth;
    const bool date = width >= needed + m_dateWidth;
    const bool subscription
        = currentSubscription() == 0 && width >= needed + m_dateWidth + m_subscriptionWidth;
    if (m_view->isColumnHidden(NewsModel::DateColumn) == date)
        m_view->setColumnHidden(NewsModel::DateColumn, !date);
    if (m_view->isColumnHidden(NewsModel::SubscriptionColumn) == subscription)
        m_view->setColumnHidden(NewsModel::SubscriptionColumn, !subscription);
}

bool NewsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QDockWidget::eventFilter(watched, event);
}

} // namespace Threadkeeper
