// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postlinks.h"

#include "engines/forumengine.h"
#include "render/linkpolicy.h"

namespace Threadkeeper {

QString linkedPostId(const QUrl &link, const QUrl &canonical, const ForumEngine &engine)
{
    const LinkTarget::Kind kind = classifyLink(link, canonical).kind;
    if ((kind != LinkTarget::Kind::External && kind != LinkTarget::Kind::Thread)
        || link.host() != canonical.host())
        return {};
    ThreadRef ref;
    if (engine.parseUrl(link, &ref))
        return ref.canonical.path() == canonical.path() ? ref.postId : QString();
    return engine.postLinkId(link);
}

} // namespace Threadkeeper
