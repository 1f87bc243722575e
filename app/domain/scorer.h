// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/library.h"
#include "domain/post.h"
#include "domain/rule.h"

#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace Threadkeeper {

// A post's score under the rules, and why.
struct PostScore
{
    int score = 0;
    QStringList reasons; // Rule::describe() of each rule that matched
    bool hidden = false;
    bool followed = false;

    // "score -120: Hide Bomby569 (site); keyword 'tariffs' -20 (site)"
    QString explanation() const;
    bool operator==(const PostScore &) const = default;
};

// Adds up the rules that match a post, score-file style. Poster rules match the
// author by name (case-insensitive); keyword rules match whole words of the post's
// own text, never the quotes. Expired rules are ignored, by an injectable clock.
class Scorer
{
public:
    using Clock = std::function<QDateTime()>;

    Scorer();
    void setRules(const QList<Rule> &rules);
    const QList<Rule> &rules() const { return m_rules; }
    void setThresholds(const ScoreThresholds &thresholds) { m_thresholds = thresholds; }
    ScoreThresholds thresholds() const { return m_thresholds; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    PostScore score(const Post &post, const QString &threadUrl) const;
    // Poster rules alone, for a quote of that poster inside another post.
    PostScore posterScore(const QString &author, const QString &threadUrl) const;

private:
    PostScore finish(PostScore s) const;
    QString siteOf(const QString &threadUrl) const;

    QList<Rule> m_rules;
    QList<QRegularExpression> m_patterns; // per rule; keyword rules only
    ScoreThresholds m_thresholds;
    Clock m_clock;
    mutable QPair<QString, QString> m_siteOf; // the last thread URL asked for, and its site
};

// What the scorer hides, for counts made on the store's thread (a copy of the scorer goes
// with it); none when there are no rules, so that every post counts at no cost.
HiddenPredicate hiddenBy(Scorer scorer);

} // namespace Threadkeeper
