// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/pagedhtmlengine.h"

namespace Threadkeeper {

// Invision Community 4 and 5 (IPS) topic pages. Topic URLs: /topic/ID-slug/ under any
// prefix (/forums/topic/…), /page/N/ for a page, index.php?/topic/ID-slug/ where the
// forum has no rewritten addresses; a post link adds ?do=findComment&comment=N (the
// forum redirects it to the post's page) or #comment-N. Quotes name the quoted post
// (data-ipsquote-contentcommentid).
class InvisionEngine final : public PagedHtmlEngine
{
public:
    QString name() const override { return QStringLiteral("invision"); }
    QString displayName() const override { return QStringLiteral("Invision Community"); }
    Capabilities capabilities() const override
    {
        return Capability::Pages | Capability::QuoteSources | Capability::Avatars;
    }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    // IPS pages load its front-end (ipsApp, /applications/core/interface/) and mark their
    // posts <article id="elComment_N">; the topic comes from the canonical link, even
    // where the forum renamed its addresses.
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    QUrl pageUrl(const QUrl &canonical, int page) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    ParsedPage parsePage(const QByteArray &html, const QUrl &url) const override;
};

} // namespace Threadkeeper
