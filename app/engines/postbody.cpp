// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postbody.h"

#include <QRegularExpression>

namespace Threadkeeper {

QList<Block> PostBodyReader::read(HtmlNode container, int quoteDepth)
{
    m_blocks.clear();
    m_pending.clear();
    m_spans.clear();
    m_links.clear();
    m_flushed = 0;
    if (container)
        walk(container, 0, quoteDepth);
    flush();
    return std::move(m_blocks);
}

PostBodyReader::Element PostBodyReader::classify(HtmlNode n) const
{
    static const QByteArrayView skipped[]
        = {"script", "style", "noscript", "iframe", "object", "embed", "svg", "template", "button", "form",
            "input", "select", "textarea", "head", "meta", "link", "video", "audio", "summary"};
    static const QByteArrayView blocks[] = {"div", "p", "tr", "hr", "section", "article", "aside", "header",
        "footer", "dl", "dd", "dt", "center", "figure", "tbody", "thead", "tfoot", "td", "th"};
    static const QByteArrayView headings[] = {"h1", "h2", "h3", "h4", "h5", "h6"};
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
    if (tag == "table")
        return Element::Table;
    if (tag == "details")
        return Element::Spoiler;
    for (const QByteArrayView h : headings) {
        if (tag == h)
            return Element::Heading;
    }
    for (const QByteArrayView b : blocks) {
        if (tag == b)
            return Element::Block;
    }
    return Element::Inline;
}

std::pair<QString, HtmlNode> PostBodyReader::spoilerParts(HtmlNode n) const
{
    const HtmlNode summary = n.findFirstTag("summary");
    return {summary ? summary.textContent().simplified() : QString(), n};
}

QString PostBodyReader::resolvedUrl(const QString &href) const
{
    const QString trimmed = href.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxUrl)
        return {};
    QUrl url(trimmed);
    if (url.isRelative() && m_base.isValid())
        url = m_base.resolved(url);
    // Kept whatever the scheme, so the reader can see where a link pointed; what may
    // open is decided when it is clicked.
    return url.isValid() ? url.toString() : QString();
}

void PostBodyReader::appendText(QStringView text)
{
    if (m_pending.size() < MaxBlockText)
        m_pending += text.left(MaxBlockText - m_pending.size());
}

void PostBodyReader::flush()
{
    // Markup white space is not significant: runs become one space, <br> became '\n',
    // and a blank line ends a paragraph. Where spans exist, each kept character's
    // paragraph and offset are noted so the spans can follow the text.
    const qsizetype n = m_pending.size();
    const bool mapSpans = !m_spans.isEmpty();
    QList<int> paragraphOf, offsetOf;
    if (mapSpans) {
        paragraphOf.fill(-1, n);
        offsetOf.fill(-1, n);
    }
    const qsizetype first = m_blocks.size();
    Block current;
    bool open = false;
    int newlines = 0;
    bool space = false;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = m_pending.at(i);
        if (c == QLatin1Char('\n')) {
            ++newlines;
            continue;
        }
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (open) {
            if (newlines >= 2) {
                m_blocks.append(std::move(current));
                current = Block {};
                open = false;
            } else if (newlines == 1) {
                current.text += QLatin1Char('\n');
            } else if (space) {
                current.text += QLatin1Char(' ');
            }
        }
        newlines = 0;
        space = false;
        open = true;
        if (mapSpans) {
            paragraphOf[i] = int(m_blocks.size() - first);
            offsetOf[i] = int(current.text.size());
        }
        current.text += c;
    }
    if (open)
        m_blocks.append(std::move(current));

    for (const Span &span : std::as_const(m_spans)) {
        const qsizetype from = std::max<qsizetype>(span.start - m_flushed, 0);
        const qsizetype to = std::min<qsizetype>(span.start + span.length - m_flushed, n);
        qsizetype a = from, b = to - 1;
        while (a < to && paragraphOf[a] < 0)
            ++a;
        while (b >= a && paragraphOf[b] < 0)
            --b;
        if (a > b)
            continue;
        for (int p = paragraphOf[a]; p <= paragraphOf[b]; ++p) {
            Block &block = m_blocks[first + p];
            const int start = p == paragraphOf[a] ? offsetOf[a] : 0;
            const int end = p == paragraphOf[b] ? offsetOf[b] + 1 : int(block.text.size());
            if (end > start)
                block.spans.append(Span {start, end - start, span.styles, span.href});
        }
    }
    m_spans.clear();
    m_flushed += n;
    m_pending.clear();
}

