// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/threadview.h"

#include "models/threadtreemodel.h"
#include "reader/uistyle.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace Threadkeeper {

namespace {
// Tints rows by followed posters, marks posts that are new since the last visit with a
// small dot before the author, and dims what a find in the thread did not match.
class ThreadRowDelegate : public QStyledItemDelegate
{
public:
    explicit ThreadRowDelegate(ThreadView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }
    void paint(QPainter *painter, const QStyleOptionViewItem &given, const QModelIndex &index) const override
    {
        QStyleOptionViewItem option = given;
        if (m_view->isDimmed(index)) {
            const QColor dim = option.palette.color(QPalette::PlaceholderText);
            option.palette.setColor(QPalette::Text, dim);
            option.palette.setColor(QPalette::HighlightedText, dim);
        }
        if (index.data(ThreadTreeModel::FollowedRole).toBool() && !(option.state & QStyle::State_Selected))
            painter->fillRect(option.rect, readerStyle(option.palette).followedBackground);
        QStyledItemDelegate::paint(painter, option, index);
        if (index.column() != ThreadTreeModel::PostColumn || !index.data(ThreadTreeModel::NewRole).toBool())
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Highlight));
        const int d = std::max(4, option.rect.height() / 4);
        painter->drawEllipse(QRect(option.rect.left() - d - 2, option.rect.center().y() - d / 2, d, d));
        painter->restore();
    }

private:
    ThreadView *m_view;
};
} // namespace

ThreadView::ThreadView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("threadView"));
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setItemDelegate(new ThreadRowDelegate(this));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    setIndentation(16);
}

void ThreadView::setMatches(const QSet<QString> &postIds)
{
    m_matches = postIds;
    m_finding = true;
    viewport()->update();
}

void ThreadView::clearMatches()
{
    m_matches.clear();
    m_finding = false;
    viewport()->update();
}

bool ThreadView::isDimmed(const QModelIndex &index) const
{
    return m_finding && !m_matches.contains(index.data(ThreadTreeModel::PostIdRole).toString());
}

void ThreadView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    // Conversations show open, as they arrive: a reply tree is read, not browsed.
    connect(model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &parent, int first, int last) {
            if (parent.isValid())
                expand(parent);
            // Rows can arrive with their replies already under them (a batch): open those too.
            // The view lays out once later, so each expand only records the wish.
            QList<QModelIndex> open;
            for (int row = first; row <= last; ++row)
                open.append(this->model()->index(row, 0, parent));
            while (!open.isEmpty()) {
                const QModelIndex index = open.takeLast();
                const int children = this->model()->rowCount(index);
                if (children == 0)
                    continue;
                expand(index);
                for (int row = 0; row < children; ++row)
                    open.append(this->model()->index(row, 0, index));
            }
        });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ThreadView::rememberPlace);
    connect(model, &QAbstractItemModel::modelReset, this, &ThreadView::restorePlace);
    connect(model, &QAbstractItemModel::rowsMoved, this,
        [this](const QModelIndex &, int, int, const QModelIndex &destination) {
            if (destination.isValid())
                expand(destination);
        });
}

void ThreadView::rememberPlace()
{
    m_place = Place {};
    m_place.current = currentIndex().data(ThreadTreeModel::PostIdRole).toString();
    m_place.top = indexAt(QPoint(0, 0)).data(ThreadTreeModel::PostIdRole).toString();
    QList<QModelIndex> open {QModelIndex()};
    while (!open.isEmpty()) {
        const QModelIndex parent = open.takeLast();
        for (int row = 0; row < model()->rowCount(parent); ++row) {
            const QModelIndex index = model()->index(row, 0, parent);
            if (model()->rowCount(index) == 0)
                continue;
            if (!isExpanded(index))
                m_place.collapsed.append(index.data(ThreadTreeModel::PostIdRole).toString());
            open.append(index);
        }
    }
}

void ThreadView::restorePlace()
{
    const Place place = std::exchange(m_place, Place {});
    auto *threads = qobject_cast<ThreadTreeModel *>(model());
    if (!threads || threads->postCount() == 0)
        return; // another thread: nothing to come back to
    expandAll();
    for (const QString &id : place.collapsed)
        collapse(threads->indexOf(id));
    if (const QModelIndex current = threads->indexOf(place.current); current.isValid())
        setCurrentIndex(current);
    if (const QModelIndex top = threads->indexOf(place.top); top.isValid())
        scrollTo(top, QAbstractItemView::PositionAtTop);
}

void ThreadView::reveal(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        expand(p);
    setCurrentIndex(index);
    scrollTo(index);
}

} // namespace Threadkeeper
