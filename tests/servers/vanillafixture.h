// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/xenforofixture.h"

namespace Threadkeeper::Testing {

// A FixtureThread as Vanilla 2.8+ (MoneySavingExpert's markup) shows it: the first post is
// the discussion (div#Discussion_ID.ItemDiscussion, on page 1 only), the rest comments
// (li#Comment_K.ItemComment, K the post's id), thread.perPage comments a page after the
// discussion's own, /discussion/ID/slug/pN pagination (#PagerBefore), <time datetime>,
// quotes as the Quotes plugin writes them (blockquote.Quote.UserQuote, "Name wrote:" and a
// QuoteLink to the quoted comment, or to the discussion when it quotes the first post;
// typed by hand: the name alone), signatures.
QString vanillaPagePath(const FixtureThread &thread, int discussionId, int page); // "/discussion/7/slug/p2"
// The same page as the engine asks for it: "/discussion/7/x/p2" (Vanilla ignores the slug).
QString vanillaRequestPath(int discussionId, int page);
QByteArray vanillaPage(const FixtureThread &thread, int discussionId, int page);
// How many pages the thread has on Vanilla: comments (all posts but the first) by perPage.
int vanillaPageCount(const FixtureThread &thread);

} // namespace Threadkeeper::Testing
