// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/forumengine.h"

namespace Threadkeeper {

// A comment feed opened as a thread: one post per comment, the commented post as the
// article (a link to it, titled as the feed names it). WordPress's per-post comment RSS
// (flat: every comment replies to the post) and Atom comment feeds with RFC 4685
// thr:in-reply-to (Blogger, TypePad), whose entries name the comment they reply to.
//
// Addresses it takes without looking: WordPress's comment feed of a post with a date in
// its permalink (/2024/05/12/slug/feed/, /2024/05/slug/feed/), the plain-permalink form
// (?p=ID&feed=rss2), and Blogger's /feeds/POSTID/comments/default. Other feeds (a bare
// /slug/feed/ may be a category's or a page's) are recognised by what they hold when an
// address no engine takes is probed: an Atom feed whose entries carry thr:in-reply-to,
// or an RSS feed whose every item links to a #comment-N anchor on the channel's own page.
// Later pages (Atom rel="next") are followed on the feed's own host.
class CommentFeedEngine final : public ForumEngine
{
public:
    QString name() const override { return QStringLiteral("commentfeed"); }
    QString displayName() const override;
    Capabilities capabilities() const override { return Capability::ExplicitParents; }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    QList<EngineRequest> firstRequests(const ThreadRef &ref, const QUrl &asked) const override;
    EngineAnswer readAnswer(
        const EngineRequest &request, const QByteArray &body, const AnswerContext &context) const override;
    QString incompleteReason(const EngineRequest &request, const QByteArray &body) const override;

    static constexpr int MaxPages = 50;
};

} // namespace Threadkeeper
