// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationmarks.h"

#include "services/anchoring.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>

namespace Threadkeeper {

TextSelector selectorFromSelection(const QTextEdit *view, const QString &text)
{
    // The document joins paragraphs with U+2029; a post's text with '\n'.
    const QString selected
        = view->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')).trimmed();
    const int at = selected.isEmpty() ? -1 : int(text.indexOf(selected));
    if (at < 0)
        return {};
    return Anchoring::makeSelector(text, at, at + int(selected.size()));
}

void showHighlights(QTextEdit *view, const QList<Annotation> &annotations, const QColor &colour)
{
    QList<QTextEdit::ExtraSelection> marks;
    for (const Annotation &a : annotations) {
        if (a.kind != Annotation::Kind::Highlight || a.orphaned || a.selector.exact.isEmpty())
            continue;
        const QTextCursor found = view->document()->find(a.selector.exact);
        if (found.isNull())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = found;
        mark.format.setBackground(colour);
        mark.format.setToolTip(a.note);
        marks.append(mark);
    }
    setMarkLayer(view, "highlights", marks);
}

void setMarkLayer(QTextEdit *view, const char *layer, const QList<QTextEdit::ExtraSelection> &marks)
{
    using Marks = QList<QTextEdit::ExtraSelection>;
    const QByteArray name = QByteArrayLiteral("markLayer_") + layer;
    view->setProperty(name.constData(), QVariant::fromValue(marks));
    Marks all;
    for (const QByteArray &property : view->dynamicPropertyNames()) {
        if (property.startsWith("markLayer_"))
            all += view->property(property.constData()).value<Marks>();
    }
    view->setExtraSelections(all);
}

} // namespace Threadkeeper
