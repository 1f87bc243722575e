// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Threadkeeper {

// One scoring rule, as in a Usenet score file: every rule that matches a post adds
// its score; the sum decides whether the post is hidden or followed.
struct Rule
{
    enum class Kind
    {
        Poster,
        Keyword
    };
    enum class Scope
    {
        Site,
        Thread
    };

    qint64 id = 0; // the cache's id; 0 until stored
    Kind kind = Kind::Poster;
    QString site; // host name ("www.techpowerup.com"); "local" for bundled threads
    QString pattern; // the poster's name, or a word or phrase of a post's own text
    int score = 0;
    Scope scope = Scope::Site;
    QString threadUrl; // with Scope::Thread
    QDateTime expires; // invalid: never
    QString note; // why, in the reader's words
    QDateTime created;

    bool isActive(const QDateTime &now) const { return !expires.isValid() || now < expires; }
    bool appliesTo(const QString &site, const QString &threadUrl) const;
    // "Hide Bomby569 (site)", "keyword 'tariffs' -20 (thread)"
    QString describe() const;
    bool operator==(const Rule &) const = default;
};

// Where a score starts to hide or to follow; settings, with these defaults.
struct ScoreThresholds
{
    int hide = -100;
    int follow = 100;
};

// A poster the rules follow: everywhere on a site, or in one thread.
struct FollowedPoster
{
    QString site;
    QString name;
    QString threadUrl; // empty: the whole site
    bool operator==(const FollowedPoster &) const = default;
};

// A post by a followed poster, anywhere in the cache.
struct FollowedPost
{
    QString threadUrl;
    QString threadTitle;
    QString postId;
    int number = 0;
    QString author;
    QDateTime date;
    QString text;
    bool read = false;
    bool hidden = false; // by the reader's rules; set by whoever scores it
};

// Which posters the rules follow, at this time: poster rules add up per site (and per
// thread for thread rules) like the score of one of their posts would.
QList<FollowedPoster> followedPosters(
    const QList<Rule> &rules, const ScoreThresholds &thresholds, const QDateTime &now);

// The site a thread URL belongs to, as rules name it.
QString siteOfThread(const QString &threadUrl);

} // namespace Threadkeeper

Q_DECLARE_METATYPE(Threadkeeper::Rule)
