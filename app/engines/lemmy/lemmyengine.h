// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/forumengine.h"

namespace Threadkeeper {

// Lemmy (API v3, 0.19): https://INSTANCE/post/ID. The post first (/api/v3/post?id=ID:
// title, link, markdown body, creator), then its comments oldest first, a page of
// PageSize at a time while pages come back full (/api/v3/comment/list). Each comment's
// path ("0.12.45") names its parent; "0.X" replies to the post. The post's id is
// "post-ID", since posts and comments are numbered apart. A refresh asks for the post
// (its edits, its comment count) and, beside it, the last cached comment page and the
// pages after it: oldest first, new comments land at the end, wherever they reply.
class LemmyEngine final : public ForumEngine
{
public:
    QString name() const override { return QStringLiteral("lemmy"); }
    QString displayName() const override { return QStringLiteral("Lemmy"); }
    Capabilities capabilities() const override { return Capability::ExplicitParents | Capability::Avatars; }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    QList<EngineRequest> firstRequests(const ThreadRef &ref, const QUrl &asked) const override;
    QList<EngineRequest> refreshRequests(const ThreadRef &ref, const CachedParts &cached) const override;
    EngineAnswer readAnswer(
        const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const override;
    QString incompleteReason(const EngineRequest &request, const QByteArray &body) const override;

    static constexpr int PageSize = 50; // Lemmy's largest
    static constexpr int MaxPages = 2000;
    static QString articleId(const QString &postId) { return QStringLiteral("post-") + postId; }
    // The comment page request: no max_depth, since Lemmy ignores page and limit with it
    // (it answers one fixed batch of at most 300, whichever page is asked).
    static QUrl commentPageUrl(const QUrl &canonical, int page);
};

} // namespace Threadkeeper
