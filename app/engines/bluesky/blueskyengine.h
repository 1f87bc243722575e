// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/forumengine.h"

namespace Threadkeeper {

// Bluesky: a post's replies are its thread. Addresses https://bsky.app/profile/HANDLE_OR_DID/
// post/RKEY and at://DID_OR_HANDLE/app.bsky.feed.post/RKEY, keyed as
// https://bsky.app/profile/…/post/RKEY with the handle or DID as given (lowercased).
//
// Everything goes through the public AppView (https://public.api.bsky.app/xrpc/, or
// THREADKEEPER_BSKY_API when set: tests serve it over loopback): a handle is resolved to a
// DID (com.atproto.identity.resolveHandle), then app.bsky.feed.getPostThread with depth 1000. When the post
// is a reply (record.reply.root) the root's thread is asked next, so a reply's address opens the whole thread
// at the reply; when the root is gone, the reply's own answer is read instead, its topmost parent as the
// article. Replies nest in "replies"; a notFoundPost or blockedPost keeps its place as a placeholder. A post
// whose replyCount is more than nothing while its replies were left out (the AppView's
// depth cut) is asked for as a thread of its own, its replies read under it (unit 2).
//
// Budget: the AppView states RateLimit-Limit/-Remaining/-Reset (epoch seconds) and
// RateLimit-Policy "3000;w=300": 3,000 requests per 5 minutes per address. A load costs
// 1 request (a DID's root), 2 (a handle's root, or a DID's reply), 3 (a handle's reply),
// plus one per cut branch. No validators were seen in its answers: a refresh asks again.
class BlueskyEngine final : public ForumEngine
{
public:
    QString name() const override { return QStringLiteral("bluesky"); }
    QString displayName() const override { return QStringLiteral("Bluesky"); }
    Capabilities capabilities() const override
    {
        return Capability::ExplicitParents | Capability::QuoteSources | Capability::Avatars;
    }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    QList<EngineRequest> firstRequests(const ThreadRef &ref, const QUrl &asked) const override;
    EngineAnswer readAnswer(
        const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const override;
    QString incompleteReason(const EngineRequest &request, const QByteArray &body) const override;
    QList<EngineRequest> fallbackRequests(const EngineRequest &failed) const override;
    // The public AppView's stated budget (RateLimit-Policy: 3000;w=300).
    RateBudget rateBudget() const override { return {3000, 300}; }

    static constexpr int Depth = 1000; // getPostThread's largest depth and parentHeight
    static constexpr int MaxPosts = 20000;
    static constexpr int MaxBranches = 100; // further requests one answer may ask
    // Posts of a whole answer are numbered Stride apart; a cut branch's posts (asked on
    // their own) take the numbers after their post's: always after their parent's.
    static constexpr int Stride = 1024;

    // The bsky.app address of an at:// post URI as typed. QUrl refuses at://did:plc:…/…
    // (it reads the DID as a host and a port), so such an address must be turned into this
    // before it is a QUrl; at://HANDLE/… is a valid QUrl and parseUrl takes it as it is.
    static QUrl webAddress(const QString &typed);
    // The AppView's base, ending in "/".
    static QUrl apiBase();
    // getPostThread of atUri, its replies to Depth. The first request asks no parents (it
    // only learns the root); a reply whose root is gone asks them all (Depth).
    static QUrl threadRequestUrl(const QString &atUri, int parentHeight = Depth);
    static QUrl resolveHandleUrl(const QString &handle);
};

} // namespace Threadkeeper
