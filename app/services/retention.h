// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/library.h"
#include "domain/rule.h"

#include <QObject>
#include <QPointer>

namespace Threadkeeper {

class CacheStore;
class RuleBook;
class ThreadSession;

// Posters whose posts keep a thread in the cache: every poster an active poster rule
// scores up (any positive score), on its site or in the one thread the rule names.
QList<FollowedPoster> postersToKeep(const QList<Rule> &rules, const QDateTime &now);

// "Keep unwatched threads for N days" (QSettings library/keepDays; 0, the default, keeps
// everything). Evicts on the store's thread what the setting lets go: threads unvisited
// for longer, not watched, not annotated, with nothing unread (by the rules, as the
// library counts it) and no post by a poster in postersToKeep(). Runs once the rules are
// known, and again whenever the setting changes. Eviction has no undo: it takes only
// what the reader has read and can fetch again.
class Retention : public QObject
{
    Q_OBJECT
public:
    Retention(CacheStore *store, RuleBook *rules, ThreadSession *session, QObject *parent = nullptr);

    int keepDays() const;
    // Saved, then applied at once.
    void setKeepDays(int days);
    // Evicts now, or as soon as the rules are loaded. Nothing when keepDays() is 0.
    void run();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // After each run that went to the store, with what it removed (perhaps nothing).
    void evicted(const QList<Threadkeeper::ThreadSummary> &threads);
    // The setting changed (from the library pane or the settings dialog).
    void keepDaysChanged(int days);
    void failed(const QString &error);

private:
    QPointer<CacheStore> m_store;
    RuleBook *m_rules;
    ThreadSession *m_session;
    bool m_pending = false; // asked to run before the rules were loaded
    bool m_running = false;
};

} // namespace Threadkeeper
