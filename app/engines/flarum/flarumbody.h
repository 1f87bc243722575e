// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/postbody.h"

namespace Threadkeeper {

// Reads a Flarum post's contentHtml. A mention of another post (<a class="PostMention"
// data-id="POSTID">name</a>, what Flarum's Reply writes) is a quote of that post with no
// words: its source makes the post a reply to the mentioned one. Quotes typed as
// Markdown/BBCode are blockquotes, a <cite> naming the quoted poster where BBCode gave one.
class FlarumBodyReader final : public PostBodyReader
{
public:
    static QList<Block> readContent(const QString &html, const QUrl &base);

protected:
    Element classify(HtmlNode n) const override;
    Block readQuote(HtmlNode n, int quoteDepth) override;
};

} // namespace Threadkeeper
