// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Threadkeeper {

// Markdown as an engine hands it out (Lemmy's, CommonMark with GitHub's tables,
// strike-through and bare links), read by md4c, as the small HTML our body reader reads:
// paragraphs, quotes (nested), fenced and indented code, headings, lists, tables, rules,
// Lemmy's "::: spoiler title" blocks as <details> (outside quotes and lists), and inline
// code, bold, italic, strike-through ("~~a~~"; "~a~", Lemmy's subscript, stays as
// written), links and images. Every piece of the text is escaped; no HTML in the
// markdown survives as markup; links keep only http, https, mailto and relative
// addresses (any other link is its text, any other picture its description). Bounded:
// the input is cut at MaxInput characters, quotes and spoilers nest MaxQuoteDepth deep,
// with lists and tables MaxBlockDepth deep, inline markup MaxInlineDepth deep (deeper
// markup is kept as its text), table rows and cells past the body reader's are left
// out, and reading costs time linear in the input (a text made to cost more, such as a
// table of thousands of one-cell rows md4c fills up, is read as plain text).
QString markdownToHtml(const QString &markdown);

namespace Markdown {
constexpr qsizetype MaxInput = 200 * 1024;
constexpr int MaxQuoteDepth = 12;
constexpr int MaxBlockDepth = 24;
constexpr int MaxInlineDepth = 8;
} // namespace Markdown

} // namespace Threadkeeper
