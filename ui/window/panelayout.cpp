// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/panelayout.h"

#include "domain/dateformat.h"
#include "models/threadtreemodel.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QFont>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QSplitter>

#include <algorithm>

namespace Threadkeeper {

PaneLayout::PaneLayout(QSplitter *outer, QWidget *article, QObject *parent)
    : QObject(parent)
    , m_outer(outer)
    , m_article(article)
    , m_articleAction(new QAction(tr("&Article"), this))
{
    m_articleAction->setCheckable(true);
    m_articleAction->setChecked(true);
    m_articleAction->setShortcut(Qt::Key_F9);
    m_articleAction->setObjectName(QStringLiteral("articleAction"));
    connect(m_articleAction, &QAction::toggled, this, &PaneLayout::update);
    m_article->setMinimumWidth(ArticleMinimum);
    m_outer->widget(0)->setMinimumWidth(TreeMinimum);
    m_outer->setChildrenCollapsible(false);
    m_outer->installEventFilter(this);
}

QSize PaneLayout::firstWindowSize(const QSize &available)
{
    // Leave room for the desktop's panels and the window frame.
    return QSize(std::min(1280, available.width() * 95 / 100), std::min(800, available.height() * 95 / 100));
}

void PaneLayout::fitTreeColumns(QHeaderView *header)
{
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ThreadTreeModel::PostColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ThreadTreeModel::SnippetColumn, QHeaderView::Stretch);
    // The date's width from the font, not from the rows: no walk over 10,000 of them.
    // Unread rows are bold: measure in bold.
    QFont font = header->parentWidget() ? header->parentWidget()->font() : header->font();
    font.setBold(true);
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const QDateTime &sample : DateFormat::widthSamples())
        widest
            = std::max(widest, metrics.horizontalAdvance(QLocale().toString(sample, DateFormat::dateTime())));
    header->setSectionResizeMode(ThreadTreeModel::DateColumn, QHeaderView::Fixed);
    header->resizeSection(ThreadTreeModel::DateColumn, widest + 16);
    header->setMinimumSectionSize(40);
}

bool PaneLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_outer && event->type() == QEvent::Resize)
        update();
    return QObject::eventFilter(watched, event);
}

void PaneLayout::update()
{
    const bool wanted = m_articleAction->isChecked();
    // Hidden for want of room, the article comes back on its own when there is room.
    const bool room = m_outer->width() >= TreeMinimum + ArticleMinimum + m_outer->handleWidth();
    m_article->setVisible(wanted && room);
}

} // namespace Threadkeeper
