// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engines/pagedhtmlengine.h"

namespace Threadkeeper {

// FluxBB 1.2–1.5 and PunBB 1.2–1.4 topic pages (the Arch Linux forums). Topic URLs:
// viewtopic.php?id=N, page M as &p=M (a page number, not an offset); a post link
// viewtopic.php?pid=K#pK shows the page holding the post, which says which topic it is.
// phpBB also answers at viewtopic.php, but with t= (topic) and p= (a post): a URL with t=
// is never FluxBB's, and pid= never phpBB's. Quotes name their poster, never the post:
// the reply tree finds the source by the quoted words.
class FluxbbEngine final : public PagedHtmlEngine
{
public:
    QString name() const override { return QStringLiteral("fluxbb"); }
    QString displayName() const override { return QStringLiteral("FluxBB"); }
    Capabilities capabilities() const override { return Capability::Pages | Capability::Avatars; }
    bool parseUrl(const QUrl &url, ThreadRef *ref) const override;
    // FluxBB and PunBB 1.2 wrap the page in <div id="punviewtopic">, PunBB 1.3/1.4 in
    // <div id="brd-viewtopic">; the topic comes from the page's own links.
    bool recognizePage(const QByteArray &html, const QUrl &url, ThreadRef *ref) const override;
    // viewtopic.php?pid=K without the topic.
    QString postLinkId(const QUrl &url) const override;
    QUrl pageUrl(const QUrl &canonical, int page) const override;
    QUrl postUrl(const QUrl &canonical, const QString &postId) const override;
    ParsedPage parsePage(const QByteArray &html, const QUrl &url) const override;
};

} // namespace Threadkeeper
