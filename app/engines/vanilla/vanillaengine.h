// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/pagedhtmlengine.h"

namespace Threadkeeper {

// Vanilla Forums 2.x and 3.x discussions (MoneySavingExpert, College Confidential, many
// vendors' communities). Addresses: [/prefix]/discussion/N[/slug][/pM], or without pretty
// URLs index.php?p=/discussion/N…; a comment link /discussion/comment/K#Comment_K shows the
// page holding the comment. Every form is one key, [/prefix]/discussion/N. The discussion's
// own post (shown on page 1) is "dN", comments their CommentID: the two are numbered apart.
// Sites that route discussions elsewhere (College Confidential's /category/N-slug.html)
// are recognised by their page (body#vanilla_discussion_index, the gdn scripts).
class VanillaEngine final : public PagedHtmlEngine
{
public:
    QString name() const override { return QStringLiteral("vanilla"); }
    QString displayName() const override { return QStringLiteral("Vanilla"); }
    Capabilities capabilities() const override
    {
        return Capability::Pages | Capability::QuoteSources | Capability::Avatars;
    }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    // /discussion/comment/K.
    QString postLinkId(const QUrl &url) const override;
    // Page M as Vanilla's own links to a comment ask for it: /discussion/N/x/pM (the slug
    // is not checked).
    QUrl pageUrl(const QUrl &canonical, int page) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    ParsedPage parsePage(const QByteArray &html, const QUrl &url) const override;
};

} // namespace Threadkeeper
