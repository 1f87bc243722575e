// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rule.h"

#include <QDockWidget>

class QTreeView;

namespace Threadkeeper {

class CacheStore;
class FollowedModel;
class RuleBook;

// Posts by followed posters across every cached thread, with unread counts.
// Activating a post opens its thread at that post.
class FollowedDock : public QDockWidget
{
    Q_OBJECT
public:
    FollowedDock(CacheStore *store, RuleBook *rules, QWidget *parent = nullptr);
    void setThresholds(const ScoreThresholds &thresholds);
    // Reads the list anew from the cache (asynchronously).
    void refresh();
    FollowedModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void postActivated(const QString &threadUrl, const QString &postId);
    void refreshed();

private:
    CacheStore *m_store;
    RuleBook *m_rules;
    FollowedModel *m_model;
    QTreeView *m_view;
    ScoreThresholds m_thresholds;
};

} // namespace Threadkeeper
