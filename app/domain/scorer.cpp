// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scorer.h"

#include <QRegularExpression>

namespace Threadkeeper {

namespace {

// Whole words, any case: "tariff" does not match "tariffs".
QRegularExpression wordPattern(const QString &phrase)
{
    return QRegularExpression(
        QStringLiteral("(?<![\\w])%1(?![\\w])").arg(QRegularExpression::escape(phrase.trimmed())),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

QString PostScore::explanation() const
{
    return QStringLiteral("score %1: %2").arg(score).arg(reasons.join(QStringLiteral("; ")));
}

Scorer::Scorer()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

void Scorer::setRules(const QList<Rule> &rules)
{
    m_rules = rules;
    m_patterns.clear();
    for (const Rule &r : rules)
        m_patterns.append(r.kind == Rule::Kind::Keyword && !r.pattern.trimmed().isEmpty()
                ? wordPattern(r.pattern)
                : QRegularExpression());
}

PostScore Scorer::finish(PostScore s) const
{
    s.hidden = s.score <= m_thresholds.hide;
    s.followed = !s.hidden && s.score >= m_thresholds.follow;
    return s;
}

QString Scorer::siteOf(const QString &threadUrl) const
{
    // Scoring a whole thread asks for the same thread's site thousands of times.
    if (threadUrl != m_siteOf.first)
        m_siteOf = {threadUrl, siteOfThread(threadUrl)};
    return m_siteOf.second;
}

PostScore Scorer::posterScore(const QString &author, const QString &threadUrl) const
{
    const QString site = siteOf(threadUrl);
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
    const QString site = siteOf(threadUrl);
    const QDateTime now = m_clock();
    PostScore s;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const Rule &rule = m_rules[i];
        if (!rule.isActive(now) || !rule.appliesTo(site, threadUrl))
            continue;
        const bool matches = rule.kind == Rule::Kind::Poster
            ? rule.pattern.compare(post.author, Qt::CaseInsensitive) == 0
            : m_patterns[i].isValid() && !m_patterns[i].pattern().isEmpty()
                && m_patterns[i].match(post.text).hasMatch();
        if (matches) {
            s.score += rule.score;
            s.reasons.append(rule.describe());
        }
    }
    return finish(s);
}

HiddenPredicate hiddenBy(Scorer scorer)
{
    if (scorer.rules().isEmpty())
        return {};
    return [scorer = std::move(scorer)](
               const Post &post, const QString &url) { return scorer.score(post, url).hidden; };
}

} // namespace Threadkeeper
