// SPDX-FileCopyrightText: 2026 Threadkeeper authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/rule.h"

#include <QDockWidget>
#include <QTimer>

class QLabel;
class QLineEdit;
class QListView;

namespace Threadkeeper {

class CacheStore;
class SearchResultsModel;

// Search every cached thread (Ctrl+K): what is typed is searched in every post's own
// words on the store's thread, the best posts listed first with the hits in bold;
// Enter or a click opens the post in its thread.
class SearchDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SearchDock(CacheStore *store, QWidget *parent = nullptr);
    // Shows the dock with the cursor in its field.
    void begin();
    void setQuery(const QString &text); // as if typed, searched at once
    // Where is:followed starts to follow (the rules' settings).
    void setThresholds(const ScoreThresholds &thresholds);
    SearchResultsModel *results() const { return m_results; }
    QListView *list() const { return m_list; }
    QString statusText() const;

Q_SIGNALS:
    void postActivated(const QString &threadUrl, const QString &postId);
    void searchFinished();

private:
    void search();
    void activate(const QModelIndex &index);

    CacheStore *m_store;
    SearchResultsModel *m_results;
    QLineEdit *m_edit;
    QLabel *m_status;
    QListView *m_list;
    QTimer m_debounce;
    quint64 m_ticket = 0;
    ScoreThresholds m_thresholds;
};

} // namespace Threadkeeper
