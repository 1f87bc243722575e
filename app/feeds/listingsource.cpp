// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingsource.h"

#include "engines/discourse/discoursesection.h"
#include "engines/hackernews/hackernewsfrontpage.h"
#include "engines/lemmy/lemmysection.h"
#include "engines/phpbb/phpbbsection.h"
#include "engines/vbulletin/vbulletinsection.h"
#include "engines/xenforo/xenforosection.h"
#include "feedsource.h"

namespace Threadkeeper {

namespace {
template<typename Source> const ListingSource *instance()
{
    static const Source source;
    return &source;
}
// Adding a source: its include and one line here, in the order they are tried: sections
// by address first, the feed reader last (it knows a feed by what the answer holds).
QList<const ListingSource *> all()
{
    static const QList<const ListingSource *> sources = {
        instance<XenForoSection>(),
        instance<PhpbbSection>(),
        instance<VBulletinSection>(),
        instance<DiscourseSection>(),
        instance<LemmySection>(),
        instance<HackerNewsFrontPage>(),
        instance<FeedSource>(),
    };
    return sources;
}
} // namespace

QList<const ListingSource *> listingSources()
{
    return all();
}

const ListingSource *listingSourceByName(const QString &name)
{
    for (const ListingSource *source : all()) {
        if (source->name() == name)
            return source;
    }
    return nullptr;
}

const ListingSource *listingSourceForUrl(const QUrl &url, QUrl *canonical)
{
    for (const ListingSource *source : all()) {
        if (source->parseUrl(url, canonical))
            return source;
    }
    return nullptr;
}

const ListingSource *listingSourceForAnswer(const QByteArray &body, const QByteArray &contentType, const QUrl &url)
{
    for (const ListingSource *source : all()) {
        if (source->recognize(body, contentType, url))
            return source;
    }
    return nullptr;
}

} // namespace Threadkeeper
