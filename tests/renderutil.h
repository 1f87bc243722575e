// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/postrenderer.h"

#include <QSet>
#include <QTextBlock>
#include <QTextDocument>

namespace Threadkeeper::Testing {

inline QString renderedText(const Post &post, const PostRenderer::Context &context)
{
    QTextDocument document;
    PostRenderer::renderPost(&document, post, context);
    return document.toPlainText();
}

// Calls fn(fragment) for every text fragment of the document, tables and frames included.
template<typename Fn> void forEachFragment(const QTextDocument &document, Fn &&fn)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().isValid())
                fn(it.fragment());
        }
    }
}

// The distinct foreground colours used on the fragments whose text is inside `within`.
inline int distinctColours(const QTextDocument &document, const QString &within)
{
    QSet<QRgb> colours;
    forEachFragment(document, [&](const QTextFragment &f) {
        if (within.contains(f.text()) && f.charFormat().foreground().style() != Qt::NoBrush)
            colours.insert(f.charFormat().foreground().color().rgb());
    });
    return int(colours.size());
}

inline bool hasImageFormat(const QTextDocument &document)
{
    bool found = false;
    forEachFragment(
        document, [&](const QTextFragment &f) { found = found || f.charFormat().isImageFormat(); });
    return found;
}

// Every link target in the document, in order.
inline QStringList links(const QTextDocument &document)
{
    QStringList hrefs;
    forEachFragment(document, [&](const QTextFragment &f) {
        if (f.charFormat().isAnchor() && (hrefs.isEmpty() || hrefs.last() != f.charFormat().anchorHref()))
            hrefs.append(f.charFormat().anchorHref());
    });
    return hrefs;
}

} // namespace Threadkeeper::Testing
