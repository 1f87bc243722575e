// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "forumengine.h"

#include "engines/bluesky/blueskyengine.h"
#include "engines/commentfeed/commentfeedengine.h"
#include "engines/discourse/discourseengine.h"
#include "engines/flarum/flarumengine.h"
#include "engines/fluxbb/fluxbbengine.h"
#include "engines/hackernews/hackernewsengine.h"
#include "engines/invision/invisionengine.h"
#include "engines/lemmy/lemmyengine.h"
#include "engines/lobsters/lobstersengine.h"
#include "engines/mastodon/mastodonengine.h"
#include "engines/mybb/mybbengine.h"
#include "engines/nodebb/nodebbengine.h"
#include "engines/phpbb/phpbbengine.h"
#include "engines/reddit/redditengine.h"
#include "engines/smf/smfengine.h"
#include "engines/vanilla/vanillaengine.h"
#include "engines/vbulletin/vbulletinengine.h"
#include "engines/woltlab/woltlabengine.h"
#include "engines/wordpress/wordpressengine.h"
#include "engines/xenforo/xenforoengine.h"

namespace Threadkeeper {

namespace {
template<typename Engine> const ForumEngine *instance()
{
    static const Engine engine;
    return &engine;
}
// Adding an engine: its folder, its include and one line here. Tried in this order:
// Discourse first, as its /t/{id} is numbers only, which XenForo's /t/slug.{id}/ would take too.
const ForumEngine *const s_engines[] = {
    instance<DiscourseEngine>(),
    instance<XenForoEngine>(),
    instance<FluxbbEngine>(), // before phpBB: its post links (?pid=K#pK) would read as phpBB's #pN
    instance<PhpbbEngine>(),
    instance<NodeBbEngine>(), // before Invision, whose /topic/ID-slug would take /topic/ID/slug
    instance<InvisionEngine>(), // before vBulletin, whose vB5 /forum/…/ID-title takes /forum/topic/ID-slug
    instance<WoltlabEngine>(), // before vBulletin, whose vB5 /forum/…/ID-title takes /forum/thread/ID-slug
    instance<FlarumEngine>(), // before vBulletin, whose vB5 /forum/…/ID-title takes /forum/d/ID-slug
    instance<VBulletinEngine>(),
    instance<MybbEngine>(),
    instance<SmfEngine>(),
    instance<VanillaEngine>(),
    instance<HackerNewsEngine>(),
    instance<LemmyEngine>(),
    instance<LobstersEngine>(),
    instance<RedditEngine>(),
    instance<MastodonEngine>(), // any host, but only Mastodon's shapes with a numeric status id
    instance<BlueskyEngine>(),
    // Last: WordPress takes only a site's /?p=N shortlink, the comment feed only a dated
    // permalink's /feed/; by content, each claims a page the forums above do not.
    instance<WordPressEngine>(),
    instance<CommentFeedEngine>(),
};
} // namespace

bool ForumEngine::recognizePage(const QByteArray &, const QUrl &, ThreadRef *) const
{
    return false;
}

QString ForumEngine::postLinkId(const QUrl &) const
{
    return {};
}

QList<EngineRequest> ForumEngine::refreshRequests(const ThreadRef &ref, const CachedParts &) const
{
    ThreadRef whole = ref;
    whole.page = 1;
    whole.postId.clear();
    whole.postNumber = 0;
    return firstRequests(whole, ref.canonical);
}

QString ForumEngine::refusalReason(const EngineRequest &, int, const QByteArray &) const
{
    return {};
}

AccountNeed ForumEngine::accountNeed(const ThreadRef &) const
{
    return {};
}

QList<EngineRequest> ForumEngine::fallbackRequests(const EngineRequest &) const
{
    return {};
}

QList<const ForumEngine *> engines()
{
    return QList<const ForumEngine *>(std::begin(s_engines), std::end(s_engines));
}

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

const ForumEngine *engineForPage(const QByteArray &html, const QUrl &url, ThreadRef *ref)
{
    for (const ForumEngine *engine : s_engines) {
        if (engine->recognizePage(html, url, ref))
            return engine;
    }
    return nullptr;
}

QString knownEngineNames()
{
    QStringList names;
    for (const ForumEngine *engine : s_engines)
        names.append(engine->displayName());
    return names.join(QLatin1String(", "));
}

ForumEngine::Capabilities capabilitiesOf(const QString &engineName)
{
    const ForumEngine *engine = engineByName(engineName);
    return engine ? engine->capabilities() : ForumEngine::Capabilities(0x1f);
}

} // namespace Threadkeeper
