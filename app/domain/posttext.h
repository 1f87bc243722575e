// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/post.h"

#include <functional>

namespace Threadkeeper {

// Collapses runs of white space to one space and trims.
QString normalizedText(const QString &text);

// Sets post->text (own words) and post->quotes from post->body.
void fillTextAndQuotes(Post *post);
// The words of a list of blocks, quotes excluded, one block a line.
QString ownText(const QList<Block> &blocks);
// Each block whose text is a line of ownText(blocks), with where that line starts there.
void forEachOwnLine(const QList<Block> &blocks, const std::function<void(const Block &, int offset)> &visit);
// Every quote of a post, nested ones too, in document order with its path as the
// renderer names it ("0", "0.1", "s2.0" for one inside the third spoiler); visit
// returns false to stop.
void forEachQuote(
    const QList<Block> &body, const std::function<bool(const QString &path, const Block &quote)> &visit);
const Block *quoteAtPath(const QList<Block> &body, const QString &path);
// The words a highlight's offsets count in: the post's own words for an empty path,
// else the own words of the quote at that path (empty when there is none).
QString anchorText(const Post &post, const QString &quotePath);
// What a glance at the post may show (the tree's snippet): its own words without what
// spoilers hide; a spoiler shows as its title.
QString glanceText(const QList<Block> &blocks);

// A smilie's text as an emoji where one is obvious (":)" → 🙂), else the text as is.
QString smilieText(const QString &shortcut);

} // namespace Threadkeeper
