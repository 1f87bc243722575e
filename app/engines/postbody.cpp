// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postbody.h"

#include <QRegularExpression>

namespace Threadkeeper {

QString normalizedText(const QString &text)
{
    return text.simplified();
}

QString ownText(const QList<Block> &blocks)
{
    QStringList lines;
    for (const Block &b : blocks) {
        if (b.kind != Block::Kind::Quote && !b.text.isEmpty())
            lines.append(b.text);
    }
    return lines.join(QLatin1Char('\n'));
}

void fillTextAndQuotes(Post *post)
{
    post->text = ownText(post->body);
    post->quotes.clear();
    for (const Block &b : std::as_const(post->body)) {
        if (b.kind != Block::Kind::Quote)
            continue;
        Quote q;
        q.author = b.quoteAuthor;
        q.source = b.quoteSource;
        q.text = ownText(b.children);
        q.resolved = q.source;
        post->quotes.append(q);
    }
}

QList<Block> PostBodyReader::read(HtmlNode container, int quoteDepth)
{
    m_blocks.clear();
    m_pending.clear();
    if (container)
        walk(container, 0, quoteDepth);
    flush();
    return std::move(m_blocks);
}

PostBodyReader::Element PostBodyReader::classify(HtmlNode n) const
{
    static const QByteArrayView skipped[]
        = {"script", "style", "noscript", "iframe", "object", "embed", "svg", "template", "button", "form",
            "input", "select", "textarea", "head", "meta", "link", "video", "audio"};
    static const QByteArrayView blocks[] = {"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr",
        "hr", "section", "article", "aside", "header", "footer", "dl", "dd", "dt", "center", "figure"};
    const QByteArrayView tag = n.tag();
    for (const QByteArrayView s : skipped) {
        if (tag == s)
            return Element::Skip;
    }
    if (tag == "br")
        return Element::LineBreak;
    if (tag == "img")
        return Element::Image;
    if (tag == "ul" || tag == "ol")
        return Element::List;
    if (tag == "pre")
        return Element::Code;
    if (tag == "blockquote")
        return Element::Quote;
    for (const QByteArrayView b : blocks) {
        if (tag == b)
            return Element::Block;
    }
    return Element::Inline;
}

void PostBodyReader::appendText(QStringView text)
{
    if (m_pending.size() < MaxBlockText)
        m_pending += text.left(MaxBlockText - m_pending.size());
}

void PostBodyReader::flush()
{
    // Markup white space is not significant; <br> became '\n'. A blank line ends a paragraph.
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n[\\s]*"));
    const QStringList paragraphs = m_pending.split(blank, Qt::SkipEmptyParts);
    for (const QString &p : paragraphs) {
        QStringList lines = p.split(QLatin1Char('\n'));
        for (QString &line : lines)
            line = line.simplified();
        lines.removeAll(QString());
        if (lines.isEmpty())
            continue;
        Block b;
        b.kind = Block::Kind::Paragraph;
        b.text = lines.join(QLatin1Char('\n'));
        m_blocks.append(b);
    }
    m_pending.clear();
}

void PostBodyReader::walk(HtmlNode container, int depth, int quoteDepth)
{
    for (HtmlNode n = container.firstChild(); n; n = n.next()) {
        if (n.isText()) {
            // Source line breaks are spaces in HTML.
            QString text = QString::fromUtf8(n.ownText());
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            appendText(text);
            continue;
        }
        if (!n.isElement())
            continue;
        if (depth >= MaxDepth) {
            // Hostile nesting: keep the words, drop the structure.
            appendText(n.textContent().simplified());
            continue;
        }
        switch (classify(n)) {
        case Element::Skip:
            break;
        case Element::LineBreak:
            m_pending += QLatin1Char('\n');
            break;
        case Element::Image: {
            const QString alt = n.attributeString("alt").simplified();
            appendText(alt.isEmpty() ? QStringLiteral("[image]") : alt);
            break;
        }
        case Element::Inline:
            walk(n, depth + 1, quoteDepth);
            break;
        case Element::Block:
            m_pending += QStringLiteral("\n\n");
            walk(n, depth + 1, quoteDepth);
            m_pending += QStringLiteral("\n\n");
            break;
        case Element::List:
            flush();
            n.forEachMatch([](HtmlNode li) { return li.is("li"); },
                [this](HtmlNode li) {
                    Block b;
                    b.kind = Block::Kind::ListItem;
                    b.text = li.textContent().simplified().left(MaxBlockText);
                    if (!b.text.isEmpty())
                        m_blocks.append(b);
                });
            break;
        case Element::Code: {
            flush();
            Block b;
            b.kind = Block::Kind::Code;
            const HtmlNode pre = n.is("pre") ? n : n.findFirstTag("pre");
            const HtmlNode code = (pre ? pre : n).findFirstTag("code");
            b.text = (pre ? pre : n).textContent().left(MaxBlockText);
            while (b.text.endsWith(QLatin1Char('\n')))
                b.text.chop(1);
            static const QRegularExpression lang(QStringLiteral("\\blang(?:uage)?-([\\w+#-]+)"));
            const QRegularExpressionMatch m = lang.match((code ? code : n).attributeString("class"));
            if (m.hasMatch())
                b.language = m.captured(1);
            if (!b.text.isEmpty())
                m_blocks.append(b);
            break;
        }
        case Element::Quote:
            flush();
            if (quoteDepth >= MaxQuoteDepth) {
                appendText(n.textContent().simplified());
                flush();
            } else {
                m_blocks.append(readQuote(n, quoteDepth));
            }
            break;
        }
    }
}

} // namespace Threadkeeper
