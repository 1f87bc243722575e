// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown.h"

#include "engines/postbody.h"

#include <QByteArray>
#include <QList>

#include <md4c.h>
#include <myhtml/charef.h>

#include <optional>

// md4c's parser calls us back for every block, span and piece of text, and we write the
// HTML ourselves rather than through md4c-html: so every byte of text is escaped here,
// a link's scheme is checked on the address as it will be read (entities decoded), a
// picture becomes the <img> with the description our body reader wants, and markup
// nested past our bounds is left out while its text stays.

namespace Threadkeeper {

namespace {

constexpr unsigned ParserFlags
    = MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;

void appendEscaped(QByteArray *out, QByteArrayView text)
{
    for (const char c : text) {
        switch (c) {
        case '&':
            *out += "&amp;";
            break;
        case '<':
            *out += "&lt;";
            break;
        case '>':
            *out += "&gt;";
            break;
        case '"':
            *out += "&quot;";
            break;
        default:
            *out += c;
        }
    }
}

QByteArray escaped(QByteArrayView text)
{
    QByteArray out;
    appendEscaped(&out, text);
    return out;
}

// md4c reports an entity in its strict form ("&name;", "&#9;", "&#x9;") whether or not
// HTML knows the name; written as it is, the HTML reader decodes it. Checked anyway:
// nothing else may pass unescaped.
bool plainEntity(QByteArrayView e)
{
    if (e.size() < 3 || e.front() != '&' || e.back() != ';')
        return false;
    for (const char c : e.sliced(1, e.size() - 2)) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '#'))
            return false;
    }
    return true;
}

// Whether the HTML reader reads entity e (checked by plainEntity) as the whole of it:
// numbers always; a name only when it is one of HTML's, as CommonMark wants, for an
// HTML reader reads "&notit;" as "¬it;".
bool knownEntity(QByteArrayView e)
{
    if (e[1] == '#')
        return true;
    const QByteArrayView name = e.sliced(1); // with its ';', as MyHTML's table has it
    size_t offset = 0;
    size_t codepoints = 0;
    const charef_entry_t *entry = myhtml_charef_find(name.data(), &offset, size_t(name.size()), &codepoints);
    return entry && offset == size_t(name.size()) && codepoints > 0;
}

