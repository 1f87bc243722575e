// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/subscriptionlist.h"
#include "library/listkeys.h"

#include "domain/dateformat.h"
#include "models/libraryproxymodel.h"
#include "models/subscriptionlistmodel.h"
#include "services/subscriptionbook.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTreeView>

#include <algorithm>

namespace Threadkeeper {

SubscriptionList::SubscriptionList(SubscriptionBook *book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_model(new SubscriptionListModel(this))
    , m_proxy(new LibraryProxyModel(this))
    , m_view(new QTreeView)
{
    setObjectName(QStringLiteral("librarySubscriptions"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SubscriptionListModel::SortRole);
    m_proxy->setFilterRole(SubscriptionListModel::FilterRole);
    m_view->setObjectName(QStringLiteral("librarySubscriptionsView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    new ListKeys(m_view,
        {{Qt::Key_Delete, [this] { unsubscribeCurrent(); }}, {Qt::Key_F5, [this] { refreshCurrent(); }}});
    m_view->viewport()->installEventFilter(this);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true); // the status: an error's words, whole in its tooltip
    header->setMinimumSectionSize(36);
    // Widths from the font, never from the rows; rows with unread items are bold.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int date = 0;
    for (const QDateTime &sample : DateFormat::widthSamples())
        date = std::max(
            date, metrics.horizontalAdvance(QLocale().toString(sample, DateFormat::dayAndTime())) + 16);
    int kind = 0;
    for (ListingKind k : {ListingKind::Feed, ListingKind::Section, ListingKind::FrontPage})
        kind = std::max(kind, metrics.horizontalAdvance(SubscriptionListModel::kindText(k)) + 16);
    const int number = metrics.horizontalAdvance(QLocale().toString(10000)) + 12;
    header->resizeSection(SubscriptionListModel::TitleColumn, 220); // fitTitle() sizes it when shown
    header->resizeSection(SubscriptionListModel::KindColumn, kind);
    for (int column : {SubscriptionListModel::ItemsColumn, SubscriptionListModel::UnreadColumn})
        header->resizeSection(column,
            std::max(number,
                metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 16));
    header->resizeSection(SubscriptionListModel::LastRefreshColumn, date);
    m_view->sortByColumn(SubscriptionListModel::TitleColumn, Qt::AscendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);

    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section == SubscriptionListModel::TitleColumn && !m_fitting)
            m_titleSized = true;
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(SubscriptionListModel::SubscriptionIdRole).toLongLong();
        if (id != 0)
            Q_EMIT subscriptionActivated(id);
    });
    connect(book, &SubscriptionBook::listed, this, &SubscriptionList::list);
    // The book drops it from its list at once; the counts follow with listed().
    connect(book, &SubscriptionBook::removed, this, &SubscriptionList::list);
    connect(book, &SubscriptionBook::added, this, &SubscriptionList::list);
    connect(book, &SubscriptionBook::refreshed, this, [this](qint64 id, int newItems, const QString &error) {
        if (!m_model->isRefreshing(id))
            return; // not asked here: the schedule's, or the window's Refresh All
        m_model->setRefreshing(id, false);
        const QString title = m_model->subscription(id)->title;
        Q_EMIT message(error.isEmpty()
                ? tr("Refreshed \u201C%1\u201D: %n new item(s)", "", newItems).arg(title)
                : tr("Could not refresh \u201C%1\u201D: %2").arg(title, error));
    });
    list();
}

void SubscriptionList::list()
{
    m_model->setSubscriptions(m_book->subscriptions());
}

void SubscriptionList::setFilterText(const QString &text)
{
    m_proxy->setFilterText(text);
}

qint64 SubscriptionList::currentId() const
{
    return m_view->currentIndex().data(SubscriptionListModel::SubscriptionIdRole).toLongLong();
}

qint64 SubscriptionList::firstId() const
{
    return m_proxy->index(0, 0).data(SubscriptionListModel::SubscriptionIdRole).toLongLong();
}

void SubscriptionList::select(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void SubscriptionList::activateCurrent()
{
    if (const qint64 id = currentId())
        Q_EMIT subscriptionActivated(id);
}

void SubscriptionList::unsubscribeCurrent()
{
    if (const qint64 id = currentId())
        Q_EMIT unsubscribeRequested(id);
}

void SubscriptionList::refreshCurrent()
{
    const qint64 id = currentId();
    const Subscription *s = m_model->subscription(id);
    if (!s)
        return;
    m_model->setRefreshing(id, true);
    Q_EMIT message(tr("Refreshing \u201C%1\u201D\u2026").arg(s->title));
    m_book->refresh(id);
}

void SubscriptionList::fitTitle()
{
    if (m_titleSized)
        return;
    // The columns beside the title, in the order they matter; those that do not fit
    // beside a readable title scroll off to the right (the status stretches into what is
    // left). The unread count always shows beside it: a narrow dock shortens the title.
    constexpr int Readable = 200;
    constexpr int Least = 120;
    const QHeaderView *header = m_view->header();
    const int room = m_view->viewport()->width();
    int beside = 0;
    for (int column = SubscriptionListModel::UnreadColumn; column < SubscriptionListModel::StatusColumn;
         ++column)
        beside += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
    for (int column = SubscriptionListModel::StatusColumn - 1;
         column > SubscriptionListModel::UnreadColumn && room - beside < Readable; --column)
        beside -= header->isSectionHidden(column) ? 0 : header->sectionSize(column);
    const QScopedValueRollback fitting(m_fitting, true);
    m_view->header()->resizeSection(
        SubscriptionListModel::TitleColumn, std::clamp(room - beside, Least, 480));
}

bool SubscriptionList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitTitle();
    return QWidget::eventFilter(watched, event);
}

void SubscriptionList::saveState(QSettings *settings) const
{
    settings->setValue(QStringLiteral("library/subscriptionsHeader"), m_view->header()->saveState());
}

void SubscriptionList::restoreState(const QSettings &settings)
{
    const QByteArray header = settings.value(QStringLiteral("library/subscriptionsHeader")).toByteArray();
    if (!header.isEmpty())
        m_titleSized = m_view->header()->restoreState(header);
}

} // namespace Threadkeeper
