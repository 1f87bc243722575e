// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reader/notesactions.h"

#include "library/annotationsdock.h"
#include "reader/articlepanel.h"
#include "reader/postview.h"
#include "settings/importexportactions.h"
#include "window/errorbar.h"

#include "models/threadtreemodel.h"
#include "services/annotationbook.h"
#include "services/threadsession.h"

#include <QAction>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QUndoStack>

namespace Threadkeeper {

NotesActions::NotesActions(const ReaderServices &services, PostView *post, ArticlePanel *article,
    AnnotationsDock *dock, QUndoStack *undo, ErrorBar *errors, ImportExportActions *files, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_post(post)
    , m_article(article)
    , m_dock(dock)
    , m_undo(undo)
    , m_errors(errors)
    , m_files(files)
    , m_window(window)
{
    connect(m_dock, &AnnotationsDock::removeRequested, this, [this](qint64 id) {
        if (const Annotation *a = m_services.annotations->annotation(id))
            m_undo->push(
                new AnnotationCommand(m_services.annotations, *a, Annotation {}, tr("Remove Annotation")));
    });
    connect(
        m_services.annotations, &AnnotationBook::annotationsChanged, this, &NotesActions::showAnnotations);
    connect(m_services.session, &ThreadSession::postsChanged, this, &NotesActions::showAnnotations);
}

QList<QAction *> NotesActions::addActions(QMenu *notes)
{
    QAction *note = notes->addAction(tr("&Note on Post…"), this, &NotesActions::editNote);
    note->setShortcut(Qt::Key_E);
    QAction *annotate = notes->addAction(tr("&Annotate Selection…"), this, &NotesActions::annotateSelection);
    annotate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction *annotations = m_dock->toggleViewAction();
    annotations->setText(tr("All &Annotations"));
    annotations->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    notes->addAction(annotations);
    notes->addSeparator();
    notes->addAction(tr("&Export Annotations…"), m_files, &ImportExportActions::exportAnnotations);
    notes->addAction(tr("&Import Annotations…"), m_files, &ImportExportActions::importAnnotations);
    // Stable names: the reader's own shortcuts are kept under them (ShortcutSettings).
    note->setObjectName(QStringLiteral("noteAction"));
    annotate->setObjectName(QStringLiteral("annotateAction"));
    annotations->setObjectName(QStringLiteral("annotationsAction"));
    return {note, annotate, annotations};
}

void NotesActions::showAnnotations()
{
    const QString url = m_services.session->info().url;
    m_services.model->setAnnotated(m_services.annotations->annotatedPosts(url));
    m_post->setAnnotations(m_services.annotations->forPost(url, m_post->postId()));
    m_article->setAnnotations(m_services.annotations->forPost(url, m_article->articleId()));
}

void NotesActions::editNote()
{
    const QString postId = m_post->postId();
    const QString url = m_services.session->info().url;
    if (postId.isEmpty())
        return;
    Annotation before;
    for (const Annotation &a : m_services.annotations->forPost(url, postId)) {
        if (a.kind == Annotation::Kind::Note)
            before = a;
    }
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("noteDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Note on Post"));
    dialog->setLabelText(tr("Your note (empty removes it):"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setTextValue(before.note);
    showHistory(dialog, before.history);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, before, url, postId](const QString &text) {
        Annotation after = before;
        after.kind = Annotation::Kind::Note;
        after.threadUrl = url;
        after.postId = postId;
        after.note = text.trimmed();
        if (after.note == before.note)
            return;
        if (after.note.isEmpty())
            after = Annotation {}; // an empty note is no note
        m_undo->push(new AnnotationCommand(
            m_services.annotations, before, after, before.id != 0 ? tr("Edit Note") : tr("Add Note")));
    });
    dialog->open();
}

void NotesActions::showHistory(QInputDialog *dialog, const QStringList &history)
{
    if (history.isEmpty())
        return;
    // Words that lost to an edit on another device: shown to copy from, never edited here.
    auto *words = new QPlainTextEdit(history.join(QStringLiteral("\n\n")));
    words->setObjectName(QStringLiteral("noteHistory"));
    words->setReadOnly(true);
    words->setTabChangesFocus(true);
    words->setMaximumHeight(words->fontMetrics().lineSpacing() * 6);
    auto *label = new QLabel(tr("Also &written on another device (to copy from):"));
    label->setBuddy(words);
    label->setWordWrap(true);
    // Under the editor, above the buttons: the dialog's own layout is a column.
    auto *column = qobject_cast<QBoxLayout *>(dialog->layout());
    if (!column) {
        column = new QVBoxLayout;
        auto *frame = new QWidget(dialog);
        frame->setLayout(column);
    }
    const int buttons = column->indexOf(dialog->findChild<QDialogButtonBox *>());
    const int at = buttons < 0 ? column->count() : buttons;
    column->insertWidget(at, label);
    column->insertWidget(at + 1, words);
}

void NotesActions::annotateSelection()
{
    // The article panel's selection when it has one, else the post view's.
    const bool inArticle = m_article->textCursor().hasSelection() && !m_post->textCursor().hasSelection();
    const TextSelector selector = inArticle ? m_article->selectionSelector() : m_post->selectionSelector();
    if (selector.exact.isEmpty()) {
        m_errors->showError(tr("Select some of the post's words to annotate them."));
        return;
    }
    Annotation highlight;
    highlight.kind = Annotation::Kind::Highlight;
    highlight.threadUrl = m_services.session->info().url;
    highlight.postId = inArticle ? m_article->articleId() : m_post->postId();
    highlight.selector = selector;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("highlightDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Annotate Selection"));
    dialog->setLabelText(tr("A note on \u201C%1\u201D (optional):").arg(selector.exact.left(80)));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, highlight](const QString &text) {
        Annotation a = highlight;
        a.note = text.trimmed();
        m_undo->push(new AnnotationCommand(m_services.annotations, Annotation {}, a, tr("Highlight")));
    });
    dialog->open();
}

} // namespace Threadkeeper