// An entity in an address, decoded so its scheme is checked as it will be read: numbers
// and the few names addresses use. Any other name is nullopt: such an address is no
// link, so "javascript&colon;" cannot turn into a scheme behind our back.
std::optional<QByteArray> decodedEntity(QByteArrayView e)
{
    if (e.size() > 3 && e[1] == '#') {
        const bool hex = e[2] == 'x' || e[2] == 'X';
        bool ok = false;
        const uint code = e.sliced(hex ? 3 : 2, e.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        const char32_t c
            = ok && code != 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? code : 0xfffd;
        return QString::fromUcs4(&c, 1).toUtf8();
    }
    static const std::pair<QByteArrayView, QByteArrayView> names[] = {{"&amp;", "&"}, {"&lt;", "<"},
        {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&nbsp;", "\xc2\xa0"}};
    for (const auto &[name, value] : names) {
        if (e == name)
            return value.toByteArray();
    }
    return std::nullopt;
}

// An address as it will be read, or nullopt when an entity in it is one we do not decode.
std::optional<QByteArray> addressOf(const MD_ATTRIBUTE &a)
{
    QByteArray out;
    if (!a.text || !a.substr_offsets)
        return out;
    for (int i = 0; a.substr_offsets[i] < a.size; ++i) {
        const QByteArrayView part(
            a.text + a.substr_offsets[i], a.substr_offsets[i + 1] - a.substr_offsets[i]);
        if (a.substr_types[i] == MD_TEXT_ENTITY) {
            const std::optional<QByteArray> decoded = decodedEntity(part);
            if (!decoded)
                return std::nullopt;
            out += *decoded;
        } else if (a.substr_types[i] == MD_TEXT_NULLCHAR) {
            out += "\xef\xbf\xbd";
        } else {
            out += part;
        }
    }
    return out;
}

// http, https and mailto addresses, and relative ones (they resolve against the
// thread's https address); anything else with a scheme is not a link.
bool allowedAddress(const std::optional<QByteArray> &decoded)
{
    const QByteArrayView address = decoded ? QByteArrayView(*decoded).trimmed() : QByteArrayView();
    if (address.isEmpty())
        return false;
    const qsizetype colon = address.indexOf(':');
    if (colon < 0)
        return true;
    for (const char c : address.first(colon)) {
        if (c == '/' || c == '?' || c == '#')
            return true; // the colon is in the path or later: relative
    }
    const QByteArray scheme = address.first(colon).toByteArray().toLower();
    return scheme == "http" || scheme == "https" || scheme == "mailto";
}

// One run of md4c over markdown with no spoilers left in it.
class HtmlWriter
{
public:
    HtmlWriter(int quoteDepth, QByteArray *out)
        : m_quoteDepth(quoteDepth)
        , m_out(out)
        , m_blockDepth(quoteDepth) // the spoilers around this text are written elements too
    { }
    // False when md4c failed or the text made more calls than its size allows.
    bool write(QByteArrayView markdown);

private:
    int enterBlock(MD_BLOCKTYPE type, void *detail);
    int leaveBlock(MD_BLOCKTYPE type);
    int enterSpan(MD_SPANTYPE type, void *detail);
    int leaveSpan(MD_SPANTYPE type);
    int text(MD_TEXTTYPE type, QByteArrayView text);
    // Whether a container of levels written elements fits within MaxBlockDepth.
    bool room(int levels) const { return m_blockDepth + levels <= Markdown::MaxBlockDepth; }
    bool parentWritten() const { return !m_blocks.isEmpty() && m_blocks.last(); }
    void openBlock(bool written, const char *tag);
    // Rows and cells past what our body reader keeps are left out whole: a short row is
    // filled up to the table's columns, so a table could otherwise grow far past its text.
    void dropPast(int count, int limit);

    int m_quoteDepth;
    QByteArray *m_out;
    QList<bool> m_blocks; // per open block: whether its tags were written
    enum class SpanState : quint8
    {
        Unwritten,
        Written,
        Tildes, // "~a~": its tildes written back as text
    };
    QList<SpanState> m_spans; // per open span
    int m_blockDepth = 0; // written container elements open
    int m_inlineDepth = 0; // written inline elements open
    int m_imageDepth = 0; // pictures open (a description may hold pictures)
    std::optional<QByteArray> m_imageSource;
    QByteArray m_imageText; // the description, escaped
    unsigned m_headingLevel = 1;
    bool m_inCode = false;
    int m_codeNewlines = 0; // held back: a code block's last line end is not its text
    int m_tableRows = 0;
    int m_rowCells = 0;
    qsizetype m_dropLevel = -1; // the open block being left out, as its m_blocks size
    qsizetype m_dropMark = 0; // where its output began
    qint64 m_callsLeft = 0;
    QByteArrayView m_markdown;
    // Where the <s> of a strike-through just opened was written, until its text shows
    // whether one tilde opened it: md4c strikes "~a~" as GitHub does, while Lemmy makes
    // it a subscript (and "~a b~" text), so we leave it as written.
    qsizetype m_strikeAt = -1;
};

bool HtmlWriter::write(QByteArrayView markdown)
{
    // Markdown makes at most two calls a byte, but md4c fills every short row of a table
    // up to its columns (128 at most): a text of short rows makes a hundred calls a byte.
    // Past a budget well above any real text's, the text is read as plain text.
    m_callsLeft = 200'000 + 4 * markdown.size();
    m_markdown = markdown;
    MD_PARSER parser {};
    parser.abi_version = 0;
    parser.flags = ParserFlags;
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
        auto *writer = static_cast<HtmlWriter *>(self);
        return --writer->m_callsLeft < 0 ? 1 : writer->enterBlock(type, detail);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *, void *self) {
        auto *writer = static_cast<HtmlWriter *>(self);
        return --writer->m_callsLeft < 0 ? 1 : writer->leaveBlock(type);
    };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *self) {
        auto *writer = static_cast<HtmlWriter *>(self);
        return --writer->m_callsLeft < 0 ? 1 : writer->enterSpan(type, detail);
    };
    parser.leave_span = [](MD_SPANTYPE type, void *, void *self) {
        auto *writer = static_cast<HtmlWriter *>(self);
        return --writer->m_callsLeft < 0 ? 1 : writer->leaveSpan(type);
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
        auto *writer = static_cast<HtmlWriter *>(self);
        return --writer->m_callsLeft < 0 ? 1 : writer->text(type, QByteArrayView(text, size));
    };
    return md_parse(markdown.data(), MD_SIZE(markdown.size()), &parser, this) == 0;
}

void HtmlWriter::openBlock(bool written, const char *tag)
{
    m_blocks.append(written);
    if (!written)
        return;
    ++m_blockDepth;
    *m_out += '<';
    *m_out += tag;
    *m_out += '>';
}

void HtmlWriter::dropPast(int count, int limit)
{
    if (count > limit && m_dropLevel < 0) {
        m_dropLevel = m_blocks.size();
        m_dropMark = m_out->size();
    }
}

int HtmlWriter::enterBlock(MD_BLOCKTYPE type, void *detail)
{
    switch (type) {
    case MD_BLOCK_DOC:
        m_blocks.append(true);
        break;
    case MD_BLOCK_QUOTE: {
        const bool written = m_quoteDepth < Markdown::MaxQuoteDepth && room(1);
        openBlock(written, "blockquote");
        if (written)
            ++m_quoteDepth;
        break;
    }
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        // A list and its items are written together or not at all: an item outside a
        // list is no item to our reader.
        openBlock(room(2), type == MD_BLOCK_UL ? "ul" : "ol");
        break;
    case MD_BLOCK_LI:
        openBlock(parentWritten(), "li");
        break;
    case MD_BLOCK_TABLE:
        m_tableRows = 0;
        openBlock(room(4), "table"); // table, head or body, row, cell
        break;
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
        openBlock(parentWritten(), type == MD_BLOCK_THEAD ? "thead" : "tbody");
        break;
    case MD_BLOCK_TR:
        m_rowCells = 0;
        dropPast(++m_tableRows, PostBodyReader::MaxTableRows);
        openBlock(parentWritten(), "tr");
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        dropPast(++m_rowCells, PostBodyReader::MaxTableColumns);
        openBlock(parentWritten(), type == MD_BLOCK_TH ? "th" : "td");
        break;
    case MD_BLOCK_HR:
        m_blocks.append(false);
        *m_out += "<hr>";
        break;
    case MD_BLOCK_H: {
        m_headingLevel = qBound(1u, static_cast<const MD_BLOCK_H_DETAIL *>(detail)->level, 6u);
        m_blocks.append(false);
        *m_out += "<h" + QByteArray::number(m_headingLevel) + '>';
        break;
    }
    case MD_BLOCK_CODE: {
        const QByteArray language
            = addressOf(static_cast<const MD_BLOCK_CODE_DETAIL *>(detail)->lang).value_or(QByteArray());
        m_blocks.append(false);
        *m_out += language.isEmpty() ? QByteArray("<pre><code>")
                                     : "<pre><code class=\"language-" + escaped(language) + "\">";
        m_inCode = true;
        m_codeNewlines = 0;
        break;
    }
    case MD_BLOCK_HTML: // not with MD_FLAG_NOHTML; were it to come, a paragraph of text
    case MD_BLOCK_P:
        m_blocks.append(false);
        *m_out += "<p>";
        break;
    }
    return 0;
}

int HtmlWriter::leaveBlock(MD_BLOCKTYPE type)
{
    const bool written = m_blocks.isEmpty() ? false : m_blocks.takeLast();
    auto close = [&](const char *tag, const char *otherwise) {
        if (written) {
            *m_out += "</";
            *m_out += tag;
            *m_out += '>';
            --m_blockDepth;
        } else {
            *m_out += otherwise; // what kept the parts of markup left out apart
        }
    };
    switch (type) {
    case MD_BLOCK_DOC:
    case MD_BLOCK_HR:
        break;
    case MD_BLOCK_QUOTE:
        close("blockquote", "");
        if (written)
            --m_quoteDepth;
        break;
    case MD_BLOCK_UL:
        close("ul", "");
        break;
    case MD_BLOCK_OL:
        close("ol", "");
        break;
    case MD_BLOCK_LI:
        close("li", "<br>");
        break;
    case MD_BLOCK_TABLE:
        close("table", "");
        break;
    case MD_BLOCK_THEAD:
        close("thead", "");
        break;
    case MD_BLOCK_TBODY:
        close("tbody", "");
        break;
    case MD_BLOCK_TR:
        close("tr", "<br>");
        break;
    case MD_BLOCK_TH:
        close("th", " ");
        break;
    case MD_BLOCK_TD:
        close("td", " ");
        break;
    case MD_BLOCK_H:
        *m_out += "</h" + QByteArray::number(m_headingLevel) + '>'; // headings hold no blocks
        break;
    case MD_BLOCK_CODE:
        *m_out += "</code></pre>";
        m_inCode = false;
        break;
    case MD_BLOCK_HTML:
    case MD_BLOCK_P:
        *m_out += "</p>";
        break;
    }
    if (m_blocks.size() == m_dropLevel) {
        m_out->truncate(m_dropMark);
        m_dropLevel = -1;
    }
    return 0;
}

int HtmlWriter::enterSpan(MD_SPANTYPE type, void *detail)
{
    if (type == MD_SPAN_IMG) {
        if (m_imageDepth++ == 0) {
            m_imageSource = addressOf(static_cast<const MD_SPAN_IMG_DETAIL *>(detail)->src);
            m_imageText.clear();
        }
        m_spans.append(SpanState::Unwritten);
        return 0;
    }
    m_strikeAt = -1; // markup between the tildes and the text: which tildes is not told
    QByteArray open;
    switch (type) {
    case MD_SPAN_EM:
        open = "<i>";
        break;
    case MD_SPAN_STRONG:
        open = "<b>";
        break;
    case MD_SPAN_DEL:
        open = "<s>";
        break;
    case MD_SPAN_CODE:
        open = "<code>";
        break;
    case MD_SPAN_U:
        open = "<u>";
        break;
    case MD_SPAN_A: {
        const std::optional<QByteArray> href = addressOf(static_cast<const MD_SPAN_A_DETAIL *>(detail)->href);
        if (allowedAddress(href))
            open = "<a href=\"" + escaped(href->trimmed()) + "\">";
        break;
    }
    default: // LaTeX and wiki links are not asked for; their text stays
        break;
    }
    const bool written = !open.isEmpty() && m_imageDepth == 0 && m_inlineDepth < Markdown::MaxInlineDepth;
    m_spans.append(written ? SpanState::Written : SpanState::Unwritten);
    if (written) {
        ++m_inlineDepth;
        if (type == MD_SPAN_DEL)
            m_strikeAt = m_out->size();
        *m_out += open;
    }
    return 0;
}

int HtmlWriter::leaveSpan(MD_SPANTYPE type)
{
    const SpanState state = m_spans.isEmpty() ? SpanState::Unwritten : m_spans.takeLast();
    m_strikeAt = -1;
    if (state == SpanState::Tildes)
        *m_out += '~';
    if (type == MD_SPAN_IMG) {
        if (--m_imageDepth == 0) {
            if (allowedAddress(m_imageSource))
                *m_out
                    += "<img src=\"" + escaped(m_imageSource->trimmed()) + "\" alt=\"" + m_imageText + "\">";
            else
                *m_out += m_imageText;
        }
        return 0;
    }
    if (state != SpanState::Written)
        return 0;
    --m_inlineDepth;
    switch (type) {
    case MD_SPAN_EM:
        *m_out += "</i>";
        break;
    case MD_SPAN_STRONG:
        *m_out += "</b>";
        break;
    case MD_SPAN_DEL:
        *m_out += "</s>";
        break;
    case MD_SPAN_CODE:
        *m_out += "</code>";
        break;
    case MD_SPAN_U:
        *m_out += "</u>";
        break;
    case MD_SPAN_A:
        *m_out += "</a>";
        break;
    default:
        break;
    }
    return 0;
}

int HtmlWriter::text(MD_TEXTTYPE type, QByteArrayView text)
{
    if (m_strikeAt >= 0 && type == MD_TEXT_NORMAL) {
        // md4c's text lies in the markdown it was given: the tildes are just before it.
        const qsizetype at = text.data() - m_markdown.data();
        if (at > 0 && at <= m_markdown.size() && m_markdown[at - 1] == '~'
            && (at == 1 || m_markdown[at - 2] != '~')) {
            m_out->replace(m_strikeAt, 3, "~");
            m_spans.last() = SpanState::Tildes;
            --m_inlineDepth;
        }
    }
    m_strikeAt = -1;
    QByteArray *out = m_imageDepth > 0 ? &m_imageText : m_out;
    switch (type) {
    case MD_TEXT_NULLCHAR:
        *out += "\xef\xbf\xbd";
        break;
    case MD_TEXT_BR:
        *out += m_imageDepth > 0 ? " " : "<br>";
        break;
    case MD_TEXT_SOFTBR:
        *out += ' ';
        break;
    case MD_TEXT_ENTITY:
        if (plainEntity(text) && knownEntity(text))
            *out += text;
        else
            appendEscaped(out, text);
        break;
    default:
        if (m_inCode) {
            // Line ends are held back until more text follows them.
            qsizetype end = text.size();
            while (end > 0 && text[end - 1] == '\n')
                --end;
            if (end > 0) {
                *out += QByteArray(m_codeNewlines, '\n');
                m_codeNewlines = 0;
            }
            appendEscaped(out, text.first(end));
            m_codeNewlines += int(text.size() - end);
        } else {
            appendEscaped(out, text);
        }
        break;
    }
    return 0;
}

// Lines of text, each with where it starts and where the next begins.
struct Line
{
    QByteArrayView text;
    qsizetype next;
};

Line lineAt(QByteArrayView text, qsizetype pos)
{
    const qsizetype end = text.indexOf('\n', pos);
    return end < 0 ? Line {text.sliced(pos), text.size()} : Line {text.sliced(pos, end - pos), end + 1};
}

qsizetype indentOf(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == ' ')
        ++i;
    return i;
}

