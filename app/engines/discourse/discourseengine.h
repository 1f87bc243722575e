// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/forumengine.h"

namespace Threadkeeper {

// Discourse topics through their JSON API. Topic URLs: /t/{slug}/{id}, /t/{id}, and a
// post permalink /t/{slug}/{id}/{n} (the whole topic, opened at post n). The first
// answer (/t/{id}.json, or /t/{id}/{n}.json for a permalink: the posts around n) lists
// every post id in its stream but brings only about 20 posts; the rest come from
// /t/{id}/posts.json?post_ids[]=… in batches of at most BatchSize. Units: 1 the first
// answer, 2… the batches. Positions are post numbers. A refresh asks for the topic again
// and then only for the post ids the cache lacks, in batches numbered after its parts.
class DiscourseEngine final : public ForumEngine
{
public:
    static constexpr int BatchSize = 20; // what Discourse answers at most per posts.json
    // Bounds on what an answer may make us do: forum input is hostile.
    static constexpr qsizetype MaxStream = 100000; // post ids of one topic
    static constexpr qsizetype MaxPostsPerAnswer = 1000;
    static constexpr qsizetype MaxCooked = 4 * 1024 * 1024; // one post's HTML, in bytes
    static constexpr qsizetype MaxName = 200;
    static constexpr qsizetype MaxTitle = 1000;

    QString name() const override { return QStringLiteral("discourse"); }
    QString displayName() const override { return QStringLiteral("Discourse"); }
    Capabilities capabilities() const override
    {
        return Capability::ExplicitParents | Capability::QuoteSources | Capability::Avatars;
    }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    // Discourse pages say <meta name="generator" content="Discourse …">.
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    // Discourse's own short link to a post by id: /p/{id}, which redirects to the topic.
    QString postLinkId(const QUrl &url) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;

    QList<EngineRequest> firstRequests(const ThreadRef &ref, const QUrl &asked) const override;
    EngineAnswer readAnswer(
        const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const override;
    QString incompleteReason(const EngineRequest &request, const QByteArray &body) const override;
};

} // namespace Threadkeeper
