// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/postbody.h"

namespace Threadkeeper {

// Reads a NodeBB post's content HTML. The composer's Quote writes "@name said in
// [Topic](/post/PID):" and the words as a blockquote: that line names the quote's poster
// and source and is not the post's own words. Any other blockquote names nothing.
class NodeBbBodyReader final : public PostBodyReader
{
public:
    static QList<Block> readContent(const QString &html, const QUrl &base);

protected:
    Element classify(HtmlNode n) const override;
    Block readQuote(HtmlNode n, int quoteDepth) override;
};

} // namespace Threadkeeper
