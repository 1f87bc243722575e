// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/importexportactions.h"

#include "window/errorbar.h"
#include "window/statusmessages.h"

#include "domain/annotationexport.h"
#include "domain/rulejson.h"
#include "services/annotationbook.h"
#include "services/rulebook.h"

#include <QFile>
#include <QFileDialog>
#include <QSaveFile>
#include <QUndoStack>

namespace Threadkeeper {

ImportExportActions::ImportExportActions(QWidget *window, RuleBook *rules, AnnotationBook *annotations,
    QUndoStack *undo, StatusMessages *messages, ErrorBar *errors)
    : QObject(window)
    , m_window(window)
    , m_rules(rules)
    , m_annotations(annotations)
    , m_undo(undo)
    , m_messages(messages)
    , m_errors(errors)
{ }

void ImportExportActions::showError(const QString &message)
{
    m_errors->showError(message);
}

bool ImportExportActions::writeFile(const QString &file, const QByteArray &data)
{
    QSaveFile out(file); // all or nothing: an old export is not half overwritten
    if (out.open(QIODevice::WriteOnly) && out.write(data) == data.size() && out.commit())
        return true;
    showError(tr("Could not write %1: %2").arg(file, out.errorString()));
    return false;
}

QByteArray ImportExportActions::readFile(const QString &file, qint64 maxBytes, bool *ok)
{
    QFile in(file);
    *ok = in.open(QIODevice::ReadOnly);
    if (!*ok) {
        showError(tr("Could not read %1: %2").arg(file, in.errorString()));
        return {};
    }
    return in.read(maxBytes);
}

void ImportExportActions::exportAnnotations()
{
    QString filter;
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export Annotations"),
        QStringLiteral("threadkeeper-annotations.md"), tr("Markdown (*.md);;JSON, to import again (*.json)"),
        &filter);
    if (file.isEmpty())
        return;
    const AnnotationBook *book = m_annotations;
    QByteArray data;
    if (file.endsWith(QLatin1String(".json"))) {
        data = annotationsToJson(book->annotations());
    } else {
        QHash<QString, AnnotatedPost> posts;
        for (const Annotation &a : book->annotations())
            posts.insert(annotatedPostKey(a), book->post(a));
        data = annotationsToMarkdown(book->annotations(), posts).toUtf8();
    }
    if (writeFile(file, data))
        m_messages->show(StatusMessages::Cause::File,
            tr("Exported %n annotation(s) to %1", nullptr, int(book->annotations().size())).arg(file));
}

void ImportExportActions::importAnnotations()
{
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("Import Annotations"), QString(), tr("JSON files (*.json)"));
    if (file.isEmpty())
        return;
    QList<Annotation> annotations;
    QString error;
    bool read = false;
    const QByteArray json = readFile(file, 64 * 1024 * 1024, &read);
    if (!read)
        return;
    if (!annotationsFromJson(json, &annotations, &error)) {
        showError(tr("%1: %2").arg(file, error));
        return;
    }
    // One undo step, one write and one reload for the whole import.
    m_undo->push(new AddAnnotationsCommand(
        m_annotations, annotations, tr("Import %n Annotation(s)", nullptr, int(annotations.size()))));
    m_messages->show(StatusMessages::Cause::File,
        tr("Imported %n annotation(s) from %1", nullptr, int(annotations.size())).arg(file));
}

void ImportExportActions::exportRules()
{
    const QString file = QFileDialog::getSaveFileName(
        m_window, tr("Export Rules"), QStringLiteral("threadkeeper-rules.json"), tr("JSON files (*.json)"));
    if (file.isEmpty())
        return;
    if (writeFile(file, rulesToJson(m_rules->rules())))
        m_messages->show(StatusMessages::Cause::File,
            tr("Exported %n rule(s) to %1", nullptr, int(m_rules->rules().size())).arg(file));
}

void ImportExportActions::importRules()
{
    const QString file
        = QFileDialog::getOpenFileName(m_window, tr("Import Rules"), QString(), tr("JSON files (*.json)"));
    if (file.isEmpty())
        return;
    QList<Rule> rules;
    QString error;
    bool read = false;
    const QByteArray json = readFile(file, 16 * 1024 * 1024, &read);
    if (!read)
        return;
    if (!rulesFromJson(json, &rules, &error)) {
        showError(tr("%1: %2").arg(file, error));
        return;
    }
    // One undo step, one write and one re-score for the whole import.
    m_undo->push(new AddRulesCommand(m_rules, rules, tr("Import %n Rule(s)", nullptr, int(rules.size()))));
    m_messages->show(
        StatusMessages::Cause::File, tr("Imported %n rule(s) from %1", nullptr, int(rules.size())).arg(file));
}

} // namespace Threadkeeper
