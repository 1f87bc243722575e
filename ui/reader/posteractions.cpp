// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/posteractions.h"

#include "reader/threadview.h"
#include "settings/importexportactions.h"
#include "settings/rulesdialog.h"
#include "window/statusmessages.h"

#include "models/threadtreemodel.h"
#include "services/rulebook.h"
#include "services/threadsession.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

namespace Threadkeeper {

PosterActions::PosterActions(const ReaderServices &services, ThreadView *tree, QUndoStack *undo,
    StatusMessages *messages, ImportExportActions *files, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_tree(tree)
    , m_undo(undo)
    , m_messages(messages)
    , m_files(files)
    , m_window(window)
{ }

QList<QAction *> PosterActions::addActions(QMenu *posters)
{
    QAction *hidePoster
        = posters->addAction(tr("&Hide Poster"), this, [this] { addPosterRule(true, false); });
    hidePoster->setShortcut(Qt::Key_H);
    QAction *hideHere
        = posters->addAction(tr("Hide Poster in This &Thread"), this, [this] { addPosterRule(true, true); });
    hideHere->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_H));
    QAction *followPoster
        = posters->addAction(tr("&Follow Poster"), this, [this] { addPosterRule(false, false); });
    followPoster->setShortcut(Qt::Key_F);
    QAction *followHere = posters->addAction(
        tr("Follow Poster in This T&hread"), this, [this] { addPosterRule(false, true); });
    followHere->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F));
    posters->addSeparator();
    QAction *rules = posters->addAction(tr("Posters and &Rules…"), this, [this] { showRules(); });
    rules->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    posters->addAction(tr("&Export Rules…"), m_files, &ImportExportActions::exportRules);
    posters->addAction(tr("&Import Rules…"), m_files, &ImportExportActions::importRules);
    // Stable names: the reader's own shortcuts are kept under them (ShortcutSettings).
    hidePoster->setObjectName(QStringLiteral("hidePosterAction"));
    hideHere->setObjectName(QStringLiteral("hidePosterInThreadAction"));
    followPoster->setObjectName(QStringLiteral("followPosterAction"));
    followHere->setObjectName(QStringLiteral("followPosterInThreadAction"));
    rules->setObjectName(QStringLiteral("rulesAction"));
    return {hidePoster, hideHere, followPoster, followHere, rules};
}

void PosterActions::addPosterRule(bool hide, bool threadOnly)
{
    const QModelIndex index = m_tree->currentIndex();
    const QString author = index.data(ThreadTreeModel::AuthorRole).toString();
    const QString url = m_services.session->info().url;
    if (author.isEmpty() || url.isEmpty())
        return;
    Rule rule;
    rule.kind = Rule::Kind::Poster;
    rule.site = siteOfThread(url);
    rule.pattern = author;
    rule.score = hide ? m_thresholds.hide : m_thresholds.follow;
    if (threadOnly) {
        rule.scope = Rule::Scope::Thread;
        rule.threadUrl = url;
    }
    m_undo->push(new AddRuleCommand(
        m_services.rules, rule, hide ? tr("Hide %1").arg(author) : tr("Follow %1").arg(author)));
    m_messages->show(StatusMessages::Cause::Rule,
        tr("%1. Undo with Ctrl+Z; all rules: Posters › Posters and Rules.").arg(rule.describe()));
}

void PosterActions::showRules(const QString &poster)
{
    auto *dialog
        = new RulesDialog(m_services.rules, m_undo, m_services.session->info().url, m_thresholds, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!poster.isEmpty())
        dialog->preparePosterRule(poster);
    connect(dialog, &RulesDialog::thresholdsChanged, this, &PosterActions::thresholdsChanged);
    dialog->open();
}

void PosterActions::setThresholds(const ScoreThresholds &thresholds)
{
    m_thresholds = thresholds;
}

} // namespace Threadkeeper
