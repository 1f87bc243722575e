// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodebbbody.h"

#include <QRegularExpression>

namespace Threadkeeper {

namespace {

// The next element after n among its siblings, past white space.
HtmlNode nextElement(HtmlNode n)
{
    for (HtmlNode s = n.next(); s; s = s.next()) {
        if (s.isElement())
            return s;
        if (!s.isText() || !QString::fromUtf8(s.ownText()).trimmed().isEmpty())
            return {};
    }
    return {};
}

// The link to the quoted post in a "said in" line: its pid, or empty.
QString quotedPid(HtmlNode line)
{
    static const QRegularExpression post(QStringLiteral("/post/(\\d{1,15})(?:[/?#]|$)"));
    QString pid;
    line.walk([&](HtmlNode n) {
        if (n.is("a")) {
            const QRegularExpressionMatch m = post.match(n.attributeString("href"));
            if (m.hasMatch()) {
                pid = m.captured(1);
                return HtmlNode::Walk::Stop;
            }
        }
        return HtmlNode::Walk::Descend;
    });
    return pid;
}

// Whether n is the composer's "@name said in [Topic](/post/PID):" line of the quote after it.
bool isSaidInLine(HtmlNode n)
{
    if (!n.is("p"))
        return false;
    const HtmlNode quote = nextElement(n);
    if (!quote || !quote.is("blockquote"))
        return false;
    const QString text = n.textContent().simplified();
    return text.size() < 1000 && text.endsWith(QLatin1Char(':')) && !quotedPid(n).isEmpty();
}

// The "said in" line before a blockquote, if there is one: a short look back, so that a
// post of many quotes is read in linear time.
HtmlNode saidInLineOf(HtmlNode quote)
{
    HtmlNode previous;
    int steps = 0;
    for (HtmlNode s = quote.parent().firstChild(); s && s != quote; s = s.next()) {
        if (++steps > 256)
            return {};
        if (s.isElement())
            previous = s;
    }
    return previous && isSaidInLine(previous) ? previous : HtmlNode();
}

} // namespace

QList<Block> NodeBbBodyReader::readContent(const QString &html, const QUrl &base)
{
    if (html.trimmed().isEmpty())
        return {};
    const HtmlDocument doc(html.toUtf8());
    if (!doc.isValid())
        return {};
    NodeBbBodyReader reader;
    reader.setBaseUrl(base);
    return reader.read(doc.body(), 0);
}

PostBodyReader::Element NodeBbBodyReader::classify(HtmlNode n) const
{
    if (isSaidInLine(n))
        return Element::Skip; // readQuote takes the name and the source from it
    return PostBodyReader::classify(n);
}

Block NodeBbBodyReader::readQuote(HtmlNode n, int quoteDepth)
{
    Block quote;
    quote.kind = Block::Kind::Quote;
    if (const HtmlNode line = saidInLineOf(n)) {
        quote.quoteSource = quotedPid(line);
        // "@name said in Topic:": the name is the first word, a mention link as a rule.
        QString name = line.textContent().simplified().section(QLatin1Char(' '), 0, 0);
        if (name.startsWith(QLatin1Char('@')))
            name.remove(0, 1);
        quote.quoteAuthor = name.left(200);
    }
    NodeBbBodyReader inner;
    inner.setBaseUrl(baseUrl());
    quote.children = inner.read(n, quoteDepth + 1);
    return quote;
}

} // namespace Threadkeeper
