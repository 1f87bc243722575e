// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forumengine.h"

#include "engines/xenforo/xenforoengine.h"

namespace Threadkeeper {

namespace {
const XenForoEngine s_xenforo;
const ForumEngine *const s_engines[] = {&s_xenforo};
} // namespace

const ForumEngine *engineByName(const QString &name)
{
    for (const ForumEngine *engine : s_engines) {
        if (engine->name() == name)
            return engine;
    }
    return nullptr;
}

const ForumEngine *engineForUrl(const QUrl &url, ThreadRef *ref)
{
    for (const ForumEngine *engine : s_engines) {
        if (engine->parseUrl(url, ref))
            return engine;
    }
    return nullptr;
}

const ForumEngine *engineForPostLink(const QUrl &url, QString *postId)
{
    for (const ForumEngine *engine : s_engines) {
        if (QString id = engine->postLinkId(url); !id.isEmpty()) {
            if (postId)
                *postId = id;
            return engine;
        }
    }
    return nullptr;
}

} // namespace Threadkeeper
