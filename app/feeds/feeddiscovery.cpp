// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeddiscovery.h"

#include "engines/forumtext.h"
#include "html/htmldocument.h"

#include <QSet>

namespace Threadkeeper {

namespace {

// rel is a list of tokens ("alternate nofollow"), in any case.
bool hasToken(const QString &list, QLatin1StringView token)
{
    const QList<QStringView> tokens = QStringView(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::any_of(tokens.cbegin(), tokens.cend(),
        [token](QStringView t) { return t.compare(token, Qt::CaseInsensitive) == 0; });
}

} // namespace

QList<FeedLink> offeredFeeds(const QByteArray &html, const QUrl &pageUrl)
{
    QList<FeedLink> feeds;
    const HtmlDocument document(html);
    if (!document.isValid())
        return feeds;
    const HtmlNode root = document.document();
    const QUrl base = documentBase(root, pageUrl);
    QSet<QUrl> seen;
    root.walk([&](HtmlNode n) {
        if (!n.isElement() || !n.is("link"))
            return HtmlNode::Walk::Descend;
        const QString type = n.attributeString("type").section(QLatin1Char(';'), 0, 0).trimmed().toLower();
        if (type != QLatin1String("application/rss+xml") && type != QLatin1String("application/atom+xml"))
            return HtmlNode::Walk::Skip;
        if (!hasToken(n.attributeString("rel").simplified(), QLatin1StringView("alternate")))
            return HtmlNode::Walk::Skip;
        const QString href = n.attributeString("href").trimmed();
        if (href.isEmpty() || href.size() > 4096)
            return HtmlNode::Walk::Skip;
        const QUrl url = base.resolved(QUrl(href));
        if (!url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return HtmlNode::Walk::Skip;
        if (seen.contains(url))
            return HtmlNode::Walk::Skip;
        seen.insert(url);
        feeds.append(FeedLink {url, n.attributeString("title").simplified().left(300), type});
        return feeds.size() >= MaxOfferedFeeds ? HtmlNode::Walk::Stop : HtmlNode::Walk::Skip;
    });
    return feeds;
}

} // namespace Threadkeeper
