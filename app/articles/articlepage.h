// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articles/articlereader.h"
#include "articles/discussionfinder.h"

#include <QByteArray>

namespace Threadkeeper {

// A web page read as an article: the article and where it is discussed.
struct ArticlePage
{
    Article article;
    Discussion discussion;
    bool truncated = false; // the page was longer than MaxBytes: only its start was read
};

// Parses the page once (UTF-8, as htmlAsUtf8 gives it) and reads both. A page longer
// than MaxBytes is read up to there. Safe on any thread.
ArticlePage readArticlePage(const QByteArray &utf8, const QUrl &url);
inline constexpr qsizetype MaxArticlePageBytes = 8 * 1024 * 1024;

} // namespace Threadkeeper
