// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/pagedhtmlengine.h"

namespace Threadkeeper {

// MyBB 1.8 thread pages (the default and classic postbits, and themes built on them).
// Thread URLs: showthread.php?tid=N (page=M, pid=K optional), the search-engine-friendly
// thread-N.html / thread-N-page-M.html / thread-N-post-K.html, all keyed as
// showthread.php?tid=N; the Google SEO plugin's /Thread-Subject names no id and is
// recognised by its page, which names the thread. Post links alone (showthread.php?pid=K, post-K.html) show
// the post's page, which says which thread it is. vBulletin's showthread.php?t=N and ?p=N are not MyBB's:
// MyBB names its thread tid and its post pid.
class MybbEngine final : public PagedHtmlEngine
{
public:
    QString name() const override { return QStringLiteral("mybb"); }
    QString displayName() const override { return QStringLiteral("MyBB"); }
    Capabilities capabilities() const override
    {
        return Capability::Pages | Capability::QuoteSources | Capability::Avatars;
    }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    // MyBB's scripts (jscripts/general.js?ver=…) or its "Powered By MyBB" line, and posts
    // div#post_N holding div#pid_N; the thread comes from the page's links.
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    QString postLinkId(const QUrl &url) const override;
    QUrl pageUrl(const QUrl &canonical, int page) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    ParsedPage parsePage(const QByteArray &html, const QUrl &url) const override;
};

} // namespace Threadkeeper
