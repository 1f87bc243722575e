// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "library/followeddock.h"

#include "domain/scorer.h"
#include "models/followedmodel.h"
#include "services/rulebook.h"
#include "store/cachestore.h"

#include <QHeaderView>
#include <QTreeView>

namespace Threadkeeper {

namespace {
constexpr int MaxFollowedPosts = 500;
}

FollowedDock::FollowedDock(CacheStore *store, RuleBook *rules, QWidget *parent)
    : QDockWidget(tr("Followed"), parent)
    , m_store(store)
    , m_rules(rules)
    , m_model(new FollowedModel(this))
    , m_view(new QTreeView)
{
    setObjectName(QStringLiteral("followedDock"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setSectionResizeMode(FollowedModel::PostColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(FollowedModel::PostColumn, 240);
    m_view->header()->resizeSection(FollowedModel::ThreadColumn, 160);
    setMinimumWidth(200); // narrow beside the reading panes; its columns scroll
    setWidget(m_view);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString url = index.data(FollowedModel::ThreadUrlRole).toString();
        if (!url.isEmpty())
            Q_EMIT postActivated(url, index.data(FollowedModel::PostIdRole).toString());
    });
    connect(m_store, &CacheStore::followedLoaded, this, [this](QList<FollowedPost> posts) {
        // Unread as everywhere: a followed poster's post that a keyword hides is not.
        Scorer scorer;
        scorer.setRules(m_rules->rules());
        scorer.setThresholds(m_thresholds);
        Post post;
        for (FollowedPost &p : posts) {
            post.author = p.author;
            post.text = p.text;
            p.hidden = scorer.score(post, p.threadUrl).hidden;
        }
        m_model->setPosts(posts);
        m_view->expandAll();
        Q_EMIT refreshed();
    });
    connect(m_rules, &RuleBook::rulesChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
}

void FollowedDock::setThresholds(const ScoreThresholds &thresholds)
{
    m_thresholds = thresholds;
}

void FollowedDock::refresh()
{
    m_store->loadFollowed(
        followedPosters(m_rules->rules(), m_thresholds, QDateTime::currentDateTimeUtc()), MaxFollowedPosts);
}

} // namespace Threadkeeper
