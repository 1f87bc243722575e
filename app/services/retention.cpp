// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include "domain/scorer.h"
#include "rulebook.h"
#include "store/cachestore.h"
#include "threadsession.h"

#include <QSettings>

namespace Threadkeeper {

namespace {
const QString KeepDaysKey = QStringLiteral("library/keepDays");
}

QList<FollowedPoster> postersToKeep(const QList<Rule> &rules, const QDateTime &now)
{
    QList<FollowedPoster> keep;
    for (const Rule &r : rules) {
        if (r.kind != Rule::Kind::Poster || r.score <= 0 || !r.isActive(now))
            continue;
        const FollowedPoster poster {
            r.site, r.pattern, r.scope == Rule::Scope::Thread ? r.threadUrl : QString()};
        if (!keep.contains(poster))
            keep.append(poster);
    }
    return keep;
}

Retention::Retention(CacheStore *store, RuleBook *rules, ThreadSession *session, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_rules(rules)
    , m_session(session)
{
    connect(store, &CacheStore::threadsEvicted, this,
        [this](const QList<ThreadSummary> &threads, const QString &error) {
            if (!m_running)
                return; // another's run
            m_running = false;
            if (!error.isEmpty())
                Q_EMIT failed(error);
            else
                Q_EMIT evicted(threads);
        });
    connect(rules, &RuleBook::rulesChanged, this, [this] {
        if (m_pending && m_rules->isLoaded())
            run();
    });
}

int Retention::keepDays() const
{
    return std::max(0, QSettings().value(KeepDaysKey, 0).toInt());
}

void Retention::setKeepDays(int days)
{
    QSettings().setValue(KeepDaysKey, std::max(0, days));
    Q_EMIT keepDaysChanged(std::max(0, days));
    run();
}

void Retention::run()
{
    const int days = keepDays();
    if (days <= 0 || !m_store)
        return;
    // Without the rules, followed posters and hidden posts are unknown: wait for them.
    if (!m_rules->isLoaded()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_running = true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_store->evictThreads(
        now.addDays(-days), postersToKeep(m_rules->rules(), now), hiddenBy(m_session->scorer()));
}

} // namespace Threadkeeper
