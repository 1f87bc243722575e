// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Threadkeeper::Testing {

// Post bodies built to exhaust a reader, each with words at its start, middle and end so
// that a test sees what of it survived.

// Nested `depth` deep, block and inline elements mixed, closed in order: about 17 bytes
// a level (200,000 levels: 3.4 MB).
inline QByteArray nestedMarkup(int depth)
{
    static const char *const opens[] = {"<div>", "<blockquote>", "<span>", "<div class=\"x\">", "<b>"};
    static const char *const closes[] = {"</div>", "</blockquote>", "</span>", "</div>", "</b>"};
    QByteArray out = "Deep start ";
    out.reserve(qsizetype(depth) * 17 + 64);
    for (int i = 0; i < depth; ++i)
        out += opens[i % 5];
    out += "deep middle";
    for (int i = depth - 1; i >= 0; --i)
        out += closes[i % 5];
    out += " deep end";
    return out;
}

// One tag with this many attributes, each named differently.
inline QByteArray wideTag(int attributes)
{
    QByteArray out = "Wide start <span";
    out.reserve(qsizetype(attributes) * 12 + 64);
    for (int i = 0; i < attributes; ++i) {
        out += " a";
        out += QByteArray::number(i);
        out += "=\"v\"";
    }
    out += ">wide middle</span> wide end";
    return out;
}

// One word of this many bytes.
inline QByteArray oneWord(qint64 bytes)
{
    return "Word start " + QByteArray(bytes, 'w') + " word end";
}

} // namespace Threadkeeper::Testing
