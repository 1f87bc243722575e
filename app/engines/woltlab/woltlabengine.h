// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/pagedhtmlengine.h"

namespace Threadkeeper {

// WoltLab Suite Forum (Burning Board 4 and 5, WoltLab Suite 3 to 6) thread pages, and
// Burning Board 3's. Thread URLs: /thread/ID-slug/ under any prefix (/forum/thread/…),
// index.php?thread/ID-slug/ where the forum has no rewritten addresses, Burning Board
// 3's index.php?page=Thread&threadID=N; pages are ?pageNo=M, a post link adds
// ?postID=N#postN. Quotes link the quoted post (blockquote.quoteBox cite=).
class WoltlabEngine final : public PagedHtmlEngine
{
public:
    QString name() const override { return QStringLiteral("woltlab"); }
    QString displayName() const override { return QStringLiteral("WoltLab"); }
    Capabilities capabilities() const override
    {
        return Capability::Pages | Capability::QuoteSources | Capability::Avatars;
    }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    // WoltLab pages load WoltLab Suite's scripts (WoltLabSuite/Core, WCF.…) or mark their
    // body tpl_wbb_thread; the thread comes from the canonical link.
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    // Burning Board 3's index.php?page=Thread&postID=N without the thread.
    QString postLinkId(const QUrl &url) const override;
    QUrl pageUrl(const QUrl &canonical, int page) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    ParsedPage parsePage(const QByteArray &html, const QUrl &url) const override;
};

} // namespace Threadkeeper
