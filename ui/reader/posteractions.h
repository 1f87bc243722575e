// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rule.h"
#include "services/readerservices.h"

#include <QObject>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace Threadkeeper {

class ImportExportActions;
class StatusMessages;
class ThreadView;

// Hiding and following posters: the Posters menu, a rule for the current post's
// poster (undoable, told in the status bar), and the Posters and Rules dialog.
class PosterActions : public QObject
{
    Q_OBJECT
public:
    // The rules dialog opens over window.
    PosterActions(const ReaderServices &services, ThreadView *tree, QUndoStack *undo,
        StatusMessages *messages, ImportExportActions *files, QWidget *window);

    // Fills the Posters menu; returns the actions with keys (for window-wide shortcuts).
    QList<QAction *> addActions(QMenu *posters);
    // Hide or follow the current post's poster, on this site or in this thread.
    void addPosterRule(bool hide, bool threadOnly);
    // The rules dialog, with a rule for poster begun if one is given.
    void showRules(const QString &poster = QString());
    // The scores a new hide or follow rule gets.
    void setThresholds(const ScoreThresholds &thresholds);

Q_SIGNALS:
    // The reader changed the thresholds in the rules dialog.
    void thresholdsChanged(const ScoreThresholds &thresholds);

private:
    ReaderServices m_services;
    ThreadView *m_tree;
    QUndoStack *m_undo;
    StatusMessages *m_messages;
    ImportExportActions *m_files;
    QWidget *m_window;
    ScoreThresholds m_thresholds;
};

} // namespace Threadkeeper
