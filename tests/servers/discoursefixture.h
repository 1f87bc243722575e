// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "servers/xenforofixture.h"

#include <QByteArray>
#include <QStringList>

namespace Threadkeeper::Testing {

class FixtureServer;

// A FixtureThread written out as a Discourse topic, the way Discourse's JSON API answers
// a guest. Post numbers are the thread's, moved up by one when its first post is
// numbered 0 (Discourse numbers the first post 1), so a number the thread skips is a
// deleted post's gap. Bodies are cooked HTML: <p> paragraphs, and quotes as <aside
// class="quote" data-username> with data-post (the quoted post's NUMBER) and data-topic
// when the BBCode quote names its post (made with Reply), as Discourse writes them.
// reply_to_post_number is the post the first quote names, if it names one.
struct DiscourseTopic
{
    FixtureThread thread;
    qint64 id = 4321;
    int chunk = 20; // posts that come with the topic itself

    QString slug() const;
    QString path() const { return QStringLiteral("/t/%1/%2").arg(slug()).arg(id); }
    // The address the topic is cached under, whichever form opened it.
    QString canonicalPath() const { return QStringLiteral("/t/%1").arg(id); }
    int numberOf(const FixturePost &post) const;
};

// /t/{id}.json, or /t/{id}/{n}.json (around = n): the stream of every post id and a
// chunk of posts (the first ones, or those around post n).
QByteArray discourseTopicJson(const DiscourseTopic &topic, int around = 0);
// /t/{id}/posts.json?post_ids[]=…: the posts asked for (at most 20, as Discourse).
QByteArray discoursePostsJson(const DiscourseTopic &topic, const QStringList &ids);
// The topic's HTML page: what a browser gets, with Discourse's generator tag.
QByteArray discourseTopicPage(const DiscourseTopic &topic);

// Routes for all of the above at Discourse's URL layout (every permalink's JSON too).
void serveDiscourseTopic(FixtureServer *server, const DiscourseTopic &topic, int delayMs = 0);

} // namespace Threadkeeper::Testing
