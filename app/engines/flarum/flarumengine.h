// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/forumengine.h"

namespace Threadkeeper {

// Flarum: https://HOST[/FOLDER]/d/N[-slug][/NUMBER], on any host, read through its
// JSON:API at /FOLDER/api. The discussion first (/api/discussions/N): its title, the ids
// of every post in relationships.posts, and a window of them in included. The posts it
// did not include are asked by id, PostsPerRequest at a time (/api/posts?filter[id]=…):
// ids stay put when posts are hidden or deleted, where offsets would shift, and a refresh
// asks only for the ids the cache lacks. Posts sort by their number; numbers missing are
// posts deleted or hidden, left out as Flarum leaves them out. Events (a discussion
// renamed, stickied, tagged) are not anyone's words: they are skipped, so that they
// neither count as unread nor take a place in the tree. A mention of a post
// (PostMention) is a quote of it: the post replies to the first post it mentions.
class FlarumEngine final : public ForumEngine
{
public:
    QString name() const override { return QStringLiteral("flarum"); }
    QString displayName() const override { return QStringLiteral("Flarum"); }
    Capabilities capabilities() const override { return Capability::QuoteSources | Capability::Avatars; }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    QList<EngineRequest> firstRequests(const ThreadRef &ref, const QUrl &asked) const override;
    EngineAnswer readAnswer(
        const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const override;
    QString incompleteReason(const EngineRequest &request, const QByteArray &body) const override;

    static constexpr int PostsPerRequest = 50; // Flarum's largest page
    static constexpr int MaxPosts = 200000;
    // The API's address for a discussion's canonical address: /FOLDER/api.
    static QUrl apiBase(const QUrl &canonical);
    static QUrl postsUrl(const QUrl &canonical, const QStringList &ids);
};

} // namespace Threadkeeper
