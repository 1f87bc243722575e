// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/forumengine.h"

namespace Threadkeeper {

// A WordPress post and its comments through the public REST API. The thread's address is
// the post's shortlink, SITE/?p=ID (a page's: SITE/?page_id=ID), where SITE is where
// WordPress lives, a subfolder too. A post page is recognised by its
// <link rel="https://api.w.org/"> beside its shortlink or its
// <link rel="alternate" type="application/json" href="…/wp/v2/posts/ID">.
//
// The post first (SITE/wp-json/wp/v2/posts/ID: the article, its id "post-ID" since posts
// and comments are numbered apart), then its comments oldest first, a hundred at a time
// while pages come back full (SITE/wp-json/wp/v2/comments?post=ID&per_page=100&page=N);
// each comment's parent names the comment it replies to, 0 the post. A site without
// pretty permalinks answers at SITE/?rest_route=/wp/v2/…: asked there when /wp-json/
// fails, and the comments follow the post's form. A comment page past the end is an
// error to WordPress; it is asked again by offset, which answers an empty page instead.
class WordPressEngine final : public ForumEngine
{
public:
    QString name() const override { return QStringLiteral("wordpress"); }
    QString displayName() const override { return QStringLiteral("WordPress"); }
    Capabilities capabilities() const override { return Capability::ExplicitParents | Capability::Avatars; }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    QList<EngineRequest> firstRequests(const ThreadRef &ref, const QUrl &asked) const override;
    EngineAnswer readAnswer(
        const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const override;
    QString incompleteReason(const EngineRequest &request, const QByteArray &body) const override;
    QList<EngineRequest> fallbackRequests(const EngineRequest &failed) const override;

    static constexpr int PageSize = 100; // WordPress's largest per_page
    static constexpr int MaxPages = 1000;
    static QString articleId(const QString &postId) { return QStringLiteral("post-") + postId; }
    // The REST request for what path names ("wp/v2/comments"), in the form the site
    // answers: SITE/wp-json/PATH?QUERY, or SITE/?rest_route=/PATH&QUERY.
    static QUrl restUrl(const QUrl &canonical, bool restRoute, const QString &path,
        const QList<std::pair<QString, QString>> &query);
    static QUrl commentPageUrl(const QUrl &canonical, bool restRoute, int page);
};

} // namespace Threadkeeper
