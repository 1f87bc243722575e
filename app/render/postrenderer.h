// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"
#include "domain/post.h"
#include "services/scorer.h"

#include <QColor>
#include <QSet>
#include <QString>

#include <functional>

namespace Threadkeeper {

// Renders a post from our block structure to the rich-text subset QTextDocument
// understands. Every word is escaped: no markup from a site reaches a widget.
//
// Quotes are blocks that collapse to one line. A quote starts collapsed when it quotes
// the post's own tree parent (the reader just read it) and expanded otherwise; the
// user's toggles are a set of quote paths ("0", "0.1" for a nested one) that flip that.
// Links use our own schemes: tk-quote:PATH toggles a quote, tk-post:ID jumps to a post.
class PostRenderer
{
public:
    struct Style
    {
        QColor quoteBackground = QColor(0xee, 0xf0, 0xf3);
        QColor mutedText = QColor(0x6a, 0x6f, 0x78);
        QColor link = QColor(0x1d, 0x5f, 0xa8);
        QColor followedBackground = QColor(0xfd, 0xf3, 0xd6);
        QColor noteBackground = QColor(0xf1, 0xf7, 0xe9);
        QColor highlight = QColor(0xff, 0xec, 0x8a);
    };

    // What a rendering depends on besides the post.
    struct Context
    {
        QString parentId; // the post's parent in the reply tree
        QSet<QString> toggled; // quote paths the reader flipped
        Style style;
        PostScore score; // the post's own score: hidden posts render as a placeholder
        bool revealed = false; // the reader asked to see a hidden post anyway
        std::function<PostScore(const QString &author)>
            quoteScore; // for quotes of hidden or followed posters
        QList<Annotation> annotations; // the reader's notes and highlights on this post
        // Code blocks as coloured HTML (code, language); plain text without it.
        std::function<QString(const QString &code, const QString &language)> highlightCode;
    };

    static QString quoteLinkScheme() { return QStringLiteral("tk-quote"); }
    static QString revealLinkScheme() { return QStringLiteral("tk-reveal"); }
    static QString postLinkScheme() { return QStringLiteral("tk-post"); }
    static constexpr int CollapsedPreview = 90; // characters of a collapsed quote shown

    // The post body with a small header line (number, author, date).
    static QString postHtml(const Post &post, const Context &context);
    // The article: title, byline and body, quotes expanded.
    static QString articleHtml(const QString &title, const Post &article, const Style &style);
    static bool startsCollapsed(const Post &post, const QString &path, const Context &context);

private:
    static QString notesHtml(const Context &context);
    static QString blocksHtml(
        const Post &post, const QList<Block> &blocks, const QString &pathPrefix, const Context &context);
};

} // namespace Threadkeeper
