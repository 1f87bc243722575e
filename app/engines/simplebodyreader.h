// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/postbody.h"

namespace Threadkeeper {

// Post HTML whose quotes name neither a poster nor a post (a bare <blockquote>): what
// Hacker News allows and what Lemmy's markdown becomes. A quote is a block of quoted
// words with no author and no source.
class SimpleBodyReader final : public PostBodyReader
{
public:
    // The blocks of an HTML fragment (a post's text as an API gives it).
    static QList<Block> readFragment(const QString &html, const QUrl &base);

protected:
    Block readQuote(HtmlNode n, int quoteDepth) override;
};

} // namespace Threadkeeper
