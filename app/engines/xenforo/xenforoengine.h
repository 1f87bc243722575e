// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/pagedhtmlengine.h"

namespace Threadkeeper {

// XenForo 2.x thread pages (and the 1.x quote markup, which survives in imports).
// Thread URLs: /threads/slug.ID/ (or /t/), optionally page-N, post-N or #post-N.
class XenForoEngine final : public PagedHtmlEngine
{
public:
    QString name() const override { return QStringLiteral("xenforo"); }
    QString displayName() const override { return QStringLiteral("XenForo"); }
    Capabilities capabilities() const override
    {
        return Capability::Pages | Capability::QuoteSources | Capability::Avatars;
    }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    // XenForo marks its pages <html id="XF"> (2.x) or <html id="XenForo"> (1.x).
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    QUrl pageUrl(const QUrl &canonical, int page) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    ParsedPage parsePage(const QByteArray &html, const QUrl &url) const override;
    QString postLinkId(const QUrl &url) const override;
};

} // namespace Threadkeeper