QList<Block> PostBodyReader::takeSince(qsizetype mark)
{
    flush();
    QList<Block> taken = m_blocks.mid(mark);
    m_blocks.resize(mark);
    return taken;
}

Block PostBodyReader::readMerged(HtmlNode n, Block::Kind kind, int depth, int quoteDepth, QList<Block> *rest)
{
    flush();
    const qsizetype mark = m_blocks.size();
    walk(n, depth + 1, quoteDepth);
    Block merged;
    merged.kind = kind;
    for (Block &part : takeSince(mark)) {
        if (part.kind != Block::Kind::Paragraph) {
            if (rest)
                rest->append(std::move(part));
            continue;
        }
        if (!merged.text.isEmpty())
            merged.text += QLatin1Char('\n');
        const int shift = int(merged.text.size());
        for (Span span : std::as_const(part.spans)) {
            span.start += shift;
            merged.spans.append(span);
        }
        merged.text += part.text;
    }
    return merged;
}

void PostBodyReader::readInline(HtmlNode n, int depth, int quoteDepth)
{
    quint8 styles = 0;
    const QByteArrayView tag = n.tag();
    if (tag == "b" || tag == "strong")
        styles = Span::Bold;
    else if (tag == "i" || tag == "em" || tag == "cite")
        styles = Span::Italic;
    else if (tag == "u" || tag == "ins")
        styles = Span::Underline;
    else if (tag == "s" || tag == "strike" || tag == "del")
        styles = Span::Strike;
    else if (tag == "code" || tag == "kbd" || tag == "tt" || tag == "samp")
        styles = Span::InlineCode;
    else if (n.hasClass("bbCodeInlineSpoiler") || n.hasClass("spoiler"))
        styles = Span::Spoiler;
    const QString href = tag == "a" ? resolvedUrl(n.attributeString("href")) : QString();
    const qsizetype start = m_flushed + m_pending.size();
    if (!href.isEmpty())
        m_links.append(href);
    walk(n, depth + 1, quoteDepth);
    if (!href.isEmpty())
        m_links.removeLast();
    const qsizetype end = m_flushed + m_pending.size();
    if ((styles != 0 || !href.isEmpty()) && end > start)
        m_spans.append(Span {int(start), int(end - start), styles, href});
}

void PostBodyReader::readImage(HtmlNode n)
{
    QString alt = n.attributeString("alt").simplified();
    // Forums give every posted picture the same alt: XenForo 1 "[&#x200B;IMG]", phpBB "Image"
    // in its language. The forum's word, not the poster's.
    static const QStringList placeholders
        = {QStringLiteral("[img]"), QStringLiteral("image"), QStringLiteral("bild"), QStringLiteral("imagen"),
            QStringLiteral("immagine"), QStringLiteral("afbeelding"), QStringLiteral("obraz"),
            QStringLiteral("imagem"), QStringLiteral("изображение")};
    if (placeholders.contains(QString(alt).remove(QChar(0x200b)).toLower()))
        alt.clear();
    // Smilies are words: XenForo marks them (their pictures are sprites anyway), Discourse
    // calls them emoji and puts the ":name:" in alt.
    if (n.hasClass("smilie") || n.hasClass("emoji") || n.hasAttribute("data-shortname")) {
        appendText(smilieText(alt.isEmpty() ? n.attributeString("data-shortname") : alt));
        return;
    }
    // Lazy-loading pages keep the picture in data-src and a placeholder in src.
    QString url = resolvedUrl(n.attributeString("data-src"));
    if (url.isEmpty())
        url = resolvedUrl(n.attributeString("src"));
    const QString scheme = QUrl(url).scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        appendText(alt.isEmpty() ? QStringLiteral("[image]") : alt);
        return;
    }
    flush();
    Block image;
    image.kind = Block::Kind::Image;
    image.text = alt.left(1000);
    image.url = url;
    if (!m_links.isEmpty() && m_links.last() != url)
        image.link = m_links.last();
    m_blocks.append(image);
}

