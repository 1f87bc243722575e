// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simplebodyreader.h"

namespace Threadkeeper {

QList<Block> SimpleBodyReader::readFragment(const QString &html, const QUrl &base)
{
    if (html.trimmed().isEmpty())
        return {};
    const HtmlDocument doc(html.toUtf8());
    if (!doc.isValid())
        return {};
    SimpleBodyReader reader;
    reader.setBaseUrl(base);
    return reader.read(doc.body(), 0);
}

Block SimpleBodyReader::readQuote(HtmlNode n, int quoteDepth)
{
    Block quote;
    quote.kind = Block::Kind::Quote;
    SimpleBodyReader inner;
    inner.setBaseUrl(baseUrl());
    quote.children = inner.read(n, quoteDepth + 1);
    return quote;
}

} // namespace Threadkeeper
