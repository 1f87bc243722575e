// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"
#include "html/htmldocument.h"

#include <QUrl>

#include <functional>

namespace Threadkeeper {

// Collapses runs of white space to one space and trims.
QString normalizedText(const QString &text);

// Sets post->text (own words) and post->quotes from post->body.
void fillTextAndQuotes(Post *post);
// The words of a list of blocks, quotes excluded, one block a line.
QString ownText(const QList<Block> &blocks);
// Each block whose text is a line of ownText(blocks), with where that line starts there.
void forEachOwnLine(const QList<Block> &blocks, const std::function<void(const Block &, int offset)> &visit);
// Every quote of a post, nested ones too, in document order with its path as the
// renderer names it ("0", "0.1", "s2.0" for one inside the third spoiler); visit
// returns false to stop.
void forEachQuote(
    const QList<Block> &body, const std::function<bool(const QString &path, const Block &quote)> &visit);
const Block *quoteAtPath(const QList<Block> &body, const QString &path);
// The words a highlight's offsets count in: the post's own words for an empty path,
// else the own words of the quote at that path (empty when there is none).
QString anchorText(const Post &post, const QString &quotePath);
// What a glance at the post may show (the tree's snippet): its own words without what
// spoilers hide; a spoiler shows as its title.
QString glanceText(const QList<Block> &blocks);

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

// A smilie's text as an emoji where one is obvious (":)" → 🙂), else the text as is.
QString smilieText(const QString &shortcut);

} // namespace Threadkeeper
