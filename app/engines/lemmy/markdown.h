// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Threadkeeper {

// Lemmy's markdown as the small HTML our body reader reads: paragraphs, "> " quotes
// (nested), fenced and indented code, headings, lists, rules, "::: spoiler" blocks, and
// inline code, bold, italic, strike-through, links, images and bare URLs. Every piece
// of the text is escaped; no HTML in the markdown survives as markup. Bounded: the
// input is cut at MaxInput characters, quotes
// and spoilers MaxQuoteDepth deep, inline markup MaxInlineDepth deep.
QString markdownToHtml(const QString &markdown);

namespace Markdown {
constexpr qsizetype MaxInput = 200 * 1024;
constexpr int MaxQuoteDepth = 12;
constexpr int MaxInlineDepth = 8;
} // namespace Markdown

} // namespace Threadkeeper
