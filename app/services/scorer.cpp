// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorer.h"

#include <QRegularExpression>

namespace Threadkeeper {

namespace {

bool containsWords(const QString &text, const QString &phrase)
{
    if (phrase.trimmed().isEmpty())
        return false;
    // Whole words: "tariff" does not match "tariffs".
    const QRegularExpression re(
        QStringLiteral("(?<![\\w])%1(?![\\w])").arg(QRegularExpression::escape(phrase.trimmed())),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

} // namespace

QString PostScore::explanation() const
{
    return QStringLiteral("score %1: %2").arg(score).arg(reasons.join(QStringLiteral("; ")));
}

Scorer::Scorer()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

PostScore Scorer::finish(PostScore s) const
{
    s.hidden = s.score <= m_thresholds.hide;
    s.followed = !s.hidden && s.score >= m_thresholds.follow;
    return s;
}

PostScore Scorer::posterScore(const QString &author, const QString &threadUrl) const
{
    const QString site = siteOfThread(threadUrl);
    const QDateTime now = m_clock();
    PostScore s;
    for (const Rule &rule : m_rules) {
        if (rule.kind == Rule::Kind::Poster && rule.isActive(now) && rule.appliesTo(site, threadUrl)
            && rule.pattern.compare(author, Qt::CaseInsensitive) == 0) {
            s.score += rule.score;
            s.reasons.append(rule.describe());
        }
    }
    return finish(s);
}

PostScore Scorer::score(const Post &post, const QString &threadUrl) const
{
    const QString site = siteOfThread(threadUrl);
    const QDateTime now = m_clock();
    PostScore s;
    for (const Rule &rule : m_rules) {
        if (!rule.isActive(now) || !rule.appliesTo(site, threadUrl))
            continue;
        const bool matches = rule.kind == Rule::Kind::Poster
            ? rule.pattern.compare(post.author, Qt::CaseInsensitive) == 0
            : containsWords(post.text, rule.pattern);
        if (matches) {
            s.score += rule.score;
            s.reasons.append(rule.describe());
        }
    }
    return finish(s);
}

} // namespace Threadkeeper
