// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "domain/posttext.h" // what engines do with what read() returns: fillTextAndQuotes()
#include "html/htmldocument.h"

#include <QUrl>

namespace Threadkeeper {

// Turns a post's HTML content into our Block list. Only an allowlist of structure
// survives (paragraphs, line breaks, lists, headings, tables, spoilers, code, quotes,
// images and inline bold/italic/underline/strike/code/links); everything else becomes
// plain text or is dropped. Engines subclass to recognise their own markup.
class PostBodyReader
{
public:
    virtual ~PostBodyReader() = default;
    static constexpr int MaxDepth = 48; // element nesting below which all is flat text
    static constexpr int MaxQuoteDepth = 12;
    static constexpr qsizetype MaxBlockText = 256 * 1024;
    static constexpr int MaxTableRows = 500;
    static constexpr int MaxTableColumns = 40;
    static constexpr qsizetype MaxUrl = 4096;

    // Relative links and images resolve against the page's URL.
    void setBaseUrl(const QUrl &base) { m_base = base; }
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
        Heading,
        Table,
        Spoiler,
        Skip
    };
    virtual Element classify(HtmlNode n) const;
    virtual Block readQuote(HtmlNode n, int quoteDepth) = 0;
    // A spoiler's title and the element that holds what it hides (<details><summary>).
    virtual std::pair<QString, HtmlNode> spoilerParts(HtmlNode n) const;
    const QUrl &baseUrl() const { return m_base; }
    // href as an absolute URL, or empty when there is none worth keeping.
    QString resolvedUrl(const QString &href) const;

private:
    void walk(HtmlNode container, int depth, int quoteDepth);
    void readInline(HtmlNode n, int depth, int quoteDepth);
    void readImage(HtmlNode n);
    void readList(HtmlNode n, int depth, int quoteDepth);
    void readTable(HtmlNode n, int depth, int quoteDepth);
    void flush();
    void appendText(QStringView text);
    // Everything read since mark (in m_blocks), taken out.
    QList<Block> takeSince(qsizetype mark);
    // The blocks read from one element merged into a single block of kind, e.g. a list
    // item or a heading; blocks that cannot merge (a nested list, an image) go to rest.
    Block readMerged(HtmlNode n, Block::Kind kind, int depth, int quoteDepth, QList<Block> *rest);

    QList<Block> m_blocks;
    QString m_pending;
    qsizetype m_flushed = 0; // characters flushed before m_pending; spans count from the start
    QList<Span> m_spans; // finished inline spans over m_pending, in those absolute positions
    QStringList m_links; // the links being read, innermost last: a picture inside one keeps it
    QUrl m_base;
};

} // namespace Threadkeeper
