// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Threadkeeper {

// HTML with its element nesting cut at maxDepth: start and end tags deeper than that are
// dropped (their text stays), in one linear pass over the bytes. An HTML5 tree builder
// looks through its stack of open elements for many start tags ("is there a <p> in
// button scope?"), so a page nested 200,000 deep costs it time quadratic in the depth;
// cut first, it costs at most maxDepth a tag. Comments, <script>, <style> and the like
// pass through unread; void elements and those whose end tag may be left out (<p>, <li>,
// <td> …) do not count. Elements left open inside one that ends are ended with it (the
// parser ends them there too, but rebuilds formatting elements such as <b> around every
// later text: a few hundred bytes of them would make gigabytes of nodes); so do formatting
// elements left open in a paragraph or list item when the next one starts; and at most 8
// formatting elements are open at once. A '<' that starts no tag ("a < b", "<3") is
// written as &lt;. Well-formed pages come through unchanged.
QByteArray limitNesting(QByteArrayView html, int maxDepth = 256);

} // namespace Threadkeeper
