// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/pagedhtmlengine.h"

namespace Threadkeeper {

// vBulletin 3, 4 and 5 thread pages.
// Thread URLs: showthread.php?t=N (&page=N), vB4's showthread.php/N-title/pageN and
// /threads/N-title/pageN, vB5's /forum/…/N-title/pageN. XenForo's /threads/title.N/ (a
// dot before the id) is never claimed. A post link showthread.php?p=N shows the post's
// page, which says which thread it is.
class VBulletinEngine final : public PagedHtmlEngine
{
public:
    QString name() const override { return QStringLiteral("vbulletin"); }
    QString displayName() const override { return QStringLiteral("vBulletin"); }
    Capabilities capabilities() const override
    {
        return Capability::Pages | Capability::QuoteSources | Capability::Avatars;
    }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    // vBulletin names itself in <meta name="generator" content="vBulletin 4.2.3">.
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    QString postLinkId(const QUrl &url) const override;
    QUrl pageUrl(const QUrl &canonical, int page) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    ParsedPage parsePage(const QByteArray &html, const QUrl &url) const override;
};

} // namespace Threadkeeper
