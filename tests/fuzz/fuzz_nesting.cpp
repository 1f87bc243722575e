// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes through the nesting guard and the HTML parser behind it.
// limitNesting() keeps its promise (no element deeper than its depth, counted by the rules
// its header states) and is idempotent: what it let through it lets through unchanged. The
// first byte picks a small depth too, so that cuts are reached without deep inputs.
#include "html/htmldocument.h"
#include "html/htmlnesting.h"

#include <algorithm>
#include <initializer_list>

using namespace Threadkeeper;

namespace {

// The rules limitNesting()'s header states, written again here from the header, not the
// code: void elements and those whose end tag may be left out do not count; comments,
// declarations and raw text (<script>, <style> …) are not markup; a tag's name starts with a
// letter; a tag ends at the first '>' outside a quoted value (a quote right after '='); a
// stray end tag never takes the depth below zero.
bool nameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

bool among(QByteArrayView name, std::initializer_list<QByteArrayView> names)
{
    return std::any_of(names.begin(), names.end(),
        [name](QByteArrayView n) { return name.compare(n, Qt::CaseInsensitive) == 0; });
}

bool notCounted(QByteArrayView name)
{
    return among(name,
        {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
            "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
            "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body"});
}

bool rawTextElement(QByteArrayView name)
{
    return among(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

qsizetype pastTag(QByteArrayView s, qsizetype i)
{
    char quote = 0;
    bool afterEquals = false;
    for (; i < s.size(); ++i) {
        if (quote) {
            quote = s[i] == quote ? 0 : quote;
        } else if (s[i] == '>') {
            return i + 1;
        } else if (s[i] == '=') {
            afterEquals = true;
        } else if (afterEquals && (s[i] == '"' || s[i] == '\'')) {
            quote = s[i];
            afterEquals = false;
        } else if (!QByteArrayView(" \t\n\r\f").contains(s[i])) {
            afterEquals = false;
        }
    }
    return s.size();
}

// The deepest nesting of counted elements, as written.
int writtenDepth(QByteArrayView s)
{
    int depth = 0;
    int deepest = 0;
    qsizetype i = 0;
    while ((i = s.indexOf('<', i)) >= 0) {
        if (s.sliced(i).startsWith("<!--")) {
            const qsizetype close = s.indexOf("-->", i + 4);
            i = close < 0 ? s.size() : close + 3;
            continue;
        }
        const bool end = i + 1 < s.size() && s[i + 1] == '/';
        const qsizetype from = i + (end ? 2 : 1);
        qsizetype to = from;
        const bool letter
            = to < s.size() && ((s[to] >= 'a' && s[to] <= 'z') || (s[to] >= 'A' && s[to] <= 'Z'));
        while (letter && to < s.size() && nameChar(s[to]))
            ++to;
        if (to == from) {
            i = i + 1 < s.size() && (s[i + 1] == '!' || s[i + 1] == '?') ? pastTag(s, i + 1) : i + 1;
            continue;
        }
        const QByteArrayView name = s.sliced(from, to - from);
        const qsizetype next = pastTag(s, to);
        const bool selfClosing = s.sliced(i, next - i).endsWith("/>");
        i = next;
        if (end) {
            if (!notCounted(name))
                depth = std::max(0, depth - 1);
        } else if (rawTextElement(name)) {
            qsizetype close = s.indexOf("</", i);
            while (
                close >= 0 && s.sliced(close + 2).left(name.size()).compare(name, Qt::CaseInsensitive) != 0)
                close = s.indexOf("</", close + 2);
            i = close < 0 ? s.size() : pastTag(s, close + 2);
        } else if (!notCounted(name) && !selfClosing) {
            deepest = std::max(deepest, ++depth);
        }
    }
    return deepest;
}

void check(QByteArrayView input, int maxDepth)
{
    const QByteArray once = limitNesting(input, maxDepth);
    // It drops tags, and ends elements left open where their parent ends: each end tag it
    // writes answers one start tag (at least "<x>") of the input.
    if (once.size() > input.size() + input.size() * 4 / 3)
        __builtin_trap();
    if (writtenDepth(once) > maxDepth)
        __builtin_trap();
    if (limitNesting(once, maxDepth) != once)
        __builtin_trap(); // not idempotent
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    check(input, 256);
    if (size > 0)
        check(input.sliced(1), 1 + data[0] % 8);
    // The parser behind the guard: the whole tree walked, however the page is shaped.
    const HtmlDocument document(input);
    int nodes = 0;
    document.document().walk([&nodes](HtmlNode) {
        ++nodes;
        return HtmlNode::Walk::Descend;
    });
    // Each node comes from a tag or a run of text of the input (or is one the parser adds:
    // html, head, body, and a few per tag at most), never more.
    if (nodes > 8 * (qsizetype(size) + 1))
        __builtin_trap();
    return 0;
}