// Follows fenced code, so a "::: spoiler" line in it stays code.
class FenceTracker
{
public:
    // Whether line is part of fenced code (its fences included).
    bool inCode(QByteArrayView line)
    {
        const qsizetype indent = indentOf(line);
        const QByteArrayView rest = line.sliced(indent);
        qsizetype run = 0;
        while (run < rest.size() && (rest[run] == '`' || rest[run] == '~') && rest[run] == rest[0])
            ++run;
        if (m_fence == 0) {
            if (indent <= 3 && run >= 3 && !(rest[0] == '`' && rest.sliced(run).contains('`'))) {
                m_fence = run;
                m_char = rest[0];
                return true;
            }
            return false;
        }
        if (indent <= 3 && run >= m_fence && rest[0] == m_char && rest.sliced(run).trimmed().isEmpty())
            m_fence = 0;
        return true;
    }

private:
    qsizetype m_fence = 0; // the open fence's length, or 0
    char m_char = 0;
};

// The colons of a container line (":::" or more, up to three spaces in), or 0.
qsizetype colonsOf(QByteArrayView line)
{
    const qsizetype indent = indentOf(line);
    if (indent > 3)
        return 0;
    qsizetype n = 0;
    while (indent + n < line.size() && line[indent + n] == ':')
        ++n;
    return n >= 3 ? n : 0;
}

