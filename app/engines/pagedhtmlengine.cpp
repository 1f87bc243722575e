// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedhtmlengine.h"

#include "engines/forumtext.h"

namespace Threadkeeper {

QList<EngineRequest> PagedHtmlEngine::firstRequests(const ThreadRef &ref, const QUrl &asked) const
{
    // The URL as given: a post permalink redirects to its page, which then says which it is.
    EngineRequest first;
    first.url = asked;
    first.unit = std::max(1, ref.page);
    first.key = "first";
    return {first};
}

QList<EngineRequest> PagedHtmlEngine::refreshRequests(const ThreadRef &ref, const CachedParts &cached) const
{
    EngineRequest last;
    last.unit = std::max(1, cached.lastUnit);
    // Where it was fetched from: only the forum's answer told some addresses (phpBB's
    // start= counts posts of a page size the page showed).
    last.url = cached.lastUnitUrl.isEmpty() ? pageUrl(ref.canonical, last.unit) : QUrl(cached.lastUnitUrl);
    last.key = "first";
    return {last};
}

EngineAnswer PagedHtmlEngine::readAnswer(
    const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const
{
    ParsedPage parsed = parsePage(body, context.finalUrl);
    EngineAnswer answer;
    if (!parsed.error.isEmpty()) {
        answer.error = parsed.error;
        return answer;
    }
    int page = request.unit;
    if (context.first) {
        // The page itself knows which page it is (a post permalink lands anywhere).
        page = std::clamp(parsed.page, 1, MaxPages);
        answer.unit = page;
        ThreadFacts facts;
        facts.title = parsed.title;
        facts.canonical = parsed.canonical;
        facts.unitCount = std::clamp(parsed.pageCount, page, MaxPages);
        answer.facts = facts;
        // A refresh knows the pages before this one; a load wants them all.
        for (int n = context.cached ? page + 1 : 1; n <= facts.unitCount; ++n) {
            if (n != page)
                answer.next.append(EngineRequest {
                    pageUrlAfter(context.thread, n, parsed), EngineRequest::Format::Html, n, "page"});
        }
    }
    answer.extraPosts = parsed.extraPosts;
    answer.posts = std::move(parsed.posts);
    for (qsizetype i = 0; i < answer.posts.size(); ++i) {
        answer.posts[i].page = page;
        answer.posts[i].position = page * PositionsPerPage + int(i);
    }
    return answer;
}

QUrl PagedHtmlEngine::pageUrlAfter(const QUrl &canonical, int page, const ParsedPage &) const
{
    return pageUrl(canonical, page);
}

QString PagedHtmlEngine::incompletePage(const QByteArray &body) const
{
    return missingHtmlEnd(body);
}

QString PagedHtmlEngine::incompleteReason(const EngineRequest &, const QByteArray &body) const
{
    return incompletePage(body);
}

} // namespace Threadkeeper
