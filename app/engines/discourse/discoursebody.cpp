// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "discoursebody.h"

#include "html/htmldocument.h"

namespace Threadkeeper {

namespace {

// Discourse writes "lang-auto" when the poster named no language: ours to guess.
void dropGuessedLanguages(QList<Block> *blocks)
{
    for (Block &b : *blocks) {
        if (b.kind == Block::Kind::Code
            && (b.language == QLatin1String("auto") || b.language == QLatin1String("nohighlight")))
            b.language.clear();
        dropGuessedLanguages(&b.children);
    }
}

} // namespace

QList<Block> DiscourseBodyReader::readCooked(const QByteArray &cooked)
{
    HtmlDocument doc(cooked);
    if (!doc.isValid())
        return {};
    QList<Block> blocks = read(doc.body(), 0);
    dropGuessedLanguages(&blocks);
    return blocks;
}

PostBodyReader::Element DiscourseBodyReader::classify(HtmlNode n) const
{
    if (n.is("aside") && n.hasClass("quote"))
        return Element::Quote;
    // A lightboxed picture's caption row (file name, size, icons) is not the post's words.
    if (n.hasClass("meta") && n.parent().hasClass("lightbox"))
        return Element::Skip;
    if (n.hasClass("quote-controls"))
        return Element::Skip;
    if (n.is("div") && n.hasClass("spoiler")) // discourse-spoiler-alert, as a block
        return Element::Spoiler;
    return PostBodyReader::classify(n);
}

QString DiscourseBodyReader::sourceOf(HtmlNode aside) const
{
    // data-post is the quoted post's NUMBER in data-topic; only this topic's numbers map
    // to posts we have.
    bool ok = false;
    const int number = aside.attributeString("data-post").toInt(&ok);
    if (!ok || number <= 0 || !m_quotes.idOfNumber)
        return {};
    const QString topic = aside.attributeString("data-topic");
    if (!topic.isEmpty() && topic.toLongLong() != m_quotes.topicId)
        return {};
    return m_quotes.idOfNumber->value(number);
}

Block DiscourseBodyReader::readQuote(HtmlNode n, int quoteDepth)
{
    Block quote;
    quote.kind = Block::Kind::Quote;
    HtmlNode content = n;
    if (n.is("aside")) {
        quote.quoteAuthor = n.attributeString("data-username").trimmed().left(200);
        quote.quoteSource = sourceOf(n);
        // The words are in the aside's <blockquote>; its title row only repeats the name.
        content = n.findFirstTag("blockquote");
    }
    if (!content)
        return quote;
    DiscourseBodyReader inner(m_quotes);
    inner.setBaseUrl(baseUrl());
    quote.children = inner.read(content, quoteDepth + 1);
    return quote;
}

} // namespace Threadkeeper
