// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"

#include <QColor>
#include <QList>
#include <QTextEdit>

namespace Threadkeeper {

// The selected words of a view as a selector in `text` (a post's own words); the
// exact text is empty when the selection is not found there (quotes, the header).
TextSelector selectorFromSelection(const QTextEdit *view, const QString &text);

// A view's extra selections come from more than one source (the reader's highlights, a
// find in the thread): each sets its own layer, and the view shows them all.
void setMarkLayer(QTextEdit *view, const char *layer, const QList<QTextEdit::ExtraSelection> &marks);

// Marks the highlights' words in the view, with the note as tooltip.
void showHighlights(QTextEdit *view, const QList<Annotation> &annotations, const QColor &colour);

} // namespace Threadkeeper
