// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Threadkeeper::Testing {

class FixtureServer;

// One thread of a forum section, as its row shows it.
struct SectionThread
{
    qint64 id = 0;
    QString title; // plain text; the writers escape it
    QString starter;
    QDateTime started; // whole minutes, UTC
    QDateTime lastPost;
    int replies = 0;
    QString prefix; // empty: none
    bool sticky = false;
};

// A forum section (or front page) in the forum's order: stickies first, then the rest,
// perPage threads a page. Stickies stand on the first page only.
struct FixtureSection
{
    QString title = QStringLiteral("Graphics Cards & Monitors");
    qint64 forumId = 12;
    int perPage = 5;
    QList<SectionThread> threads;

    int pageCount() const { return std::max(1, int((threads.size() + perPage - 1) / perPage)); }
    QList<SectionThread> page(int n) const { return threads.mid(qsizetype(n - 1) * perPage, perPage); }
    // A slug as forums make them: lower case words joined by dashes.
    static QString slug(const QString &title);

    // Two stickies (one with a prefix), then threads with prefixes, entities and
    // non-ASCII titles: count threads in all.
    static FixtureSection sample(int count = 8);
};

// XenForo 2.2 forum_view at /forums/{slug}.{forumId}/ (page-N): rows .structItem--thread,
// stickies in their own group, prefixes as label links, <time data-time>.
QByteArray xenforoSectionPage(const FixtureSection &section, int page);
QString xenforoSectionPath(const FixtureSection &section, int page);
// phpBB 3.3 prosilver viewforum.php?f=N (start=): li.row.sticky, <time datetime>, a
// Topic Prefixes extension label before the title.
QByteArray phpbbSectionPage(const FixtureSection &section, int page);
QString phpbbSectionPath(const FixtureSection &section, int page); // "/forum/viewforum.php?f=12&start=5"
// vBulletin 4.2 forumdisplay.php?f=N (page=N): ol#stickies and ol#threads of li.threadbit,
// dates as "06-04-2016, 03:15 PM".
QByteArray vbulletinSectionPage(const FixtureSection &section, int page);
QString vbulletinSectionPath(const FixtureSection &section, int page);
// Discourse /latest.json?page=N (N from 0): users[], topic_list.topics with posters[].
QByteArray discourseLatestJson(const FixtureSection &section, int page);
// Lemmy 0.19 /api/v3/post/list answer for page N of the community.
QByteArray lemmyPostList(const FixtureSection &section, int page);
// Algolia's /search?tags=front_page answer: every thread, one answer.
QByteArray algoliaFrontPage(const FixtureSection &section);

// Routes for every engine's pages above (Discourse at /latest.json, Lemmy at
// /api/v3/post/list, Algolia at /algolia/search), each page as its forum addresses it.
void serveSection(FixtureServer *server, const FixtureSection &section);

} // namespace Threadkeeper::Testing
