// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace Threadkeeper {

namespace {

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

// Inline markup of one paragraph, heading or list item. Delimiters that find no closer
// are remembered, so unmatched ones cost one scan each, not one per occurrence.
class InlineReader
{
public:
    explicit InlineReader(QStringView text)
        : m_text(text)
    { }
    QString read() { return span(0, m_text.size(), 0); }

private:
    QString span(qsizetype from, qsizetype to, int depth);
    // **bold**, __bold__ or ~~struck~~ at i: written to out, and where reading goes on.
    std::optional<qsizetype> strong(qsizetype i, qsizetype to, int depth, QString *out);
    // The closer of delim after from (before to), or -1; for single * and _ a double
    // one is not a closer.
    qsizetype closer(QStringView delim, qsizetype from, qsizetype to);
    bool wordChar(qsizetype i) const { return i >= 0 && i < m_text.size() && m_text[i].isLetterOrNumber(); }

    // Delimiters known to have no closer within a range: any search inside it fails too.
    QHash<QString, std::pair<qsizetype, qsizetype>> m_unclosed;
    QStringView m_text;
};

qsizetype InlineReader::closer(QStringView delim, qsizetype from, qsizetype to)
{
    const QString key = delim.toString();
    if (const auto it = m_unclosed.constFind(key);
        it != m_unclosed.cend() && from >= it->first && to <= it->second)
        return -1;
    for (qsizetype i = m_text.indexOf(delim, from); i >= 0 && i + delim.size() <= to;
         i = m_text.indexOf(delim, i + 1)) {
        if (delim.size() == 1 && delim != u"`") {
            const QChar c = delim[0];
            if ((i + 1 < m_text.size() && m_text[i + 1] == c) || (i > 0 && m_text[i - 1] == c))
                continue;
            if (c == u'_' && wordChar(i + 1))
                continue; // snake_case is not emphasis
        }
        if (i > from)
            return i;
    }
    m_unclosed.insert(key, {from, to});
    return -1;
}

QString InlineReader::span(qsizetype from, qsizetype to, int depth)
{
    QString out;
    qsizetype i = from;
    auto plain = [&](qsizetype until) {
        if (until > i)
            out += escaped(m_text.mid(i, until - i));
        i = until;
    };
    static const QRegularExpression bareUrl(QStringLiteral("^https?://[^\\s<>\"]+"));
    while (i < to) {
        const QChar c = m_text[i];
        if (c == u'\\' && i + 1 < to && m_text[i + 1].isPunct()) {
            out += escaped(m_text.mid(i + 1, 1));
            i += 2;
            continue;
        }
        if (depth < Markdown::MaxInlineDepth) {
            if (c == u'`') {
                if (const qsizetype end = closer(u"`", i + 1, to); end > i) {
                    out += QStringLiteral("<code>") + escaped(m_text.mid(i + 1, end - i - 1))
                        + QStringLiteral("</code>");
                    i = end + 1;
                    continue;
                }
            }
            if (const std::optional<qsizetype> after = strong(i, to, depth, &out)) {
                i = *after;
                continue;
            }
            if ((c == u'*' || (c == u'_' && !wordChar(i - 1))) && i + 1 < to && !m_text[i + 1].isSpace()) {
                const QChar d[1] = {c};
                if (const qsizetype end = closer(QStringView(d, 1), i + 1, to); end > i + 1) {
                    out += QStringLiteral("<i>") + span(i + 1, end, depth + 1) + QStringLiteral("</i>");
                    i = end + 1;
                    continue;
                }
            }
            if (c == u'[' || (c == u'!' && i + 1 < to && m_text[i + 1] == u'[')) {
                const bool image = c == u'!';
                const qsizetype open = image ? i + 1 : i;
                const qsizetype close = closer(u"]", open + 1, to);
                if (close > open && close + 1 < to && m_text[close + 1] == u'(') {
                    if (const qsizetype paren = closer(u")", close + 2, to); paren > close + 1) {
                        QString target = m_text.mid(close + 2, paren - close - 2).trimmed().toString();
                        target = target.section(QLatin1Char(' '), 0, 0); // [a](url "title")
                        if (image)
                            out += QStringLiteral("<img src=\"%1\" alt=\"%2\">")
                                       .arg(escaped(target), escaped(m_text.mid(open + 1, close - open - 1)));
                        else
                            out += QStringLiteral("<a href=\"%1\">").arg(escaped(target))
                                + span(open + 1, close, depth + 1) + QStringLiteral("</a>");
                        i = paren + 1;
                        continue;
                    }
                }
            }
        }
        if (c == u'<') {
            // <https://…>: an autolink; anything else is text.
            const qsizetype end = m_text.indexOf(u'>', i);
            const QStringView inside = end > i && end < to ? m_text.mid(i + 1, end - i - 1) : QStringView();
            if (bareUrl.matchView(inside).capturedLength() == inside.size() && !inside.isEmpty()) {
                out += QStringLiteral("<a href=\"%1\">%1</a>").arg(escaped(inside));
                i = end + 1;
                continue;
            }
        }
        if (c == u'h' && !wordChar(i - 1)) {
            const QRegularExpressionMatch m = bareUrl.matchView(m_text.mid(i, to - i));
            if (m.hasMatch()) {
                QString url = m.captured(0);
                while (!url.isEmpty() && QStringLiteral(".,;:!?)'").contains(url.back()))
                    url.chop(1);
                out += QStringLiteral("<a href=\"%1\">%1</a>").arg(escaped(url));
                i += url.size();
                continue;
            }
        }
        plain(i + 1);
    }
    return out;
}

std::optional<qsizetype> InlineReader::strong(qsizetype i, qsizetype to, int depth, QString *out)
{
    for (const auto &[delim, tag] :
        {std::pair {u"**", "b"}, std::pair {u"__", "b"}, std::pair {u"~~", "s"}}) {
        const QStringView d(delim);
        if (m_text.mid(i, 2) != d)
            continue;
        if (const qsizetype end = closer(d, i + 2, to); end > i + 2) {
            const QString t = QLatin1StringView(tag);
            *out += QStringLiteral("<%1>").arg(t) + span(i + 2, end, depth + 1)
                + QStringLiteral("</%1>").arg(t);
            return end + 2;
        }
    }
    return std::nullopt;
}

QString inlineHtml(const QString &text)
{
    // A line ending in two spaces or a backslash breaks; other line ends are spaces.
    QStringList lines = text.split(QLatin1Char('\n'));
    QString out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        const bool hardBreak = line.endsWith(QLatin1String("  ")) || line.endsWith(QLatin1Char('\\'));
        if (line.endsWith(QLatin1Char('\\')))
            line.chop(1);
        out += InlineReader(QStringView(line).trimmed()).read();
        if (i + 1 < lines.size())
            out += hardBreak ? QStringLiteral("<br>") : QStringLiteral(" ");
    }
    return out;
}

