// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/annotation.h"

#include <utility>

namespace Threadkeeper {

// Anchoring highlights in text that may change, in the way of web annotation tools:
// a selector keeps the exact words, their context and position; re-anchoring finds
// the words again in the new text, exactly or approximately, and uses the context
// to choose between several places.
namespace Anchoring {

constexpr int ContextLength = 32;

TextSelector makeSelector(const QString &text, int start, int end);

// Whether position at in text is not inside a word (the ends of text are boundaries).
bool isWordBoundary(const QString &text, int at);
// [start, end) widened to whole words and trimmed of spaces at its edges.
std::pair<int, int> snapToWords(const QString &text, int start, int end);

struct Match
{
    bool found = false;
    int start = -1;
    int end = -1;
    double quality = 0; // 1: the exact words in their place
};

// Finds the selector's words in text; not found when nothing is close enough. Words
// found only approximately (an edit) are widened to whole words; a selector made on
// word boundaries is only found on word boundaries.
Match anchor(const QString &text, const TextSelector &selector);

// The selector moved to where the words are now (exact text updated to what is there),
// in the same quote.
TextSelector reanchored(const QString &text, const TextSelector &selector, const Match &match);

} // namespace Anchoring
} // namespace Threadkeeper
