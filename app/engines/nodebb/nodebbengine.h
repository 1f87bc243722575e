// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/forumengine.h"

namespace Threadkeeper {

// NodeBB: https://HOST[/FOLDER]/topic/N[/slug[/INDEX]], on any host, read through the
// read API the forum's own pages load (/FOLDER/api/topic/N?page=M): each page holds the
// topic's facts (title, postcount, pagination.pageCount) and its posts in order, each
// with its 0-based index (its place in the topic), its HTML, its author, and toPid, the
// post it replies to: the parents. Page 1 names the pages; the rest are asked at once.
// A deleted post stays as a placeholder, so its replies keep their place. A refresh asks
// page 1 and the last page cached, then the pages after it: new posts land at the end.
class NodeBbEngine final : public ForumEngine
{
public:
    QString name() const override { return QStringLiteral("nodebb"); }
    QString displayName() const override { return QStringLiteral("NodeBB"); }
    Capabilities capabilities() const override
    {
        return Capability::Pages | Capability::ExplicitParents | Capability::QuoteSources
            | Capability::Avatars;
    }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    QList<EngineRequest> firstRequests(const ThreadRef &ref, const QUrl &asked) const override;
    QList<EngineRequest> refreshRequests(const ThreadRef &ref, const CachedParts &cached) const override;
    EngineAnswer readAnswer(
        const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const override;
    QString incompleteReason(const EngineRequest &request, const QByteArray &body) const override;

    static constexpr int MaxPages = 5000;
    static constexpr int MaxPostsPerPage = 500; // NodeBB's own limit on postsPerPage is 100
    static QUrl pageUrl(const QUrl &canonical, int page);
};

} // namespace Threadkeeper
