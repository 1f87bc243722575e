// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/forumengine.h"

namespace Threadkeeper {

// Lobsters, and any site running its software: https://HOST/s/ID[/slug]. The whole story
// in one answer, /s/ID.json: the story is the article, its comments come flat in thread
// order. A comment's parent is its parent_comment (a short id, since 2022); older answers
// name none, so it is the nearest comment before it one level up (indent_level, 1-based,
// until 2023; depth, 0-based, since). Users are objects until 2023, names since. Known
// by address on lobste.rs and tilde.news, elsewhere by the story page's own head; the
// answer must be that story (its short_id and its comments) or the load fails. A refresh is the same request,
// answered 304 where the server keeps validators.
class LobstersEngine final : public ForumEngine
{
public:
    QString name() const override { return QStringLiteral("lobsters"); }
    QString displayName() const override { return QStringLiteral("Lobsters"); }
    Capabilities capabilities() const override { return Capability::ExplicitParents | Capability::Avatars; }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    QList<EngineRequest> firstRequests(const ThreadRef &ref, const QUrl &asked) const override;
    EngineAnswer readAnswer(
        const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const override;
    QString incompleteReason(const EngineRequest &request, const QByteArray &body) const override;
    // Lobsters asks API clients for a few requests a second at most.
    RateBudget rateBudget() const override { return {3, 1}; }

    static constexpr int MaxComments = 100000; // read from one answer
    static constexpr int MaxDepth = 10000; // levels an indent may claim
    // The story's post id: "s-ID", since stories and comments share one kind of short id.
    static QString articleId(const QString &storyId) { return QStringLiteral("s-") + storyId; }
};

} // namespace Threadkeeper
