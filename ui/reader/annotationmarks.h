// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/post.h"
#include "render/textmap.h"

#include <QColor>
#include <QList>
#include <QTextEdit>

namespace Threadkeeper {

// The selected words of a view as a selector in the words of `post` they belong to (its
// own, or a quote's), through the map the view was rendered with; exact is empty when
// the selection holds none of them (the header, the notes under the post).
TextSelector selectorFromSelection(const QTextEdit *view, const TextMap &map, const Post &post);

// A view's extra selections come from more than one source (the reader's highlights, a
// find in the thread): each sets its own layer, and the view shows them all.
void setMarkLayer(QTextEdit *view, const char *layer, const QList<QTextEdit::ExtraSelection> &marks);

// Marks the highlights' words in the view where they were made (their stored offsets,
// through the map), with the note as tooltip. A highlight in a folded quote is not
// shown until the quote opens; an orphan is not shown.
void showHighlights(QTextEdit *view, const TextMap &map, const Post &post,
    const QList<Annotation> &annotations, const QColor &colour);

} // namespace Threadkeeper