void PostBodyReader::readList(HtmlNode n, int depth, int quoteDepth)
{
    flush();
    for (HtmlNode li = n.firstChild(); li; li = li.next()) {
        if (!li.is("li"))
            continue;
        QList<Block> rest;
        Block item = readMerged(li, Block::Kind::ListItem, depth, quoteDepth, &rest);
        item.level = 0;
        if (!item.text.isEmpty())
            m_blocks.append(item);
        for (Block &b : rest) {
            if (b.kind == Block::Kind::ListItem)
                b.level = std::min(b.level + 1, 8); // a nested list
            m_blocks.append(std::move(b));
        }
    }
}

void PostBodyReader::readTable(HtmlNode n, int depth, int quoteDepth)
{
    flush();
    Block table;
    table.kind = Block::Kind::Table;
    auto readRow = [&](HtmlNode tr) {
        if (table.children.size() >= MaxTableRows)
            return;
        Block row;
        row.kind = Block::Kind::TableRow;
        bool allHeaders = true;
        for (HtmlNode cell = tr.firstChild(); cell; cell = cell.next()) {
            if (!(cell.is("td") || cell.is("th")) || row.children.size() >= MaxTableColumns)
                continue;
            allHeaders = allHeaders && cell.is("th");
            QList<Block> rest;
            Block merged = readMerged(cell, Block::Kind::Paragraph, depth + 1, quoteDepth, &rest);
            // A cell is one paragraph: anything richer inside keeps its words only.
            for (const Block &b : std::as_const(rest)) {
                const QString words = ownText({b});
                if (!words.isEmpty())
                    merged.text += (merged.text.isEmpty() ? QString() : QStringLiteral("\n")) + words;
            }
            row.children.append(merged);
        }
        if (row.children.isEmpty())
            return;
        row.level = allHeaders ? 1 : 0;
        table.children.append(row);
    };
    for (HtmlNode c = n.firstChild(); c; c = c.next()) {
        if (c.is("tr")) {
            readRow(c);
        } else if (c.is("thead") || c.is("tbody") || c.is("tfoot")) {
            for (HtmlNode tr = c.firstChild(); tr; tr = tr.next()) {
                if (tr.is("tr"))
                    readRow(tr);
            }
        }
    }
    if (!table.children.isEmpty())
        m_blocks.append(table);
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
        case Element::Image:
            readImage(n);
            break;
        case Element::Inline:
            readInline(n, depth, quoteDepth);
            break;
        case Element::Block:
            m_pending += QStringLiteral("\n\n");
            walk(n, depth + 1, quoteDepth);
            m_pending += QStringLiteral("\n\n");
            break;
        case Element::List:
            readList(n, depth, quoteDepth);
            break;
        case Element::Heading: {
            QList<Block> rest;
            Block heading = readMerged(n, Block::Kind::Heading, depth, quoteDepth, &rest);
            heading.level = std::clamp(n.tag().at(1) - '0', 1, 6);
            heading.text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (!heading.text.isEmpty())
                m_blocks.append(heading);
            m_blocks.append(rest);
            break;
        }
        case Element::Table:
            readTable(n, depth, quoteDepth);
            break;
        case Element::Spoiler: {
            flush();
            const auto [title, content] = spoilerParts(n);
            const qsizetype mark = m_blocks.size();
            if (content)
                walk(content, depth + 1, quoteDepth);
            Block spoiler;
            spoiler.kind = Block::Kind::Spoiler;
            spoiler.text = title.left(1000);
            spoiler.children = takeSince(mark);
            if (!spoiler.children.isEmpty())
                m_blocks.append(spoiler);
            break;
        }
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
