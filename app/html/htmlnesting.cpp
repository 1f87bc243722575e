// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlnesting.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Threadkeeper {

namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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

// Formatting elements: the HTML5 parser remembers them open and rebuilds them around any
// later text until they end, so each one left open multiplies the nodes a page makes.
bool formatting(QByteArrayView name)
{
    return oneOf(name,
        {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"});
}

// Start tags that end the paragraph or list item before them without saying so.
bool startsItem(QByteArrayView name)
{
    return oneOf(name, {"p", "li", "dt", "dd", "tr", "td", "th"});
}

// Whether a start tag next ends the item open (as HTML5 does): a paragraph ends a
// paragraph, a list item a list item, a row its cells; a paragraph inside a list item
// ends nothing.
bool endsItem(QByteArrayView next, QByteArrayView open)
{
    if (oneOf(next, {"p", "li"}))
        return next.compare(open, Qt::CaseInsensitive) == 0;
    if (oneOf(next, {"dt", "dd"}))
        return oneOf(open, {"dt", "dd"});
    if (oneOf(next, {"td", "th"}))
        return oneOf(open, {"td", "th"});
    return oneOf(open, {"tr", "td", "th"}); // next is tr
}

// At most this many open at once; more are dropped (their text stays).
constexpr int MaxOpenFormatting = 8;

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
    // Counted elements open as written (lower-case names), innermost last; how many of
    // each name are open, so that a stray end tag costs no search.
    std::vector<QByteArray> open;
    QHash<QByteArray, int> openByName;
    int openFormatting = 0;
    QHash<QByteArray, int> droppedFormatting; // formatting start tags dropped, by name
    qint64 dropped = 0; // start tags dropped for depth and not yet closed
    // How many were open when the paragraph or item open now began; -1: none is open.
    qsizetype itemMark = -1;
    QByteArray itemName; // the paragraph's or item's own name
    const auto pop = [&] {
        const QByteArray &top = open.back();
        if (--openByName[top] == 0)
            openByName.remove(top);
        if (formatting(top))
            --openFormatting;
        open.pop_back();
        if (qsizetype(open.size()) < itemMark)
            itemMark = -1; // what held the paragraph ended, and the paragraph with it
    };
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
        // A tag name starts with a letter, as in the HTML tokenizer ("<3", "a < b" are text).
        if (nameEnd < html.size() && isAsciiLetter(html[nameEnd])) {
            while (nameEnd < html.size() && isNameChar(html[nameEnd]))
                ++nameEnd;
        }
        if (nameEnd == nameStart) {
            if (i + 1 < html.size() && (html[i + 1] == '!' || html[i + 1] == '?')) {
                const qsizetype end = tagEnd(html, i + 1); // "<!DOCTYPE", "<?xml": as they are
                out += html.sliced(i, end - i);
                i = end;
            } else {
                // A lone '<' is text, and written as such: left as it is, a tag dropped after
                // it would join it ("<", "/") to the text after that tag into a new tag.
                out += "&lt;";
                ++i;
            }
            continue;
        }
        const QByteArrayView name = html.sliced(nameStart, nameEnd - nameStart);
        const qsizetype end = tagEnd(html, nameEnd);
        const QByteArrayView tag = html.sliced(i, end - i);
        i = end;
        if (closing) {
            const QByteArray lower = name.toByteArray().toLower();
            if (uncounted(name)) {
                out += tag;
                if (startsItem(name))
                    itemMark = -1;
            } else if (dropped > 0) {
                --dropped; // closes a tag that was dropped
            } else if (const auto d = droppedFormatting.find(lower); d != droppedFormatting.end()) {
                if (--*d == 0)
                    droppedFormatting.erase(d);
            } else if (!openByName.contains(lower)) {
                out += tag; // closes nothing open: the parser ignores it too
            } else if (formatting(lower)) {
                // Misnested formatting (<b><div></b>) is the parser's to mend; only this one ends.
                out += tag;
                const auto at = std::find(open.rbegin(), open.rend(), lower).base() - 1;
                std::rotate(at, at + 1, open.end()); // to the top, to pop it
                pop();
            } else {
                // Elements left open inside this one end with it: said aloud, so that a
                // formatting element left open (<div><b>…</div>) is not rebuilt by the
                // parser around every later text, as HTML5 rebuilds it.
                while (open.back() != lower) {
                    out += "</" + open.back() + '>';
                    pop();
                }
                out += tag;
                pop();
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
        if (startsItem(name)) {
            // It ends the paragraph or item before it: formatting left open since that one
            // began ends here too, rather than be rebuilt inside every one that follows.
            while (itemMark >= 0 && endsItem(name, itemName) && qsizetype(open.size()) > itemMark
                && formatting(open.back())) {
                out += "</" + open.back() + '>';
                pop();
            }
            out += tag;
            itemMark = qsizetype(open.size());
            itemName = name.toByteArray();
        } else if (uncounted(name) || tag.endsWith("/>")) {
            out += tag;
        } else if (qsizetype(open.size()) >= maxDepth) {
            ++dropped;
        } else if (formatting(name) && openFormatting >= MaxOpenFormatting) {
            ++droppedFormatting[name.toByteArray().toLower()];
        } else {
            out += tag;
            open.push_back(name.toByteArray().toLower());
            ++openByName[open.back()];
            if (formatting(name))
                ++openFormatting;
        }
    }
    return out;
}

} // namespace Threadkeeper