// "::: spoiler title" as Lemmy's markdown-it-container reads it: the title, and whether
// the line opens a spoiler.
bool spoilerTitle(QByteArrayView line, qsizetype colons, QByteArray *title)
{
    const QByteArrayView params = line.sliced(indentOf(line) + colons).trimmed();
    if (!params.startsWith("spoiler") || params.size() <= 7 || !QChar::isSpace(params[7]))
        return false;
    *title = params.sliced(7).trimmed().toByteArray();
    return true;
}

void writeMarkdown(QByteArrayView markdown, int quoteDepth, QByteArray *out)
{
    if (markdown.trimmed().isEmpty())
        return;
    QByteArray html;
    if (HtmlWriter(quoteDepth, &html).write(markdown))
        *out += html;
    else // md4c ran out of memory, or the text was one to exhaust a reader: the text as it is
        *out += "<p>" + escaped(markdown) + "</p>";
}

// Spoilers are Lemmy's, not CommonMark's: each is cut out of the text (outside fenced
// code), its contents read as markdown of their own, the rest read around it. As in
// markdown-it-container, a spoiler ends at the first line of as many colons, and one
// left open ends with the text holding it. Each level reads its text once, so the cost
// is linear in the input times MaxQuoteDepth at most.
void writeWithSpoilers(QByteArrayView text, int quoteDepth, QByteArray *out)
{
    FenceTracker fences;
    qsizetype segment = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const Line line = lineAt(text, pos);
        const qsizetype colons = colonsOf(line.text);
        QByteArray title;
        if (fences.inCode(line.text) || colons == 0 || quoteDepth >= Markdown::MaxQuoteDepth
            || !spoilerTitle(line.text, colons, &title)) {
            pos = line.next;
            continue;
        }
        writeMarkdown(text.sliced(segment, pos - segment), quoteDepth, out);
        const qsizetype contents = line.next;
        qsizetype end = text.size();
        qsizetype after = text.size();
        FenceTracker inner;
        for (qsizetype p = contents; p < text.size();) {
            const Line l = lineAt(text, p);
            if (!inner.inCode(l.text) && colonsOf(l.text) >= colons
                && l.text.sliced(indentOf(l.text) + colonsOf(l.text)).trimmed().isEmpty()) {
                end = p;
                after = l.next;
                break;
            }
            p = l.next;
        }
        *out += "<details><summary>" + escaped(title) + "</summary>";
        writeWithSpoilers(text.sliced(contents, end - contents), quoteDepth + 1, out);
        *out += "</details>";
        segment = pos = after;
    }
    writeMarkdown(text.sliced(segment), quoteDepth, out);
}

} // namespace

QString markdownToHtml(const QString &markdown)
{
    QString text = markdown.left(Markdown::MaxInput);
    if (!text.isEmpty() && text.back().isHighSurrogate())
        text.chop(1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QByteArray html;
    writeWithSpoilers(text.toUtf8(), 0, &html);
    return QString::fromUtf8(html);
}

} // namespace Threadkeeper
