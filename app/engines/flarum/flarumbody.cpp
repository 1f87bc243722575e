// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flarumbody.h"

#include "engines/jsonanswer.h"

#include <QJsonValue>

namespace Threadkeeper {

namespace {

bool isPostMention(HtmlNode n)
{
    return n.is("a") && n.hasClass("PostMention");
}

// The quote a <cite> names the poster of: BBCode's [quote=name] writes
// <blockquote><div><cite>name wrote:</cite>…</div></blockquote>.
HtmlNode citedQuote(HtmlNode cite)
{
    for (HtmlNode p = cite.parent(); p; p = p.parent()) {
        if (p.is("blockquote"))
            return p;
    }
    return {};
}

} // namespace

QList<Block> FlarumBodyReader::readContent(const QString &html, const QUrl &base)
{
    if (html.trimmed().isEmpty())
        return {};
    const HtmlDocument doc(html.toUtf8());
    if (!doc.isValid())
        return {};
    FlarumBodyReader reader;
    reader.setBaseUrl(base);
    return reader.read(doc.body(), 0);
}

PostBodyReader::Element FlarumBodyReader::classify(HtmlNode n) const
{
    if (isPostMention(n))
        return Element::Quote;
    // A BBCode quote's "name wrote:" line: readQuote takes the name from it.
    if (n.is("cite") && citedQuote(n))
        return Element::Skip;
    return PostBodyReader::classify(n);
}

Block FlarumBodyReader::readQuote(HtmlNode n, int quoteDepth)
{
    Block quote;
    quote.kind = Block::Kind::Quote;
    if (isPostMention(n)) {
        // The link's text is the mentioned poster's display name; the href of old posts
        // names no discussion ("/d//13"), so only data-id is trusted.
        quote.quoteAuthor = n.textContent().simplified().left(200);
        if (quote.quoteAuthor.startsWith(QLatin1Char('@')))
            quote.quoteAuthor.remove(0, 1);
        quote.quoteSource = jsonId(QJsonValue(n.attributeString("data-id").trimmed()));
        return quote;
    }
    const HtmlNode cite = n.findFirstTag("cite");
    if (cite && citedQuote(cite) == n) {
        QString name = cite.textContent().simplified();
        for (const QLatin1StringView suffix : {QLatin1StringView(" wrote:"), QLatin1StringView(":")}) {
            if (name.endsWith(suffix))
                name.chop(suffix.size());
        }
        quote.quoteAuthor = name.left(200);
    }
    FlarumBodyReader inner;
    inner.setBaseUrl(baseUrl());
    quote.children = inner.read(n, quoteDepth + 1);
    return quote;
}

} // namespace Threadkeeper
