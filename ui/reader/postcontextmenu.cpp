// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/postcontextmenu.h"

#include "reader/notesactions.h"
#include "reader/posteractions.h"
#include "reader/readmarkactions.h"
#include "reader/threadview.h"

#include "engines/forumengine.h"
#include "models/threadtreemodel.h"
#include "services/threadloader.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>

namespace Threadkeeper {

PostContextMenu::PostContextMenu(const ReaderServices &services, ThreadView *tree, ReadMarkActions *marks,
    PosterActions *posters, NotesActions *notes, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_tree(tree)
    , m_marks(marks)
    , m_posters(posters)
    , m_notes(notes)
{
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &PostContextMenu::show);
}

void PostContextMenu::show(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    const QString id = index.data(ThreadTreeModel::PostIdRole).toString();
    const bool read = index.data(ThreadTreeModel::ReadRole).toBool();
    QMenu menu(m_tree->window());
    menu.addAction(read ? tr("Mark &Unread") : tr("Mark &Read"), this,
        [this, read] { m_marks->markCurrentPost(!read); });
    menu.addSeparator();
    const QString author = index.data(ThreadTreeModel::AuthorRole).toString();
    menu.addAction(tr("&Hide %1").arg(author), this, [this] { m_posters->addPosterRule(true, false); });
    menu.addAction(
        tr("Hide %1 in This &Thread").arg(author), this, [this] { m_posters->addPosterRule(true, true); });
    menu.addAction(tr("&Follow %1").arg(author), this, [this] { m_posters->addPosterRule(false, false); });
    menu.addAction(tr("&Score %1…").arg(author), this, [this, author] { m_posters->showRules(author); });
    menu.addAction(tr("&Note on Post…"), m_notes, &NotesActions::editNote);
    const QString why = index.data(ThreadTreeModel::ScoreExplanationRole).toString();
    if (!why.isEmpty())
        menu.addAction(why)->setEnabled(false);
    menu.addSeparator();
    const ThreadInfo info = m_services.loader->info();
    const ForumEngine *engine = engineByName(info.engine);
    const QUrl link = engine ? engine->postUrl(QUrl(info.url), id) : QUrl();
    const bool onWeb = link.scheme() == QLatin1String("http") || link.scheme() == QLatin1String("https");
    menu.addAction(
            tr("Copy Post &Link"), this, [link] { QGuiApplication::clipboard()->setText(link.toString()); })
        ->setEnabled(onWeb);
    menu.addAction(tr("Open in &Browser"), this, [link] { QDesktopServices::openUrl(link); })
        ->setEnabled(onWeb);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

} // namespace Threadkeeper
