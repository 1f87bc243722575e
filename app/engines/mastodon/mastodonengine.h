// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/forumengine.h"

namespace Threadkeeper {

// Mastodon, and any server speaking its API (v1): a status's replies are its thread.
// Addresses on any host, claimed only in Mastodon's own shapes with a numeric id:
// /@user/ID, /@user@remote/ID, /users/user/statuses/ID, /web/statuses/ID, /web/@user/ID;
// all are keyed as https://HOST/web/statuses/ID, the one form naming no account.
//
// The whole conversation loads from its root: the status and its context
// (/api/v1/statuses/ID, …/ID/context) side by side; when the context has ancestors the
// status was a reply, and the root's status and context are asked next (ancestors[0]),
// so a reply's address opens its whole thread at the reply. The tree comes from
// in_reply_to_id; a reply whose parent the server does not show (private, or gone)
// keeps its place under a placeholder. The root is the article (unit 1), its
// descendants unit 2.
//
// Anonymously a server answers at most 60 descendants and 20 levels (Mastodon's
// DESCENDANTS_LIMIT and DESCENDANTS_DEPTH_LIMIT), and says nothing of the cut: the
// replies_count of what it did give tells. When they promise more than was given and the
// answer is at either limit, a note under the root says how many ("This server shows
// 59 of at least 62 replies; sign in to see all"): the note is a post of its own
// (NoteIdPrefix + root id), as the domain carries no thread-level notes.
//
// Budget: Mastodon's default is 300 requests per 5 minutes per account or address,
// stated in X-RateLimit-Limit/-Remaining and X-RateLimit-Reset (an ISO 8601 time).
// A load costs 2 requests, 4 from a reply's address; /context sends a weak ETag, and a
// refresh asks with it.
class MastodonEngine final : public ForumEngine
{
public:
    QString name() const override { return QStringLiteral("mastodon"); }
    QString displayName() const override { return QStringLiteral("Mastodon"); }
    Capabilities capabilities() const override
    {
        return Capability::ExplicitParents | Capability::QuoteSources | Capability::Avatars;
    }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    QList<EngineRequest> firstRequests(const ThreadRef &ref, const QUrl &asked) const override;
    QList<EngineRequest> refreshRequests(const ThreadRef &ref, const CachedParts &cached) const override;
    EngineAnswer readAnswer(
        const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const override;
    QString incompleteReason(const EngineRequest &request, const QByteArray &body) const override;
    // Read anonymously; with the reader's token for the server (Settings › Accounts) the
    // server gives every reply instead of its anonymous share.
    AccountNeed accountNeed(const ThreadRef &ref) const override;
    RateBudget rateBudget() const override { return {300, 300}; } // Mastodon's per-address budget

    static constexpr int AnonymousDescendants = 60; // Mastodon's DESCENDANTS_LIMIT
    static constexpr int AnonymousDepth = 20; // DESCENDANTS_DEPTH_LIMIT
    // A context this close to the limit is taken as cut there: servers filter what they
    // counted (a reply since made private) before they answer.
    static constexpr int NearLimit = AnonymousDescendants - 10;
    static constexpr int MaxDescendants = 5000; // beyond the signed-in limit (4,096)
    static inline const QString NoteIdPrefix = QStringLiteral("limit-");
    static inline const QString MissingIdPrefix = QStringLiteral("unseen-");

    // The API's address of a status, and of its context.
    static QUrl statusUrl(const QUrl &canonical, const QString &id);
    static QUrl contextUrl(const QUrl &canonical, const QString &id);
    // The thread address of status id on the canonical's host.
    static QUrl threadUrl(const QUrl &canonical, const QString &id);
};

} // namespace Threadkeeper
