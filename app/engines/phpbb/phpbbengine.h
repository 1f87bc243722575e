// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/pagedhtmlengine.h"

namespace Threadkeeper {

// phpBB 3.0–3.3 topic pages (prosilver, subsilver2 and styles built on them).
// Topic URLs: viewtopic.php?t=N (f= and start= optional); a post link
// viewtopic.php?p=N#pN shows the page holding the post, which says which topic it is.
// Pages are start= offsets: the page size is read from the page.
class PhpbbEngine final : public PagedHtmlEngine
{
public:
    static constexpr int DefaultPageSize = 10; // phpBB's own default, when a page says nothing

    QString name() const override { return QStringLiteral("phpbb"); }
    QString displayName() const override { return QStringLiteral("phpBB"); }
    Capabilities capabilities() const override
    {
        return Capability::Pages | Capability::QuoteSources | Capability::Avatars;
    }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    // phpBB marks its pages <body id="phpbb">; the topic comes from the page's links.
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    // viewtopic.php?p=N without the topic.
    QString postLinkId(const QUrl &url) const override;
    QUrl pageUrl(const QUrl &canonical, int page) const override;
    QUrl pageUrlAfter(const QUrl &canonical, int page, const ParsedPage &first) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    ParsedPage parsePage(const QByteArray &html, const QUrl &url) const override;
};

} // namespace Threadkeeper
