// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlnesting.h"

namespace Threadkeeper {

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

bool oneOf(QByteArrayView name, std::initializer_list<QByteArrayView> names)
{
    for (const QByteArrayView n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Elements with no end tag, or whose end tag may be left out: they do not nest as written.
bool uncounted(QByteArrayView name)
{
    return oneOf(name,
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
            "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
            "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body"});
}

// Elements whose content is not markup: copied up to their end tag.
bool rawText(QByteArrayView name)
{
    return oneOf(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

// Where the tag that starts at from ends (just past its '>'), quoted values respected. A
// quote opens a value only right after '=', as in the HTML tokenizer: anywhere else
// (<div x'>) it is part of a name, and taking it for a value would hide the tags after
// it from the count while the parser still nests them.
qsizetype tagEnd(QByteArrayView html, qsizetype from)
{
    char quote = 0;
    bool valueNext = false; // after '=' and any white space
    for (qsizetype i = from; i < html.size(); ++i) {
        const char c = html[i];
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '>') {
            return i + 1;
        } else if (c == '=') {
            valueNext = true;
        } else if (valueNext && (c == '"' || c == '\'')) {
            quote = c;
            valueNext = false;
        } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
            valueNext = false;
        }
    }
    return html.size();
}

// Just past the end tag </name> from `from`, ASCII case ignored; the end when there is none.
qsizetype pastEndTag(QByteArrayView html, qsizetype from, QByteArrayView name)
{
    for (qsizetype i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
        if (html.sliced(i + 2).left(name.size()).compare(name, Qt::CaseInsensitive) == 0)
            return tagEnd(html, i + 2);
    }
    return html.size();
}

} // namespace

QByteArray limitNesting(QByteArrayView html, int maxDepth)
{
    QByteArray out;
    out.reserve(html.size());
    int depth = 0; // counted elements open as written
    qint64 dropped = 0; // start tags dropped and not yet closed
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf('<', i);
        if (lt < 0) {
            out += html.sliced(i);
            break;
        }
        out += html.sliced(i, lt - i);
        i = lt;
        if (html.sliced(i).startsWith("<!--")) {
            const qsizetype close = html.indexOf("-->", i + 4);
            const qsizetype end = close < 0 ? html.size() : close + 3;
            out += html.sliced(i, end - i);
            i = end;
            continue;
        }
        const bool closing = i + 1 < html.size() && html[i + 1] == '/';
        qsizetype nameEnd = i + 1 + (closing ? 1 : 0);
        const qsizetype nameStart = nameEnd;
        while (nameEnd < html.size() && isNameChar(html[nameEnd]))
            ++nameEnd;
        if (nameEnd == nameStart) { // "<!DOCTYPE", "<?xml", a lone '<': as it is
            const qsizetype end = (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?'))
                ? tagEnd(html, i + 1)
                : i + 1;
            out += html.sliced(i, end - i);
            i = end;
            continue;
        }
        const QByteArrayView name = html.sliced(nameStart, nameEnd - nameStart);
        const qsizetype end = tagEnd(html, nameEnd);
        const QByteArrayView tag = html.sliced(i, end - i);
        i = end;
        if (closing) {
            if (uncounted(name)) {
                out += tag;
            } else if (dropped > 0) {
                --dropped; // closes a tag that was dropped
            } else {
                out += tag;
                depth = std::max(0, depth - 1);
            }
            continue;
        }
        if (rawText(name)) {
            const qsizetype past = pastEndTag(html, i, name);
            out += tag;
            out += html.sliced(i, past - i);
            i = past;
            continue;
        }
        if (uncounted(name) || tag.endsWith("/>")) {
            out += tag;
        } else if (depth >= maxDepth) {
            ++dropped;
        } else {
            out += tag;
            ++depth;
        }
    }
    return out;
}

} // namespace Threadkeeper
