// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/postbody.h"

#include <QHash>

namespace Threadkeeper {

// What a Discourse post's quotes need to name the post they quote: quotes give the
// quoted post's NUMBER and topic, and the tree wants its id.
struct DiscourseQuoteContext
{
    qint64 topicId = 0;
    const QHash<int, QString> *idOfNumber = nullptr; // post number → post id, as far as known
};

// Reads a post's `cooked` HTML: quotes are <aside class="quote" data-username data-post
// data-topic> with the words in a <blockquote>; lightboxed pictures carry a caption row,
// emoji are pictures of words, and "lang-auto" code names no language.
class DiscourseBodyReader final : public PostBodyReader
{
public:
    explicit DiscourseBodyReader(const DiscourseQuoteContext &quotes)
        : m_quotes(quotes)
    { }
    // The blocks of one post's cooked HTML.
    QList<Block> readCooked(const QByteArray &cooked);

protected:
    Element classify(HtmlNode n) const override;
    Block readQuote(HtmlNode n, int quoteDepth) override;

private:
    QString sourceOf(HtmlNode aside) const;

    DiscourseQuoteContext m_quotes;
};

} // namespace Threadkeeper