class BlockReader
{
public:
    BlockReader(const QStringList &lines, int quoteDepth)
        : m_lines(lines)
        , m_quoteDepth(quoteDepth)
    { }
    QString read();

private:
    bool blank(qsizetype i) const { return m_lines[i].trimmed().isEmpty(); }
    void flushParagraph();
    void flushList();

    const QStringList &m_lines;
    int m_quoteDepth;
    QString m_out;
    QStringList m_paragraph;
    QStringList m_items;
    bool m_ordered = false;
};

void BlockReader::flushParagraph()
{
    if (!m_paragraph.isEmpty())
        m_out += QStringLiteral("<p>") + inlineHtml(m_paragraph.join(QLatin1Char('\n')))
            + QStringLiteral("</p>");
    m_paragraph.clear();
}

void BlockReader::flushList()
{
    if (m_items.isEmpty())
        return;
    const QString tag = m_ordered ? QStringLiteral("ol") : QStringLiteral("ul");
    m_out += QStringLiteral("<%1>").arg(tag);
    for (const QString &item : std::as_const(m_items))
        m_out += QStringLiteral("<li>") + inlineHtml(item) + QStringLiteral("</li>");
    m_out += QStringLiteral("</%1>").arg(tag);
    m_items.clear();
}

QString BlockReader::read()
{
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(```+|~~~+)\\s*([\\w+#.-]*)"));
    static const QRegularExpression heading(QStringLiteral("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression bullet(QStringLiteral("^ {0,3}[-*+]\\s+(.*)$"));
    static const QRegularExpression numbered(QStringLiteral("^ {0,3}\\d{1,9}[.)]\\s+(.*)$"));
    static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$"));
    static const QRegularExpression spoiler(QStringLiteral("^ {0,3}:::\\s*spoiler\\s*(.*)$"));
    static const QRegularExpression quoteMark(QStringLiteral("^ {0,3}> ?"));
    const qsizetype n = m_lines.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QString &line = m_lines[i];
        if (blank(i)) {
            flushParagraph();
            flushList();
            continue;
        }
        if (const QRegularExpressionMatch m = fence.match(line); m.hasMatch()) {
            flushParagraph();
            flushList();
            const QString marker = m.captured(1);
            QStringList code;
            for (++i; i < n && !m_lines[i].trimmed().startsWith(marker); ++i)
                code.append(m_lines[i]);
            const QString language = m.captured(2);
            m_out += (language.isEmpty()
                             ? QStringLiteral("<pre><code>")
                             : QStringLiteral("<pre><code class=\"language-%1\">").arg(escaped(language)))
                + escaped(code.join(QLatin1Char('\n'))) + QStringLiteral("</code></pre>");
            continue;
        }
        if (m_paragraph.isEmpty() && m_items.isEmpty()
            && (line.startsWith(QLatin1String("    ")) || line.startsWith(QLatin1Char('\t')))) {
            QStringList code;
            for (; i < n
                 && (blank(i) || m_lines[i].startsWith(QLatin1String("    "))
                     || m_lines[i].startsWith(QLatin1Char('\t')));
                 ++i)
                code.append(m_lines[i].startsWith(QLatin1Char('\t')) ? m_lines[i].mid(1) : m_lines[i].mid(4));
            --i;
            while (!code.isEmpty() && code.last().trimmed().isEmpty())
                code.removeLast();
            m_out += QStringLiteral("<pre><code>") + escaped(code.join(QLatin1Char('\n')))
                + QStringLiteral("</code></pre>");
            continue;
        }
        if (quoteMark.match(line).hasMatch()) {
            flushParagraph();
            flushList();
            // The quote runs while lines start with ">" (or continue its paragraph lazily).
            QStringList inner;
            for (; i < n && !blank(i); ++i) {
                const QRegularExpressionMatch q = quoteMark.match(m_lines[i]);
                inner.append(q.hasMatch() ? m_lines[i].mid(q.capturedLength()) : m_lines[i]);
            }
            --i;
            m_out += QStringLiteral("<blockquote>")
                + (m_quoteDepth < Markdown::MaxQuoteDepth ? BlockReader(inner, m_quoteDepth + 1).read()
                                                          : QStringLiteral("<p>")
                            + escaped(inner.join(QLatin1Char(' '))) + QStringLiteral("</p>"))
                + QStringLiteral("</blockquote>");
            continue;
        }
        if (const QRegularExpressionMatch m = spoiler.match(line);
            m.hasMatch() && m_quoteDepth < Markdown::MaxQuoteDepth) {
            flushParagraph();
            flushList();
            QStringList inner;
            for (++i; i < n && m_lines[i].trimmed() != QLatin1String(":::"); ++i)
                inner.append(m_lines[i]);
            m_out += QStringLiteral("<details><summary>") + escaped(m.captured(1).trimmed())
                + QStringLiteral("</summary>") + BlockReader(inner, m_quoteDepth + 1).read()
                + QStringLiteral("</details>");
            continue;
        }
        if (const QRegularExpressionMatch m = heading.match(line); m.hasMatch()) {
            flushParagraph();
            flushList();
            const int level = int(m.captured(1).size());
            m_out += QStringLiteral("<h%1>").arg(level) + inlineHtml(m.captured(2))
                + QStringLiteral("</h%1>").arg(level);
            continue;
        }
        if (rule.match(line).hasMatch()) {
            flushParagraph();
            flushList();
            m_out += QStringLiteral("<hr>");
            continue;
        }
        const QRegularExpressionMatch b = bullet.match(line);
        const QRegularExpressionMatch o = b.hasMatch() ? QRegularExpressionMatch() : numbered.match(line);
        if (b.hasMatch() || o.hasMatch()) {
            flushParagraph();
            if (!m_items.isEmpty() && m_ordered != o.hasMatch())
                flushList();
            m_ordered = o.hasMatch();
            m_items.append((b.hasMatch() ? b : o).captured(1));
            continue;
        }
        if (!m_items.isEmpty()) {
            m_items.last() += QLatin1Char('\n') + line.trimmed(); // the item goes on
            continue;
        }
        m_paragraph.append(line);
    }
    flushParagraph();
    flushList();
    return m_out;
}

} // namespace

QString markdownToHtml(const QString &markdown)
{
    QString text = markdown.left(Markdown::MaxInput);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    return BlockReader(lines, 0).read();
}

} // namespace Threadkeeper
