// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/pagedhtmlengine.h"

namespace Threadkeeper {

// Simple Machines Forum 2.0 and 2.1 topic pages (their default themes and themes built on
// them). Topic URLs: index.php?topic=N.M, where M is the offset of the page's first post
// (or msgK, a post), and the query-less index.php/topic,N.M.html; all keyed as
// index.php?topic=N.0. Pages are offsets: the page size is read from the page's links. A
// post link alone (index.php?msg=K) shows the post's page, which says which topic it is.
class SmfEngine final : public PagedHtmlEngine
{
public:
    static constexpr int DefaultPageSize = 15; // SMF's own default, when a page says nothing

    QString name() const override { return QStringLiteral("smf"); }
    QString displayName() const override { return QStringLiteral("Simple Machines Forum"); }
    Capabilities capabilities() const override
    {
        return Capability::Pages | Capability::QuoteSources | Capability::Avatars;
    }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    // Every SMF page sets smf_theme_url and smf_scripturl in its head, whatever the theme;
    // the topic comes from the page's canonical link.
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    QString postLinkId(const QUrl &url) const override;
    QUrl pageUrl(const QUrl &canonical, int page) const override;
    QUrl pageUrlAfter(const QUrl &canonical, int page, const ParsedPage &first) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    ParsedPage parsePage(const QByteArray &html, const QUrl &url) const override;
};

} // namespace Threadkeeper
