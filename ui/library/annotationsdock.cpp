// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/annotationsdock.h"

#include "models/annotationfilterproxy.h"
#include "models/annotationlistmodel.h"
#include "services/annotationbook.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>

namespace Threadkeeper {

AnnotationsDock::AnnotationsDock(AnnotationBook *book, QWidget *parent)
    : QDockWidget(tr("Annotations"), parent)
    , m_book(book)
    , m_model(new AnnotationListModel(this))
    , m_proxy(new AnnotationFilterProxy(this))
    , m_orphanedOnly(new QCheckBox(tr("&Orphaned only")))
    , m_filter(new QLineEdit)
    , m_view(new QTreeView)
{
    setObjectName(QStringLiteral("annotationsDock"));
    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(tr("Filter notes and highlights"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &AnnotationFilterProxy::setText);
    m_orphanedOnly->setToolTip(tr("Highlights whose words are no longer in the post"));
    connect(m_orphanedOnly, &QCheckBox::toggled, m_proxy, &AnnotationFilterProxy::setOrphanedOnly);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AnnotationListModel::DateColumn, Qt::DescendingOrder);
    m_view->header()->resizeSection(AnnotationListModel::ThreadColumn, 160);
    m_view->header()->resizeSection(AnnotationListModel::TextColumn, 220);
    m_view->installEventFilter(this);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_orphanedOnly);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setWidget(box);
    setMinimumWidth(200); // narrow beside the reading panes; its columns scroll

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT postActivated(index.data(AnnotationListModel::ThreadUrlRole).toString(),
            index.data(AnnotationListModel::PostIdRole).toString());
    });
    auto refill = [this] {
        QHash<QString, AnnotatedPost> posts;
        for (const Annotation &a : m_book->annotations())
            posts.insert(annotatedPostKey(a), m_book->post(a));
        m_model->setAnnotations(m_book->annotations(), posts);
    };
    connect(m_book, &AnnotationBook::annotationsChanged, this, refill);
    refill();
}

bool AnnotationsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete && m_view->currentIndex().isValid()) {
        Q_EMIT removeRequested(
            m_view->currentIndex().data(AnnotationListModel::AnnotationIdRole).toLongLong());
        return true;
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace Threadkeeper
