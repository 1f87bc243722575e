// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QUndoStack;
class QWidget;

namespace Threadkeeper {

class AnnotationBook;
class ErrorBar;
class RuleBook;
class StatusMessages;

// The menu actions that write the reader's rules and annotations to a file and read them
// back: a file dialog on the window, an import as one undo step, the outcome in the status
// bar or the error bar.
class ImportExportActions : public QObject
{
    Q_OBJECT
public:
    ImportExportActions(QWidget *window, RuleBook *rules, AnnotationBook *annotations, QUndoStack *undo,
        StatusMessages *messages, ErrorBar *errors);

    void exportAnnotations();
    void importAnnotations();
    void exportRules();
    void importRules();

private:
    // Writes or reads a whole file; failures show in the error bar.
    bool writeFile(const QString &file, const QByteArray &data);
    QByteArray readFile(const QString &file, qint64 maxBytes, bool *ok);
    void showError(const QString &message);

    QWidget *m_window;
    RuleBook *m_rules;
    AnnotationBook *m_annotations;
    QUndoStack *m_undo;
    StatusMessages *m_messages;
    ErrorBar *m_errors;
};

} // namespace Threadkeeper
