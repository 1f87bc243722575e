// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "html/htmldocument.h"

namespace Threadkeeper {

// Collapses runs of white space to one space and trims.
QString normalizedText(const QString &text);

// Sets post->text (own words) and post->quotes from post->body.
void fillTextAndQuotes(Post *post);
// The words of a list of blocks, quotes excluded, one block a line.
QString ownText(const QList<Block> &blocks);

// Turns a post's HTML content into our Block list. Only an allowlist of structure
// survives (paragraphs, line breaks, list items, code, quotes); everything else
// becomes plain text or is dropped. Engines subclass to recognise their quote and
// code markup.
class PostBodyReader
{
public:
    virtual ~PostBodyReader() = default;
    static constexpr int MaxDepth = 48; // element nesting below which all is flat text
    static constexpr int MaxQuoteDepth = 12;
    static constexpr qsizetype MaxBlockText = 256 * 1024;

    QList<Block> read(HtmlNode container, int quoteDepth);

protected:
    enum class Element
    {
        Inline,
        Block,
        LineBreak,
        List,
        Code,
        Quote,
        Image,
        Skip
    };
    virtual Element classify(HtmlNode n) const;
    virtual Block readQuote(HtmlNode n, int quoteDepth) = 0;

private:
    void walk(HtmlNode container, int depth, int quoteDepth);
    void flush();
    void appendText(QStringView text);

    QList<Block> m_blocks;
    QString m_pending;
};

} // namespace Threadkeeper
