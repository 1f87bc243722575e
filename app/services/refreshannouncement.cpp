// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refreshannouncement.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace Threadkeeper {

namespace {
// The announcement's words, under one translation context (lupdate reads the qualified calls).
struct Announcement
{
    Q_DECLARE_TR_FUNCTIONS(RefreshAnnouncement)
};
} // namespace

QList<FollowedPoster> followedForAnnouncements(const QList<Rule> &rules, const QDateTime &now)
{
    // Any positive sum of poster rules follows: the threshold is the smallest score.
    ScoreThresholds thresholds;
    thresholds.follow = 1;
    return followedPosters(rules, thresholds, now);
}

QString newPostsMessage(const RefreshOutcome &outcome, const QList<FollowedPoster> &followed)
{
    if (outcome.newPosts <= 0)
        return {};
    const QString site = siteOfThread(outcome.url);
    QMap<QString, int> byName; // as the poster writes their name, counted case-blind
    QHash<QString, QString> spelling;
    for (const QString &author : outcome.newAuthors) {
        const bool isFollowed = std::any_of(followed.cbegin(), followed.cend(), [&](const FollowedPoster &f) {
            return f.site.compare(site, Qt::CaseInsensitive) == 0
                && f.name.compare(author, Qt::CaseInsensitive) == 0
                && (f.threadUrl.isEmpty() || f.threadUrl == outcome.url);
        });
        if (!isFollowed)
            continue;
        const QString key = author.toCaseFolded();
        spelling.insert(key, spelling.value(key, author));
        ++byName[key];
    }
    const QString title = outcome.title.isEmpty() ? outcome.url : outcome.title;
    // Said whole for one and for many: the words show without a translation loaded.
    QString message
        = (outcome.newPosts == 1 ? Announcement::tr("1 new post in %1")
                                 : Announcement::tr("%n new posts in %1", nullptr, outcome.newPosts))
              .arg(title);
    if (byName.isEmpty())
        return message;
    QList<std::pair<QString, int>> counts;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        counts.append({spelling.value(it.key()), it.value()});
    std::stable_sort(
        counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList parts;
    for (const auto &[name, count] : counts)
        parts.append(Announcement::tr("%1 by %2").arg(count).arg(name));
    const QString last = parts.takeLast();
    const QString who
        = parts.isEmpty() ? last : Announcement::tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
    return Announcement::tr("%1, including %2").arg(message, who);
}

} // namespace Threadkeeper
