// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/forumengine.h"

namespace Threadkeeper {

// Reddit: https://www.reddit.com/r/SUB/comments/ID/slug/ (and old., new., np., m., i.,
// amp., reddit.com/comments/ID, redd.it/ID, a comment's permalink …/slug/COMMENT/), one
// thread, keyed https://www.reddit.com/comments/ID/.
//
// Through the OAuth API (https://oauth.reddit.com, or THREADKEEPER_REDDIT_API for tests;
// the loader adds the token): the comment page /comments/ID (limit 500, depth 10, oldest
// first, so that thread order stays the same across refreshes and new comments land at
// their place; a comment the subreddit pinned sits at its time, not first), the link as
// the article; then every "more" stub's comments through /api/morechildren, MoreBatch
// ids a request whichever stubs they come from, and every "continue this thread" stub as
// its parent's page (/comments/ID/_/PARENT). Their answers may hold further stubs, asked
// for in turn. Parents from parent_id; positions from
// creation times (RedditClock), so any answer order gives the same tree.
//
// A refresh reads the comment page again (Reddit sends no validators for it) and asks
// morechildren only for ids the cache lacks; continue stubs are asked again (a page can
// hold new replies). A stub names only the ids of the replies it stands for, not of their
// replies: a new reply under a comment that came through morechildren stays unseen until
// a stub naming it appears, or the thread is reloaded whole (Ctrl+F5).
//
// Budget: 100 requests a minute with a token (x-ratelimit-used, x-ratelimit-remaining as
// "996.0", x-ratelimit-reset in seconds); a thread of N comments takes about N / 100.
class RedditEngine final : public ForumEngine
{
public:
    QString name() const override { return QStringLiteral("reddit"); }
    QString displayName() const override { return QStringLiteral("Reddit"); }
    Capabilities capabilities() const override { return Capability::ExplicitParents; }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    // A share link (/r/SUB/s/CODE) that led to a thread, or a Reddit page whose canonical
    // link is one.
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    QList<EngineRequest> firstRequests(const ThreadRef &ref, const QUrl &asked) const override;
    EngineAnswer readAnswer(
        const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const override;
    QString incompleteReason(const EngineRequest &request, const QByteArray &body) const override;
    // Reddit answers no anonymous API request: an installed app the reader registers,
    // whose tokens we fetch (THREADKEEPER_REDDIT_TOKEN_URL overrides where).
    AccountNeed accountNeed(const ThreadRef &ref) const override;
    QString refusalReason(const EngineRequest &, int httpStatus, const QByteArray &body) const override
    {
        return refusal(httpStatus, body);
    }
    // 100 a minute; THREADKEEPER_REDDIT_BUDGET ("N/SECONDS") replaces it for tests.
    RateBudget rateBudget() const override;

    static QString apiBase();
    // The morechildren request for ids of the link (created at linkCreated, seconds), as
    // the engine asks it.
    static EngineRequest moreRequest(
        const QString &linkId, const QStringList &ids, qint64 linkCreated, int unit);
    // What to tell the reader of an answer Reddit refused (401/403: no or a refused token;
    // {"reason": "private"|"quarantined"|"banned"|…}: the subreddit's state), for the
    // loader to show; empty when the answer says nothing of the kind.
    static QString refusal(int httpStatus, const QByteArray &body);

    static constexpr int RequestsPerMinute = 100; // Reddit's budget for a token (the loader keeps it)
    static constexpr int MoreBatch = 100; // Reddit's most ids in one morechildren request
    static constexpr int ListingLimit = 500;
    static constexpr int MaxDepth = 10; // Reddit's deepest page; below, "continue this thread"
    static constexpr int MaxPostsPerAnswer = 20000;
    static constexpr int MaxRequestsPerAnswer = 2000;
};

} // namespace Threadkeeper
