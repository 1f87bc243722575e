// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsopening.h"

#include "engines/forumengine.h"
#include "engines/postbody.h"
#include "engines/simplebodyreader.h"

namespace Threadkeeper {

namespace {
// A feed's item is an article, not a book: beyond this its words are cut (at a tag's end
// where one is near) rather than parsed whole.
constexpr qsizetype MaxContentChars = 256 * 1024;

QString bounded(const QString &html)
{
    if (html.size() <= MaxContentChars)
        return html;
    const qsizetype close = html.lastIndexOf(QLatin1Char('>'), MaxContentChars);
    return html.left(close > MaxContentChars / 2 ? close + 1 : MaxContentChars);
}
} // namespace

NewsOpening newsOpening(const NewsItem &item)
{
    NewsOpening opening;
    const FeedItem &feed = item.item;
    opening.address = feed.discussion.isValid() && !feed.discussion.isEmpty() ? feed.discussion : feed.link;
    ThreadRef ref;
    if (opening.address.isValid() && engineForUrl(opening.address, &ref) && ref.isValid())
        opening.threadUrl = ref.canonical.toString();
    opening.title = feed.title.isEmpty() ? feed.link.toDisplayString() : feed.title;

    Post &article = opening.article;
    // Its own id: never one of the thread's posts, so the thread's first post stays a post.
    article.id = QStringLiteral("news-item:") + feed.key;
    article.author = feed.author;
    article.date = feed.date.isValid() ? feed.date : feed.updated;
    article.readAt = item.readAt;
    article.firstSeen = item.firstSeen;
    if (!feed.contentHtml.trimmed().isEmpty())
        article.body = SimpleBodyReader::readFragment(bounded(feed.contentHtml), feed.link);
    if (article.body.isEmpty() && !feed.summary.trimmed().isEmpty()) {
        Block paragraph;
        paragraph.kind = Block::Kind::Paragraph;
        paragraph.text = feed.summary.left(MaxContentChars);
        article.body.append(paragraph);
    }
    fillTextAndQuotes(&article);
    return opening;
}

} // namespace Threadkeeper
