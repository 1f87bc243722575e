// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlepage.h"

namespace Threadkeeper {

ArticlePage readArticlePage(const QByteArray &utf8, const QUrl &url)
{
    ArticlePage page;
    page.truncated = utf8.size() > MaxArticlePageBytes;
    // Cut to size, then to a depth the tree builder handles in linear time.
    const HtmlDocument document(QByteArrayView(utf8).left(MaxArticlePageBytes));
    page.article = ArticleReader::read(document, url);
    page.discussion = DiscussionFinder::find(document, url, page.article.discussionUrl);
    return page;
}

} // namespace Threadkeeper
