// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rule.h"

#include <QCoreApplication>
#include <QMap>
#include <QUrl>

#include <tuple>

namespace Threadkeeper {

QString siteOfThread(const QString &threadUrl)
{
    const QUrl url(threadUrl);
    return url.scheme() == QLatin1String("qrc") || url.isLocalFile() ? QStringLiteral("local") : url.host();
}

bool Rule::appliesTo(const QString &postSite, const QString &postThreadUrl) const
{
    if (site.compare(postSite, Qt::CaseInsensitive) != 0)
        return false;
    return scope == Scope::Site || threadUrl == postThreadUrl;
}

QList<FollowedPoster> followedPosters(
    const QList<Rule> &rules, const ScoreThresholds &thresholds, const QDateTime &now)
{
    // (site, name) → site-wide sum; (site, name, thread) → thread-only sums.
    QMap<QPair<QString, QString>, QPair<QString, int>>
        siteSums; // key lower-cased; value: name as written, sum
    QMap<std::tuple<QString, QString, QString>, int> threadSums;
    for (const Rule &r : rules) {
        if (r.kind != Rule::Kind::Poster || !r.isActive(now))
            continue;
        const QPair<QString, QString> key {r.site.toLower(), r.pattern.toLower()};
        if (r.scope == Rule::Scope::Site) {
            auto &entry = siteSums[key];
            entry.first = r.pattern;
            entry.second += r.score;
        } else {
            threadSums[{key.first, key.second, r.threadUrl}] += r.score;
            siteSums[key].first = r.pattern;
        }
    }
    QList<FollowedPoster> out;
    for (auto it = siteSums.cbegin(); it != siteSums.cend(); ++it) {
        if (it.value().second >= thresholds.follow)
            out.append(FollowedPoster {it.key().first, it.value().first, {}});
    }
    for (auto it = threadSums.cbegin(); it != threadSums.cend(); ++it) {
        const auto &[site, name, thread] = it.key();
        const auto siteEntry = siteSums.value({site, name});
        if (siteEntry.second < thresholds.follow && siteEntry.second + it.value() >= thresholds.follow)
            out.append(FollowedPoster {site, siteEntry.first, thread});
    }
    return out;
}

QString Rule::describe() const
{
    const QString where = scope == Scope::Site ? QCoreApplication::translate("Rule", "site")
                                               : QCoreApplication::translate("Rule", "thread");
    QString text;
    if (kind == Kind::Keyword) {
        text = QCoreApplication::translate("Rule", "keyword '%1' %2")
                   .arg(pattern)
                   .arg(score > 0 ? QStringLiteral("+%1").arg(score) : QString::number(score));
    } else if (score <= ScoreThresholds {}.hide) {
        text = QCoreApplication::translate("Rule", "Hide %1").arg(pattern);
    } else if (score >= ScoreThresholds {}.follow) {
        text = QCoreApplication::translate("Rule", "Follow %1").arg(pattern);
    } else {
        text = QCoreApplication::translate("Rule", "%1 %2")
                   .arg(pattern, score > 0 ? QStringLiteral("+%1").arg(score) : QString::number(score));
    }
    return QStringLiteral("%1 (%2)").arg(text, where);
}

} // namespace Threadkeeper
