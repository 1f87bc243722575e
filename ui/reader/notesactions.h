// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/readerservices.h"

#include <QObject>

class QAction;
class QInputDialog;
class QMenu;
class QUndoStack;
class QWidget;

namespace Threadkeeper {

class AnnotationsDock;
class ArticlePanel;
class ErrorBar;
class ImportExportActions;
class PostView;

// The reader's notes and highlights: the Notes menu, the note and highlight editors
// (undoable), and the annotations shown in the tree, the post view and the article.
class NotesActions : public QObject
{
    Q_OBJECT
public:
    // Dialogs open over window; a highlight with no words selected is an error in errors.
    NotesActions(const ReaderServices &services, PostView *post, ArticlePanel *article, AnnotationsDock *dock,
        QUndoStack *undo, ErrorBar *errors, ImportExportActions *files, QWidget *window);

    // Fills the Notes menu; returns the actions with keys (for window-wide shortcuts).
    QList<QAction *> addActions(QMenu *notes);
    // Opens the note editor for the current post (non-modal).
    void editNote();
    // Highlights the selected words of the post view, asking for an optional note.
    void annotateSelection();
    // Shows the open thread's annotations: marks in the tree, highlights in the views.
    void showAnnotations();

private:
    // A note's earlier words that lost to an edit on another device, below its editor.
    static void showHistory(QInputDialog *dialog, const QStringList &history);

    ReaderServices m_services;
    PostView *m_post;
    ArticlePanel *m_article;
    AnnotationsDock *m_dock;
    QUndoStack *m_undo;
    ErrorBar *m_errors;
    ImportExportActions *m_files;
    QWidget *m_window;
};

} // namespace Threadkeeper
