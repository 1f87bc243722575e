// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/forumengine.h"

namespace Threadkeeper {

// One parsed page of a paged HTML thread.
struct ParsedPage
{
    QString title;
    int page = 1;
    int pageCount = 1;
    QUrl canonical; // as the page itself says (<link rel=canonical>, pagination), if it does
    int pageSize = 0; // posts per full page, where page addresses count posts (phpBB's start=)
    QList<Post> posts; // position and page are filled in by readAnswer()
    int extraPosts = 0; // of posts, those beside the page's share (EngineAnswer::extraPosts)
    QString error; // non-empty when this is not a thread page we understand
};

// Forums whose threads are numbered HTML pages (XenForo, phpBB, vBulletin): the page
// the URL names comes first (it tells the page count), then every other page at once.
// A refresh asks for the last cached page (it is where new posts land, and its
// pagination tells of new pages), then the pages after it.
class PagedHtmlEngine : public ForumEngine
{
public:
    // Posts' positions: page-major, then order on the page.
    static constexpr int PositionsPerPage = 100000;
    // The most pages a thread is taken to have, whatever its page says: 400,000 posts at 20
    // a page, and positions (page × PositionsPerPage) stay within an int. A page claiming
    // millions made a request each (fuzz_engine_answers: 4 GB).
    static constexpr int MaxPages = 20000;

    virtual QUrl pageUrl(const QUrl &canonical, int page) const = 0;
    // Page n's address once the first page was read: forums whose addresses count posts
    // (phpBB's start=) need the page size that page showed. By default pageUrl().
    virtual QUrl pageUrlAfter(const QUrl &canonical, int page, const ParsedPage &first) const;
    virtual ParsedPage parsePage(const QByteArray &html, const QUrl &url) const = 0;
    // Why a body cannot be a whole page (its closing structures are missing), or empty.
    // Unless an engine knows better: every page ends with </html>, and an answer cut short
    // on the way, compressed or not, with a length or without, ends before it.
    virtual QString incompletePage(const QByteArray &body) const;

    QList<EngineRequest> firstRequests(const ThreadRef &ref, const QUrl &asked) const override;
    QList<EngineRequest> refreshRequests(const ThreadRef &ref, const CachedParts &cached) const override;
    EngineAnswer readAnswer(
        const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const override;
    QString incompleteReason(const EngineRequest &request, const QByteArray &body) const override;
};

} // namespace Threadkeeper
